//! WCAG 1.4.10 reflow: at 320 CSS px wide every step fits without sideways
//! scrolling, and the body map draws both of its sides, each whole.

use ims_checker_e2e::widget::*;

#[test]
fn every_step_fits_at_320_px() {
    let site = Site::demo("reflow-320", (320, 640));
    let wg = site.demo_widget();
    let width = wg.viewport().0;
    if width != 320.0 {
        wg.fail(format!(
            "the check is of a 320 px wide viewport; the page's is {width} px"
        ));
    }
    let check = |step: &str| wg.expect_no_sideways_scroll(step);
    check("warning");
    wg.pass_warning();
    check("where");
    // With a mouse the map shows its front and back side by side, even here.
    wg.expect_both_map_sides(27);
    wg.region_on_map("knee-left");
    wg.region_in_list("low-back");
    wg.answer("back-cancer-flags", "no");
    wg.next_to("health");
    wg.fill_health(&[("surgery", "yes")]);
    wg.surgeries(&[("knee-left", &add_days(&wg.today(), -10))]);
    check("health");
    wg.next();
    wg.expect_step("result");
    check("result");
    wg.shot("reflow-320-result");
    wg.expect_clean();
}
