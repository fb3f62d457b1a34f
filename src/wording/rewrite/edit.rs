//! The new text of one change: fragments a rule wrote and fragments it copied
//! from the text, put in the case of what they replace and joined with tidy
//! spacing.

use std::ops::Range;

use crate::wording::rewrite::provenance::Part;
use crate::wording::text::{Case, with_first_letter};

/// A piece of a change's new text.
pub enum Fragment {
    /// Text the rule wrote.
    Written(String),
    /// Text taken from `from` in the current text, perhaps inflected or recased.
    Copied { text: String, from: Range<usize> },
}

impl Fragment {
    fn text_mut(&mut self) -> &mut String {
        match self {
            Fragment::Written(text) | Fragment::Copied { text, .. } => text,
        }
    }
}

/// Puts the fragments in `case`, the case of the text they replace: all
/// capitals stay all capitals; a capital at the start stays at the start.
/// A written word that `keeps_capital` (given in lower case) keeps it even
/// where the text it replaces starts in lower case: "dein" → "Ihr".
pub fn apply_case(fragments: &mut [Fragment], case: Case, keeps_capital: impl Fn(&str) -> bool) {
    match case {
        Case::Upper => {
            for fragment in fragments.iter_mut() {
                let text = fragment.text_mut();
                *text = text.to_uppercase();
            }
        }
        Case::Capitalised | Case::Lower => {
            let first = fragments.iter_mut().find(|f| match f {
                Fragment::Written(text) | Fragment::Copied { text, .. } => {
                    text.chars().any(char::is_alphabetic)
                }
            });
            match (first, case) {
                (Some(fragment), Case::Capitalised) => {
                    let text = fragment.text_mut();
                    *text = with_first_letter(text, true);
                }
                // A rule's own words follow the case of the text; a copied
                // word keeps its own (it may be a name).
                (Some(Fragment::Written(text)), Case::Lower)
                    if !keeps_capital(&first_word(text).to_lowercase()) =>
                {
                    *text = with_first_letter(text, false);
                }
                _ => {}
            }
        }
        Case::None => {}
    }
}

/// The first word of `text`: its letters, up to the first other character.
fn first_word(text: &str) -> &str {
    let text = text.trim_start_matches(|c: char| !c.is_alphabetic());
    let end = text
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(text.len());
    &text[..end]
}

/// The joined text and its parts. Spaces are tidied where fragments meet: one
/// between words, none before closing punctuation, none at either end.
pub fn assemble(fragments: &[Fragment], current: &str) -> (String, Vec<Part>) {
    let mut out = String::new();
    let mut parts: Vec<Part> = Vec::new();
    let mut pending_space = false;
    let push_space_before =
        |out: &mut String, parts: &mut Vec<Part>, next: char, pending: &mut bool| {
            if *pending && !matches!(next, '.' | ',' | '!' | '?' | ';' | ':' | '…' | ')') {
                let at = out.len();
                out.push(' ');
                extend_written(parts, at..out.len());
            }
            *pending = false;
        };
    for fragment in fragments {
        match fragment {
            Fragment::Written(text) => {
                for c in text.chars() {
                    if c == ' ' {
                        pending_space = !out.is_empty();
                        continue;
                    }
                    push_space_before(&mut out, &mut parts, c, &mut pending_space);
                    let at = out.len();
                    out.push(c);
                    extend_written(&mut parts, at..out.len());
                }
            }
            Fragment::Copied { text, from } => {
                let Some(first) = text.chars().next() else {
                    continue;
                };
                push_space_before(&mut out, &mut parts, first, &mut pending_space);
                let original = &current[from.clone()];
                let aligned = text
                    .chars()
                    .map(char::len_utf8)
                    .eq(original.chars().map(char::len_utf8));
                let at = out.len();
                out.push_str(text);
                parts.push(Part {
                    out: at..out.len(),
                    copied: Some((from.clone(), aligned)),
                });
            }
        }
    }
    (out, parts)
}

/// Adds `range` to the last part if it is written text that ends there.
fn extend_written(parts: &mut Vec<Part>, range: Range<usize>) {
    match parts.last_mut() {
        Some(Part { out, copied: None }) if out.end == range.start => out.end = range.end,
        _ => parts.push(Part {
            out: range,
            copied: None,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_with_tidy_spaces_and_keeps_case() {
        let current = "GELIEVE HIER TE WACHTEN";
        let mut fragments = vec![
            Fragment::Written("wilt u ".into()),
            Fragment::Copied {
                text: "".into(),
                from: 8..8,
            },
            Fragment::Written(" ".into()),
            Fragment::Copied {
                text: "HIER".into(),
                from: 8..12,
            },
            Fragment::Written(" ".into()),
            Fragment::Copied {
                text: "WACHTEN".into(),
                from: 16..23,
            },
            Fragment::Written("?".into()),
        ];
        apply_case(&mut fragments, Case::Upper, |_| false);
        let (text, parts) = assemble(&fragments, current);
        assert_eq!(text, "WILT U HIER WACHTEN?");
        assert_eq!(parts[1].out, 7..11);
        assert_eq!(parts[1].copied, Some((8..12, true)));
    }

    #[test]
    fn a_capital_at_the_start_stays_at_the_start() {
        let mut fragments = vec![
            Fragment::Written("wilt u ".into()),
            Fragment::Copied {
                text: "roken".into(),
                from: 0..5,
            },
        ];
        apply_case(&mut fragments, Case::Capitalised, |_| false);
        assert_eq!(assemble(&fragments, "Roken").0, "Wilt u roken");
        let mut fragments = vec![Fragment::Written("Als".into())];
        apply_case(&mut fragments, Case::Lower, |_| false);
        assert_eq!(assemble(&fragments, "").0, "als");
    }

    #[test]
    fn a_word_that_keeps_its_capital_keeps_it_in_lower_case_text() {
        let keeps = |word: &str| matches!(word, "ihr" | "sie");
        let mut fragments = vec![Fragment::Written("Ihr Ticket".into())];
        apply_case(&mut fragments, Case::Lower, keeps);
        assert_eq!(assemble(&fragments, "").0, "Ihr Ticket");
        let mut fragments = vec![Fragment::Written("Bitte".into())];
        apply_case(&mut fragments, Case::Lower, keeps);
        assert_eq!(assemble(&fragments, "").0, "bitte");
    }
}
