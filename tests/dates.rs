//! src/base/date.rs checked against an independent calendar (the `chrono` crate):
//! parsing, calendar-month addition with month-end clamping, and day
//! arithmetic, over the whole range the widget accepts.

use chrono::{Datelike, Days, Months, NaiveDate};
use ims_checker::base::date::Date;
use proptest::prelude::*;

fn oracle(date: Date) -> NaiveDate {
    NaiveDate::from_ymd_opt(i32::from(date.year()), u32::from(date.month()), u32::from(date.day()))
        .unwrap_or_else(|| panic!("chrono refuses {date}"))
}

fn same(date: Date, expected: NaiveDate) -> bool {
    (i32::from(date.year()), u32::from(date.month()), u32::from(date.day()))
        == (expected.year(), expected.month(), expected.day())
}

/// Any real date from year 1 to 9999 (chrono's range includes it).
fn any_date() -> impl Strategy<Value = Date> {
    (1u16..=9999, 1u8..=12, 1u8..=31).prop_map(|(y, m, d)| {
        let last = ims_checker::base::date::days_in_month(y, m);
        Date::new(y, m, d.min(last)).expect("a real date")
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4096))]

    /// "A day past the end of the target month clamps to its last day":
    /// chrono's month addition does the same.
    #[test]
    fn month_addition_clamps_as_chrono_does(date in any_date(), months in 0u32..=48) {
        let expected = oracle(date).checked_add_months(Months::new(months));
        let got = date.add_months(months);
        match expected {
            Some(expected) if expected.year() <= 9999 => prop_assert!(same(got, expected), "{date} + {months} months: {got}, chrono {expected}"),
            _ => prop_assert_eq!(got, Date::MAX),
        }
    }

    #[test]
    fn day_addition_matches_chrono(date in any_date(), days in 0u32..=2000) {
        let expected = oracle(date).checked_add_days(Days::new(u64::from(days)));
        let got = date.add_days(days);
        match expected {
            Some(expected) if expected.year() <= 9999 => prop_assert!(same(got, expected), "{date} + {days} days: {got}, chrono {expected}"),
            _ => prop_assert_eq!(got, Date::MAX),
        }
    }

    /// Day numbers count days since 1970-01-01, as chrono's differences do.
    #[test]
    fn day_numbers_match_chrono(date in any_date()) {
        let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).expect("epoch");
        prop_assert_eq!(date.day_number(), (oracle(date) - epoch).num_days());
        prop_assert_eq!(Date::from_day_number(date.day_number()), date);
    }

    /// Parsing accepts exactly the dates chrono accepts in YYYY-MM-DD form.
    #[test]
    fn parsing_agrees_with_chrono(y in 0u32..=10_000, m in 0u32..=13, d in 0u32..=32) {
        let text = format!("{y:04}-{m:02}-{d:02}");
        let ours = Date::parse(&text).ok();
        let theirs = NaiveDate::parse_from_str(&text, "%Y-%m-%d").ok().filter(|n| (1..=9999).contains(&n.year()));
        match (ours, theirs) {
            (Some(date), Some(expected)) => prop_assert!(same(date, expected), "{text}"),
            (None, None) => {}
            (ours, theirs) => prop_assert!(false, "{text}: ours {ours:?}, chrono {theirs:?}"),
        }
    }
}

/// The rules sheet's own examples, as the facts give them.
#[test]
fn the_facts_examples_hold() {
    let date = |text: &str| Date::parse(text).expect("date");
    assert_eq!(date("2025-11-30").add_months(3), date("2026-02-28"));
    assert_eq!(date("2023-11-30").add_months(3), date("2024-02-29"));
    assert_eq!(date("2026-08-31").add_months(3), date("2026-11-30"));
    assert_eq!(date("2025-11-30").add_days(42), date("2026-01-11"));
}
