//! Patterns over words: the left-hand side of a rule.
//!
//! A pattern is a sequence of items separated by spaces, matched against
//! tokens case-insensitively and on word boundaries:
//!
//! | item | matches |
//! |---|---|
//! | `gelieve`, `c.q.`, `!` | that word or sign |
//! | `(streep\|lijn\|rode lijn)` | one of the alternatives, each a sequence |
//! | `item?`, `item+` | the item optionally, or once or more |
//! | `<name>` | any one word, captured as `$name` |
//! | `<name:@class>` | a word of the class: one a rule file lists, one of the lexicon (`@preposition`), or a reading of the dictionary (`@noun`, `@infinitive`, `@participle`, …) |
//! | `<name:#>` | a number |
//! | `<name:...>` | zero or more tokens within the sentence (as few as possible) |
//! | `<name:..>` | the same within the clause: no comma, semicolon, colon or bracket |
//! | `<name:ITEM>` | what ITEM matches, captured |
//! | `<:...>` | the same without a capture |
//! | `^`, `$` | the start of a sentence; its end, taking the closing `.`, `!` or `?` along |
//!
//! A backslash takes the next character literally (`\?`).

use std::collections::BTreeSet;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::i18n::Msg;
use crate::wording::lexicon::{Lexicon, Tags};
use crate::wording::rules::named::Named;
use crate::wording::text::{TokenKind, Tokens};

/// How many tokens a `...` capture takes at the most: signs have short
/// sentences, and the bound keeps hostile input linear.
pub const MAX_SPAN: usize = 40;

/// Word classes that patterns refer to as `@name`: words a rule file or
/// the lexicon lists, and, for a language with a dictionary, its readings.
#[derive(Debug, Default)]
pub struct WordClasses {
    classes: Named<ClassWords>,
    dictionary: Option<&'static Lexicon>,
}

/// What makes a word a member of a class.
#[derive(Debug)]
enum ClassWords {
    /// These words, in lower case.
    Listed(HashSet<String>),
    /// Words of these shapes, in lower case: `*` stands for any letters,
    /// `?` for one ("?*zu?*en": "einzuhalten", "abzugeben").
    Shaped(Vec<String>),
    /// Words with one of these readings in the dictionary.
    Tagged(Tags),
    /// Forms of a verb that can take "zich".
    Reflexive,
}

impl Default for ClassWords {
    fn default() -> Self {
        ClassWords::Listed(HashSet::default())
    }
}

impl WordClasses {
    /// Classes backed by a dictionary: its readings (`@noun`, `@stem`, …)
    /// and its own word lists become classes too.
    pub fn with_dictionary(dictionary: &'static Lexicon) -> WordClasses {
        let mut classes = WordClasses {
            classes: Named::default(),
            dictionary: Some(dictionary),
        };
        for (name, words) in dictionary.classes() {
            classes.add(name, words.iter().cloned());
        }
        for (name, tags) in Tags::classes() {
            *classes.classes.entry(name) = ClassWords::Tagged(tags);
        }
        *classes.classes.entry("reflexive") = ClassWords::Reflexive;
        classes
    }

    /// Adds (or extends) a listed class; words are matched in lower case.
    pub fn add(&mut self, name: &str, words: impl IntoIterator<Item = String>) {
        let words: Vec<String> = words.into_iter().map(|w| w.to_lowercase()).collect();
        let entry = self.classes.entry(name);
        let shaped = words.iter().any(|w| w.contains(['*', '?']));
        match entry {
            ClassWords::Listed(listed) if shaped => {
                let mut shapes: Vec<String> = listed.drain().collect();
                shapes.extend(words);
                *entry = ClassWords::Shaped(shapes);
            }
            ClassWords::Listed(listed) => listed.extend(words),
            ClassWords::Shaped(shapes) => shapes.extend(words),
            _ => {}
        }
    }

    /// Whether the word (in lower case) is in class `class`.
    pub fn contains(&self, class: usize, word: &str) -> bool {
        match &self.classes[class] {
            ClassWords::Listed(words) => {
                words.contains(word) || word.contains('.') && words.contains(&format!("{word}."))
            }
            ClassWords::Shaped(shapes) => shapes.iter().any(|shape| has_shape(word, shape)),
            ClassWords::Tagged(tags) => self.dictionary.is_some_and(|d| d.tags(word).any(*tags)),
            ClassWords::Reflexive => self.dictionary.is_some_and(|d| d.is_reflexive_form(word)),
        }
    }

    /// Whether token `i` is in class `class`; the dictionary's readings of
    /// each token are looked up once.
    pub fn contains_token(&self, class: usize, tokens: &Tokens, i: usize) -> bool {
        match (&self.classes[class], self.dictionary) {
            (ClassWords::Tagged(tags), Some(dictionary)) => tokens.tags(i, dictionary).any(*tags),
            _ => self.contains(class, tokens.lower(i)),
        }
    }

    /// The class called `name`.
    pub fn class_index(&self, name: &str) -> Option<usize> {
        self.classes.index(name)
    }

    /// The class's words, where it lists them.
    fn listed(&self, class: usize) -> Option<&HashSet<String>> {
        match &self.classes[class] {
            ClassWords::Listed(words) => Some(words),
            _ => None,
        }
    }
}

/// Whether `word` has `shape`: `*` stands for any run of characters, `?`
/// for one, anything else for itself.
fn has_shape(word: &str, shape: &str) -> bool {
    let word: Vec<char> = word.chars().collect();
    let shape: Vec<char> = shape.chars().collect();
    // The classic two-pointer match, going back to the last `*` on a miss:
    // linear in practice, and words are short.
    let (mut w, mut s) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while w < word.len() {
        match shape.get(s) {
            Some('*') => {
                star = Some((s, w));
                s += 1;
            }
            Some(&c) if c == '?' || c == word[w] => {
                w += 1;
                s += 1;
            }
            _ => match star {
                Some((star_s, star_w)) => {
                    s = star_s + 1;
                    w = star_w + 1;
                    star = Some((star_s, star_w + 1));
                }
                None => return false,
            },
        }
    }
    shape[s..].iter().all(|&c| c == '*')
}

/// A compiled pattern.
#[derive(Debug)]
pub struct Pattern {
    items: Vec<Item>,
    captures: Vec<String>,
    /// The pattern opens with `^`: it can only start a sentence.
    starts_sentence: bool,
    /// The pattern closes with `$`, and takes at most this many tokens before
    /// it: a match needs the sentence to end within reach.
    ends_sentence_within: Option<usize>,
}

#[derive(Debug)]
struct Item {
    kind: Kind,
    repeat: Repeat,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Repeat {
    Once,
    Optional,
    OneOrMore,
}

#[derive(Debug)]
enum Kind {
    Words(Vec<String>),
    Group(Vec<Vec<Item>>),
    Capture { slot: usize, inner: Box<Item> },
    AnyWord,
    Number,
    Class(usize),
    Span,
    ClauseSpan,
    SentenceStart,
    SentenceEnd,
}

/// A match: the token range it covers and each capture's token range.
#[derive(Debug, Clone)]
pub struct Match {
    pub start: usize,
    pub end: usize,
    pub captures: Captures,
}

/// The most captures a pattern may have; they live on the stack while matching.
pub const MAX_CAPTURES: usize = 8;

/// Each capture's token range, by slot.
pub type Captures = [Option<(usize, usize)>; MAX_CAPTURES];

impl Pattern {
    /// Compiles `source`; classes are looked up in `classes`.
    pub fn parse(source: &str, classes: &WordClasses) -> Result<Pattern, Msg> {
        let mut parser = Parser {
            chars: source.char_indices().collect(),
            at: 0,
            classes,
            captures: Vec::new(),
        };
        let items = parser.sequence()?;
        if let Some(&(column, c)) = parser.chars.get(parser.at) {
            return Err(Msg::new("pattern-unexpected")
                .arg("char", c)
                .num("column", (column + 1) as f64));
        }
        if min_len(&items) == 0 {
            return Err(Msg::new("pattern-matches-nothing"));
        }
        let starts_sentence = matches!(
            items.first(),
            Some(Item {
                kind: Kind::SentenceStart,
                ..
            })
        );
        let ends_sentence_within = match items.split_last() {
            Some((
                Item {
                    kind: Kind::SentenceEnd,
                    repeat: Repeat::Once,
                },
                before,
            )) => max_len(before),
            _ => None,
        };
        Ok(Pattern {
            items,
            captures: parser.captures,
            starts_sentence,
            ends_sentence_within,
        })
    }

    /// A pattern that matches `phrase` word for word.
    pub fn literal(phrase: &str) -> Result<Pattern, Msg> {
        let words = lower_words(phrase);
        if words.is_empty() {
            return Err(Msg::new("pattern-matches-nothing"));
        }
        Ok(Pattern {
            items: vec![Item {
                kind: Kind::Words(words),
                repeat: Repeat::Once,
            }],
            captures: Vec::new(),
            starts_sentence: false,
            ends_sentence_within: None,
        })
    }

    /// The slot of capture `name`, if the pattern has it.
    pub fn capture_slot(&self, name: &str) -> Option<usize> {
        self.captures.iter().position(|c| c == name)
    }

    /// Words of which every match holds at least one; `None` when no such
    /// set is known. A text without any of them cannot match.
    pub fn required_words(&self, classes: &WordClasses) -> Option<BTreeSet<String>> {
        required_words(&self.items, classes)
    }

    /// The lower-case words a match can start with; `None` when it can start
    /// with any token. Used to index rules by their first word.
    pub fn first_words(&self, classes: &WordClasses) -> Option<BTreeSet<String>> {
        first_words(&self.items, classes).map(|(words, _)| words)
    }

    /// The first match that starts at token `start`, if any.
    pub fn match_at(&self, tokens: &Tokens, classes: &WordClasses, start: usize) -> Option<Match> {
        if self.starts_sentence && !tokens.starts_sentence(start) {
            return None;
        }
        if let Some(reach) = self.ends_sentence_within {
            let end_in_reach = (start..tokens.len().min(start + reach + 1))
                .any(|i| tokens.kind(i) == TokenKind::SentenceEnd)
                || tokens.len() <= start + reach;
            if !end_in_reach {
                return None;
            }
        }
        let matcher = Matcher { tokens, classes };
        let mut state = [None; MAX_CAPTURES];
        let mut end = None;
        matcher.sequence(&self.items, start, &mut state, &mut |at, _| {
            end = Some(at);
            true
        });
        end.map(|end| Match {
            start,
            end,
            captures: state,
        })
    }
}

/// Entries (rules, patterns) filed under words: the words a match can start
/// with, or the words a text must hold for a match. An entry with no such
/// words is filed everywhere. Most entries are never tried where they cannot
/// match.
#[derive(Debug, Default)]
pub struct WordIndex {
    by_word: HashMap<String, Vec<usize>>,
    anywhere: Vec<usize>,
    /// Entries that match only where a sentence starts, with any word.
    at_sentence_start: Vec<usize>,
}

/// Where a pattern's matches can start, for the index.
pub enum Start {
    /// With one of these words.
    Words(BTreeSet<String>),
    /// Where a sentence starts, with any word.
    AtSentence,
    /// Anywhere.
    Anywhere,
}

impl Pattern {
    /// Where this pattern's matches can start.
    pub fn start(&self, classes: &WordClasses) -> Start {
        match self.first_words(classes) {
            Some(words) => Start::Words(words),
            None if self.starts_sentence => Start::AtSentence,
            None => Start::Anywhere,
        }
    }
}

impl WordIndex {
    /// Files entry `item` by where its matches start.
    pub fn add_start(&mut self, item: usize, start: Start) {
        match start {
            Start::Words(words) => self.add(item, Some(words)),
            Start::AtSentence => self.at_sentence_start.push(item),
            Start::Anywhere => self.add(item, None),
        }
    }

    /// Files entry `item` under `words`, or everywhere for `None`.
    pub fn add(&mut self, item: usize, words: Option<BTreeSet<String>>) {
        match words {
            Some(words) => {
                for word in words {
                    // An abbreviation may stand without its final dot.
                    if let Some(bare) = word.strip_suffix('.').filter(|bare| bare.contains('.')) {
                        self.by_word.entry(bare.to_owned()).or_default().push(item);
                    }
                    self.by_word.entry(word).or_default().push(item);
                }
            }
            None => self.anywhere.push(item),
        }
    }

    /// The entries filed under token `at`'s word or everywhere, in no
    /// particular order.
    pub fn candidates(&self, tokens: &Tokens, at: usize) -> impl Iterator<Item = usize> + '_ {
        let indexed = self
            .by_word
            .get(tokens.lower(at))
            .map_or(&[][..], Vec::as_slice);
        let at_start = if tokens.starts_sentence(at) {
            &self.at_sentence_start[..]
        } else {
            &[]
        };
        indexed
            .iter()
            .chain(&self.anywhere)
            .chain(at_start)
            .copied()
    }

    /// For each of `count` entries, whether it is filed under a word of
    /// `tokens` or everywhere.
    pub fn present(&self, tokens: &Tokens, count: usize) -> Vec<bool> {
        let mut present = vec![false; count];
        for &item in self.anywhere.iter().chain(&self.at_sentence_start) {
            present[item] = true;
        }
        for at in 0..tokens.len() {
            for &item in self.by_word.get(tokens.lower(at)).into_iter().flatten() {
                present[item] = true;
            }
        }
        present
    }
}

/// A list of patterns searched together: protected phrases, guards, the
/// words the score counts.
#[derive(Debug, Default)]
pub struct PatternSet {
    patterns: Vec<Pattern>,
    index: WordIndex,
}

impl PatternSet {
    pub fn push(&mut self, pattern: Pattern, classes: &WordClasses) {
        self.index
            .add(self.patterns.len(), pattern.first_words(classes));
        self.patterns.push(pattern);
    }

    /// Files the patterns anew, after the classes's classes have grown.
    pub fn reindex(&mut self, classes: &WordClasses) {
        self.index = WordIndex::default();
        for (i, pattern) in self.patterns.iter().enumerate() {
            self.index.add(i, pattern.first_words(classes));
        }
    }

    /// The token ranges where a pattern matches, left to right, the longest
    /// at each place, without overlaps.
    pub fn find_all(&self, tokens: &Tokens, classes: &WordClasses) -> Vec<std::ops::Range<usize>> {
        scan(tokens.len(), |at| {
            let end = self
                .index
                .candidates(tokens, at)
                .filter_map(|i| self.patterns[i].match_at(tokens, classes, at))
                .map(|m| m.end)
                .max()?;
            Some((end, at..end))
        })
    }
}

/// Matches left to right without overlaps: `best_at` gives the best match
/// that starts at a token (where it ends, and what to keep of it), and the
/// scan goes on after it; where there is none, at the next token.
pub fn scan<T>(len: usize, mut best_at: impl FnMut(usize) -> Option<(usize, T)>) -> Vec<T> {
    let mut found = Vec::new();
    let mut at = 0;
    while at < len {
        match best_at(at) {
            Some((end, item)) if end > at => {
                found.push(item);
                at = end;
            }
            _ => at += 1,
        }
    }
    found
}

struct Parser<'a> {
    chars: Vec<(usize, char)>,
    at: usize,
    classes: &'a WordClasses,
    captures: Vec<String>,
}

const SPECIAL: &[char] = &['(', ')', '|', '<', '>', '?', '+', '^', '$', '\\'];

impl Parser<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).map(|&(_, c)| c)
    }

    fn column(&self) -> f64 {
        self.chars
            .get(self.at)
            .map_or(self.chars.len() + 1, |&(i, _)| i + 1) as f64
    }

    fn skip_spaces(&mut self) {
        while self.peek().is_some_and(char::is_whitespace) {
            self.at += 1;
        }
    }

    fn expect(&mut self, want: char) -> Result<(), Msg> {
        if self.peek() == Some(want) {
            self.at += 1;
            Ok(())
        } else {
            Err(Msg::new("pattern-expected")
                .arg("char", want)
                .num("column", self.column()))
        }
    }

    /// Items up to the end, a `|`, a `)` or a `>`.
    fn sequence(&mut self) -> Result<Vec<Item>, Msg> {
        let mut items = Vec::new();
        loop {
            self.skip_spaces();
            match self.peek() {
                None | Some('|' | ')' | '>') => return Ok(items),
                _ => items.push(self.item()?),
            }
        }
    }

    fn item(&mut self) -> Result<Item, Msg> {
        let kind = self.atom()?;
        let repeat = match self.peek() {
            Some('?') => Repeat::Optional,
            Some('+') => Repeat::OneOrMore,
            _ => Repeat::Once,
        };
        if repeat != Repeat::Once {
            self.at += 1;
        }
        Ok(Item { kind, repeat })
    }

    fn atom(&mut self) -> Result<Kind, Msg> {
        match self.peek() {
            Some('(') => {
                self.at += 1;
                let mut alternatives = vec![self.sequence()?];
                while self.peek() == Some('|') {
                    self.at += 1;
                    alternatives.push(self.sequence()?);
                }
                self.expect(')')?;
                if alternatives.iter().any(Vec::is_empty) {
                    return Err(Msg::new("pattern-empty-alternative").num("column", self.column()));
                }
                Ok(Kind::Group(alternatives))
            }
            Some('<') => {
                self.at += 1;
                self.capture()
            }
            Some('^') => {
                self.at += 1;
                Ok(Kind::SentenceStart)
            }
            Some('$') => {
                self.at += 1;
                Ok(Kind::SentenceEnd)
            }
            Some(c) if c == '?' || c == '+' => Err(Msg::new("pattern-unexpected")
                .arg("char", c)
                .num("column", self.column())),
            _ => self.words(),
        }
    }

    /// `<name>`, `<name:SPEC>` or `<:SPEC>`, after the `<`.
    fn capture(&mut self) -> Result<Kind, Msg> {
        let start = self.at;
        while self.peek().is_some_and(|c| c.is_alphanumeric() || c == '_') {
            self.at += 1;
        }
        let name: String = self.chars[start..self.at].iter().map(|&(_, c)| c).collect();
        let inner = if self.peek() == Some(':') {
            self.at += 1;
            self.spec()?
        } else {
            Kind::AnyWord
        };
        self.expect('>')?;
        if name.is_empty() {
            return Ok(inner);
        }
        if self.captures.contains(&name) {
            return Err(Msg::new("pattern-duplicate-capture").arg("name", name));
        }
        if self.captures.len() == MAX_CAPTURES {
            return Err(Msg::new("pattern-too-many-captures").num("max", MAX_CAPTURES as f64));
        }
        self.captures.push(name);
        Ok(Kind::Capture {
            slot: self.captures.len() - 1,
            inner: Box::new(Item {
                kind: inner,
                repeat: Repeat::Once,
            }),
        })
    }

    /// What follows the `:` of a capture.
    fn spec(&mut self) -> Result<Kind, Msg> {
        let rest: String = self.chars[self.at..].iter().map(|&(_, c)| c).collect();
        if rest.starts_with("...") {
            self.at += 3;
            return Ok(Kind::Span);
        }
        if rest.starts_with("..") {
            self.at += 2;
            return Ok(Kind::ClauseSpan);
        }
        match self.peek() {
            Some('#') => {
                self.at += 1;
                Ok(Kind::Number)
            }
            Some('@') => {
                self.at += 1;
                let start = self.at;
                while self
                    .peek()
                    .is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '_')
                {
                    self.at += 1;
                }
                let name: String = self.chars[start..self.at].iter().map(|&(_, c)| c).collect();
                self.classes
                    .class_index(&name)
                    .map(Kind::Class)
                    .ok_or_else(|| Msg::new("pattern-unknown-class").arg("name", name))
            }
            _ => {
                let item = self.item()?;
                if item.repeat == Repeat::Once {
                    Ok(item.kind)
                } else {
                    Ok(Kind::Group(vec![vec![item]]))
                }
            }
        }
    }

    /// A run of literal characters, cut into tokens as text is.
    fn words(&mut self) -> Result<Kind, Msg> {
        let mut literal = String::new();
        while let Some(c) = self.peek() {
            if c.is_whitespace() || (SPECIAL.contains(&c) && c != '\\') {
                break;
            }
            self.at += 1;
            if c == '\\' {
                match self.peek() {
                    Some(escaped) => {
                        literal.push(escaped);
                        self.at += 1;
                    }
                    None => return Err(Msg::new("pattern-trailing-backslash")),
                }
            } else {
                literal.push(c);
            }
        }
        if let Some(class) = literal.strip_prefix('@') {
            // A class stands in a capture: `<:@noun>`, not `@noun`.
            return Err(Msg::new("pattern-class-outside-capture").arg("name", class));
        }
        let words = lower_words(&literal);
        if words.is_empty() {
            return Err(Msg::new("pattern-unexpected")
                .arg("char", self.peek().unwrap_or(' '))
                .num("column", self.column()));
        }
        Ok(Kind::Words(words))
    }
}

/// Whether a token is the word a pattern names. An abbreviation written with
/// its final dot ("a.u.b.") also matches the token without it, which stands
/// before a full stop that ends the sentence.
fn same_word(token: &str, pattern: &str) -> bool {
    token == pattern
        || pattern
            .strip_suffix('.')
            .is_some_and(|bare| bare.contains('.') && bare == token)
}

/// The tokens of `text` in lower case, as patterns compare them. An
/// abbreviation keeps its final dot (see `same_word`).
fn lower_words(text: &str) -> Vec<String> {
    let tokens = Tokens::new(text);
    let mut words: Vec<String> = Vec::with_capacity(tokens.len());
    for i in 0..tokens.len() {
        let word = tokens.lower(i);
        match words.last_mut() {
            Some(abbreviation)
                if word == "." && abbreviation.contains('.') && !abbreviation.ends_with('.') =>
            {
                abbreviation.push('.')
            }
            _ => words.push(word.to_owned()),
        }
    }
    words
}

/// The fewest tokens a sequence can match.
fn min_len(items: &[Item]) -> usize {
    items
        .iter()
        .map(|item| {
            if item.repeat == Repeat::Optional {
                0
            } else {
                kind_min_len(&item.kind)
            }
        })
        .sum()
}

fn kind_min_len(kind: &Kind) -> usize {
    match kind {
        Kind::Words(words) => words.len(),
        Kind::Group(alternatives) => alternatives.iter().map(|a| min_len(a)).min().unwrap_or(0),
        Kind::Capture { inner, .. } => min_len(std::slice::from_ref(inner.as_ref())),
        Kind::AnyWord | Kind::Number | Kind::Class(_) => 1,
        Kind::Span | Kind::ClauseSpan | Kind::SentenceStart | Kind::SentenceEnd => 0,
    }
}

/// The smallest known set of words that every match of the sequence holds
/// one of.
fn required_words(items: &[Item], classes: &WordClasses) -> Option<BTreeSet<String>> {
    items
        .iter()
        .filter(|item| item.repeat != Repeat::Optional)
        .filter_map(|item| kind_required_words(&item.kind, classes))
        .min_by_key(BTreeSet::len)
}

fn kind_required_words(kind: &Kind, classes: &WordClasses) -> Option<BTreeSet<String>> {
    match kind {
        Kind::Words(words) => Some(BTreeSet::from([words[0].clone()])),
        Kind::Group(alternatives) => {
            let mut words = BTreeSet::new();
            for alternative in alternatives {
                words.extend(required_words(alternative, classes)?);
            }
            Some(words)
        }
        Kind::Capture { inner, .. } => {
            required_words(std::slice::from_ref(inner.as_ref()), classes)
        }
        Kind::Class(class) => Some(classes.listed(*class)?.iter().cloned().collect()),
        Kind::AnyWord
        | Kind::Number
        | Kind::Span
        | Kind::ClauseSpan
        | Kind::SentenceStart
        | Kind::SentenceEnd => None,
    }
}

/// The most tokens a sequence can match; `None` without a bound (`+`).
fn max_len(items: &[Item]) -> Option<usize> {
    items.iter().try_fold(0, |total, item| {
        let one = kind_max_len(&item.kind)?;
        (item.repeat != Repeat::OneOrMore).then_some(total + one)
    })
}

fn kind_max_len(kind: &Kind) -> Option<usize> {
    match kind {
        Kind::Words(words) => Some(words.len()),
        Kind::Group(alternatives) => alternatives
            .iter()
            .map(|a| max_len(a))
            .try_fold(0, |m, l| Some(m.max(l?))),
        Kind::Capture { inner, .. } => max_len(std::slice::from_ref(inner.as_ref())),
        Kind::AnyWord | Kind::Number | Kind::Class(_) => Some(1),
        Kind::Span | Kind::ClauseSpan => Some(MAX_SPAN),
        Kind::SentenceStart => Some(0),
        Kind::SentenceEnd => None,
    }
}

/// The words a sequence can start with, and whether it can match nothing.
/// `None`: it can start with any token.
fn first_words(items: &[Item], classes: &WordClasses) -> Option<(BTreeSet<String>, bool)> {
    let mut words = BTreeSet::new();
    for item in items {
        let (item_words, mut nullable) = kind_first_words(&item.kind, classes)?;
        words.extend(item_words);
        nullable |= item.repeat == Repeat::Optional;
        if !nullable {
            return Some((words, false));
        }
    }
    Some((words, true))
}

fn kind_first_words(kind: &Kind, classes: &WordClasses) -> Option<(BTreeSet<String>, bool)> {
    match kind {
        Kind::Words(words) => Some((BTreeSet::from([words[0].clone()]), false)),
        Kind::Group(alternatives) => {
            let mut words = BTreeSet::new();
            let mut nullable = false;
            for alternative in alternatives {
                let (w, n) = first_words(alternative, classes)?;
                words.extend(w);
                nullable |= n;
            }
            Some((words, nullable))
        }
        Kind::Capture { inner, .. } => first_words(std::slice::from_ref(inner.as_ref()), classes),
        Kind::Class(class) => Some((classes.listed(*class)?.iter().cloned().collect(), false)),
        Kind::SentenceStart | Kind::SentenceEnd => Some((BTreeSet::new(), true)),
        Kind::AnyWord | Kind::Number | Kind::Span | Kind::ClauseSpan => None,
    }
}

/// Backtracking over tokens: each item calls `next` with every end it can
/// reach, in order of preference, until one leads to a whole match.
struct Matcher<'a, 't> {
    tokens: &'a Tokens<'t>,
    classes: &'a WordClasses,
}

type Next<'k> = dyn FnMut(usize, &mut Captures) -> bool + 'k;

impl Matcher<'_, '_> {
    fn sequence(&self, items: &[Item], at: usize, caps: &mut Captures, next: &mut Next) -> bool {
        match items.split_first() {
            None => next(at, caps),
            Some((item, rest)) => self.item(item, at, caps, &mut |end, caps| {
                self.sequence(rest, end, caps, next)
            }),
        }
    }

    fn item(&self, item: &Item, at: usize, caps: &mut Captures, next: &mut Next) -> bool {
        match item.repeat {
            Repeat::Once => self.kind(&item.kind, at, caps, next),
            Repeat::Optional => self.kind(&item.kind, at, caps, next) || next(at, caps),
            // A run of one word or sign ("!!!!") is taken whole, however
            // long: no bound cuts it into pieces.
            Repeat::OneOrMore
                if let Kind::Words(words) = &item.kind
                    && let [word] = &words[..] =>
            {
                let tokens = self.tokens;
                let run = (at..tokens.len())
                    .take_while(|&i| same_word(tokens.lower(i), word))
                    .count();
                (1..=run).rev().any(|taken| next(at + taken, caps))
            }
            Repeat::OneOrMore => self.kind(&item.kind, at, caps, &mut |end, caps| {
                self.more(&item.kind, end, caps, next, MAX_SPAN)
            }),
        }
    }

    /// Zero or more further repetitions, as many as possible up to `left`:
    /// the bound keeps the recursion shallow on a thousand `!`.
    fn more(
        &self,
        kind: &Kind,
        at: usize,
        caps: &mut Captures,
        next: &mut Next,
        left: usize,
    ) -> bool {
        if left > 0
            && self.kind(kind, at, caps, &mut |end, caps| {
                end > at && self.more(kind, end, caps, next, left - 1)
            })
        {
            return true;
        }
        next(at, caps)
    }

    fn kind(&self, kind: &Kind, at: usize, caps: &mut Captures, next: &mut Next) -> bool {
        let tokens = self.tokens;
        let len = tokens.len();
        let word_at = |i: usize| i < len && tokens.kind(i) == TokenKind::Word;
        match kind {
            Kind::Words(words) => {
                at + words.len() <= len
                    && words
                        .iter()
                        .enumerate()
                        .all(|(i, w)| same_word(tokens.lower(at + i), w))
                    && next(at + words.len(), caps)
            }
            Kind::Group(alternatives) => alternatives
                .iter()
                .any(|alternative| self.sequence(alternative, at, caps, next)),
            Kind::Capture { slot, inner } => self.item(inner, at, caps, &mut |end, caps| {
                let before = caps[*slot].replace((at, end));
                next(end, caps) || {
                    caps[*slot] = before;
                    false
                }
            }),
            Kind::AnyWord => word_at(at) && next(at + 1, caps),
            Kind::Number => at < len && tokens.kind(at) == TokenKind::Number && next(at + 1, caps),
            Kind::Class(class) => {
                word_at(at) && self.classes.contains_token(*class, tokens, at) && next(at + 1, caps)
            }
            Kind::Span | Kind::ClauseSpan => {
                let clause = matches!(kind, Kind::ClauseSpan);
                let mut end = at;
                loop {
                    if next(end, caps) {
                        return true;
                    }
                    if end >= len
                        || end - at >= MAX_SPAN
                        || tokens.kind(end) == TokenKind::SentenceEnd
                        || clause && matches!(tokens.lower(end), "," | ";" | ":" | "(" | ")")
                    {
                        return false;
                    }
                    end += 1;
                }
            }
            Kind::SentenceStart => at <= len && tokens.starts_sentence(at) && next(at, caps),
            Kind::SentenceEnd => {
                let mut end = at;
                while end < len && tokens.kind(end) == TokenKind::SentenceEnd {
                    end += 1;
                }
                (end > at || at == len) && next(end, caps)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classes() -> WordClasses {
        let mut classes = WordClasses::default();
        classes.add("modal", ["wil", "kun"].map(String::from));
        classes.add(
            "zu-infinitive",
            ["?*zu?*en", "auszuweisen"].map(String::from),
        );
        classes
    }

    #[test]
    fn a_class_of_shapes_holds_every_word_of_its_shapes() {
        let classes = classes();
        let class = classes.class_index("zu-infinitive").unwrap();
        for word in ["einzuhalten", "abzugeben", "auszuweisen"] {
            assert!(classes.contains(class, word), "{word}");
        }
        for word in ["zusammen", "zuzahlen", "einzuhaltend", "zu", "halten"] {
            assert!(!classes.contains(class, word), "{word}");
        }
        assert_eq!(
            find("ist <v:@zu-infinitive>", "Der Abstand ist einzuhalten."),
            Some(vec!["ist einzuhalten".into(), "einzuhalten".into()])
        );
    }

    /// The text of each capture of the first match anywhere in `text`.
    fn find(pattern: &str, text: &str) -> Option<Vec<String>> {
        let classes = classes();
        let pattern = Pattern::parse(pattern, &classes).unwrap();
        let tokens = Tokens::new(text);
        (0..tokens.len()).find_map(|i| {
            let m = pattern.match_at(&tokens, &classes, i)?;
            let mut out = vec![text[tokens.byte_range(m.start, m.end)].to_owned()];
            out.extend(m.captures[..pattern.captures.len()].iter().map(|c| {
                c.map_or(String::new(), |(a, b)| {
                    text[tokens.byte_range(a, b)].to_owned()
                })
            }));
            Some(out)
        })
    }

    #[test]
    fn matches_words_case_insensitively_on_word_boundaries() {
        assert_eq!(
            find("achter de <line:(streep|lijn)>", "Wacht ACHTER DE Streep."),
            Some(vec!["ACHTER DE Streep".into(), "Streep".into()])
        );
        assert_eq!(find("achter de streep", "achter de strepen"), None);
        assert_eq!(find("je", "meisje tasje jeugd"), None);
    }

    #[test]
    fn optional_items_and_classes() {
        assert_eq!(
            find("<v:@modal> je even?", "Wil je wachten").unwrap()[0],
            "Wil je"
        );
        assert_eq!(
            find("<v:@modal> je even?", "Kun je even wachten").unwrap()[0],
            "Kun je even"
        );
        assert_eq!(find("<v:@modal> je", "Ga je"), None);
    }

    #[test]
    fn lazy_spans_stay_inside_the_sentence() {
        let found = find(
            "gelieve <what:...> te <verb> $",
            "Gelieve hier te wachten. Dank u",
        )
        .unwrap();
        assert_eq!(found, ["Gelieve hier te wachten.", "hier", "wachten"]);
        assert_eq!(
            find("gelieve <what:...> te wachten", "Gelieve. Hier te wachten"),
            None
        );
    }

    #[test]
    fn clause_spans_stop_at_a_comma() {
        assert!(find("als je <:..> hebt", "Als je vragen hebt, bel ons").is_some());
        assert!(find("zodra je <:..> kunt", "Zodra je nummer verschijnt, kunt u").is_none());
        assert!(find("zodra je <:...> kunt", "Zodra je nummer verschijnt, kunt u").is_some());
    }

    #[test]
    fn sentence_anchors() {
        assert!(find("^ meld je", "Meld je hier").is_some());
        assert!(find("^ meld je", "Dan meld je hier").is_none());
        assert_eq!(
            find("wachten $", "Even wachten!!!").unwrap()[0],
            "wachten!!!"
        );
        assert_eq!(find("! !+", "Stop!!!").unwrap()[0], "!!!");
    }

    #[test]
    fn malformed_patterns_are_refused_with_the_reason() {
        let classes = classes();
        let reason = |p: &str| Pattern::parse(p, &classes).unwrap_err().id;
        assert_eq!(reason("(streep|lijn"), "pattern-expected");
        assert_eq!(reason("<v:@nouns>"), "pattern-unknown-class");
        assert_eq!(reason("<a> <a>"), "pattern-duplicate-capture");
        assert_eq!(reason("<:...>"), "pattern-matches-nothing");
        assert_eq!(reason("(a|)"), "pattern-empty-alternative");
        assert_eq!(reason("?"), "pattern-unexpected");
        assert_eq!(reason("(@modal|wil)"), "pattern-class-outside-capture");
    }

    #[test]
    fn first_words_index_the_pattern() {
        let classes = classes();
        let words = |p: &str| Pattern::parse(p, &classes).unwrap().first_words(&classes);
        assert_eq!(
            words("^ (gelieve|verzoeke) te"),
            Some(BTreeSet::from(["gelieve".into(), "verzoeke".into()]))
        );
        assert_eq!(words("de? <v:@modal>").unwrap().len(), 3);
        assert_eq!(words("<x> je"), None);
    }
}
