//! The body map's "your left" / "your right" in Persian, in WebKit: each
//! line of a label drawn whole on its own baseline. WebKit orders the
//! right-to-left text of a `<text>` across its two lines (tspans) at once,
//! and broke «راستِ شما» inside its first word, the pieces swapping lines,
//! until each line was isolated (static/body-map.css).

use ims_checker_engines::{Engine, Session, DESKTOP};
use serde_json::json;

#[test]
fn webkit_draws_each_line_of_the_persian_side_labels_whole() {
    let s = Session::start(Engine::WebKit, "persian-map-labels", DESKTOP);
    s.open("clinic-fa.html");
    let w = s.widget("#widget");
    w.pass_warning();
    w.show_places(false);
    s.shot("fa-map");
    // Every line: its characters' glyphs on one baseline, one after the
    // other from right to left with no gap wider than a glyph; the lines one
    // under the other, as many as the words split into.
    let lines = s.js(&format!(
        "{}.filter(v => v.getBoundingClientRect().width > 0).flatMap(v => [...v.querySelectorAll('.ims-map-side')]).map(label => \
           [...label.querySelectorAll('text, tspan')].filter(t => !t.querySelector('tspan')).map(t => {{ \
             const n = t.getNumberOfChars(); const ys = [], xs = []; \
             for (let i = 0; i < n; i++) {{ const e = t.getExtentOfChar(i); ys.push(Math.round(t.getStartPositionOfChar(i).y)); xs.push([e.x, e.x + e.width]); }} \
             return {{ text: t.textContent, ys: [...new Set(ys)], xs }}; }}))",
        w.qa(".ims-map-view")
    ));
    let labels = lines.as_array().cloned().unwrap_or_default();
    if labels.is_empty() || labels.len() % 2 != 0 {
        s.fail(format!(
            "each view of the map should show two side labels; found {lines}"
        ));
    }
    for label in &labels {
        let lines = label.as_array().cloned().unwrap_or_default();
        let baselines: Vec<i64> = lines.iter().filter_map(|l| l["ys"][0].as_i64()).collect();
        for line in &lines {
            if line["ys"].as_array().map(Vec::len) != Some(1) {
                s.fail(format!(
                    "the line {} should sit on one baseline; its characters sit on {}",
                    line["text"], line["ys"]
                ));
            }
        }
        if baselines.windows(2).any(|p| p[1] <= p[0]) || baselines.len() != lines.len() {
            s.fail(format!("a label's lines should each be under the last: {label}"));
        }
    }
    let words: Vec<String> = labels
        .iter()
        .map(|l| {
            l.as_array()
                .into_iter()
                .flatten()
                .map(|t| t["text"].as_str().unwrap_or(""))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    let (right, left) = ("سمت راستِ شما", "سمت چپِ شما");
    if !words.iter().all(|w| w == right || w == left)
        || !words.iter().any(|w| w == right)
        || !words.iter().any(|w| w == left)
    {
        s.fail(format!(
            "the labels should read your right and your left in Persian; they read {}",
            json!(words)
        ));
    }
}
