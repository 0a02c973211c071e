//! Readability of what a visitor reads, in every language the widget
//! ships: the English at reading grade 8 or lower, French typography and
//! terms, and no prompt saying "optional" itself. (Each pack's sentence
//! limit is its validator's, `validate.rs`.)
use super::tests::shipped;
use super::texts;
use crate::base::lang::Lang;
use crate::protocol::default_protocol;

/// Flesch-Kincaid grade of an English text: 0.39 × words per sentence,
/// plus 11.8 × syllables per word, minus 15.59; syllables counted as groups
/// of vowels (a final silent "e" not counted). Rough, as every such formula,
/// but it catches long sentences and long words.
fn reading_grade(text: &str) -> (f64, usize) {
    let words: Vec<String> = text
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '\'' || c == '’'))
        .map(|w| {
            w.chars()
                .filter(char::is_ascii_alphabetic)
                .collect::<String>()
                .to_ascii_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    let syllables: usize = words
        .iter()
        .map(|w| {
            let mut groups = 0;
            let mut in_vowels = false;
            for c in w.chars() {
                let vowel = "aeiouy".contains(c);
                if vowel && !in_vowels {
                    groups += 1;
                }
                in_vowels = vowel;
            }
            if w.ends_with('e') && !w.ends_with("le") && groups > 1 {
                groups -= 1;
            }
            groups.max(1)
        })
        .sum();
    let ends = text
        .split(['.', '!', '?'])
        .filter(|part| !part.trim().is_empty())
        .count();
    let (n, sentences) = (words.len().max(1) as f64, ends.max(1) as f64);
    (0.39 * n / sentences + 11.8 * syllables as f64 / n - 15.59, words.len())
}

#[test]
fn reading_grade_counts_words_sentences_and_syllables() {
    // 4 words, 1 sentence, 4 syllables: 0.39 × 4 + 11.8 − 15.59.
    let (grade, words) = reading_grade("The cat sat down.");
    assert_eq!(words, 4);
    assert!((grade - (0.39 * 4.0 + 11.8 - 15.59)).abs() < 1e-9, "{grade}");
    // Long words raise the grade; shorter sentences lower it.
    assert!(reading_grade("Physiotherapists administer intramuscular stimulation.").0 > 12.0);
    assert!(
        reading_grade("We help. You rest. It is fine.").0 < reading_grade("We help and you rest and it is fine.").0
    );
}

/// Every text a visitor reads in `lang`, by its key in a pack (the
/// widget's words and the default protocol's texts; not the rules
/// sheet's, which are for the clinic's physiotherapist).
fn visitor_texts(lang: Lang) -> Vec<(String, String)> {
    let texts = match lang {
        Lang::EN => texts(&default_protocol()),
        _ => shipped(lang)
            .texts
            .iter()
            .map(|(k, t)| (k.clone(), t.clone()))
            .collect(),
    };
    texts
        .into_iter()
        .filter(|(key, _)| !key.starts_with("rules."))
        .collect()
}

/// The widget marks optional questions itself ("(optional)" after the
/// prompt), so no prompt may say it again, in any shipped language.
#[test]
fn prompts_leave_optional_to_the_widget() {
    let mut languages = vec![visitor_texts(Lang::EN)];
    for lang in Lang::SHIPPED.into_iter().filter(|lang| *lang != Lang::EN) {
        languages.push(
            shipped(lang)
                .texts
                .iter()
                .map(|(k, t)| (k.clone(), t.clone()))
                .collect(),
        );
    }
    for texts in languages {
        let optional = texts
            .iter()
            .find(|(key, _)| key == "words.optional")
            .map(|(_, t)| t.to_lowercase());
        let optional = optional.expect("every language has words.optional");
        let optional = optional.trim_matches(|c: char| !c.is_alphanumeric());
        for (key, text) in &texts {
            if key.ends_with(".prompt") {
                assert!(!text.to_lowercase().contains(optional), "{key}: {text}");
            }
        }
    }
}

/// Every English text of 10 words or more reads at grade 8 or lower,
/// all of them together lower still. Shorter labels are left out: the
/// formula means little for "Fibromyalgia".
#[test]
fn english_texts_read_at_grade_8_or_lower() {
    let texts = visitor_texts(Lang::EN);
    let hard: Vec<String> = texts
        .iter()
        .map(|(key, text)| (key, text, reading_grade(text)))
        .filter(|(_, _, (grade, words))| *words >= 10 && *grade > 8.0)
        .map(|(key, text, (grade, _))| format!("{grade:.1} {key}: {text}"))
        .collect();
    assert!(
        hard.is_empty(),
        "{} text(s) above grade 8:\n{}",
        hard.len(),
        hard.join("\n")
    );
    let all: Vec<&str> = texts.iter().map(|(_, t)| t.as_str()).collect();
    let (overall, _) = reading_grade(&all.join(" "));
    assert!(overall <= 6.0, "all texts together read at grade {overall:.1}");
}

/// French typography: a no-break space (U+00A0) before ":" and a narrow
/// no-break space (U+202F) before "?", "!" and ";", so the sign keeps its
/// space and never starts a line. The widget's own "X : Y" goes through
/// `colon`, which this checks too.
#[test]
fn french_has_a_no_break_space_before_two_part_punctuation() {
    let mut wrong = Vec::new();
    for (key, text) in visitor_texts(Lang::FR) {
        let mut before = None;
        for c in text.chars() {
            let space = match c {
                ':' => Some('\u{a0}'),
                '?' | '!' | ';' => Some('\u{202f}'),
                _ => None,
            };
            if space.is_some() && before != space {
                wrong.push(format!("{key}: {text}"));
                break;
            }
            before = Some(c);
        }
    }
    assert!(
        wrong.is_empty(),
        "{} French text(s) without the space:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// One French term for dry needling and one word for the check,
/// Canadian usage, and "Consultez", in every text a visitor reads.
#[test]
fn french_uses_one_term_for_each_thing() {
    for (key, text) in visitor_texts(Lang::FR) {
        for word in [
            "aiguilles sèches",
            "Voyez",
            "voyez",
            "oup du lapin",
            "vérification",
            " test",
            "sans rendez-vous",
        ] {
            assert!(!text.contains(word), "{key}: {word:?} in {text}");
        }
    }
}
