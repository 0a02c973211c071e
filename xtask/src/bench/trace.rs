//! A Chrome trace of one region toggle read into its main-thread stages.

use ims_checker_e2e::browser::serde_json::Value;

/// A region toggle's main-thread time at 4×, from a Chrome trace: the press,
/// the click's handlers (the widget's own work, Yew's render included), and
/// the rendering of the frame that shows it, up to its commit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct ToggleTrace {
    press_ms: f64,
    click_ms: f64,
    style_ms: f64,
    layout_ms: f64,
    prepaint_ms: f64,
    paint_ms: f64,
}

/// A named part of a [`ToggleTrace`].
pub(super) type TracePart = (&'static str, fn(&ToggleTrace) -> f64);

impl ToggleTrace {
    pub(super) const PARTS: [TracePart; 6] = [
        ("press", |t| t.press_ms),
        ("click handlers", |t| t.click_ms),
        ("style", |t| t.style_ms),
        ("layout", |t| t.layout_ms),
        ("pre-paint", |t| t.prepaint_ms),
        ("paint", |t| t.paint_ms),
    ];

    /// Reads the events of the renderer's main thread (Trace Event Format,
    /// times in µs): the first mouse press and click, then every style, layout,
    /// pre-paint and paint pass from the click to the first commit after it.
    pub(super) fn from_events(events: &[Value]) -> Option<ToggleTrace> {
        let main = events
            .iter()
            .find(|e| e["name"] == "thread_name" && e["args"]["name"] == "CrRendererMain")?;
        let (pid, tid) = (main["pid"].as_i64()?, main["tid"].as_i64()?);
        let on_main: Vec<&Value> = events
            .iter()
            .filter(|e| e["ph"] == "X" && e["pid"].as_i64() == Some(pid) && e["tid"].as_i64() == Some(tid))
            .collect();
        let time = |e: &Value, key: &str| e[key].as_f64().unwrap_or(0.0) / 1000.0;
        let press = on_main
            .iter()
            .find(|e| e["name"] == "EventHandler::handleMousePressEvent")?;
        let click = on_main
            .iter()
            .find(|e| e["name"] == "EventDispatch" && e["args"]["data"]["type"] == "click")?;
        let from = time(click, "ts");
        let until = on_main
            .iter()
            .filter(|e| e["name"] == "Commit" && time(e, "ts") > from)
            .map(|e| time(e, "ts"))
            .fold(f64::INFINITY, f64::min);
        let spent = |name: &str| -> f64 {
            on_main
                .iter()
                .filter(|e| e["name"] == name && (from..until).contains(&time(e, "ts")))
                .map(|e| time(e, "dur"))
                .sum()
        };
        until.is_finite().then(|| ToggleTrace {
            press_ms: time(press, "dur"),
            click_ms: time(click, "dur"),
            style_ms: spent("UpdateLayoutTree"),
            layout_ms: spent("Layout"),
            prepaint_ms: spent("PrePaint"),
            paint_ms: spent("Paint"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ims_checker_e2e::browser::serde_json::json;

    #[test]
    fn a_traced_toggle_is_split_into_press_click_and_the_frame_up_to_its_commit() {
        let x = |name: &str, ts: f64, dur: f64, tid: i64| json!({ "name": name, "ph": "X", "pid": 1, "tid": tid, "ts": ts * 1000.0, "dur": dur * 1000.0 });
        let mut click = x("EventDispatch", 20.0, 8.0, 7);
        click["args"] = json!({ "data": { "type": "click" } });
        let events = vec![
            json!({ "name": "thread_name", "ph": "M", "pid": 1, "tid": 7, "args": { "name": "CrRendererMain" } }),
            x("UpdateLayoutTree", 5.0, 9.0, 7), // before the click: not counted
            x("EventHandler::handleMousePressEvent", 10.0, 2.5, 7),
            click,
            x("UpdateLayoutTree", 28.0, 1.5, 7),
            x("Layout", 29.5, 2.0, 7),
            x("Layout", 29.5, 4.0, 8), // another thread
            x("PrePaint", 31.5, 1.0, 7),
            x("Paint", 33.0, 3.0, 7),
            x("Commit", 37.0, 0.5, 7),
            x("Paint", 50.0, 3.0, 7), // a later frame
            x("Commit", 54.0, 0.5, 7),
        ];
        assert_eq!(
            ToggleTrace::from_events(&events),
            Some(ToggleTrace {
                press_ms: 2.5,
                click_ms: 8.0,
                style_ms: 1.5,
                layout_ms: 2.0,
                prepaint_ms: 1.0,
                paint_ms: 3.0
            })
        );
        assert_eq!(
            ToggleTrace::from_events(&events[..9]),
            None,
            "no commit after the click"
        );
    }
}
