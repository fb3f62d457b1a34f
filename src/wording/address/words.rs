//! A sentence as the address analysis reads it: each token with its
//! readings from the lexicon, and the few questions about Dutch word order
//! the analysis asks (where a clause starts, whether a noun phrase follows,
//! which word is a clause's finite verb).

use std::ops::Range;

use crate::wording::lexicon::{Class, Lexicon, Tags};
use crate::wording::rules::pattern::MAX_SPAN;
use crate::wording::text::{TokenKind, Tokens};

/// The words of one paragraph, with their readings (looked up when first
/// asked for: the analysis reads only the clauses around pronouns).
///
/// Every look to either side stops after `MAX_SPAN` tokens: the clauses of
/// signs are short, and the bound keeps a megabyte without a full stop linear.
pub struct Words<'a, 't> {
    pub tokens: &'a Tokens<'t>,
    pub lexicon: &'a Lexicon,
}

impl<'a, 't> Words<'a, 't> {
    pub fn new(tokens: &'a Tokens<'t>, lexicon: &'a Lexicon) -> Self {
        Words { tokens, lexicon }
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn lower(&self, i: usize) -> &str {
        self.tokens.lower(i)
    }

    pub fn tags(&self, i: usize) -> Tags {
        self.tokens.tags(i, self.lexicon)
    }

    pub fn is_word(&self, i: usize) -> bool {
        i < self.len() && self.tokens.kind(i) == TokenKind::Word
    }

    /// Whether token `i` is a word of `class`.
    pub fn is(&self, i: usize, class: Class) -> bool {
        self.is_word(i) && self.lexicon.is(self.lower(i), class)
    }

    /// Whether token `i` is one of `words`.
    pub fn is_one_of(&self, i: usize, words: &[&str]) -> bool {
        self.is_word(i) && words.contains(&self.lower(i))
    }

    /// The sentences of the paragraph, as token ranges.
    pub fn sentences(&self) -> Vec<Range<usize>> {
        self.tokens.sentences()
    }

    /// Whether token `i` separates clauses (see [`Tokens::is_clause_boundary`]).
    pub fn is_boundary(&self, i: usize) -> bool {
        self.tokens.is_clause_boundary(i)
    }

    /// Where the clause of token `i` starts: after the last boundary before
    /// it, at the last subordinator before it, or after a coordinator that
    /// a finite verb follows ("… en wacht tot …").
    pub fn clause_start(&self, i: usize, sentence_start: usize) -> usize {
        let sentence_start = sentence_start.max(i.saturating_sub(MAX_SPAN));
        let mut k = i;
        while k > sentence_start {
            let prev = k - 1;
            if self.is_boundary(prev) {
                return k;
            }
            if self.is(prev, Class::Coordinator) && self.is_finite_at(k) {
                return k;
            }
            if self.is(prev, Class::Subordinator) && self.opens_clause(prev) {
                return prev;
            }
            k -= 1;
        }
        sentence_start
    }

    /// Whether the subordinator at `i` opens a clause, rather than being a
    /// preposition ("als ouder", "tot de balie") or a determiner ("dat boek"):
    /// a subject or a finite verb must follow within the clause.
    pub fn opens_clause(&self, i: usize) -> bool {
        let next = i + 1;
        if !self.is_word(next) {
            return false;
        }
        if self.is(i, Class::Preposition) || self.is(i, Class::Determiner) {
            let subject = self.is(next, Class::SubjectPronoun)
                || self.is_informal(next) && !self.noun_phrase_at(next + 1);
            let singular = self.is_one_of(next, &["je", "jij", "u", "hij", "ik", "het", "men"]);
            let forms = if singular {
                Tags::STEM | Tags::T_FORM | Tags::PAST
            } else {
                Tags::FINITE
            };
            let end = self.clause_end(next, self.len());
            return subject && self.finite_verb(next + 1, end, forms).is_some();
        }
        true
    }

    /// Whether token `i` is "je", "jij", "jou", "jouw", "jullie" or "jezelf".
    pub fn is_informal(&self, i: usize) -> bool {
        self.is_one_of(i, &["je", "jij", "jou", "jouw", "jullie", "jezelf"])
    }

    /// Whether token `i` can be a clause's finite verb.
    pub fn is_finite_at(&self, i: usize) -> bool {
        self.is_word(i)
            && self.tags(i).any(Tags::FINITE)
            && !self.is(i, Class::Preposition)
            && !self.is(i, Class::Determiner)
    }

    /// Whether a noun phrase starts at token `i`: adjectives (or adverbs
    /// that are adjectives, as "eigen") and then a noun, or a noun. A
    /// determiner or pronoun there means the phrase belongs to no "je".
    pub fn noun_phrase_at(&self, i: usize) -> bool {
        self.noun_at(i).is_some()
    }

    /// The noun of the noun phrase starting at `i`, if one does.
    pub fn noun_at(&self, i: usize) -> Option<usize> {
        let mut k = i;
        while self.is_word(k) && k < i + 4 {
            if self.is(k, Class::Determiner) && !self.is_one_of(k, &["eigen", "andere", "ander"])
                || self.is(k, Class::SubjectPronoun)
                || self.is(k, Class::ObjectPronoun)
                || self.is(k, Class::Preposition)
                || self.is(k, Class::Subordinator)
                || self.is(k, Class::Coordinator)
                || self.is(k, Class::Negation)
            {
                return None;
            }
            let tags = self.tags(k);
            if tags.any(Tags::NOUN_ANY) && !self.is_adverb_only(k) {
                return Some(k);
            }
            let adjective = tags.any(Tags::ADJECTIVE_ANY | Tags::PARTICIPLE_E)
                || self.is_one_of(k, &["eigen", "andere", "ander"]);
            if !adjective {
                return None;
            }
            k += 1;
        }
        None
    }

    /// A word of the adverb class, which in a noun phrase is no noun even
    /// where the dictionary also lists one: "je wel", "je even".
    fn is_adverb_only(&self, i: usize) -> bool {
        self.is(i, Class::Adverb)
    }

    /// The first word from `from` up to `end` that can be a finite verb in
    /// the position after the subject: not a noun of a phrase (after a
    /// determiner, preposition or adjective), and an adjective ("ziek")
    /// only where no other word can be.
    pub fn finite_verb(&self, from: usize, end: usize, forms: Tags) -> Option<usize> {
        let mut candidates = (from..end).filter(|&k| {
            if !self.is_word(k) || !self.tags(k).any(forms) || self.is(k, Class::Preposition) {
                return false;
            }
            if k > 0 && self.is_one_of(k - 1, &["te"]) {
                return false;
            }
            !self.is_noun_in_phrase(k)
        });
        let first = candidates.next()?;
        if !self.tags(first).any(Tags::ADJECTIVE_ANY) {
            return Some(first);
        }
        candidates
            .find(|&k| !self.tags(k).any(Tags::ADJECTIVE_ANY))
            .or(Some(first))
    }

    /// Whether token `k` is a noun after a determiner, a preposition or an
    /// adjective ("de fiets", "voortgezet onderwijs"), not a verb.
    pub fn is_noun_in_phrase(&self, k: usize) -> bool {
        // "niet meer weet": after a negation, "meer" and "veel" are adverbs.
        let quantity_adverb = k > 1
            && self.is_one_of(k - 1, &["meer", "minder", "veel", "weinig"])
            && self.is(k - 2, Class::Negation);
        k > 0
            && !quantity_adverb
            && self.tags(k).any(Tags::NOUN_ANY)
            && (self.is(k - 1, Class::Determiner)
                || self.is(k - 1, Class::Possessive) && !self.is_one_of(k - 1, &["je", "jullie"])
                || self.is(k - 1, Class::Preposition)
                || self.tags(k - 1).any(
                    Tags::ADJECTIVE_ANY
                        | Tags::PARTICIPLE
                        | Tags::PARTICIPLE_E
                        | Tags::PRESENT_PARTICIPLE,
                ) && !self.is(k - 1, Class::Adverb))
    }

    /// Where the clause that starts at `start` ends: at the next boundary,
    /// or where another clause opens ("om … te", a subordinator that is no
    /// preposition: "dat", "omdat"), past any words in brackets, which
    /// stand aside.
    pub fn clause_end(&self, start: usize, sentence_end: usize) -> usize {
        let sentence_end = sentence_end.min(start + MAX_SPAN);
        let mut k = start;
        while k < sentence_end {
            let om_te = k > start + 1
                && self.is_one_of(k, &["om"])
                && (k + 1..sentence_end.min(k + 8)).any(|t| self.is_one_of(t, &["te"]));
            let subordinator = k > start
                && self.is(k, Class::Subordinator)
                && !self.is(k, Class::Preposition)
                && !self.is(k, Class::Determiner);
            let opens_another = om_te || subordinator;
            if opens_another {
                return k;
            }
            if self.lower(k) == "(" && self.is_boundary(k) {
                match (k + 1..sentence_end).find(|&c| self.lower(c) == ")") {
                    Some(close) => {
                        k = close + 1;
                        continue;
                    }
                    None => return k,
                }
            }
            if self.is_boundary(k) {
                return k;
            }
            k += 1;
        }
        sentence_end
    }

    /// Whether the sentence is a question.
    pub fn is_question(&self, sentence: &Range<usize>) -> bool {
        (sentence.start..sentence.end).any(|k| self.lower(k) == "?")
    }
}
