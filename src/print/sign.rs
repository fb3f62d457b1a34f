//! A sign as data: which template, what size, the text of each slot, the
//! colours and the print options. Saved as a TOML sign file, so that a sign
//! made on the command line can be kept, edited and printed again.
//!
//! ```toml
//! template = "poster"
//! size = "A3"
//! lang = "nl"
//! icon = "wait"
//!
//! [text]
//! headline = "Wilt u vóór de streep wachten?"
//! footer = "Dank u wel"
//!
//! [print]
//! bleed = "3mm"
//! marks = true
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::file::read_bounded;
use crate::print::colour::Colour;
use crate::print::geometry::Length;
use crate::print::legibility::Standard;
use crate::print::template::is_file_name;

/// The largest sign file streep reads, in megabytes.
const MAX_SIGN_FILE_MB: usize = 1;

/// One sign, before layout.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sign {
    /// A built-in template (`streep templates` lists them) or an SVG file.
    pub template: String,
    /// A paper name (`A3`, `letter`) or width × height (`500x700mm`);
    /// the template's own size when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<String>,
    /// Turn the size to landscape.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub landscape: bool,
    /// The language of the text, as a code (`nl`).
    #[serde(default = "default_lang")]
    pub lang: String,
    /// The language of a bilingual sign's second text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_lang: Option<String>,
    /// The text of each slot, by slot name: `headline`, `body`, `footer`, `second`.
    #[serde(default)]
    pub text: BTreeMap<String, String>,
    /// A built-in icon, or `none`; the template's own choice when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub icon: Option<String>,
    #[serde(default, skip_serializing_if = "Colours::is_empty")]
    pub colours: Colours,
    #[serde(default)]
    pub print: Print,
}

/// Colours that replace the template's own.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Colours {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ink: Option<Colour>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub background: Option<Colour>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accent: Option<Colour>,
}

impl Colours {
    fn is_empty(&self) -> bool {
        *self == Colours::default()
    }
}

/// Which edge of a floor sign the reader stands at.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Facing {
    /// The text reads upright from the bottom edge, as drawn.
    #[default]
    Bottom,
    /// The text is turned to read upright from the top edge.
    Top,
}

/// The PDF/X standard a print file meets, which a print shop checks at
/// intake.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum PdfStandard {
    /// PDF/X-4 (ISO 15930-7): CMYK and spot colours for the output profile,
    /// transparency allowed.
    #[default]
    X4,
    /// PDF/X-1a:2003 (ISO 15930-4): PDF 1.4, CMYK and spot colours only, no
    /// transparency; for older workflows.
    X1a,
    /// A plain PDF in screen colours (sRGB) that claims no standard.
    None,
}

/// How the sign is printed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Print {
    /// Background beyond the trim, cut away after printing.
    pub bleed: Length,
    /// Crop marks outside the bleed.
    pub marks: bool,
    /// The spot colour name of a sticker's die-cut line.
    pub cut_name: String,
    /// The corner radius of a rectangular sticker's cut line, instead of
    /// its template's (a cutting plotter wants no sharp corners).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub corner_radius: Option<Length>,
    /// The standard a PDF meets.
    pub pdf_standard: PdfStandard,
    /// The press's ICC profile, instead of FOGRA39.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_profile: Option<PathBuf>,
    /// The name of the press's printing condition (the PDF/X output
    /// condition), instead of the profile's description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub output_condition: Option<String>,
    /// Colours as ink (CMYK by the output profile) in a PDF that meets no
    /// PDF/X standard; PDF/X files always have them so.
    pub cmyk: bool,
    /// The spot colour of a white ink plate under the artwork, for clear
    /// film: "White" for most shops.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub white_ink: Option<String>,
    /// The edge of a floor sticker that people wait at.
    pub facing: Facing,
    /// Resolution of PNG output.
    pub dpi: u32,
    /// SVG text as outlines instead of editable text.
    pub outline_text: bool,
    /// A TrueType or OpenType font instead of the bundled one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub font: Option<PathBuf>,
    /// Its bold face, for headlines; without it, `font` sets them too.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bold_font: Option<PathBuf>,
    /// How far away the sign is read from, for the legibility check.
    pub viewing_distance: Length,
    /// The rule that relates letter height to that distance.
    pub legibility: Standard,
}

impl Default for Print {
    fn default() -> Self {
        Print {
            bleed: Length(3.0),
            marks: false,
            cut_name: "CutContour".to_owned(),
            corner_radius: None,
            pdf_standard: PdfStandard::X4,
            output_profile: None,
            output_condition: None,
            cmyk: false,
            white_ink: None,
            facing: Facing::Bottom,
            dpi: 150,
            outline_text: false,
            font: None,
            bold_font: None,
            viewing_distance: Length(1500.0),
            legibility: Standard::Ada,
        }
    }
}

fn default_lang() -> String {
    "nl".to_owned()
}

impl Sign {
    /// A sign of `template` with `headline` as its main text.
    pub fn new(template: &str, headline: &str) -> Sign {
        Sign {
            template: template.to_owned(),
            size: None,
            landscape: false,
            lang: default_lang(),
            second_lang: None,
            text: BTreeMap::from([("headline".to_owned(), headline.to_owned())]),
            icon: None,
            colours: Colours::default(),
            print: Print::default(),
        }
    }

    /// Reads a sign file. Relative paths of fonts and template files are
    /// taken from the file's folder.
    pub fn load(path: &Path) -> Result<Sign> {
        let file_error = |reason: String| Error::SignFile {
            file: path.display().to_string(),
            reason,
        };
        let bytes = read_bounded(path, MAX_SIGN_FILE_MB)?;
        let text = String::from_utf8(bytes)
            .map_err(|_| file_error("it is not UTF-8 text; a sign file is TOML".to_owned()))?;
        let mut sign = Sign::parse(&text, &path.display().to_string())?;
        if let Some(folder) = path.parent() {
            for font in [&mut sign.print.font, &mut sign.print.bold_font]
                .into_iter()
                .flatten()
            {
                *font = folder.join(&*font);
            }
            if is_file_name(&sign.template) {
                sign.template = folder.join(&sign.template).to_string_lossy().into_owned();
            }
        }
        Ok(sign)
    }

    /// A sign file's text; `origin` names it in errors.
    pub fn parse(text: &str, origin: &str) -> Result<Sign> {
        toml::from_str(text).map_err(|e| Error::SignFile {
            file: origin.to_owned(),
            reason: e.to_string(),
        })
    }

    /// The sign as a TOML sign file.
    pub fn to_toml(&self) -> String {
        toml::to_string(self).expect("a sign serialises")
    }

    /// The slot texts that are not empty, for rewriting or listing.
    pub fn texts(&self) -> impl Iterator<Item = (&str, &str)> {
        self.text
            .iter()
            .filter(|(_, text)| !text.trim().is_empty())
            .map(|(slot, text)| (slot.as_str(), text.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sign_survives_its_file() {
        let mut sign = Sign::new("round", "Wacht hier");
        sign.size = Some("300x300mm".into());
        sign.colours.background = Some("#ffffff".parse().unwrap());
        sign.print.marks = true;
        sign.print.facing = Facing::Top;
        let text = sign.to_toml();
        assert!(text.contains("template = \"round\""), "{text}");
        assert_eq!(toml::from_str::<Sign>(&text).unwrap(), sign);
    }

    #[test]
    fn the_readme_example_is_a_valid_sign_file() {
        let readme = include_str!("../../README.md");
        let start = readme.find("```toml\ntemplate").unwrap() + "```toml\n".len();
        let end = start + readme[start..].find("```").unwrap();
        let sign: Sign = toml::from_str(&readme[start..end]).unwrap();
        assert_eq!(sign.size.as_deref(), Some("A3"));
        assert!(sign.print.marks);
    }

    #[test]
    fn unknown_fields_are_refused() {
        let error =
            toml::from_str::<Sign>("template = \"poster\"\ncolour = \"red\"\n").unwrap_err();
        assert!(error.to_string().contains("colour"), "{error}");
        let error =
            toml::from_str::<Sign>("template = \"poster\"\n[print]\nbleed = \"3 parsecs\"\n")
                .unwrap_err();
        assert!(error.to_string().contains("3 parsecs"), "{error}");
    }
}
