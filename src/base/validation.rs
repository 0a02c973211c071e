//! What the validators of a protocol and of a clinic configuration share: a
//! problem with the path to it, the collector that lists every problem rather
//! than stopping at the first, and the length limits of texts.

use core::fmt;

use crate::base::text::join;

/// One problem in a protocol or clinic configuration: where, and what to fix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationError {
    /// e.g. `questions[4].answers[1].level`.
    pub path: String,
    pub problem: String,
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.problem)
    }
}

/// Collects problems as validation walks a model. The protocol's own checks
/// (texts, sources, levels) are in `protocol::validate`.
#[derive(Default)]
pub(crate) struct Problems(pub(crate) Vec<ValidationError>);

impl Problems {
    pub(crate) fn add(&mut self, path: impl Into<String>, problem: impl Into<String>) {
        self.push(path.into(), problem.into());
    }

    /// One copy of the push for every `add`, which the compiler would
    /// otherwise inline at each of the many call sites.
    #[inline(never)]
    fn push(&mut self, path: String, problem: String) {
        self.0.push(ValidationError { path, problem });
    }

    /// A non-empty single string of at most `max_chars` characters (new lines allowed).
    pub(crate) fn plain_string(&mut self, path: &str, value: &str, max_chars: usize) {
        let length = value.chars().count();
        if value.trim().is_empty() {
            self.add(path, "is empty; write the text");
        } else if length > max_chars {
            self.add(
                path,
                format!("is {length} characters long; keep it to {max_chars} or fewer"),
            );
        }
        if value.chars().any(|c| c.is_control() && c != '\n') {
            self.add(path, "contains a control character (only new lines are allowed)");
        }
    }

    /// Ids are short lowercase words joined by hyphens, like `not-sure`.
    pub(crate) fn id(&mut self, path: &str, id: &str) {
        let well_formed = !id.is_empty()
            && id.len() <= 64
            && !id.starts_with('-')
            && !id.ends_with('-')
            && !id.as_bytes().windows(2).any(|pair| pair == b"--")
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !well_formed {
            self.add(
                path,
                format!("id \"{id}\" must be 1 to 64 lowercase letters, digits and single hyphens, like \"not-sure\""),
            );
        }
    }
}

/// The known ids, for a message: `a, b, c`.
pub(crate) fn known<const N: usize>(ids: [&str; N]) -> String {
    join(&ids, ", ")
}

/// Longest texts, in characters: enough for plain sentences, short enough
/// that a mistake (a whole page pasted in) is caught.
pub(crate) const MAX_LABEL: usize = 300;
pub(crate) const MAX_PARAGRAPH: usize = 1000;
