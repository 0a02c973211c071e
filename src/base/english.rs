//! [`en!`]: an English text built into the crate, or an empty one where the
//! `english` feature is off (the widget's wasm, which reads English as a pack,
//! `lang/en.json`, like any other language). [`en_or!`] keeps a stand-in
//! where an empty text would not do.

#[cfg(feature = "english")]
macro_rules! en {
    ($text:literal) => {
        $text
    };
}

#[cfg(not(feature = "english"))]
macro_rules! en {
    ($text:literal) => {
        ""
    };
}

/// [`en!`] for a text that must still say something without the English: a
/// text with placeholders keeps them alone (a pack's are checked against
/// them), and a source a stand-in unique to its table row (sources are
/// compared to tell a question's own from an answer's, which decides keys).
#[cfg(feature = "english")]
macro_rules! en_or {
    ($text:literal, $stand_in:literal) => {
        $text
    };
}

#[cfg(not(feature = "english"))]
macro_rules! en_or {
    ($text:literal, $stand_in:literal) => {
        $stand_in
    };
}

pub(crate) use {en, en_or};

/// Whether the English texts are built in (see [`en!`]).
pub const BUILT_IN: bool = cfg!(feature = "english");
