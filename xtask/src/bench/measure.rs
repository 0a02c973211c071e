//! Taking the measurements: Chromium and the server driven through calibration, the launcher page, host page loads, inline runs and Lighthouse.

use std::time::Duration;

use ims_checker_e2e::browser::serde_json::json;
use ims_checker_e2e::{js_query, lighthouse, sizes, Browser, Page, Server};

use super::stats::{show_latency, Latency};
use super::trace::ToggleTrace;
use crate::setup;
use crate::Failure;

/// Chromium's CPU throttling rate for every measured page.
pub(super) const CPU_SLOWDOWN: f64 = 4.0;
/// Longest wait for the widget to appear or react under throttling.
const WAIT: Duration = Duration::from_secs(60);
/// Quiet time after a page is opened, before the measured navigation.
const SETTLE: Duration = Duration::from_millis(500);
const HOST: &str = "ims-checker";

/// How each measured page is opened (printed and in the JSON).
pub(super) const METHOD: &str = "a fresh browser context with the cache disabled, CPU throttled, its renderer \
started on bench/warm.html of the same origin, 500 ms of quiet, then the measured navigation";

/// Turns a harness error into a failure naming what was being measured.
pub(super) fn ctx<T>(result: ims_checker_e2e::Result<T>, what: &str) -> Result<T, Failure> {
    result.map_err(|e| Failure(format!("bench: {what}: {e}")))
}

/// `/proc/loadavg`'s 1, 5 and 15 minute figures, and the number of cores.
pub(super) fn load_average() -> String {
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let load = std::fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "unknown".into());
    format!("{load} ({cores} cores)")
}

/// A fresh page (own browser context, cache disabled) with the CPU throttled,
/// already on a blank page of the server's origin: the measured navigation
/// then reuses a started renderer process, as a visit within a clinic's site
/// would, instead of timing the start of a process on a busy machine.
fn throttled_page(browser: &Browser, server: &Server, rate: f64) -> Result<Page, Failure> {
    let page = ctx(browser.new_page(), "opening a page")?;
    ctx(page.set_cpu_throttling(rate), "throttling the CPU")?;
    ctx(page.goto(&server.url("/bench/warm.html")), "loading bench/warm.html")?;
    // Closing the previous context and starting this one keep Chromium busy
    // for a while on a 2-core machine; measured straight away, a plain page's
    // load event doubled (218 ms against 109 ms median) and spread twice as wide.
    std::thread::sleep(SETTLE);
    Ok(page)
}

fn number(page: &Page, js: &str, what: &str) -> Result<f64, Failure> {
    let v = ctx(page.eval(js), what)?;
    v.as_f64()
        .ok_or_else(|| Failure(format!("bench: {what}: expected a number, got {v}")))
}

/// The same JavaScript loop timed at full speed and throttled: shows the
/// throttling really applies to the pages measured (best of three each).
pub(super) fn calibrate(browser: &Browser, server: &Server) -> Result<(f64, f64), Failure> {
    const LOOP: &str = "(() => { let best = Infinity; for (let k = 0; k < 3; k++) { const t = performance.now(); \
        let x = 0; for (let i = 0; i < 3e6; i++) x += Math.sqrt(i) % 7; if (x < 0) return -1; \
        best = Math.min(best, performance.now() - t); } return best; })()";
    // Alternating, best of three pages each: a busy machine only adds time.
    let mut times = [f64::INFINITY; 2];
    for _ in 0..3 {
        for (slot, rate) in times.iter_mut().zip([1.0, CPU_SLOWDOWN]) {
            let page = throttled_page(browser, server, rate)?;
            ctx(page.goto(&server.url("/bench/plain.html")), "calibration page")?;
            *slot = slot.min(number(&page, LOOP, "calibration loop")?);
        }
    }
    Ok((times[0], times[1]))
}

// ---------------------------------------------------------------------------
// (a) what the host page loads in launcher mode

/// A widget file a page requested, with its sizes from the size table.
pub(super) struct Fetched {
    pub(super) name: String,
    pub(super) raw: usize,
    pub(super) brotli: usize,
}

pub(super) struct LauncherLoad {
    /// Widget files requested before the visitor opens the launcher.
    pub(super) before: Vec<Fetched>,
    /// The host page's own requests (not the widget's), for the record.
    pub(super) host_requests: Vec<String>,
    /// Widget files requested once the launcher is opened.
    pub(super) after: Vec<Fetched>,
    /// From the click on the launcher to `[data-action=next]` in a frame.
    pub(super) open_ms: f64,
}

/// The raw and brotli bytes of `files` together.
pub(super) fn total(files: &[Fetched]) -> (usize, usize) {
    files.iter().fold((0, 0), |(r, b), f| (r + f.raw, b + f.brotli))
}

/// Splits requests into widget files (named in the size table) and the rest.
fn classify(urls: &[String], origin: &str, files: &[sizes::FileSize]) -> (Vec<Fetched>, Vec<String>) {
    let mut widget = Vec::new();
    let mut other = Vec::new();
    for url in urls {
        let path = url
            .strip_prefix(origin)
            .map(|p| p.trim_start_matches('/').split(['?', '#']).next().unwrap_or(""))
            .unwrap_or("");
        match files.iter().find(|f| f.name == path && sizes::is_widget_file(&f.name)) {
            Some(f) => widget.push(Fetched {
                name: f.name.clone(),
                raw: f.raw,
                brotli: f.brotli,
            }),
            None => other.push(url.strip_prefix(origin).unwrap_or(url).to_string()),
        }
    }
    (widget, other)
}

pub(super) fn measure_launcher(
    browser: &Browser,
    server: &Server,
    files: &[sizes::FileSize],
) -> Result<LauncherLoad, Failure> {
    println!("==> bench: (a) what a host page with one launcher loads before it is opened");
    let page = throttled_page(browser, server, CPU_SLOWDOWN)?;
    let urls = |page: &Page| -> Result<Vec<String>, Failure> {
        Ok(ctx(page.requests(), "reading requests")?
            .into_iter()
            .map(|r| r.url)
            .collect())
    };
    let warm = urls(&page)?.len();
    ctx(
        page.goto(&server.url("/bench/launcher.html")),
        "loading bench/launcher.html",
    )?;
    let button = format!("{HOST} >>> button.ims-launch");
    ctx(page.wait_for_selector(&button, WAIT), "waiting for the launcher button")?;
    // Give anything lazy a chance to start before counting.
    ctx(page.eval("new Promise((done) => setTimeout(done, 1500))"), "settling")?;
    let seen = urls(&page)?;
    let (before, host_requests) = classify(&seen[warm.min(seen.len())..], &server.origin(), files);

    // Open it: the wasm loads now. Time it in the page, from the click event.
    ctx(
        page.eval(&PROBE_JS.replace("__START", "false")),
        "installing the open-time probe",
    )?;
    ctx(
        page.eval(
            "document.querySelector('ims-checker').addEventListener('click', \
             (e) => { window.__imsBench.clickAt = e.timeStamp; window.__imsBench.start(); }, { once: true })",
        ),
        "listening for the launcher click",
    )?;
    ctx(page.click(&button), "clicking the launcher")?;
    ctx(
        page.wait_for("window.__imsBench.ready !== null", WAIT),
        "waiting for the opened widget's first step",
    )?;
    let open_ms = number(
        &page,
        "window.__imsBench.ready - window.__imsBench.clickAt",
        "open time",
    )?;
    let all = urls(&page)?;
    let (after, _) = classify(&all[seen.len().min(all.len())..], &server.origin(), files);
    let (raw, br) = total(&before);
    println!(
        "    before opening: {} widget request(s), {raw} B raw, {br} B brotli; opened in {open_ms:.0} ms",
        before.len()
    );
    Ok(LauncherLoad {
        before,
        host_requests,
        after,
        open_ms,
    })
}

// ---------------------------------------------------------------------------
// (c) the host page's load event with and without the launcher

pub(super) struct Pair {
    pub(super) launcher_first: bool,
    pub(super) without_ms: f64,
    pub(super) with_ms: f64,
}

fn load_event_ms(browser: &Browser, server: &Server, url: &str) -> Result<f64, Failure> {
    let page = throttled_page(browser, server, CPU_SLOWDOWN)?;
    ctx(page.goto(url), "loading a host page")?;
    const NAV: &str = "performance.getEntriesByType('navigation')[0]";
    ctx(
        page.wait_for(&format!("{NAV}?.loadEventEnd > 0"), WAIT),
        "waiting for loadEventEnd",
    )?;
    number(&page, &format!("{NAV}.loadEventEnd"), "reading loadEventEnd")
}

pub(super) fn measure_host_load(browser: &Browser, server: &Server, runs: usize) -> Result<Vec<Pair>, Failure> {
    println!("==> bench: (c) host page load event with and without the launcher, {runs} pair(s) + 1 warm-up");
    let plain = server.url("/bench/plain.html");
    let launcher = server.url("/bench/launcher.html");
    let mut pairs = Vec::new();
    for i in 0..=runs {
        let launcher_first = i % 2 == 1;
        let (with_ms, without_ms) = if launcher_first {
            let with = load_event_ms(browser, server, &launcher)?;
            (with, load_event_ms(browser, server, &plain)?)
        } else {
            let without = load_event_ms(browser, server, &plain)?;
            (load_event_ms(browser, server, &launcher)?, without)
        };
        if i == 0 {
            println!("    warm-up (not counted): without {without_ms:.1} ms, with {with_ms:.1} ms");
            continue;
        }
        println!(
            "    pair {i}/{runs} ({} first): without {without_ms:.1} ms, with {with_ms:.1} ms, ratio {:.3}",
            if launcher_first { "launcher" } else { "plain" },
            with_ms / without_ms
        );
        pairs.push(Pair {
            launcher_first,
            without_ms,
            with_ms,
        });
    }
    Ok(pairs)
}

// ---------------------------------------------------------------------------
// (b) and (d): the inline widget

/// Installed before the page's scripts (and reused for the launcher): polls
/// every animation frame for the first step's Next button in the widget's
/// shadow root and records `performance.now()` when it is there.
const PROBE_JS: &str = r#"(() => {
  if (window.__imsBench) return;
  const b = window.__imsBench = { ready: null, frames: 0, clickAt: null };
  const tick = () => {
    b.frames++;
    const host = document.querySelector('ims-checker');
    const next = host && host.shadowRoot && host.shadowRoot.querySelector('[data-action=next]');
    if (next) { b.ready = performance.now(); return; }
    if (b.frames < 200000) requestAnimationFrame(tick);
  };
  b.start = () => requestAnimationFrame(tick);
  if (__START) b.start();
})()"#;

/// Records Event Timing entries (and the first input) into `__imsBench`.
const OBSERVE_JS: &str = r#"(() => {
  const b = window.__imsBench;
  if (typeof PerformanceEventTiming === 'undefined') return false;
  b.events = []; b.first = [];
  const keep = (e) => ({ type: e.entryType, name: e.name, start: e.startTime, duration: e.duration,
    id: e.interactionId || 0, processing: e.processingEnd - e.processingStart,
    delay: e.processingStart - e.startTime,
    target: e.target ? (e.target.tagName || '').toLowerCase() : null });
  const take = (list) => { for (const e of list) (e.entryType === 'first-input' ? b.first : b.events).push(keep(e)); };
  b.observer = new PerformanceObserver((list) => take(list.getEntries()));
  b.observer.observe({ type: 'event', durationThreshold: 16, buffered: true });
  b.observer.observe({ type: 'first-input', buffered: true });
  b.take = () => take(b.observer.takeRecords());
  return true;
})()"#;

/// After an interaction: waits two frames and a moment for its entries, then
/// returns its latency (the longest entry of its interaction) or null.
const COLLECT_JS: &str = r#"(async () => {
  const b = window.__imsBench;
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 500))));
  b.take();
  const since = __SINCE;
  const mine = b.events.filter((e) => e.start >= since && e.id > 0);
  if (!mine.length) return { latency: null, first: b.first.length ? b.first[0].duration : null };
  const click = mine.find((e) => e.name === 'click');
  return { latency: Math.max(...mine.map((e) => e.duration)), delay: mine[0].delay,
           handlers: mine.reduce((sum, e) => sum + e.processing, 0), click: click ? click.duration : null,
           entries: mine, first: b.first.length ? b.first[0].duration : null };
})()"#;

/// Before a click: notes the click's time and polls every animation frame
/// for `__EFFECT`, noting the first frame that shows it.
const WATCH_JS: &str = r#"(() => {
  window.__imsClick = null; window.__imsShown = null;
  addEventListener('click', (e) => { window.__imsClick = e.timeStamp; }, { capture: true, once: true });
  const poll = () => { if (window.__imsClick !== null && (__EFFECT)) window.__imsShown = performance.now(); else requestAnimationFrame(poll); };
  requestAnimationFrame(poll);
  return true;
})()"#;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// The first click of each run: Next on step 1 with nothing answered (blocked).
    FirstNext,
    Answer,
    Next,
    Region,
}

impl Kind {
    pub(super) const ALL: [Kind; 4] = [Kind::Region, Kind::Next, Kind::Answer, Kind::FirstNext];

    pub(super) fn label(self) -> &'static str {
        match self {
            Kind::Region => "toggle a region",
            Kind::Next => "Next: move to the next step",
            Kind::Answer => "choose an answer (info)",
            Kind::FirstNext => "Next with no answer, blocked (info)",
        }
    }

    pub(super) fn key(self) -> &'static str {
        match self {
            Kind::Region => "region_toggle",
            Kind::Next => "next_step",
            Kind::Answer => "answer",
            Kind::FirstNext => "first_next_blocked",
        }
    }

    /// The two interactions issue 6 names; the others are shown for information.
    pub(super) fn judged(self) -> bool {
        matches!(self, Kind::Region | Kind::Next)
    }
}

pub(super) struct InlineRun {
    pub(super) ready_ms: f64,
    pub(super) dom_content_loaded_ms: f64,
    pub(super) load_ms: f64,
    pub(super) wasm_response_end_ms: f64,
    /// When the glue and the wasm were requested (resource timing's
    /// `startTime`): at once, or the wasm only after the glue had loaded.
    pub(super) glue_start_ms: f64,
    pub(super) wasm_start_ms: f64,
    /// `first-input` duration: the first click (Next, blocked) of the run.
    pub(super) first_input_ms: Latency,
    pub(super) samples: Vec<Sample>,
    /// One more region toggle, traced: where its main-thread time went.
    pub(super) toggle_trace: Option<ToggleTrace>,
}

pub(super) struct Sample {
    pub(super) kind: Kind,
    pub(super) latency: Latency,
    /// Known when the interaction left entries: the first entry's input
    /// delay, the time in event handlers summed over its entries, and the
    /// `click` entry's duration alone (from the button's release to the paint).
    pub(super) delay_ms: Option<f64>,
    pub(super) handlers_ms: Option<f64>,
    pub(super) click_ms: Option<f64>,
    /// From the click to the first animation frame showing its whole effect
    /// (for Next: the new step with its body, which is drawn the frame after
    /// its heading), whatever Event Timing reports.
    pub(super) shown_ms: Option<f64>,
}

/// The Yew counter's load: when its glue was requested and when it was interactive.
pub(super) struct CounterRun {
    pub(super) ready_ms: f64,
    pub(super) glue_start_ms: f64,
}

/// The Yew counter on its own page, and on the widget's clinic page in the
/// widget's place.
pub(super) const COUNTER_PAGES: [&str; 2] = ["counter/index.html", "bench/counter.html"];

/// The inline runs, and between them the Yew counter's runs on each of
/// [`COUNTER_PAGES`] (the three in turn, each run starting one further on).
pub(super) fn measure_inline(
    browser: &Browser,
    server: &Server,
    runs: usize,
) -> Result<(Vec<InlineRun>, [Vec<CounterRun>; 2]), Failure> {
    println!("==> bench: (b) inline widget and Yew counter interactive, (d) interaction latency, {runs} run(s)");
    let mut out = Vec::new();
    let mut counter: [Vec<CounterRun>; 2] = [Vec::new(), Vec::new()];
    for i in 1..=runs {
        let mut run = None;
        for k in 0..3 {
            match (i + k) % 3 {
                2 => run = Some(inline_run(browser, server)?),
                c => counter[c].push(counter_run(browser, server, COUNTER_PAGES[c])?),
            }
        }
        let Some(run) = run else { continue };
        let shown: Vec<String> = run
            .samples
            .iter()
            .map(|s| format!("{}={}", s.kind.key(), show_latency(s.latency)))
            .collect();
        println!(
            "    run {i}/{runs}: interactive at {:.0} ms (load {:.0} ms; Yew counter {:.0} ms, on the clinic page {:.0} ms); first input {}; {}",
            run.ready_ms,
            run.load_ms,
            counter[0][i - 1].ready_ms,
            counter[1][i - 1].ready_ms,
            show_latency(run.first_input_ms),
            shown.join(" ")
        );
        out.push(run);
    }
    Ok((out, counter))
}

/// Like [`PROBE_JS`], for the Yew counter's button.
const COUNTER_PROBE_JS: &str = r#"(() => {
  const b = window.__imsBench = { ready: null, frames: 0 };
  const tick = () => {
    b.frames++;
    if (document.getElementById('increment')) { b.ready = performance.now(); return; }
    if (b.frames < 200000) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()"#;

/// Navigation start to the Yew counter's button (the fixture
/// `xtask/fixtures/yew-counter` on `path`) in a frame, timed like the
/// widget's Next; a real click on it is then checked to count.
fn counter_run(browser: &Browser, server: &Server, path: &str) -> Result<CounterRun, Failure> {
    let page = throttled_page(browser, server, CPU_SLOWDOWN)?;
    ctx(
        page.cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": COUNTER_PROBE_JS }),
        ),
        "installing the counter's interactive probe",
    )?;
    ctx(page.goto(&server.url(&format!("/{path}"))), &format!("loading {path}"))?;
    ctx(
        page.wait_for("window.__imsBench && window.__imsBench.ready !== null", WAIT),
        "waiting for the Yew counter's button",
    )?;
    let ready_ms = number(
        &page,
        "window.__imsBench.ready",
        "reading the counter's interactive time",
    )?;
    let glue_start_ms = number(
        &page,
        "performance.getEntriesByType('resource').find((e) => e.name.endsWith('pkg/yew-counter.js'))?.startTime ?? -1",
        "the resource timing of the counter's glue",
    )?;
    ctx(page.click("#increment"), "clicking the counter")?;
    ctx(
        page.wait_for("document.getElementById('count')?.textContent === '1'", WAIT),
        "waiting for the counter to count the click",
    )?;
    Ok(CounterRun {
        ready_ms,
        glue_start_ms,
    })
}

fn inline_run(browser: &Browser, server: &Server) -> Result<InlineRun, Failure> {
    let page = throttled_page(browser, server, CPU_SLOWDOWN)?;
    ctx(
        page.cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": PROBE_JS.replace("__START", "true") }),
        ),
        "installing the interactive probe",
    )?;
    ctx(
        page.goto(&server.url("/bench/inline.html")),
        "loading bench/inline.html",
    )?;
    ctx(
        page.wait_for("window.__imsBench && window.__imsBench.ready !== null", WAIT),
        "waiting for the inline widget's Next button",
    )?;
    let ready_ms = number(&page, "window.__imsBench.ready", "reading the interactive time")?;
    const NAV: &str = "performance.getEntriesByType('navigation')[0]";
    ctx(
        page.wait_for(&format!("{NAV}.loadEventEnd > 0"), WAIT),
        "waiting for load",
    )?;
    let dom_content_loaded_ms = number(&page, &format!("{NAV}.domContentLoadedEventEnd"), "DOMContentLoaded")?;
    let load_ms = number(&page, &format!("{NAV}.loadEventEnd"), "loadEventEnd")?;
    let resource = |ends: &str, field: &str| {
        number(
            &page,
            &format!("performance.getEntriesByType('resource').find((e) => e.name.endsWith('{ends}'))?.{field} ?? -1"),
            &format!("the resource timing of {ends}"),
        )
    };
    let wasm_response_end_ms = resource(".wasm", "responseEnd")?;
    let glue_start_ms = resource("pkg/ims-checker.js", "startTime")?;
    let wasm_start_ms = resource(".wasm", "startTime")?;
    if ctx(page.eval(OBSERVE_JS), "observing Event Timing")? != json!(true) {
        return Err(Failure(
            "bench: this Chromium has no Event Timing API (PerformanceEventTiming)".into(),
        ));
    }

    let q = |inner: &str| js_query(&format!("{HOST} >>> {inner}"));
    let step_is = |step: &str| format!("{}?.dataset.step === '{step}'", q("[data-step]"));
    let page_is = |page: &str| format!("{}?.dataset.page === '{page}'", q("[data-page]"));
    let region = |id: &str, on: bool| {
        format!(
            "{}?.checked === {on}",
            q(&format!("input[type=checkbox][data-region=\"{id}\"]"))
        )
    };
    let none = "[data-question=\"red-flags-general\"] [data-answer=\"none\"]";
    // The journey of every run: the first click proves Next is handled (its
    // error appears), then real steps and region toggles on the map (the
    // list of places is closed until asked for).
    // "None of these" on each of the two pages of warning signs.
    let script: [(Kind, &str, String); 9] = [
        (
            Kind::FirstNext,
            "[data-action=next]",
            format!("{} !== null", q(".ims-error-summary")),
        ),
        (Kind::Answer, none, format!("{}?.checked === true", q(none))),
        (Kind::Next, "[data-action=next]", page_is("warning-more")),
        (Kind::Answer, none, format!("{}?.checked === true", q(none))),
        (Kind::Next, "[data-action=next]", step_is("where")),
        (
            Kind::Region,
            "path[role=checkbox][data-region=\"knee-left\"]",
            region("knee-left", true),
        ),
        (
            Kind::Region,
            "path[role=checkbox][data-region=\"shoulder-right\"]",
            region("shoulder-right", true),
        ),
        (
            Kind::Region,
            "path[role=checkbox][data-region=\"shoulder-right\"]",
            region("shoulder-right", false),
        ),
        // From the places to what goes with them.
        (Kind::Next, "[data-action=next]", page_is("about")),
    ];
    let mut samples = Vec::new();
    let mut first_input_ms = None;
    let mut toggle_trace = None;
    // The traced toggle goes just before the last Next, while the map shows.
    let traced_before = script.len() - 1;
    for (i, (kind, inner, effect)) in script.into_iter().enumerate() {
        if i == traced_before {
            toggle_trace = Some(traced_toggle(&page, &region)?);
        }
        let since = number(&page, "performance.now()", "marking time")?;
        ctx(
            page.eval(&WATCH_JS.replace("__EFFECT", &effect)),
            "watching for the effect",
        )?;
        ctx(
            page.click(&format!("{HOST} >>> {inner}")),
            &format!("clicking `{inner}`"),
        )?;
        ctx(
            page.wait_for(&effect, WAIT),
            &format!("waiting for the effect of clicking `{inner}` ({effect})"),
        )?;
        ctx(
            page.wait_for("window.__imsShown !== null", WAIT),
            "waiting for the frame that shows the effect",
        )?;
        let shown = number(
            &page,
            "window.__imsShown - window.__imsClick",
            "timing the frame that shows the effect",
        )?;
        let v = ctx(
            page.eval(&COLLECT_JS.replace("__SINCE", &since.to_string())),
            "collecting Event Timing entries",
        )?;
        if kind == Kind::FirstNext {
            first_input_ms = v["first"].as_f64();
        }
        samples.push(Sample {
            kind,
            latency: v["latency"].as_f64(),
            delay_ms: v["delay"].as_f64(),
            handlers_ms: v["handlers"].as_f64(),
            click_ms: v["click"].as_f64(),
            shown_ms: Some(shown),
        });
    }
    Ok(InlineRun {
        ready_ms,
        dom_content_loaded_ms,
        load_ms,
        wasm_response_end_ms,
        glue_start_ms,
        wasm_start_ms,
        first_input_ms,
        samples,
        toggle_trace,
    })
}

/// Toggles a region on the map once more, with a Chrome trace running (not
/// counted in the Event Timing samples: tracing slows the page a little).
fn traced_toggle(page: &Page, region: &dyn Fn(&str, bool) -> String) -> Result<ToggleTrace, Failure> {
    ctx(
        page.start_trace("devtools.timeline,disabled-by-default-devtools.timeline,blink"),
        "starting a trace",
    )?;
    std::thread::sleep(Duration::from_millis(200));
    let target = "path[role=checkbox][data-region=\"shoulder-right\"]";
    ctx(page.click(&format!("{HOST} >>> {target}")), "clicking a region, traced")?;
    ctx(
        page.wait_for(&region("shoulder-right", true), WAIT),
        "waiting for the traced toggle",
    )?;
    std::thread::sleep(Duration::from_millis(300));
    let events = ctx(page.stop_trace(), "stopping the trace")?;
    ToggleTrace::from_events(&events).ok_or_else(|| {
        Failure(format!(
            "bench: the trace of a region toggle ({} events) has no press, click and commit",
            events.len()
        ))
    })
}

// ---------------------------------------------------------------------------
// (e) Lighthouse, an independent view of the same pages

pub(super) struct LighthouseRun {
    pub(super) page: &'static str,
    pub(super) score: f64,
    pub(super) fcp_ms: f64,
    pub(super) lcp_ms: f64,
    pub(super) tbt_ms: f64,
    pub(super) cls: f64,
}

pub(super) fn measure_with_lighthouse(server: &Server) -> Result<Vec<LighthouseRun>, Failure> {
    println!("==> bench: (e) Lighthouse performance of the plain, launcher and inline pages");
    let mut runs = Vec::new();
    for page in ["bench/plain.html", "bench/launcher.html", "bench/inline.html"] {
        let url = server.url(&format!("/{page}"));
        let report = ctx(
            lighthouse::audit(&setup::lighthouse_bin(), &setup::chrome_path(), &url, &["performance"]),
            &format!("Lighthouse on {page}"),
        )?;
        let metric = |id: &str| report["audits"][id]["numericValue"].as_f64().unwrap_or(f64::NAN);
        runs.push(LighthouseRun {
            page,
            score: report["categories"]["performance"]["score"]
                .as_f64()
                .unwrap_or(f64::NAN),
            fcp_ms: metric("first-contentful-paint"),
            lcp_ms: metric("largest-contentful-paint"),
            tbt_ms: metric("total-blocking-time"),
            cls: metric("cumulative-layout-shift"),
        });
    }
    Ok(runs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_are_split_into_widget_files_and_the_host_page() {
        let files = vec![
            sizes::FileSize {
                name: "ims-checker.js".into(),
                raw: 100,
                gzip: 60,
                brotli: 50,
            },
            sizes::FileSize {
                name: "launcher.css".into(),
                raw: 40,
                gzip: 30,
                brotli: 20,
            },
            sizes::FileSize {
                name: "demo.css".into(),
                raw: 10,
                gzip: 9,
                brotli: 8,
            },
        ];
        let o = "http://127.0.0.1:9";
        let urls: Vec<String> = [
            "/bench/launcher.html",
            "/ims-checker.js",
            "/launcher.css?x",
            "/demo.css",
        ]
        .iter()
        .map(|p| format!("{o}{p}"))
        .collect();
        let (widget, host) = classify(&urls, o, &files);
        assert_eq!(total(&widget), (140, 70));
        assert_eq!(host, vec!["/bench/launcher.html", "/demo.css"]);
    }
}
