//! The report of a run: its targets, the table printed and the JSON written.

use std::time::{SystemTime, UNIX_EPOCH};

use ims_checker_e2e::browser::serde_json::{self, json, Value};
use ims_checker_e2e::sizes;

use super::measure::{
    total, CounterRun, Fetched, InlineRun, Kind, LauncherLoad, LighthouseRun, Pair, Sample, COUNTER_PAGES,
    CPU_SLOWDOWN, METHOD,
};
use super::stats::{
    busy, latency_median, latency_worst, median, median_interval, show_latency, Latency, EVENT_THRESHOLD_MS,
};
use super::trace::ToggleTrace;

/// What a visitor downloads in any one language, at most 160 KiB (decided on
/// 2026-12-06: the 110, 90 and 128 KiB targets are withdrawn, since Yew with
/// the required views alone is 95 KB).
const TARGET_ONE_LANGUAGE_BROTLI: usize = 160 * 1024;
const TARGET_LAUNCHER_BROTLI: usize = 3 * 1024;
/// Shown beside the pairs' ratio; no longer a target (a module script tag
/// alone costs more on a page that loads in ~125 ms).
const LOAD_RATIO_OF_NOTE: f64 = 1.05;
/// The median tap, region toggles and Next.
const TARGET_LATENCY_MS: f64 = 50.0;
/// Shown for note beside the median, no longer a target: the worst measured
/// before the journey took several pages (region toggles 56–72 ms, Next
/// 48–64 ms, three bench runs).
const WORST_LATENCY_OF_NOTE_MS: f64 = 72.0;
/// The inline widget interactive at most 1.3 times as late as a minimal Yew
/// counter built by the same toolchain and placed on the same clinic page
/// (the page's own parse and paint come first for any app).
const TARGET_COUNTER_RATIO: f64 = 1.3;
/// [`COUNTER_PAGES`]'s clinic page, where the counter stands in the widget's place.
const COUNTER_ON_THE_CLINIC_PAGE: usize = 1;

fn latency_json(l: Latency) -> Value {
    l.map_or(Value::Null, |ms| json!(ms))
}

/// One target: the figure, its limit and whether it holds.
pub(super) struct Target {
    pub(super) name: &'static str,
    shown: String,
    value: Value,
    limit: f64,
    unit: &'static str,
    pub(super) pass: bool,
}

/// Everything a run measured, with the browser and the machine's load.
pub(super) struct Report {
    /// size-budget.txt's number: the ratchet the widget's size must keep.
    pub(super) budget: usize,
    pub(super) chromium: String,
    pub(super) runs: usize,
    pub(super) load_before: String,
    pub(super) load_after: String,
    pub(super) calibration: (f64, f64),
    pub(super) files: Vec<sizes::FileSize>,
    pub(super) launcher: LauncherLoad,
    pub(super) host: Vec<Pair>,
    pub(super) inline: Vec<InlineRun>,
    /// The Yew counter on each of [`COUNTER_PAGES`], one a run.
    pub(super) counter: [Vec<CounterRun>; 2],
    pub(super) lighthouse: Vec<LighthouseRun>,
}

impl Report {
    fn latencies(&self, kind: Kind) -> Vec<Latency> {
        self.inline
            .iter()
            .flat_map(|r| r.samples.iter().filter(|s| s.kind == kind).map(|s| s.latency))
            .collect()
    }

    /// One part of the interactions of `kind` that left entries.
    fn part(&self, kind: Kind, pick: fn(&Sample) -> Option<f64>) -> Vec<f64> {
        self.inline
            .iter()
            .flat_map(|r| r.samples.iter().filter(|s| s.kind == kind).filter_map(pick))
            .collect()
    }

    fn ratios(&self) -> Vec<f64> {
        self.host.iter().map(|p| p.with_ms / p.without_ms).collect()
    }

    /// [`median_interval`] of the [`Report::ratios`].
    fn ratio_interval(&self) -> (f64, f64) {
        median_interval(&self.ratios())
    }

    /// Each run's widget time to interactive over its counter's on
    /// [`COUNTER_PAGES`]`[which]`.
    fn counter_ratios(&self, which: usize) -> Vec<f64> {
        self.inline
            .iter()
            .zip(&self.counter[which])
            .map(|(run, counter)| run.ready_ms / counter.ready_ms)
            .collect()
    }

    fn counter_series(&self, which: usize, pick: fn(&CounterRun) -> f64) -> Vec<f64> {
        self.counter[which].iter().map(pick).collect()
    }

    fn series(&self, pick: fn(&InlineRun) -> f64) -> Vec<f64> {
        self.inline.iter().map(pick).collect()
    }

    pub(super) fn targets(&self) -> Vec<Target> {
        let widget = sizes::widget_brotli_total(&self.files);
        let (largest_language, one_language) = sizes::largest_one_language(&self.files);
        let (_, before) = total(&self.launcher.before);
        let ratio = median(&self.ratios());
        let (low, high) = self.ratio_interval();
        let page = |name: &str| self.lighthouse.iter().find(|run| run.page.ends_with(name));
        let (plain, launcher) = (page("plain.html"), page("launcher.html"));
        let launcher_costs = |pick: fn(&LighthouseRun) -> f64| -> Option<f64> { Some(pick(launcher?) - pick(plain?)) };
        let (added_tbt, added_cls) = (launcher_costs(|r| r.tbt_ms), launcher_costs(|r| r.cls));
        let counter_ratio = median(&self.counter_ratios(COUNTER_ON_THE_CLINIC_PAGE));
        let (counter_low, counter_high) = median_interval(&self.counter_ratios(COUNTER_ON_THE_CLINIC_PAGE));
        let judged: Vec<Latency> = Kind::ALL
            .into_iter()
            .filter(|k| k.judged())
            .flat_map(|k| self.latencies(k))
            .collect();
        let worst = latency_worst(&judged);
        let typical = latency_median(&judged);
        let budget = self.budget;
        vec![
            Target {
                name: "widget brotli (wasm+js+css) within size-budget.txt",
                shown: format!("{widget} B <= {budget} B"),
                value: json!(widget),
                limit: budget as f64,
                unit: "bytes",
                pass: widget <= budget,
            },
            Target {
                name: "what a visitor downloads in one language",
                shown: format!(
                    "{one_language} B <= {TARGET_ONE_LANGUAGE_BROTLI} B (160 KiB; the largest: the widget with {largest_language})"
                ),
                value: json!(one_language),
                limit: TARGET_ONE_LANGUAGE_BROTLI as f64,
                unit: "bytes",
                pass: one_language <= TARGET_ONE_LANGUAGE_BROTLI,
            },
            Target {
                name: "host page in launcher mode before opening",
                shown: format!("{before} B brotli <= {TARGET_LAUNCHER_BROTLI} B (3 KiB)"),
                value: json!(before),
                limit: TARGET_LAUNCHER_BROTLI as f64,
                unit: "bytes",
                pass: before <= TARGET_LAUNCHER_BROTLI,
            },
            Target {
                name: "launcher adds no blocking time (Lighthouse TBT, launcher page - plain)",
                shown: format!(
                    "{} ms <= 0 ms (load-event ratio of the pairs, for note: {ratio:.3}, 95 % interval {low:.3}–{high:.3}, once aimed at {LOAD_RATIO_OF_NOTE})",
                    added_tbt.map_or("no Lighthouse run".into(), |ms| format!("{ms:.0}"))
                ),
                value: json!(added_tbt),
                limit: 0.0,
                unit: "ms",
                pass: added_tbt.is_some_and(|ms| ms <= 0.0),
            },
            Target {
                name: "launcher adds no layout shift (Lighthouse CLS, launcher page - plain)",
                shown: format!(
                    "{} <= 0",
                    added_cls.map_or("no Lighthouse run".into(), |cls| format!("{cls:.3}"))
                ),
                value: json!(added_cls),
                limit: 0.0,
                unit: "cls",
                pass: added_cls.is_some_and(|cls| cls <= 0.0),
            },
            Target {
                name: "inline interactive / Yew counter's on the same clinic page (median)",
                shown: format!(
                    "{counter_ratio:.2} <= {TARGET_COUNTER_RATIO} (95 % interval {counter_low:.2}–{counter_high:.2})"
                ),
                value: json!(counter_ratio),
                limit: TARGET_COUNTER_RATIO,
                unit: "ratio",
                pass: counter_ratio <= TARGET_COUNTER_RATIO,
            },
            Target {
                name: "interaction latency, median of region toggles and Next",
                shown: format!(
                    "{} ms < {TARGET_LATENCY_MS} ms ({} samples; the worst, for note: {} ms, once held to {WORST_LATENCY_OF_NOTE_MS} ms)",
                    show_latency(typical),
                    judged.len(),
                    show_latency(worst)
                ),
                value: latency_json(typical),
                limit: TARGET_LATENCY_MS,
                unit: "ms",
                pass: typical.is_none_or(|ms| ms < TARGET_LATENCY_MS),
            },
        ]
    }

    pub(super) fn table(&self, targets: &[Target]) -> String {
        let mut out = String::new();
        let mut line = |s: String| {
            out += &s;
            out.push('\n');
        };
        let pairs = self.host.len();
        line(format!(
            "ims-checker bench: {}, CPU throttled {CPU_SLOWDOWN}× (check: {:.1}× on a JS loop), {} run(s)",
            self.chromium,
            self.calibration.1 / self.calibration.0,
            self.runs
        ));
        line(format!(
            "load average before {}, after {}",
            self.load_before, self.load_after
        ));
        line(format!("every measured page: {METHOD}"));
        if busy(&self.load_before) || busy(&self.load_after) {
            line("warning: the machine was busy (1-minute load above its core count): the timings are noisy;".into());
            line("         rerun on an idle machine, or with more --runs, before trusting (b), (c) and (d)".into());
        }
        line(String::new());
        line("(a) sizes in bytes".into());
        line(sizes::table(&self.files).trim_end().to_string());
        line(String::new());
        line("    host page with one launcher (bench/launcher.html), widget requests before it is opened:".into());
        line(format!("    {:<28} {:>8} {:>8}", "request", "raw", "brotli"));
        for f in &self.launcher.before {
            line(format!("    {:<28} {:>8} {:>8}", f.name, f.raw, f.brotli));
        }
        let (raw, br) = total(&self.launcher.before);
        line(format!("    {:<28} {:>8} {:>8}", "total before opening", raw, br));
        let (raw, br) = total(&self.launcher.after);
        line(format!(
            "    {:<28} {:>8} {:>8}   ({})",
            "loaded on opening",
            raw,
            br,
            self.launcher
                .after
                .iter()
                .map(|f| f.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ));
        line(format!(
            "    the host page's own requests (not counted): {}",
            self.launcher.host_requests.join(", ")
        ));
        line(format!(
            "    launcher opened to first step interactive: {:.0} ms (1 run)",
            self.launcher.open_ms
        ));
        line(String::new());
        let ready = self.series(|r| r.ready_ms);
        line("(b) navigation start to inline widget interactive (bench/inline.html)".into());
        line("    interactive: the first animation frame with the first step's [data-action=next] in the".into());
        line("    shadow root; a real click on it was then handled in every run (its error appeared)".into());
        line(format!("    median {:.0} ms   runs: {}", median(&ready), join(&ready)));
        line("    a minimal Yew counter (xtask/fixtures/yew-counter, same toolchain), in turn with the widget:".into());
        let widget_own: Vec<f64> = self.inline.iter().map(|r| r.ready_ms - r.glue_start_ms).collect();
        for (which, page) in COUNTER_PAGES.iter().enumerate() {
            let counter = self.counter_series(which, |c| c.ready_ms);
            let ratios = self.counter_ratios(which);
            let (low, high) = median_interval(&ratios);
            let own: Vec<f64> = self.counter[which]
                .iter()
                .map(|c| c.ready_ms - c.glue_start_ms)
                .collect();
            line(format!(
                "    {}: median {:.0} ms   runs: {}",
                if which == 0 {
                    format!("on its own page ({page})")
                } else {
                    format!("on the clinic page in the widget's place ({page})")
                },
                median(&counter),
                join(&counter)
            ));
            line(format!(
                "      widget / counter: median {:.2} (95 % interval {low:.2} to {high:.2})   runs: {}",
                median(&ratios),
                ratios.iter().map(|r| format!("{r:.2}")).collect::<Vec<_>>().join(" ")
            ));
            line(format!(
                "      split at the glue's request, medians: the page until then {:.0} ms (widget {:.0} ms),",
                median(&self.counter_series(which, |c| c.glue_start_ms)),
                median(&self.series(|r| r.glue_start_ms)),
            ));
            line(format!(
                "      then until interactive {:.0} ms (widget {:.0} ms)",
                median(&own),
                median(&widget_own)
            ));
        }
        line(format!(
            "    for reference, medians: glue requested {:.0} ms, wasm requested {:.0} ms, DOMContentLoaded {:.0} ms,",
            median(&self.series(|r| r.glue_start_ms)),
            median(&self.series(|r| r.wasm_start_ms)),
            median(&self.series(|r| r.dom_content_loaded_ms)),
        ));
        line(format!(
            "    wasm downloaded {:.0} ms, load event {:.0} ms",
            median(&self.series(|r| r.wasm_response_end_ms)),
            median(&self.series(|r| r.load_ms)),
        ));
        line(String::new());
        let without: Vec<f64> = self.host.iter().map(|p| p.without_ms).collect();
        let with: Vec<f64> = self.host.iter().map(|p| p.with_ms).collect();
        let diff: Vec<f64> = self.host.iter().map(|p| p.with_ms - p.without_ms).collect();
        line(format!(
            "(c) host page loadEventEnd, launcher vs no widget: {pairs} pairs, order alternating, after 1 warm-up pair"
        ));
        line(format!(
            "    without widget  median {:>7.1} ms   runs: {}",
            median(&without),
            join(&without)
        ));
        line(format!(
            "    with launcher   median {:>7.1} ms   runs: {}",
            median(&with),
            join(&with)
        ));
        line(format!("    difference      median {:>7.1} ms", median(&diff)));
        let ratios = self.ratios();
        let (low, high) = self.ratio_interval();
        line(format!(
            "    ratio           median {:>7.3}      pairs: {}",
            median(&ratios),
            ratios.iter().map(|r| format!("{r:.3}")).collect::<Vec<_>>().join(" ")
        ));
        line(format!(
            "    ratio's median, 95 % bootstrap interval: {low:.3} to {high:.3}"
        ));
        line(String::new());
        line(format!(
            "(d) interaction latency, Event Timing (durationThreshold {EVENT_THRESHOLD_MS:.0} ms; <{EVENT_THRESHOLD_MS:.0}: no entry, faster than that)"
        ));
        line(format!(
            "    {:<36} {:>7} {:>7} {:>7}   samples (ms)",
            "interaction", "n", "median", "worst"
        ));
        for kind in Kind::ALL {
            let l = self.latencies(kind);
            line(format!(
                "    {:<36} {:>7} {:>7} {:>7}   {}",
                kind.label(),
                l.len(),
                show_latency(latency_median(&l)),
                show_latency(latency_worst(&l)),
                l.iter().map(|x| show_latency(*x)).collect::<Vec<_>>().join(" ")
            ));
        }
        let first: Vec<Latency> = self.inline.iter().map(|r| r.first_input_ms).collect();
        line(format!(
            "    {:<36} {:>7} {:>7} {:>7}   {}",
            "first-input entry (its pointerdown)",
            first.len(),
            show_latency(latency_median(&first)),
            show_latency(latency_worst(&first)),
            first.iter().map(|x| show_latency(*x)).collect::<Vec<_>>().join(" ")
        ));
        line(
            "    latency is the longest entry of the interaction (as INP counts it); the pointerdown entry lasts"
                .into(),
        );
        line("    until the paint after the click, as the harness releases the button one CDP round trip after".into());
        line("    pressing it. Medians over the interactions that left entries:".into());
        line(format!(
            "    {:<36} {:>7} {:>11} {:>13} {:>15} {:>14}",
            "interaction", "n", "input delay", "handlers(sum)", "click entry", "until shown*"
        ));
        for kind in Kind::ALL {
            let ms = |v: Vec<f64>| {
                if v.is_empty() {
                    "-".to_string()
                } else {
                    format!("{:.0}", median(&v))
                }
            };
            line(format!(
                "    {:<36} {:>7} {:>11} {:>13} {:>15} {:>14}",
                kind.label(),
                self.part(kind, |s| s.handlers_ms).len(),
                ms(self.part(kind, |s| s.delay_ms)),
                ms(self.part(kind, |s| s.handlers_ms)),
                ms(self.part(kind, |s| s.click_ms)),
                ms(self.part(kind, |s| s.shown_ms)),
            ));
        }
        line(
            "    * until shown: from the click to the animation frame that shows all of its effect (for Next, the"
                .into(),
        );
        line("      new step's body, drawn the frame after its heading), over every interaction.".into());
        let traces: Vec<ToggleTrace> = self.inline.iter().filter_map(|r| r.toggle_trace).collect();
        line(format!(
            "    one more region toggle per run, traced (Chrome trace, main thread, medians of {} in ms):",
            traces.len()
        ));
        let parts: Vec<String> = ToggleTrace::PARTS
            .iter()
            .map(|(name, pick)| format!("{name} {:.1}", median(&traces.iter().map(pick).collect::<Vec<_>>())))
            .collect();
        line(format!("      {}", parts.join(", ")));
        line(String::new());
        line("(e) Lighthouse performance (its own simulated mobile throttling), one run per page".into());
        line(format!(
            "    {:<22} {:>6} {:>8} {:>8} {:>8} {:>8}",
            "page", "score", "FCP ms", "LCP ms", "TBT ms", "CLS"
        ));
        for run in &self.lighthouse {
            line(format!(
                "    {:<22} {:>6.0} {:>8.0} {:>8.0} {:>8.0} {:>8.3}",
                run.page,
                run.score * 100.0,
                run.fcp_ms,
                run.lcp_ms,
                run.tbt_ms,
                run.cls
            ));
        }
        line(String::new());
        line("targets".into());
        for t in targets {
            line(format!(
                "    {}  {:<55} {}",
                if t.pass { "PASS" } else { "FAIL" },
                t.name,
                t.shown
            ));
        }
        out
    }

    pub(super) fn json(&self, targets: &[Target]) -> Value {
        let fetched = |files: &[Fetched]| -> Value {
            let (raw, brotli) = total(files);
            json!({
                "requests": files.iter().map(|f| json!({ "file": f.name, "raw": f.raw, "brotli": f.brotli })).collect::<Vec<_>>(),
                "raw": raw,
                "brotli": brotli,
            })
        };
        let widget = |pick: fn(&sizes::FileSize) -> usize| -> usize {
            self.files
                .iter()
                .filter(|f| sizes::is_widget_file(&f.name))
                .map(pick)
                .sum()
        };
        let ready = self.series(|r| r.ready_ms);
        let without: Vec<f64> = self.host.iter().map(|p| p.without_ms).collect();
        let with: Vec<f64> = self.host.iter().map(|p| p.with_ms).collect();
        let diff: Vec<f64> = self.host.iter().map(|p| p.with_ms - p.without_ms).collect();
        let mut latency = serde_json::Map::new();
        latency.insert("threshold_ms".into(), json!(EVENT_THRESHOLD_MS));
        latency.insert(
            "note".into(),
            json!("null: no Event Timing entry, the interaction took under the 16 ms threshold; latency = longest entry (pointerdown, pointerup, click) of the interaction"),
        );
        for kind in Kind::ALL {
            let l = self.latencies(kind);
            latency.insert(
                kind.key().into(),
                json!({
                    "label": kind.label(),
                    "judged": kind.judged(),
                    "samples_ms": l.iter().map(|x| latency_json(*x)).collect::<Vec<_>>(),
                    "median_ms": latency_json(latency_median(&l)),
                    "worst_ms": latency_json(latency_worst(&l)),
                    "parts_ms": {
                        "first_entry_input_delay": self.part(kind, |s| s.delay_ms),
                        "handlers_sum": self.part(kind, |s| s.handlers_ms),
                        "click_entry_duration": self.part(kind, |s| s.click_ms),
                        "until_shown": self.part(kind, |s| s.shown_ms),
                    },
                }),
            );
        }
        let first: Vec<Latency> = self.inline.iter().map(|r| r.first_input_ms).collect();
        latency.insert(
            "first_input_ms".into(),
            json!(first.iter().map(|x| latency_json(*x)).collect::<Vec<_>>()),
        );
        json!({
            "chromium": self.chromium,
            "unix_time": SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs()),
            "cpu_throttling_rate": CPU_SLOWDOWN,
            "method": METHOD,
            "throttling_check_ms": { "unthrottled": self.calibration.0, "throttled": self.calibration.1 },
            "runs": self.runs,
            "load_average": { "before": self.load_before, "after": self.load_after },
            "sizes": {
                "files": self.files.iter().map(|f| json!({ "file": f.name, "raw": f.raw, "gzip": f.gzip, "brotli": f.brotli })).collect::<Vec<_>>(),
                "widget_total": { "raw": widget(|f| f.raw), "gzip": widget(|f| f.gzip), "brotli": widget(|f| f.brotli) },
                "all_files_total": {
                    "raw": self.files.iter().map(|f| f.raw).sum::<usize>(),
                    "gzip": self.files.iter().map(|f| f.gzip).sum::<usize>(),
                    "brotli": self.files.iter().map(|f| f.brotli).sum::<usize>(),
                },
            },
            "launcher_host_page": {
                "page": "bench/launcher.html",
                "before_opening": fetched(&self.launcher.before),
                "host_page_requests": self.launcher.host_requests,
                "on_opening": fetched(&self.launcher.after),
                "open_to_interactive_ms": self.launcher.open_ms,
            },
            "inline_interactive": {
                "page": "bench/inline.html",
                "definition": "performance.now() in the first animation frame in which the first step's [data-action=next] is in the widget's shadow root; a real click on it is then checked to be handled",
                "median_ms": median(&ready),
                "runs_ms": ready,
                "dom_content_loaded_ms": self.series(|r| r.dom_content_loaded_ms),
                "wasm_response_end_ms": self.series(|r| r.wasm_response_end_ms),
                "glue_start_ms": self.series(|r| r.glue_start_ms),
                "wasm_start_ms": self.series(|r| r.wasm_start_ms),
                "load_event_end_ms": self.series(|r| r.load_ms),
            },
            "yew_counter_interactive": {
                "fixture": "xtask/fixtures/yew-counter",
                "definition": "performance.now() in the first animation frame in which the counter's button is in the document; a real click on it is then checked to count",
                "goal": TARGET_COUNTER_RATIO,
                "judged": COUNTER_PAGES[0],
                "pages": COUNTER_PAGES.iter().enumerate().map(|(which, page)| json!({
                    "page": page,
                    "median_ms": median(&self.counter_series(which, |c| c.ready_ms)),
                    "runs_ms": self.counter_series(which, |c| c.ready_ms),
                    "glue_start_ms": self.counter_series(which, |c| c.glue_start_ms),
                    "widget_over_counter_per_run": self.counter_ratios(which),
                    "widget_over_counter_median": median(&self.counter_ratios(which)),
                    "widget_over_counter_interval_95": <[f64; 2]>::from(median_interval(&self.counter_ratios(which))),
                })).collect::<Vec<_>>(),
            },
            "host_load_event": {
                "pages": ["bench/plain.html", "bench/launcher.html"],
                "pairs": self.host.iter().map(|p| json!({
                    "launcher_first": p.launcher_first,
                    "without_ms": p.without_ms,
                    "with_launcher_ms": p.with_ms,
                    "ratio": p.with_ms / p.without_ms,
                })).collect::<Vec<_>>(),
                "median_without_ms": median(&without),
                "median_with_launcher_ms": median(&with),
                "median_difference_ms": median(&diff),
                "median_ratio": median(&self.ratios()),
                "median_ratio_interval_95": <[f64; 2]>::from(self.ratio_interval()),
            },
            "interaction_latency": Value::Object(latency),
            "region_toggle_trace_ms": self.inline.iter().filter_map(|r| r.toggle_trace).map(|t| {
                ToggleTrace::PARTS.iter().map(|(name, pick)| ((*name).to_string(), json!(pick(&t)))).collect::<serde_json::Map<_, _>>()
            }).collect::<Vec<_>>(),
            "lighthouse": self.lighthouse.iter().map(|r| json!({
                "page": r.page, "performance_score": r.score, "first_contentful_paint_ms": r.fcp_ms,
                "largest_contentful_paint_ms": r.lcp_ms, "total_blocking_time_ms": r.tbt_ms,
                "cumulative_layout_shift": r.cls,
            })).collect::<Vec<_>>(),
            "targets": targets.iter().map(|t| json!({
                "name": t.name, "value": t.value, "limit": t.limit, "unit": t.unit, "pass": t.pass,
            })).collect::<Vec<_>>(),
            "all_pass": targets.iter().all(|t| t.pass),
        })
    }
}

fn join(values: &[f64]) -> String {
    values.iter().map(|v| format!("{v:.0}")).collect::<Vec<_>>().join(" ")
}
