//! Where long words may break: Knuth–Liang patterns from hyph-utf8, as the
//! hyphenation crate compiles them, embedded for the languages of signs.

use std::sync::OnceLock;

use hyphenation::{Hyphenator, Language, Load, Standard};

/// Dictionaries, by the language code of a sign.
const DICTIONARIES: [(&str, Language, &[u8]); 4] = [
    (
        "nl",
        Language::Dutch,
        include_bytes!("../../../assets/hyphenation/nl.standard.bincode"),
    ),
    (
        "de",
        Language::German1996,
        include_bytes!("../../../assets/hyphenation/de-1996.standard.bincode"),
    ),
    (
        "en",
        Language::EnglishUS,
        include_bytes!("../../../assets/hyphenation/en-us.standard.bincode"),
    ),
    (
        "fr",
        Language::French,
        include_bytes!("../../../assets/hyphenation/fr.standard.bincode"),
    ),
];

/// Hyphenation patterns for a language code (`nl`, `nl-BE`), if streep has
/// them.
pub fn dictionary(code: &str) -> Option<&'static Standard> {
    static LOADED: [OnceLock<Option<Standard>>; 4] = [const { OnceLock::new() }; 4];
    let language = code.split(['-', '_']).next().unwrap_or_default();
    let index = DICTIONARIES
        .iter()
        .position(|(known, _, _)| known.eq_ignore_ascii_case(language))?;
    LOADED[index]
        .get_or_init(|| {
            let (_, language, mut bytes) = DICTIONARIES[index];
            Standard::from_reader(language, &mut bytes).ok()
        })
        .as_ref()
}

/// The pieces a word may be broken into, in order; one piece when it may not
/// be broken.
pub fn syllables<'w>(dictionary: &Standard, word: &'w str) -> Vec<&'w str> {
    let lower = word.to_lowercase();
    // Byte offsets of the lower-case word only fit the word itself when
    // lower-casing kept every character's length.
    if lower.len() != word.len() {
        return vec![word];
    }
    let breaks = dictionary.hyphenate(&lower).breaks;
    let mut pieces = Vec::with_capacity(breaks.len() + 1);
    let mut start = 0;
    for at in breaks {
        if word.is_char_boundary(at) && at > start {
            pieces.push(&word[start..at]);
            start = at;
        }
    }
    pieces.push(&word[start..]);
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaks_long_dutch_and_german_words() {
        let dutch = dictionary("nl").unwrap();
        let pieces = syllables(dutch, "klantvriendelijkheidsmedewerkers");
        assert!(pieces.len() >= 5, "{pieces:?}");
        assert_eq!(pieces.concat(), "klantvriendelijkheidsmedewerkers");

        assert!(dictionary("nl-BE").is_some());
        let german = dictionary("DE").unwrap();
        assert!(syllables(german, "Wartebereich").len() >= 3);
        assert!(dictionary("xx").is_none());
    }
}
