//! The JSON the configurator writes: the configuration file and the inline
//! block of the snippet. Keys keep the order they are given in (a
//! configuration's in the order of [`ims_checker::config::FIELDS`]), and no
//! JSON library ships in the configurator's wasm: reading goes through the
//! browser's `JSON.parse`, as in the widget.

/// A JSON value of the kinds a configuration holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Json {
    Text(String),
    List(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// Where the JSON goes: a file of its own, or inside a `<script>` element of
/// an HTML page, where `<`, `>` and `&` are written as `\u003c`, `\u003e`
/// and `\u0026` so that no text can end the element or open a comment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    File,
    Html,
}

impl Json {
    pub fn text(text: &str) -> Json {
        Json::Text(text.to_string())
    }

    /// Indented by two spaces a level; a list of texts stays on one line,
    /// as the README writes `"languages": ["en", "fr"]`.
    pub fn pretty(&self, place: Place) -> String {
        let mut out = String::new();
        self.write(&mut out, 0, place);
        out
    }

    fn write(&self, out: &mut String, indent: usize, place: Place) {
        match self {
            Json::Text(text) => quote(text, out, place),
            Json::List(items) if items.iter().all(|item| matches!(item, Json::Text(_))) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    item.write(out, indent, place);
                }
                out.push(']');
            }
            Json::List(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    out.push_str(if i > 0 { ",\n" } else { "\n" });
                    push_indent(out, indent + 2);
                    item.write(out, indent + 2, place);
                }
                out.push('\n');
                push_indent(out, indent);
                out.push(']');
            }
            Json::Object(entries) if entries.is_empty() => out.push_str("{}"),
            Json::Object(entries) => {
                out.push('{');
                for (i, (key, value)) in entries.iter().enumerate() {
                    out.push_str(if i > 0 { ",\n" } else { "\n" });
                    push_indent(out, indent + 2);
                    quote(key, out, place);
                    out.push_str(": ");
                    value.write(out, indent + 2, place);
                }
                out.push('\n');
                push_indent(out, indent);
                out.push('}');
            }
        }
    }
}

fn push_indent(out: &mut String, indent: usize) {
    out.extend(std::iter::repeat_n(' ', indent));
}

/// `text` as a JSON string.
fn quote(text: &str, out: &mut String, place: Place) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' | '>' | '&' if place == Place::Html => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            // Line and paragraph separators end a line in older JavaScript.
            c if u32::from(c) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Json {
        Json::Object(vec![
            ("clinic-name".into(), Json::text("A \"quoted\" </script> & <!-- name")),
            ("languages".into(), Json::List(vec![Json::text("en"), Json::text("fr")])),
            (
                "coverage".into(),
                Json::Object(vec![("en".into(), Json::text("line\none\ttab\u{1}"))]),
            ),
            ("stricter-levels".into(), Json::Object(Vec::new())),
        ])
    }

    #[test]
    fn what_is_written_reads_back_as_the_same_value() {
        for place in [Place::File, Place::Html] {
            let text = sample().pretty(place);
            let read: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
            assert_eq!(read["clinic-name"], "A \"quoted\" </script> & <!-- name", "{text}");
            assert_eq!(read["coverage"]["en"], "line\none\ttab\u{1}");
            assert_eq!(read["languages"], serde_json::json!(["en", "fr"]));
            let keys: Vec<&String> = read.as_object().expect("object").keys().collect();
            assert_eq!(keys.len(), 4);
        }
    }

    #[test]
    fn in_html_no_text_can_end_the_script_element() {
        let text = sample().pretty(Place::Html);
        for found in ["<", ">", "&"] {
            assert!(!text.contains(found), "{found} in {text}");
        }
        let file = sample().pretty(Place::File);
        assert!(file.contains("</script> & <!--"), "{file}");
    }

    #[test]
    fn indented_by_two_with_lists_of_text_on_one_line() {
        let text = Json::Object(vec![
            ("a".into(), Json::text("x")),
            ("languages".into(), Json::List(vec![Json::text("en"), Json::text("fr")])),
            ("b".into(), Json::Object(vec![("en".into(), Json::text("y"))])),
        ])
        .pretty(Place::File);
        assert_eq!(
            text,
            "{\n  \"a\": \"x\",\n  \"languages\": [\"en\", \"fr\"],\n  \"b\": {\n    \"en\": \"y\"\n  }\n}"
        );
    }
}
