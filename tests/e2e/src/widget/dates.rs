//! Civil dates (proleptic Gregorian, YYYY-MM-DD), for the expected wait dates
//! and the dates the widget writes in words.

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn parse_date(s: &str) -> (i64, i64, i64) {
    let p: Vec<i64> = s
        .split('-')
        .map(|x| x.parse().unwrap_or_else(|_| panic!("not YYYY-MM-DD: {s}")))
        .collect();
    assert_eq!(p.len(), 3, "not YYYY-MM-DD: {s}");
    (p[0], p[1], p[2])
}

fn format_date((y, m, d): (i64, i64, i64)) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

/// `date` plus `n` days (negative to go back).
pub fn add_days(date: &str, n: i64) -> String {
    let (y, m, d) = parse_date(date);
    format_date(civil_from_days(days_from_civil(y, m, d) + n))
}

/// `date` plus `n` calendar months, a day past the month's end clamped to it.
pub fn add_months(date: &str, n: i64) -> String {
    let (y, m, d) = parse_date(date);
    let total = y * 12 + (m - 1) + n;
    let (ny, nm) = (total.div_euclid(12), total.rem_euclid(12) + 1);
    let next_first = if nm == 12 { (ny + 1, 1) } else { (ny, nm + 1) };
    let last = days_from_civil(next_first.0, next_first.1, 1) - days_from_civil(ny, nm, 1);
    format_date((ny, nm, d.min(last)))
}

/// A date (YYYY-MM-DD) in words as the widget writes it: "January 6, 2027",
/// "6 janvier 2027", "1er mars 2027".
pub fn date_in_words(date: &str, lang: &str) -> String {
    const EN: [&str; 12] = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ];
    const FR: [&str; 12] = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre",
    ];
    let (y, m, d) = parse_date(date);
    let month = (m - 1) as usize;
    if lang == "fr" {
        let day = if d == 1 { "1er".to_string() } else { d.to_string() };
        format!("{day} {} {y}", FR[month])
    } else {
        format!("{} {d}, {y}", EN[month])
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
}
