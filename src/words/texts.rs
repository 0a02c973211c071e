//! Fixed strings named by key ([`Texts`]), and `words_struct!`, which
//! declares a words struct and its keys from one list of its fields.

/// Fixed strings named by key, which a language pack translates: the
/// widget's words and the rules sheet's.
pub trait Texts: Copy {
    /// Calls `each` with every string's key (its field's name, `name.<n>` in
    /// a list) and the string. `words_struct!` writes it from the struct's
    /// own fields, so a new text is keyed (and so checked and translated) as
    /// soon as it is declared.
    fn each_text(&mut self, each: &mut dyn FnMut(&str, &mut &'static str));

    /// Every string by key, in [`Texts::each_text`]'s order.
    fn entries(&self) -> Vec<(String, &'static str)> {
        let mut out = Vec::new();
        let mut copy = *self;
        copy.each_text(&mut |key, text| out.push((key.to_string(), *text)));
        out
    }

    /// These strings with each one `text` gives for `<prefix>.<key>` in its
    /// place, kept for the page's life (as the checker that loads them is:
    /// it loads each language once).
    fn replaced(mut self, prefix: &str, text: &dyn Fn(&str) -> Option<String>) -> Self {
        self.each_text(&mut |key, slot| {
            if let Some(text) = text(&format!("{prefix}.{key}")) {
                *slot = Box::leak(text.into_boxed_str());
            }
        });
        self
    }
}

/// Calls `each` with every string of named lists, keyed `name.<n>`.
pub(crate) fn each_in_lists<const N: usize>(
    lists: [(&str, &mut [&'static str]); N],
    each: &mut dyn FnMut(&str, &mut &'static str),
) {
    for (name, list) in lists {
        for (n, text) in list.iter_mut().enumerate() {
            each(&format!("{name}.{n}"), text);
        }
    }
}

/// Declares a words struct and its [`Texts`] from one list of fields:
///
/// ```text
/// words_struct! {
///     /// The struct's docs and derives.
///     pub struct Words {
///         // The fields that are not texts, set in code, never by a pack.
///         pub lang: Lang,
///     }
///     texts {
///         /// A text, keyed by its field's name: `widget_name`.
///         pub widget_name: &'static str,
///         /// A list, each keyed `step_titles.<n>`.
///         pub step_titles: [&'static str; 4],
///         /// A list whose last ones no pack writes: `step_intros.0` to `.2`.
///         pub step_intros: [&'static str; 4] keyed ..3,
///     }
/// }
/// ```
///
/// The keys are the texts in their order, then the lists in theirs. The
/// code stays small: one static table of the texts' keys beside one array
/// of their slots (a list of `(key, slot)` pairs built at each call was
/// about 1.5 KB more wasm), and the lists keyed as they are walked.
macro_rules! words_struct {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$fixed_meta:meta])* pub $fixed:ident: $fixed_type:ty, )*
        }
        texts {
            $(
                $(#[$field_meta:meta])*
                pub $field:ident: $( & $text:lifetime str )?
                    $( [& $list:lifetime str; $n:literal] $( keyed ..$keyed:literal )? )?,
            )*
        }
    ) => {
        $(#[$meta])*
        pub struct $name {
            $( $(#[$fixed_meta])* pub $fixed: $fixed_type, )*
            $( $(#[$field_meta])* pub $field: $( &$text str )? $( [&$list str; $n] )?, )*
        }

        impl $crate::words::texts::Texts for $name {
            fn each_text(&mut self, each: &mut dyn FnMut(&str, &mut &'static str)) {
                const KEYS: &[&str] = &[$( $( $crate::words::texts::given!($text stringify!($field)), )? )*];
                let slots: [&mut &'static str; KEYS.len()] =
                    [$( $( $crate::words::texts::given!($text &mut self.$field), )? )*];
                for (key, slot) in KEYS.iter().zip(slots) {
                    each(key, slot);
                }
                $crate::words::texts::each_in_lists(
                    [$( $(
                        $crate::words::texts::given!(
                            $list (stringify!($field), &mut self.$field[..$($keyed)?])
                        ),
                    )? )*],
                    each,
                );
            }
        }
    };
}
pub(crate) use words_struct;

/// `$then`, written where the field's kind (the lifetime of its text or
/// list) was given: what picks the texts apart from the lists in
/// `words_struct!`.
macro_rules! given {
    ($kind:lifetime $($then:tt)*) => {
        $($then)*
    };
}
pub(crate) use given;
