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
        if *rule == FormRule::Capital {
            return Some(crate::wording::text::with_first_letter(text, true));
        }
        let tokens = Tokens::new(text);
        let mut out = String::with_capacity(text.len() + 4);
        let mut copied = 0;
        for (i, token) in tokens.tokens.iter().enumerate() {
            if token.kind != TokenKind::Word {
                continue;
            }
            let word = &text[token.span.clone()];
            let Some(form) =
                self.form_of(*rule, words.get(tokens.lower(i)), word, tokens.lower(i))?
            else {
                continue;
            };
            out.push_str(&text[copied..token.span.start]);
            out.push_str(&form);
            copied = token.span.end;
        }
        out.push_str(&text[copied..]);
        Some(out)
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
    Capture { slot: usize, form: Option<usize> },
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
            let (name, form) = match reference.split_once(':') {
                Some((name, form)) => (name, Some(form)),
                None => (reference, None),
            };
            let slot = pattern
                .capture_slot(name)
                .ok_or_else(|| Msg::new("template-unknown-capture").arg("name", name))?;
            let form = form
                .map(|form| {
                    forms
                        .tables
                        .index(form)
                        .ok_or_else(|| Msg::new("template-unknown-form").arg("name", form))
                })
                .transpose()?;
            if !text.is_empty() {
                parts.push(Part::Text(std::mem::take(&mut text)));
            }
            parts.push(Part::Capture { slot, form });
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
