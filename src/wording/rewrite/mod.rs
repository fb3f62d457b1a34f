//! The rewriting engine: rules applied pass after pass until the text no
//! longer changes, each change recorded with its reason and its place in the
//! input.

mod edit;
mod provenance;

use std::cell::OnceCell;
use std::ops::Range;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::i18n::Messages;
use crate::lang::Lang;
use crate::wording::address::{self, Direction, Edit};
use crate::wording::house_style::{CONFIG_FILE, Config};
use crate::wording::lexicon::Lexicon;
use crate::wording::rules::pattern::{MAX_CAPTURES, MAX_SPAN, Match, WordIndex, scan};
use crate::wording::rules::{Action, Address, Finder, Rule, RuleSet, Severity};
use crate::wording::text::{Case, TokenKind, Tokens};
use edit::{Fragment, apply_case, assemble};
use provenance::Provenance;

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
}

/// What one pass found at one place.
struct Found {
    rule: usize,
    found: Match,
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
        Ok(Rewriter::index(
            set,
            enabled,
            config.explain_in.unwrap_or(lang),
        ))
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
            let (first, needed) = match &rule.finder {
                Finder::Pattern(pattern) => (
                    pattern.first_words(&set.lexicon),
                    pattern.required_words(&set.lexicon),
                ),
                Finder::AllCapsSentence => (None, None),
                Finder::Address(_) => (
                    None,
                    Some(pronouns(rule.address).map(String::from).collect()),
                ),
            };
            self.required.add(i, needed);
            if rule.rewrites() {
                self.rewriters.add(i, first);
            } else {
                self.advisers.add(i, first);
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
        let lexicon = &self.set.lexicon;
        let not_reader = self.set.not_reader.find_all(&tokens, lexicon);
        let reader = self
            .set
            .reader
            .find_all(&tokens, lexicon)
            .into_iter()
            .filter(|r| !not_reader.iter().any(|n| overlaps(n, r)))
            .count();
        (100.0 * (reader + 1) as f64 / (reader + 1 + penalty) as f64).round() as u8
    }

    fn rewrite_paragraph(
        &self,
        input: &str,
        paragraph: Range<usize>,
        changes: &mut Vec<Change>,
        advice: &mut Vec<Finding>,
    ) -> String {
        let base = paragraph.start;
        let original = &input[paragraph];
        let mut current = original.to_owned();
        let mut map = Provenance::identity(current.len());
        // Which rule changed which stretch of the paragraph's own text.
        let mut made: Vec<(usize, Range<usize>)> = Vec::new();
        for pass in 0.. {
            let edits = {
                let tokens = Tokens::new(&current);
                let context = Context::new(self, &tokens);
                let edits = if pass < MAX_PASSES {
                    self.edits(&tokens, &context, &map, &mut made)
                } else {
                    Vec::new()
                };
                if edits.is_empty() {
                    self.advise(&tokens, &context, &map, input, base, advice);
                }
                edits
            };
            if edits.is_empty() {
                break;
            }
            let mut next = String::with_capacity(current.len() + 16);
            let mut copied = 0;
            for (range, text, _) in &edits {
                next.push_str(&current[copied..range.start]);
                next.push_str(text);
                copied = range.end;
            }
            next.push_str(&current[copied..]);
            let map_edits: Vec<provenance::Edit> = edits
                .iter()
                .map(|(range, text, parts)| provenance::Edit {
                    range: range.clone(),
                    parts,
                    len: text.len(),
                })
                .collect();
            map = map.apply(current.len(), &map_edits);
            current = next;
        }
        // Each change shows what its stretch of the input finally became.
        let sources: Vec<Range<usize>> = made.iter().map(|(_, source)| source.clone()).collect();
        for ((rule, source), output) in made.into_iter().zip(map.to_outputs(&sources)) {
            let after = current[output].trim();
            changes.push(self.change(rule, input, base + source.start..base + source.end, after));
        }
        current
    }

    /// One pass's edits to the current text: its range, new text and parts.
    /// Each edit that touches the paragraph's own words is recorded in `made`
    /// with the stretch it stands for; an edit of words that rules wrote is
    /// part of the change that wrote them.
    fn edits(
        &self,
        tokens: &Tokens,
        context: &Context,
        map: &Provenance,
        made: &mut Vec<(usize, Range<usize>)>,
    ) -> Vec<(Range<usize>, String, Vec<provenance::Part>)> {
        let current = tokens.text;
        let mut edits = Vec::new();
        for Found { rule, found } in self.find_rewrites(tokens, context) {
            let range = tokens.byte_range(found.start, found.end);
            let fragments = self.fragments(rule, &found, tokens, context);
            let (text, parts) = assemble(&fragments, current);
            if text == current[range.clone()] {
                continue;
            }
            if !map.is_written(range.clone()) {
                made.push((rule, map.to_source(range.clone())));
            }
            edits.push((range, text, parts));
        }
        edits
    }

    fn change(&self, rule: usize, input: &str, source: Range<usize>, after: &str) -> Change {
        let rule = &self.rules()[rule];
        let before = &input[source.clone()];
        Change {
            rule: rule.id.clone(),
            category: rule.category.clone(),
            severity: rule.severity,
            start: source.start,
            end: source.end,
            before: before.to_owned(),
            after: after.to_owned(),
            explanation: rule.explanation(&self.messages, before, Some(after)),
        }
    }

    /// One pass: at each token the longest match of an enabled rewriting rule
    /// (the first rule in order where two are as long), left to right, not
    /// overlapping.
    fn find_rewrites(&self, tokens: &Tokens, context: &Context) -> Vec<Found> {
        scan(tokens.len(), |at| {
            let (rule, found) = self
                .rewriters
                .candidates(tokens, at)
                .filter_map(|rule| Some((rule, self.match_rule(rule, tokens, at, context)?)))
                .max_by_key(|(rule, m)| (m.end, std::cmp::Reverse(*rule)))?;
            Some((found.end, Found { rule, found }))
        })
    }

    /// Rule `rule`'s match at token `at`, unless its guards, its antipatterns
    /// or a protected phrase stop it.
    fn match_rule(
        &self,
        rule: usize,
        tokens: &Tokens,
        at: usize,
        context: &Context,
    ) -> Option<Match> {
        let def = &self.rules()[rule];
        if !context.tried[rule] {
            return None;
        }
        if def.unless.iter().any(|&guard| context.guarded(guard)) {
            return None;
        }
        let found = match &def.finder {
            Finder::Pattern(pattern) => pattern.match_at(tokens, &self.set.lexicon, at)?,
            Finder::AllCapsSentence => shouted_sentence(tokens, at)?,
            Finder::Address(role) => {
                let edit = context.address_edit(at, def.address)?;
                if edit.role != *role {
                    return None;
                }
                Match {
                    start: edit.start,
                    end: edit.end,
                    captures: [None; MAX_CAPTURES],
                }
            }
        };
        if found.end == found.start {
            return None;
        }
        let span = found.start..found.end;
        if def.rewrites() && context.protected().iter().any(|p| overlaps(p, &span)) {
            return None;
        }
        if !def.antipatterns.is_empty() {
            let sentence = sentence_start(tokens, at);
            let hit = def.antipatterns.iter().any(|anti| {
                (sentence..found.end).any(|start| {
                    anti.match_at(tokens, &self.set.lexicon, start)
                        .is_some_and(|m| overlaps(&(m.start..m.end), &span))
                })
            });
            if hit {
                return None;
            }
        }
        Some(found)
    }

    /// The new text of a match, as fragments in the case of what it replaces.
    fn fragments(
        &self,
        rule: usize,
        found: &Match,
        tokens: &Tokens,
        context: &Context,
    ) -> Vec<Fragment> {
        let text = tokens.text;
        let def = &self.rules()[rule];
        match &def.action {
            Action::Rewrite(template) => {
                let case = case_of(tokens, found);
                let mut fragments: Vec<Fragment> = template
                    .parts
                    .iter()
                    .filter_map(|part| match part {
                        crate::wording::rules::template::Part::Text(t) => {
                            Some(Fragment::Written(t.clone()))
                        }
                        crate::wording::rules::template::Part::Capture { slot, form } => {
                            let (from, to) = found.captures[*slot]?;
                            let range = tokens.byte_range(from, to);
                            let mut copy = match form {
                                Some(form) => self.set.forms.apply(*form, &text[range.clone()]),
                                None => text[range.clone()].to_owned(),
                            };
                            // The word that opened the sentence may move inside it.
                            if case == Case::Capitalised
                                && from == found.start
                                && Case::of(&text[tokens.tokens[from].span.clone()])
                                    == Case::Capitalised
                                && !self.set.is_acronym(tokens.lower(from))
                                && !self.set.keeps_capital(tokens.lower(from))
                            {
                                copy = crate::wording::text::with_first_letter(&copy, false);
                            }
                            Some(Fragment::Copied {
                                text: copy,
                                from: range,
                            })
                        }
                    })
                    .collect();
                apply_case(&mut fragments, case, |word| self.set.keeps_capital(word));
                fragments
            }
            Action::SentenceCase => {
                let range = tokens.byte_range(found.start, found.end);
                let mut out = String::with_capacity(range.len());
                let mut copied = range.start;
                for i in found.start..found.end {
                    let span = tokens.tokens[i].span.clone();
                    out.push_str(&text[copied..span.start]);
                    if self.set.is_acronym(tokens.lower(i)) {
                        out.push_str(&text[span.clone()]);
                    } else {
                        out.push_str(tokens.lower(i));
                    }
                    copied = span.end;
                }
                let out = crate::wording::text::with_first_letter(&out, true);
                vec![Fragment::Copied {
                    text: out,
                    from: range,
                }]
            }
            Action::Address => context
                .address_edit(found.start, def.address)
                .map(|edit| address_fragments(edit, tokens))
                .unwrap_or_default(),
            Action::Advise(_) => Vec::new(),
        }
    }

    /// The advising rules' findings on the final text, mapped to the input.
    fn advise(
        &self,
        tokens: &Tokens,
        context: &Context,
        map: &Provenance,
        input: &str,
        base: usize,
        advice: &mut Vec<Finding>,
    ) {
        // Each rule's matches do not overlap each other; different rules' may.
        let mut free_from = vec![0; self.rules().len()];
        for at in 0..tokens.len() {
            for index in self.advisers.candidates(tokens, at) {
                if free_from[index] > at {
                    continue;
                }
                let rule = &self.rules()[index];
                let Action::Advise(suggestion) = &rule.action else {
                    continue;
                };
                let Some(m) = self.match_rule(index, tokens, at, context) else {
                    continue;
                };
                free_from[index] = m.end;
                let source = map.to_source(tokens.byte_range(m.start, m.end));
                let (start, end) = (base + source.start, base + source.end);
                advice.push(Finding {
                    rule: rule.id.clone(),
                    category: rule.category.clone(),
                    severity: rule.severity,
                    start,
                    end,
                    message: rule.explanation(&self.messages, &input[start..end], None),
                    suggestion: suggestion.clone(),
                });
            }
        }
    }
}

/// What holds for a whole paragraph in one pass: which rules can match at
/// all, which guards it trips and which token ranges no rule may touch.
struct Context<'a, 't> {
    tokens: &'a Tokens<'t>,
    set: &'a RuleSet,
    tried: Vec<bool>,
    // Found when a rule first asks: most paragraphs never need them.
    guarded: Vec<OnceCell<bool>>,
    protected: OnceCell<Vec<Range<usize>>>,
    /// The changes of address the pronouns need, formal and informal.
    formal: OnceCell<Vec<Edit>>,
    informal: OnceCell<Vec<Edit>>,
}

impl<'a, 't> Context<'a, 't> {
    fn new(rewriter: &'a Rewriter, tokens: &'a Tokens<'t>) -> Self {
        Context {
            tokens,
            set: &rewriter.set,
            tried: rewriter.required.present(tokens, rewriter.rules().len()),
            guarded: vec![OnceCell::new(); rewriter.set.guards.len()],
            protected: OnceCell::new(),
            formal: OnceCell::new(),
            informal: OnceCell::new(),
        }
    }

    /// The change of address that starts at token `at`, in the direction
    /// of `address`.
    fn address_edit(&self, at: usize, address: Option<Address>) -> Option<&Edit> {
        let (cell, direction) = match address? {
            Address::Formal => (&self.formal, Direction::Formal),
            Address::Informal => (&self.informal, Direction::Informal),
            Address::Keep => return None,
        };
        let edits = cell.get_or_init(|| address::analyse(self.tokens, Lexicon::dutch(), direction));
        let found = edits.binary_search_by_key(&at, |e| e.start).ok()?;
        Some(&edits[found])
    }

    /// Whether the paragraph trips guard `guard`.
    fn guarded(&self, guard: usize) -> bool {
        *self.guarded[guard].get_or_init(|| {
            !self.set.guards[guard]
                .find_all(self.tokens, &self.set.lexicon)
                .is_empty()
        })
    }

    /// The token ranges no rule may touch.
    fn protected(&self) -> &[Range<usize>] {
        self.protected
            .get_or_init(|| self.set.protect.find_all(self.tokens, &self.set.lexicon))
    }
}

/// The words a pronoun of this address can be, which a text must hold for
/// the address analysis to find anything.
fn pronouns(address: Option<Address>) -> impl Iterator<Item = &'static str> {
    let words: &[&str] = match address {
        Some(Address::Formal) => &["je", "jij", "jou", "jouw", "jullie", "jezelf", "u"],
        Some(Address::Informal) => &["u", "uw", "uzelf", "zich"],
        _ => &[],
    };
    words.iter().copied()
}

/// The new words of a change of address, each in the case of the word it
/// replaces; a word that goes takes its space along.
fn address_fragments(edit: &Edit, tokens: &Tokens) -> Vec<Fragment> {
    let mut fragments = Vec::new();
    for (k, word) in edit.words.iter().enumerate() {
        if word.is_empty() {
            continue;
        }
        if !fragments.is_empty() {
            fragments.push(Fragment::Written(" ".to_owned()));
        }
        let case = token_case(tokens, edit.start + k);
        fragments.push(Fragment::Written(case.apply(word)));
    }
    fragments
}

/// The letter case of a match. A lone capital ("U") is as loud as the
/// words around it.
fn case_of(tokens: &Tokens, found: &Match) -> Case {
    stretch_case(tokens, found.start, found.end)
}

/// The letter case of token `k`, a lone capital as loud as its neighbours.
fn token_case(tokens: &Tokens, k: usize) -> Case {
    stretch_case(tokens, k, k + 1)
}

fn stretch_case(tokens: &Tokens, start: usize, end: usize) -> Case {
    let text = tokens.text;
    let matched = &text[tokens.byte_range(start, end)];
    match Case::of(matched) {
        Case::Capitalised if matched.chars().filter(|c| c.is_alphabetic()).count() == 1 => {
            let neighbours = [start.checked_sub(1), Some(end)];
            let loud = neighbours.into_iter().flatten().any(|i| {
                i < tokens.len()
                    && tokens.kind(i) == TokenKind::Word
                    && Case::of(&text[tokens.tokens[i].span.clone()]) == Case::Upper
            });
            if loud { Case::Upper } else { Case::Capitalised }
        }
        case => case,
    }
}

/// A sentence of capitals starting at token `at`: two or more words, six or
/// more letters, no lower-case letter. The closing punctuation is left out.
fn shouted_sentence(tokens: &Tokens, at: usize) -> Option<Match> {
    if !tokens.starts_sentence(at) {
        return None;
    }
    let words_end = (at..tokens.len())
        .find(|&i| tokens.kind(i) == TokenKind::SentenceEnd)
        .unwrap_or(tokens.len());
    let text = &tokens.text[tokens.byte_range(at, words_end)];
    let words = (at..words_end)
        .filter(|&i| tokens.kind(i) == TokenKind::Word)
        .count();
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    if words < 2 || letters < 6 || text.chars().any(char::is_lowercase) {
        return None;
    }
    // The closing punctuation belongs to the sentence, so that no rule that
    // takes it along outruns this one.
    let end = (words_end..tokens.len())
        .find(|&i| tokens.kind(i) != TokenKind::SentenceEnd)
        .unwrap_or(tokens.len());
    Some(Match {
        start: at,
        end,
        captures: [None; MAX_CAPTURES],
    })
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

/// Where the sentence of token `at` starts, looking back no further than
/// an antipattern can reach.
fn sentence_start(tokens: &Tokens, at: usize) -> usize {
    let limit = at.saturating_sub(2 * MAX_SPAN);
    (limit..=at)
        .rev()
        .find(|&i| tokens.starts_sentence(i))
        .unwrap_or(limit)
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
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

/// The examples a rule carries, run against that rule alone.
pub mod examples {
    use super::*;

    /// An example that did not come out as its rule says.
    #[derive(Debug)]
    pub struct Failure {
        pub rule: String,
        pub input: String,
        pub expected: String,
        pub got: String,
    }

    /// Runs every example of every rule of `lang` and the house style, each
    /// against its own rule only, and returns those that fail.
    ///
    /// ```
    /// use streep::{Config, Lang, verify_examples};
    ///
    /// assert!(verify_examples(Lang::Nl, &Config::default())?.is_empty());
    /// # Ok::<(), streep::Error>(())
    /// ```
    pub fn verify(lang: Lang, config: &Config) -> Result<Vec<Failure>> {
        let mut failures = Vec::new();
        let set = house_rules(lang, config)?;
        let count = set.rules().len();
        let mut rewriter = Rewriter::index(set, vec![false; count], lang);
        for index in 0..count {
            rewriter.only(index);
            let rule = &rewriter.rules()[index];
            let rewrites = rule.rewrites();
            let mut fail = |input: &str, expected: String, got: String| {
                failures.push(Failure {
                    rule: rule.id.clone(),
                    input: input.to_owned(),
                    expected,
                    got,
                })
            };
            for example in &rule.examples {
                let result = rewriter.rewrite(&example.before);
                if rewrites {
                    let expected = example.after.clone().unwrap_or_default();
                    let again = rewriter.rewrite(&result.output).output;
                    if result.output != expected {
                        fail(&example.before, expected, result.output);
                    } else if again != expected {
                        // A rule must not match what it wrote itself.
                        fail(&expected, expected.clone(), again);
                    }
                } else if result.advice.is_empty() {
                    fail(&example.before, "a finding".into(), "none".into());
                }
            }
            for keep in &rule.keep {
                let result = rewriter.rewrite(keep);
                if result.output != *keep || !result.advice.is_empty() {
                    let got = if result.advice.is_empty() {
                        result.output
                    } else {
                        format!("a finding: {}", result.advice[0].message)
                    };
                    fail(keep, keep.clone(), got);
                }
            }
        }
        Ok(failures)
    }
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
