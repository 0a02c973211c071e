//! Small string helpers the widget uses instead of the standard library's
//! generic ones, which would bring more code into the wasm.

/// `text` with every `from` (not empty) replaced by `to`: `str::replace`
/// without the substring searcher it would bring into the widget, for the
/// short texts with placeholders here (`{date}`, `{n}`).
pub fn replace_all(text: &str, from: &str, to: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if !from.is_empty() && rest.starts_with(from) {
            out.push_str(to);
            rest = rest.get(from.len()..).unwrap_or_default();
        } else {
            out.push(c);
            rest = rest.get(c.len_utf8()..).unwrap_or_default();
        }
    }
    out
}

/// Where `needle` first starts in `text`: `str::find` without the substring
/// searcher, for the short patterns here.
pub fn find(text: &str, needle: &str) -> Option<usize> {
    text.char_indices()
        .map(|(at, _)| at)
        .find(|at| text.get(*at..).is_some_and(|rest| rest.starts_with(needle)))
}

/// `str::split_once` without the standard library's searcher (the same
/// parts for a `separator` that is not empty; `None` for an empty one).
pub fn split_once<'a>(text: &'a str, separator: &str) -> Option<(&'a str, &'a str)> {
    let at = find(text, separator).filter(|_| !separator.is_empty())?;
    Some((text.get(..at)?, text.get(at + separator.len()..)?))
}

/// `str::split` without the standard library's searcher (the same parts
/// for a `separator` that is not empty; `text` whole for an empty one).
pub fn split<'a>(text: &'a str, separator: &'a str) -> impl Iterator<Item = &'a str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let current = rest?;
        let (part, after) = split_once(current, separator).map_or((current, None), |(part, after)| (part, Some(after)));
        rest = after;
        Some(part)
    })
}

/// `items` with `separator` between them: `[..].join` without the two copies
/// of its specialised code the widget would carry (for `&str` and `String`).
pub fn join<S: AsRef<str>>(items: &[S], separator: &str) -> String {
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(item.as_ref());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn join_matches_slice_join() {
        assert_eq!(join(&["a", "b", "c"], ", "), ["a", "b", "c"].join(", "));
        assert_eq!(join(&[String::from("x")], " "), "x");
        assert_eq!(join::<&str>(&[], ", "), "");
    }

    #[test]
    fn find_matches_str_find() {
        for (text, needle) in [
            ("{day} {month} {year}", "{year}"),
            ("{year}年{month}{day}日", "{day}"),
            ("abc", "x"),
            ("", "a"),
        ] {
            assert_eq!(find(text, needle), text.find(needle), "{text:?} {needle:?}");
        }
    }

    #[test]
    fn split_and_split_once_match_str_split() {
        for (text, separator) in [
            ("bleeding/yes", "/"),
            ("zh-Hans", "-"),
            ("fr-", "-"),
            ("-a--b-", "-"),
            ("name@example.com", "@"),
            ("a@b@c", "@"),
            ("text-overrides.text:privacy", "."),
            ("日本-語", "-"),
            ("", "-"),
            ("none", "/"),
        ] {
            assert_eq!(split_once(text, separator), text.split_once(separator), "{text:?}");
            assert_eq!(
                split(text, separator).collect::<Vec<_>>(),
                text.split(separator).collect::<Vec<_>>(),
                "{text:?}"
            );
        }
        assert_eq!(split_once("abc", ""), None);
        assert_eq!(split("abc", "").collect::<Vec<_>>(), ["abc"]);
    }

    #[test]
    fn replace_all_matches_str_replace() {
        for (text, from, to) in [
            ("Step {n} of 4", "{n}", "2"),
            ("Call {number} · {number}", "{number}", "911"),
            ("à partir du {date}", "{date}", "28 février"),
            ("a \nb \n\n", " \n", "\n"),
            ("{{n}}", "{n}", "{n}"),
            ("no placeholder", "{n}", "x"),
            ("", "{n}", "x"),
        ] {
            assert_eq!(replace_all(text, from, to), text.replace(from, to), "{text:?}");
        }
    }
}
