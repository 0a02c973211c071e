//! What the validators of a protocol, a clinic configuration and a language
//! pack share: a problem with the path to it, the collector that lists every
//! problem rather than stopping at the first, the problems of any text or
//! id, and the length limits of texts.
//!
//! Each validator names its problems in its own enum (`ProtocolProblem`,
//! `ConfigProblem`, `PackProblem`); their `Display` is the one place their
//! English lives, so a tool that words them otherwise (the configurator)
//! matches on the kind, never on the words.

use core::fmt;

use crate::base::text::{join, split_once};

/// One problem in a protocol, clinic configuration or pack: where, and what
/// to fix (`P`, the validator's kind of problem).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationError<P> {
    /// e.g. `questions[4].answers[1].level`.
    pub path: String,
    pub problem: P,
}

impl<P: fmt::Display> fmt::Display for ValidationError<P> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.problem)
    }
}

/// What can be wrong with any text or id, whoever checks it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TextProblem {
    Empty,
    TooLong {
        length: usize,
        max: usize,
    },
    /// A control character other than a new line.
    ControlCharacter,
    MalformedId {
        id: String,
    },
}

impl fmt::Display for TextProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TextProblem::Empty => f.write_str("is empty; write the text"),
            TextProblem::TooLong { length, max } => {
                write!(f, "is {length} characters long; keep it to {max} or fewer")
            }
            TextProblem::ControlCharacter => f.write_str("contains a control character (only new lines are allowed)"),
            TextProblem::MalformedId { id } => fill(
                f,
                "id \"{}\" must be 1 to 64 lowercase letters, digits and single hyphens, like \"not-sure\"",
                &[id],
            ),
        }
    }
}

/// `template` with each `{}` in it replaced by the next of `values`: one
/// copy of the formatting for the many problems the widget may show, where
/// a `write!` each would cost the widget's size.
#[inline(never)]
pub(crate) fn fill(f: &mut fmt::Formatter<'_>, template: &str, values: &[&str]) -> fmt::Result {
    let mut values = values.iter();
    let mut rest = template;
    while let Some((before, after)) = split_once(rest, "{}") {
        f.write_str(before)?;
        f.write_str(values.next().copied().unwrap_or_default())?;
        rest = after;
    }
    f.write_str(rest)
}

/// Collects problems as validation walks a model. The protocol's own checks
/// (texts, sources, levels) are in `protocol::validate`.
pub(crate) struct Problems<P>(pub(crate) Vec<ValidationError<P>>);

impl<P> Default for Problems<P> {
    fn default() -> Self {
        Problems(Vec::new())
    }
}

impl<P: From<TextProblem>> Problems<P> {
    pub(crate) fn add(&mut self, path: impl Into<String>, problem: P) {
        self.push(path.into(), problem);
    }

    /// One copy of the push for every `add`, which the compiler would
    /// otherwise inline at each of the many call sites.
    #[inline(never)]
    fn push(&mut self, path: String, problem: P) {
        self.0.push(ValidationError { path, problem });
    }

    /// A non-empty single string of at most `max_chars` characters (new lines allowed).
    pub(crate) fn plain_string(&mut self, path: &str, value: &str, max_chars: usize) {
        let (size, control) = plain_string_problems(value, max_chars);
        if let Some(problem) = size {
            self.add(path, problem.into());
        }
        if let Some(problem) = control {
            self.add(path, problem.into());
        }
    }

    /// Ids are short lowercase words joined by hyphens, like `not-sure`.
    pub(crate) fn id(&mut self, path: &str, id: &str) {
        if !is_id(id) {
            self.add(path, TextProblem::MalformedId { id: id.to_string() }.into());
        }
    }
}

/// The problems of [`Problems::plain_string`], out of the generic collector
/// so that one copy serves every validator.
fn plain_string_problems(value: &str, max_chars: usize) -> (Option<TextProblem>, Option<TextProblem>) {
    let length = value.chars().count();
    let size = if value.trim().is_empty() {
        Some(TextProblem::Empty)
    } else if length > max_chars {
        Some(TextProblem::TooLong { length, max: max_chars })
    } else {
        None
    };
    let control = value
        .chars()
        .any(|c| c.is_control() && c != '\n')
        .then_some(TextProblem::ControlCharacter);
    (size, control)
}

fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.as_bytes().windows(2).any(|pair| pair == b"--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The known ids, for a message: `a, b, c`.
pub(crate) fn known<const N: usize>(ids: [&str; N]) -> String {
    join(&ids, ", ")
}

/// Longest texts, in characters: enough for plain sentences, short enough
/// that a mistake (a whole page pasted in) is caught.
pub(crate) const MAX_LABEL: usize = 300;
pub(crate) const MAX_PARAGRAPH: usize = 1000;
