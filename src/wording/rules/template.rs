//! Replacements: the right-hand side of a rule, and the word forms
//! (`${verb:u-verb}`) that inflect what a capture holds.
//!
//! A replacement is text with captures: `$name` or `${name}`, or
//! `${name:form}` to pass every word of the capture through a form table.
//! `$$` is a dollar sign.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap as HashMap;

use serde::Deserialize;

use crate::i18n::Msg;
use crate::wording::lexicon::Lexicon;
use crate::wording::rules::named::Named;
use crate::wording::rules::pattern::Pattern;
use crate::wording::text::{Case, TokenKind, Tokens};

/// A form table as a rule file writes it: listed words map to their form,
/// the others follow `rule`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormDef {
    #[serde(default)]
    rule: FormRule,
    #[serde(default)]
    words: BTreeMap<String, String>,
}

/// What a form does to a word it does not list.
#[derive(Debug, Default, Clone, Copy, Deserialize, PartialEq)]
#[serde(rename_all = "kebab-case")]
pub enum FormRule {
    /// Leave the word as it is.
    #[default]
    Keep,
    /// Add a `t` unless the word ends in one: "wil" → "wilt", "word" → "wordt".
    AddT,
    /// Write every word, listed or not, in lower case: a German noun made
    /// from a verb becomes the verb again ("Rauchen" → "rauchen").
    Lower,
    /// The infinitive of each verb form, by the dictionary: "wacht" →
    /// "wachten", "respecteer" → "respecteren", "gebruik" → "gebruiken".
    /// A word that is no verb form cannot be written, and the rule does not
    /// rewrite.
    Infinitive,
    /// The infinitive, with "zich" before it where the verb takes it:
    /// "melden" → "zich melden", "wachten" → "wachten".
    WithZich,
    /// The first letter a capital: a clause that becomes a sentence.
    Capital,
    /// The first letter in lower case: a phrase that started the sentence
    /// and no longer does ("In allen Räumen" → "in allen Räumen").
    Small,
    /// A te-infinitive without its "te", a separable particle joined to
    /// its verb where the dictionary knows the whole: "op te hangen" →
    /// "ophangen", "te wachten" → "wachten", "schoon te worden" →
    /// "schoon worden".
    Joined,
    /// "zich" where the captured verb takes it, else nothing: "Wilt u
    /// ${verb:zich} op tijd melden".
    Zich,
    /// The start of the next sentence, after a question a rule made of a
    /// clause: ", we komen" → "We komen"; a closing mark goes.
    NextSentence,
    /// A clause that ends in a te-infinitive, its "te" gone and the
    /// infinitive `joined`: "18 jaar te zijn" → "18 jaar zijn".
    JoinedLast,
    /// A clause that ends in a te-infinitive, as the body of "Wilt u …?":
    /// the infinitive `joined`, and "zich" first where the verb takes it
    /// and the clause has no reflexive of its own ("bij vertrek af te
    /// melden" → "zich bij vertrek afmelden").
    Question,
    /// French "de" before a phrase, elided before a vowel ("d'animaux"), by
    /// [`with_de`](crate::wording::address::with_de).
    De,
    /// A German clause about one of the public said of the reader (", wenn
    /// Sie das Haus betreten"), by
    /// [`sie_clause`](crate::wording::address::sie_clause).
    SieClause,
    /// The vous-form of a French verb in its form for "tu" or its
    /// imperative, by the rules the address analysis conjugates with:
    /// "attends" → "attendez", "éteins" → "éteignez".
    Vous,
}

/// The form tables of a rule set, by name, and the dictionary the computed
/// forms (`infinitive`) read.
#[derive(Debug, Default)]
pub struct Forms {
    tables: Named<FormTable>,
    dictionary: Option<&'static Lexicon>,
}

/// One form table: listed words map to their form, the others follow `rule`.
#[derive(Debug, Default)]
struct FormTable {
    rule: FormRule,
    words: HashMap<String, String>,
}

impl Forms {
    /// Forms that can make infinitives with the dictionary.
    pub fn with_dictionary(dictionary: &'static Lexicon) -> Forms {
        Forms {
            tables: Named::default(),
            dictionary: Some(dictionary),
        }
    }

    /// Adds a table, or extends one of the same name (its rule is then replaced).
    pub fn add(&mut self, name: &str, def: FormDef) {
        let table = self.tables.entry(name);
        table.rule = def.rule;
        table
            .words
            .extend(def.words.into_iter().map(|(k, v)| (k.to_lowercase(), v)));
    }

    /// `text` with every word passed through form `index`, in the word's
    /// own case; `None` where a computed form cannot be made.
    pub fn apply(&self, index: usize, text: &str) -> Option<String> {
        let FormTable { rule, words } = &self.tables[index];
        match rule {
            FormRule::Capital => return Some(crate::wording::text::with_first_letter(text, true)),
            FormRule::Small => return Some(crate::wording::text::with_first_letter(text, false)),
            FormRule::De => return crate::wording::address::with_de(text),
            FormRule::SieClause => return crate::wording::address::sie_clause(text),
            FormRule::Joined => return Some(self.joined(text)),
            FormRule::Zich => return self.zich(text),
            FormRule::Question => return self.question(text, true),
            FormRule::JoinedLast => return self.question(text, false),
            FormRule::NextSentence => {
                let rest = text.trim_start_matches(|c: char| !c.is_alphanumeric());
                return Some(crate::wording::text::with_first_letter(rest, true));
            }
            _ => {}
        }
        let tokens = Tokens::new(text);
        let mut out = String::with_capacity(text.len() + 4);
        let mut copied = 0;
        for (i, token) in tokens.tokens.iter().enumerate() {
            if token.kind != TokenKind::Word {
                continue;
            }
            let word = &text[token.span.clone()];
            // An abbreviation at the end of the text lost its final dot to
            // the sentence; its form takes the dot along.
            let lower = tokens.lower(i);
            let with_dot = format!("{lower}.");
            let (listed, end) = match (words.get(lower), words.get(&with_dot)) {
                (Some(form), _) => (Some(form), token.span.end),
                (None, Some(form))
                    if tokens
                        .tokens
                        .get(i + 1)
                        .is_some_and(|t| &text[t.span.clone()] == ".") =>
                {
                    (Some(form), token.span.end + 1)
                }
                _ => (None, token.span.end),
            };
            let Some(form) = self.form_of(*rule, listed, word, lower)? else {
                continue;
            };
            out.push_str(&text[copied..token.span.start]);
            out.push_str(&form);
            copied = end;
        }
        out.push_str(&text[copied..]);
        Some(out)
    }

    /// "op te hangen" → "ophangen": the words without "te", a particle
    /// joined to the verb where the whole is an infinitive.
    fn joined(&self, text: &str) -> String {
        let tokens = Tokens::new(text);
        let words: Vec<&str> = (0..tokens.len())
            .filter(|&i| tokens.kind(i) == TokenKind::Word && tokens.lower(i) != "te")
            .map(|i| &text[tokens.tokens[i].span.clone()])
            .collect();
        let copula = words
            .last()
            .is_some_and(|v| matches!(v.to_lowercase().as_str(), "worden" | "zijn" | "blijven"));
        if let ([particle, verb], Some(dictionary), false) =
            (words.as_slice(), self.dictionary, copula)
        {
            let whole = format!("{}{}", particle.to_lowercase(), verb.to_lowercase());
            if dictionary
                .tags(&whole)
                .any(crate::wording::lexicon::Tags::INFINITIVE)
            {
                return Case::of(particle).apply(&whole);
            }
        }
        words.join(" ")
    }

    /// The clause `text` without its final "te", the infinitive joined to
    /// its particle, and with `add_zich`, "zich" first where the verb needs it.
    fn question(&self, text: &str, add_zich: bool) -> Option<String> {
        let tokens = Tokens::new(text);
        let te = (0..tokens.len()).rev().find(|&i| tokens.lower(i) == "te")?;
        let dictionary = self.dictionary?;
        let particle = te
            .checked_sub(1)
            .filter(|&p| dictionary.is(tokens.lower(p), crate::wording::lexicon::Class::Particle));
        let verb_start = particle.unwrap_or(te);
        let head = text[..tokens.tokens[verb_start].span.start].trim_end();
        let verb = self.joined(&text[tokens.tokens[verb_start].span.start..]);
        let words: Vec<&str> = (0..tokens.len()).map(|i| tokens.lower(i)).collect();
        let own_reflexive = words
            .iter()
            .any(|w| matches!(*w, "zich" | "u" | "uzelf" | "me" | "ons" | "je"));
        // "dit melden" reports something: a verb with an object of its own takes no "zich".
        let object = (0..verb_start).any(|i| {
            let is = |class| dictionary.is(tokens.lower(i), class);
            let after_preposition = i > 0
                && dictionary.is(
                    tokens.lower(i - 1),
                    crate::wording::lexicon::Class::Preposition,
                );
            (is(crate::wording::lexicon::Class::Determiner)
                || is(crate::wording::lexicon::Class::SubjectPronoun))
                && !after_preposition
        });
        let infinitive = verb.to_lowercase().replace(' ', "");
        let zich = add_zich
            && !own_reflexive
            && !object
            && dictionary
                .infinitive_of(verb.split_whitespace().last()?)
                .is_some()
            && (dictionary.takes_zich(&infinitive, &words)
                || verb
                    .split_whitespace()
                    .last()
                    .is_some_and(|v| dictionary.takes_zich(v, &words)));
        let body = [if zich { "zich" } else { "" }, head, &verb]
            .iter()
            .filter(|part| !part.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        Some(body)
    }

    /// "zich" for a verb that takes it, nothing for one that does not;
    /// `None` for text that is no verb.
    fn zich(&self, text: &str) -> Option<String> {
        let dictionary = self.dictionary?;
        let joined = self.joined(text).to_lowercase();
        let verb = joined.split_whitespace().last()?;
        let infinitive = dictionary.infinitive_of(verb)?;
        let zich = dictionary.takes_zich(&infinitive, &[])
            || dictionary.takes_zich(&joined.replace(' ', ""), &[]);
        Some(if zich {
            "zich".to_owned()
        } else {
            String::new()
        })
    }

    /// One word's form: `Some(None)` keeps the word, `None` cannot make it.
    fn form_of(
        &self,
        rule: FormRule,
        listed: Option<&String>,
        word: &str,
        lower: &str,
    ) -> Option<Option<String>> {
        let made = match (listed, rule) {
            (Some(form), FormRule::Lower) => form.to_lowercase(),
            (None, FormRule::Lower) => lower.to_owned(),
            // A form written with a capital keeps it: German "dein" → "Ihr".
            (Some(form), _) => match Case::of(word) {
                Case::Lower => form.clone(),
                case => case.apply(form),
            },
            (None, FormRule::Vous) => {
                Case::of(word).apply(&crate::wording::address::vous_form(lower)?)
            }
            (None, FormRule::AddT) if !lower.ends_with('t') => {
                Case::of(word).apply(&format!("{lower}t"))
            }
            (None, FormRule::Infinitive | FormRule::WithZich) => {
                let dictionary = self.dictionary?;
                let infinitive = dictionary.infinitive_of(lower)?;
                let zich = rule == FormRule::WithZich && dictionary.takes_zich(&infinitive, &[]);
                let form = if zich {
                    format!("zich {infinitive}")
                } else {
                    infinitive
                };
                Case::of(word).apply(&form)
            }
            (None, _) => return Some(None),
        };
        Some(Some(made))
    }
}

/// A parsed replacement.
#[derive(Debug)]
pub struct Template {
    pub parts: Vec<Part>,
}

#[derive(Debug)]
pub enum Part {
    Text(String),
    /// A capture's text, passed through each form in turn.
    Capture {
        slot: usize,
        forms: Vec<usize>,
    },
}

impl Template {
    /// A replacement that is `text` as it stands, without captures.
    pub fn literal(text: &str) -> Template {
        Template {
            parts: vec![Part::Text(text.to_owned())],
        }
    }

    /// Parses `source`, checking its captures against `pattern` and its forms
    /// against `forms`.
    pub fn parse(source: &str, pattern: &Pattern, forms: &Forms) -> Result<Template, Msg> {
        let mut parts = Vec::new();
        let mut text = String::new();
        let mut rest = source;
        while let Some(dollar) = rest.find('$') {
            text.push_str(&rest[..dollar]);
            rest = &rest[dollar + 1..];
            let (reference, after) = if let Some(braced) = rest.strip_prefix('{') {
                let close = braced
                    .find('}')
                    .ok_or_else(|| Msg::new("template-unclosed-brace"))?;
                (&braced[..close], &braced[close + 1..])
            } else if let Some(after) = rest.strip_prefix('$') {
                text.push('$');
                rest = after;
                continue;
            } else {
                let end = rest
                    .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .unwrap_or(rest.len());
                (&rest[..end], &rest[end..])
            };
            rest = after;
            let mut names = reference.split(':');
            let name = names.next().unwrap_or_default();
            let slot = pattern
                .capture_slot(name)
                .ok_or_else(|| Msg::new("template-unknown-capture").arg("name", name))?;
            let forms = names
                .map(|form| {
                    forms
                        .tables
                        .index(form)
                        .ok_or_else(|| Msg::new("template-unknown-form").arg("name", form))
                })
                .collect::<Result<Vec<_>, _>>()?;
            if !text.is_empty() {
                parts.push(Part::Text(std::mem::take(&mut text)));
            }
            parts.push(Part::Capture { slot, forms });
        }
        text.push_str(rest);
        if !text.is_empty() {
            parts.push(Part::Text(text));
        }
        Ok(Template { parts })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wording::rules::pattern::WordClasses;

    fn forms() -> Forms {
        let mut forms = Forms::default();
        let def: FormDef =
            toml::from_str("rule = 'add-t'\nwords = { kun = 'kunt', ga = 'gaat', mag = 'mag' }")
                .unwrap();
        forms.add("u-verb", def);
        let def: FormDef = toml::from_str("words = { hun = 'uw' }").unwrap();
        forms.add("possessive", def);
        forms
    }

    #[test]
    fn forms_inflect_each_word_in_its_own_case() {
        let forms = forms();
        let apply = |index, text| forms.apply(index, text).unwrap();
        assert_eq!(apply(0, "Wil"), "Wilt");
        assert_eq!(apply(0, "WORD"), "WORDT");
        assert_eq!(apply(0, "moet"), "moet");
        assert_eq!(apply(0, "Kun"), "Kunt");
        assert_eq!(apply(0, "wil, 10"), "wilt, 10");
        assert_eq!(apply(1, "hun jas en hun tas"), "uw jas en uw tas");
    }

    #[test]
    fn a_lower_form_writes_every_word_in_lower_case() {
        let mut forms = Forms::default();
        let def: FormDef =
            toml::from_str("rule = 'lower'\nwords = { Fotografieren = 'fotografieren' }").unwrap();
        forms.add("verb", def);
        assert_eq!(
            forms.apply(0, "Essen und Trinken").unwrap(),
            "essen und trinken"
        );
        assert_eq!(forms.apply(0, "FOTOGRAFIEREN").unwrap(), "fotografieren");
    }

    #[test]
    fn computed_forms_come_from_the_dictionary_or_not_at_all() {
        let mut forms = Forms::with_dictionary(Lexicon::dutch());
        for (name, rule) in [
            ("infinitive", "infinitive"),
            ("zich", "with-zich"),
            ("capital", "capital"),
        ] {
            let def: FormDef = toml::from_str(&format!("rule = '{rule}'")).unwrap();
            forms.add(name, def);
        }
        assert_eq!(forms.apply(0, "Respecteer").as_deref(), Some("Respecteren"));
        assert_eq!(forms.apply(0, "gebruik").as_deref(), Some("gebruiken"));
        assert_eq!(forms.apply(0, "zwembad"), None);
        assert_eq!(
            forms.apply(1, "legitimeren").as_deref(),
            Some("zich legitimeren")
        );
        assert_eq!(forms.apply(1, "douchen").as_deref(), Some("douchen"));
        assert_eq!(
            forms.apply(2, "we komen zo").as_deref(),
            Some("We komen zo")
        );
    }

    #[test]
    fn templates_name_captures_and_forms() {
        let lexicon = WordClasses::default();
        let pattern = Pattern::parse("<v> je <rest:...>", &lexicon).unwrap();
        let template = Template::parse("${v:u-verb} u $rest $$", &pattern, &forms()).unwrap();
        assert_eq!(template.parts.len(), 4);
        let error = |t: &str| Template::parse(t, &pattern, &forms()).unwrap_err().id;
        assert_eq!(error("$verb u"), "template-unknown-capture");
        assert_eq!(error("${v:plural} u"), "template-unknown-form");
        assert_eq!(error("${v u"), "template-unclosed-brace");
    }
}
