//! One sentence rewritten: the rules applied pass after pass until nothing
//! changes, each change mapped back to the input; then the sentence is
//! checked as Dutch (`crate::wording::grammar`), and one that fails keeps
//! its wording, its changes turned into advice.

use std::ops::Range;

use crate::i18n::Msg;
use crate::lang::Lang;
use crate::wording::address::Role;
use crate::wording::grammar;
use crate::wording::lexicon::Lexicon;
use crate::wording::rules::pattern::{MAX_CAPTURES, MAX_SPAN, Match, scan};
use crate::wording::rules::{Action, Finder, Severity};
use crate::wording::text::{TokenKind, Tokens, stop_reads_as_abbreviation};

use super::context::{Context, Guards};
use super::edit::assemble;
use super::provenance::{self, Provenance};
use super::{Change, Finding, Found, MAX_PASSES, Rewriter, overlaps};

/// The changes one sentence's passes made: which rule, over which stretch
/// of the sentence's own text.
type Made = Vec<(usize, Range<usize>)>;

impl Rewriter {
    /// Rewrites one paragraph sentence by sentence; the guards read the
    /// whole paragraph ("Geen toegang. Werkzaamheden.").
    pub(super) fn rewrite_paragraph(
        &self,
        input: &str,
        paragraph: Range<usize>,
        changes: &mut Vec<Change>,
        advice: &mut Vec<Finding>,
    ) -> String {
        let text = &input[paragraph.clone()];
        let tokens = Tokens::new(text);
        let guards = Guards::new(&self.set, &tokens);
        let mut out = String::with_capacity(text.len() + text.len() / 8);
        let mut copied = 0;
        for sentence in sentences(&tokens) {
            out.push_str(&text[copied..sentence.start]);
            let at = paragraph.start + sentence.start..paragraph.start + sentence.end;
            let written_from = changes.len();
            let mut rewritten = self.rewrite_sentence(input, at, &guards, changes, advice);
            // A sentence mark a rule wrote stands apart from the next word:
            // "Stop!!Nu" becomes "Stop. Nu", not the abbreviation "Stop.Nu".
            let mark_written = rewritten != text[sentence.clone()] && rewritten.ends_with('.');
            let rest = &text[sentence.end..];
            if mark_written && stop_reads_as_abbreviation(&rewritten, rest) {
                // After "G.WCom" a full stop would join the word and the
                // next sentence to it; one "!" still ends the sentence.
                rewritten.pop();
                rewritten.push('!');
                if let Some(change) = changes[written_from..]
                    .iter_mut()
                    .rev()
                    .find(|change| change.after.ends_with('.'))
                {
                    change.after.pop();
                    change.after.push('!');
                }
            }
            out.push_str(&rewritten);
            if mark_written && text[sentence.end..].starts_with(char::is_alphanumeric) {
                out.push(' ');
            }
            copied = sentence.end;
        }
        out.push_str(&text[copied..]);
        out
    }

    /// Rewrites the sentence at `range` of `input`; where the result is not
    /// sound Dutch, the sentence keeps its wording and every change it would
    /// have had becomes advice, with the reason.
    fn rewrite_sentence(
        &self,
        input: &str,
        range: Range<usize>,
        guards: &Guards,
        changes: &mut Vec<Change>,
        advice: &mut Vec<Finding>,
    ) -> String {
        let base = range.start;
        let original = &input[range];
        let mut found_advice = Vec::new();
        let (current, map, made, settled) =
            self.passes(input, base, original, guards, &mut found_advice);
        if current == original {
            advice.append(&mut found_advice);
            return current;
        }
        let sentence_changes = self.changes_of(input, base, &current, &map, made);
        let problem = if settled {
            self.unsound(original, &current)
        } else {
            Some((grammar::Problem::Unsettled, String::new()))
        };
        match problem {
            None => {
                changes.extend(sentence_changes);
                advice.append(&mut found_advice);
                current
            }
            Some(problem) => {
                advice.extend(sentence_changes.into_iter().map(|c| self.as_advice(c)));
                advice.push(self.kept_wording(base, original, problem));
                let tokens = Tokens::new(original);
                let context = Context::new(self, &tokens, guards);
                self.advise(
                    &tokens,
                    &context,
                    &Provenance::identity(original.len()),
                    input,
                    base,
                    advice,
                );
                original.to_owned()
            }
        }
    }

    /// The rules' passes over one sentence: the text they leave, the map
    /// from it to the sentence, which rule changed what, and whether the
    /// rules were done within the passes allowed.
    fn passes(
        &self,
        input: &str,
        base: usize,
        original: &str,
        guards: &Guards,
        advice: &mut Vec<Finding>,
    ) -> (String, Provenance, Made, bool) {
        let mut current = original.to_owned();
        let mut map = Provenance::identity(current.len());
        let mut made: Made = Vec::new();
        let mut settled = true;
        for pass in 0.. {
            let made_before = made.len();
            let edits = {
                let tokens = Tokens::new(&current);
                let context = Context::new(self, &tokens, guards);
                let edits = self.edits(&tokens, &context, &map, &mut made);
                if edits.is_empty() {
                    self.advise(&tokens, &context, &map, input, base, advice);
                }
                edits
            };
            if edits.is_empty() {
                break;
            }
            // Rules still at work after every pass allowed: the sentence
            // is not rewritten at all, so that rewriting again changes
            // nothing either.
            if pass == MAX_PASSES {
                made.truncate(made_before);
                settled = false;
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
        (current, map, made, settled)
    }

    /// Each change, with what its stretch of the input finally became.
    fn changes_of(
        &self,
        input: &str,
        base: usize,
        current: &str,
        map: &Provenance,
        made: Made,
    ) -> Vec<Change> {
        let sources: Vec<Range<usize>> = made.iter().map(|(_, source)| source.clone()).collect();
        made.into_iter()
            .zip(map.to_outputs(&sources))
            .map(|((rule, source), output)| {
                let after = current[output].trim();
                self.change(rule, input, base + source.start..base + source.end, after)
            })
            .collect()
    }

    /// What is wrong with `rewritten` as Dutch, if anything. Only Dutch has
    /// a lexicon to check with.
    fn unsound(&self, original: &str, rewritten: &str) -> Option<(grammar::Problem, String)> {
        if self.lang() != Lang::Nl {
            return None;
        }
        grammar::check(original, rewritten, self.direction, Lexicon::dutch())
    }

    /// A change that could not be made, as advice: the same rule and
    /// reason, the rule's wording as a suggestion no more.
    fn as_advice(&self, change: Change) -> Finding {
        let rule = self.rules().iter().find(|r| r.id == change.rule);
        let suggestion = rule.and_then(|r| match &r.action {
            Action::Advise(suggestion) => suggestion.clone(),
            _ => None,
        });
        Finding {
            rule: change.rule,
            category: change.category,
            severity: change.severity,
            start: change.start,
            end: change.end,
            message: change.explanation,
            suggestion,
        }
    }

    /// The finding that says a sentence keeps its wording, and why.
    fn kept_wording(
        &self,
        base: usize,
        original: &str,
        (problem, word): (grammar::Problem, String),
    ) -> Finding {
        let message = if problem == grammar::Problem::Unsettled {
            self.messages.get(problem.message())
        } else {
            let reason = self
                .messages
                .text(&Msg::new(problem.message()).arg("word", word.as_str()));
            self.messages
                .text(&Msg::new("grammar-kept-wording").arg("reason", reason.as_str()))
        };
        Finding {
            rule: "grammar.kept-wording".to_owned(),
            category: "grammar".to_owned(),
            severity: Severity::Info,
            start: base,
            end: base + original.len(),
            message,
            suggestion: None,
        }
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
        let mut edits = Vec::new();
        for Found {
            rule,
            found,
            text,
            parts,
        } in self.find_rewrites(tokens, context)
        {
            let range = tokens.byte_range(found.start, found.end);
            if !map.is_written(range.clone()) {
                made.push((rule, map.to_source(range.clone())));
            }
            edits.push((range, text, parts));
        }
        edits
    }

    /// What rule `rule` writes for its match `found`, when it can write
    /// something and that is not what stands there already.
    fn written(
        &self,
        rule: usize,
        found: &Match,
        tokens: &Tokens,
        context: &Context,
    ) -> Option<(String, Vec<provenance::Part>)> {
        let fragments = self.fragments(rule, found, tokens, context)?;
        let (text, parts) = assemble(&fragments, tokens.text);
        let range = tokens.byte_range(found.start, found.end);
        (text != tokens.text[range]).then_some((text, parts))
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
    /// overlapping. A match its rule cannot rewrite, or would write as it
    /// stands, does not count: it would hide what other rules find inside
    /// it ("Ja graag!!" is no imperative, but its "!!" is shouting).
    fn find_rewrites(&self, tokens: &Tokens, context: &Context) -> Vec<Found> {
        scan(tokens.len(), |at| {
            let best = self
                .rewriters
                .candidates(tokens, at)
                .filter_map(|rule| {
                    let found = self.match_rule(rule, tokens, at, context)?;
                    let (text, parts) = self.written(rule, &found, tokens, context)?;
                    Some(Found {
                        rule,
                        found,
                        text,
                        parts,
                    })
                })
                .max_by_key(|f| (f.found.end, std::cmp::Reverse(f.rule)))?;
            Some((best.found.end, best))
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
        if def
            .unless
            .iter()
            .any(|&guard| context.guards.tripped(guard))
        {
            return None;
        }
        let found = match &def.finder {
            Finder::Pattern(pattern) => pattern.match_at(tokens, &self.set.classes, at)?,
            Finder::AllCapsSentence => shouted_sentence(tokens, at)?,
            Finder::CapsWord => self.shouted_word(tokens, at)?,
            Finder::Address(role) => {
                let edit = context.address_edit(at, def.address)?;
                if *role != Role::Any && edit.role != *role {
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
                    anti.match_at(tokens, &self.set.classes, start)
                        .is_some_and(|m| overlaps(&(m.start..m.end), &span))
                })
            });
            if hit {
                return None;
            }
        }
        Some(found)
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

/// The sentences of a paragraph, as byte ranges: up to and with the marks
/// that end each (".", "!!", "?").
fn sentences(tokens: &Tokens) -> Vec<Range<usize>> {
    (tokens.sentences().into_iter())
        .map(|range| tokens.byte_range(range.start, range.end))
        .collect()
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

impl Rewriter {
    /// A word of three or more capitals at token `at`, in a sentence that
    /// has lower-case letters too, that the lexicon knows as a Dutch word
    /// and that is no acronym: "Roken is NIET toegestaan".
    fn shouted_word(&self, tokens: &Tokens, at: usize) -> Option<Match> {
        if tokens.kind(at) != TokenKind::Word {
            return None;
        }
        let word = &tokens.text[tokens.tokens[at].span.clone()];
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        let capitals = letters >= 3 && !word.chars().any(char::is_lowercase);
        if !capitals {
            return None;
        }
        let lower = tokens.lower(at);
        let known = Lexicon::dutch().knows(lower) && !self.set.is_acronym(lower);
        // "INFO@BEDRIJF.NL", "WWW.SITE.NL": an address is no shouting.
        let text = tokens.text;
        let span = &tokens.tokens[at].span;
        let glued = |c: Option<char>| {
            c.is_some_and(|c| matches!(c, '@' | '/' | '.' | '_' | '-') || c.is_alphanumeric())
        };
        let in_address = glued(text[span.end..].chars().next())
            && !text[span.end..].starts_with(|c: char| {
                c == '.'
                    && text[span.end + 1..]
                        .chars()
                        .next()
                        .is_none_or(char::is_whitespace)
            })
            || glued(text[..span.start].chars().next_back());
        let calm_sentence = tokens.text.chars().any(char::is_lowercase);
        (capitals && known && calm_sentence && !in_address).then_some(Match {
            start: at,
            end: at + 1,
            captures: [None; MAX_CAPTURES],
        })
    }
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
