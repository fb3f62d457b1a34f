//! What the lexicon knows of a word form: its readings as bits, one word
//! class or inflection a bit, and for an infinitive the spelling rule that
//! makes its stem. The embedded dictionary stores these bits per form, so
//! the generator and the engine share this one definition.

use std::ops::{BitAnd, BitOr, BitOrAssign};

use crate::wording::lexicon::spelling::StemRule;

/// The readings of one word form.
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Tags(u64);

impl Tags {
    pub const NONE: Tags = Tags(0);
    /// The dictionary knows the form, whatever its class.
    pub const WORD: Tags = Tags(1 << 0);
    /// The stem: first person present, the imperative, the verb before an
    /// inverted "je" ("maak", "zet", "ga").
    pub const STEM: Tags = Tags(1 << 1);
    /// The present with -t: "maakt", "zet", "gaat".
    pub const T_FORM: Tags = Tags(1 << 2);
    /// The infinitive, also the plural present: "maken", "gaan".
    pub const INFINITIVE: Tags = Tags(1 << 3);
    /// The past singular: "maakte".
    pub const PAST: Tags = Tags(1 << 4);
    /// The past plural: "maakten".
    pub const PAST_PLURAL: Tags = Tags(1 << 5);
    /// The past participle: "gemaakt", "genomen".
    pub const PARTICIPLE: Tags = Tags(1 << 6);
    /// The participle used as an adjective: "gemaakte".
    pub const PARTICIPLE_E: Tags = Tags(1 << 7);
    /// The present participle: "makend", "makende".
    pub const PRESENT_PARTICIPLE: Tags = Tags(1 << 8);
    /// A noun in the singular: "fiets".
    pub const NOUN: Tags = Tags(1 << 9);
    /// A noun in the plural: "fietsen".
    pub const PLURAL: Tags = Tags(1 << 10);
    /// A diminutive: "fietsje".
    pub const DIMINUTIVE: Tags = Tags(1 << 11);
    /// A diminutive in the plural: "fietsjes".
    pub const DIMINUTIVE_PLURAL: Tags = Tags(1 << 12);
    /// An adjective: "groot".
    pub const ADJECTIVE: Tags = Tags(1 << 13);
    /// An adjective with -e: "grote".
    pub const ADJECTIVE_E: Tags = Tags(1 << 14);
    /// A comparative: "groter", "grotere".
    pub const COMPARATIVE: Tags = Tags(1 << 15);
    /// A superlative: "grootst", "grootste".
    pub const SUPERLATIVE: Tags = Tags(1 << 16);
    /// The readings are those of the word's last part: the dictionary does
    /// not list the word itself ("fietsenstalling").
    pub const COMPOUND: Tags = Tags(1 << 20);

    /// Every form of a verb.
    pub const VERB: Tags = Tags(
        Tags::STEM.0
            | Tags::T_FORM.0
            | Tags::INFINITIVE.0
            | Tags::PAST.0
            | Tags::PAST_PLURAL.0
            | Tags::PARTICIPLE.0
            | Tags::PARTICIPLE_E.0
            | Tags::PRESENT_PARTICIPLE.0,
    );
    /// The forms of a verb that can be the finite verb of a clause.
    pub const FINITE: Tags = Tags(
        Tags::STEM.0 | Tags::T_FORM.0 | Tags::INFINITIVE.0 | Tags::PAST.0 | Tags::PAST_PLURAL.0,
    );
    /// Every form of a noun.
    pub const NOUN_ANY: Tags =
        Tags(Tags::NOUN.0 | Tags::PLURAL.0 | Tags::DIMINUTIVE.0 | Tags::DIMINUTIVE_PLURAL.0);
    /// Every form of an adjective.
    pub const ADJECTIVE_ANY: Tags =
        Tags(Tags::ADJECTIVE.0 | Tags::ADJECTIVE_E.0 | Tags::COMPARATIVE.0 | Tags::SUPERLATIVE.0);
    /// The classes a word can have in the dictionary.
    pub const CLASSES: Tags = Tags(Tags::VERB.0 | Tags::NOUN_ANY.0 | Tags::ADJECTIVE_ANY.0);

    const STEM_RULE_SHIFT: u32 = 32;
    const STEM_RULE_MASK: u64 = 0xf << Tags::STEM_RULE_SHIFT;

    /// The tags as the embedded dictionary stores them.
    pub fn bits(self) -> u64 {
        self.0
    }

    pub const fn from_bits(bits: u64) -> Tags {
        Tags(bits)
    }

    /// Whether any of `other`'s readings is among these.
    pub fn any(self, other: Tags) -> bool {
        self.0 & other.0 != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// These readings without those of `other`.
    pub fn without(self, other: Tags) -> Tags {
        Tags(self.0 & !other.0)
    }

    /// For an infinitive: the spelling rule that makes its stem.
    pub fn stem_rule(self) -> Option<StemRule> {
        StemRule::from_code(((self.0 & Tags::STEM_RULE_MASK) >> Tags::STEM_RULE_SHIFT) as u8)
    }

    /// These readings, with `rule` as the infinitive's stem rule.
    pub fn with_stem_rule(self, rule: StemRule) -> Tags {
        Tags(self.0 & !Tags::STEM_RULE_MASK | (rule as u64) << Tags::STEM_RULE_SHIFT)
    }

    /// The readings, by name, as rule files name them.
    pub fn names(self) -> Vec<&'static str> {
        NAMES
            .iter()
            .filter(|(tag, _)| self.any(*tag))
            .map(|&(_, name)| name)
            .collect()
    }

    /// Every reading and group of readings by name, as rule files name
    /// them for word classes (`@noun`, `@finite`).
    pub fn classes() -> impl Iterator<Item = (&'static str, Tags)> {
        NAMES.iter().chain(GROUPS).map(|&(tag, name)| (name, tag))
    }

    /// The tag called `name`, as rule files name word classes.
    pub fn named(name: &str) -> Option<Tags> {
        NAMES
            .iter()
            .chain(GROUPS)
            .find(|(_, n)| *n == name)
            .map(|&(tag, _)| tag)
    }
}

const NAMES: &[(Tags, &str)] = &[
    (Tags::STEM, "stem"),
    (Tags::T_FORM, "t-form"),
    (Tags::INFINITIVE, "infinitive"),
    (Tags::PAST, "past"),
    (Tags::PAST_PLURAL, "past-plural"),
    (Tags::PARTICIPLE, "participle"),
    (Tags::PARTICIPLE_E, "participle-e"),
    (Tags::PRESENT_PARTICIPLE, "present-participle"),
    (Tags::NOUN, "noun"),
    (Tags::PLURAL, "plural"),
    (Tags::DIMINUTIVE, "diminutive"),
    (Tags::DIMINUTIVE_PLURAL, "diminutive-plural"),
    (Tags::ADJECTIVE, "adjective"),
    (Tags::ADJECTIVE_E, "adjective-e"),
    (Tags::COMPARATIVE, "comparative"),
    (Tags::SUPERLATIVE, "superlative"),
];

/// Names for groups of tags.
const GROUPS: &[(Tags, &str)] = &[
    (Tags::VERB, "verb"),
    (Tags::FINITE, "finite"),
    (Tags::NOUN_ANY, "noun-any"),
    (Tags::ADJECTIVE_ANY, "adjective-any"),
    (Tags::WORD, "word"),
];

impl BitOr for Tags {
    type Output = Tags;
    fn bitor(self, other: Tags) -> Tags {
        Tags(self.0 | other.0)
    }
}

impl BitOrAssign for Tags {
    fn bitor_assign(&mut self, other: Tags) {
        self.0 |= other.0;
    }
}

impl BitAnd for Tags {
    type Output = Tags;
    fn bitand(self, other: Tags) -> Tags {
        Tags(self.0 & other.0)
    }
}

impl std::fmt::Debug for Tags {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Tags({})", self.names().join(" "))?;
        if let Some(rule) = self.stem_rule() {
            write!(f, "[{rule:?}]")?;
        }
        Ok(())
    }
}
