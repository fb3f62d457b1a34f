//! The engine checks its own Dutch before it hands a sentence over: every
//! sentence a rule changed is read again, and one that breaks a rule of
//! Dutch grammar keeps its original wording (the rewriter reports why).
//!
//! What is checked, in the rewritten sentence:
//! - the address is consistent: no "je", "jij", "jou", "jouw", "jullie" or
//!   "jezelf" left in formal address, no "u", "uw" or "uzelf" in informal;
//! - "u" agrees with its verb: "u kunt", "kunt u", never "u kan", "wil u";
//! - "uw" stands before a noun phrase, never before a verb or a pronoun;
//! - "u" after a subordinator is no possessive: not "als u kind";
//! - no word written twice in a row ("eten eten", "u u") that the input did
//!   not have twice;
//! - every word a rule wrote is a word the lexicon knows;
//! - no full stop stands inside the sentence ("de balie of. de receptie").

use std::collections::HashSet;

use crate::wording::address::Direction;
use crate::wording::lexicon::{Class, Lexicon, Tags};
use crate::wording::text::{TokenKind, Tokens, is_abbreviation};

/// Why a rewritten sentence is not Dutch; each has a Fluent message
/// `grammar-<name>` that the finding shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    /// An informal pronoun left in formal address, or "u" in informal.
    MixedAddress,
    /// "u" with a verb form that is not its own: "u kan", "wil u".
    Agreement,
    /// "uw" before a word that starts no noun phrase: "uw veroorzaakt".
    PossessiveWithoutNoun,
    /// "u" before a noun for a person after a subordinator: "als u kind".
    PronounBeforeNoun,
    /// The same word twice in a row.
    RepeatedWord,
    /// A word the lexicon does not know.
    UnknownWord,
    /// A full stop inside a sentence, after the word it names.
    StrayStop,
    /// More changes than the rules make in one sentence: the rewriter's
    /// own limit, not a fault of Dutch, kept for the same reason.
    Unsettled,
}

impl Problem {
    /// The Fluent message that says what is wrong.
    pub fn message(self) -> &'static str {
        match self {
            Problem::MixedAddress => "grammar-mixed-address",
            Problem::Agreement => "grammar-agreement",
            Problem::PossessiveWithoutNoun => "grammar-possessive-without-noun",
            Problem::PronounBeforeNoun => "grammar-pronoun-before-noun",
            Problem::RepeatedWord => "grammar-repeated-word",
            Problem::UnknownWord => "grammar-unknown-word",
            Problem::StrayStop => "grammar-stray-stop",
            Problem::Unsettled => "grammar-kept-unsettled",
        }
    }
}

/// The first problem of `rewritten`, which a rule made of `original`, and
/// the word it is at; `None` when the sentence is sound. `direction` is the
/// house style's address, if the pronouns were changed at all.
pub fn check(
    original: &str,
    rewritten: &str,
    direction: Option<Direction>,
    lexicon: &Lexicon,
) -> Option<(Problem, String)> {
    let tokens = Tokens::new(rewritten);
    let before = Tokens::new(original);
    let sentence = Sentence {
        tokens: &tokens,
        lexicon,
    };
    let checks: [&dyn Fn() -> Option<usize>; 6] = [
        &|| direction.and_then(|d| sentence.mixed_address(d)),
        &|| sentence.agreement(),
        &|| sentence.possessive_without_noun(),
        &|| sentence.pronoun_before_noun(),
        &|| sentence.repeated_word(&before, direction),
        &|| sentence.stray_stop(),
    ];
    let problems = [
        Problem::MixedAddress,
        Problem::Agreement,
        Problem::PossessiveWithoutNoun,
        Problem::PronounBeforeNoun,
        Problem::RepeatedWord,
        Problem::StrayStop,
    ];
    for (check, problem) in checks.iter().zip(problems) {
        if let Some(at) = check() {
            return Some((problem, tokens.lower(at).to_owned()));
        }
    }
    sentence
        .unknown_word(&before)
        .map(|at| (Problem::UnknownWord, tokens.lower(at).to_owned()))
}

struct Sentence<'a, 't> {
    tokens: &'a Tokens<'t>,
    lexicon: &'a Lexicon,
}

impl Sentence<'_, '_> {
    fn len(&self) -> usize {
        self.tokens.len()
    }

    fn word(&self, i: usize) -> Option<&str> {
        (i < self.len() && self.tokens.kind(i) == TokenKind::Word).then(|| self.tokens.lower(i))
    }

    fn tags(&self, i: usize) -> Tags {
        self.tokens.tags(i, self.lexicon)
    }

    fn is(&self, i: usize, class: Class) -> bool {
        self.word(i).is_some_and(|w| self.lexicon.is(w, class))
    }

    /// Whether token `i` is the unit "u" of "10 u" (uur), not the pronoun.
    fn is_hour(&self, i: usize) -> bool {
        i > 0 && self.tokens.kind(i - 1) == TokenKind::Number
    }

    fn mixed_address(&self, direction: Direction) -> Option<usize> {
        let left: &[&str] = match direction {
            Direction::Formal => &["je", "jij", "jou", "jouw", "jullie", "jezelf"],
            Direction::Informal => &["u", "uw", "uzelf"],
        };
        (0..self.len())
            .find(|&i| self.word(i).is_some_and(|w| left.contains(&w)) && !self.is_hour(i))
    }

    /// "u kan", "u wil", "wil u" at the start of a sentence: a verb form
    /// that "u" does not take. The verb is the word the problem is at.
    fn agreement(&self) -> Option<usize> {
        (0..self.len()).find_map(|i| {
            if self.word(i) != Some("u") || self.is_hour(i) {
                return None;
            }
            let subject_before =
                i == 0 || self.is(i - 1, Class::Subordinator) || self.word(i - 1).is_none();
            if subject_before && self.wrong_form(i + 1) {
                return Some(i + 1);
            }
            // "Meld u bij de balie": before "u" as its reflexive object, the stem is right.
            (i == 1 && self.wrong_form(0) && !self.takes_zich(0)).then_some(0)
        })
    }

    /// Whether the verb at `v` takes "zich" with the words of the sentence.
    fn takes_zich(&self, v: usize) -> bool {
        let words: Vec<&str> = (0..self.len()).filter_map(|i| self.word(i)).collect();
        self.word(v)
            .and_then(|w| self.lexicon.infinitive_of(w))
            .is_some_and(|infinitive| self.lexicon.takes_zich(&infinitive, &words))
    }

    /// Whether token `v` is a present verb form that "u" does not take:
    /// "kan", "wil", "zal", a bare stem ("maak").
    fn wrong_form(&self, v: usize) -> bool {
        let Some(word) = self.word(v) else {
            return false;
        };
        let tags = self.tags(v);
        if !tags.any(Tags::STEM)
            || tags.any(Tags::NOUN_ANY | Tags::ADJECTIVE_ANY) && !self.is(v, Class::Auxiliary)
        {
            return false;
        }
        self.lexicon.u_form(word).is_some_and(|form| form != word)
    }

    /// "uw" before a verb, a pronoun, a preposition or nothing.
    fn possessive_without_noun(&self) -> Option<usize> {
        (0..self.len()).find(|&i| {
            if self.word(i) != Some("uw") {
                return false;
            }
            let Some(next) = self.word(i + 1) else {
                return true;
            };
            let tags = self.tags(i + 1);
            let opens_phrase = tags.any(
                Tags::NOUN_ANY
                    | Tags::ADJECTIVE_ANY
                    | Tags::PARTICIPLE_E
                    | Tags::PRESENT_PARTICIPLE,
            ) || !self.lexicon.knows(next)
                || next == "eigen";
            let coordinated = self.is(i + 1, Class::Coordinator);
            let closed = self.is(i + 1, Class::SubjectPronoun)
                || self.is(i + 1, Class::ObjectPronoun)
                || self.is(i + 1, Class::Preposition)
                || self.is(i + 1, Class::Determiner) && next != "eigen";
            !coordinated && (!opens_phrase || closed)
        })
    }

    /// "als u kind": "u" after a subordinator, before a noun for a person
    /// or an animal, whose "uw" the rewrite missed ("als u koorts hebt" is
    /// right: "u" is the subject there).
    fn pronoun_before_noun(&self) -> Option<usize> {
        (1..self.len())
            .find(|&i| {
                self.word(i) == Some("u")
                    && self.is(i - 1, Class::Subordinator)
                    && (!self.is(i - 1, Class::Preposition) || self.word(i - 1) == Some("als"))
                    && self.is(i + 1, Class::People)
            })
            .map(|i| i + 1)
    }

    /// A word twice in a row that `before` did not have twice; in informal
    /// address "je je" is Dutch ("Wil je je jas ophangen?").
    fn repeated_word(&self, before: &Tokens, direction: Option<Direction>) -> Option<usize> {
        let doubles = |tokens: &Tokens| -> HashSet<String> {
            (1..tokens.len())
                .filter(|&i| {
                    tokens.kind(i) == TokenKind::Word && tokens.lower(i) == tokens.lower(i - 1)
                })
                .map(|i| tokens.lower(i).to_owned())
                .collect()
        };
        let mut allowed = doubles(before);
        if direction == Some(Direction::Informal) {
            allowed.insert("je".to_owned());
        }
        (1..self.len()).find(|&i| {
            self.word(i)
                .is_some_and(|w| Some(w) == self.word(i - 1) && !allowed.contains(w))
        })
    }

    /// A word that is not in `before` and that the lexicon does not know.
    /// The word before a full stop that the sentence goes on after, in
    /// lower case.
    fn stray_stop(&self) -> Option<usize> {
        let goes_on = |i: usize| {
            let next = &self.tokens.tokens[i + 1];
            next.kind == TokenKind::Word
                && self.tokens.text[next.span.clone()].starts_with(char::is_lowercase)
        };
        // "bv. bij", "etc. in": an abbreviation's own stop.
        let abbreviated = |i: usize| is_abbreviation(self.tokens.lower(i - 1));
        (1..self.len().saturating_sub(1))
            .find(|&i| self.tokens.lower(i) == "." && goes_on(i) && !abbreviated(i))
            .map(|i| i - 1)
    }

    fn unknown_word(&self, before: &Tokens) -> Option<usize> {
        let known: HashSet<&str> = (0..before.len()).map(|i| before.lower(i)).collect();
        (0..self.len()).find(|&i| {
            self.word(i)
                .is_some_and(|w| !known.contains(w) && !self.lexicon.knows(w) && !w.contains('.'))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(original: &str, rewritten: &str) -> Option<Problem> {
        check(
            original,
            rewritten,
            Some(Direction::Formal),
            Lexicon::dutch(),
        )
        .map(|(p, _)| p)
    }

    #[test]
    fn sound_rewrites_pass() {
        for (original, rewritten) in [
            ("Gelieve hier te wachten.", "Wilt u hier wachten?"),
            ("Je kunt hier pinnen.", "U kunt hier pinnen."),
            ("Was je handen.", "Wast u uw handen."),
            ("Als je wil, bellen we.", "Als u wilt, bellen we."),
            ("Open tot 10 u.", "Open tot 10 u."),
            ("Bedankt voor je geduld.", "Bedankt voor uw geduld."),
            (
                "Het is niet toegestaan honden mee te nemen.",
                "Wilt u geen honden meenemen?",
            ),
            ("Dat dat kan, is fijn.", "Dat dat kan, is fijn."),
            (
                "Meld u bij de balie c.q. de receptie.",
                "Meld u bij de balie of de receptie.",
            ),
            ("Houd u aan de regels.", "Houd u aan de regels!"),
            (
                "Voor jouw en onze veiligheid.",
                "Voor uw en onze veiligheid.",
            ),
        ] {
            assert_eq!(problem(original, rewritten), None, "{rewritten}");
        }
    }

    #[test]
    fn broken_rewrites_are_rejected_with_their_reason() {
        for (original, rewritten, why) in [
            (
                "Houd je kind bij je.",
                "Houdt u uw kind bij je.",
                Problem::MixedAddress,
            ),
            (
                "Je kan hier pinnen.",
                "U kan hier pinnen.",
                Problem::Agreement,
            ),
            ("Wil je wachten?", "Wil u wachten?", Problem::Agreement),
            (
                "Je veroorzaakt schade.",
                "Uw veroorzaakt schade.",
                Problem::PossessiveWithoutNoun,
            ),
            (
                "Gelieve je daaraan te houden.",
                "Wilt u uw daaraan houden?",
                Problem::PossessiveWithoutNoun,
            ),
            (
                "Als je kind ziek is.",
                "Als u kind ziek is.",
                Problem::PronounBeforeNoun,
            ),
            (
                "Eigen eten nuttigen is verboden.",
                "Wilt u geen eigen eten eten?",
                Problem::RepeatedWord,
            ),
            (
                "Wanneer je je wilt uitschrijven",
                "Wanneer u u wilt uitschrijven",
                Problem::RepeatedWord,
            ),
            (
                "Bel de balie c.q.. de receptie.",
                "Wilt u de balie of. de receptie bellen?",
                Problem::StrayStop,
            ),
            (
                "Toon respect en leef de regels na.",
                "Wilt u respect natonen?",
                Problem::UnknownWord,
            ),
        ] {
            assert_eq!(problem(original, rewritten), Some(why), "{rewritten}");
        }
    }

    #[test]
    fn informal_address_may_say_je_je() {
        let informal =
            |text| check("x", text, Some(Direction::Informal), Lexicon::dutch()).map(|(p, _)| p);
        assert_eq!(informal("Wil je je telefoon uitzetten?"), None);
        assert_eq!(
            problem("x", "Wilt u u telefoon uitzetten?"),
            Some(Problem::RepeatedWord)
        );
    }

    #[test]
    fn informal_address_may_keep_no_u() {
        let informal =
            |text| check("x", text, Some(Direction::Informal), Lexicon::dutch()).map(|(p, _)| p);
        assert_eq!(
            informal("Wil je wachten? U kunt ook zitten."),
            Some(Problem::MixedAddress)
        );
        assert_eq!(informal("Open tot 10 u."), None);
    }
}
