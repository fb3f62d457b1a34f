//! Expands a hunspell dictionary (`.aff` and `.dic`) into every word form it
//! accepts, each with the readings its affix rules' morphology tags give
//! (`ts:VB3`: the t-form, `ts:NN2`: a plural, …), and pairs each infinitive
//! with its stem by Dutch spelling rules.
//!
//! Only what the wording engine needs is read: suffixes, the separable
//! particles as prefixes (`Pa`–`Pt`), forbidden words, `OCONV` for the ĳ
//! ligature. Compounding flags are left out: the engine finds compounds by
//! their last part. Proper names (entries with a capital) are left out too.

use std::collections::{BTreeMap, HashMap, HashSet};

use streep::lexicon::{Tags, spelling};

/// One affix rule: strip this, add that, where the condition holds.
struct Affix {
    strip: String,
    add: String,
    /// Further suffixes the result takes ("grootst" → "grootste").
    continuation: Vec<String>,
    condition: Condition,
    tags: Tags,
}

/// A hunspell condition: a sequence of characters, `.` or `[set]`, matched
/// at the end of the word for a suffix and at its start for a prefix.
struct Condition(Vec<CharClass>);

enum CharClass {
    Any,
    One(char),
    Set { chars: Vec<char>, negated: bool },
}

impl CharClass {
    fn matches(&self, c: char) -> bool {
        match self {
            CharClass::Any => true,
            CharClass::One(one) => *one == c,
            CharClass::Set { chars, negated } => chars.contains(&c) != *negated,
        }
    }
}

impl Condition {
    fn parse(source: &str) -> Condition {
        let mut classes = Vec::new();
        let mut chars = source.chars();
        while let Some(c) = chars.next() {
            classes.push(match c {
                '.' => CharClass::Any,
                '[' => {
                    let mut set: Vec<char> = chars.by_ref().take_while(|&c| c != ']').collect();
                    let negated = set.first() == Some(&'^');
                    if negated {
                        set.remove(0);
                    }
                    CharClass::Set {
                        chars: set,
                        negated,
                    }
                }
                c => CharClass::One(c),
            });
        }
        Condition(classes)
    }

    fn matches_end(&self, word: &[char]) -> bool {
        word.len() >= self.0.len()
            && self
                .0
                .iter()
                .zip(&word[word.len() - self.0.len()..])
                .all(|(class, &c)| class.matches(c))
    }

    fn matches_start(&self, word: &[char]) -> bool {
        word.len() >= self.0.len() && self.0.iter().zip(word).all(|(class, &c)| class.matches(c))
    }
}

/// The affix classes of an `.aff` file, by flag.
#[derive(Default)]
struct AffixFile {
    suffixes: HashMap<String, Vec<Affix>>,
    prefixes: HashMap<String, Vec<Affix>>,
    forbidden: Option<String>,
    oconv: Vec<(String, String)>,
}

/// Prefix flags that stand for separable particles ("meenemen" from "nemen").
fn is_particle_flag(flag: &str) -> bool {
    flag.len() == 2 && flag.starts_with('P') && flag[1..].chars().all(|c| c.is_ascii_lowercase())
}

/// The readings a morphology tag names.
fn tag_of(morph: &str) -> Tags {
    match morph {
        "VB3" => Tags::T_FORM,
        "VBh1" => Tags::PAST,
        "VBh" => Tags::PAST_PLURAL,
        "PPn" | "PPe" => Tags::PRESENT_PARTICIPLE,
        "VBpe" => Tags::PARTICIPLE_E,
        "NN1" | "NN1d" => Tags::NOUN,
        "NN2" | "NN2d" => Tags::PLURAL,
        "NN1r" => Tags::DIMINUTIVE,
        "NN2r" => Tags::DIMINUTIVE_PLURAL,
        "AJe" => Tags::ADJECTIVE_E,
        m if m.starts_with("AJc") => Tags::COMPARATIVE,
        m if m.starts_with("AJs") => Tags::SUPERLATIVE,
        _ => Tags::NONE,
    }
}

/// Marks a form that may be a noun without a plural (see `mark_mass_nouns`).
const MAYBE_MASS_NOUN: Tags = Tags::from_bits(1 << 63);

/// The reading of a dictionary entry itself, told by the affixes it takes.
/// An entry with no inflection that can end a compound may be a noun
/// without a plural: "afval", "gedrag", "kleding" (compound flags Cc, Ch; a
/// verb stem may start a compound, "meldpunt", so Ca is no sign).
fn base_tags(flags: &[String]) -> Tags {
    let inflected = flags.iter().any(|f| {
        f.starts_with('V')
            || f.starts_with('Z')
            || f.starts_with('Y')
            || f.starts_with('A')
            || f == "Xe"
    });
    let in_compounds = flags.iter().any(|f| matches!(f.as_str(), "Cc" | "Ch"));
    let mut tags = if !inflected && in_compounds {
        Tags::WORD | MAYBE_MASS_NOUN
    } else {
        Tags::WORD
    };
    for flag in flags {
        tags |= match flag.as_str() {
            "V3" | "Vp" | "Vq" => Tags::STEM,
            "Va" | "Vb" => Tags::T_FORM,
            "Vi" => Tags::INFINITIVE,
            "Ve" => Tags::PARTICIPLE,
            "Zk" | "Zm" => Tags::ADJECTIVE,
            f if f.starts_with('Z') || f.starts_with('Y') || f == "Xe" => Tags::NOUN,
            f if f.starts_with('A') => Tags::ADJECTIVE,
            _ => Tags::NONE,
        };
    }
    tags
}

/// Splits a flag string of `FLAG long` into its two-character flags.
fn long_flags(flags: &str) -> Vec<String> {
    let chars: Vec<char> = flags.chars().collect();
    chars.chunks(2).map(|pair| pair.iter().collect()).collect()
}

impl AffixFile {
    fn parse(source: &str) -> Result<AffixFile, String> {
        let mut file = AffixFile::default();
        for line in source.lines() {
            let fields: Vec<&str> = line.split_whitespace().collect();
            match fields.as_slice() {
                ["FORBIDDENWORD", flag, ..] => file.forbidden = Some((*flag).to_owned()),
                // How the dictionary writes a form for output: "ĳ" → "ij".
                ["OCONV", internal, plain, ..] => file
                    .oconv
                    .push(((*internal).to_owned(), (*plain).to_owned())),
                // A class's header: "SFX V3 Y 3".
                ["SFX" | "PFX", _, "Y" | "N", count, ..] if count.parse::<usize>().is_ok() => {}
                [
                    kind @ ("SFX" | "PFX"),
                    flag,
                    strip,
                    add,
                    condition,
                    morph @ ..,
                ] => {
                    let (add, continuation) = match add.split_once('/') {
                        Some((add, flags)) => (add, long_flags(flags)),
                        None => (*add, Vec::new()),
                    };
                    let tags = morph
                        .iter()
                        .filter_map(|m| m.strip_prefix("ts:"))
                        .fold(Tags::NONE, |tags, m| tags | tag_of(m));
                    let affix = Affix {
                        strip: if *strip == "0" {
                            String::new()
                        } else {
                            (*strip).to_owned()
                        },
                        add: if add == "0" {
                            String::new()
                        } else {
                            add.to_owned()
                        },
                        continuation,
                        condition: Condition::parse(condition),
                        tags,
                    };
                    let table = if *kind == "SFX" {
                        &mut file.suffixes
                    } else {
                        &mut file.prefixes
                    };
                    table.entry((*flag).to_owned()).or_default().push(affix);
                }
                _ => {}
            }
        }
        if file.suffixes.is_empty() {
            return Err("no suffix rules: is this a hunspell .aff file?".into());
        }
        Ok(file)
    }

    /// The word with the dictionary's internal spellings (the ĳ ligature)
    /// written out, by its `OCONV` table.
    fn output(&self, word: &str) -> String {
        self.oconv
            .iter()
            .fold(word.to_owned(), |w, (internal, plain)| {
                w.replace(internal.as_str(), plain)
            })
    }

    /// `word` with suffix class `flag`, and the continuation suffixes of each result.
    fn suffixed(&self, word: &str, flag: &str, depth: usize, out: &mut Vec<(String, Tags)>) {
        let Some(rules) = self.suffixes.get(flag) else {
            return;
        };
        let chars: Vec<char> = word.chars().collect();
        for rule in rules {
            if !rule.condition.matches_end(&chars) || !word.ends_with(&rule.strip) {
                continue;
            }
            let form = format!("{}{}", &word[..word.len() - rule.strip.len()], rule.add);
            out.push((form.clone(), rule.tags));
            if depth == 0 {
                for next in &rule.continuation {
                    let mut more = Vec::new();
                    self.suffixed(&form, next, 1, &mut more);
                    out.extend(more.into_iter().map(|(f, t)| (f, t | rule.tags)));
                }
            }
        }
    }

    fn prefixed(&self, word: &str, flag: &str) -> Option<String> {
        let chars: Vec<char> = word.chars().collect();
        self.prefixes.get(flag)?.iter().find_map(|rule| {
            (rule.condition.matches_start(&chars) && word.starts_with(&rule.strip))
                .then(|| format!("{}{}", rule.add, &word[rule.strip.len()..]))
        })
    }
}

/// The embedded lexicon: an `fst` map from every word form to its tags.
pub fn lexicon_fst(aff: &str, dic: &str) -> Result<Vec<u8>, String> {
    let forms = expand(aff, dic)?;
    let mut builder = fst::MapBuilder::memory();
    for (form, tags) in &forms {
        builder
            .insert(form, tags.bits())
            .map_err(|e| format!("{form}: {e}"))?;
    }
    builder.into_inner().map_err(|e| e.to_string())
}

/// Every word form of the dictionary with its readings.
pub fn expand(aff: &str, dic: &str) -> Result<BTreeMap<String, Tags>, String> {
    let affixes = AffixFile::parse(aff)?;
    let mut forms: BTreeMap<String, Tags> = BTreeMap::new();
    let mut forbidden: HashSet<String> = HashSet::new();
    for line in dic.lines().skip(1) {
        let entry = line.split('\t').next().unwrap_or_default().trim();
        let (word, flags) = split_entry(entry);
        let flags = long_flags(&flags);
        if affixes
            .forbidden
            .as_ref()
            .is_some_and(|f| flags.contains(f))
        {
            forbidden.insert(affixes.output(&word));
            continue;
        }
        if word.is_empty() || word.chars().next().is_some_and(|c| !c.is_lowercase()) {
            continue;
        }
        for (form, tags) in entry_forms(&affixes, &word, &flags) {
            if form.starts_with('-') || form.ends_with('-') {
                continue;
            }
            *forms.entry(affixes.output(&form)).or_default() |= tags | Tags::WORD;
        }
    }
    for word in &forbidden {
        forms.remove(word);
    }
    mark_stems_with_t(&mut forms);
    mark_plurals_in_eren(&mut forms);
    mark_mass_nouns(&mut forms);
    pair_infinitives(&mut forms);
    Ok(forms)
}

/// The entry's word and its flags; a `\/` in the word is a slash ("en\/of").
fn split_entry(entry: &str) -> (String, String) {
    let mut word = String::new();
    let mut chars = entry.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => word.extend(chars.next()),
            '/' => return (word, chars.collect()),
            c => word.push(c),
        }
    }
    (word, String::new())
}

/// The entry and every form its flags make of it, with the particle
/// prefixes crossed with the suffixes.
fn entry_forms(affixes: &AffixFile, word: &str, flags: &[String]) -> Vec<(String, Tags)> {
    let base = base_tags(flags);
    let mut forms = vec![(word.to_owned(), base)];
    // A stem with a past but no t-form ("spel": "spelde") still has one: "spelt".
    let t_form = "V3".to_owned();
    let past = flags.iter().any(|f| f == "Vp" || f == "Vq") && !word.ends_with('t');
    let flags: Vec<&String> = flags
        .iter()
        .chain((past && !flags.contains(&t_form)).then_some(&t_form))
        .collect();
    for flag in flags.iter().copied() {
        let mut suffixed = Vec::new();
        affixes.suffixed(word, flag, 0, &mut suffixed);
        forms.extend(suffixed);
    }
    let particles: Vec<String> = flags
        .iter()
        .filter(|f| is_particle_flag(f))
        .filter_map(|flag| {
            let prefixed = affixes.prefixed(word, flag)?;
            Some(prefixed[..prefixed.len() - word.len()].to_owned())
        })
        .collect();
    let unprefixed = forms.clone();
    for particle in particles {
        forms.extend(
            unprefixed
                .iter()
                .map(|(form, tags)| (format!("{particle}{form}"), *tags)),
        );
    }
    forms
}

/// A stem that ends in -t is its own t-form ("wacht", "zet"): the
/// dictionary gives such stems no t-form of their own.
fn mark_stems_with_t(forms: &mut BTreeMap<String, Tags>) {
    for (form, tags) in forms.iter_mut() {
        if tags.any(Tags::STEM) && form.ends_with('t') {
            *tags |= Tags::T_FORM;
        }
    }
}

/// An uninflected compound part is a noun unless the word is also an
/// adjective: "afval" is a noun, "vrij" and "dicht" are not.
fn mark_mass_nouns(forms: &mut BTreeMap<String, Tags>) {
    for tags in forms.values_mut() {
        if tags.any(MAYBE_MASS_NOUN) {
            let noun = !tags.any(Tags::ADJECTIVE_ANY);
            *tags = tags.without(MAYBE_MASS_NOUN);
            if noun {
                *tags |= Tags::NOUN;
            }
        }
    }
}

/// The dictionary lists plurals in -eren as words of their own, with no
/// class: "kinderen", "eieren", "liederen" are plurals of the nouns before.
fn mark_plurals_in_eren(forms: &mut BTreeMap<String, Tags>) {
    let plurals: Vec<String> = forms
        .iter()
        .filter(|(form, tags)| !tags.any(Tags::CLASSES) && form.len() > 6)
        .filter(|(form, _)| {
            form.strip_suffix("eren")
                .and_then(|noun| forms.get(noun))
                .is_some_and(|tags| tags.any(Tags::NOUN))
        })
        .map(|(form, _)| form.clone())
        .collect();
    for plural in plurals {
        let tags = forms.get_mut(&plural).expect("listed above");
        *tags = tags.without(MAYBE_MASS_NOUN) | Tags::PLURAL;
    }
}

/// Each infinitive learns which spelling rule makes its stem: the first
/// rule whose stem the dictionary has as a verb stem. The dictionary lacks
/// the stems of many verbs in -eren ("accentueren"); theirs is -eer.
fn pair_infinitives(forms: &mut BTreeMap<String, Tags>) {
    use spelling::StemRule;
    let paired: Vec<(String, StemRule)> = forms
        .iter()
        .filter(|(_, tags)| tags.any(Tags::INFINITIVE))
        .filter_map(|(infinitive, _)| {
            let known = spelling::stem_candidates(infinitive)
                .find(|(_, stem)| forms.get(stem).is_some_and(|t| t.any(Tags::STEM)))
                .map(|(rule, _)| rule);
            let latinate = (infinitive.ends_with("eren") && !infinitive.ends_with("ëren"))
                .then_some(StemRule::DoubleVowel)
                .filter(|rule| rule.stem(infinitive).is_some());
            Some((infinitive.clone(), known.or(latinate)?))
        })
        .collect();
    for (infinitive, rule) in paired {
        let tags = forms.get_mut(&infinitive).expect("listed above");
        *tags = tags.with_stem_rule(rule);
    }
}
