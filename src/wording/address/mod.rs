//! How a Dutch sign addresses its reader, word by word: the grammatical
//! role of every "je", "jij", "jou", "jouw", "jullie" and "jezelf" (or, the
//! other way, of every "u", "uw" and "zich"), decided from its clause, and
//! the words that change with it.
//!
//! - subject before its verb: "je veroorzaakt" → "u veroorzaakt", "als je
//!   wil" → "als u wilt"; "jullie ontvangen" → "u ontvangt";
//! - subject after its verb, which takes its u-form: "maak je" → "maakt
//!   u", "rij je" → "rijdt u";
//! - object: "we helpen je" → "we helpen u", "kan je geweigerd worden" →
//!   "kan u geweigerd worden";
//! - possessive: "je kind" → "uw kind", "door jou toedoen" → "door uw
//!   toedoen";
//! - reflexive: "als je je aanmeldt" → "als u zich aanmeldt", "Meld je aan"
//!   → "Meldt u zich aan".
//!
//! The rules of the rule file name these roles (`detector = "address"`,
//! `role = "subject"`); this module finds where each role applies.

mod formal;
mod french;
mod german;
mod informal;
mod words;

use serde::Deserialize;

pub use french::{vous_form, with_de};
pub use german::sie_clause;

use crate::wording::lexicon::Lexicon;
use crate::wording::text::Tokens;
use words::Words;

/// What a pronoun is in its clause.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Before its verb: "je kunt", "als je wilt".
    Subject,
    /// After its verb, in a question or after a fronted phrase: "kun je".
    SubjectInverted,
    /// The one something is done to: "we helpen je", "achter je".
    Object,
    /// Before a noun: "je kind", "jouw bezoek".
    Possessive,
    /// The subject itself again: "als je je aanmeldt", "Meld je aan".
    Reflexive,
    /// A verb that does not agree with its subject "u": "u kan" → "u kunt".
    Agreement,
    /// An imperative: "Melde" → "Melden Sie", "inscris-toi" → "inscrivez-vous".
    Imperative,
    /// In a rule: a change in any role. The German and French rule files
    /// explain every change of address by one rule, its examples whole
    /// sentences.
    Any,
}

/// Which way the address changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// je, jij, jullie → u.
    Formal,
    /// u → je.
    Informal,
}

/// One change of address: tokens `start..end` become `words`, one word per
/// token (a word may be two: "je" → "u zich").
#[derive(Clone, Debug, PartialEq)]
pub struct Edit {
    pub start: usize,
    pub end: usize,
    pub words: Vec<String>,
    pub role: Role,
}

impl Edit {
    fn one(at: usize, word: impl Into<String>, role: Role) -> Edit {
        Edit {
            start: at,
            end: at + 1,
            words: vec![word.into()],
            role,
        }
    }
}

/// Whether the paragraph a sentence stands in holds one of some words.
pub type ParagraphSays<'a> = dyn Fn(&[&str]) -> bool + 'a;

/// Every change of address a German sentence needs, in text order, read
/// in its paragraph: the formal direction only, "Sie" being the norm of
/// German signs.
pub fn analyse_german(tokens: &Tokens, says: &ParagraphSays, direction: Direction) -> Vec<Edit> {
    match direction {
        Direction::Formal => german::analyse(tokens, says),
        Direction::Informal => Vec::new(),
    }
}

/// Every change of address a French sentence needs, in text order, read
/// in its paragraph: the formal direction only, "vous" being the norm of
/// French signs.
pub fn analyse_french(tokens: &Tokens, says: &ParagraphSays, direction: Direction) -> Vec<Edit> {
    match direction {
        Direction::Formal => french::analyse(tokens, says),
        Direction::Informal => Vec::new(),
    }
}

/// Every change of address the paragraph's pronouns need, in text order.
pub fn analyse(tokens: &Tokens, lexicon: &Lexicon, direction: Direction) -> Vec<Edit> {
    let words = Words::new(tokens, lexicon);
    let sentence_edits = match direction {
        Direction::Formal => formal::sentence_edits,
        Direction::Informal => informal::sentence_edits,
    };
    let mut edits: Vec<Edit> = (words.sentences().into_iter())
        .flat_map(|range| sentence_edits(&words, range))
        .collect();
    edits.sort_by_key(|e| e.start);
    edits.dedup_by(|later, earlier| later.start < earlier.end);
    edits
}

#[cfg(test)]
mod tests;
