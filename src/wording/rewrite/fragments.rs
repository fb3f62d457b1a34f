//! The new text of a match: a template filled with the match's captures, a
//! shouted sentence in sentence case, or the words of a change of address,
//! each in the case of what it replaces.

use crate::lang::Lang;
use crate::wording::address::Edit;
use crate::wording::rules::Action;
use crate::wording::rules::pattern::Match;
use crate::wording::rules::template::{Part, Template};
use crate::wording::text::{Case, TokenKind, Tokens};

use super::Rewriter;
use super::context::Context;
use super::edit::{Fragment, apply_case};

impl Rewriter {
    /// The new text of a match, as fragments in the case of what it
    /// replaces; `None` where a word form cannot be made.
    pub(super) fn fragments(
        &self,
        rule: usize,
        found: &Match,
        tokens: &Tokens,
        context: &Context,
    ) -> Option<Vec<Fragment>> {
        let text = tokens.text;
        let def = &self.rules()[rule];
        match &def.action {
            Action::Rewrite(template) => self.template_fragments(template, found, tokens),
            Action::SentenceCase => {
                let range = tokens.byte_range(found.start, found.end);
                let mut out = String::with_capacity(range.len());
                let mut copied = range.start;
                for i in found.start..found.end {
                    let span = tokens.tokens[i].span.clone();
                    out.push_str(&text[copied..span.start]);
                    if self.set.is_acronym(tokens.lower(i)) {
                        out.push_str(&text[span.clone()]);
                    } else {
                        out.push_str(tokens.lower(i));
                    }
                    copied = span.end;
                }
                let out = crate::wording::text::with_first_letter(&out, true);
                Some(vec![Fragment::Copied {
                    text: out,
                    from: range,
                }])
            }
            Action::LowerCase => {
                let range = tokens.byte_range(found.start, found.end);
                let lower = tokens.lower(found.start);
                let text = if tokens.starts_sentence(found.start) {
                    crate::wording::text::with_first_letter(lower, true)
                } else {
                    lower.to_owned()
                };
                Some(vec![Fragment::Copied { text, from: range }])
            }
            Action::Address => context
                .address_edit(found.start, def.address)
                .map(|edit| address_fragments(edit, tokens)),
            Action::Advise(_) => None,
        }
    }

    /// A rewriting rule's template filled with the match's captures, each
    /// passed through its form; `None` where a form cannot be made.
    fn template_fragments(
        &self,
        template: &Template,
        found: &Match,
        tokens: &Tokens,
    ) -> Option<Vec<Fragment>> {
        let text = tokens.text;
        let case = case_of(tokens, found);
        let mut fragments = Vec::with_capacity(template.parts.len());
        for part in &template.parts {
            let (slot, form) = match part {
                Part::Text(t) => {
                    fragments.push(Fragment::Written(t.clone()));
                    continue;
                }
                Part::Capture { slot, forms } => (*slot, forms),
            };
            let Some((from, to)) = found.captures[slot] else {
                continue;
            };
            let range = tokens.byte_range(from, to);
            let mut copy = text[range.clone()].to_owned();
            for &form in form {
                copy = self.set.forms.apply(form, &copy)?;
            }
            // The word that opened the sentence may move inside it. German
            // writes its nouns with a capital, and the opening word may be
            // one: there, a rule's own form (`small`) lowers it.
            if case == Case::Capitalised
                && self.set.lang != Lang::De
                && from == found.start
                && Case::of(&text[tokens.tokens[from].span.clone()]) == Case::Capitalised
                && !self.set.is_acronym(tokens.lower(from))
                && !self.set.keeps_capital(tokens.lower(from))
            {
                copy = crate::wording::text::with_first_letter(&copy, false);
            }
            fragments.extend(copied_fragments(copy, range, text));
        }
        apply_case(&mut fragments, case, |word| self.set.keeps_capital(word));
        Some(fragments)
    }
}

/// A capture's new text as fragments: where a form changed only part of
/// it ("achter de streep te wachten" → "achter de streep wachten", perhaps
/// with "zich" before it), the words it kept stay copied, so that a later
/// rule's change of them is a change of its own.
fn copied_fragments(copy: String, from: std::ops::Range<usize>, text: &str) -> Vec<Fragment> {
    let original = &text[from.clone()];
    if copy == original {
        return vec![Fragment::Copied { text: copy, from }];
    }
    let (inserted, rest) = match copy.split_once(' ') {
        Some((first, rest)) if !original.starts_with(first) && rest.len() < copy.len() => {
            (first, rest)
        }
        _ => ("", copy.as_str()),
    };
    let kept = common_words(original, rest);
    if kept == 0 {
        return vec![Fragment::Copied {
            text: copy.clone(),
            from,
        }];
    }
    let mut fragments = Vec::new();
    if !inserted.is_empty() {
        fragments.push(Fragment::Written(format!("{inserted} ")));
    }
    fragments.push(Fragment::Copied {
        text: original[..kept].to_owned(),
        from: from.start..from.start + kept,
    });
    let tail = rest[kept..].trim_start();
    if !tail.is_empty() {
        fragments.push(Fragment::Written(format!(" {tail}")));
    }
    fragments
}

/// The byte length of the longest start of `a`, ending where a word ends,
/// that `b` starts with too.
fn common_words(a: &str, b: &str) -> usize {
    let mut common = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    // "É" and "é" share their first byte: the common start ends at a letter.
    while !a.is_char_boundary(common) {
        common -= 1;
    }
    let whole = common == a.len() && (b.len() == a.len() || b[a.len()..].starts_with(' '));
    if whole {
        return a.len();
    }
    a[..common].rfind(' ').unwrap_or(0)
}
/// The new words of a change of address, each in the case of the word it
/// replaces; a word that goes takes its space along.
fn address_fragments(edit: &Edit, tokens: &Tokens) -> Vec<Fragment> {
    let mut fragments = Vec::new();
    for (k, word) in edit.words.iter().enumerate() {
        if word.is_empty() {
            continue;
        }
        if !fragments.is_empty() {
            fragments.push(Fragment::Written(" ".to_owned()));
        }
        // A word the analysis writes with a capital ("Sie") keeps it.
        let at = edit.start + k;
        let case = match token_case(tokens, at) {
            // "Euch" inside a sentence becomes "sich", not "Sich".
            Case::Lower => Case::None,
            Case::Capitalised if !tokens.starts_sentence(at) => Case::None,
            // A pronoun stressed in capitals ("DU bist") among words that
            // are not is written as the analysis writes it.
            Case::Upper if !loud_around(tokens, at) => Case::Capitalised,
            case => case,
        };
        fragments.push(Fragment::Written(case.apply(word)));
    }
    fragments
}

/// Whether a word next to token `k` is in capitals.
fn loud_around(tokens: &Tokens, k: usize) -> bool {
    let text = tokens.text;
    [k.checked_sub(1), Some(k + 1)]
        .into_iter()
        .flatten()
        .any(|i| {
            i < tokens.len()
                && tokens.kind(i) == TokenKind::Word
                && Case::of(&text[tokens.tokens[i].span.clone()]) == Case::Upper
        })
}

/// The letter case of a match. A lone capital ("U") is as loud as the
/// words around it.
fn case_of(tokens: &Tokens, found: &Match) -> Case {
    stretch_case(tokens, found.start, found.end)
}

/// The letter case of token `k`, a lone capital as loud as its neighbours.
fn token_case(tokens: &Tokens, k: usize) -> Case {
    stretch_case(tokens, k, k + 1)
}

fn stretch_case(tokens: &Tokens, start: usize, end: usize) -> Case {
    let text = tokens.text;
    let matched = &text[tokens.byte_range(start, end)];
    match Case::of(matched) {
        Case::Capitalised if matched.chars().filter(|c| c.is_alphabetic()).count() == 1 => {
            let neighbours = [start.checked_sub(1), Some(end)];
            let loud = neighbours.into_iter().flatten().any(|i| {
                i < tokens.len()
                    && tokens.kind(i) == TokenKind::Word
                    && Case::of(&text[tokens.tokens[i].span.clone()]) == Case::Upper
            });
            if loud { Case::Upper } else { Case::Capitalised }
        }
        case => case,
    }
}
