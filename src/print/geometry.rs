//! Print geometry: lengths with units, paper sizes, and the page boxes of a
//! print file (trim, bleed, and the slug that holds crop marks).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::i18n::Msg;

/// Millimetres per PostScript point.
pub const MM_PER_PT: f32 = 25.4 / 72.0;

/// A hairline, as cutting plotters want the cut line and crop marks are drawn.
pub const HAIRLINE_PT: f32 = 0.25;

/// The largest side streep accepts: larger is a typing error, not a sign.
pub const MAX_SIDE_MM: f32 = 5000.0;

/// Crop marks start this far from the trim, and at least this far beyond
/// the bleed, and are this long.
const MARK_OFFSET_MM: f32 = 3.0;
const MARK_GAP_MM: f32 = 1.0;
const MARK_LENGTH_MM: f32 = 5.0;

/// A length, kept in millimetres, written and read with a unit:
/// `3mm`, `0.5cm`, `0.125in`, `9pt`. A bare number is millimetres.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
pub struct Length(pub f32);

impl Length {
    pub fn mm(self) -> f32 {
        self.0
    }
}

impl FromStr for Length {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self> {
        let bad = || Error::Sign(Msg::new("error-length").arg("value", text));
        let trimmed = text.trim();
        let split = trimmed
            .find(|c: char| c.is_ascii_alphabetic())
            .unwrap_or(trimmed.len());
        let (number, unit) = trimmed.split_at(split);
        let number: f32 = number.trim().parse().map_err(|_| bad())?;
        let per_unit = match unit.trim().to_ascii_lowercase().as_str() {
            "" | "mm" => 1.0,
            "cm" => 10.0,
            "m" => 1000.0,
            "in" => 25.4,
            "pt" => MM_PER_PT,
            _ => return Err(bad()),
        };
        let mm = number * per_unit;
        if !mm.is_finite() {
            return Err(bad());
        }
        Ok(Length(mm))
    }
}

impl fmt::Display for Length {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}mm", round_for_display(self.0))
    }
}

impl Serialize for Length {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Length {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

fn round_for_display(mm: f32) -> f32 {
    (mm * 1000.0).round() / 1000.0
}

/// A finished size, width by height in millimetres.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Size {
    pub width: f32,
    pub height: f32,
}

impl Size {
    pub const fn new(width: f32, height: f32) -> Self {
        Size { width, height }
    }

    /// The same size turned a quarter: portrait becomes landscape.
    pub fn turned(self) -> Self {
        Size::new(self.height, self.width)
    }

    pub fn is_landscape(self) -> bool {
        self.width > self.height
    }

    /// An error unless both sides are positive and no larger than 5 m.
    pub fn validated(self, written: &str) -> Result<Self> {
        let ok = |side: f32| side.is_finite() && side > 0.0 && side <= MAX_SIDE_MM;
        if ok(self.width) && ok(self.height) {
            Ok(self)
        } else {
            Err(Error::Sign(
                Msg::new("error-size-range")
                    .arg("value", written)
                    .num("max", MAX_SIDE_MM / 1000.0),
            ))
        }
    }
}

impl fmt::Display for Size {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}x{}mm",
            round_for_display(self.width),
            round_for_display(self.height)
        )
    }
}

/// A paper size by name: ISO A0–A6, US Letter and Tabloid.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Paper {
    pub name: &'static str,
    pub size: Size,
}

/// The named sizes, portrait.
pub const PAPERS: [Paper; 9] = [
    Paper::new("A0", 841.0, 1189.0),
    Paper::new("A1", 594.0, 841.0),
    Paper::new("A2", 420.0, 594.0),
    Paper::new("A3", 297.0, 420.0),
    Paper::new("A4", 210.0, 297.0),
    Paper::new("A5", 148.0, 210.0),
    Paper::new("A6", 105.0, 148.0),
    Paper::new("Letter", 215.9, 279.4),
    Paper::new("Tabloid", 279.4, 431.8),
];

impl Paper {
    const fn new(name: &'static str, width: f32, height: f32) -> Self {
        Paper {
            name,
            size: Size::new(width, height),
        }
    }

    pub fn find(name: &str) -> Option<Paper> {
        PAPERS
            .into_iter()
            .find(|paper| paper.name.eq_ignore_ascii_case(name.trim()))
    }
}

/// A size as the user writes it: a paper name (`A3`, `letter`) or
/// width × height with a unit (`500x700mm`, `8.5x11in`).
pub fn parse_size(text: &str) -> Result<Size> {
    if let Some(paper) = Paper::find(text) {
        return Ok(paper.size);
    }
    // A side that is not a length makes the whole size wrong: the message
    // names what the user wrote, not half of it.
    let not_a_size = || {
        let known = PAPERS.map(|paper| paper.name).join(", ");
        Error::Sign(
            Msg::new("error-size")
                .arg("value", text)
                .arg("known", known),
        )
    };
    let lower = text.trim().to_ascii_lowercase();
    let Some((width, height)) = lower.split_once(['x', '×']) else {
        return Err(not_a_size());
    };
    // The unit, written once at the end, counts for both sides.
    let unit: String = height
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c.is_whitespace())
        .to_owned();
    let width_text = if width
        .trim_end()
        .ends_with(|c: char| c.is_ascii_alphabetic())
    {
        width.to_owned()
    } else {
        format!("{}{unit}", width.trim())
    };
    let side = |text: &str| text.parse::<Length>().map_err(|_| not_a_size());
    let size = Size::new(side(&width_text)?.mm(), side(height)?.mm());
    size.validated(text)
}

/// The boxes of one printed page, in millimetres from the sheet's top-left
/// corner: the finished size (trim), the trim plus bleed, and the whole
/// sheet, which grows to hold crop marks when they are asked for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PageBoxes {
    pub trim: Size,
    pub bleed: f32,
    /// Space between the bleed box and the sheet's edge.
    pub slug: f32,
}

/// A rectangle in millimetres, y down.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub height: f32,
}

impl Rect {
    pub fn right(&self) -> f32 {
        self.x + self.width
    }

    pub fn bottom(&self) -> f32 {
        self.y + self.height
    }

    /// The smallest rectangle holding both.
    pub fn union(&self, other: &Rect) -> Rect {
        let (x, y) = (self.x.min(other.x), self.y.min(other.y));
        Rect {
            x,
            y,
            width: self.right().max(other.right()) - x,
            height: self.bottom().max(other.bottom()) - y,
        }
    }

    /// Where both overlap; `None` where they do not.
    pub fn intersection(&self, other: &Rect) -> Option<Rect> {
        let (x, y) = (self.x.max(other.x), self.y.max(other.y));
        let (right, bottom) = (
            self.right().min(other.right()),
            self.bottom().min(other.bottom()),
        );
        (right > x && bottom > y).then_some(Rect {
            x,
            y,
            width: right - x,
            height: bottom - y,
        })
    }

    pub fn grown(&self, by: f32) -> Rect {
        Rect {
            x: self.x - by,
            y: self.y - by,
            width: self.width + 2.0 * by,
            height: self.height + 2.0 * by,
        }
    }
}

impl PageBoxes {
    pub fn new(trim: Size, bleed: f32, marks: bool) -> Result<Self> {
        if !(0.0..=25.0).contains(&bleed) {
            return Err(Error::Sign(
                Msg::new("error-bleed").arg("value", Length(bleed)),
            ));
        }
        let slug = if marks {
            mark_start(bleed) + MARK_LENGTH_MM + MARK_GAP_MM - bleed
        } else {
            0.0
        };
        Ok(PageBoxes { trim, bleed, slug })
    }

    /// The whole sheet.
    pub fn media(&self) -> Size {
        let margin = 2.0 * (self.bleed + self.slug);
        Size::new(self.trim.width + margin, self.trim.height + margin)
    }

    /// The finished size, on the sheet.
    pub fn trim_box(&self) -> Rect {
        let inset = self.bleed + self.slug;
        Rect {
            x: inset,
            y: inset,
            width: self.trim.width,
            height: self.trim.height,
        }
    }

    /// The trim plus bleed, on the sheet.
    pub fn bleed_box(&self) -> Rect {
        self.trim_box().grown(self.bleed)
    }

    /// Crop marks: eight short lines, on the trim's lines extended, that stay
    /// clear of the bleed. Each is a pair of points on the sheet.
    pub fn crop_marks(&self) -> Vec<[(f32, f32); 2]> {
        if self.slug == 0.0 {
            return Vec::new();
        }
        crop_marks(self.trim_box(), mark_start(self.bleed), MARK_LENGTH_MM)
    }
}

/// Crop marks for a finished size `trim`: eight short lines on its edges
/// extended, each from `start` to `start + length` beyond the trim.
pub fn crop_marks(trim: Rect, start: f32, length: f32) -> Vec<[(f32, f32); 2]> {
    let end = start + length;
    let mut marks = Vec::with_capacity(8);
    for (x, outward_x) in [(trim.x, -1.0), (trim.right(), 1.0)] {
        for (y, outward_y) in [(trim.y, -1.0), (trim.bottom(), 1.0)] {
            marks.push([(x + outward_x * start, y), (x + outward_x * end, y)]);
            marks.push([(x, y + outward_y * start), (x, y + outward_y * end)]);
        }
    }
    marks
}

/// Where crop marks start, measured from the trim: clear of the bleed, so
/// that a slightly wrong cut never shows a mark.
fn mark_start(bleed: f32) -> f32 {
    (bleed + MARK_GAP_MM).max(MARK_OFFSET_MM)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths_read_their_units() {
        assert_eq!("3mm".parse::<Length>().unwrap(), Length(3.0));
        assert_eq!("3".parse::<Length>().unwrap(), Length(3.0));
        assert!(("0.125in".parse::<Length>().unwrap().mm() - 3.175).abs() < 1e-4);
        assert_eq!("1.5 cm".parse::<Length>().unwrap(), Length(15.0));
        assert!("3 furlongs".parse::<Length>().is_err());
        assert!("mm".parse::<Length>().is_err());
    }

    #[test]
    fn sizes_by_name_and_by_measure() {
        assert_eq!(parse_size("a3").unwrap(), Size::new(297.0, 420.0));
        assert_eq!(parse_size("500x700mm").unwrap(), Size::new(500.0, 700.0));
        assert_eq!(parse_size("50x70cm").unwrap(), Size::new(500.0, 700.0));
        assert_eq!(parse_size("1000x100").unwrap(), Size::new(1000.0, 100.0));
        let letter = parse_size("8.5x11in").unwrap();
        assert!((letter.width - 215.9).abs() < 1e-3 && (letter.height - 279.4).abs() < 1e-3);
        for bad in ["0x100mm", "-5x100mm", "6000x100mm", "A9", "bigx100", "100x"] {
            assert!(parse_size(bad).is_err(), "{bad}");
        }
        // The message names the size as written, not one of its sides.
        let Err(Error::Sign(message)) = parse_size("12x") else {
            panic!("12x is no size");
        };
        assert_eq!(message.id, "error-size");
        assert!(format!("{message:?}").contains("12x"), "{message:?}");
    }

    #[test]
    fn marks_grow_the_sheet_and_stay_outside_the_bleed() {
        let plain = PageBoxes::new(Size::new(210.0, 297.0), 3.0, false).unwrap();
        assert_eq!(plain.media(), Size::new(216.0, 303.0));
        assert!(plain.crop_marks().is_empty());

        let marked = PageBoxes::new(Size::new(210.0, 297.0), 3.0, true).unwrap();
        let bleed = marked.bleed_box();
        assert!(marked.media().width > bleed.width + 10.0);
        for [(x1, y1), (x2, y2)] in marked.crop_marks() {
            for (x, y) in [(x1, y1), (x2, y2)] {
                let inside =
                    x >= bleed.x && x <= bleed.right() && y >= bleed.y && y <= bleed.bottom();
                assert!(!inside, "mark point ({x}, {y}) inside the bleed");
                assert!(x >= 0.0 && y >= 0.0 && x <= marked.media().width);
            }
        }
    }
}
