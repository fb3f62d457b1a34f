//! What holds for one sentence in one pass: which rules can match at all,
//! which guards the paragraph trips, which token ranges no rule may touch,
//! and the changes of address its pronouns need.

use std::cell::OnceCell;
use std::collections::BTreeSet;
use std::ops::Range;

use rustc_hash::FxHashSet as HashSet;

use crate::lang::Lang;
use crate::wording::address::{self, Direction, Edit};
use crate::wording::lexicon::Lexicon;
use crate::wording::rules::{Address, RuleSet};
use crate::wording::text::Tokens;

use super::Rewriter;

/// Which guards a paragraph trips, found when a rule first asks: most
/// paragraphs never need them.
pub(super) struct Guards<'a, 't> {
    set: &'a RuleSet,
    tokens: &'a Tokens<'t>,
    tripped: Vec<OnceCell<bool>>,
    /// The paragraph's words in lower case, gathered when first asked.
    words: OnceCell<HashSet<String>>,
}

impl<'a, 't> Guards<'a, 't> {
    pub fn new(set: &'a RuleSet, tokens: &'a Tokens<'t>) -> Self {
        Guards {
            set,
            tokens,
            tripped: vec![OnceCell::new(); set.guards.len()],
            words: OnceCell::new(),
        }
    }

    /// Whether the paragraph, as it was before any rule changed it, holds
    /// one of `words` (in lower case).
    pub fn paragraph_says(&self, words: &[&str]) -> bool {
        let held = self.words.get_or_init(|| {
            (0..self.tokens.len())
                .map(|i| self.tokens.lower(i).to_owned())
                .collect()
        });
        words.iter().any(|&word| held.contains(word))
    }

    /// Whether the paragraph trips guard `guard`.
    pub fn tripped(&self, guard: usize) -> bool {
        *self.tripped[guard].get_or_init(|| {
            !self.set.guards[guard]
                .find_all(self.tokens, &self.set.classes)
                .is_empty()
        })
    }
}

pub(super) struct Context<'a, 't> {
    tokens: &'a Tokens<'t>,
    set: &'a RuleSet,
    pub tried: Vec<bool>,
    pub guards: &'a Guards<'a, 'a>,
    protected: OnceCell<Vec<Range<usize>>>,
    /// The changes of address the pronouns need, formal and informal.
    formal: OnceCell<Vec<Edit>>,
    informal: OnceCell<Vec<Edit>>,
}

impl<'a, 't> Context<'a, 't> {
    pub fn new(rewriter: &'a Rewriter, tokens: &'a Tokens<'t>, guards: &'a Guards<'a, 'a>) -> Self {
        Context {
            tokens,
            set: &rewriter.set,
            tried: rewriter.required.present(tokens, rewriter.rules().len()),
            guards,
            protected: OnceCell::new(),
            formal: OnceCell::new(),
            informal: OnceCell::new(),
        }
    }

    /// The change of address that starts at token `at`, in the direction
    /// of `address`.
    pub fn address_edit(&self, at: usize, address: Option<Address>) -> Option<&Edit> {
        let (cell, direction) = match address? {
            Address::Formal => (&self.formal, Direction::Formal),
            Address::Informal => (&self.informal, Direction::Informal),
            Address::Keep => return None,
        };
        let says = |words: &[&str]| self.guards.paragraph_says(words);
        let edits = cell.get_or_init(|| match self.set.lang {
            Lang::De => address::analyse_german(self.tokens, &says, direction),
            Lang::Fr => address::analyse_french(self.tokens, &says, direction),
            _ => address::analyse(self.tokens, Lexicon::dutch(), direction),
        });
        let found = edits.binary_search_by_key(&at, |e| e.start).ok()?;
        Some(&edits[found])
    }

    /// The token ranges no rule may touch.
    pub fn protected(&self) -> &[Range<usize>] {
        self.protected
            .get_or_init(|| self.set.protect.find_all(self.tokens, &self.set.classes))
    }
}

/// The words a pronoun of this address can be, one of which a text must
/// hold for the address analysis to find anything; none for German and
/// French, whose imperatives and inversions address the reader without a
/// pronoun of its own ("Bitte warte hier", "Veux-tu").
pub(super) fn pronouns(lang: Lang, address: Option<Address>) -> Option<BTreeSet<String>> {
    let words: &[&str] = match (lang, address) {
        (Lang::De | Lang::Fr, _) => return None,
        (_, Some(Address::Formal)) => &["je", "jij", "jou", "jouw", "jullie", "jezelf", "u"],
        (_, Some(Address::Informal)) => &["u", "uw", "uzelf", "zich"],
        _ => &[],
    };
    Some(words.iter().copied().map(String::from).collect())
}
