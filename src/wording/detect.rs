//! Which language a sign is in, told by each language's common words
//! (`locales/<lang>/detect.txt`): a few dozen words are enough for the short
//! texts of signs, and no model or extra crate is needed.

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::lang::Lang;
use crate::wording::text::{TokenKind, Tokens};

/// The fewest words a text must share with a language's list before it
/// counts as that language: one word ("die", "de") is too easily shared.
const MIN_HITS: usize = 2;

/// Each language's detection words, in lower case.
fn word_lists() -> &'static [(Lang, HashSet<String>)] {
    static LISTS: OnceLock<Vec<(Lang, HashSet<String>)>> = OnceLock::new();
    LISTS.get_or_init(|| {
        Lang::ALL
            .into_iter()
            .map(|lang| (lang, words_of(lang.detection_words())))
            .collect()
    })
}

/// The words of a list of one a line, without its comments and blank lines.
fn words_of(list: &str) -> HashSet<String> {
    list.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(str::to_lowercase)
        .collect()
}

/// The language `text` is most likely in, or `None` when it is too short or
/// too mixed to tell: it needs `MIN_HITS` words of one language's list and
/// more of them than of any other's.
pub fn detect(text: &str) -> Option<Lang> {
    let tokens = Tokens::new(text);
    let mut scores: Vec<(Lang, usize)> = word_lists()
        .iter()
        .map(|(lang, words)| {
            let hits = (0..tokens.len())
                .filter(|&i| tokens.kind(i) == TokenKind::Word && words.contains(tokens.lower(i)))
                .count();
            (*lang, hits)
        })
        .collect();
    scores.sort_by_key(|&(_, hits)| std::cmp::Reverse(hits));
    // A sign of one or two words ("Ausgang", "Staff only") is told by its
    // words when they are one language's alone.
    let words = (0..tokens.len())
        .filter(|&i| tokens.kind(i) == TokenKind::Word)
        .count();
    let needed = MIN_HITS.min(words).max(1);
    match scores[..] {
        [(best, hits), (_, second), ..] if hits >= needed && hits > second => Some(best),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_a_word_list() {
        assert_eq!(word_lists().len(), Lang::ALL.len());
        assert!(word_lists().iter().all(|(_, words)| words.len() > 30));
    }

    #[test]
    fn a_tie_is_not_a_language() {
        assert_eq!(detect(""), None);
        assert_eq!(detect("Toilet"), None);
    }

    #[test]
    fn a_sign_of_one_word_is_told_by_a_word_of_one_language_alone() {
        assert_eq!(detect("Kasse"), Some(Lang::De));
        assert_eq!(detect("Bitte warten"), Some(Lang::De));
        // "de" is Dutch, and French too.
        assert_eq!(detect("De"), None);
    }
}
