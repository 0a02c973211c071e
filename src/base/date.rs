//! A small civil (calendar) date: enough for surgery windows, without a date
//! library in the widget (size matters in WebAssembly).
//!
//! Dates run from 0001-01-01 to 9999-12-31. Arithmetic saturates at the last
//! day rather than failing, so the engine stays total: a window that would end
//! after year 9999 simply ends on 9999-12-31.

use core::fmt;

/// A valid day of the proleptic Gregorian calendar. Fields are private so
/// every value is a real day; ordering is chronological.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    // Field order matters: the derived ordering compares year, then month, then day.
    year: u16,
    month: u8,
    day: u8,
}

/// Why a text is not a date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not in `YYYY-MM-DD` form.
    Format(String),
    /// In the right form but not a real day, e.g. `2026-02-30`.
    NoSuchDay(String),
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Format(text) => {
                write!(f, "\"{text}\" is not a date in the form YYYY-MM-DD")
            }
            DateError::NoSuchDay(text) => write!(f, "\"{text}\" is not a real calendar day"),
        }
    }
}

impl std::error::Error for DateError {}

/// The first year a date typed by a visitor may have: dates are of the
/// Gregorian calendar, and a year before this one is a mistake to check (1404
/// is this year in the Solar Hijri calendar, 115 in the Minguo one).
pub const FIRST_YEAR: u16 = 1900;

pub fn is_leap_year(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

/// Days in a month; 0 for a month number that does not exist.
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    pub const MIN: Date = Date {
        year: 1,
        month: 1,
        day: 1,
    };
    pub const MAX: Date = Date {
        year: 9999,
        month: 12,
        day: 31,
    };

    /// The date, if it is a real day between year 1 and year 9999.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let real = (1..=9999).contains(&year) && day >= 1 && day <= days_in_month(year, month);
        real.then_some(Date { year, month, day })
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// Parses exactly `YYYY-MM-DD` (four, two and two digits).
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let bytes = text.as_bytes();
        let format_error = || DateError::Format(text.chars().take(40).collect());
        if bytes.len() != 10 || bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
            return Err(format_error());
        }
        let number = |range: core::ops::Range<usize>| -> Option<u16> {
            let digits = bytes.get(range)?;
            digits.iter().try_fold(0u16, |acc, b| {
                b.is_ascii_digit().then(|| acc * 10 + u16::from(b - b'0'))
            })
        };
        let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10)) else {
            return Err(format_error());
        };
        let (Ok(month), Ok(day)) = (u8::try_from(month), u8::try_from(day)) else {
            return Err(format_error());
        };
        Date::new(year, month, day).ok_or_else(|| DateError::NoSuchDay(text.to_string()))
    }

    /// The same day `months` calendar months later. A day past the end of the
    /// target month clamps to its last day (30 Nov + 3 months = 28 or 29 Feb),
    /// which is how people count "3 months after".
    pub fn add_months(self, months: u32) -> Date {
        let month_index = u64::from(self.year) * 12 + u64::from(self.month - 1) + u64::from(months);
        let year = month_index / 12;
        let month = (month_index % 12) as u8 + 1;
        let Ok(year) = u16::try_from(year) else {
            return Date::MAX;
        };
        if year > 9999 {
            return Date::MAX;
        }
        let day = self.day.min(days_in_month(year, month));
        Date::new(year, month, day).unwrap_or(Date::MAX)
    }

    /// The day `days` days later (saturating at [`Date::MAX`]).
    pub fn add_days(self, days: u32) -> Date {
        Date::from_day_number(self.day_number() + i64::from(days))
    }

    /// Days since 1970-01-01 (negative before), after Howard Hinnant's
    /// `days_from_civil`: exact for the whole range without a table.
    pub fn day_number(self) -> i64 {
        let month = i64::from(self.month);
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// Inverse of [`Date::day_number`], clamped to the supported range.
    pub fn from_day_number(number: i64) -> Date {
        if number <= Date::MIN.day_number() {
            return Date::MIN;
        }
        if number >= Date::MAX.day_number() {
            return Date::MAX;
        }
        let z = number + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        let (Ok(year), Ok(month), Ok(day)) = (u16::try_from(year), u8::try_from(month), u8::try_from(day)) else {
            return Date::MAX;
        };
        Date::new(year, month, day).unwrap_or(Date::MAX)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        Date::parse(text).expect("valid test date")
    }

    #[test]
    fn parses_and_formats_round_trip() {
        for text in ["2026-11-22", "0001-01-01", "9999-12-31", "2024-02-29"] {
            assert_eq!(d(text).to_string(), text);
        }
    }

    #[test]
    fn refuses_malformed_text() {
        for text in [
            "",
            "2026-1-22",
            "2026/11/22",
            "26-11-22",
            "2026-11-22 ",
            "２026-11-22",
            "+026-11-22",
            "2026-11-2x",
        ] {
            assert!(matches!(Date::parse(text), Err(DateError::Format(_))), "{text:?}");
        }
    }

    #[test]
    fn refuses_days_that_do_not_exist() {
        for text in [
            "2026-02-29",
            "2026-02-30",
            "2026-04-31",
            "2026-13-01",
            "2026-00-10",
            "2026-01-00",
            "0000-01-01",
            "1900-02-29",
        ] {
            assert!(matches!(Date::parse(text), Err(DateError::NoSuchDay(_))), "{text:?}");
        }
        assert!(Date::parse("2000-02-29").is_ok(), "2000 is a leap year");
    }

    #[test]
    fn adding_months_clamps_to_the_end_of_the_month() {
        assert_eq!(d("2025-11-30").add_months(3), d("2026-02-28"));
        assert_eq!(d("2023-11-30").add_months(3), d("2024-02-29"));
        assert_eq!(d("2026-01-31").add_months(1), d("2026-02-28"));
        assert_eq!(d("2026-08-31").add_months(3), d("2026-11-30"));
        assert_eq!(d("2026-10-01").add_months(3), d("2027-01-01"));
        assert_eq!(d("2026-05-15").add_months(0), d("2026-05-15"));
        assert_eq!(d("9999-11-01").add_months(3), Date::MAX);
    }

    #[test]
    fn adding_days_crosses_months_years_and_leap_days() {
        assert_eq!(d("2026-10-01").add_days(42), d("2026-11-12"));
        assert_eq!(d("2024-02-28").add_days(1), d("2024-02-29"));
        assert_eq!(d("2023-02-28").add_days(1), d("2023-03-01"));
        assert_eq!(d("2026-12-20").add_days(42), d("2027-01-31"));
        assert_eq!(d("9999-12-30").add_days(42), Date::MAX);
    }

    #[test]
    fn day_numbers_match_known_values_and_invert() {
        assert_eq!(d("1970-01-01").day_number(), 0);
        assert_eq!(d("2000-03-01").day_number(), 11_017);
        let mut date = d("1999-12-01");
        for _ in 0..2000 {
            let next = date.add_days(1);
            assert!(next > date);
            assert_eq!(next.day_number(), date.day_number() + 1);
            assert_eq!(Date::from_day_number(next.day_number()), next);
            date = next;
        }
    }

    #[test]
    fn ordering_is_chronological() {
        assert!(d("2026-01-31") < d("2026-02-01"));
        assert!(d("2025-12-31") < d("2026-01-01"));
    }
}
