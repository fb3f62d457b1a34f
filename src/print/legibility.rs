//! Whether a laid-out sign can be read from where its reader stands:
//! capitals high enough for the viewing distance, text clear of the trim,
//! and few enough words to take in while passing. (Contrast is judged where
//! the text is laid out, against what lies under it.)

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::print::scene::{Scene, TextLine};
use crate::wording::rules::Severity;
use crate::wording::text::shortened;

/// The rule that relates letter height to viewing distance.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Standard {
    /// ADA Standards 703.5.5: capitals at least 16 mm up to 1830 mm away,
    /// and 3.2 mm more for every 305 mm beyond.
    #[default]
    Ada,
    /// The DIN 4844 rule of thumb: letters at least a 300th of the distance.
    Din,
}

impl Standard {
    /// The least cap height, in mm, for text read from `distance` mm away.
    pub fn least_cap_height(self, distance: f32) -> f32 {
        match self {
            Standard::Ada => 16.0 + 3.2 * ((distance - 1830.0).max(0.0) / 305.0),
            Standard::Din => distance / 300.0,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Standard::Ada => "ADA 703.5.5",
            Standard::Din => "DIN 4844",
        }
    }
}

/// Closer to the trim than this, cutting may touch the text.
const TRIM_CLEARANCE_MM: f32 = 5.0;
/// People read only a few words on a sign in passing.
const MOST_WORDS: usize = 15;
/// Plain language (B1): sentences of at most 12 words.
const MOST_SENTENCE_WORDS: usize = 12;
/// How much of a text a warning quotes.
const QUOTED_CHARS: usize = 60;

/// What makes the sign hard to read, as warnings: its main text too small
/// for `distance` mm, text too close to the trim, too many words in
/// `wording` (for the number of `languages` it is in) or in one of its
/// sentences.
pub fn notes(
    scene: &Scene,
    wording: &[&str],
    languages: usize,
    distance: f32,
    standard: Standard,
) -> Vec<Msg> {
    let mut notes = Vec::new();
    let lines = scene.lines();
    if let Some(main) = lines.iter().max_by(|a, b| a.size.total_cmp(&b.size)) {
        let cap = cap_height(scene, main);
        let least = standard.least_cap_height(distance);
        if cap + 0.05 < least {
            let (cap, least) = told_apart(cap, least);
            notes.push(
                Msg::new("warning-cap-height")
                    .arg("text", shortened(&main.text, QUOTED_CHARS))
                    .decimal("cap", cap)
                    .decimal("least", least)
                    .decimal("distance", format!("{:.1}", distance / 1000.0))
                    .arg("standard", standard.name()),
            );
        }
    }
    let trim = scene.boxes.trim;
    let near = lines.iter().find_map(|line| {
        let (left, top, right, bottom) = extent(scene, line);
        let gap = left
            .min(top)
            .min(trim.width - right)
            .min(trim.height - bottom);
        (gap < TRIM_CLEARANCE_MM).then_some((line, gap.max(0.0)))
    });
    if let Some((line, gap)) = near {
        notes.push(
            Msg::new("warning-near-trim")
                .arg("text", shortened(&line.text, QUOTED_CHARS))
                .decimal("gap", format!("{gap:.1}"))
                .num("least", TRIM_CLEARANCE_MM),
        );
    }
    let words: usize = wording.iter().map(|text| count_words(text)).sum();
    // A bilingual sign says the same twice; each reader reads one.
    let most = MOST_WORDS * languages.max(1);
    if words > most {
        notes.push(
            Msg::new("warning-many-words")
                .num("words", words as f64)
                .num("most", most as f64),
        );
    }
    let long = wording
        .iter()
        .flat_map(|text| text.split_inclusive(['.', '!', '?']))
        .find(|sentence| count_words(sentence) > MOST_SENTENCE_WORDS);
    if let Some(sentence) = long {
        notes.push(
            Msg::new("warning-long-sentence")
                .arg("sentence", shortened(sentence.trim(), QUOTED_CHARS))
                .num("words", count_words(sentence) as f64)
                .num("most", MOST_SENTENCE_WORDS as f64),
        );
    }
    notes
}

/// Two lengths in whole millimetres, or with as many decimals as it takes
/// for them not to read the same ("15.6" and "16.0", not "16" and "16").
fn told_apart(a: f32, b: f32) -> (String, String) {
    (0..3)
        .map(|decimals| (format!("{a:.decimals$}"), format!("{b:.decimals$}")))
        .find(|(a, b)| a != b)
        .unwrap_or_else(|| (format!("{a:.2}"), format!("{b:.2}")))
}

/// Whether the note says no reader can read the sign (a contrast below
/// 3:1): a sign with one is not written unless the user insists.
pub fn is_unreadable(note: &Msg) -> bool {
    severity(note) == Severity::Error
}

/// Refuses a sign few can read (a contrast below 3:1) with the note's own
/// words; `force`d, the note becomes a warning and the sign may be written.
pub fn refuse_unreadable(scene: &mut Scene, force: bool) -> Result<()> {
    for note in scene.notes.iter_mut().filter(|note| is_unreadable(note)) {
        if !force {
            return Err(Error::Sign(note.as_message("error-unreadable-sign")));
        }
        *note = note.as_message("warning-unreadable-forced");
    }
    Ok(())
}

/// How much a note about a laid-out sign matters, for `streep check`.
pub fn severity(note: &Msg) -> Severity {
    match note.id.as_str() {
        "note-unreadable-contrast" => Severity::Error,
        "note-low-contrast"
        | "warning-unreadable-forced"
        | "warning-cap-height"
        | "warning-near-trim"
        | "warning-many-words"
        | "warning-long-sentence"
        | "note-clear-film"
        | "note-ink-limit" => Severity::Warning,
        _ => Severity::Info,
    }
}

/// Words as a reader counts them: not "·", "–" or the groups of a phone
/// number.
fn count_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|word| word.chars().any(char::is_alphabetic))
        .count()
}

fn cap_height(scene: &Scene, line: &TextLine) -> f32 {
    scene.fonts.get(line.bold).cap_height * line.size
}

/// The box a line's letters take: left, top, right, bottom, in mm from
/// the trim's top-left corner.
fn extent(scene: &Scene, line: &TextLine) -> (f32, f32, f32, f32) {
    let font = scene.fonts.get(line.bold);
    let width = font.advance(&line.glyphs) * line.size;
    let (above, below) = (cap_height(scene, line), 0.2 * line.size);
    if line.upside_down {
        // Turned half round about its start.
        (
            line.x - width,
            line.baseline - below,
            line.x,
            line.baseline + above,
        )
    } else {
        (
            line.x,
            line.baseline - above,
            line.x + width,
            line.baseline + below,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_that_differ_never_read_the_same() {
        assert_eq!(told_apart(15.6, 16.0), ("15.6".into(), "16.0".into()));
        assert_eq!(told_apart(9.2, 16.0), ("9".into(), "16".into()));
        assert_eq!(told_apart(15.96, 16.0), ("15.96".into(), "16.00".into()));
    }

    #[test]
    fn ada_asks_16_mm_up_close_and_about_49_mm_at_5_m() {
        assert_eq!(Standard::Ada.least_cap_height(1000.0), 16.0);
        let at_5_m = Standard::Ada.least_cap_height(5000.0);
        assert!((at_5_m - 49.3).abs() < 0.1, "{at_5_m}");
        assert!((Standard::Din.least_cap_height(6000.0) - 20.0).abs() < 1e-3);
    }
}
