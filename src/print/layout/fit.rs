//! Fitting text into a box: wrap at word boundaries, hyphenate a word only
//! when it is wider than the box, balance the lines, and shrink from the
//! largest size to the smallest until the text fits. Text that does not fit
//! at the smallest size is an error for the caller to report, never clipped.

use std::sync::Arc;

use hyphenation::Standard;
use textwrap::core::Fragment;
use textwrap::wrap_algorithms::wrap_first_fit;

use super::hyphenate::syllables;
use crate::print::font::Font;
use crate::recent::Recent;

/// Each step down is this much smaller than the one before.
const SHRINK_STEP: f32 = 0.95;

/// How much larger hyphenated text must come out before a word is broken:
/// a sign is read in passing, and a broken word reads slower.
const HYPHENATION_GAIN: f32 = 1.4;

/// How a slot's text is set.
#[derive(Clone, Copy, Debug)]
pub struct Setting {
    /// Largest and smallest font size (em), in millimetres.
    pub max_size: f32,
    pub min_size: f32,
    /// Distance between baselines, in ems.
    pub line_height: f32,
}

/// Text that fits: its size and its lines, hyphens included.
#[derive(Clone, Debug, PartialEq)]
pub struct Fitted {
    pub size: f32,
    pub lines: Vec<String>,
}

/// A piece of a word (all of it, unless it is hyphenated), as textwrap wraps it.
#[derive(Clone, Copy, Debug)]
struct Piece<'t> {
    text: &'t str,
    width: f64,
    /// The space after it when it ends a word; nothing inside a word.
    space: f64,
    /// The hyphen it needs when a line ends inside its word.
    hyphen: f64,
}

impl Fragment for Piece<'_> {
    fn width(&self) -> f64 {
        self.width
    }
    fn whitespace_width(&self) -> f64 {
        self.space
    }
    fn penalty_width(&self) -> f64 {
        self.hyphen
    }
}

/// A word measured once, with its syllables measured for when it is too wide.
struct Word<'t> {
    whole: Piece<'t>,
    syllables: Vec<Piece<'t>>,
}

/// Fits `text` into a box `width` × `height` millimetres. `None` when it does
/// not fit even at the smallest size.
pub fn fit(
    text: &str,
    font: &Font,
    setting: Setting,
    width: f32,
    height: f32,
    hyphenation: Option<&'static Standard>,
) -> Option<Fitted> {
    // The rows of a batch mostly repeat their headline in the same box, and
    // fitting it tries size after size: it is fitted once. The dictionaries
    // are loaded once per process, so where one lies names it.
    static RECENT: Recent<FitKey, Option<Fitted>> = Recent::new(KEPT_FITTED);
    let numbers = [
        setting.max_size,
        setting.min_size,
        setting.line_height,
        width,
        height,
    ]
    .map(f32::to_bits);
    let dictionary = hyphenation.map(|dictionary| std::ptr::from_ref(dictionary) as usize);
    let font_program = font.program();
    RECENT.get_or_insert_with(
        |known| {
            known.text.as_ref() == text
                && known.numbers == numbers
                && known.dictionary == dictionary
                && Arc::ptr_eq(&known.font, &font_program)
        },
        || FitKey {
            text: text.into(),
            numbers,
            dictionary,
            font: font_program.clone(),
        },
        || fit_anew(text, font, setting, width, height, hyphenation),
    )
}

/// How many fitted texts are kept: a batch's headlines, and some of its
/// other texts.
const KEPT_FITTED: usize = 64;

/// What a text is fitted with.
struct FitKey {
    text: Box<str>,
    /// The setting's sizes and line height, and the box, as bits.
    numbers: [u32; 5],
    dictionary: Option<usize>,
    font: Arc<[u8]>,
}

fn fit_anew(
    text: &str,
    font: &Font,
    setting: Setting,
    width: f32,
    height: f32,
    hyphenation: Option<&Standard>,
) -> Option<Fitted> {
    // However its words are broken, the text takes at least its own area:
    // sizes at which even that is too much are not tried, and a text too long
    // for the smallest size fails at once instead of after every size. Its
    // words' widths, which fitting measures anyway, tell that area; a little
    // less, for the kerning between them.
    let ems = words_width(text, font) * AREA_KERNING;
    let largest = (f64::from(width) * f64::from(height) / (ems * f64::from(setting.line_height)))
        .sqrt() as f32;
    if largest < setting.min_size {
        return None;
    }
    // From the largest size down, until the text fits.
    let shrink = |hyphenation: Option<&Standard>| {
        let space = f64::from(font.width(" "));
        let hyphen = f64::from(font.width("-"));
        let paragraphs: Vec<Vec<Word>> = text
            .lines()
            .map(|paragraph| {
                unbreakable_words(paragraph)
                    .into_iter()
                    .map(|word| measure(word, font, space, hyphen, hyphenation))
                    .collect()
            })
            .collect();
        let mut size = setting.max_size;
        while size > largest && size > setting.min_size {
            size = (size * SHRINK_STEP).max(setting.min_size);
        }
        loop {
            if let Some(lines) = set_at(&paragraphs, font, setting, size, width, height) {
                return Some(Fitted { size, lines });
            }
            if size <= setting.min_size {
                return None;
            }
            size = (size * SHRINK_STEP).max(setting.min_size);
        }
    };
    let whole = shrink(None);
    let Some(dictionary) = hyphenation else {
        return whole;
    };
    match whole {
        // Words stay whole unless breaking one makes the text much larger.
        Some(whole) if whole.size * HYPHENATION_GAIN > setting.max_size => Some(whole),
        Some(whole) => match shrink(Some(dictionary)) {
            Some(broken) if broken.size >= whole.size * HYPHENATION_GAIN => Some(broken),
            _ => Some(whole),
        },
        None => shrink(Some(dictionary)),
    }
}

/// How much narrower kerning across the spaces may make a text than its
/// words measured one by one.
const AREA_KERNING: f64 = 0.98;

/// The width of `text` on one line, in ems, as its words and spaces add up.
fn words_width(text: &str, font: &Font) -> f64 {
    let words: Vec<&str> = text.split_whitespace().collect();
    let spaces = words.len().saturating_sub(1) as f64;
    let words: f64 = words.iter().map(|word| f64::from(font.width(word))).sum();
    words + spaces * f64::from(font.width(" "))
}

/// The words of a paragraph, a number kept on one line with its unit or its
/// street: "1,5 meter", "1234 AB", "Dorpsstraat 12", "Max. 2".
fn unbreakable_words(paragraph: &str) -> Vec<&str> {
    let mut tokens: Vec<(usize, &str)> = Vec::new();
    let mut offset = 0;
    for word in paragraph.split(' ') {
        if !word.trim().is_empty() {
            tokens.push((offset, word.trim()));
        }
        offset += word.len() + 1;
    }
    let is_number = |word: &str| {
        word.starts_with(|c: char| c.is_ascii_digit())
            && word
                .chars()
                .all(|c| c.is_ascii_digit() || ",.:–-".contains(c))
    };
    let has_letter = |word: &str| word.chars().any(char::is_alphabetic);
    // Only words one plain space apart can be joined.
    let adjacent =
        |(start, word): (usize, &str), (next, _): (usize, &str)| start + word.len() + 1 == next;
    let mut words: Vec<(usize, usize)> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let (start, word) = tokens[i];
        let next = tokens.get(i + 1).copied();
        let after = tokens.get(i + 2).copied();
        let unit_follows = |number: (usize, &str), unit: Option<(usize, &str)>| {
            unit.is_some_and(|unit| {
                adjacent(number, unit)
                    && unit.1.starts_with(char::is_alphabetic)
                    && unit.1.chars().count() <= 5
            })
        };
        let end = match next {
            Some(unit) if is_number(word) && unit_follows((start, word), Some(unit)) => {
                i += 1;
                unit.0 + unit.1.len()
            }
            Some(number)
                if has_letter(word)
                    && is_number(number.1)
                    && adjacent((start, word), number)
                    && !unit_follows(number, after) =>
            {
                i += 1;
                number.0 + number.1.len()
            }
            _ => start + word.len(),
        };
        // A separator between parts (an address, opening hours) ends the
        // line before it, never starts the next.
        let separator = paragraph[start..end].chars().all(|c| "·•|–—".contains(c));
        match words.last_mut() {
            Some(last) if separator && last.1 + 1 == start => last.1 = end,
            _ => words.push((start, end)),
        }
        i += 1;
    }
    words
        .into_iter()
        .map(|(start, end)| &paragraph[start..end])
        .collect()
}

fn measure<'t>(
    word: &'t str,
    font: &Font,
    space: f64,
    hyphen: f64,
    hyphenation: Option<&Standard>,
) -> Word<'t> {
    let whole = Piece {
        text: word,
        width: f64::from(font.width(word)),
        space,
        hyphen: 0.0,
    };
    let pieces = match hyphenation {
        Some(dictionary) if !word.contains(' ') => syllables(dictionary, word),
        _ => vec![word],
    };
    if pieces.len() == 1 {
        return Word {
            syllables: vec![whole],
            whole,
        };
    }
    let last = pieces.len() - 1;
    let syllables = pieces
        .into_iter()
        .enumerate()
        .map(|(i, text)| Piece {
            text,
            width: f64::from(font.width(text)),
            space: if i == last { space } else { 0.0 },
            hyphen: if i == last { 0.0 } else { hyphen },
        })
        .collect();
    Word { whole, syllables }
}

/// The lines of every paragraph at one size, if they fit the box.
fn set_at(
    paragraphs: &[Vec<Word>],
    font: &Font,
    setting: Setting,
    size: f32,
    width: f32,
    height: f32,
) -> Option<Vec<String>> {
    let measure = f64::from(width / size);
    let mut lines = Vec::new();
    for words in paragraphs {
        let mut pieces: Vec<Piece> = Vec::new();
        for word in words {
            if word.whole.width <= measure {
                pieces.push(word.whole);
            } else {
                pieces.extend(word.syllables.iter().copied());
            }
        }
        if pieces.iter().any(|piece| piece.width > measure) {
            return None;
        }
        lines.extend(balanced(&pieces, measure));
    }
    let needed = lines.len().max(1) as f32 * setting.line_height * size;
    if needed > height * 1.0001 {
        return None;
    }
    // The pieces were measured one by one; where that comes close to the
    // measure, the shaped line (kerned across its words) decides. It is
    // shaped as a line, which the sign then takes as it was shaped here.
    let fits = lines.iter().all(|(line, estimate)| {
        *estimate <= measure * 0.97
            || f64::from(font.advance(&font.shape_line(line))) <= measure * 1.0001
    });
    fits.then(|| lines.into_iter().map(|(line, _)| line).collect())
}

/// Wraps into as few lines as the measure allows, then chooses, among the
/// ways to break into that many lines, the one with the most even lines
/// (least sum of squared widths), avoiding a last line of one lonely word
/// wherever another break allows.
fn balanced(pieces: &[Piece], measure: f64) -> Vec<(String, f64)> {
    let lines = wrap_first_fit(pieces, &[measure]).len();
    let count = pieces.len();
    // prefix[i]: the width of pieces[..i] with the spaces after each.
    let mut prefix = vec![0.0; count + 1];
    for (i, piece) in pieces.iter().enumerate() {
        prefix[i + 1] = prefix[i] + piece.width + piece.space;
    }
    let width = |from: usize, to: usize| {
        let last = &pieces[to - 1];
        prefix[to] - prefix[from] - last.space + last.hyphen
    };
    let words = |from: usize, to: usize| pieces[from..to].iter().filter(|p| p.space > 0.0).count();
    let lonely_last_word_penalty = measure * measure;
    // best[l][to]: the least cost of setting pieces[..to] in l lines, and
    // where its last line starts.
    let mut best: Vec<Vec<Option<(f64, usize)>>> = vec![vec![None; count + 1]; lines + 1];
    best[0][0] = Some((0.0, 0));
    for line in 1..=lines {
        for to in line..=count {
            for from in line - 1..to {
                let Some((cost, _)) = best[line - 1][from] else {
                    continue;
                };
                let w = width(from, to);
                if w > measure {
                    continue;
                }
                let mut cost = cost + w * w;
                let closing = line == lines && to == count;
                if closing && lines > 1 && words(from, to) == 1 {
                    cost += lonely_last_word_penalty;
                }
                if best[line][to].is_none_or(|(known, _)| cost < known) {
                    best[line][to] = Some((cost, from));
                }
            }
        }
    }
    let mut breaks = vec![count];
    let mut to = count;
    for line in (1..=lines).rev() {
        let Some((_, from)) = best[line][to] else {
            // Cannot happen: first-fit found this many lines.
            return wrap_first_fit(pieces, &[measure])
                .into_iter()
                .map(set_line)
                .collect();
        };
        breaks.push(from);
        to = from;
    }
    breaks.reverse();
    breaks
        .windows(2)
        .map(|pair| set_line(&pieces[pair[0]..pair[1]]))
        .collect()
}

/// The text of a line of pieces, with its hyphen when it ends inside a word,
/// and its width as the pieces add up.
fn set_line(line: &[Piece]) -> (String, f64) {
    let mut text = String::new();
    let mut width = 0.0;
    for (i, piece) in line.iter().enumerate() {
        text.push_str(piece.text);
        width += piece.width;
        let last = i + 1 == line.len();
        if last && piece.hyphen > 0.0 {
            text.push('-');
            width += piece.hyphen;
        } else if !last && piece.space > 0.0 {
            text.push(' ');
            width += piece.space;
        }
    }
    (text, width)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::print::font::Fonts;
    use crate::print::layout::hyphenate::dictionary;

    const HEADLINE: Setting = Setting {
        max_size: 30.0,
        min_size: 10.0,
        line_height: 1.2,
    };

    #[test]
    fn a_text_fitted_before_is_fitted_anew_in_another_box_or_face() {
        let fonts = Fonts::bundled();
        let text = "Wilt u hier even wachten";
        let wide = fit(text, &fonts.bold, HEADLINE, 400.0, 40.0, None).unwrap();
        let narrow = fit(text, &fonts.bold, HEADLINE, 80.0, 200.0, None).unwrap();
        assert_eq!(wide.lines.len(), 1);
        assert!(narrow.lines.len() > 1, "{narrow:?}");
        // Asked again, each gives what it gave the first time.
        assert_eq!(
            fit(text, &fonts.bold, HEADLINE, 400.0, 40.0, None),
            Some(wide)
        );
        assert_eq!(
            fit(text, &fonts.bold, HEADLINE, 80.0, 200.0, None),
            Some(narrow)
        );
        let regular = fit(text, &fonts.regular, HEADLINE, 400.0, 40.0, None).unwrap();
        let expected = fit_anew(text, &fonts.regular, HEADLINE, 400.0, 40.0, None);
        assert_eq!(Some(regular), expected);
    }

    #[test]
    fn short_text_stays_at_the_largest_size_on_one_line() {
        let fonts = Fonts::bundled();
        let fitted = fit("Wacht hier", &fonts.bold, HEADLINE, 200.0, 60.0, None).unwrap();
        assert_eq!(fitted.size, 30.0);
        assert_eq!(fitted.lines, ["Wacht hier"]);
    }

    #[test]
    fn lines_are_balanced_without_a_lonely_last_word() {
        let fonts = Fonts::bundled();
        let text = "Wilt u vóór de streep wachten?";
        // Too narrow for one line; greedy wrapping would leave "wachten?" alone.
        let width = 0.85 * fonts.bold.width(text) * HEADLINE.max_size;
        let fitted = fit(text, &fonts.bold, HEADLINE, width, 200.0, None).unwrap();
        assert_eq!(fitted.size, HEADLINE.max_size);
        assert_eq!(fitted.lines.len(), 2, "{fitted:?}");
        assert!(fitted.lines[1].contains(' '), "{fitted:?}");
        let widths: Vec<f32> = fitted.lines.iter().map(|l| fonts.bold.width(l)).collect();
        assert!(
            widths[0].min(widths[1]) > 0.6 * widths[0].max(widths[1]),
            "{fitted:?}"
        );
        assert_eq!(fitted.lines.join(" "), text);
    }

    #[test]
    fn the_last_line_is_not_one_lonely_word_where_it_can_be_helped() {
        let fonts = Fonts::bundled();
        let text = "Wilt u vóór de streep wachten?";
        // Just room for "streep wachten?": narrowing the measure alone would
        // end in "wachten?" by itself.
        let width = 1.01 * fonts.bold.width("streep wachten?") * HEADLINE.max_size;
        let fitted = fit(text, &fonts.bold, HEADLINE, width, 200.0, None).unwrap();
        assert_eq!(fitted.size, HEADLINE.max_size, "{fitted:?}");
        assert!(fitted.lines.last().unwrap().contains(' '), "{fitted:?}");
        assert_eq!(fitted.lines.join(" "), text);
    }

    #[test]
    fn shrinks_until_it_fits_and_never_below_the_minimum() {
        let fonts = Fonts::bundled();
        let text = "Wilt u vóór de streep wachten? Dan helpen wij u zo snel mogelijk.";
        let fitted = fit(text, &fonts.bold, HEADLINE, 120.0, 40.0, None).unwrap();
        assert!(fitted.size < 30.0 && fitted.size >= 10.0, "{fitted:?}");
        let height = fitted.lines.len() as f32 * 1.2 * fitted.size;
        assert!(height <= 40.0 * 1.0001);
        for line in &fitted.lines {
            assert!(
                fonts.bold.width(line) * fitted.size <= 120.0 * 1.0001,
                "{line}"
            );
        }
        assert!(fit(text, &fonts.bold, HEADLINE, 40.0, 15.0, None).is_none());
    }

    #[test]
    fn numbers_stay_with_their_neighbours() {
        assert_eq!(
            unbreakable_words("Dorpsstraat 12 · 1234 AB Ons Dorp"),
            ["Dorpsstraat 12 ·", "1234 AB", "Ons", "Dorp"]
        );
        assert_eq!(
            unbreakable_words("Houd 1,5 meter afstand.  Max. 2 personen"),
            ["Houd", "1,5 meter", "afstand.", "Max. 2", "personen"]
        );
        assert_eq!(unbreakable_words("1 2 3 4"), ["1", "2", "3", "4"]);
    }

    #[test]
    fn hyphenates_a_long_dutch_word_instead_of_overflowing() {
        let fonts = Fonts::bundled();
        let word = "klantvriendelijkheidsmedewerkers";
        let setting = Setting {
            max_size: 20.0,
            min_size: 16.0,
            line_height: 1.2,
        };
        assert!(fit(word, &fonts.bold, setting, 150.0, 200.0, None).is_none());
        // Where the whole word fits only much smaller, it is broken too.
        let roomy = Setting {
            min_size: 5.0,
            ..setting
        };
        let whole = fit(word, &fonts.bold, roomy, 150.0, 200.0, None).unwrap();
        let broken = fit(word, &fonts.bold, roomy, 150.0, 200.0, dictionary("nl")).unwrap();
        assert!(broken.size >= 1.4 * whole.size, "{whole:?} {broken:?}");
        // A short word is never broken to gain a little.
        let short = fit("wachten", &fonts.bold, roomy, 75.0, 200.0, dictionary("nl")).unwrap();
        assert_eq!(short.lines, ["wachten"]);
        let fitted = fit(word, &fonts.bold, setting, 150.0, 200.0, dictionary("nl")).unwrap();
        assert!(fitted.lines.len() >= 2, "{fitted:?}");
        assert!(fitted.lines[0].ends_with('-'), "{fitted:?}");
        assert_eq!(fitted.lines.concat().replace('-', ""), word);
        for line in &fitted.lines {
            assert!(fonts.bold.width(line) * fitted.size <= 150.0 * 1.0001);
        }
    }
}
