//! An operation's date as a visitor enters it, in English and in Persian,
//! on a phone and a desktop: the day and year typed, the month picked by
//! name, the date read back in words; in Persian the fields run right to
//! left (day, month, year) and the hint's example reads the same way on
//! screen. Screenshots of the row go to
//! `screenshots/operation-date-<lang>-<size>.png`.

use ims_checker_e2e::widget::*;

/// The left edges on screen of the day, month and year fields of row 0,
/// and of the hint's example day (۱۵), month (its name) and year (۲۰۲۶).
fn layout(wg: &Widget, month: &str) -> serde_json::Value {
    wg.js(&format!(
        "((row) => {{ const left = (f) => row.querySelector(`[data-field=surgery-${{f}}]`).getBoundingClientRect().left; \
           const hint = row.querySelector('.ims-date .ims-help'); const text = hint.firstChild; \
           const at = (word) => {{ const i = text.data.lastIndexOf(word); if (i < 0) return null; \
             const r = document.createRange(); r.setStart(text, i); r.setEnd(text, i + word.length); \
             return r.getBoundingClientRect().left; }}; \
           return {{ fields: [left('day'), left('month'), left('year')], \
             example: [at('۱۵'), at({month}), at('۲۰۲۶')] }}; }})({})",
        wg.q("[data-follow-up=\"surgeries\"] [data-surgery=\"0\"]"),
        month = serde_json::json!(month)
    ))
}

fn shoot(lang: &str, size: &str) {
    let viewport = if size == "phone" { PHONE } else { DESKTOP };
    let site = Site::clinic(
        &format!("operation-date-{lang}-{size}"),
        lang,
        &["en", "fr", "fa"],
        viewport,
    );
    let wg = site.clinic_widget();
    wg.to_operations("knee-left");
    let operated = add_days(&wg.today(), -30);
    wg.surgery_row(0, "knee-left", &operated);
    let (read_back, entered) = wg.surgery_date_entered(0);
    if read_back.is_empty() || entered != operated {
        wg.fail(format!(
            "the row should read {operated} back in words; it reads {read_back:?} ({entered:?})"
        ));
    }
    if lang == "fa" {
        let fa = Pack::read("fa");
        let v = layout(&wg, fa.text("words.months.2"));
        let lefts = |key: &str| -> Vec<f64> {
            v[key]
                .as_array()
                .into_iter()
                .flatten()
                .map(|x| x.as_f64().unwrap_or(f64::NAN))
                .collect()
        };
        let right_to_left = |xs: &[f64]| xs.len() == 3 && xs[0] > xs[1] && xs[1] > xs[2];
        if !right_to_left(&lefts("fields")) || !right_to_left(&lefts("example")) {
            wg.fail(format!(
                "in Persian the day, month and year fields run right to left, and the hint's example (day, month's name, year) reads the same way on screen: {v}"
            ));
        }
    }
    wg.js(&format!(
        "({}).scrollIntoView({{ block: 'center', behavior: 'instant' }}) ?? true",
        wg.q("[data-follow-up=\"surgeries\"]")
    ));
    let path = screenshots_dir().join(format!("operation-date-{lang}-{size}.png"));
    wg.page
        .screenshot(&path)
        .unwrap_or_else(|e| wg.fail(format!("cannot save {}: {e}", path.display())));
    wg.expect_clean();
}

#[test]
fn the_operation_row_in_english_on_a_phone() {
    shoot("en", "phone");
}

#[test]
fn the_operation_row_in_english_on_a_desktop() {
    shoot("en", "desktop");
}

#[test]
fn the_operation_row_in_persian_on_a_phone() {
    shoot("fa", "phone");
}

#[test]
fn the_operation_row_in_persian_on_a_desktop() {
    shoot("fa", "desktop");
}
