//! The Dutch lexicon: every word form of OpenTaal's dictionary with its
//! word classes and inflections, and the project's own lists beside it.
//!
//! - `assets/lexicon/nl.fst` maps each of the dictionary's forms to its
//!   [`Tags`]: "maakt" is a t-form, "fietsen" a plural noun and an
//!   infinitive. It is made from the dictionary package by
//!   `examples/make_lexicon` (see `assets/lexicon/README.md`).
//! - `locales/nl/lexicon.toml` holds what the dictionary does not say: the
//!   closed word classes (pronouns, prepositions, …), the strong and
//!   irregular verbs, the dictionary's faults, and the verbs that take "zich".
//!
//! A word the dictionary lacks takes the readings of its longest known last
//! part, as Dutch compounds do: "fietsenstalling" is a noun like "stalling".
//!
//! ```
//! use streep::lexicon::{Lexicon, Tags};
//!
//! let nl = Lexicon::dutch();
//! assert!(nl.tags("maakt").any(Tags::T_FORM));
//! assert!(nl.tags("fietsenstalling").any(Tags::NOUN));
//! assert_eq!(nl.u_form("maak").as_deref(), Some("maakt"));
//! assert_eq!(nl.u_form("kan").as_deref(), Some("kunt"));
//! assert_eq!(nl.infinitive("respecteer").as_deref(), Some("respecteren"));
//! assert!(nl.is_reflexive("aanmelden"));
//! ```

pub mod spelling;
mod tags;
mod verbs;

use std::cell::RefCell;
use std::collections::BTreeMap;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

use serde::Deserialize;

pub use spelling::StemRule;
pub use tags::Tags;
use verbs::Verbs;

/// The embedded dictionary: every word form and its tags.
const FORMS: &[u8] = include_bytes!("../../../assets/lexicon/nl.fst");

/// The project's own word lists.
const OWN: &str = include_str!("../../../locales/nl/lexicon.toml");

/// How many words' readings each thread keeps: signs use few words, and
/// most are read again and again.
const CACHED_WORDS: usize = 1 << 16;

thread_local! {
    static READINGS: RefCell<HashMap<Box<str>, Tags>> = RefCell::new(HashMap::default());
}

/// The shortest last part a compound is read by: shorter tails ("en", "te")
/// would give most unknown words a class.
const MIN_COMPOUND_PART: usize = 3;

/// No form in the dictionary is longer than this many bytes (its longest
/// are about 50 letters), so a longer tail is never looked up: a megabyte
/// "word" costs one pass, not a lookup for every letter.
const LONGEST_FORM: usize = 128;

/// The closed classes the engine itself reads; `lexicon.toml` must list each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Class {
    SubjectPronoun,
    ObjectPronoun,
    Possessive,
    Determiner,
    Preposition,
    Subordinator,
    Coordinator,
    QuestionWord,
    Adverb,
    Negation,
    Particle,
    Inseparable,
    Auxiliary,
    People,
    Public,
    Staff,
    AdverbNoun,
    TimeStart,
}

impl Class {
    pub const ALL: [Class; 18] = [
        Class::SubjectPronoun,
        Class::ObjectPronoun,
        Class::Possessive,
        Class::Determiner,
        Class::Preposition,
        Class::Subordinator,
        Class::Coordinator,
        Class::QuestionWord,
        Class::Adverb,
        Class::Negation,
        Class::Particle,
        Class::Inseparable,
        Class::Auxiliary,
        Class::People,
        Class::Public,
        Class::Staff,
        Class::AdverbNoun,
        Class::TimeStart,
    ];

    /// The class's name in `lexicon.toml` and in rule patterns (`@name`).
    pub fn name(self) -> &'static str {
        match self {
            Class::SubjectPronoun => "subject-pronoun",
            Class::ObjectPronoun => "object-pronoun",
            Class::Possessive => "possessive",
            Class::Determiner => "determiner",
            Class::Preposition => "preposition",
            Class::Subordinator => "subordinator",
            Class::Coordinator => "coordinator",
            Class::QuestionWord => "question-word",
            Class::Adverb => "adverb",
            Class::Negation => "negation",
            Class::Particle => "particle",
            Class::Inseparable => "inseparable",
            Class::Auxiliary => "auxiliary",
            Class::People => "people",
            Class::Public => "public",
            Class::Staff => "staff",
            Class::AdverbNoun => "adverb-noun",
            Class::TimeStart => "time-start",
        }
    }

    /// Whether the class holds function words, which are then not read as
    /// nouns, verbs or adjectives ("bij" is no bee on a sign).
    fn is_closed(self) -> bool {
        matches!(
            self,
            Class::SubjectPronoun
                | Class::ObjectPronoun
                | Class::Possessive
                | Class::Determiner
                | Class::Preposition
                | Class::Subordinator
                | Class::Coordinator
                | Class::QuestionWord
                | Class::Negation
        )
    }
}

/// `lexicon.toml` as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OwnFile {
    /// Words of a closed class that keep their other readings too.
    open: Vec<String>,
    classes: BTreeMap<String, Vec<String>>,
    verbs: BTreeMap<String, String>,
    wrong: BTreeMap<String, String>,
    #[serde(default)]
    readings: BTreeMap<String, String>,
    collocations: Collocations,
    reflexive: Reflexive,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Collocations {
    phrases: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Reflexive {
    verbs: Vec<String>,
}

/// The Dutch lexicon.
pub struct Lexicon {
    forms: fst::Map<&'static [u8]>,
    classes: HashMap<Class, HashSet<String>>,
    /// Every class of `lexicon.toml` by name, for rule files.
    named: BTreeMap<String, HashSet<String>>,
    /// Words of a closed class: their open-class readings are dropped.
    function_words: HashSet<String>,
    /// Every word of every class of `lexicon.toml`.
    listed: HashSet<String>,
    wrong: HashMap<String, Tags>,
    /// Readings the dictionary lacks: "toedoen" is also a noun.
    readings: HashMap<String, Tags>,
    verbs: Verbs,
    /// Verbs that take "zich", each with the word it needs in its clause
    /// ("houden" only with "aan"), if any.
    reflexive: HashMap<String, Option<String>>,
    /// Noun and verb (infinitive) that go together without an article.
    collocations: HashSet<(String, String)>,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Lexicon({} forms)", self.forms.len())
    }
}

impl Lexicon {
    /// The embedded Dutch lexicon, read once.
    pub fn dutch() -> &'static Lexicon {
        static DUTCH: OnceLock<Lexicon> = OnceLock::new();
        DUTCH.get_or_init(|| Lexicon::new(FORMS, OWN).expect("the embedded lexicon is valid"))
    }

    fn new(forms: &'static [u8], own: &str) -> Result<Lexicon, String> {
        let forms = fst::Map::new(forms).map_err(|e| e.to_string())?;
        let own: OwnFile = toml::from_str(own).map_err(|e| e.to_string())?;
        let lower = |words: &[String]| {
            words
                .iter()
                .map(|w| w.to_lowercase())
                .collect::<HashSet<_>>()
        };
        let mut classes = HashMap::default();
        let mut function_words = HashSet::default();
        for class in Class::ALL {
            let words = own
                .classes
                .get(class.name())
                .ok_or_else(|| format!("lexicon.toml has no class {}", class.name()))?;
            let words = lower(words);
            if class.is_closed() {
                function_words.extend(words.iter().cloned());
            }
            classes.insert(class, words);
        }
        for word in &own.open {
            function_words.remove(word);
        }
        let named: BTreeMap<String, HashSet<String>> = own
            .classes
            .iter()
            .map(|(name, words)| (name.clone(), lower(words)))
            .collect();
        let listed = named.values().flatten().cloned().collect();
        let wrong = tag_table(&own.wrong, "wrong")?;
        let readings = tag_table(&own.readings, "readings")?;
        let verbs = Verbs::parse(&own.verbs)?;
        let collocations = own
            .collocations
            .phrases
            .iter()
            .map(|phrase| match phrase.split_once(' ') {
                Some((noun, verb)) => Ok((noun.to_owned(), verb.to_owned())),
                None => Err(format!(
                    "[collocations] {phrase}: a noun and a verb expected"
                )),
            })
            .collect::<Result<_, String>>()?;
        Ok(Lexicon {
            readings,
            collocations,
            forms,
            classes,
            named,
            function_words,
            listed,
            wrong,
            verbs,
            reflexive: own
                .reflexive
                .verbs
                .iter()
                .map(|entry| match entry.split_once(' ') {
                    Some((verb, with)) => (verb.to_owned(), Some(with.to_owned())),
                    None => (entry.to_owned(), None),
                })
                .collect(),
        })
    }

    /// The readings of `word` (in lower case): the dictionary's, the
    /// irregular verbs', or, for a word neither knows, its compound's last part's.
    pub fn tags(&self, word: &str) -> Tags {
        if let Some(tags) = READINGS.with_borrow(|cache| cache.get(word).copied()) {
            return tags;
        }
        let known = self.known_tags(word);
        let tags = match known.is_empty() {
            true => self.compound_tags(word),
            false => known,
        };
        READINGS.with_borrow_mut(|cache| {
            if cache.len() >= CACHED_WORDS {
                cache.clear();
            }
            cache.insert(word.into(), tags);
        });
        tags
    }

    /// The readings of `word` itself, without reading it as a compound.
    fn known_tags(&self, word: &str) -> Tags {
        let mut tags = self.forms.get(word).map_or(Tags::NONE, Tags::from_bits);
        tags |= self.verbs.tags(word, self);
        if let Some(more) = self.readings.get(word) {
            tags |= *more | Tags::WORD;
        }
        if let Some(wrong) = self.wrong.get(word) {
            tags = tags.without(*wrong);
        }
        if self.function_words.contains(word) {
            tags = tags.without(Tags::CLASSES) | Tags::WORD;
        }
        tags
    }

    /// The readings of the longest known last part of `word`, as nouns and
    /// adjectives: "fietsenstalling" → "stalling", "ruilwinkel-deelnemer" →
    /// "deelnemer".
    fn compound_tags(&self, word: &str) -> Tags {
        let starts = word.char_indices().map(|(i, _)| i).skip(2);
        for start in starts.skip_while(|start| word.len() - start > LONGEST_FORM) {
            let tail = word[start..].trim_start_matches('-');
            if tail.chars().take(MIN_COMPOUND_PART).count() < MIN_COMPOUND_PART {
                break;
            }
            if self.function_words.contains(tail) {
                continue;
            }
            let tags = self.forms.get(tail).map_or(Tags::NONE, Tags::from_bits);
            let open = tags & (Tags::NOUN_ANY | Tags::ADJECTIVE_ANY | Tags::VERB);
            if !open.is_empty() {
                return open | Tags::COMPOUND;
            }
        }
        Tags::NONE
    }

    /// Whether the dictionary or the project's lists know `word` at all.
    pub fn knows(&self, word: &str) -> bool {
        let tags = self.tags(word);
        !tags.is_empty() && !tags.any(Tags::COMPOUND) || self.listed.contains(word)
    }

    /// Whether `word` is in one of the closed classes.
    pub fn is(&self, word: &str, class: Class) -> bool {
        self.classes[&class].contains(word)
    }

    /// Every class of `lexicon.toml`, by name, for rule files.
    pub fn classes(&self) -> impl Iterator<Item = (&str, &HashSet<String>)> {
        self.named
            .iter()
            .map(|(name, words)| (name.as_str(), words))
    }

    /// Whether `form` is a form of a verb that can take "zich": "meld",
    /// "aanmelden", "houdt" (of "zich houden aan").
    pub fn is_reflexive_form(&self, form: &str) -> bool {
        self.infinitive_of(form)
            .is_some_and(|infinitive| self.is_reflexive(&infinitive))
    }

    /// The infinitive of a verb form: "maakt" → "maken", "meld" →
    /// "melden", "gebruiken" → "gebruiken"; `None` for a word that is no
    /// present verb form.
    pub fn infinitive_of(&self, form: &str) -> Option<String> {
        let tags = self.tags(form);
        if tags.any(Tags::INFINITIVE) {
            return Some(form.to_owned());
        }
        if tags.any(Tags::STEM) {
            return self.infinitive(form);
        }
        if tags.any(Tags::T_FORM) {
            return self
                .stem_of_u_form(form)
                .and_then(|stem| self.infinitive(&stem));
        }
        None
    }

    /// Whether `infinitive` names a verb that can take "zich": "aanmelden".
    pub fn is_reflexive(&self, infinitive: &str) -> bool {
        self.reflexive.contains_key(infinitive)
    }

    /// Whether `infinitive` takes "zich" in a clause of these (lower-case)
    /// words: "houden" only with "aan" ("zich houden aan", "zich eraan
    /// houden"), "melden" always.
    pub fn takes_zich(&self, infinitive: &str, clause: &[&str]) -> bool {
        match self.reflexive.get(infinitive) {
            Some(None) => true,
            Some(Some(with)) => clause.iter().any(|word| {
                word == with
                    || ["er", "daar", "hier", "waar"]
                        .iter()
                        .any(|pro| word.strip_prefix(pro) == Some(with.as_str()))
            }),
            None => false,
        }
    }

    /// Whether `noun` goes with the verb `infinitive` without an article,
    /// as in "rekening houden", "gebruik maken".
    pub fn is_collocation(&self, noun: &str, infinitive: &str) -> bool {
        self.collocations
            .contains(&(noun.to_owned(), infinitive.to_owned()))
            || self.split_particle(infinitive).is_some_and(|(_, verb)| {
                self.collocations
                    .contains(&(noun.to_owned(), verb.to_owned()))
            })
    }

    /// The verb's form after "u" and before an inverted "u", from its stem
    /// or the form before an inverted "je": "maak" → "maakt", "kan" →
    /// "kunt", "ga" → "gaat", "rij" → "rijdt". `None` where the lexicon
    /// cannot tell.
    pub fn u_form(&self, stem: &str) -> Option<String> {
        if let Some(form) = self.verbs.u_form(stem, self) {
            return Some(form);
        }
        if !self.tags(stem).any(Tags::STEM) {
            return None;
        }
        let form = if stem.ends_with('t') {
            stem.to_owned()
        } else {
            format!("{stem}t")
        };
        self.tags(&form).any(Tags::T_FORM).then_some(form)
    }

    /// The stem of a present form after "u": "maakt" → "maak", "kunt" →
    /// "kun", "heeft" → "heb", "wacht" → "wacht", for the form before an
    /// inverted "je".
    pub fn stem_of_u_form(&self, form: &str) -> Option<String> {
        if let Some(stem) = self.verbs.stem_of_u_form(form, self) {
            return Some(stem);
        }
        if !self.tags(form).any(Tags::T_FORM) {
            return None;
        }
        if self.tags(form).any(Tags::STEM) && form.ends_with('t') {
            return Some(form.to_owned());
        }
        let stem = form.strip_suffix('t')?;
        (self.tags(stem).any(Tags::STEM)).then(|| stem.to_owned())
    }

    /// The infinitive of a stem: "respecteer" → "respecteren", "zet" →
    /// "zetten", "ga" → "gaan".
    pub fn infinitive(&self, stem: &str) -> Option<String> {
        if let Some(infinitive) = self.verbs.infinitive(stem, self) {
            return Some(infinitive);
        }
        spelling::infinitive_candidates(stem)
            .into_iter()
            .find(|(rule, infinitive)| {
                let tags = self.tags(infinitive);
                tags.any(Tags::INFINITIVE) && tags.stem_rule() == Some(*rule)
            })
            .map(|(_, infinitive)| infinitive)
    }

    /// The stem of an infinitive: "deelnemen" → "deelneem", "zitten" → "zit".
    pub fn stem(&self, infinitive: &str) -> Option<String> {
        if let Some(stem) = self.verbs.stem(infinitive, self) {
            return Some(stem);
        }
        let tags = self.tags(infinitive);
        if !tags.any(Tags::INFINITIVE) {
            return None;
        }
        tags.stem_rule()?.stem(infinitive)
    }

    /// How many of the dictionary's forms have each reading, by name, and
    /// how many forms it holds in all (under "forms").
    pub fn counts(&self) -> BTreeMap<&'static str, usize> {
        use fst::Streamer;
        let mut counts = BTreeMap::new();
        let mut stream = self.forms.stream();
        let mut all = 0;
        while let Some((_, bits)) = stream.next() {
            all += 1;
            let tags = Tags::from_bits(bits);
            for name in tags.names() {
                *counts.entry(name).or_default() += 1;
            }
            if tags.any(Tags::INFINITIVE) && tags.stem_rule().is_some() {
                *counts.entry("infinitive-paired").or_default() += 1;
            }
        }
        counts.insert("forms", all);
        counts
    }

    /// A separable verb split into its particle and the rest, where the
    /// rest is a verb form: "meenemen" → ("mee", "nemen").
    pub fn split_particle<'w>(&self, word: &'w str) -> Option<(&'w str, &'w str)> {
        self.classes[&Class::Particle]
            .iter()
            .filter(|particle| {
                word.len() > particle.len() + 1 && word.starts_with(particle.as_str())
            })
            .map(|particle| word.split_at(particle.len()))
            .filter(|(_, rest)| self.known_tags(rest).any(Tags::VERB))
            .max_by_key(|(particle, _)| particle.len())
    }
}

/// A table of `lexicon.toml` that gives forms tags by name: "kant" = "t-form".
fn tag_table(
    table: &BTreeMap<String, String>,
    name: &str,
) -> Result<HashMap<String, Tags>, String> {
    table
        .iter()
        .map(|(form, tags)| {
            let tags = tags
                .split_whitespace()
                .map(|tag| Tags::named(tag).ok_or_else(|| format!("[{name}] {form}: no tag {tag}")))
                .try_fold(Tags::NONE, |all, tag| Ok::<_, String>(all | tag?))?;
            Ok((form.clone(), tags))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_form_is_longer_than_the_longest_looked_up() {
        let nl = Lexicon::dutch();
        let mut forms = nl.forms.stream();
        let mut longest = 0;
        while let Some((form, _)) = fst::Streamer::next(&mut forms) {
            longest = longest.max(form.len());
        }
        assert!(longest <= LONGEST_FORM, "{longest} bytes");
    }

    #[test]
    fn every_class_the_engine_reads_is_listed() {
        let nl = Lexicon::dutch();
        for class in Class::ALL {
            assert!(!nl.classes[&class].is_empty(), "{}", class.name());
        }
    }

    #[test]
    fn function_words_are_not_nouns() {
        let nl = Lexicon::dutch();
        assert!(!nl.tags("bij").any(Tags::NOUN));
        assert!(!nl.tags("voor").any(Tags::NOUN));
        assert!(nl.tags("bijen").any(Tags::PLURAL));
    }
}
