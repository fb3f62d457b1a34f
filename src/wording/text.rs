//! Words, numbers and punctuation with their byte offsets, and the letter-case
//! helpers that keep a rewrite in the case of the text it replaces.

use std::cell::OnceCell;
use std::ops::Range;

use crate::wording::lexicon::{Lexicon, Tags};

/// A long text cut to its first `max_chars` characters, with an ellipsis,
/// to quote in a message.
pub(crate) fn shortened(text: &str, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars) {
        Some((cut, _)) => format!("{}…", text[..cut].trim_end()),
        None => text.to_owned(),
    }
}

/// What a token is; patterns match on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Starts with a letter: "streep", "c.q.", "e-mail", "zo'n"; an elided
    /// word ends at its apostrophe: "d'", "qu'".
    Word,
    /// Starts with a digit: "10", "1,5", "10:00", "2e".
    Number,
    /// `.`, `!`, `?` or `…`: what ends a sentence.
    SentenceEnd,
    /// Any other single character that is not white space.
    Punct,
}

/// One token: its kind, where it stands in the text, and its lower-case form.
#[derive(Clone, Debug)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Range<usize>,
    lower: Range<usize>,
}

/// A text cut into tokens, with every token's lower-case form kept once so that
/// case-insensitive matching does not allocate.
pub struct Tokens<'t> {
    pub text: &'t str,
    pub tokens: Vec<Token>,
    lower: String,
    /// Each word's readings in the dictionary, looked up when first asked.
    tags: Vec<OnceCell<Tags>>,
}

impl<'t> Tokens<'t> {
    pub fn new(text: &'t str) -> Self {
        let mut tokens = Vec::new();
        let mut lower = String::with_capacity(text.len());
        let mut chars = text.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            if c.is_whitespace() {
                continue;
            }
            let kind = if c.is_alphabetic() {
                TokenKind::Word
            } else if c.is_numeric() {
                TokenKind::Number
            } else if c == '.' && is_stop_in_sentence(text, &tokens, start) {
                TokenKind::Punct
            } else if matches!(c, '.' | '!' | '?' | '…') {
                TokenKind::SentenceEnd
            } else {
                TokenKind::Punct
            };
            let mut end = start + c.len_utf8();
            if matches!(kind, TokenKind::Word | TokenKind::Number) {
                end = word_end(text, start, end, kind);
                while chars.peek().is_some_and(|&(i, _)| i < end) {
                    chars.next();
                }
            }
            let lower_start = lower.len();
            let word = &text[start..end];
            if word.is_ascii() {
                lower.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
            } else {
                // A typographic apostrophe compares as a plain one.
                lower.extend(
                    word.chars()
                        .flat_map(char::to_lowercase)
                        .map(|c| if c == '’' { '\'' } else { c }),
                );
            }
            tokens.push(Token {
                kind,
                span: start..end,
                lower: lower_start..lower.len(),
            });
        }
        Tokens {
            text,
            tags: vec![OnceCell::new(); tokens.len()],
            tokens,
            lower,
        }
    }

    /// The readings of token `i` in `lexicon` (none for numbers, signs and
    /// a token past the end).
    pub fn tags(&self, i: usize, lexicon: &Lexicon) -> Tags {
        let Some(cell) = self.tags.get(i) else {
            return Tags::NONE;
        };
        *cell.get_or_init(|| match self.tokens[i].kind {
            TokenKind::Word => lexicon.tags(self.lower(i)),
            _ => Tags::NONE,
        })
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The lower-case form of token `i`.
    pub fn lower(&self, i: usize) -> &str {
        &self.lower[self.tokens[i].lower.clone()]
    }

    pub fn kind(&self, i: usize) -> TokenKind {
        self.tokens[i].kind
    }

    /// Byte range in the text from the start of token `from` to the end of
    /// token `to - 1`; an empty range stands where token `from` would start.
    pub fn byte_range(&self, from: usize, to: usize) -> Range<usize> {
        if to > from {
            self.tokens[from].span.start..self.tokens[to - 1].span.end
        } else {
            let at = self
                .tokens
                .get(from)
                .map_or(self.text.len(), |t| t.span.start);
            at..at
        }
    }

    /// Whether a sentence starts at token `i`.
    pub fn starts_sentence(&self, i: usize) -> bool {
        i == 0 || self.tokens[i - 1].kind == TokenKind::SentenceEnd
    }

    /// The sentences of the paragraph, as token ranges.
    pub fn sentences(&self) -> Vec<Range<usize>> {
        let mut found = Vec::new();
        let mut start = 0;
        for i in 0..self.len() {
            let ends = self.kind(i) == TokenKind::SentenceEnd
                && (i + 1 == self.len() || self.kind(i + 1) != TokenKind::SentenceEnd);
            if ends {
                found.push(start..i + 1);
                start = i + 1;
            }
        }
        if start < self.len() {
            found.push(start..self.len());
        }
        found
    }

    /// Whether token `i` separates clauses: a comma, a semicolon, a colon, a
    /// bracket or a dash standing apart; an end of sentence. A bracket inside
    /// a word ("tas(sen)") is no boundary.
    pub fn is_clause_boundary(&self, i: usize) -> bool {
        match self.kind(i) {
            TokenKind::SentenceEnd => true,
            TokenKind::Punct => {
                let text = self.text;
                let span = &self.tokens[i].span;
                let glued_before = text[..span.start]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric);
                match self.lower(i) {
                    "(" | ")" => !self.bracket_in_word(i),
                    "," | ";" | ":" | "\"" | "“" | "”" | "–" | "—" => true,
                    "-" => !glued_before,
                    _ => false,
                }
            }
            _ => false,
        }
    }

    /// Whether the bracket at `i` belongs to a word: "tas(sen)", "(fietsen)rek".
    fn bracket_in_word(&self, i: usize) -> bool {
        let text = self.text;
        let span = |k: usize| self.tokens[k].span.clone();
        let alnum_before = |k: usize| {
            text[..span(k).start]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        };
        let alnum_after = |k: usize| {
            text[span(k).end..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
        };
        let (open, close) = if self.lower(i) == "(" {
            (
                Some(i),
                (i + 1..self.len().min(i + 4)).find(|&k| self.lower(k) == ")"),
            )
        } else {
            (
                (i.saturating_sub(3)..i)
                    .rev()
                    .find(|&k| self.lower(k) == "("),
                Some(i),
            )
        };
        match (open, close) {
            (Some(open), Some(close)) => alnum_before(open) || alnum_after(close),
            _ => false,
        }
    }
}

/// Where a word or number that starts at `start` ends, looking from `end`:
/// letters and digits, joined by `-`, `'`, `’`, `.`, `,` or `:` when another
/// letter or digit follows. A word with an inner dot is an abbreviation
/// ("c.q.", "i.v.m.") and keeps its final dot. One letter or "qu" before an
/// apostrophe is an elided word, French "d'", "l'", "qu'": it ends with its
/// apostrophe, so that "d'entrer" is "d'" and "entrer" as "de entrer" would
/// be. ("zo'n" and "auto's" stay whole.)
fn word_end(text: &str, start: usize, mut end: usize, kind: TokenKind) -> usize {
    let joiners: &[char] = match kind {
        TokenKind::Word => &['-', '\'', '’', '.'],
        _ => &['.', ',', ':', '-'],
    };
    let mut inner_dot = false;
    loop {
        let rest = &text[end..];
        let mut it = rest.chars();
        match it.next() {
            Some(c) if c.is_alphanumeric() => end += c.len_utf8(),
            // As a pattern writes it, an elided word stands alone: "d'".
            Some(j) if kind == TokenKind::Word && is_elided(&text[start..end], j) => {
                return end + j.len_utf8();
            }
            Some(j) if joiners.contains(&j) => match it.next() {
                Some(c) if c.is_alphanumeric() => {
                    inner_dot |= j == '.';
                    end += j.len_utf8() + c.len_utf8();
                }
                _ => {
                    if j == '.'
                        && inner_dot
                        && kind == TokenKind::Word
                        && !ends_sentence(&text[end + 1..])
                    {
                        end += 1;
                    }
                    return end;
                }
            },
            _ => return end,
        }
    }
}

/// Whether `word` is an abbreviation that signs write with one full stop,
/// which ends no sentence before a lower-case word or a number: "etc. in",
/// "usw. und", "bzw. am", "ca. 10". A plain word's stop there ("of. de")
/// is a slip the grammar check catches. (Its stop stays a token of its
/// own, as rule patterns write "etc.".)
pub fn is_abbreviation(word: &str) -> bool {
    const ABBREVIATIONS: &[&str] = &[
        "etc", "usw", "bzw", "ca", "inkl", "ggf", "evtl", "vgl", "resp", "bijv", "bv", "nr", "tel",
        "incl", "excl", "zgn", "evt", "max", "min", "approx", "vs", "cf", "env", "str", "mind",
    ];
    ABBREVIATIONS
        .iter()
        .any(|known| word.eq_ignore_ascii_case(known))
}

/// Whether `word`, followed by the joiner `j`, is an elided word.
fn is_elided(word: &str, j: char) -> bool {
    matches!(j, '\'' | '’') && (word.chars().count() == 1 || word.eq_ignore_ascii_case("qu"))
}

/// Whether the full stop at `at` ends no sentence, the sentence going on in
/// lower case: it closes the abbreviation right before it ("Taschen etc.
/// in den Raum"), or doubles that abbreviation's own dot ("de balie c.q..
/// de receptie"), a slip of the keyboard.
fn is_stop_in_sentence(text: &str, tokens: &[Token], at: usize) -> bool {
    let after_abbreviation = tokens.last().is_some_and(|t| {
        t.kind == TokenKind::Word
            && t.span.end == at
            && (text[..at].ends_with('.') || is_abbreviation(&text[t.span.clone()]))
    });
    after_abbreviation && !ends_sentence(&text[at + 1..])
}

/// Whether a full stop at the end of `sentence`, with `rest` after it,
/// would be read as the last dot of an abbreviation ("G.WCom." before a
/// lower-case word) and so end no sentence, as [`word_end`] reads it.
pub fn stop_reads_as_abbreviation(sentence: &str, rest: &str) -> bool {
    let Some(body) = sentence.strip_suffix('.') else {
        return false;
    };
    let in_word = |c: char| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '.');
    let word = body
        .char_indices()
        .rev()
        .find(|&(_, c)| !in_word(c))
        .map_or(body, |(at, c)| &body[at + c.len_utf8()..]);
    let inner_dot = word
        .char_indices()
        .any(|(at, c)| c == '.' && at > 0 && word[at + 1..].starts_with(char::is_alphanumeric));
    (inner_dot || is_abbreviation(word)) && !ends_sentence(rest)
}

/// Whether an abbreviation's final dot, followed by `rest`, also ends the
/// sentence: at the end of the text, or before a capital.
fn ends_sentence(rest: &str) -> bool {
    let next = rest.trim_start().chars().next();
    next.is_none_or(char::is_uppercase)
}

/// Text as paragraphs, one a line, each with single spaces and starting
/// with a capital where it starts with a plain word.
pub fn paragraphs(text: &str) -> String {
    let mut paragraphs: Vec<String> = vec![String::new()];
    for line in text.lines() {
        let words = line.split_whitespace().collect::<Vec<_>>().join(" ");
        let current = paragraphs.last_mut().expect("never empty");
        if words.is_empty() {
            if !current.is_empty() {
                paragraphs.push(String::new());
            }
        } else {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(&words);
        }
    }
    paragraphs.retain(|paragraph| !paragraph.is_empty());
    let printed: Vec<String> = paragraphs.iter().map(|p| sentence_case(p)).collect();
    printed.join("\n")
}

/// The letter case of a stretch of text, as far as rewriting cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    /// Two or more letters, all capitals: "GELIEVE", "WC".
    Upper,
    /// First letter a capital, not all capitals: "Gelieve", "U".
    Capitalised,
    /// First letter lower case.
    Lower,
    /// No letters at all.
    None,
}

impl Case {
    pub fn of(text: &str) -> Case {
        let mut letters = text.chars().filter(|c| c.is_alphabetic());
        let Some(first) = letters.next() else {
            return Case::None;
        };
        let mut count = 1;
        let mut all_upper = first.is_uppercase();
        for c in letters {
            count += 1;
            all_upper &= !c.is_lowercase();
        }
        if all_upper && count >= 2 {
            Case::Upper
        } else if first.is_uppercase() {
            Case::Capitalised
        } else {
            Case::Lower
        }
    }

    /// `text` in this case: all capitals, or its first letter raised or lowered.
    pub fn apply(self, text: &str) -> String {
        match self {
            Case::Upper => text.to_uppercase(),
            Case::Capitalised => with_first_letter(text, true),
            Case::Lower => with_first_letter(text, false),
            Case::None => text.to_owned(),
        }
    }
}

/// A paragraph of a sign as it is printed: starting with a capital where
/// its first word is a plain lower-case word ("wilt u hier wachten?"), and
/// left alone where it is a name, an address or a number ("iPhone",
/// "www.apotheek.nl", "3e etage").
pub fn sentence_case(paragraph: &str) -> String {
    let first = paragraph.split_whitespace().next().unwrap_or_default();
    let word = first.trim_end_matches([',', '!', '?', ':', ';', '.']);
    let plain = !word.is_empty() && word.chars().all(|c| c.is_alphabetic() && c.is_lowercase());
    if plain {
        with_first_letter(paragraph, true)
    } else {
        paragraph.to_owned()
    }
}

/// `text` with its first letter made upper or lower case.
pub fn with_first_letter(text: &str, upper: bool) -> String {
    match text.char_indices().find(|(_, c)| c.is_alphabetic()) {
        Some((i, c)) => {
            let mut out = String::with_capacity(text.len() + 2);
            out.push_str(&text[..i]);
            if upper {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
            out.push_str(&text[i + c.len_utf8()..]);
            out
        }
        None => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let t = Tokens::new(text);
        t.tokens.iter().map(|tok| &text[tok.span.clone()]).collect()
    }

    #[test]
    fn cuts_words_numbers_and_punctuation() {
        assert_eq!(
            words("Wacht hier, a.u.b. tot 10:00 uur!!!"),
            [
                "Wacht", "hier", ",", "a.u.b.", "tot", "10:00", "uur", "!", "!", "!"
            ]
        );
        assert_eq!(words("zo'n e-mail."), ["zo'n", "e-mail", "."]);
        assert_eq!(words("c.q. i.v.m. de rij"), ["c.q.", "i.v.m.", "de", "rij"]);
        assert_eq!(
            words("Wacht a.u.b. Wij roepen"),
            ["Wacht", "a.u.b", ".", "Wij", "roepen"]
        );
        assert_eq!(words("sluiten a.u.b."), ["sluiten", "a.u.b", "."]);
        // An abbreviation's stop before a lower-case word ends no sentence.
        let t = Tokens::new("Taschen etc. in den Raum");
        assert_eq!(t.kind(2), TokenKind::Punct);
        let t = Tokens::new("Hier etc. Dann");
        assert_eq!(t.kind(2), TokenKind::SentenceEnd);
        let t = Tokens::new("Wachten. daarna");
        assert_eq!(t.kind(1), TokenKind::SentenceEnd);
    }

    #[test]
    fn an_elided_word_ends_at_its_apostrophe() {
        assert_eq!(words("Interdit d'entrer"), ["Interdit", "d'", "entrer"]);
        assert_eq!(words("qu’on t'ouvre"), ["qu’", "on", "t'", "ouvre"]);
        assert_eq!(words("zo'n auto's"), ["zo'n", "auto's"]);
        assert_eq!(words("d'"), ["d'"]);
        let t = Tokens::new("L’accueil");
        assert_eq!(t.lower(0), "l'");
    }

    #[test]
    fn a_stop_after_a_dotted_word_reads_as_its_abbreviation_before_lower_case() {
        assert!(stop_reads_as_abbreviation(
            "Welkom bij G.WCom.",
            " en verder"
        ));
        assert!(stop_reads_as_abbreviation("NT.N.", "\0tr"));
        assert!(!stop_reads_as_abbreviation(
            "Welkom bij G.WCom.",
            " Wacht hier"
        ));
        assert!(!stop_reads_as_abbreviation("Welkom bij G.WCom.", ""));
        assert!(!stop_reads_as_abbreviation("Niet aankomen.", " nu"));
        assert!(!stop_reads_as_abbreviation("Niet aankomen!", " nu"));
    }

    #[test]
    fn a_doubled_stop_after_an_abbreviation_ends_no_sentence() {
        let ends = |text| {
            let t = Tokens::new(text);
            (0..t.len())
                .filter(|&i| t.kind(i) == TokenKind::SentenceEnd)
                .count()
        };
        assert_eq!(ends("Bel de balie c.q.. de receptie."), 1);
        assert_eq!(ends("Gesloten i.v.m. ziekte."), 1);
    }

    #[test]
    fn a_printed_paragraph_starts_with_a_capital_unless_it_is_a_name() {
        assert_eq!(
            sentence_case("wilt u hier wachten?"),
            "Wilt u hier wachten?"
        );
        assert_eq!(sentence_case("welkom!"), "Welkom!");
        for kept in [
            "iPhone-reparatie",
            "www.apotheek.nl",
            "3e etage",
            "’s morgens open",
            "Welkom",
        ] {
            assert_eq!(sentence_case(kept), kept);
        }
    }

    #[test]
    fn lower_case_forms_survive_length_changes() {
        let t = Tokens::new("İSTANBUL STRAẞE");
        assert_eq!(t.lower(1), "straße");
    }

    #[test]
    fn case_is_recognised_and_applied() {
        assert_eq!(Case::of("GELIEVE TE"), Case::Upper);
        assert_eq!(Case::of("U"), Case::Capitalised);
        assert_eq!(Case::of("gelieve"), Case::Lower);
        assert_eq!(Case::Upper.apply("vóór de streep"), "VÓÓR DE STREEP");
        assert_eq!(Case::Capitalised.apply("wilt u"), "Wilt u");
        assert_eq!(Case::Lower.apply("Roken"), "roken");
    }
}
