//! How a German sign addresses its reader: every "du", "ihr", "dich",
//! "dir" and "euch" given its role in its clause, and every verb of the
//! reader, indicative or imperative, put in its form for "Sie":
//!
//! - subject and its verb: "du kannst" → "Sie können", "kannst du" →
//!   "können Sie", "wenn ihr … hineinschwimmt" → "wenn Sie …
//!   hineinschwimmen";
//! - imperative: "Melde dich an" → "Melden Sie sich an", "Seid leise" →
//!   "Seien Sie leise", "Cremt eure Kinder ein" → "Cremen Sie eure …";
//! - reflexive: "wenn du dich meldest" → "wenn Sie sich melden";
//! - object: "wir helfen dir" → "wir helfen Ihnen", "wenn dich jemand
//!   fragt" → "wenn Sie jemand fragt".
//!
//! German writes its nouns with a capital, so a word in lower case inside a
//! sentence is no noun: that, and the place of the verb (second in a main
//! clause, last in a subordinate one, first in an imperative), is what
//! tells a verb here. An imperative without a pronoun after it is only
//! taken for one in a sign that says "du" or "ihr" elsewhere. A verb's
//! Sie-form comes from the rules of the regular verbs and a table of the
//! strong and irregular ones. A pronoun whose verb is not found is left
//! alone (and the rule file's advice names it).

use std::ops::Range;

use super::{Edit, ParagraphSays, Role};
use crate::wording::text::{Case, TokenKind, Tokens};

/// Whom a verb form addresses.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Person {
    /// "du".
    One,
    /// "ihr".
    Group,
}

/// Every change of address the text (a sentence, as the rewriter gives it)
/// needs, in text order; `paragraph_says` tells whether the sign says
/// "du" or "ihr" anywhere.
pub fn analyse(tokens: &Tokens, paragraph_says: &ParagraphSays) -> Vec<Edit> {
    let says = |words: &[&str]| {
        paragraph_says(words) || (0..tokens.len()).any(|i| words.contains(&tokens.lower(i)))
    };
    let (group, informal) = (says(GROUP), says(INFORMAL) || says(GROUP));
    let mut edits = Vec::new();
    for range in tokens.sentences() {
        let sentence = Sentence {
            tokens,
            range,
            group,
            informal,
            changes: Vec::new(),
        };
        sentence.edits_into(&mut edits);
    }
    edits
}

/// Words that only address a reader informally.
const INFORMAL: &[&str] = &[
    "du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "deines", "euch", "euer",
    "eure", "euren", "eurem", "eurer", "eures",
];

/// Words that address a group.
const GROUP: &[&str] = &[
    "ihr", "euch", "euer", "eure", "euren", "eurem", "eurer", "eures",
];

/// Verb forms of "ihr" alone, which no third person shares.
const GROUP_ONLY: &[&str] = &[
    "könnt", "müsst", "dürft", "wollt", "sollt", "habt", "seid", "wisst", "mögt", "werdet",
    "möchtet", "solltet", "könntet", "müsstet", "dürftet", "wolltet", "hättet", "wärt", "wäret",
];

/// Words that open a subordinate clause, whose verb comes last.
const SUBORDINATORS: &[&str] = &[
    "wenn", "falls", "dass", "ob", "weil", "sobald", "bevor", "nachdem", "bis", "solange",
    "während", "damit", "als", "obwohl", "wie", "was", "wo", "wann", "warum", "wieso", "wer",
    "womit", "wofür", "worauf", "woran", "wohin", "woher",
];

/// Relative pronouns, which open a subordinate clause after a comma.
const RELATIVES: &[&str] = &[
    "der", "die", "das", "den", "dem", "denen", "deren", "dessen", "welche", "welcher", "welches",
    "welchen",
];

/// Adverbs that may stand before an imperative: "Deshalb melde dich …".
const BEFORE_IMPERATIVE: &[&str] = &[
    "bitte",
    "deshalb",
    "deswegen",
    "daher",
    "dann",
    "also",
    "jetzt",
    "danach",
    "anschließend",
    "zuerst",
    "außerdem",
    "trotzdem",
    "einfach",
    "und",
    "oder",
    "aber",
    "sonst",
];

/// Words that follow an imperative: pronouns, articles, possessives and
/// the adverbs of a request.
const AFTER_IMPERATIVE: &[&str] = &[
    "dich",
    "dir",
    "euch",
    "ihn",
    "sie",
    "es",
    "uns",
    "mir",
    "mich",
    "den",
    "die",
    "das",
    "dem",
    "der",
    "ein",
    "eine",
    "einen",
    "einem",
    "dein",
    "deine",
    "deinen",
    "deinem",
    "deiner",
    "euer",
    "eure",
    "euren",
    "eurem",
    "nur",
    "bitte",
    "daher",
    "deshalb",
    "deswegen",
    "immer",
    "nicht",
    "nie",
    "doch",
    "mal",
    "auch",
    "stets",
    "gut",
    "dann",
    "darauf",
    "jetzt",
    "hier",
    "kurz",
    "einfach",
    "gern",
    "gerne",
    "rechtzeitig",
    "zu",
    "keine",
    "keinen",
    "kein",
    "genau",
    "vorsichtig",
    "ruhig",
    "langsam",
    "leise",
    "sofort",
];

/// Words that, after the first word of a sentence, make it an imperative.
const SURELY_AFTER_IMPERATIVE: &[&str] = &[
    "bitte", "dich", "dir", "euch", "mal", "doch", "gern", "gerne",
];

/// Prepositions that may follow an imperative in a text that says "du"
/// ("Stelle vor dem Einstieg sicher"); elsewhere they follow nouns too
/// ("Hunde an die Leine").
const PLACES: &[&str] = &[
    "an", "auf", "aus", "mit", "vor", "in", "im", "am", "ins", "beim", "bei", "nach", "durch",
    "für", "über", "unter", "zum", "zur", "vom", "ab",
];

/// Capitalised words that open sentences and are no imperatives.
const NOT_IMPERATIVE: &[&str] = &[
    "bitte",
    "danke",
    "diese",
    "jede",
    "alle",
    "keine",
    "liebe",
    "eine",
    "deine",
    "meine",
    "unsere",
    "eure",
    "welche",
    "solche",
    "manche",
    "einige",
    "viele",
    "andere",
    "heute",
    "gerne",
    "ohne",
    "ende",
    "seite",
    "hilfe",
    "nicht",
    "jetzt",
    "erst",
    "selbst",
    "bist",
    "ist",
    "hast",
    "nächste",
    "erste",
    "letzte",
    "beste",
    "gilt",
    "tut",
    "gute",
    "schöne",
    "frohe",
    "neue",
    "die",
    "sie",
    "ihre",
    "große",
    "kleine",
    "wir",
    "ich",
    "er",
    "es",
    "man",
    "hier",
    "da",
    "dort",
    "so",
    "das",
    "hallo",
    "willkommen",
    "schon",
    "noch",
];

/// Words in lower case that end like a verb of "du" or "ihr" and are none.
const NOT_VERB: &[&str] = &[
    "ist",
    "selbst",
    "erst",
    "zuerst",
    "fast",
    "sonst",
    "meist",
    "zumeist",
    "zunächst",
    "nächst",
    "längst",
    "höchst",
    "umsonst",
    "einst",
    "jetzt",
    "zuletzt",
    "nicht",
    "gut",
    "mit",
    "bereit",
    "oft",
    "direkt",
    "leicht",
    "weit",
    "recht",
    "schlecht",
    "nett",
    "damit",
    "somit",
    "samt",
    "seit",
    "halt",
    "gesamt",
    "insgesamt",
    "acht",
    "sanft",
    "spät",
    "bunt",
    "laut",
    "breit",
    "kalt",
    "stets",
    "zumindest",
    "mindest",
    "best",
    "gestattet",
];

/// Verb forms the rules of the regular verbs do not give, and their
/// Sie-form: modal, auxiliary and strong verbs in the forms for "du" and
/// "ihr" and in the imperative. A form with a prefix ("erhältst",
/// "mitnimmst") is found by its last part.
const IRREGULAR: &[(&str, &str)] = &[
    ("bist", "sind"),
    ("seid", "sind"),
    ("hast", "haben"),
    ("habt", "haben"),
    ("wirst", "werden"),
    ("werdet", "werden"),
    ("kannst", "können"),
    ("könnt", "können"),
    ("musst", "müssen"),
    ("müsst", "müssen"),
    ("darfst", "dürfen"),
    ("dürft", "dürfen"),
    ("willst", "wollen"),
    ("wollt", "wollen"),
    ("sollst", "sollen"),
    ("sollt", "sollen"),
    ("magst", "mögen"),
    ("mögt", "mögen"),
    ("weißt", "wissen"),
    ("wisst", "wissen"),
    ("tust", "tun"),
    ("tut", "tun"),
    ("möchtest", "möchten"),
    ("möchtet", "möchten"),
    ("nimmst", "nehmen"),
    ("gibst", "geben"),
    ("siehst", "sehen"),
    ("liest", "lesen"),
    ("hilfst", "helfen"),
    ("sprichst", "sprechen"),
    ("triffst", "treffen"),
    ("isst", "essen"),
    ("wirfst", "werfen"),
    ("brichst", "brechen"),
    ("stirbst", "sterben"),
    ("trittst", "treten"),
    ("fährst", "fahren"),
    ("fällst", "fallen"),
    ("hältst", "halten"),
    ("lässt", "lassen"),
    ("läufst", "laufen"),
    ("schläfst", "schlafen"),
    ("trägst", "tragen"),
    ("wäschst", "waschen"),
    ("fängst", "fangen"),
    ("empfiehlst", "empfehlen"),
    ("stiehlst", "stehlen"),
    ("wächst", "wachsen"),
    ("rätst", "raten"),
    ("lädst", "laden"),
    ("stößt", "stoßen"),
    ("giltst", "gelten"),
    ("vergisst", "vergessen"),
    ("misst", "messen"),
    ("wirbst", "werben"),
    ("birgst", "bergen"),
    ("heißt", "heißen"),
];

/// Imperatives the rules do not give.
const IRREGULAR_IMPERATIVE: &[(&str, &str)] = &[
    ("sei", "seien"),
    ("seid", "seien"),
    ("hab", "haben"),
    ("habe", "haben"),
    ("habt", "haben"),
    ("tu", "tun"),
    ("tue", "tun"),
    ("tut", "tun"),
    ("nimm", "nehmen"),
    ("gib", "geben"),
    ("sieh", "sehen"),
    ("lies", "lesen"),
    ("hilf", "helfen"),
    ("sprich", "sprechen"),
    ("triff", "treffen"),
    ("iss", "essen"),
    ("wirf", "werfen"),
    ("brich", "brechen"),
    ("tritt", "treten"),
    ("vergiss", "vergessen"),
    ("miss", "messen"),
    ("empfiehl", "empfehlen"),
    ("wisse", "wissen"),
    ("werde", "werden"),
];

/// Imperatives without an ending, which no rule tells from other words.
const BARE_IMPERATIVE: &[&str] = &[
    "lass", "komm", "geh", "bleib", "stell", "leg", "hol", "schau", "ruf", "zieh", "bring", "denk",
    "frag", "zeig", "such", "trag", "wart", "mach", "schreib", "gönn", "setz", "gib", "nimm",
    "sieh", "lies", "hilf", "sprich", "iss", "vergiss", "tritt", "sei", "tu", "hab", "seid",
];

/// Prefixes a verb form may carry before the part the table lists.
const PREFIXES: &[&str] = &[
    "ab", "an", "auf", "aus", "be", "bei", "durch", "ein", "emp", "ent", "er", "fest", "frei",
    "ge", "her", "hin", "los", "mit", "nach", "miss", "über", "um", "unter", "ver", "vor", "weg",
    "weiter", "wider", "zer", "zu", "zurück", "zusammen", "hinein", "heraus", "herein", "vorbei",
];

/// One clause of a sentence.
struct Clause {
    range: Range<usize>,
    /// Opened by a conjunction, a question word or a relative pronoun: its
    /// verb comes last.
    subordinate: bool,
    /// An infinitive clause without a subject: "um dich … zu schützen".
    subjectless: bool,
    /// The reader is its subject, or is told to do something in it.
    reader_acts: bool,
}

/// One word changed: token `at` becomes `word`.
struct Change {
    at: usize,
    word: String,
    role: Role,
}

/// The words of one sentence, and the changes its clauses need.
struct Sentence<'a, 't> {
    tokens: &'a Tokens<'t>,
    range: Range<usize>,
    /// The sign addresses a group ("ihr", "euch", "eure").
    group: bool,
    /// The sign addresses its reader as "du" or "ihr".
    informal: bool,
    changes: Vec<Change>,
}

impl<'a, 't> Sentence<'a, 't> {
    fn edits_into(mut self, edits: &mut Vec<Edit>) {
        let mut clauses = self.clauses();
        let mut told = false;
        for clause in &mut clauses {
            let subject = self.subjects_of(clause);
            let imperative = self.imperatives_of(clause, told);
            told |= imperative;
            clause.reader_acts = imperative || subject;
        }
        let reader_acts = clauses.iter().any(|clause| clause.reader_acts);
        for clause in &clauses {
            self.pronouns_of(clause, reader_acts);
        }
        self.changes.sort_by_key(|change| change.at);
        edits.extend(self.grouped());
    }

    fn word(&self, i: usize) -> Option<&'a str> {
        (self.range.contains(&i) && self.tokens.kind(i) == TokenKind::Word)
            .then(|| self.tokens.lower(i))
    }

    fn is(&self, i: usize, words: &[&str]) -> bool {
        self.word(i).is_some_and(|word| words.contains(&word))
    }

    /// Written with a capital inside a sentence (and not in capitals): a noun.
    fn is_noun(&self, i: usize) -> bool {
        self.word(i).is_some_and(|word| !INFORMAL.contains(&word)) && {
            let text = &self.tokens.text[self.tokens.tokens[i].span.clone()];
            Case::of(text) == Case::Capitalised && !self.tokens.starts_sentence(i)
        }
    }

    fn change(&mut self, at: usize, word: impl Into<String>, role: Role) {
        self.changes.push(Change {
            at,
            word: word.into(),
            role,
        });
    }

    fn changed(&self, at: usize) -> bool {
        self.changes.iter().any(|change| change.at == at)
    }

    /// The clauses: between commas, semicolons, colons, brackets and the
    /// sentence's end, and from an "und" or "oder" that "du" or "ihr"
    /// follows ("wenn ihr … aufweist und ihr euch … fühlt").
    fn clauses(&self) -> Vec<Clause> {
        let mut clauses: Vec<Clause> = Vec::new();
        let mut start = self.range.start;
        let mut split = false;
        for i in self.range.clone() {
            if self.tokens.is_clause_boundary(i) {
                self.close(&mut clauses, start..i, split);
                start = i + 1;
                split = false;
            } else if i > start && self.is(i, &["und", "oder"]) && self.is(i + 1, &["du", "ihr"]) {
                self.close(&mut clauses, start..i, split);
                start = i;
                split = true;
            }
        }
        self.close(&mut clauses, start..self.range.end, split);
        clauses
    }

    /// Adds the clause `range`. A clause `split` from the one before it at
    /// "und du" or "und ihr" is subordinate when that one is.
    fn close(&self, clauses: &mut Vec<Clause>, range: Range<usize>, split: bool) {
        if range.is_empty() {
            return;
        }
        let first = range.start;
        let later = first > self.range.start;
        let subordinate = self.is(first, SUBORDINATORS)
            || (later && self.is(first, RELATIVES))
            || (split && clauses.last().is_some_and(|clause| clause.subordinate));
        let subjectless = later
            && !subordinate
            && (self.is(
                first,
                &["um", "ohne", "statt", "anstatt", "dich", "dir", "euch"],
            ) || range.clone().any(|k| self.is(k, &["zu"])));
        clauses.push(Clause {
            range,
            subordinate,
            subjectless,
            reader_acts: false,
        });
    }

    /// The reader as the subject of the clause, and its verb; whether found.
    fn subjects_of(&mut self, clause: &Clause) -> bool {
        let mut found = false;
        for at in clause.range.clone() {
            let person = match self.word(at) {
                Some("du") => Person::One,
                // "ihr Ticket" is hers, "Ihr Ticket" the reader's already;
                // but "damit ihr Spaß … haben könnt".
                Some("ihr") if !self.is_noun(at + 1) || self.group_subject(clause, at) => {
                    Person::Group
                }
                _ => continue,
            };
            let before = at.checked_sub(1).filter(|&k| clause.range.contains(&k));
            if let Some((verb, form)) = before.and_then(|k| Some((k, self.verb_form(k, person)?))) {
                self.change(verb, form, Role::SubjectInverted);
                self.change(at, "Sie", Role::SubjectInverted);
                found = true;
                continue;
            }
            let verbs = if clause.subordinate {
                self.last_verbs(at + 1..clause.range.end, person)
            } else {
                Vec::from_iter(self.verb_form(at + 1, person).map(|form| (at + 1, form)))
            };
            if verbs.is_empty() {
                continue;
            }
            self.change(at, "Sie", Role::Subject);
            for (verb, form) in verbs {
                self.change(verb, form, Role::Agreement);
            }
            found = true;
        }
        found
    }

    /// Whether "ihr" before a noun is the subject all the same: in lower
    /// case right after the clause's opener, and the clause ending in a
    /// verb only "ihr" takes ("damit ihr Spaß … haben könnt").
    fn group_subject(&self, clause: &Clause, at: usize) -> bool {
        let written = &self.tokens.text[self.tokens.tokens[at].span.clone()];
        let last = clause.range.clone().rev().find_map(|k| self.word(k));
        clause.subordinate
            && at == clause.range.start + 1
            && written == "ihr"
            && last.is_some_and(|verb| GROUP_ONLY.contains(&verb))
    }

    /// The verb that ends a subordinate clause, and those joined to it by
    /// "und" or "oder" ("wenn du früh kommst oder vorher anrufst"), each
    /// with its Sie-form.
    fn last_verbs(&self, range: Range<usize>, person: Person) -> Vec<(usize, String)> {
        let Some(last) = range.clone().rev().find(|&k| self.word(k).is_some()) else {
            return Vec::new();
        };
        let Some(last_form) = self.verb_form(last, person) else {
            return Vec::new();
        };
        let joined = (range.start + 1..range.end)
            .filter(|&k| self.is(k, &["und", "oder"]))
            .filter_map(|k| Some((k - 1, self.verb_form(k - 1, person)?)));
        joined.chain([(last, last_form)]).collect()
    }

    /// The Sie-form of token `i`, if it is a verb in the form for `person`.
    fn verb_form(&self, i: usize, person: Person) -> Option<String> {
        let word = self.word(i)?;
        let ending = match person {
            Person::One => ["st", "ßt", "zt", "xt"]
                .iter()
                .any(|end| word.ends_with(end)),
            Person::Group => word.ends_with('t') || word == "seid",
        };
        if !ending || self.is_noun(i) || NOT_VERB.contains(&word) {
            return None;
        }
        sie_form(word, person)
    }

    /// The imperatives of the clause, each with "Sie"; whether any. In a
    /// sentence `told` what to do already, "und" may bring another
    /// ("Creme sie (…) ein und bedeckt den Kopf").
    fn imperatives_of(&mut self, clause: &Clause, told: bool) -> bool {
        let question = self.range.clone().any(|k| self.tokens.lower(k) == "?");
        if clause.subordinate || clause.subjectless || question {
            return false;
        }
        let mut at = clause.range.start;
        while at + 1 < clause.range.end && self.is(at, BEFORE_IMPERATIVE) {
            at += 1;
        }
        let mut found = self.imperative_at(at, true);
        if !found {
            // "Für weitere Informationen wende dich …": after a phrase put first.
            let fronted = (at + 1..clause.range.end).find(|&k| {
                self.is(k + 1, &["dich", "dir", "euch"])
                    && !self.is(k - 1, SUBJECTS)
                    && self.word(k).is_some_and(|word| word.ends_with('e'))
                    && !self.is_noun(k)
            });
            if let Some(k) = fronted {
                found = self.imperative_at(k, false);
            }
        }
        if !found && !told {
            return false;
        }
        // "… und halte Abstand": more imperatives of the same clause.
        for k in at + 1..clause.range.end {
            if self.is(k, &["und", "oder"]) {
                found |= self.imperative_at(k + 1, false);
            }
        }
        found
    }

    /// Makes token `at` an imperative for "Sie" if it is one; whether it is.
    fn imperative_at(&mut self, at: usize, opens: bool) -> bool {
        let Some(word) = self.word(at) else {
            return false;
        };
        if NOT_IMPERATIVE.contains(&word)
            || INFORMAL.contains(&word)
            || (!opens && self.is_noun(at))
        {
            return false;
        }
        let next = self.word(at + 1);
        if next.is_some_and(|next| SUBJECTS.contains(&next)) {
            return false;
        }
        // In a text that says "du", a noun or a place may follow too.
        let followed = next.is_some_and(|next| AFTER_IMPERATIVE.contains(&next))
            || (next.is_none() && at > self.range.start && self.is(at - 1, &["bitte"]))
            || (self.informal
                && (self.is_noun(at + 1) || next.is_some_and(|next| PLACES.contains(&next))));
        // "Schließ bitte …", "Wasch dir …", "Nehmt gern …": an imperative
        // of any verb.
        let surely = next.is_some_and(|next| SURELY_AFTER_IMPERATIVE.contains(&next));
        // "Bitte begegne …", "… und behandle …": a verb in lower case where
        // an imperative stands.
        let placed = !self.is_noun(at)
            && !self.tokens.starts_sentence(at)
            && (!opens || self.is(at - 1, &["bitte"]))
            && word.ends_with('e');
        let listed = BARE_IMPERATIVE.contains(&word);
        let likely = followed
            && word.chars().count() >= 4
            && (word.ends_with('e') || (word.ends_with('t') && self.group));
        if !(listed || surely || placed || likely) {
            return false;
        }
        // "Melde", "Komm", "Sei"; or the plural "Meldet", "Cremt".
        let singular = listed || !word.ends_with('t');
        let form = if singular {
            imperative_form(word)
        } else {
            sie_form(word, Person::Group)
        };
        let Some(form) = form else {
            return false;
        };
        self.change(at, format!("{form} Sie"), Role::Imperative);
        true
    }

    /// "dich", "dir" and "euch": "sich" where the reader acts on itself,
    /// else "Sie" or "Ihnen". "euch" as an object is left to the rule
    /// file, which knows the prepositions and verbs that give its case.
    fn pronouns_of(&mut self, clause: &Clause, reader_acts: bool) {
        let reflexive = clause.reader_acts || (clause.subjectless && reader_acts);
        for at in clause.range.clone() {
            let Some(word) = self.word(at) else {
                continue;
            };
            if !["dich", "dir", "euch"].contains(&word) || self.changed(at) {
                continue;
            }
            // "das von dir genutzte Gerät": the doer, not the subject again.
            let agent = at > clause.range.start && self.is(at - 1, &["von"]);
            match (reflexive && !agent, word) {
                (true, _) => self.change(at, "sich", Role::Reflexive),
                (false, "dich") => self.change(at, "Sie", Role::Object),
                (false, "dir") => self.change(at, "Ihnen", Role::Object),
                _ => {}
            }
        }
    }

    /// The changes as edits: changes with only words between them, each a
    /// space apart, make one edit, so that a rule writes a whole phrase
    /// ("Melde dich" → "Melden Sie sich"), never half of one.
    fn grouped(&self) -> Vec<Edit> {
        let mut edits: Vec<Edit> = Vec::new();
        for change in &self.changes {
            match edits.last_mut() {
                Some(edit) if self.spaced_words(edit.end - 1, change.at) => {
                    for between in edit.end..change.at {
                        let span = self.tokens.tokens[between].span.clone();
                        edit.words.push(self.tokens.text[span].to_owned());
                    }
                    edit.words.push(change.word.clone());
                    edit.end = change.at + 1;
                }
                _ => edits.push(Edit::one(change.at, change.word.clone(), change.role)),
            }
        }
        edits
    }

    /// Whether tokens `from..=to` are words and numbers, each one space
    /// from the next.
    fn spaced_words(&self, from: usize, to: usize) -> bool {
        let tokens = &self.tokens.tokens;
        let text = self.tokens.text;
        (from..=to).all(|k| matches!(tokens[k].kind, TokenKind::Word | TokenKind::Number))
            && (from..to).all(|k| &text[tokens[k].span.end..tokens[k + 1].span.start] == " ")
    }
}

/// Subject pronouns: a verb before one is no imperative ("Warte du hier").
const SUBJECTS: &[&str] = &["du", "ihr", "wir", "ich", "er", "man"];

/// The Sie-form of a verb in the form for `person`: "kannst" → "können",
/// "wartest" → "warten", "klettert" → "klettern".
fn sie_form(word: &str, person: Person) -> Option<String> {
    if let Some(form) = listed(word, IRREGULAR) {
        return Some(form);
    }
    let ends = |endings: &[&str]| endings.iter().any(|end| word.ends_with(end));
    let stem = |cut: usize| word[..word.len() - cut].to_owned();
    let form = match person {
        // wartest → warten, klingelst → klingeln, kletterst → klettern
        Person::One if ends(&["est"]) || unstressed_e(word, &["elst", "erst"]) => stem(2) + "n",
        // heißt → heißen, sitzt → sitzen, passt → passen
        Person::One if ends(&["sst", "ßt", "zt", "xt"]) => stem(1) + "en",
        Person::One if ends(&["st"]) => stem(2) + "en",
        // wartet → warten, sammelt → sammeln, klettert → klettern
        Person::Group if ends(&["et"]) || unstressed_e(word, &["elt", "ert"]) => stem(1) + "n",
        Person::Group if ends(&["t"]) => stem(1) + "en",
        _ => return None,
    };
    (form.chars().count() > 3).then_some(form)
}

/// The Sie-form of a verb in its form for one other person ("er", "sie"):
/// "betritt" → "betreten", "verwendet" → "verwenden", "ist" → "sind".
/// `None` where the form does not tell its verb for sure: a stem with an
/// umlaut or an "i" may be a strong verb's changed vowel ("wählt" is
/// "wählen", "fährt" is "fahren") that the table does not list.
fn sie_form_of_third(word: &str) -> Option<String> {
    match word {
        "ist" => return Some("sind".to_owned()),
        "wird" => return Some("werden".to_owned()),
        _ => {}
    }
    // A strong verb's form for "er" is its form for "du" but for the "s"
    // ("hält", "hältst"; "gibt", "gibst"), or the same ("lässt").
    let du_forms = [
        word.strip_suffix('t').map(|stem| format!("{stem}st")),
        Some(format!("{word}st")),
        Some(format!("{word}t")),
        Some(word.to_owned()),
    ];
    if let Some(form) = du_forms
        .iter()
        .flatten()
        .find_map(|du| listed(du, IRREGULAR))
    {
        return Some(form);
    }
    let stem = word.strip_suffix('t')?;
    // "wartet", "sammelt", "klettert": an unstressed "e" the rules know.
    let dental = stem.ends_with('e') || unstressed_e(word, &["elt", "ert"]);
    let last_vowels: String = stem
        .chars()
        .rev()
        .skip_while(|c| !"aeiouäöüy".contains(*c))
        .take_while(|c| "aeiouäöüy".contains(*c))
        .collect();
    if !dental && last_vowels.contains(['ä', 'ö', 'ü', 'i']) {
        return None;
    }
    sie_form(word, Person::Group)
}

/// Whether `word` ends in one of `endings` ("elst", "ert", …) whose "e" is
/// unstressed, as in "sammelst", "kletterst", "feiert": after a consonant or
/// a diphthong, not after the "i" of "reservierst" or the "ie" of "spielst".
fn unstressed_e(word: &str, endings: &[&str]) -> bool {
    const VOWELS: &str = "aeiouäöüy";
    endings.iter().any(|ending| {
        let Some(before) = word.strip_suffix(ending) else {
            return false;
        };
        let mut chars = before.chars().rev();
        match (chars.next(), chars.next()) {
            (Some(last), _) if !VOWELS.contains(last) => true,
            // "feier", "bedauer", "steuer"
            (Some('i' | 'u'), Some(first)) => "aeä".contains(first),
            _ => false,
        }
    })
}

/// The Sie-form of a singular imperative: "melde" → "melden", "sammle" →
/// "sammeln", "komm" → "kommen", "sei" → "seien".
fn imperative_form(word: &str) -> Option<String> {
    if let Some(form) = listed(word, IRREGULAR_IMPERATIVE) {
        return Some(form);
    }
    // "sammle" → "sammeln", not "stelle" → "steleln", nor "bezahle" →
    // "bezaheln", whose "h" only makes its vowel long ("lächle" keeps it).
    let before_le: Vec<char> = word
        .strip_suffix("le")
        .map(|rest| rest.chars().rev().take(2).collect())
        .unwrap_or_default();
    let consonant_before_le = match before_le[..] {
        ['h', before_h, ..] => !"aeiouäöü".contains(before_h),
        [last, ..] => !"aeiouäöül".contains(last),
        [] => false,
    };
    Some(if consonant_before_le {
        format!("{}eln", &word[..word.len() - 2])
    } else if unstressed_e(word, &["ere", "ele"]) {
        // "klettere" → "klettern", "feiere" → "feiern"
        format!("{}n", &word[..word.len() - 1])
    } else if word.ends_with('e') || unstressed_e(word, &["el", "er"]) {
        format!("{word}n")
    } else {
        format!("{word}en")
    })
}

/// `word` in `table`, or its last part with a prefix before it: "erhältst"
/// → "erhalten".
fn listed(word: &str, table: &[(&str, &str)]) -> Option<String> {
    table.iter().find_map(|&(form, sie)| {
        let prefix = word.strip_suffix(form)?;
        (prefix.is_empty() || PREFIXES.contains(&prefix)).then(|| format!("{prefix}{sie}"))
    })
}

/// The subjects a German clause about one of the public starts with, each
/// with whether it may be plural ("wenn sie … betreten").
const THIRD_PERSON_SUBJECTS: &[(&str, bool)] = &[
    ("er/sie ", false),
    ("sie/er ", false),
    ("er oder sie ", false),
    ("sie oder er ", false),
    ("er ", false),
    ("sie ", true),
];

/// Words by which a clause says more of the person it is about.
const THIRD_PERSON_WORDS: &[&str] = &[
    "er", "sie", "ihm", "ihn", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "sein", "seine",
    "seinen", "seinem", "seiner", "seines", "sich",
];

/// A clause about one of the public as one about the reader: ", wenn
/// er/sie das Haus betritt" → ", wenn Sie das Haus betreten". Its subject,
/// after its first word, becomes "Sie", and its verb, at its end, takes its
/// Sie-form. `None` where the clause says more of the person ("sein",
/// "ihr") or the verb's form is unsure.
pub fn sie_clause(clause: &str) -> Option<String> {
    if clause.trim().is_empty() {
        return Some(String::new());
    }
    let tokens = Tokens::new(clause);
    let words: Vec<usize> = (0..tokens.len())
        .filter(|&i| tokens.kind(i) == TokenKind::Word)
        .collect();
    let (&first, &last) = (words.first()?, words.last()?);
    let after_first = tokens.tokens[first].span.end + 1;
    let rest = clause.get(after_first..)?.to_lowercase();
    let &(subject, may_be_plural) = THIRD_PERSON_SUBJECTS
        .iter()
        .find(|(subject, _)| rest.starts_with(subject))?;
    let verb_span = tokens.tokens[last].span.clone();
    let subject_end = after_first + subject.len();
    if verb_span.start < subject_end {
        return None;
    }
    let middle = &clause[subject_end..verb_span.start];
    let says_more = Tokens::new(middle).tokens.iter().any(|token| {
        let word = middle[token.span.clone()].to_lowercase();
        THIRD_PERSON_WORDS.contains(&word.as_str())
    });
    if says_more || middle.contains(',') {
        return None;
    }
    let verb = tokens.lower(last);
    let plural = may_be_plural && verb.ends_with('n');
    let sie_verb = if plural {
        verb.to_owned()
    } else {
        sie_form_of_third(verb)?
    };
    Some(format!(
        "{}Sie {middle}{sie_verb}{}",
        &clause[..after_first],
        &clause[verb_span.end..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_take_their_form_for_sie() {
        for (du, sie) in [
            ("kannst", "können"),
            ("wartest", "warten"),
            ("kletterst", "klettern"),
            ("klingelst", "klingeln"),
            ("heißt", "heißen"),
            ("benutzt", "benutzen"),
            ("verbringst", "verbringen"),
            ("erhältst", "erhalten"),
            ("mitnimmst", "mitnehmen"),
            ("vergisst", "vergessen"),
            ("reservierst", "reservieren"),
            ("spielst", "spielen"),
            ("feierst", "feiern"),
        ] {
            assert_eq!(sie_form(du, Person::One).as_deref(), Some(sie), "du {du}");
        }
        for (ihr, sie) in [
            ("seid", "sind"),
            ("könnt", "können"),
            ("wartet", "warten"),
            ("sammelt", "sammeln"),
            ("hineinschwimmt", "hineinschwimmen"),
            ("vergesst", "vergessen"),
            ("spielt", "spielen"),
            ("trainiert", "trainieren"),
        ] {
            assert_eq!(
                sie_form(ihr, Person::Group).as_deref(),
                Some(sie),
                "ihr {ihr}"
            );
        }
        for (imperative, sie) in [
            ("melde", "melden"),
            ("sammle", "sammeln"),
            ("stelle", "stellen"),
            ("komm", "kommen"),
            ("sei", "seien"),
            ("nimm", "nehmen"),
            ("änder", "ändern"),
            ("klettere", "klettern"),
            ("bezahle", "bezahlen"),
            ("lächle", "lächeln"),
            ("spiel", "spielen"),
        ] {
            assert_eq!(
                imperative_form(imperative).as_deref(),
                Some(sie),
                "{imperative}"
            );
        }
        assert_eq!(sie_form("st", Person::One), None);
    }

    #[test]
    fn a_verb_for_one_other_person_takes_its_form_for_sie() {
        for (third, sie) in [
            ("betritt", "betreten"),
            ("verlässt", "verlassen"),
            ("verwendet", "verwenden"),
            ("hält", "halten"),
            ("gibt", "geben"),
            ("kann", "können"),
            ("muss", "müssen"),
            ("hat", "haben"),
            ("ist", "sind"),
            ("kommt", "kommen"),
            ("sammelt", "sammeln"),
            ("kauft", "kaufen"),
        ] {
            assert_eq!(sie_form_of_third(third).as_deref(), Some(sie), "er {third}");
        }
        // An umlaut or an "i" the table does not know may be a strong
        // verb's: no form is better than a wrong one.
        for unsure in ["wählt", "bringt", "spielt"] {
            assert_eq!(sie_form_of_third(unsure), None, "er {unsure}");
        }
    }

    #[test]
    fn a_clause_about_one_of_the_public_is_said_of_the_reader() {
        for (clause, of_the_reader) in [
            (
                ", wenn er/sie das Haus betritt",
                ", wenn Sie das Haus betreten",
            ),
            (
                ", bevor er das Bad verlässt",
                ", bevor Sie das Bad verlassen",
            ),
            (
                ", sobald sie die Halle betreten",
                ", sobald Sie die Halle betreten",
            ),
            (
                ", wenn sie den Raum verlässt",
                ", wenn Sie den Raum verlassen",
            ),
            ("", ""),
        ] {
            assert_eq!(
                sie_clause(clause).as_deref(),
                Some(of_the_reader),
                "{clause}"
            );
        }
        for unsure in [
            ", wenn er seinen Ausweis zeigt",
            ", wenn er/sie ein Lied singt",
            ", wenn das Licht brennt",
        ] {
            assert_eq!(sie_clause(unsure), None, "{unsure}");
        }
    }
}
