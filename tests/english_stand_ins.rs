//! The widget's wasm has no English texts (`en!`, `base/english.rs`); where
//! `en_or!` keeps a text's placeholders in their stead, the stand-in must be
//! exactly the text's placeholders, or every pack's check against it fails.

/// Each `en_or!("text", "stand-in")` of a source file.
fn stand_ins(source: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut rest = source;
    while let Some(at) = rest.find("en_or!(") {
        rest = &rest[at + "en_or!(".len()..];
        let (Some(text), after) = literal(rest) else { continue };
        let after = after.trim_start().trim_start_matches(',').trim_start();
        if let (Some(stand_in), _) = literal(after) {
            found.push((text, stand_in));
        }
    }
    found
}

/// The string literal at the start of `text`, unescaped as Rust would
/// (`\u{a0}` and `\"` are all these files use), and what follows it.
fn literal(text: &str) -> (Option<String>, &str) {
    let Some(body) = text.strip_prefix('"') else {
        return (None, text);
    };
    let mut out = String::new();
    let mut chars = body.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return (Some(out), &body[i + 1..]),
            '\\' => match chars.next() {
                Some((_, 'u')) => {
                    let hex: String = chars
                        .by_ref()
                        .map(|(_, c)| c)
                        .skip(1)
                        .take_while(|c| *c != '}')
                        .collect();
                    out.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
                }
                Some((_, escaped)) => out.push(escaped),
                None => break,
            },
            c => out.push(c),
        }
    }
    (None, text)
}

fn placeholders(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let (Some(open), Some(close)) = (rest.find('{'), rest.find('}')) {
        if close < open {
            rest = &rest[close + 1..];
            continue;
        }
        out.push_str(&rest[open..=close]);
        rest = &rest[close + 1..];
    }
    out
}

#[test]
fn each_stand_in_is_its_texts_placeholders() {
    let source = std::fs::read_to_string("src/words/english.rs").expect("src/words/english.rs");
    let found = stand_ins(&source);
    assert!(
        found.len() > 20,
        "found only {} stand-ins: is the scan still right?",
        found.len()
    );
    for (text, stand_in) in found {
        assert_eq!(stand_in, placeholders(&text), "the stand-in of {text:?}");
    }
}

#[test]
fn the_scan_reads_escapes_as_rust_does() {
    let found = stand_ins(r#"a: en_or!("operation\u{a0}{n}", "{n}"), b: en_or!("say \"{x}\"", "{x}")"#);
    assert_eq!(
        found,
        [
            ("operation\u{a0}{n}".to_string(), "{n}".to_string()),
            ("say \"{x}\"".to_string(), "{x}".to_string())
        ]
    );
    assert_eq!(placeholders("operation\u{a0}{n} of {total}"), "{n}{total}");
}
