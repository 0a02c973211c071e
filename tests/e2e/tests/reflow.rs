//! WCAG 1.4.10 reflow: at 320 CSS px wide every step fits without sideways
//! scrolling, and the body map shows both views.
mod common;

use common::*;

fn overflow(wg: &Widget) -> Option<String> {
    let v = wg.js(
        "(() => { const h = document.querySelector('ims-checker'); const root = h.shadowRoot.querySelector('.ims'); \
         const wide = [...root.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > innerWidth + 1) \
           .slice(0, 5).map(e => e.tagName + '.' + [...e.classList].join('.')); \
         return { page: document.documentElement.scrollWidth, width: innerWidth, wide }; })()",
    );
    let page = v["page"].as_f64().unwrap_or(0.0);
    let width = v["width"].as_f64().unwrap_or(0.0);
    let wide = v["wide"].as_array().cloned().unwrap_or_default();
    (page > width + 1.0 || !wide.is_empty()).then(|| format!("page scrollWidth {page} > {width}; too wide: {wide:?}"))
}

#[test]
fn every_step_fits_at_320_px() {
    let wg = Widget::open("reflow-320", (320, 640));
    let check = |wg: &Widget, step: &str| {
        if let Some(problem) = overflow(wg) {
            wg.shot(&format!("reflow-320-{step}"));
            wg.fail(format!("at 320 px the `{step}` step overflows: {problem}"));
        }
    };
    check(&wg, "warning");
    wg.answer("red-flags-general", "none");
    wg.next_to("where");
    check(&wg, "where");
    let views = wg.count(".ims-map-view");
    assert_eq!(views, 2, "both body views are shown at 320 px");
    wg.region_on_map("knee-left");
    wg.region_in_list("low-back");
    wg.answer("back-cancer-flags", "no");
    wg.next_to("health");
    wg.fill_health(&[("surgery", "yes")]);
    wg.surgeries(&[("knee-left", &add_days(&wg.today(), -10))]);
    check(&wg, "health");
    wg.next();
    wg.expect_step("result");
    check(&wg, "result");
    wg.shot("reflow-320-result");
    wg.expect_clean();
}
