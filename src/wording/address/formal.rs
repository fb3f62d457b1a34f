//! je, jij, jou, jouw, jullie, jezelf → u, uw, zich, uzelf: each pronoun's
//! role from its place in the clause, and the verb that agrees with "u".

use std::ops::Range;

use crate::wording::address::words::Words;
use crate::wording::address::{Edit, Role};
use crate::wording::lexicon::{Class, Tags};

/// Verb forms that only "je" or "u" take: with them, "je kind" cannot be
/// the subject.
const SECOND_PERSON_ONLY: &[&str] = &["hebt", "bent", "kunt", "wilt", "zult"];

/// Verb forms that only a third person takes: "als je kind ziek is".
const THIRD_PERSON_ONLY: &[&str] = &["is", "heeft", "was", "had"];

/// The forms of "kunnen", "zullen" and "willen" that Belgian Dutch puts
/// before "je" and that the Netherlands keep for a third person: after a
/// fronted subject ("De toegang kan je …") the "je" is an object.
const THIRD_PERSON_INVERTED: &[&str] = &["kan", "zal", "wil"];

/// What the analysis has found so far in one sentence.
struct Sentence<'w, 'a, 't> {
    words: &'w Words<'a, 't>,
    range: Range<usize>,
    question: bool,
    /// The tokens decided to be the reader as subject ("je" → "u").
    reader_subjects: Vec<usize>,
    edits: Vec<Edit>,
}

/// The edits the pronouns of the sentence `range` need.
pub fn sentence_edits(words: &Words, range: Range<usize>) -> Vec<Edit> {
    let mut sentence = Sentence {
        words,
        question: words.is_question(&range),
        range: range.clone(),
        reader_subjects: Vec::new(),
        edits: Vec::new(),
    };
    range.for_each(|i| sentence.pronoun(i));
    sentence.edits
}

impl Sentence<'_, '_, '_> {
    fn pronoun(&mut self, i: usize) {
        let w = self.words;
        if !w.is_word(i) {
            return;
        }
        match w.lower(i) {
            "jouw" => self.push(Edit::one(i, "uw", Role::Possessive)),
            "jezelf" => self.push(Edit::one(i, "uzelf", Role::Reflexive)),
            "jou" => {
                // "door jou toedoen": only a noun right after makes "jou" a
                // possessive; "door jou gebruikte spullen" is the agent.
                let next = w.tags(i + 1);
                let noun_next = next.any(Tags::NOUN_ANY)
                    && !next.any(Tags::ADJECTIVE_ANY | Tags::PARTICIPLE_E | Tags::PAST)
                    && w.noun_at(i + 1) == Some(i + 1);
                let role = if noun_next {
                    Role::Possessive
                } else {
                    Role::Object
                };
                let word = if role == Role::Possessive { "uw" } else { "u" };
                self.push(Edit::one(i, word, role));
            }
            "je" | "jij" => self.je(i),
            "jullie" => self.jullie(i),
            "u" => self.agreement_after_u(i),
            _ => {}
        }
    }

    fn push(&mut self, edit: Edit) {
        self.edits.push(edit);
    }

    fn clause_start(&self, i: usize) -> usize {
        self.words.clause_start(i, self.range.start)
    }

    fn clause_end(&self, i: usize) -> usize {
        self.words.clause_end(i, self.range.end)
    }

    /// The role of one "je" or "jij", by what stands before it.
    fn je(&mut self, i: usize) {
        let w = self.words;
        let prev = (i > self.range.start)
            .then(|| i - 1)
            .filter(|&p| w.is_word(p));
        let strong = w.lower(i) == "jij";
        match prev {
            Some(p) if w.is_one_of(p, &["gelieve", "verzoeke"]) => self.after_please(i),
            Some(p)
                if w.is(p, Class::Preposition)
                    && !(w.is(p, Class::Subordinator) && w.opens_clause(p)) =>
            {
                self.object_or_possessive(i)
            }
            Some(p) if self.is_verb_before(p) => self.after_verb(p, i),
            Some(p) if w.is(p, Class::Subordinator) && w.opens_clause(p) => self.in_subordinate(i),
            _ if strong || self.starts_its_clause(i) => self.at_clause_start(i),
            _ if self.in_subordinate_middle(i) => self.in_subordinate(i),
            _ => self.elsewhere(i),
        }
    }

    /// Whether the word `p` before a "je" is a finite verb: not a noun
    /// inside a phrase ("de fiets"), not an adverb ("wel je naam"), and an
    /// adjective only where it opens the clause ("20 seconden lang je handen").
    fn is_verb_before(&self, p: usize) -> bool {
        let w = self.words;
        let start = self.clause_start(p);
        let opens = p == start || p == start + 1 && w.is(start, Class::Coordinator);
        w.is_finite_at(p)
            && !w.is(p, Class::Subordinator)
            && !w.is(p, Class::Adverb)
            && (p <= self.range.start || !w.is_noun_in_phrase(p))
            && (opens || !w.tags(p).any(Tags::ADJECTIVE_ANY))
    }

    /// Whether `i` opens its clause, perhaps after a coordinator: "Je kunt",
    /// "en je kind".
    fn starts_its_clause(&self, i: usize) -> bool {
        let start = self.clause_start(i);
        i == start || i == start + 1 && self.words.is(start, Class::Coordinator)
    }

    /// Whether `i` stands in a subordinate clause before any other subject:
    /// "hoe ver vooruit je die afspraak kunt plannen".
    fn in_subordinate_middle(&self, i: usize) -> bool {
        let w = self.words;
        let start = self.clause_start(i);
        let opens = w.is(start, Class::Subordinator) || w.is(start, Class::QuestionWord);
        opens
            && (start + 1..i).all(|k| {
                w.is(k, Class::Adverb) && !w.tags(k).any(Tags::NOUN_ANY)
                    || w.tags(k).any(Tags::ADJECTIVE) && !w.tags(k).any(Tags::NOUN_ANY)
            })
    }

    /// "je" after "gelieve": "Gelieve je te melden" is the formal "Gelieve u
    /// te melden" (the request rules make a question of it); else "uw" or "u".
    fn after_please(&mut self, i: usize) {
        let end = self.clause_end(i);
        if !self.words.noun_phrase_at(i + 1) && self.reflexive_verb_in(i + 1..end, None) {
            self.push(Edit::one(i, "u", Role::Reflexive));
        } else {
            self.object_or_possessive(i);
        }
    }

    fn object_or_possessive(&mut self, i: usize) {
        if self.possessive_here(i) {
            self.push(Edit::one(i, "uw", Role::Possessive));
        } else {
            self.push(Edit::one(i, "u", Role::Object));
        }
    }

    /// Whether "je" at `i` stands before its noun: a noun phrase follows,
    /// and the noun is not the bare noun of a fixed phrase with the
    /// clause's verb ("we vragen je rekening te houden").
    fn possessive_here(&self, i: usize) -> bool {
        let w = self.words;
        let Some(noun) = w.noun_at(i + 1) else {
            return false;
        };
        if w.is(noun, Class::AdverbNoun) && w.is(noun + 1, Class::TimeStart) {
            return false;
        }
        let end = self.clause_end(i);
        let fixed = noun == i + 1
            && (noun + 1..end).any(|k| {
                self.infinitive_of(k)
                    .is_some_and(|verb| w.lexicon.is_collocation(w.lower(noun), &verb))
            });
        !fixed && !self.is_infinitive_of_modal(noun, i)
    }

    /// Whether the word after "je" is the bare infinitive the clause's
    /// auxiliary needs, not a noun: "De beheerder kan je vragen te
    /// vertrekken" ("vragen" is what "kan" does).
    fn is_infinitive_of_modal(&self, noun: usize, i: usize) -> bool {
        let w = self.words;
        if noun != i + 1 || !w.tags(noun).any(Tags::INFINITIVE) {
            return false;
        }
        let start = self.clause_start(i);
        let modal = (start..i).any(|k| w.is(k, Class::Auxiliary));
        let end = self.clause_end(i);
        let other_bare = (noun + 1..end).any(|k| {
            w.tags(k).any(Tags::INFINITIVE)
                && !w.is_one_of(k - 1, &["te"])
                && !w.is_noun_in_phrase(k)
        });
        modal && !other_bare
    }

    /// "je" right after the finite verb `v`.
    fn after_verb(&mut self, v: usize, i: usize) {
        let w = self.words;
        let start = self.clause_start(v);
        let first = v == start || v == start + 1 && w.is(start, Class::Coordinator);
        if first {
            self.after_first_verb(v, i);
        } else if self.fronted_is_subject(start, v) {
            self.elsewhere(i);
        } else {
            self.subject_inverted(v, i);
        }
    }

    /// "je" after a verb that opens its clause: a question, a condition
    /// ("Heb je vragen, dan …"), or an imperative whose "je" is possessive
    /// ("Was je handen") or reflexive ("Meld je aan").
    fn after_first_verb(&mut self, v: usize, i: usize) {
        let w = self.words;
        if w.is_one_of(v, &["dank", "bedankt"]) {
            // "Dank je wel": thanks to the reader.
            return self.push(Edit::one(i, "u", Role::Object));
        }
        if w.is(v, Class::Auxiliary) || self.question || self.condition_follows(v) {
            return self.subject_inverted(v, i);
        }
        if self.possessive_here(i) {
            return self.push(Edit::one(i, "uw", Role::Possessive));
        }
        let end = self.clause_end(i);
        if self.takes_zich(v, i + 1..end) {
            return self.reflexive_imperative(v, i);
        }
        self.subject_inverted(v, i);
    }

    /// Whether the clause of verb `v` ends in a comma followed by "dan" or a
    /// verb: "Heb je vragen, dan kun je …", "Ben je ziek, blijf thuis".
    fn condition_follows(&self, v: usize) -> bool {
        let w = self.words;
        let end = self.clause_end(v);
        end + 1 < self.range.end
            && w.lower(end) == ","
            && (w.is_one_of(end + 1, &["dan"])
                || w.tags(end + 1).any(Tags::STEM) && !w.tags(end + 1).any(Tags::NOUN_ANY))
    }

    /// Whether the words `start..v` before the finite verb `v` are its
    /// subject, so that a "je" after the verb is not: "Wij wensen je",
    /// "De toegang kan je geweigerd worden".
    fn fronted_is_subject(&self, start: usize, v: usize) -> bool {
        let w = self.words;
        let first = start;
        if w.is(first, Class::Preposition)
            || w.is(first, Class::Subordinator) && w.opens_clause(first)
        {
            return false;
        }
        let tags = w.tags(v);
        if v == first + 1
            && w.is(first, Class::SubjectPronoun)
            && !w.is_one_of(first, &["dat", "dit", "het", "er", "wie"])
        {
            return true;
        }
        let stem_only = tags.any(Tags::STEM) && !tags.any(Tags::T_FORM);
        if stem_only {
            return false;
        }
        let plural = tags.any(Tags::INFINITIVE | Tags::PAST_PLURAL) && !tags.any(Tags::STEM);
        let phrase = w.is(first, Class::Determiner)
            || w.is(first, Class::Possessive)
            || w.tags(first).any(Tags::NOUN_ANY) && !w.is(first, Class::Adverb)
            || w.tokens.text[w.tokens.tokens[first].span.clone()].starts_with(char::is_uppercase)
                && !w.lexicon.knows(w.lower(first));
        if !phrase {
            return false;
        }
        if plural || tags.any(Tags::T_FORM) && !tags.any(Tags::STEM) {
            return true;
        }
        let head = (first..v).rev().find(|&k| w.tags(k).any(Tags::NOUN_ANY));
        w.is_one_of(v, THIRD_PERSON_INVERTED)
            || self.is_passive(v)
            || head.is_some_and(|h| w.is(h, Class::People) || w.is(h, Class::Staff))
    }

    /// Whether the clause of `v` is passive: a form of "worden" and a
    /// participle after it.
    fn is_passive(&self, v: usize) -> bool {
        let w = self.words;
        let end = self.clause_end(v);
        let worden = (v..end).find(|&k| {
            w.is_one_of(
                k,
                &["worden", "wordt", "word", "werd", "werden", "geworden"],
            )
        });
        worden.is_some_and(|k| (v + 1..end).any(|p| p != k && w.tags(p).any(Tags::PARTICIPLE)))
    }

    /// "maak je" → "maakt u": the verb takes its u-form with the pronoun.
    fn subject_inverted(&mut self, v: usize, i: usize) {
        if let Some(form) = self.u_form_of(v) {
            self.verb_and_reader(v, i, form, "u", Role::SubjectInverted);
        }
    }

    /// The verb `v` and the pronoun `i` right after it, the reader as the
    /// subject: "maak je" → "maakt u", "meld je" → "meldt u zich".
    fn verb_and_reader(&mut self, v: usize, i: usize, verb: String, pronoun: &str, role: Role) {
        self.reader_subjects.push(i);
        self.push(Edit {
            start: v,
            end: i + 1,
            words: vec![verb, pronoun.to_owned()],
            role,
        });
    }

    /// "Meld je aan" → "Meldt u zich aan".
    fn reflexive_imperative(&mut self, v: usize, i: usize) {
        if let Some(form) = self.u_form_of(v) {
            self.verb_and_reader(v, i, form, "u zich", Role::Reflexive);
        }
    }

    /// The form of the finite verb `v` after "u": "maak" → "maakt", "kan"
    /// → "kunt"; a form that already is one stays.
    fn u_form_of(&self, v: usize) -> Option<String> {
        let w = self.words;
        let word = w.lower(v);
        let tags = w.tags(v);
        if tags.any(Tags::STEM) {
            return w.lexicon.u_form(word);
        }
        tags.any(Tags::T_FORM | Tags::PAST).then(|| word.to_owned())
    }

    /// "je" right after a subordinator, or in a subordinate clause before
    /// any other subject: the subject, unless it stands before the noun that
    /// is ("als je kind naar school gaat").
    fn in_subordinate(&mut self, i: usize) {
        let w = self.words;
        let end = self.clause_end(i);
        if let Some(noun) = w.noun_at(i + 1)
            && self.possessive_here(i)
            && !self.noun_is_je_verb(noun, i, end)
            && self.noun_is_subject(noun, end)
        {
            return self.push(Edit::one(i, "uw", Role::Possessive));
        }
        let verb = self.belgian_verb(i, end);
        self.subject(i, verb);
    }

    /// The "kan", "wil" or "zal" of the clause after a subject "je", which
    /// with "u" are "kunt", "wilt", "zult" ("als je het niet alleen kan
    /// dragen"): the only verbs "je" takes in another form than "u".
    fn belgian_verb(&self, i: usize, end: usize) -> Option<usize> {
        let w = self.words;
        (i + 1..end)
            .find(|&k| w.is_one_of(k, THIRD_PERSON_INVERTED) && !w.is_one_of(k - 1, &["te"]))
    }

    /// Whether the noun after "je" is the clause's subject, by the verb it
    /// agrees with: "als je kinderen hebt" (no: "hebt" is for "je"), "als je
    /// kind ziek is" (yes), "als je kind naar school gaat" (yes: a child
    /// goes; a noun that is no person rarely does).
    fn noun_is_subject(&self, noun: usize, end: usize) -> bool {
        let w = self.words;
        let Some(verb) = w.finite_verb(noun + 1, end, Tags::FINITE) else {
            return true;
        };
        if w.is_one_of(verb, SECOND_PERSON_ONLY) {
            return false;
        }
        let plural_noun = w.tags(noun).any(Tags::PLURAL | Tags::DIMINUTIVE_PLURAL)
            && !w.tags(noun).any(Tags::NOUN);
        let verb_tags = w.tags(verb);
        if plural_noun {
            return verb_tags.any(Tags::INFINITIVE | Tags::PAST_PLURAL)
                && !verb_tags.any(Tags::T_FORM);
        }
        w.is_one_of(verb, THIRD_PERSON_ONLY) || w.is(noun, Class::People) || self.is_passive(verb)
    }

    /// "je" that opens its clause: the subject before its verb ("Je kunt"),
    /// or the possessive of the noun that opens it ("Je ticket ligt klaar"),
    /// or, in a clause without a finite verb, the reflexive of a
    /// te-infinitive ("Je om te kleden in de kleedkamer").
    fn at_clause_start(&mut self, i: usize) {
        let w = self.words;
        let end = self.clause_end(i);
        let strong = w.lower(i) == "jij";
        if !strong
            && let Some(noun) = w.noun_at(i + 1)
            && !self.noun_is_je_verb(noun, i, end)
        {
            return self.push(Edit::one(i, "uw", Role::Possessive));
        }
        let next_is_verb = w.is_finite_at(i + 1);
        if !next_is_verb && !strong {
            if w.finite_verb(i + 1, end, Tags::FINITE).is_none()
                && self.reflexive_verb_in(i + 1..end, None)
            {
                return self.push(Edit::one(i, "zich", Role::Reflexive));
            }
            return self.elsewhere(i);
        }
        let verb = next_is_verb.then_some(i + 1);
        self.subject(i, verb);
    }

    /// Whether the word after a clause-opening "je" that the dictionary
    /// also knows as a noun is its verb: "Je kan hier pinnen", "Je wacht
    /// hier" (no other verb follows for "je" to agree with), but not "Je
    /// pas werkt niet" ("werkt" is the verb of "je pas").
    fn noun_is_je_verb(&self, noun: usize, i: usize, end: usize) -> bool {
        let w = self.words;
        if noun != i + 1 || !w.tags(noun).any(Tags::STEM | Tags::T_FORM) {
            return false;
        }
        if w.is(noun, Class::Auxiliary) {
            return true;
        }
        let plural = w.tags(noun).any(Tags::PLURAL) && !w.tags(noun).any(Tags::NOUN);
        let verbs = if plural {
            Tags::INFINITIVE | Tags::PAST_PLURAL
        } else {
            Tags::STEM | Tags::T_FORM | Tags::PAST
        };
        w.finite_verb(noun + 1, end, verbs).is_none()
    }

    /// The pronoun at `i` as the subject of `verb`, which agrees with "u".
    fn subject(&mut self, i: usize, verb: Option<usize>) {
        let w = self.words;
        self.reader_subjects.push(i);
        self.push(Edit::one(i, "u", Role::Subject));
        let coordinated = w.is(i + 1, Class::Coordinator);
        if let Some(v) = verb.filter(|_| !coordinated) {
            self.agree(v);
        }
    }

    /// Makes the finite verb `v` agree with "u": "kan" → "kunt", "wil" →
    /// "wilt"; "kunt", "gaat" stay.
    fn agree(&mut self, v: usize) {
        let w = self.words;
        if !w.is_one_of(v, THIRD_PERSON_INVERTED) {
            return;
        }
        if let Some(form) = w.lexicon.u_form(w.lower(v)).filter(|f| f != w.lower(v)) {
            self.push(Edit::one(v, form, Role::Agreement));
        }
    }

    /// "je" in the middle of a clause: before a noun, possessive ("Sorteer
    /// goed je afval"); where the reader is the clause's subject and its
    /// verb takes "zich", reflexive ("als je je ziek voelt"); else object.
    fn elsewhere(&mut self, i: usize) {
        if self.possessive_here(i) {
            return self.push(Edit::one(i, "uw", Role::Possessive));
        }
        let start = self.clause_start(i);
        let end = self.clause_end(i);
        // The subjects found so far come in text order: look back to the clause start only.
        let reader_is_subject = self
            .reader_subjects
            .iter()
            .rev()
            .take_while(|&&s| s >= start)
            .any(|&s| s < i)
            || (start..i).any(|k| {
                self.words.is_one_of(k, &["u", "jij"])
                    && self.words.is_finite_at(k.saturating_sub(1).max(start))
                    || self.words.is_one_of(k, &["u"]) && self.words.is_finite_at(k + 1)
            });
        if reader_is_subject && self.reflexive_verb_in(start..end, None) {
            return self.push(Edit::one(i, "zich", Role::Reflexive));
        }
        self.push(Edit::one(i, "u", Role::Object));
    }

    /// Whether a verb in `range` (or the verb `also`) takes "zich", alone or
    /// with a particle of the clause: "melden", "aan … melden", "om te kleden".
    fn reflexive_verb_in(&self, range: Range<usize>, also: Option<usize>) -> bool {
        range
            .clone()
            .chain(also)
            .any(|k| self.takes_zich(k, range.clone()))
    }

    /// Whether the verb at `k` takes "zich" with the words of `clause`:
    /// "meld … aan", "houd … aan de regels" (but not "houd … in acht").
    fn takes_zich(&self, k: usize, clause: Range<usize>) -> bool {
        let w = self.words;
        let Some(verb) = self.infinitive_of(k) else {
            return false;
        };
        let words: Vec<&str> = clause
            .filter(|&c| w.is_word(c))
            .map(|c| w.lower(c))
            .collect();
        w.lexicon.takes_zich(&verb, &words)
            || words
                .iter()
                .filter(|p| w.lexicon.is(p, Class::Particle))
                .any(|p| w.lexicon.takes_zich(&format!("{p}{verb}"), &words))
    }

    /// The infinitive of the verb form at `k`, if it is one.
    fn infinitive_of(&self, k: usize) -> Option<String> {
        let w = self.words;
        if !w.is_word(k)
            || w.is(k, Class::Preposition)
            || w.is(k, Class::Particle) && !w.tags(k).any(Tags::VERB)
        {
            return None;
        }
        let word = w.lower(k);
        let tags = w.tags(k);
        if tags.any(Tags::INFINITIVE) {
            return Some(word.to_owned());
        }
        if tags.any(Tags::STEM) {
            return w.lexicon.infinitive(word);
        }
        if tags.any(Tags::T_FORM) {
            return w
                .lexicon
                .stem_of_u_form(word)
                .and_then(|stem| w.lexicon.infinitive(&stem));
        }
        None
    }

    /// "jullie": possessive before a noun, object after a preposition or a
    /// subject's verb, else the subject, whose plural verb becomes the
    /// u-form: "jullie ontvangen" → "u ontvangt", "kunnen jullie" → "kunt u".
    fn jullie(&mut self, i: usize) {
        let w = self.words;
        let prev = (i > self.range.start)
            .then(|| i - 1)
            .filter(|&p| w.is_word(p));
        if w.noun_phrase_at(i + 1) {
            return self.push(Edit::one(i, "uw", Role::Possessive));
        }
        match prev {
            Some(p)
                if w.is(p, Class::Preposition)
                    && !(w.is(p, Class::Subordinator) && w.opens_clause(p)) =>
            {
                self.push(Edit::one(i, "u", Role::Object))
            }
            Some(p) if w.is_finite_at(p) && !w.is(p, Class::Subordinator) => {
                let start = self.clause_start(p);
                if p != start && self.fronted_is_subject(start, p) {
                    return self.push(Edit::one(i, "u", Role::Object));
                }
                if let Some(form) = self.singular_u_form(p) {
                    self.verb_and_reader(p, i, form, "u", Role::SubjectInverted);
                }
            }
            _ => {
                let end = self.clause_end(i);
                let verb = w.finite_verb(i + 1, end, Tags::INFINITIVE | Tags::PAST_PLURAL);
                self.reader_subjects.push(i);
                self.push(Edit::one(i, "u", Role::Subject));
                if let Some(v) = verb
                    && let Some(form) = self.singular_u_form(v)
                {
                    self.push(Edit::one(v, form, Role::Agreement));
                }
            }
        }
    }

    /// The u-form of a plural verb: "kunnen" → "kunt", "deelnemen" → "deelneemt".
    fn singular_u_form(&self, v: usize) -> Option<String> {
        let w = self.words;
        let word = w.lower(v);
        if !w.tags(v).any(Tags::INFINITIVE) {
            return None;
        }
        let stem = w.lexicon.stem(word)?;
        w.lexicon.u_form(&stem)
    }

    /// "u" that opens its clause right before "kan", "wil" or "zal", as
    /// Belgian Dutch writes: "U kan hier pinnen" → "U kunt hier pinnen".
    fn agreement_after_u(&mut self, i: usize) {
        let w = self.words;
        let start = self.clause_start(i);
        let subordinator = w.is(start, Class::Subordinator)
            && (!w.is(start, Class::Preposition) || w.is_one_of(start, &["als"]));
        let opens = i == start || i == start + 1 && subordinator;
        let after_number = i > 0 && w.tokens.kind(i - 1) == crate::wording::text::TokenKind::Number;
        if opens && !after_number && w.is_one_of(i + 1, THIRD_PERSON_INVERTED) {
            self.agree(i + 1);
        }
    }
}
