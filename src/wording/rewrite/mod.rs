//! The rewriting engine: rules applied pass after pass until the text no
//! longer changes, each change recorded with its reason and its place in the
//! input.

mod context;
mod edit;
pub mod examples;
mod fragments;
mod provenance;
mod sentence;

use std::ops::Range;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::i18n::{Messages, Msg};
use crate::lang::Lang;
use crate::wording::address::Direction;
use crate::wording::house_style::{CONFIG_FILE, Config};
use crate::wording::rules::pattern::{Match, Start, WordIndex};
use crate::wording::rules::{Address, Finder, Rule, RuleSet, Severity};
use crate::wording::text::Tokens;

/// How many times the rules run over a paragraph at the most. Rules feed
/// each other (a request turned into a question, then its pronoun), and a
/// sign needs two or three passes; the bound stops rule sets that undo each
/// other.
const MAX_PASSES: usize = 8;

/// One change made to the text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Change {
    /// The rule's id, e.g. `perspective.behind-the-line`.
    pub rule: String,
    pub category: String,
    pub severity: Severity,
    /// Byte offsets into the input.
    pub start: usize,
    pub end: usize,
    /// The input's text at `start..end`.
    pub before: String,
    /// What the rule wrote in its place.
    pub after: String,
    /// Why, in the language of the explanations.
    pub explanation: String,
}

/// Something a rule flags without rewriting it, because no wording is safe
/// for every sign; or, in [`Rewriter::check`], any finding.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    pub rule: String,
    pub category: String,
    pub severity: Severity,
    /// Byte offsets into the input.
    pub start: usize,
    pub end: usize,
    pub message: String,
    /// A wording to consider, if the rule has one.
    pub suggestion: Option<String>,
}

/// The result of rewriting a text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Rewrite {
    pub input: String,
    pub output: String,
    pub lang: Lang,
    pub changes: Vec<Change>,
    /// What the rules flag but leave for a person to reword.
    pub advice: Vec<Finding>,
}

impl Rewrite {
    /// What the rewrite leaves for a person to reword, as notes: the
    /// words, why, and the rule's suggestion where it has one.
    pub fn advice_notes(&self) -> Vec<Msg> {
        self.advice
            .iter()
            .map(|finding| {
                let words = &self.input[finding.start..finding.end];
                let note = match &finding.suggestion {
                    Some(suggestion) => Msg::new("cli-wording-advice-suggestion")
                        .arg("suggestion", suggestion.as_str()),
                    None => Msg::new("cli-wording-advice"),
                };
                note.arg("text", crate::wording::text::shortened(words, 60))
                    .arg("message", finding.message.as_str())
            })
            .collect()
    }
}

/// The result of checking a text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Check {
    pub input: String,
    pub lang: Lang,
    /// 0 to 100: how much the text speaks to the reader rather than about
    /// the organisation's rules. 100: nothing organisation-centred found.
    pub score: u8,
    pub findings: Vec<Finding>,
}

/// Rewrites and checks signs in one language, by one house style.
///
/// ```
/// use streep::{Config, Lang, Rewriter};
///
/// let rewriter = Rewriter::new(Lang::Nl, &Config::default())?;
/// let result = rewriter.rewrite("Gelieve achter de streep te wachten.");
/// assert_eq!(result.output, "Wilt u vóór de streep wachten?");
/// assert!(result.changes.iter().any(|c| c.rule == "perspective.behind-the-line"));
/// # Ok::<(), streep::Error>(())
/// ```
pub struct Rewriter {
    set: RuleSet,
    messages: Messages,
    /// Per rule: whether the house style and the address setting let it run.
    enabled: Vec<bool>,
    /// The enabled rewriting rules, by the words their matches start with.
    rewriters: WordIndex,
    /// The enabled advising rules, likewise.
    advisers: WordIndex,
    /// The enabled rules, by the words a text must hold for them to match.
    required: WordIndex,
    /// The address the house style writes, whose consistency is checked.
    direction: Option<Direction>,
}

/// What one pass found at one place, and what its rule writes there.
struct Found {
    rule: usize,
    found: Match,
    text: String,
    parts: Vec<provenance::Part>,
}

impl Rewriter {
    /// A rewriter for signs in `lang`, by the house style `config`.
    pub fn new(lang: Lang, config: &Config) -> Result<Rewriter> {
        let set = house_rules(lang, config)?;
        let named = |rule: &Rule, name: &String| &rule.id == name || &rule.category == name;
        if let Some(name) = config
            .disable
            .iter()
            .find(|name| !set.rules().iter().any(|rule| named(rule, name)))
        {
            return Err(Error::UnknownRuleName { name: name.clone() });
        }
        let enabled = set
            .rules()
            .iter()
            .map(|rule| {
                !config.disable.iter().any(|name| named(rule, name))
                    && rule.address.is_none_or(|a| a == config.address)
            })
            .collect();
        let mut rewriter = Rewriter::index(set, enabled, config.explain_in.unwrap_or(lang));
        rewriter.direction = match config.address {
            Address::Formal => Some(Direction::Formal),
            Address::Informal => Some(Direction::Informal),
            Address::Keep => None,
        };
        Ok(rewriter)
    }

    /// Lets exactly one rule run, as that rule's own examples are tested;
    /// a rule of the address analysis runs with the other roles of its
    /// address, as the roles of one sentence depend on each other.
    fn only(&mut self, rule: usize) {
        let rules = self.rules();
        let partner = |i: usize| {
            matches!(rules[rule].finder, Finder::Address(_))
                && matches!(rules[i].finder, Finder::Address(_))
                && rules[i].address == rules[rule].address
        };
        self.enabled = (0..rules.len()).map(|i| i == rule || partner(i)).collect();
        self.reindex();
    }

    fn index(set: RuleSet, enabled: Vec<bool>, explain_in: Lang) -> Rewriter {
        let mut rewriter = Rewriter {
            set,
            messages: Messages::new(explain_in),
            enabled,
            rewriters: WordIndex::default(),
            advisers: WordIndex::default(),
            required: WordIndex::default(),
            direction: None,
        };
        rewriter.reindex();
        rewriter
    }

    /// Files the enabled rules by their words.
    fn reindex(&mut self) {
        self.rewriters = WordIndex::default();
        self.advisers = WordIndex::default();
        self.required = WordIndex::default();
        let set = &self.set;
        for (i, rule) in set.rules().iter().enumerate() {
            if !self.enabled[i] {
                continue;
            }
            let (start, needed) = match &rule.finder {
                Finder::Pattern(pattern) => (
                    pattern.start(&set.classes),
                    pattern.required_words(&set.classes),
                ),
                Finder::AllCapsSentence => (Start::AtSentence, None),
                Finder::CapsWord => (Start::Anywhere, None),
                Finder::Address(_) => (Start::Anywhere, context::pronouns(set.lang, rule.address)),
            };
            self.required.add(i, needed);
            if rule.rewrites() {
                self.rewriters.add_start(i, start);
            } else {
                self.advisers.add_start(i, start);
            }
        }
    }

    /// The rules this rewriter knows, in the order they are tried.
    pub fn rules(&self) -> &[Rule] {
        self.set.rules()
    }

    /// Whether the house style lets rule `id` run.
    pub fn is_enabled(&self, id: &str) -> bool {
        self.rules()
            .iter()
            .position(|r| r.id == id)
            .is_some_and(|i| self.enabled[i])
    }

    /// The language of the signs.
    pub fn lang(&self) -> Lang {
        self.set.lang
    }

    /// The messages explanations are written in.
    pub fn messages(&self) -> &Messages {
        &self.messages
    }

    /// Rewrites a sign's text as printed, a paragraph a line, each a sign of
    /// its own; returns the new text and each paragraph's rewrite.
    pub fn rewrite_paragraphs(&self, text: &str) -> (String, Vec<Rewrite>) {
        let rewrites: Vec<Rewrite> = text.split('\n').map(|part| self.rewrite(part)).collect();
        let output = rewrites
            .iter()
            .map(|rewrite| rewrite.output.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        (output, rewrites)
    }

    /// Rewrites `text` into customer-centred wording. Paragraphs (separated
    /// by an empty line) are rewritten apart; within one, a line break is a
    /// space, as on a poster.
    pub fn rewrite(&self, text: &str) -> Rewrite {
        let mut output = String::with_capacity(text.len() + text.len() / 8);
        let mut changes = Vec::new();
        let mut advice = Vec::new();
        let mut copied = 0;
        for paragraph in paragraphs(text) {
            output.push_str(&text[copied..paragraph.start]);
            let rewritten =
                self.rewrite_paragraph(text, paragraph.clone(), &mut changes, &mut advice);
            output.push_str(&rewritten);
            copied = paragraph.end;
        }
        output.push_str(&text[copied..]);
        changes.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
        advice.sort_by_key(|f| f.start);
        Rewrite {
            input: text.to_owned(),
            output,
            lang: self.lang(),
            changes,
            advice,
        }
    }

    /// Checks `text`: every change the rules would make and everything they
    /// flag, as findings on the input, with the customer-focus score.
    ///
    /// ```
    /// use streep::{Config, Lang, Rewriter, Severity};
    ///
    /// let rewriter = Rewriter::new(Lang::Nl, &Config::default())?;
    /// let check = rewriter.check("Wacht achter de streep");
    /// let finding = check.findings.iter().find(|f| f.category == "perspective").unwrap();
    /// assert_eq!(finding.rule, "perspective.behind-the-line");
    /// assert_eq!(finding.severity, Severity::Error);
    /// assert_eq!(&check.input[finding.start..finding.end], "achter de streep");
    /// assert_eq!(finding.suggestion.as_deref(), Some("vóór de streep"));
    /// # Ok::<(), streep::Error>(())
    /// ```
    pub fn check(&self, text: &str) -> Check {
        let rewrite = self.rewrite(text);
        let mut findings: Vec<Finding> = rewrite
            .changes
            .into_iter()
            .map(|c| Finding {
                rule: c.rule,
                category: c.category,
                severity: c.severity,
                start: c.start,
                end: c.end,
                message: c.explanation,
                suggestion: Some(c.after),
            })
            .chain(rewrite.advice)
            .collect();
        findings.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
        let score = self.score(text, &findings);
        Check {
            input: rewrite.input,
            lang: rewrite.lang,
            score,
            findings,
        }
    }

    /// 100 × (r + 1) / (r + 1 + p): r counts where the text addresses the
    /// reader, p weighs the findings (info 1, warning 2, error 3).
    fn score(&self, text: &str, findings: &[Finding]) -> u8 {
        let penalty: usize = findings
            .iter()
            .map(|f| match f.severity {
                Severity::Info => 1,
                Severity::Warning => 2,
                Severity::Error => 3,
            })
            .sum();
        let tokens = Tokens::new(text);
        let classes = &self.set.classes;
        let not_reader = self.set.not_reader.find_all(&tokens, classes);
        let reader = self
            .set
            .reader
            .find_all(&tokens, classes)
            .into_iter()
            .filter(|r| !not_reader.iter().any(|n| overlaps(n, r)))
            .count();
        (100.0 * (reader + 1) as f64 / (reader + 1 + penalty) as f64).round() as u8
    }
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// The built-in rules for `lang` with a house style's rule files, its own
/// replacements and its protected phrases.
fn house_rules(lang: Lang, config: &Config) -> Result<RuleSet> {
    let mut set = RuleSet::builtin(lang)?;
    for path in &config.rules {
        let source = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.clone(),
            source,
        })?;
        set.add_file(&source, &path.display().to_string())?;
    }
    let house_error = |rule: &str, reason| Error::Rule {
        file: CONFIG_FILE.to_owned(),
        rule: rule.to_owned(),
        reason,
    };
    for (phrase, replacement) in &config.replace {
        set.add_replacement(phrase, replacement)
            .map_err(|reason| house_error(&format!("replace.{phrase}"), reason))?;
    }
    for phrase in &config.protect {
        set.add_protected(phrase)
            .map_err(|reason| house_error("protect", reason))?;
    }
    Ok(set)
}

/// The stretches of `text` between empty lines.
fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut start: Option<usize> = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let blank = line.trim().is_empty();
        match (blank, start) {
            (false, None) => start = Some(offset),
            (true, Some(s)) => {
                found.push(s..trim_end(text, s, offset));
                start = None;
            }
            _ => {}
        }
        offset += line.len();
    }
    if let Some(s) = start {
        found.push(s..trim_end(text, s, text.len()));
    }
    found
}

/// `end`, moved back over trailing white space (but not before `start`).
fn trim_end(text: &str, start: usize, end: usize) -> usize {
    start + text[start..end].trim_end().len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_paragraphs_at_empty_lines() {
        let text = "Gelieve\nhier te wachten.\n\n  \nDank u.\n";
        let found: Vec<&str> = paragraphs(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(found, ["Gelieve\nhier te wachten.", "Dank u."]);
    }
}
