//! Civil dates (YYYY-MM-DD), for the expected wait dates and the dates the
//! widget writes in words.

use chrono::{Datelike, Days, Months, NaiveDate};

/// The expected dates come from the `chrono` crate, a calendar independent
/// of the widget's own src/base/date.rs.
fn parse_date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|_| panic!("not YYYY-MM-DD: {s}"))
}

fn format_date(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// `date` plus `n` days (negative to go back).
pub fn add_days(date: &str, n: i64) -> String {
    let date = parse_date(date);
    let moved = if n >= 0 {
        date.checked_add_days(Days::new(n.unsigned_abs()))
    } else {
        date.checked_sub_days(Days::new(n.unsigned_abs()))
    };
    format_date(moved.unwrap_or_else(|| panic!("{date} + {n} days is out of range")))
}

/// `date` plus `n` calendar months, a day past the month's end clamped to it.
pub fn add_months(date: &str, n: i64) -> String {
    let date = parse_date(date);
    let months = Months::new(u32::try_from(n.unsigned_abs()).unwrap_or(u32::MAX));
    let moved = if n >= 0 {
        date.checked_add_months(months)
    } else {
        date.checked_sub_months(months)
    };
    format_date(moved.unwrap_or_else(|| panic!("{date} + {n} months is out of range")))
}

const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const FR_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// The months' names in `lang` (`en` or `fr`), as the month menu offers them.
pub fn month_names(lang: &str) -> [&'static str; 12] {
    if lang == "fr" {
        FR_MONTHS
    } else {
        EN_MONTHS
    }
}

/// A date (YYYY-MM-DD) in words as the widget writes it: "January 6, 2027",
/// "6 janvier 2027", "1er mars 2027".
pub fn date_in_words(date: &str, lang: &str) -> String {
    let date = parse_date(date);
    let (y, d, month) = (date.year(), date.day(), date.month0() as usize);
    if lang == "fr" {
        let day = if d == 1 { "1er".to_string() } else { d.to_string() };
        format!("{day} {} {y}", FR_MONTHS[month])
    } else {
        format!("{} {d}, {y}", EN_MONTHS[month])
    }
}

/// A date (YYYY-MM-DD) as a visitor types it into the day, month and year
/// fields: `[day, month, year]`, without leading zeros.
pub fn typed_parts(date: &str) -> [String; 3] {
    let date = parse_date(date);
    [
        date.day().to_string(),
        date.month().to_string(),
        date.year().to_string(),
    ]
}

/// The labels of the date fields in `lang`: `[day, month, year]`.
pub fn date_labels(lang: &str) -> [&'static str; 3] {
    if lang == "fr" {
        ["Jour", "Mois", "Année"]
    } else {
        ["Day", "Month", "Year"]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_helpers_follow_the_rules_sheet() {
        // The rules sheet's example: 2025-11-30 → site 2026-02-28, next to it 2026-01-11.
        assert_eq!(add_months("2025-11-30", 3), "2026-02-28");
        assert_eq!(add_days("2025-11-30", 42), "2026-01-11");
        assert_eq!(add_months("2023-11-30", 3), "2024-02-29");
        assert_eq!(add_days("2024-03-01", -1), "2024-02-29");
        assert_eq!(add_months("2024-01-31", 1), "2024-02-29");
        assert_eq!(add_days("2026-01-01", -30), "2025-12-02");
    }

    #[test]
    fn dates_in_words() {
        assert_eq!(date_in_words("2027-01-06", "en"), "January 6, 2027");
        assert_eq!(date_in_words("2027-01-06", "fr"), "6 janvier 2027");
        assert_eq!(date_in_words("2027-03-01", "fr"), "1er mars 2027");
    }

    #[test]
    fn dates_as_typed() {
        assert_eq!(typed_parts("2026-03-05"), ["5", "3", "2026"]);
    }
}
