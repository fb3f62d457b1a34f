//! Rules are data: `locales/<lang>/rules.toml`, read with serde and compiled
//! here. A rule's id starts with its category (`perspective.behind-the-line`
//! is in `perspective`), and the rule carries its own examples: text it must
//! change (`before` → `after`) and text it must leave alone (`keep`).
//!
//! Two lexicon classes mean something to the engine: words of `acronym`
//! keep their capitals in sentence case, and words of `capitalised` (German
//! "Sie", "Ihr") keep their capital where a rule writes them inside a
//! sentence.

mod named;
pub mod pattern;
pub mod template;

use std::collections::{BTreeMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::i18n::{Messages, Msg};
use crate::lang::Lang;
use crate::wording::address::Role;
use crate::wording::lexicon::Lexicon;
use named::Named;
use pattern::{Pattern, PatternSet, WordClasses};
use template::{FormDef, Forms, Template};

/// How serious a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; the sign works as it is.
    Info,
    /// Reads as written from behind the counter; worth changing.
    Warning,
    /// Works against the customer (wrong side of the line, a bare prohibition).
    Error,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// How a sign addresses the reader.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Address {
    /// "u", "Sie", "vous": the norm when in doubt.
    #[default]
    Formal,
    /// "je", for organisations that chose it on purpose; the rules that
    /// write it are Dutch only.
    Informal,
    /// Leave the pronouns as they are.
    Keep,
}

/// A rule file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    lang: Option<Lang>,
    #[serde(default)]
    lexicon: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    forms: BTreeMap<String, FormDef>,
    #[serde(default)]
    protect: Vec<String>,
    #[serde(default)]
    guards: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    score: ScoreDef,
    #[serde(default, rename = "rule")]
    rules: Vec<RuleDef>,
}

/// What the customer-focus score counts as addressing the reader.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct ScoreDef {
    #[serde(default)]
    reader: Vec<String>,
    #[serde(default)]
    not_reader: Vec<String>,
}

/// One rule as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RuleDef {
    id: String,
    severity: Severity,
    pattern: Option<String>,
    detector: Option<Detector>,
    role: Option<Role>,
    replacement: Option<String>,
    suggestion: Option<String>,
    message: Option<String>,
    explanation: Option<String>,
    link: Option<String>,
    address: Option<Address>,
    #[serde(default)]
    unless: Vec<String>,
    #[serde(default)]
    antipatterns: Vec<String>,
    #[serde(default)]
    examples: Vec<Example>,
    #[serde(default)]
    keep: Vec<String>,
}

/// Built-in matchers for what a word pattern cannot say.
#[derive(Debug, Clone, Copy, Deserialize, PartialEq)]
#[serde(rename_all = "kebab-case")]
enum Detector {
    /// A sentence of two or more words written in capitals; rewritten in
    /// sentence case, keeping the words of the `acronym` class, or, in
    /// German or with a `suggestion`, only flagged.
    AllCapsSentence,
    /// Where the reader's pronoun has the rule's `role` in its clause (see
    /// `crate::wording::address`): Dutch only, formal or informal.
    Address,
    /// A word in capitals inside a sentence that is not: a Dutch word the
    /// lexicon knows ("NIET"), not an acronym ("GGD"); rewritten in lower case.
    CapsWord,
}

/// An example a rule carries: `before` must change into `after`; without
/// `after` (for rules that advise but do not rewrite), `before` must be flagged.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    pub before: String,
    pub after: Option<String>,
}

/// What a rule finds.
#[derive(Debug)]
pub(crate) enum Finder {
    Pattern(Pattern),
    AllCapsSentence,
    /// A pronoun of this role, and the words that change with it.
    Address(Role),
    CapsWord,
}

/// What a rule does with what it finds.
#[derive(Debug)]
pub(crate) enum Action {
    /// Rewrites it by the template.
    Rewrite(Template),
    /// Rewrites a shouted sentence in sentence case.
    SentenceCase,
    /// Writes the words the address analysis gives.
    Address,
    /// Writes a shouted word in lower case.
    LowerCase,
    /// Reports it, with a suggestion to consider, and changes nothing.
    Advise(Option<String>),
}

impl Action {
    fn rewrites(&self) -> bool {
        !matches!(self, Action::Advise(_))
    }
}

/// A compiled rule.
#[derive(Debug)]
pub struct Rule {
    pub id: String,
    pub category: String,
    pub severity: Severity,
    pub link: Option<String>,
    pub examples: Vec<Example>,
    pub keep: Vec<String>,
    pub(crate) finder: Finder,
    pub(crate) action: Action,
    pub(crate) address: Option<Address>,
    pub(crate) unless: Vec<usize>,
    pub(crate) antipatterns: Vec<Pattern>,
    message: String,
    explanation: Option<String>,
}

impl Rule {
    /// Whether the rule changes text (rather than only advising).
    pub fn rewrites(&self) -> bool {
        self.action.rewrites()
    }

    /// Why the rule changes or flags `before` (into `after`), in the
    /// language of `messages`. Messages may cite `{ $before }` and `{ $after }`.
    pub fn explanation(&self, messages: &Messages, before: &str, after: Option<&str>) -> String {
        match &self.explanation {
            Some(text) if !messages.has(&self.message) => text.clone(),
            _ => messages.text(
                &Msg::new(&self.message)
                    .arg("before", before)
                    .arg("after", after.unwrap_or_default()),
            ),
        }
    }
}

/// The compiled rules of one sign language, with the data they share.
#[derive(Debug)]
pub struct RuleSet {
    pub lang: Lang,
    pub(crate) classes: WordClasses,
    pub(crate) forms: Forms,
    pub(crate) rules: Vec<Rule>,
    pub(crate) protect: PatternSet,
    pub(crate) guards: Named<PatternSet>,
    pub(crate) reader: PatternSet,
    pub(crate) not_reader: PatternSet,
    acronym: Option<usize>,
    capitalised: Option<usize>,
}

impl RuleSet {
    /// The built-in rules for signs in `lang`.
    pub fn builtin(lang: Lang) -> Result<RuleSet> {
        let source = lang.rules();
        let mut set = RuleSet {
            lang,
            classes: match lang {
                Lang::Nl => WordClasses::with_dictionary(Lexicon::dutch()),
                _ => WordClasses::default(),
            },
            forms: match lang {
                Lang::Nl => Forms::with_dictionary(Lexicon::dutch()),
                _ => Forms::default(),
            },
            rules: Vec::new(),
            protect: PatternSet::default(),
            guards: Named::default(),
            reader: PatternSet::default(),
            not_reader: PatternSet::default(),
            acronym: None,
            capitalised: None,
        };
        set.add_file(source, &format!("locales/{lang}/rules.toml"))?;
        Ok(set)
    }

    /// Adds a house-style replacement: `phrase`, word for word, becomes
    /// `replacement`. Like a rule file's rules, it comes first.
    pub fn add_replacement(&mut self, phrase: &str, replacement: &str) -> Result<(), Msg> {
        let pattern = Pattern::literal(phrase)?;
        // A replacement that holds its own phrase would be replaced again.
        let written = crate::wording::text::Tokens::new(replacement);
        if (0..written.len()).any(|at| pattern.match_at(&written, &self.classes, at).is_some()) {
            return Err(Msg::new("rule-replacement-repeats"));
        }
        let id = format!("house.replace-{}", self.rules.len());
        self.rules.insert(
            0,
            Rule {
                id,
                category: "house".to_owned(),
                severity: Severity::Info,
                link: None,
                examples: vec![Example {
                    before: phrase.to_owned(),
                    after: Some(replacement.to_owned()),
                }],
                keep: Vec::new(),
                finder: Finder::Pattern(pattern),
                action: Action::Rewrite(Template::literal(replacement)),
                address: None,
                unless: Vec::new(),
                antipatterns: Vec::new(),
                message: "rule-house-replace".to_owned(),
                explanation: None,
            },
        );
        Ok(())
    }

    /// Adds a phrase no rule may change.
    pub fn add_protected(&mut self, phrase: &str) -> Result<(), Msg> {
        self.protect.push(Pattern::literal(phrase)?, &self.classes);
        Ok(())
    }

    /// Adds the rules and data of another rule file; its rules come before
    /// the ones already here, so that they win where both match.
    pub fn add_file(&mut self, source: &str, file: &str) -> Result<()> {
        let def: RuleFile = toml::from_str(source).map_err(|e| Error::RuleFile {
            file: file.to_owned(),
            reason: e.to_string(),
        })?;
        if let Some(lang) = def.lang.filter(|&lang| lang != self.lang) {
            return Err(Error::RuleFile {
                file: file.to_owned(),
                reason: format!("lang = \"{lang}\", but the signs are in \"{}\"", self.lang),
            });
        }
        let file_error = |what: &str, reason: Msg| Error::Rule {
            file: file.to_owned(),
            rule: what.to_owned(),
            reason,
        };
        let grows = !def.lexicon.is_empty();
        for (name, words) in def.lexicon {
            self.classes.add(&name, words);
        }
        if grows {
            for set in [&mut self.protect, &mut self.reader, &mut self.not_reader]
                .into_iter()
                .chain(self.guards.iter_mut())
            {
                set.reindex(&self.classes);
            }
        }
        self.acronym = self.classes.class_index("acronym");
        self.capitalised = self.classes.class_index("capitalised");
        for (name, form) in def.forms {
            self.forms.add(&name, form);
        }
        let classes = &self.classes;
        let compile_into = |set: &mut PatternSet, patterns: &[String], what: &str| -> Result<()> {
            for source in patterns {
                let pattern =
                    Pattern::parse(source, classes).map_err(|reason| file_error(what, reason))?;
                set.push(pattern, classes);
            }
            Ok(())
        };
        compile_into(&mut self.protect, &def.protect, "protect")?;
        for (name, patterns) in &def.guards {
            compile_into(self.guards.entry(name), patterns, &format!("guards.{name}"))?;
        }
        compile_into(&mut self.reader, &def.score.reader, "score.reader")?;
        compile_into(
            &mut self.not_reader,
            &def.score.not_reader,
            "score.not-reader",
        )?;

        let mut ids: HashSet<&str> = self.rules.iter().map(|r| r.id.as_str()).collect();
        let mut compiled = Vec::with_capacity(def.rules.len());
        for rule in &def.rules {
            if !ids.insert(&rule.id) {
                return Err(file_error(&rule.id, Msg::new("rule-duplicate-id")));
            }
            compiled.push(
                self.compile(rule)
                    .map_err(|reason| file_error(&rule.id, reason))?,
            );
        }
        compiled.append(&mut self.rules);
        self.rules = compiled;
        Ok(())
    }

    fn compile(&self, def: &RuleDef) -> Result<Rule, Msg> {
        let category = match def.id.split_once('.') {
            Some((category, name)) if !category.is_empty() && !name.is_empty() => category,
            _ => return Err(Msg::new("rule-id-form")),
        };
        let finder = match (&def.pattern, def.detector, def.role) {
            (Some(pattern), None, None) => Finder::Pattern(Pattern::parse(pattern, &self.classes)?),
            (None, Some(Detector::AllCapsSentence), None) => Finder::AllCapsSentence,
            (None, Some(Detector::Address), Some(role)) => {
                if !matches!(self.lang, Lang::Nl | Lang::De | Lang::Fr) || def.address.is_none() {
                    return Err(Msg::new("rule-address-detector"));
                }
                Finder::Address(role)
            }
            (None, Some(Detector::CapsWord), None) if self.lang == Lang::Nl => Finder::CapsWord,
            _ => return Err(Msg::new("rule-pattern-or-detector")),
        };
        let action = match (&finder, &def.replacement, &def.suggestion) {
            (Finder::Pattern(pattern), Some(replacement), None) => {
                Action::Rewrite(Template::parse(replacement, pattern, &self.forms)?)
            }
            // Where sentence case needs grammar (German capitalises its
            // nouns), the rule can only point the shouting out; so can a
            // rule that names a wording of its own.
            (Finder::AllCapsSentence, None, suggestion)
                if self.lang == Lang::De || suggestion.is_some() =>
            {
                Action::Advise(suggestion.clone())
            }
            (Finder::AllCapsSentence, None, None) => Action::SentenceCase,
            (Finder::Pattern(_), None, suggestion) => Action::Advise(suggestion.clone()),
            (Finder::Address(_), None, None) => Action::Address,
            (Finder::CapsWord, None, None) => Action::LowerCase,
            _ => return Err(Msg::new("rule-replacement-or-suggestion")),
        };
        if def.address == Some(Address::Keep) {
            return Err(Msg::new("rule-address-keep"));
        }
        let message = def
            .message
            .clone()
            .unwrap_or_else(|| format!("rule-{}", def.id.replace('.', "-")));
        if def.explanation.is_none() && !Messages::english().has(&message) {
            return Err(Msg::new("rule-missing-message").arg("message", &message));
        }
        let unless = def
            .unless
            .iter()
            .map(|name| {
                self.guards
                    .index(name)
                    .ok_or_else(|| Msg::new("rule-unknown-guard").arg("name", name))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let antipatterns = def
            .antipatterns
            .iter()
            .map(|p| Pattern::parse(p, &self.classes))
            .collect::<Result<Vec<_>, _>>()?;
        let rewrites = action.rewrites();
        if let Some(example) = def.examples.iter().find(|e| e.after.is_some() != rewrites) {
            return Err(Msg::new(if rewrites {
                "rule-example-needs-after"
            } else {
                "rule-example-has-after"
            })
            .arg("example", &example.before));
        }
        Ok(Rule {
            id: def.id.clone(),
            category: category.to_owned(),
            severity: def.severity,
            link: def.link.clone(),
            examples: def.examples.clone(),
            keep: def.keep.clone(),
            finder,
            action,
            address: def.address,
            unless,
            antipatterns,
            message,
            explanation: def.explanation.clone(),
        })
    }

    /// The rules, in the order they are tried.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// Whether a word belongs to the `acronym` class and keeps its capitals.
    pub(crate) fn is_acronym(&self, lower: &str) -> bool {
        self.acronym
            .is_some_and(|class| self.classes.contains(class, lower))
    }

    /// Whether a word belongs to the `capitalised` class and starts with a
    /// capital wherever it stands: German "Sie", "Ihr" and nouns.
    pub(crate) fn keeps_capital(&self, lower: &str) -> bool {
        self.capitalised
            .is_some_and(|class| self.classes.contains(class, lower))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A suggestion is a wording for the sign, not the advice again: it
    /// never says what its rule's explanation already says, in either
    /// interface language.
    #[test]
    fn no_suggestion_repeats_its_explanation() {
        for lang in Lang::ALL {
            for rule in RuleSet::builtin(lang).unwrap().rules() {
                let Action::Advise(Some(suggestion)) = &rule.action else {
                    continue;
                };
                for ui in Lang::UI {
                    let explanation = rule.explanation(&Messages::new(ui), "…", None);
                    assert!(
                        !explanation.contains(suggestion.as_str()),
                        "{lang} {}: {suggestion}",
                        rule.id
                    );
                }
            }
        }
    }

    fn load(extra: &str) -> Result<RuleSet> {
        let mut set = RuleSet::builtin(Lang::Nl)?;
        set.add_file(extra, "house.toml")?;
        Ok(set)
    }

    fn rule_error(extra: &str) -> (String, String) {
        match load(extra).unwrap_err() {
            Error::Rule { rule, reason, .. } => (rule, reason.id),
            other => panic!("expected a rule error, got {other}"),
        }
    }

    #[test]
    fn the_builtin_rules_load() {
        let set = RuleSet::builtin(Lang::Nl).unwrap();
        assert!(set.rules().len() > 40);
        for lang in Lang::ALL {
            assert!(
                RuleSet::builtin(lang).unwrap().rules().len() >= 15,
                "{lang}"
            );
        }
    }

    #[test]
    fn a_malformed_rule_names_file_rule_and_reason() {
        let error = load(
            "[[rule]]\nid = 'house.x'\nseverity = 'info'\npattern = '(a|b'\nexplanation = 'x'",
        )
        .unwrap_err()
        .to_string();
        assert!(
            error.contains("house.toml") && error.contains("house.x"),
            "{error}"
        );
        assert!(error.contains("column"), "{error}");
        assert_eq!(
            rule_error(
                "[[rule]]\nid = 'nodot'\nseverity = 'info'\npattern = 'a'\nexplanation = 'x'"
            ),
            ("nodot".into(), "rule-id-form".into())
        );
        assert_eq!(
            rule_error("[[rule]]\nid = 'a.b'\nseverity = 'info'\npattern = 'a'\nreplacement = '$x'\nexplanation = 'x'").1,
            "template-unknown-capture"
        );
        assert_eq!(
            rule_error("[[rule]]\nid = 'a.b'\nseverity = 'info'\npattern = 'a'\nreplacement = 'b'")
                .1,
            "rule-missing-message"
        );
        assert_eq!(
            rule_error("[[rule]]\nid = 'perspective.behind-the-line'\nseverity = 'info'\npattern = 'a'\nexplanation = 'x'").1,
            "rule-duplicate-id"
        );
    }

    #[test]
    fn a_file_that_is_not_a_rule_file_is_refused() {
        let error = load("[[rule]]\nid = 'a.b'\nseverity = 'loud'")
            .unwrap_err()
            .to_string();
        assert!(
            error.contains("house.toml") && error.contains("loud"),
            "{error}"
        );
        assert!(load("colour = 'red'").is_err());
    }
}
