//! How the widget lays out at a width: no sideways scrolling, and which
//! sides of the body map are drawn.

use serde_json::{json, Value};

use super::Widget;

impl Widget<'_> {
    /// What makes the page scroll sideways at the current width (WCAG
    /// 1.4.10 reflow), `None` when nothing does: the page wider than the
    /// viewport, or elements of the widget reaching past its right edge.
    pub fn sideways_scroll(&self) -> Option<String> {
        let v = self.js(&format!(
            "((r) => {{ const wide = [...r.querySelectorAll('.ims *')].filter(e => e.getBoundingClientRect().right > innerWidth + 1) \
               .slice(0, 5).map(e => e.tagName + '.' + [...e.classList].join('.')); \
               return {{ page: document.documentElement.scrollWidth, width: innerWidth, wide }}; }})({})",
            self.root_js()
        ));
        let (page, width) = (
            v["page"].as_f64().unwrap_or(f64::NAN),
            v["width"].as_f64().unwrap_or(f64::NAN),
        );
        let wide = v["wide"].as_array().cloned().unwrap_or_default();
        (!(page <= width + 1.0 && wide.is_empty())).then(|| {
            format!(
                "page scrollWidth {page} for a {width} px viewport; reaching past its right edge: {}",
                Value::Array(wide)
            )
        })
    }

    /// What spills out of the widget's box, `None` when nothing does: the
    /// host's right edge past the viewport's, or the content of the
    /// widget's root `.ims` wider than the root itself.
    pub fn box_overflow(&self) -> Option<String> {
        let v = self.js(&format!(
            "((r) => {{ const root = r.querySelector('.ims'); \
               return {{ right: r.host.getBoundingClientRect().right, width: innerWidth, scroll: root.scrollWidth, client: root.clientWidth }}; }})({})",
            self.root_js()
        ));
        let n = |k: &str| v[k].as_f64().unwrap_or(f64::NAN);
        let (right, width, scroll, client) = (n("right"), n("width"), n("scroll"), n("client"));
        (!(right <= width + 1.0 && scroll <= client + 1.0)).then(|| {
            format!("the widget's right edge at {right} of a {width} px viewport; .ims content {scroll} px wide in a box of {client}")
        })
    }

    /// On step `step` the page does not scroll sideways (see
    /// [`Widget::sideways_scroll`]).
    #[track_caller]
    pub fn expect_no_sideways_scroll(&self, step: &str) {
        if let Some(problem) = self.sideways_scroll() {
            self.fail(format!(
                "at {} px wide the `{step}` step scrolls sideways: {problem}",
                self.viewport().0
            ));
        }
    }

    /// On step `step` the page does not scroll sideways and nothing spills
    /// out of the widget's box (see [`Widget::box_overflow`]).
    #[track_caller]
    pub fn expect_fits(&self, step: &str) {
        self.expect_no_sideways_scroll(step);
        if let Some(problem) = self.box_overflow() {
            self.fail(format!(
                "at {} px wide the `{step}` step does not fit the widget: {problem}",
                self.viewport().0
            ));
        }
    }

    /// The viewport's size in CSS pixels.
    pub fn viewport(&self) -> (f64, f64) {
        let v = self.js("[innerWidth, innerHeight]");
        (v[0].as_f64().unwrap_or(f64::NAN), v[1].as_f64().unwrap_or(f64::NAN))
    }

    /// Each side of the body map that is drawn (`.ims-map-view` with a box,
    /// visible), as `[side, left, right, width, height, regions drawn]`: the
    /// side from its `ims-map-view--<side>` class, the regions (checkbox or
    /// not: a region both sides draw is a checkbox on one) counted when
    /// they have a box of their own and are visible.
    pub fn drawn_map_views(&self) -> Value {
        self.js(&format!(
            "((drawn) => {}.filter(drawn).map(v => [v, v.getBoundingClientRect()]) \
             .map(([v, b]) => [[...v.classList].find(c => /^ims-map-view--(front|back)$/.test(c))?.slice(14) ?? '?', \
               b.left, b.right, b.width, b.height, [...v.querySelectorAll('path[data-region]')].filter(drawn).length]))\
             ((e) => {{ const b = e.getBoundingClientRect(); return b.width > 0 && b.height > 0 && getComputedStyle(e).visibility === 'visible'; }})",
            self.qa(".ims-map-view")
        ))
    }

    /// Both sides of the body map are drawn side by side, within the
    /// viewport, each with all of its `regions` drawn.
    #[track_caller]
    pub fn expect_both_map_sides(&self, regions: u64) {
        let views = self.drawn_map_views();
        let width = self.viewport().0;
        let sides: Vec<&str> = views
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| v[0].as_str())
            .collect();
        let whole = views.as_array().into_iter().flatten().all(|v| {
            v[1].as_f64().is_some_and(|l| l >= -1.0)
                && v[2].as_f64().is_some_and(|r| r <= width + 1.0)
                && v[5] == json!(regions)
        });
        if sides != ["front", "back"] || !whole {
            self.fail(format!(
                "the body map should draw its front and back, each within the {width} px viewport with its {regions} regions; \
                 drawn [side, left, right, width, height, regions]: {views}"
            ));
        }
    }
}
