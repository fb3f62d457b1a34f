//! How a French sign addresses its reader: every "tu", "te", "t'" and
//! "toi" becomes "vous", and every verb of the reader takes its form for
//! "vous", in any tense a sign uses:
//!
//! - subject and its verb, past "ne", "n'" and the pronouns between: "tu
//!   réserves" → "vous réservez", "tu n'as" → "vous n'avez", "tu t'es
//!   inscrit" → "vous vous êtes inscrit", "tu trouveras" → "vous trouverez";
//! - inversion and imperatives with their pronoun: "Veux-tu" → "Voulez-vous",
//!   "inscris-toi" and "Mêle toi" → "inscrivez-vous", "Mêlez-vous";
//! - imperatives of a sign that says "tu" elsewhere: "Gère tes
//!   casseroles" → "Gérez vos casseroles", "reste chez toi" → "restez chez
//!   vous" (those of signs without a pronoun are the rule file's);
//! - a relative clause about the reader: "À toi qui oublies" → "À vous qui
//!   oubliez".
//!
//! The forms come from the rules of the regular groups and a table of the
//! irregular verbs. A subject whose verb has no form here is left alone
//! (and the rule file's advice names it).

use std::ops::Range;

use super::{Edit, ParagraphSays, Role};
use crate::wording::text::{TokenKind, Tokens};

/// Every change of address the text (a sentence, as the rewriter gives it)
/// needs, in text order; `paragraph_says` tells whether the sign says "tu"
/// anywhere.
pub fn analyse(tokens: &Tokens, paragraph_says: &ParagraphSays) -> Vec<Edit> {
    let informal =
        paragraph_says(INFORMAL) || (0..tokens.len()).any(|i| INFORMAL.contains(&tokens.lower(i)));
    let mut edits = Vec::new();
    for range in tokens.sentences() {
        let mut sentence = Sentence {
            tokens,
            range,
            informal,
            edits: Vec::new(),
        };
        sentence.analyse();
        sentence.edits.sort_by_key(|edit| edit.start);
        sentence.unelide();
        sentence
            .edits
            .dedup_by(|later, earlier| later.start < earlier.end);
        edits.extend(sentence.edits);
    }
    edits
}

/// Words that only address a reader informally.
const INFORMAL: &[&str] = &[
    "tu",
    "te",
    "t'",
    "t’",
    "toi",
    "ton",
    "ta",
    "tes",
    "toi-même",
];

/// What may stand between a subject and its verb.
const CLITICS: &[&str] = &[
    "ne", "n'", "n’", "te", "t'", "t’", "le", "la", "les", "l'", "l’", "lui", "leur", "y", "en",
    "me", "m'", "m’", "se", "s'", "s’", "nous", "vous",
];

/// Words that may open a clause before its imperative.
const BEFORE_IMPERATIVE: &[&str] = &[
    "ou", "et", "puis", "alors", "donc", "sinon", "mais", "ensuite", "ne", "n'", "n’",
];

/// Words that follow an imperative.
const AFTER_IMPERATIVE: &[&str] = &[
    "le",
    "la",
    "les",
    "l'",
    "l’",
    "un",
    "une",
    "des",
    "du",
    "de",
    "d'",
    "d’",
    "ton",
    "ta",
    "tes",
    "ce",
    "cet",
    "cette",
    "ces",
    "que",
    "qu'",
    "qu’",
    "chez",
    "au",
    "aux",
    "à",
    "toi",
    "bien",
    "toujours",
    "jamais",
    "pas",
    "ici",
    "là",
    "vite",
    "en",
    "y",
    "sur",
    "dans",
    "avec",
    "pour",
    "tranquillement",
    "calmement",
    "plus",
    "moins",
    "attention",
    "signe",
    "demi-tour",
];

/// Words that open clauses and are no imperatives.
const NOT_IMPERATIVE: &[&str] = &[
    "que",
    "quelque",
    "chaque",
    "comme",
    "entre",
    "contre",
    "cette",
    "celle",
    "elle",
    "elles",
    "notre",
    "votre",
    "autre",
    "autres",
    "même",
    "très",
    "après",
    "près",
    "sous",
    "dans",
    "sans",
    "tous",
    "toutes",
    "tes",
    "ces",
    "des",
    "les",
    "mes",
    "nos",
    "vos",
    "plus",
    "moins",
    "avec",
    "alors",
    "ainsi",
    "puisque",
    "lorsque",
    "jusque",
    "presque",
    "une",
    "pendant",
    "depuis",
    "personne",
    "rien",
    "madame",
    "monsieur",
    "merci",
    "bienvenue",
    "chez",
    "vers",
    "pas",
    "ensemble",
    "toujours",
    "jamais",
    "parfois",
    "souvent",
    "encore",
    "tu",
    "te",
    "toi",
    "ils",
    "nous",
    "vous",
    "mais",
    "puis",
    "donc",
    "ou",
    "et",
    "si",
    "quand",
    "dès",
    "lors",
];

/// Pronouns an imperative carries after a hyphen: "demande-nous".
const AFTER_HYPHEN: &[&str] = &[
    "toi", "moi", "nous", "le", "la", "les", "lui", "leur", "en", "y",
];

/// The vous-forms of irregular verbs, by the end of their tu-form: a form
/// that ends in one takes its vous-form ("comprends" → "comprenez").
const IRREGULAR_ENDINGS: &[(&str, &str)] = &[
    ("prends", "prenez"),
    ("viens", "venez"),
    ("tiens", "tenez"),
    ("mets", "mettez"),
    ("bats", "battez"),
    ("cours", "courez"),
    ("pars", "partez"),
    ("sors", "sortez"),
    ("dors", "dormez"),
    ("sers", "servez"),
    ("sens", "sentez"),
    ("suis", "suivez"),
    ("cris", "crivez"),
    ("connais", "connaissez"),
    ("parais", "paraissez"),
    ("plais", "plaisez"),
    ("duis", "duisez"),
    ("truis", "truisez"),
    ("çois", "cevez"),
    ("vois", "voyez"),
    ("crois", "croyez"),
    ("bois", "buvez"),
    ("dois", "devez"),
    ("peux", "pouvez"),
    ("veux", "voulez"),
    ("vaux", "valez"),
    ("fais", "faites"),
    ("assieds", "asseyez"),
    ("meurs", "mourez"),
    ("quiers", "quérez"),
    ("joins", "joignez"),
    ("eins", "eignez"),
    ("ains", "aignez"),
    ("vis", "vivez"),
];

/// Irregular forms matched whole.
const IRREGULAR: &[(&str, &str)] = &[
    ("as", "avez"),
    ("es", "êtes"),
    ("vas", "allez"),
    ("va", "allez"),
    ("dis", "dites"),
    ("redis", "redites"),
    ("sais", "savez"),
    ("lis", "lisez"),
    ("relis", "relisez"),
    ("ris", "riez"),
    ("sois", "soyez"),
    ("aie", "ayez"),
    ("aies", "ayez"),
    ("sache", "sachez"),
    ("saches", "sachiez"),
    ("veuille", "veuillez"),
    ("puisses", "puissiez"),
    ("fasses", "fassiez"),
    ("ailles", "alliez"),
    ("viennes", "veniez"),
    ("prennes", "preniez"),
    ("tais", "taisez"),
    ("vais", "allez"),
];

/// Verbs of the first group whose "è" is an "e" in the vous-form ("lève" →
/// "levez"), where most have "é" ("gère" → "gérez").
const OPEN_E_STEMS: &[&str] = &[
    "lèv", "mèn", "achèt", "pès", "sèm", "gèl", "achèv", "crèv", "amèn", "emmèn", "promèn",
];

/// Verbs whose doubled consonant is single in the vous-form ("appelle" →
/// "appelez", "jette" → "jetez").
const DOUBLED_STEMS: &[&str] = &["appell", "jett", "épell", "renouvell", "ficell"];

struct Sentence<'a, 't> {
    tokens: &'a Tokens<'t>,
    range: Range<usize>,
    /// The sign addresses its reader as "tu" somewhere.
    informal: bool,
    edits: Vec<Edit>,
}

impl<'a, 't> Sentence<'a, 't> {
    fn analyse(&mut self) {
        for at in self.range.clone() {
            let Some(word) = self.word(at) else {
                continue;
            };
            match word {
                "tu" => self.subject(at),
                "te" | "t'" | "t’" | "toi" => self.push(at, "vous".to_owned(), Role::Object),
                "qui" if at > self.range.start && self.is(at - 1, &["toi"]) => {
                    self.verb_after(at);
                }
                _ => self.hyphenated(at, word),
            }
        }
        for start in self.clause_starts() {
            self.imperative(start);
        }
    }

    /// An elided "t'" written as "vous" takes the word glued to it along,
    /// so that a space comes between: "t'inscris" → "vous inscrivez".
    fn unelide(&mut self) {
        let tokens = &self.tokens.tokens;
        let mut k = 0;
        while k < self.edits.len() {
            let at = self.edits[k].start;
            let glued = self.edits[k].end == at + 1
                && self.is(at, &["t'", "t’"])
                && tokens
                    .get(at + 1)
                    .is_some_and(|next| next.span.start == tokens[at].span.end);
            if glued {
                let next = match self.edits.get(k + 1) {
                    Some(edit) if edit.start == at + 1 && edit.end == at + 2 => {
                        self.edits.remove(k + 1).words.remove(0)
                    }
                    _ => self.tokens.text[tokens[at + 1].span.clone()].to_owned(),
                };
                self.edits[k].words.push(next);
                self.edits[k].end = at + 2;
            }
            k += 1;
        }
    }

    fn word(&self, i: usize) -> Option<&'a str> {
        (self.range.contains(&i) && self.tokens.kind(i) == TokenKind::Word)
            .then(|| self.tokens.lower(i))
    }

    fn is(&self, i: usize, words: &[&str]) -> bool {
        self.word(i).is_some_and(|word| words.contains(&word))
    }

    fn push(&mut self, at: usize, word: String, role: Role) {
        self.edits.push(Edit::one(at, word, role));
    }

    /// "tu" and its verb, past the pronouns and "ne" between them.
    fn subject(&mut self, at: usize) {
        if self.verb_after(at) {
            self.push(at, "vous".to_owned(), Role::Subject);
        }
    }

    /// Gives the verb after token `at` its vous-form; whether it has one.
    fn verb_after(&mut self, at: usize) -> bool {
        let mut verb = at + 1;
        while self.is(verb, CLITICS) {
            verb += 1;
        }
        let Some(form) = self.word(verb).and_then(vous_form) else {
            return false;
        };
        self.push(verb, form, Role::Agreement);
        true
    }

    /// "Veux-tu" → "Voulez-vous", "inscris-toi" → "inscrivez-vous".
    fn hyphenated(&mut self, at: usize, word: &str) {
        let Some((verb, pronoun)) = word.rsplit_once('-') else {
            return;
        };
        let sure = pronoun == "tu" || pronoun == "toi";
        if !(sure || (self.informal && AFTER_HYPHEN.contains(&pronoun))) {
            return;
        }
        if let Some(form) = vous_form(verb) {
            let (pronoun, role) = match pronoun {
                "tu" => ("vous", Role::SubjectInverted),
                "toi" => ("vous", Role::Imperative),
                other => (other, Role::Imperative),
            };
            self.push(at, format!("{form}-{pronoun}"), role);
        }
    }

    /// Where the clauses of the sentence begin.
    fn clause_starts(&self) -> Vec<usize> {
        let mut starts = vec![self.range.start];
        starts.extend(
            self.range
                .clone()
                .filter(|&i| self.tokens.is_clause_boundary(i))
                .map(|i| i + 1),
        );
        starts
    }

    /// An imperative opening a clause of a sign that says "tu" elsewhere:
    /// "Gère tes casseroles", "reste chez toi", "Mêle toi de …".
    fn imperative(&mut self, start: usize) {
        if !self.informal {
            return;
        }
        let mut at = start;
        while self.is(at, BEFORE_IMPERATIVE) {
            at += 1;
        }
        let Some(word) = self.word(at) else {
            return;
        };
        let followed = self
            .word(at + 1)
            .is_some_and(|next| AFTER_IMPERATIVE.contains(&next));
        let shaped = ['e', 's', 'x'].iter().any(|&end| word.ends_with(end)) || word == "va";
        let taken = self.edits.iter().any(|edit| edit.start == at);
        if !followed || !shaped || taken || NOT_IMPERATIVE.contains(&word) {
            return;
        }
        let Some(form) = vous_form(word) else {
            return;
        };
        if self.is(at + 1, &["toi"]) {
            // "Mêle toi" → "Mêlez-vous".
            self.edits.retain(|edit| edit.start != at + 1);
            self.edits.push(Edit {
                start: at,
                end: at + 2,
                words: vec![format!("{form}-vous"), String::new()],
                role: Role::Imperative,
            });
        } else {
            self.push(at, form, Role::Imperative);
        }
    }
}

/// The vous-form of a verb in its form for "tu" (present, future,
/// imperfect, conditional, subjunctive) or its imperative: "réserves" →
/// "réservez", "auras" → "aurez", "avais" → "aviez", "gère" → "gérez",
/// "finis" → "finissez", "prends" → "prenez".
pub fn vous_form(word: &str) -> Option<String> {
    // "faites", "dites", "êtes" are forms for "vous" already, which a
    // second reading of a rewritten sign sees: not forms for "tu" in "-es".
    let for_vous = IRREGULAR
        .iter()
        .chain(IRREGULAR_ENDINGS)
        .any(|(_, vous)| vous.ends_with("es") && word.ends_with(vous));
    if for_vous {
        return None;
    }
    if let Some(&(_, form)) = IRREGULAR.iter().find(|(tu, _)| *tu == word) {
        return Some(form.to_owned());
    }
    if let Some((stem, form)) = IRREGULAR_ENDINGS
        .iter()
        .find_map(|&(end, form)| Some((word.strip_suffix(end)?, form)))
    {
        return Some(format!("{stem}{form}"));
    }
    let ends = |end: &str| word.strip_suffix(end);
    let form = if let Some(stem) = ends("ras") {
        format!("{stem}rez")
    } else if let Some(stem) = ends("ais") {
        format!("{stem}iez")
    } else if let Some(stem) = ends("ies").or_else(|| ends("ie")) {
        first_group(&semivowel(stem))
    } else if let Some(stem) = ends("es").or_else(|| ends("e")) {
        first_group(stem)
    } else if let Some(stem) = ends("ds") {
        format!("{stem}dez")
    } else if let Some(stem) = ends("is") {
        format!("{stem}issez")
    } else {
        return None;
    };
    (form.chars().count() > 3).then_some(form)
}

/// "essai" → "essay", "envoi" → "envoy": a stem's "i" after a vowel is a
/// "y" before "-ez"; else the "i" stays ("vérifi").
fn semivowel(stem: &str) -> String {
    match stem.chars().last() {
        Some('a' | 'o' | 'u') => format!("{stem}y"),
        _ => format!("{stem}i"),
    }
}

/// The vous-form of a first-group stem: "gèr" → "gérez", "lèv" → "levez",
/// "appell" → "appelez", "réserv" → "réservez".
fn first_group(stem: &str) -> String {
    if let Some(doubled) = DOUBLED_STEMS.iter().find(|s| stem.ends_with(*s)) {
        let single = &doubled[..doubled.len() - 1];
        return format!("{}{single}ez", &stem[..stem.len() - doubled.len()]);
    }
    match stem.rfind('è') {
        Some(at) => {
            let open = OPEN_E_STEMS.iter().any(|s| stem.ends_with(s));
            let vowel = if open { "e" } else { "é" };
            format!("{}{vowel}{}ez", &stem[..at], &stem[at + 'è'.len_utf8()..])
        }
        None => format!("{stem}ez"),
    }
}

/// `phrase` after French "de", its first letter small, elided before a
/// vowel: "Chiens" → "de chiens", "Animaux" → "d'animaux". `None` for a
/// phrase that begins with "h", before which eliding is the word's own
/// affair.
pub fn with_de(phrase: &str) -> Option<String> {
    let phrase = crate::wording::text::with_first_letter(phrase.trim(), false);
    let first = phrase.chars().next()?;
    if !first.is_alphabetic() || first == 'h' {
        return None;
    }
    let vowel = "aeiouyàâäéèêëîïôöùûü".contains(first);
    Some(if vowel {
        format!("d'{phrase}")
    } else {
        format!("de {phrase}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_take_their_form_for_vous() {
        for (tu, vous) in [
            ("réserves", "réservez"),
            ("auras", "aurez"),
            ("mettras", "mettrez"),
            ("avais", "aviez"),
            ("essaies", "essayez"),
            ("réessaie", "réessayez"),
            ("vérifie", "vérifiez"),
            ("oublies", "oubliez"),
            ("gère", "gérez"),
            ("lève", "levez"),
            ("appelle", "appelez"),
            ("finis", "finissez"),
            ("attends", "attendez"),
            ("comprends", "comprenez"),
            ("inscris", "inscrivez"),
            ("poursuis", "poursuivez"),
            ("puisses", "puissiez"),
            ("dois", "devez"),
            ("peux", "pouvez"),
            ("reçois", "recevez"),
            ("es", "êtes"),
            ("va", "allez"),
            ("fais", "faites"),
            ("dis", "dites"),
        ] {
            assert_eq!(vous_form(tu).as_deref(), Some(vous), "tu {tu}");
        }
        assert_eq!(vous_form("faites"), None, "a form for vous already");
        assert_eq!(vous_form("de"), None);
        assert_eq!(vous_form("à"), None);
    }

    #[test]
    fn french_de_elides_before_a_vowel_and_leaves_h_alone() {
        assert_eq!(with_de("Chiens").as_deref(), Some("de chiens"));
        assert_eq!(with_de("Animaux").as_deref(), Some("d'animaux"));
        assert_eq!(with_de("Écouteurs").as_deref(), Some("d'écouteurs"));
        assert_eq!(with_de("Hamacs"), None);
        assert_eq!(with_de(""), None);
    }
}
