//! Colours as the user writes them (`#ffd100`, `yellow`, `cmyk(0,15,100,0)`),
//! and as screens (sRGB) and presses (CMYK, by an output [`profile`]) want
//! them.

pub mod profile;
mod screen;

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::i18n::Msg;
use profile::{OutputProfile, Use};

/// A colour: sRGB, or CMYK when the user gave ink percentages.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Colour {
    Rgb([u8; 3]),
    /// Cyan, magenta, yellow and black, each 0–1.
    Cmyk([f32; 4]),
}

/// Names a facility manager may type, with the high-contrast values streep
/// uses for them. "yellow" is the yellow ink alone, the brightest yellow a
/// press prints and one a print shop can match on any press.
const NAMED: [(&str, Colour); 10] = [
    ("black", Colour::BLACK),
    ("white", Colour::WHITE),
    ("yellow", Colour::SAFETY_YELLOW),
    ("red", Colour::Rgb([0xc8, 0x10, 0x2e])),
    ("blue", Colour::Rgb([0x00, 0x4b, 0x93])),
    ("green", Colour::Rgb([0x00, 0x7a, 0x3d])),
    ("orange", Colour::Rgb([0xf3, 0x70, 0x21])),
    ("grey", Colour::Rgb([0x6e, 0x6e, 0x6e])),
    ("gray", Colour::Rgb([0x6e, 0x6e, 0x6e])),
    ("navy", Colour::Rgb([0x1b, 0x24, 0x5c])),
];

/// The same colours by their Dutch names, for staff who type in Dutch.
const DUTCH: [(&str, &str); 9] = [
    ("zwart", "black"),
    ("wit", "white"),
    ("geel", "yellow"),
    ("rood", "red"),
    ("blauw", "blue"),
    ("groen", "green"),
    ("oranje", "orange"),
    ("grijs", "grey"),
    ("marineblauw", "navy"),
];

impl Colour {
    pub const BLACK: Colour = Colour::Rgb([0, 0, 0]);
    pub const WHITE: Colour = Colour::Rgb([0xff, 0xff, 0xff]);
    /// Every ink at full: what crop and registration marks are drawn in,
    /// which a PDF writes as the registration colour (Separation /All).
    pub const REGISTRATION: Colour = Colour::Cmyk([1.0, 1.0, 1.0, 1.0]);
    /// The yellow of streep's signs: yellow ink alone.
    pub const SAFETY_YELLOW: Colour = Colour::Cmyk([0.0, 0.0, 1.0, 0.0]);

    /// The colour on screen. Inks show as they print on coated paper
    /// (FOGRA39): one look for every screen and proof.
    pub fn to_rgb(self) -> [u8; 3] {
        match self {
            Colour::Rgb(rgb) => rgb,
            Colour::Cmyk(inks) => OutputProfile::fogra39().screen(inks),
        }
    }

    /// The colour as the inks of `press`: inks the user gave stay as given.
    pub fn to_ink(self, press: &OutputProfile, used_for: Use) -> [f32; 4] {
        match self {
            Colour::Cmyk(inks) => inks,
            Colour::Rgb(rgb) => press.ink(rgb, used_for),
        }
    }

    /// Relative luminance, as WCAG 2 defines it for sRGB.
    pub fn luminance(self) -> f32 {
        let linear = |channel: u8| {
            let c = f32::from(channel) / 255.0;
            if c <= 0.040_45 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        let [r, g, b] = self.to_rgb().map(linear);
        0.2126 * r + 0.7152 * g + 0.0722 * b
    }

    /// The WCAG contrast ratio of two colours, from 1 (none) to 21.
    pub fn contrast(self, other: Colour) -> f32 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// `#rrggbb`, for SVG and CSS.
    pub fn to_hex(self) -> String {
        let [r, g, b] = self.to_rgb();
        format!("#{r:02x}{g:02x}{b:02x}")
    }
}

impl FromStr for Colour {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self> {
        let bad = || {
            let names: Vec<&str> = NAMED.iter().map(|(name, _)| *name).collect();
            let dutch: Vec<&str> = DUTCH.iter().map(|(name, _)| *name).collect();
            Error::Sign(
                Msg::new("error-colour")
                    .arg("value", text)
                    .arg("names", names.join(", "))
                    .arg("dutch-names", dutch.join(", ")),
            )
        };
        let lower = text.trim().to_ascii_lowercase();
        let lower = DUTCH
            .iter()
            .find(|(dutch, _)| *dutch == lower)
            .map_or(lower.as_str(), |(_, english)| english);
        if let Some((_, colour)) = NAMED.iter().find(|(name, _)| *name == lower) {
            return Ok(*colour);
        }
        if let Some(hex) = lower.strip_prefix('#') {
            let digits: Vec<u8> = hex
                .chars()
                .map(|c| c.to_digit(16).map(|d| d as u8))
                .collect::<Option<_>>()
                .ok_or_else(bad)?;
            return match digits[..] {
                [r, g, b] => Ok(Colour::Rgb([r * 17, g * 17, b * 17])),
                [r1, r2, g1, g2, b1, b2] => {
                    Ok(Colour::Rgb([r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2]))
                }
                _ => Err(bad()),
            };
        }
        if let Some(inks) = lower
            .strip_prefix("cmyk(")
            .and_then(|rest| rest.strip_suffix(')'))
        {
            let inks: Vec<f32> = inks
                .split(',')
                .map(|ink| ink.trim().trim_end_matches('%').parse::<f32>())
                .collect::<Result<_, _>>()
                .map_err(|_| bad())?;
            if let Some(ink) = inks.iter().find(|ink| !(0.0..=100.0).contains(*ink)) {
                return Err(Error::Sign(
                    Msg::new("error-colour-ink")
                        .arg("value", text)
                        .num("ink", *ink),
                ));
            }
            return match inks[..] {
                [c, m, y, k] => Ok(Colour::Cmyk([c / 100.0, m / 100.0, y / 100.0, k / 100.0])),
                _ => Err(bad()),
            };
        }
        Err(bad())
    }
}

impl fmt::Display for Colour {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Colour::Rgb(_) => f.write_str(&self.to_hex()),
            Colour::Cmyk(inks) => {
                let [c, m, y, k] = inks.map(|ink| (ink * 1000.0).round() / 10.0);
                write!(f, "cmyk({c},{m},{y},{k})")
            }
        }
    }
}

impl Serialize for Colour {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Colour {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_names_and_inks_out_of_range() {
        assert_eq!("geel".parse::<Colour>().unwrap(), "yellow".parse().unwrap());
        assert_eq!("Zwart".parse::<Colour>().unwrap(), Colour::BLACK);
        let error = "cmyk(0,0,200,0)".parse::<Colour>().unwrap_err();
        let told = crate::Messages::english().text(&match error {
            Error::Sign(msg) => msg,
            other => panic!("{other}"),
        });
        assert!(told.contains("200%"), "{told}");
    }

    #[test]
    fn reads_names_hex_and_inks() {
        assert_eq!("Yellow".parse::<Colour>().unwrap(), Colour::SAFETY_YELLOW);
        assert_eq!("#fff".parse::<Colour>().unwrap(), Colour::WHITE);
        assert_eq!(
            "#004B93".parse::<Colour>().unwrap(),
            Colour::Rgb([0, 0x4b, 0x93])
        );
        assert_eq!(
            "cmyk(0, 15%, 100, 0)".parse::<Colour>().unwrap(),
            Colour::Cmyk([0.0, 0.15, 1.0, 0.0])
        );
        for bad in [
            "#ffff",
            "#ggg",
            "blurple",
            "cmyk(0,0,0)",
            "cmyk(0,0,0,120)",
            "",
        ] {
            assert!(bad.parse::<Colour>().is_err(), "{bad}");
        }
    }

    #[test]
    fn converts_between_screen_and_ink() {
        let press = OutputProfile::fogra39();
        assert_eq!(
            Colour::BLACK.to_ink(&press, Use::Line),
            [0.0, 0.0, 0.0, 1.0]
        );
        assert_eq!(Colour::WHITE.to_ink(&press, Use::Area), [0.0; 4]);
        let inks = [0.0, 0.15, 1.0, 0.0];
        assert_eq!(Colour::Cmyk(inks).to_ink(&press, Use::Area), inks);
        // Magenta ink looks like magenta ink on coated paper, not #ff00ff.
        let [r, g, b] = Colour::Cmyk([0.0, 1.0, 0.0, 0.0]).to_rgb();
        assert!(r > 200 && g < 60 && (110..200).contains(&b), "{r} {g} {b}");
        let [r, g, b] = Colour::SAFETY_YELLOW.to_rgb();
        assert!(r > 240 && g > 200 && b < 60, "{r} {g} {b}");
    }

    #[test]
    fn contrast_follows_wcag() {
        assert!((Colour::BLACK.contrast(Colour::WHITE) - 21.0).abs() < 0.01);
        assert!((Colour::WHITE.contrast(Colour::WHITE) - 1.0).abs() < 0.01);
        let yellow_on_white = Colour::SAFETY_YELLOW.contrast(Colour::WHITE);
        assert!(yellow_on_white < 1.6, "{yellow_on_white}");
        assert!(Colour::BLACK.contrast(Colour::SAFETY_YELLOW) > 12.0);
    }

    #[test]
    fn round_trips_through_text() {
        for colour in [Colour::SAFETY_YELLOW, Colour::Cmyk([0.0, 0.15, 1.0, 0.0])] {
            assert_eq!(colour.to_string().parse::<Colour>().unwrap(), colour);
        }
    }
}
