//! The strong and irregular verbs of `lexicon.toml`, and the verbs made
//! from them with a prefix ("verbieden" from "bieden") or a separable
//! particle ("toelaten" from "laten"), whose forms follow their base verb.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap as HashMap;

use crate::wording::lexicon::{Class, Lexicon, Tags};

/// One verb of the table.
struct Verb {
    infinitive: String,
    /// The first is what streep writes before an inverted "je" and as an
    /// imperative ("kun", "houd"); the others are read too ("kan", "hou").
    stems: Vec<String>,
    /// After "u" and before an inverted "u": "kunt", "bent".
    u_form: String,
}

/// The table, with every form it gives by its reading.
pub struct Verbs {
    verbs: Vec<Verb>,
    forms: HashMap<String, Vec<(usize, Tags)>>,
}

/// A form found in the table, perhaps under a prefix.
struct Found<'a> {
    prefix: &'a str,
    verb: &'a Verb,
    tags: Tags,
}

impl Verbs {
    pub fn parse(table: &BTreeMap<String, String>) -> Result<Verbs, String> {
        let mut verbs = Vec::new();
        let mut forms: HashMap<String, Vec<(usize, Tags)>> = HashMap::default();
        for (infinitive, row) in table {
            let columns: Vec<&str> = row.split_whitespace().collect();
            let [stems, u_form, t_form, past, past_plural, participle] = columns[..] else {
                return Err(format!(
                    "[verbs] {infinitive}: six forms expected, found {}",
                    columns.len()
                ));
            };
            let index = verbs.len();
            let mut add = |words: &str, tags: Tags| {
                for word in words.split('/').filter(|w| *w != "-") {
                    forms
                        .entry(word.to_owned())
                        .or_default()
                        .push((index, tags));
                }
            };
            add(infinitive, Tags::INFINITIVE);
            for stem in stems.split('/') {
                let t = if stem.ends_with('t') {
                    Tags::T_FORM
                } else {
                    Tags::NONE
                };
                add(stem, Tags::STEM | t);
            }
            add(u_form, Tags::T_FORM);
            add(t_form, Tags::T_FORM);
            add(past, Tags::PAST);
            add(past_plural, Tags::PAST_PLURAL);
            add(participle, Tags::PARTICIPLE);
            verbs.push(Verb {
                infinitive: infinitive.clone(),
                stems: stems.split('/').map(str::to_owned).collect(),
                u_form: u_form.to_owned(),
            });
        }
        Ok(Verbs { verbs, forms })
    }

    /// Every reading of `word` as a form of the table, with or without a prefix.
    fn find<'a>(&'a self, word: &'a str, lexicon: &Lexicon) -> Vec<Found<'a>> {
        let mut found: Vec<Found> = self.direct("", word);
        for (class, separable) in [(Class::Particle, true), (Class::Inseparable, false)] {
            for prefix in &lexicon.classes[&class] {
                let Some(rest) = word.strip_prefix(prefix.as_str()).filter(|r| r.len() >= 2) else {
                    continue;
                };
                let prefix = &word[..prefix.len()];
                if separable {
                    found.extend(self.direct(prefix, rest));
                } else {
                    // "verboden": the participle of a prefixed verb has no ge-.
                    let participle = format!("ge{rest}");
                    found.extend(
                        self.direct(prefix, rest)
                            .into_iter()
                            .filter(|f| !f.tags.any(Tags::PARTICIPLE)),
                    );
                    found.extend(
                        self.forms
                            .get(&participle)
                            .into_iter()
                            .flatten()
                            .filter(|(_, tags)| tags.any(Tags::PARTICIPLE))
                            .map(|&(verb, tags)| Found {
                                prefix,
                                verb: &self.verbs[verb],
                                tags,
                            }),
                    );
                }
            }
        }
        found
    }

    fn direct<'a>(&'a self, prefix: &'a str, word: &str) -> Vec<Found<'a>> {
        self.forms
            .get(word)
            .into_iter()
            .flatten()
            .map(|&(verb, tags)| Found {
                prefix,
                verb: &self.verbs[verb],
                tags,
            })
            .collect()
    }

    pub fn tags(&self, word: &str, lexicon: &Lexicon) -> Tags {
        self.find(word, lexicon)
            .iter()
            .fold(Tags::NONE, |all, found| all | found.tags)
    }

    /// The form for a stem of the table: "kan" → "kunt", "verbied" → "verbiedt".
    pub fn u_form(&self, stem: &str, lexicon: &Lexicon) -> Option<String> {
        self.find(stem, lexicon)
            .into_iter()
            .find(|f| {
                f.verb
                    .stems
                    .iter()
                    .any(|s| stem == format!("{}{s}", f.prefix))
            })
            .map(|f| format!("{}{}", f.prefix, f.verb.u_form))
    }

    /// The stem for a present form: "kunt" → "kun", "heeft" → "heb".
    pub fn stem_of_u_form(&self, form: &str, lexicon: &Lexicon) -> Option<String> {
        self.find(form, lexicon)
            .into_iter()
            .find(|f| f.tags.any(Tags::T_FORM))
            .map(|f| format!("{}{}", f.prefix, f.verb.stems[0]))
    }

    pub fn infinitive(&self, stem: &str, lexicon: &Lexicon) -> Option<String> {
        self.find(stem, lexicon)
            .into_iter()
            .find(|f| f.tags.any(Tags::STEM))
            .map(|f| format!("{}{}", f.prefix, f.verb.infinitive))
    }

    pub fn stem(&self, infinitive: &str, lexicon: &Lexicon) -> Option<String> {
        self.find(infinitive, lexicon)
            .into_iter()
            .find(|f| f.tags.any(Tags::INFINITIVE))
            .map(|f| format!("{}{}", f.prefix, f.verb.stems[0]))
    }
}
