//! An operation's row as the visitor types it: its place, and its date in
//! three typed parts, read back as a date or as what is wrong with it.

use crate::base::date::{Date, FIRST_YEAR};
use crate::base::regions::SurgerySite;

/// A part of a date as the visitor types it, in three fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DatePart {
    Day,
    Month,
    Year,
}

impl DatePart {
    pub const ALL: [DatePart; 3] = [DatePart::Day, DatePart::Month, DatePart::Year];

    /// The `data-field` suffix and the field's id: `day`, `month`, `year`.
    pub fn id(self) -> &'static str {
        match self {
            DatePart::Day => "day",
            DatePart::Month => "month",
            DatePart::Year => "year",
        }
    }

    pub(super) fn index(self) -> usize {
        match self {
            DatePart::Day => 0,
            DatePart::Month => 1,
            DatePart::Year => 2,
        }
    }
}

/// Some of a date's parts: a set small enough to copy (a list would cost
/// the widget more code than it says).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DateParts(u8);

impl DateParts {
    pub const ALL: DateParts = DateParts(0b111);

    pub fn of(parts: &[DatePart]) -> DateParts {
        parts.iter().fold(DateParts::default(), |set, part| set.with(*part))
    }

    pub fn with(self, part: DatePart) -> DateParts {
        DateParts(self.0 | 1 << part.index())
    }

    pub fn contains(self, part: DatePart) -> bool {
        self.0 & 1 << part.index() != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The parts in the set, day first.
    pub fn parts(self) -> impl Iterator<Item = DatePart> {
        DatePart::ALL.into_iter().filter(move |part| self.contains(*part))
    }
}

/// What is wrong with a date as typed, part by part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateProblem {
    /// These parts are empty (all three: nothing was typed).
    Missing(DateParts),
    /// These parts are wrong whatever the others say: a day outside 1–31, a
    /// month outside 1–12, a year without 4 digits, or not a number.
    Wrong(DateParts),
    /// Each part is possible, but together they name no day: February 31.
    NoSuchDay { day: u8, month: u8, year: u16 },
    /// A year before 1900 (`FIRST_YEAR`): not a date of an operation in
    /// the Gregorian calendar (a Solar Hijri year such as 1404 reads so).
    YearTooEarly { year: u16 },
}

/// One operation as the visitor is entering it: any part may still be missing.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SurgeryDraft {
    /// Stable identity for the view while rows are added and removed.
    pub key: u32,
    pub site: Option<SurgerySite>,
    /// The date's day, month and year, each as typed, so a change of
    /// language (which changes their order on screen) keeps them.
    pub date: [String; 3],
}

impl SurgeryDraft {
    /// A part of the date as typed.
    pub fn date_part(&self, part: DatePart) -> &str {
        self.date.get(part.index()).map_or("", String::as_str)
    }

    pub(super) fn typed_anything(&self) -> bool {
        self.date.iter().any(|text| !text.trim().is_empty())
    }

    /// The date typed, if it is a real day; otherwise what is wrong with it.
    /// Leading zeros are fine ("03"); the year needs its 4 digits, since "26"
    /// could be 1926 or 2026.
    pub fn typed_date(&self) -> Result<Date, DateProblem> {
        let mut missing = DateParts::default();
        let mut wrong = DateParts::default();
        let mut values = [0u32; 3];
        for part in DatePart::ALL {
            let text = self.date_part(part).trim();
            let largest = match part {
                DatePart::Day => 31,
                DatePart::Month => 12,
                DatePart::Year => 9999,
            };
            let digits_right = part != DatePart::Year || text.chars().count() == 4;
            match number(text) {
                _ if text.is_empty() => missing = missing.with(part),
                Some(value) if digits_right && (1..=largest).contains(&value) => values[part.index()] = value,
                _ => wrong = wrong.with(part),
            }
        }
        if !missing.is_empty() {
            return Err(DateProblem::Missing(missing));
        }
        if !wrong.is_empty() {
            return Err(DateProblem::Wrong(wrong));
        }
        // In range by the checks above: day ≤ 31, month ≤ 12, year ≤ 9999.
        let [day, month, year] = values;
        let (day, month, year) = (day as u8, month as u8, year as u16);
        if year < FIRST_YEAR {
            return Err(DateProblem::YearTooEarly { year });
        }
        Date::new(year, month, day).ok_or(DateProblem::NoSuchDay { day, month, year })
    }
}

/// The value of a text of digits only (any leading zeros), or None; a
/// number too long for a date part reads as None too. Persian and Arabic
/// digits count, as a Persian keyboard types them.
fn number(text: &str) -> Option<u32> {
    if text.is_empty() || text.chars().count() > 9 {
        return None;
    }
    text.chars().try_fold(0u32, |acc, c| {
        let digit = match c {
            '0'..='9' => u32::from(c) - u32::from('0'),
            '۰'..='۹' => u32::from(c) - u32::from('۰'),
            '٠'..='٩' => u32::from(c) - u32::from('٠'),
            _ => return None,
        };
        Some(acc * 10 + digit)
    })
}
#[cfg(test)]
mod tests {
    use super::*;

    /// A draft with the date typed as `[day, month, year]`.
    fn draft([day, month, year]: [&str; 3]) -> SurgeryDraft {
        SurgeryDraft {
            date: [day.into(), month.into(), year.into()],
            ..SurgeryDraft::default()
        }
    }

    #[test]
    fn a_typed_date_takes_leading_zeros_and_spaces() {
        let march_5 = Date::new(2026, 3, 5);
        assert_eq!(draft(["05", "03", "2026"]).typed_date().ok(), march_5);
        assert_eq!(draft(["5", "3", "2026"]).typed_date().ok(), march_5);
        assert_eq!(draft([" 5 ", "003", " 2026"]).typed_date().ok(), march_5);
        assert_eq!(draft(["29", "2", "2024"]).typed_date().ok(), Date::new(2024, 2, 29));
        // Typed on a Persian or Arabic keyboard.
        assert_eq!(draft(["۰۵", "۳", "۲۰۲۶"]).typed_date().ok(), march_5);
        assert_eq!(draft(["٥", "٣", "٢٠٢٦"]).typed_date().ok(), march_5);
        assert!(
            draft(["5", "3", "۲۶"]).typed_date().is_err(),
            "a two-digit year, in any digits"
        );
    }

    /// "A year before 1900 is an input error that asks the visitor to check
    /// the year": a Solar Hijri year (1404, typed on a Persian keyboard or
    /// not) and a year with a leading zero are never a date long ago.
    #[test]
    fn a_year_before_1900_is_a_problem_not_a_date() {
        for year in ["1404", "۱۴۰۴", "1899", "0999", "0115"] {
            let problem = draft(["1", "10", year]).typed_date();
            assert!(
                matches!(problem, Err(DateProblem::YearTooEarly { year }) if year < 1900),
                "{year}: {problem:?}"
            );
        }
        assert_eq!(
            draft(["1", "10", "1404"]).typed_date(),
            Err(DateProblem::YearTooEarly { year: 1404 })
        );
        assert_eq!(draft(["1", "1", "1900"]).typed_date().ok(), Date::new(1900, 1, 1));
        // Checked before the day: the 30th of Esfand 1403 names no day of
        // February, but the year is the mistake to point at.
        assert_eq!(
            draft(["30", "2", "1403"]).typed_date(),
            Err(DateProblem::YearTooEarly { year: 1403 })
        );
    }

    #[test]
    fn a_typed_date_names_its_missing_parts() {
        use DatePart::{Day, Month, Year};
        assert_eq!(
            draft(["", " ", ""]).typed_date(),
            Err(DateProblem::Missing(DateParts::ALL))
        );
        assert_eq!(
            draft(["", "3", ""]).typed_date(),
            Err(DateProblem::Missing(DateParts::of(&[Day, Year])))
        );
        // A missing part is asked for before a wrong one is pointed out.
        assert_eq!(
            draft(["40", "", "2026"]).typed_date(),
            Err(DateProblem::Missing(DateParts::of(&[Month])))
        );
    }

    #[test]
    fn a_typed_date_refuses_a_two_digit_year_and_impossible_parts() {
        use DatePart::{Day, Month, Year};
        let wrong = |parts: [&str; 3]| draft(parts).typed_date();
        // "26" could be 1926 or 2026: the year needs its 4 digits.
        assert_eq!(
            wrong(["15", "3", "26"]),
            Err(DateProblem::Wrong(DateParts::of(&[Year])))
        );
        assert_eq!(
            wrong(["15", "3", "202"]),
            Err(DateProblem::Wrong(DateParts::of(&[Year])))
        );
        assert_eq!(
            wrong(["15", "3", "20260"]),
            Err(DateProblem::Wrong(DateParts::of(&[Year])))
        );
        assert_eq!(
            wrong(["15", "3", "0000"]),
            Err(DateProblem::Wrong(DateParts::of(&[Year])))
        );
        assert_eq!(
            wrong(["0", "3", "2026"]),
            Err(DateProblem::Wrong(DateParts::of(&[Day])))
        );
        assert_eq!(
            wrong(["32", "3", "2026"]),
            Err(DateProblem::Wrong(DateParts::of(&[Day])))
        );
        assert_eq!(
            wrong(["15", "13", "2026"]),
            Err(DateProblem::Wrong(DateParts::of(&[Month])))
        );
        assert_eq!(
            wrong(["15", "0", "2026"]),
            Err(DateProblem::Wrong(DateParts::of(&[Month])))
        );
        assert_eq!(
            wrong(["1o", "mars", "2026"]),
            Err(DateProblem::Wrong(DateParts::of(&[Day, Month])))
        );
        assert_eq!(
            wrong(["-1", "3", "2026"]),
            Err(DateProblem::Wrong(DateParts::of(&[Day])))
        );
        assert_eq!(
            wrong(["1.5", "3", "2026"]),
            Err(DateProblem::Wrong(DateParts::of(&[Day])))
        );
        assert_eq!(
            wrong(["99999999999", "3", "2026"]),
            Err(DateProblem::Wrong(DateParts::of(&[Day])))
        );
        assert_eq!(
            wrong(["32", "13", "26"]),
            Err(DateProblem::Wrong(DateParts::of(&[Day, Month, Year])))
        );
    }

    #[test]
    fn a_typed_date_that_names_no_day_says_which() {
        let no_such_day = |day, month, year| Err(DateProblem::NoSuchDay { day, month, year });
        assert_eq!(draft(["31", "2", "2026"]).typed_date(), no_such_day(31, 2, 2026));
        assert_eq!(draft(["29", "02", "2027"]).typed_date(), no_such_day(29, 2, 2027));
        assert_eq!(draft(["31", "4", "2026"]).typed_date(), no_such_day(31, 4, 2026));
        assert_eq!(draft(["29", "2", "1900"]).typed_date(), no_such_day(29, 2, 1900));
    }
}
