//! Dutch spelling rules that link a verb's infinitive to its stem: "maken"
//! ⇄ "maak", "zetten" ⇄ "zet", "leven" ⇄ "leef", "gaan" ⇄ "ga". The
//! dictionary lists stems and infinitives as separate words with no link;
//! the lexicon's generator pairs them by these rules, and records which rule
//! made each pair, so that the engine can go both ways without a table.

/// How a stem is made from its infinitive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u8)]
pub enum StemRule {
    /// Drop "-en": "wachten" → "wacht", "tekenen" → "teken".
    DropEn = 1,
    /// Drop "-en" and one of a doubled consonant: "zetten" → "zet".
    Undouble = 2,
    /// Drop "-en" and double the vowel of the open syllable: "maken" → "maak".
    DoubleVowel = 3,
    /// Both the vowel doubled and v/z hardened: "leven" → "leef", "lezen" → "lees".
    DoubleVowelHarden = 4,
    /// v/z hardened after a long vowel or consonant: "verven" → "verf", "reizen" → "reis".
    Harden = 5,
    /// Drop "-n" after "oe" or "ie", "-an" after "a": "doen" → "doe",
    /// "zien" → "zie", "gaan" → "ga".
    DropN = 6,
}

impl StemRule {
    /// Every rule, in the order the generator tries them: a long vowel
    /// before plain "-en", so that "spelen" pairs with "speel" and not with
    /// "spel" (of "spellen"), while "tekenen" still finds "teken".
    pub const ALL: [StemRule; 6] = [
        StemRule::Undouble,
        StemRule::DoubleVowel,
        StemRule::DoubleVowelHarden,
        StemRule::Harden,
        StemRule::DropN,
        StemRule::DropEn,
    ];

    /// The rule with this number, as the lexicon stores it.
    pub fn from_code(code: u8) -> Option<StemRule> {
        StemRule::ALL.into_iter().find(|rule| *rule as u8 == code)
    }

    /// The stem this rule makes of `infinitive`, if the rule applies to it.
    pub fn stem(self, infinitive: &str) -> Option<String> {
        match self {
            StemRule::DropN => {
                if let Some(base) = infinitive.strip_suffix("aan") {
                    return Some(format!("{base}a"));
                }
                let base = infinitive.strip_suffix('n')?;
                (base.ends_with("oe") || base.ends_with("ie")).then(|| base.to_owned())
            }
            _ => {
                let base = infinitive.strip_suffix("en")?;
                let chars: Vec<char> = base.chars().collect();
                let n = chars.len();
                if n < 2 {
                    return None;
                }
                let (last, before) = (chars[n - 1], chars[n - 2]);
                match self {
                    StemRule::DropEn => Some(base.to_owned()),
                    StemRule::Undouble => {
                        (last == before && !is_vowel(last)).then(|| chars[..n - 1].iter().collect())
                    }
                    StemRule::DoubleVowel | StemRule::DoubleVowelHarden => {
                        let harden = self == StemRule::DoubleVowelHarden;
                        if is_vowel(last) || !open_syllable(&chars) || harden != is_soft(last) {
                            return None;
                        }
                        let mut stem: String = chars[..n - 1].iter().collect();
                        stem.push(if before == 'ë' { 'e' } else { before });
                        stem.push(if harden { hardened(last) } else { last });
                        Some(stem)
                    }
                    StemRule::Harden => (is_soft(last) && !open_syllable(&chars)).then(|| {
                        let mut stem: String = chars[..n - 1].iter().collect();
                        stem.push(hardened(last));
                        stem
                    }),
                    StemRule::DropN => unreachable!("handled above"),
                }
            }
        }
    }
}

/// The stems a word could have if it were an infinitive, each with its rule.
pub fn stem_candidates(infinitive: &str) -> impl Iterator<Item = (StemRule, String)> + '_ {
    StemRule::ALL
        .into_iter()
        .filter_map(move |rule| Some((rule, rule.stem(infinitive)?)))
}

/// The infinitives a stem could have, each with the rule that makes the
/// stem back from it: "maak" → "maken" (double vowel), "zet" → "zetten".
pub fn infinitive_candidates(stem: &str) -> Vec<(StemRule, String)> {
    let chars: Vec<char> = stem.chars().collect();
    let n = chars.len();
    let mut found = Vec::new();
    let mut push = |rule: StemRule, infinitive: String| {
        if rule.stem(&infinitive).as_deref() == Some(stem) {
            found.push((rule, infinitive));
        }
    };
    push(StemRule::DropEn, format!("{stem}en"));
    push(StemRule::DropN, format!("{stem}n"));
    if stem.ends_with('a') {
        push(StemRule::DropN, format!("{stem}an"));
    }
    if let Some(&last) = chars.last() {
        push(StemRule::Undouble, format!("{stem}{last}en"));
        let soft = softened(last);
        if n >= 3 && chars[n - 2] == chars[n - 3] || chars.get(n.wrapping_sub(3)) == Some(&'ë') {
            // A doubled vowel before the last consonant: "maak" → "maken".
            let short: String = chars[..n - 2].iter().collect();
            push(StemRule::DoubleVowel, format!("{short}{last}en"));
            if let Some(soft) = soft {
                push(StemRule::DoubleVowelHarden, format!("{short}{soft}en"));
            }
        }
        if let Some(soft) = soft {
            let head: String = chars[..n - 1].iter().collect();
            push(StemRule::Harden, format!("{head}{soft}en"));
        }
    }
    found
}

fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'ë' | 'ï' | 'é' | 'ö' | 'ü'
    )
}

/// v and z, which a stem writes as f and s at its end.
fn is_soft(c: char) -> bool {
    matches!(c, 'v' | 'z')
}

fn hardened(c: char) -> char {
    match c {
        'v' => 'f',
        'z' => 's',
        other => other,
    }
}

fn softened(c: char) -> Option<char> {
    match c {
        'f' => Some('v'),
        's' => Some('z'),
        _ => None,
    }
}

/// Whether the base of an infinitive (without "-en") ends in a single
/// vowel and one consonant, the vowel not part of a pair: "mak", "nem",
/// "lop", but not "wacht", "zeg" after "ij", "gooi".
fn open_syllable(chars: &[char]) -> bool {
    let n = chars.len();
    if n < 2 || is_vowel(chars[n - 1]) || !is_vowel(chars[n - 2]) {
        return false;
    }
    let vowel = chars[n - 2];
    if !matches!(vowel, 'a' | 'e' | 'o' | 'u' | 'ë') {
        return false;
    }
    match chars.get(n.wrapping_sub(3)) {
        Some(&c) if n >= 3 => !is_vowel(c) || vowel == 'ë',
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems(infinitive: &str) -> Vec<String> {
        stem_candidates(infinitive).map(|(_, stem)| stem).collect()
    }

    #[test]
    fn an_infinitive_has_its_stem_among_the_candidates() {
        for (infinitive, stem) in [
            ("maken", "maak"),
            ("zetten", "zet"),
            ("wachten", "wacht"),
            ("leven", "leef"),
            ("lezen", "lees"),
            ("verven", "verf"),
            ("reizen", "reis"),
            ("gaan", "ga"),
            ("doen", "doe"),
            ("zien", "zie"),
            ("tekenen", "teken"),
            ("gooien", "gooi"),
            ("creëren", "creëer"),
            ("respecteren", "respecteer"),
            ("eten", "eet"),
        ] {
            assert!(
                stems(infinitive).contains(&stem.to_owned()),
                "{infinitive}: {:?}",
                stems(infinitive)
            );
        }
    }

    #[test]
    fn a_stem_finds_its_infinitive_back() {
        for (stem, infinitive) in [
            ("maak", "maken"),
            ("zet", "zetten"),
            ("leef", "leven"),
            ("ga", "gaan"),
            ("respecteer", "respecteren"),
            ("wacht", "wachten"),
            ("creëer", "creëren"),
        ] {
            let found = infinitive_candidates(stem);
            assert!(
                found.iter().any(|(_, i)| i == infinitive),
                "{stem}: {found:?}"
            );
        }
    }
}
