//! Loading a configuration to edit it: a configuration file, or the code a
//! page carries (the element's attributes, its inline JSON, the theme's
//! rule and the loader's script tag). The browser edge parses the HTML and
//! the JSON as the widget does (`DOMParser`, the widget's own inline-JSON
//! reader); here is what is made of the pieces, as the widget reads them:
//! the element's attributes take precedence over its JSON.

use ims_checker::base::validation::ValidationError;
use ims_checker::config::{ClinicConfigModel, ConfigModel, Entries};
use ims_checker::protocol::model::TextModel;

use crate::settings::{tree, Loaded, Look, Mode};

/// What the browser found in pasted HTML.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Pasted {
    /// The first `<ims-checker>`'s attributes, if there is one.
    pub element: Option<Vec<(String, String)>>,
    /// The text of the `<script type="application/json">` its `config` names.
    pub json: Option<String>,
    /// The text of the page's `<style>` elements.
    pub style: String,
    /// The `src` of a script tag loading `ims-checker.js`.
    pub src: Option<String>,
}

/// Pasted HTML without its `<style>` elements, and their text: the page's
/// Content-Security-Policy forbids inline styles, and the browser checks
/// them even in a document it only parses.
pub fn without_styles(html: &str) -> (String, String) {
    let lower = html.to_ascii_lowercase();
    let (mut rest, mut styles) = (String::new(), String::new());
    let mut at = 0;
    while let Some(open) = lower[at..].find("<style").map(|i| i + at) {
        rest.push_str(&html[at..open]);
        let Some(body) = lower[open..].find('>').map(|i| i + open + 1) else {
            at = html.len();
            break;
        };
        let close = lower[body..].find("</style").map_or(html.len(), |i| i + body);
        styles.push_str(&html[body..close]);
        styles.push('\n');
        at = lower[close..].find('>').map_or(html.len(), |i| i + close + 1);
    }
    rest.push_str(&html[at.min(html.len())..]);
    (rest, styles)
}

/// Whether pasted text is a configuration file (JSON) rather than a page's code.
pub fn is_json(text: &str) -> bool {
    text.trim_start().starts_with('{')
}

/// A model the widget's reader filled (its maps in sorted lists) as the
/// tool's model.
pub fn tool_model<Levels, Overrides>(model: ConfigModel<Levels, Overrides>) -> ClinicConfigModel
where
    Levels: Entries<Value = String>,
    Overrides: Entries<Value = TextModel>,
{
    ClinicConfigModel {
        stricter_levels: tree(model.stricter_levels.entries().map(|(k, v)| (k, v.clone()))),
        text_overrides: tree(model.text_overrides.entries().map(|(k, v)| (k, v.clone()))),
        clinic_name: model.clinic_name,
        booking_url: model.booking_url,
        phone: model.phone,
        email: model.email,
        emergency_number: model.emergency_number,
        nurse_line: model.nurse_line,
        coverage: model.coverage,
        referral: model.referral,
        languages: model.languages,
        rows_turned_off: model.rows_turned_off,
        review: model.review,
        look: model.look,
        schema: model.schema,
    }
}

/// A settings file read: its model (if it was JSON at all) and what its
/// reading found wrong. Its `look` is how the checker shows (a file from
/// before the settings file kept it has none: the look stays as it is).
pub fn from_file(from: &str, model: Option<ClinicConfigModel>, problems: &[ValidationError<String>]) -> Loaded {
    let mut problems: Vec<String> = problems.iter().map(plain_reading_problem).collect();
    let mut config = model;
    let look = config
        .as_mut()
        .and_then(|config| config.look.take())
        .map(|look| Look::from_model(&look, &mut problems));
    Loaded {
        from: from.to_string(),
        config,
        look,
        folder: None,
        problems,
    }
}

/// A page's code read: `model` is its inline JSON as read (or none), which
/// the element's attributes then override, as in the widget.
pub fn from_code(
    from: &str,
    pasted: &Pasted,
    model: Option<ClinicConfigModel>,
    problems: &[ValidationError<String>],
) -> Loaded {
    let mut problems: Vec<String> = problems.iter().map(plain_reading_problem).collect();
    let Some(attributes) = &pasted.element else {
        problems.insert(
            0,
            "There is no <ims-checker> element in it. Paste the whole code from your page, or your configuration file."
                .to_string(),
        );
        return Loaded {
            from: from.to_string(),
            config: None,
            look: None,
            folder: None,
            problems,
        };
    };
    let attribute = |name: &str| {
        attributes
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.clone())
            .filter(|v| !v.trim().is_empty())
    };
    if attribute("config").is_some() && pasted.json.is_none() {
        problems.push(format!(
            "The element names its settings “{}”, but no <script type=\"application/json\"> with that id came with it, \
             so only the element's own settings were loaded.",
            attribute("config").unwrap_or_default()
        ));
    }
    let mut config = model.unwrap_or_default();
    // The page's code shows its look by its attributes and style rule alone.
    config.look = None;
    config.take_attributes(attribute);
    let look = Look {
        mode: if attribute("mode").as_deref() == Some("launcher") {
            Mode::Launcher
        } else {
            Mode::Inline
        },
        launcher_label: attribute("launcher-label").unwrap_or_default(),
        accent: custom_property(&pasted.style, "--ims-accent").unwrap_or_default(),
        font: custom_property(&pasted.style, "--ims-font").unwrap_or_default(),
        radius: custom_property(&pasted.style, "--ims-radius").unwrap_or_default(),
    };
    Loaded {
        from: from.to_string(),
        config: Some(config),
        look: Some(look),
        folder: pasted.src.as_deref().and_then(folder_of),
        problems,
    }
}

/// The value of a custom property in a style sheet's text: what follows
/// `name:` up to the next `;` or `}`.
pub fn custom_property(style: &str, name: &str) -> Option<String> {
    let (_, rest) = style.split_once(&format!("{name}:"))?;
    let value = rest.split([';', '}']).next().unwrap_or("").trim();
    (!value.is_empty()).then(|| value.to_string())
}

/// The folder of a loader's address: `/a/ims-checker.js` → `/a/`.
pub fn folder_of(src: &str) -> Option<String> {
    src.strip_suffix("ims-checker.js")
        .filter(|folder| folder.is_empty() || folder.ends_with('/'))
        .map(|folder| if folder.is_empty() { "./" } else { folder }.to_string())
}

/// What the widget's reader says of a file, in plain words.
fn plain_reading_problem(error: &ValidationError<String>) -> String {
    let problem = error.problem.as_str();
    let path = error.path.as_str();
    if let Some(reason) = problem.strip_prefix("not valid JSON: ") {
        return format!("It is not a configuration file: the browser cannot read it as JSON ({reason}).");
    }
    if problem.starts_with("expected an object") && path == "config" {
        return "It is not a configuration file: it should start with { and hold the settings.".into();
    }
    if problem.starts_with("unknown field") {
        return format!("“{path}” is not a setting the checker knows, so it was not loaded. Check its spelling.");
    }
    if problem.starts_with("unknown language; expected en and fr") {
        return format!(
            "“{path}”: these texts are written in English (en) and French (fr) only, so it was not loaded."
        );
    }
    if problem.starts_with("missing; give the text") {
        return format!("“{path}” is missing: give the text in both English (en) and French (fr).");
    }
    if let Some(found) = problem.strip_prefix("expected ") {
        let (wanted, got) = found.split_once(", found ").unwrap_or((found, "something else"));
        return format!("“{path}” should be {wanted}, but it is {got}, so it was not loaded.");
    }
    format!("{path}: {problem}")
}

#[cfg(test)]
mod tests {
    use ims_checker::base::sorted_map::SortedMap;

    use super::*;

    fn pasted() -> Pasted {
        Pasted {
            element: Some(vec![
                ("config".into(), "clinic-config".into()),
                ("mode".into(), "launcher".into()),
                ("launcher-label".into(), "Is IMS for me?".into()),
                ("clinic-name".into(), "From the attribute".into()),
                ("phone".into(), "604-555-0142".into()),
                ("email".into(), " ".into()),
            ]),
            json: Some("{}".into()),
            style: "ims-checker { --ims-accent: #7b2d8b; --ims-font: \"Lato\", sans-serif; --ims-radius: 6px; }".into(),
            src: Some("/ims-checker-0.1.0/ims-checker.js".into()),
        }
    }

    #[test]
    fn the_elements_attributes_take_precedence_over_its_json() {
        let json = ClinicConfigModel {
            clinic_name: "From the JSON".into(),
            phone: Some("000".into()),
            email: Some("front@example.com".into()),
            nurse_line: Some("811".into()),
            ..ClinicConfigModel::default()
        };
        let loaded = from_code("the code you pasted", &pasted(), Some(json), &[]);
        let config = loaded.config.expect("read");
        assert_eq!(config.clinic_name, "From the attribute");
        assert_eq!(config.phone.as_deref(), Some("604-555-0142"));
        assert_eq!(
            config.email.as_deref(),
            Some("front@example.com"),
            "an empty attribute is no setting"
        );
        assert_eq!(config.nurse_line.as_deref(), Some("811"));
        assert_eq!(
            loaded.look,
            Some(Look {
                mode: Mode::Launcher,
                launcher_label: "Is IMS for me?".into(),
                accent: "#7b2d8b".into(),
                font: "\"Lato\", sans-serif".into(),
                radius: "6px".into(),
            })
        );
        assert_eq!(loaded.folder.as_deref(), Some("/ims-checker-0.1.0/"));
        assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    }

    #[test]
    fn what_cannot_be_loaded_is_said() {
        let mut no_json = pasted();
        no_json.json = None;
        let loaded = from_code("the code you pasted", &no_json, None, &[]);
        assert!(
            loaded.problems[0].contains("names its settings “clinic-config”"),
            "{loaded:?}"
        );
        assert_eq!(
            loaded.config.map(|c| c.clinic_name).as_deref(),
            Some("From the attribute")
        );

        let loaded = from_code("the code you pasted", &Pasted::default(), None, &[]);
        assert!(loaded.problems[0].starts_with("There is no <ims-checker> element"));
        assert_eq!(loaded.config, None);

        let problems = [
            ValidationError {
                path: "colour".into(),
                problem: "unknown field; expected one of: clinic-name".into(),
            },
            ValidationError {
                path: "phone".into(),
                problem: "expected text, found a number".into(),
            },
            ValidationError {
                path: "config".into(),
                problem: "not valid JSON: Unexpected token".into(),
            },
        ];
        let loaded = from_file("the file x.json", None, &problems);
        assert_eq!(
            loaded.problems,
            [
                "“colour” is not a setting the checker knows, so it was not loaded. Check its spelling.",
                "“phone” should be text, but it is a number, so it was not loaded.",
                "It is not a configuration file: the browser cannot read it as JSON (Unexpected token).",
            ]
        );
    }

    #[test]
    fn styles_are_taken_out_of_pasted_html() {
        let (rest, styles) =
            without_styles("<p>a</p><STYLE media=x>ims-checker { --ims-radius: 0 }</Style>\n<p>b</p><style>c");
        assert_eq!(rest, "<p>a</p>\n<p>b</p>");
        assert_eq!(styles, "ims-checker { --ims-radius: 0 }\nc\n");
        assert_eq!(without_styles("no style"), ("no style".to_string(), String::new()));
    }

    #[test]
    fn the_widgets_model_becomes_the_tools() {
        let mut model: ConfigModel<SortedMap<String>, SortedMap<TextModel>> = ConfigModel {
            clinic_name: "x".into(),
            ..ConfigModel::default()
        };
        model.stricter_levels.insert("b/y".into(), "urgent".into());
        model.stricter_levels.insert("a/y".into(), "urgent".into());
        model
            .text_overrides
            .insert("text:privacy".into(), TextModel::new("a").with("pa", "b"));
        let tool = tool_model(model);
        assert_eq!(tool.stricter_levels.keys().collect::<Vec<_>>(), ["a/y", "b/y"]);
        assert_eq!(tool.text_overrides["text:privacy"], TextModel::new("a").with("pa", "b"));
        assert!(is_json("  {\"clinic-name\": 1}") && !is_json("<ims-checker>"));
        assert_eq!(
            folder_of("https://cdn.example/x/ims-checker.js").as_deref(),
            Some("https://cdn.example/x/")
        );
        assert_eq!(folder_of("/x/other.js"), None);
        assert_eq!(
            custom_property("a { --ims-radius: 0 }", "--ims-radius").as_deref(),
            Some("0")
        );
    }
}
