//! u, uw, zich, uzelf → je, jij, jou, jezelf, for an organisation that
//! chose "je": the same reading of the clause as the formal direction,
//! backwards. "Wilt u" → "Wil je", "als u een afspraak heeft" → "als je een
//! afspraak hebt", "Meldt u zich bij de balie." → "Meld je bij de balie."

use std::ops::Range;

use crate::wording::address::words::Words;
use crate::wording::address::{Edit, Role};
use crate::wording::lexicon::{Class, Tags};
use crate::wording::text::TokenKind;

struct Sentence<'w, 'a, 't> {
    words: &'w Words<'a, 't>,
    range: Range<usize>,
    question: bool,
    /// Clause starts whose subject is the reader.
    reader_clauses: Vec<usize>,
    edits: Vec<Edit>,
}

/// The edits the pronouns of the sentence `range` need.
pub fn sentence_edits(words: &Words, range: Range<usize>) -> Vec<Edit> {
    let mut sentence = Sentence {
        words,
        question: words.is_question(&range),
        range: range.clone(),
        reader_clauses: Vec::new(),
        edits: Vec::new(),
    };
    let mut i = range.start;
    while i < range.end {
        i = sentence.word(i);
    }
    sentence.edits
}

impl Sentence<'_, '_, '_> {
    /// Handles token `i`; returns the next token to look at.
    fn word(&mut self, i: usize) -> usize {
        let w = self.words;
        if !w.is_word(i) {
            return i + 1;
        }
        match w.lower(i) {
            "uw" => self.edits.push(Edit::one(i, "je", Role::Possessive)),
            "uzelf" => self.edits.push(Edit::one(i, "jezelf", Role::Reflexive)),
            "zich" if self.reader_clauses.last() == Some(&self.clause_start(i)) => {
                self.edits.push(Edit::one(i, "je", Role::Reflexive))
            }
            "u" if !(i > 0 && w.tokens.kind(i - 1) == TokenKind::Number) => return self.u(i),
            _ => {}
        }
        i + 1
    }

    fn clause_start(&self, i: usize) -> usize {
        self.words.clause_start(i, self.range.start)
    }

    fn u(&mut self, i: usize) -> usize {
        let w = self.words;
        let prev = (i > self.range.start)
            .then(|| i - 1)
            .filter(|&p| w.is_word(p));
        match prev {
            Some(p)
                if w.is(p, Class::Preposition)
                    && !(w.is(p, Class::Subordinator) && w.opens_clause(p)) =>
            {
                self.edits.push(Edit::one(i, "jou", Role::Object));
            }
            Some(p) if w.is_finite_at(p) && !w.is(p, Class::Subordinator) => {
                return self.after_verb(p, i);
            }
            _ if w.is(i + 1, Class::Coordinator) => {
                self.edits.push(Edit::one(i, "jij", Role::Subject))
            }
            _ => self.subject_or_object(i),
        }
        i + 1
    }

    /// "u" after its verb: an imperative at the start of a sentence loses
    /// it ("Wast u uw handen." → "Was je handen."), a question keeps it as
    /// "je" after the stem ("Wilt u" → "Wil je"); after a verb whose subject
    /// stands before it, it is an object ("Wij helpen u").
    fn after_verb(&mut self, v: usize, i: usize) -> usize {
        let w = self.words;
        let start = self.clause_start(v);
        let first = v == start;
        if !first && self.fronted_is_subject(start, v) {
            self.edits.push(Edit::one(i, "je", Role::Object));
            return i + 1;
        }
        let Some(stem) = w.lexicon.stem_of_u_form(w.lower(v)) else {
            // "Meld u aan": after a bare stem, "u" is the reflexive object.
            if w.tags(v).any(Tags::STEM) {
                self.edits.push(Edit::one(i, "je", Role::Reflexive));
            }
            return i + 1;
        };
        self.reader_clauses.push(start);
        let imperative =
            first && v == self.range.start && !self.question && !w.is(v, Class::Auxiliary);
        if imperative && w.is_one_of(i + 1, &["zich"]) {
            self.edits.push(Edit {
                start: v,
                end: i + 2,
                words: vec![stem, String::new(), "je".to_owned()],
                role: Role::Reflexive,
            });
            return i + 2;
        }
        let pronoun = if imperative {
            String::new()
        } else {
            "je".to_owned()
        };
        self.edits.push(Edit {
            start: v,
            end: i + 1,
            words: vec![stem, pronoun],
            role: Role::SubjectInverted,
        });
        i + 1
    }

    /// Whether the words `start..v` before verb `v` are its subject, so
    /// that a "u" after it is an object: a pronoun or a name ("Wij helpen
    /// u", "Jij & Wij helpt u"), or people ("De medewerkers helpen u"); a
    /// phrase, an adverb or a verb form only "u" takes ("Hier kunt u") say
    /// the "u" is the subject.
    fn fronted_is_subject(&self, start: usize, v: usize) -> bool {
        let w = self.words;
        if w.is(start, Class::Preposition)
            || w.is(start, Class::Subordinator)
            || w.is(start, Class::Adverb)
        {
            return false;
        }
        if w.is_one_of(v, &["kunt", "wilt", "zult", "bent", "hebt"]) {
            return false;
        }
        let text = &w.tokens.text[w.tokens.tokens[start].span.clone()];
        let name = text.starts_with(char::is_uppercase) && start > self.range.start;
        let pronoun =
            w.is(start, Class::SubjectPronoun) && !w.is_one_of(start, &["dat", "dit", "het", "er"]);
        let people = (start..v).any(|k| w.is(k, Class::People) || w.is(k, Class::Staff));
        pronoun || name || people
    }

    /// "u" that opens its clause is the subject, and its verb takes the
    /// form for "je" ("heeft" → "hebt"); elsewhere it is an object.
    fn subject_or_object(&mut self, i: usize) {
        let w = self.words;
        let start = self.clause_start(i);
        let opens = i == start
            || i == start + 1
                && (w.is(start, Class::Subordinator) || w.is(start, Class::Coordinator));
        if !opens {
            self.edits.push(Edit::one(i, "je", Role::Object));
            return;
        }
        self.reader_clauses.push(start);
        self.edits.push(Edit::one(i, "je", Role::Subject));
        let end = w.clause_end(i, self.range.end);
        let verb = if w.is(start, Class::Subordinator) && start != i {
            w.finite_verb(i + 1, end, Tags::T_FORM)
        } else {
            w.is_finite_at(i + 1).then_some(i + 1)
        };
        if let Some(v) = verb.filter(|&v| w.is_one_of(v, &["heeft"])) {
            self.edits.push(Edit::one(v, "hebt", Role::Agreement));
        }
    }
}
