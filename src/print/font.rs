//! Fonts: the bundled Atkinson Hyperlegible Next (embedded in the binary, so
//! nothing is installed or scanned at run time) or a brand font the user
//! names, and shaping text with them.
//!
//! Shaping uses HarfRust, the shaper resvg uses, so a PNG preview and the PDF
//! place every glyph in the same spot.

use std::path::Path;
use std::sync::{Arc, Mutex, OnceLock};

use harfrust::{
    Direction, FontRef as ShapingFont, ShapeOptions, ShapePlan, ShaperData, UnicodeBuffer, script,
};
use resvg::usvg::{self, fontdb};
use rustc_hash::{FxHashMap, FxHashSet};
use skrifa::string::StringId;
use skrifa::{FontRef, MetadataProvider};

use crate::error::{Error, Result};
use crate::file::read_bounded;
use crate::i18n::Msg;

const BUNDLED_REGULAR: &[u8] =
    include_bytes!("../../assets/fonts/AtkinsonHyperlegibleNext-Regular.ttf");
const BUNDLED_BOLD: &[u8] = include_bytes!("../../assets/fonts/AtkinsonHyperlegibleNext-Bold.ttf");

/// The bundled fonts as files, with their licence, for a designer to
/// install: file name and bytes.
pub const BUNDLED_FILES: [(&str, &[u8]); 3] = [
    ("AtkinsonHyperlegibleNext-Regular.ttf", BUNDLED_REGULAR),
    ("AtkinsonHyperlegibleNext-Bold.ttf", BUNDLED_BOLD),
    ("OFL.txt", include_bytes!("../../assets/fonts/OFL.txt")),
];

/// The largest font file streep reads, in megabytes: fonts for signs are
/// far smaller.
const MAX_FONT_MB: usize = 32;

/// One font face, parsed once.
pub struct Font {
    data: Arc<[u8]>,
    shaper_data: ShaperData,
    /// How to shape left-to-right Latin text, worked out once: making the
    /// plan costs more than shaping a word with it.
    latin_plan: ShapePlan,
    /// The family name that SVG and PDF viewers know it by.
    pub family: String,
    /// The PostScript name, which the PDF font dictionary carries.
    pub postscript_name: String,
    pub bold: bool,
    pub units_per_em: f32,
    /// Height of capitals, in ems.
    pub cap_height: f32,
    /// The widths of the words and lines measured so far: fitting a text
    /// measures the same words at every size it tries, and a batch the same
    /// words on every row. Emptied when full.
    widths: Mutex<FxHashMap<Box<str>, f32>>,
    /// The glyphs of the lines set so far: the signs of a batch mostly
    /// repeat their headline. Emptied when full.
    lines: Mutex<FxHashMap<Box<str>, Vec<Glyph>>>,
    /// The glyphs of the letters, digits and signs of Western European
    /// text, found once.
    common: OnceLock<Vec<(u16, Arc<str>)>>,
    /// Each glyph's advance as a PDF reader takes it, found once.
    pdf_widths: OnceLock<Vec<i64>>,
    /// The characters the font has a glyph for, found once: every text of
    /// every sign is checked against them.
    mapped: OnceLock<FxHashSet<u32>>,
}

/// How many widths a font keeps, about a megabyte of short words.
const KEPT_WIDTHS: usize = 16 * 1024;

/// How many shaped lines a font keeps, about a megabyte of glyphs.
const KEPT_LINES: usize = 1024;

/// One glyph of a shaped run, in font units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Glyph {
    pub id: u16,
    pub advance: i32,
    pub x_offset: i32,
    pub y_offset: i32,
    /// Where the text this glyph stands for lies in the shaped text, in
    /// bytes: several characters for a ligature; for a character drawn with
    /// several glyphs, the last one carries it. A range rather than the
    /// text itself, so that a line's glyphs are copied without allocating.
    pub text_start: u32,
    pub text_end: u32,
}

impl Glyph {
    /// The text this glyph stands for, in `shaped`, the text it was shaped
    /// from.
    pub fn text_in<'t>(&self, shaped: &'t str) -> &'t str {
        shaped
            .get(self.text_start as usize..self.text_end as usize)
            .unwrap_or_default()
    }
}

impl Font {
    /// Parses a TrueType or OpenType font. `origin` names it in errors.
    pub fn parse(data: Arc<[u8]>, origin: &str) -> Result<Font> {
        let broken = |reason: &str| {
            Error::Sign(
                Msg::new("error-font-broken")
                    .arg("font", origin)
                    .arg("reason", reason),
            )
        };
        let font = FontRef::new(&data).map_err(|e| broken(&e.to_string()))?;
        let shaping = ShapingFont::new(&data).map_err(|e| broken(&e.to_string()))?;
        let metrics = font.metrics(
            skrifa::instance::Size::unscaled(),
            skrifa::instance::LocationRef::default(),
        );
        if metrics.units_per_em == 0 || font.charmap().map('a').is_none() {
            return Err(broken("no Latin letters"));
        }
        let units_per_em = f32::from(metrics.units_per_em);
        let name = |ids: &[StringId]| {
            ids.iter().find_map(|id| {
                font.localized_strings(*id)
                    .english_or_first()
                    .map(|s| s.chars().collect::<String>())
            })
        };
        let family = name(&[StringId::TYPOGRAPHIC_FAMILY_NAME, StringId::FAMILY_NAME])
            .ok_or_else(|| broken("no family name"))?;
        let postscript_name =
            name(&[StringId::POSTSCRIPT_NAME]).unwrap_or_else(|| family.replace(' ', ""));
        let bold = font.attributes().weight.value() >= 600.0;
        let cap_height = metrics.cap_height.unwrap_or(0.7 * units_per_em) / units_per_em;
        let shaper_data = ShaperData::new(&shaping);
        let latin_plan = ShapePlan::new(
            &shaper_data.shaper(&shaping).build(),
            Direction::LeftToRight,
            Some(script::LATIN),
            None,
            &[],
        );
        Ok(Font {
            data,
            shaper_data,
            latin_plan,
            family,
            postscript_name,
            bold,
            units_per_em,
            cap_height,
            widths: Mutex::default(),
            lines: Mutex::default(),
            common: OnceLock::new(),
            pdf_widths: OnceLock::new(),
            mapped: OnceLock::new(),
        })
    }

    /// Reads a font file the user gave.
    pub fn load(path: &Path) -> Result<Font> {
        let data = read_bounded(path, MAX_FONT_MB)?;
        Font::parse(data.into(), &path.display().to_string())
    }

    /// The font file's bytes, for embedding.
    pub fn data(&self) -> &[u8] {
        &self.data
    }

    /// The font program, shared: the same `Arc` for every copy of this font.
    pub(crate) fn program(&self) -> Arc<[u8]> {
        self.data.clone()
    }

    /// The glyphs of printable ASCII and of Latin-1's letters and signs,
    /// each with its character: a PDF embeds them whatever its text shows,
    /// so that the signs of a batch, whose words differ, share one subset
    /// of the font, made once.
    pub fn common_glyphs(&self) -> &[(u16, Arc<str>)] {
        self.common.get_or_init(|| {
            let Ok(font) = FontRef::new(&self.data) else {
                return Vec::new();
            };
            let charmap = font.charmap();
            (' '..='~')
                .chain('\u{a1}'..='\u{ff}')
                .filter_map(|c| {
                    let glyph = charmap.map(c)?;
                    u16::try_from(glyph.to_u32())
                        .ok()
                        .map(|id| (id, Arc::from(c.to_string())))
                })
                .collect()
        })
    }

    /// The advance of glyph `id` in thousandths of an em, rounded down, as
    /// a PDF's font widths give it; 0 for a glyph the font does not have.
    pub fn pdf_width(&self, id: u16) -> i64 {
        let widths = self.pdf_widths.get_or_init(|| {
            let Ok(font) = FontRef::new(&self.data) else {
                return Vec::new();
            };
            let metrics = font.glyph_metrics(
                skrifa::instance::Size::unscaled(),
                skrifa::instance::LocationRef::default(),
            );
            (0..metrics.glyph_count())
                .map(|glyph| {
                    let units = metrics
                        .advance_width(skrifa::GlyphId::new(glyph))
                        .unwrap_or(0.0);
                    // As printpdf reckons the widths it writes.
                    (units * (1000.0 / self.units_per_em)) as i64
                })
                .collect()
        });
        widths.get(usize::from(id)).copied().unwrap_or(0)
    }

    /// The characters of `text` this font has no glyph for, each once.
    pub fn missing_chars(&self, text: &str) -> Vec<char> {
        let mapped = self.mapped.get_or_init(|| match FontRef::new(&self.data) {
            Ok(font) => font
                .charmap()
                .mappings()
                .map(|(codepoint, _)| codepoint)
                .collect(),
            Err(_) => FxHashSet::default(),
        });
        let mut missing: Vec<char> = text
            .chars()
            .filter(|c| !c.is_whitespace() && !c.is_control() && *c != '\u{ad}')
            .filter(|c| !mapped.contains(&u32::from(*c)))
            .collect();
        missing.sort_unstable();
        missing.dedup();
        missing
    }

    /// Shapes one line of text, left to right.
    pub fn shape(&self, text: &str) -> Vec<Glyph> {
        let Ok(font) = ShapingFont::new(&self.data) else {
            return Vec::new();
        };
        let shaper = self.shaper_data.shaper(&font).build();
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(text);
        // Digits and signs alone belong to no script: shaped as Latin, the
        // script of the signs they stand on, they take the plan made once
        // instead of one made for each of them.
        if !text.chars().any(char::is_alphabetic) {
            buffer.set_script(script::LATIN);
        }
        buffer.guess_segment_properties();
        let latin = buffer.script() == script::LATIN
            && buffer.direction() == Direction::LeftToRight
            && buffer.language().is_none();
        let plan = latin.then_some(&self.latin_plan);
        let output = shaper.shape(buffer, ShapeOptions::new().plan(plan));
        let infos = output.glyph_infos();
        let positions = output.glyph_positions();
        infos
            .iter()
            .zip(positions)
            .enumerate()
            .map(|(i, (info, position))| {
                let start = info.cluster;
                let end = infos
                    .get(i + 1)
                    .map_or(text.len() as u32, |next| next.cluster);
                Glyph {
                    id: info.glyph_id as u16,
                    advance: position.x_advance,
                    x_offset: position.x_offset,
                    y_offset: position.y_offset,
                    text_start: start,
                    text_end: end.max(start),
                }
            })
            .collect()
    }

    /// [`Font::shape`] for a line of a sign, shaped once for the lines
    /// set last.
    pub fn shape_line(&self, text: &str) -> Vec<Glyph> {
        kept_or_made(&self.lines, KEPT_LINES, text, || self.shape(text))
    }

    /// The width of `text` on one line, in ems.
    pub fn width(&self, text: &str) -> f32 {
        kept_or_made(&self.widths, KEPT_WIDTHS, text, || {
            self.advance(&self.shape(text))
        })
    }

    /// The width of shaped glyphs, in ems.
    pub fn advance(&self, glyphs: &[Glyph]) -> f32 {
        let units: i32 = glyphs.iter().map(|glyph| glyph.advance).sum();
        units as f32 / self.units_per_em
    }
}

/// What `kept` holds for `text`, else what `make` makes, then kept; a
/// store of `capacity` values is emptied when full.
fn kept_or_made<V: Clone>(
    kept: &Mutex<FxHashMap<Box<str>, V>>,
    capacity: usize,
    text: &str,
    make: impl FnOnce() -> V,
) -> V {
    if let Some(value) = kept.lock().ok().and_then(|kept| kept.get(text).cloned()) {
        return value;
    }
    let value = make();
    if let Ok(mut kept) = kept.lock() {
        if kept.len() >= capacity {
            kept.clear();
        }
        kept.insert(text.into(), value.clone());
    }
    value
}

/// The faces a sign is set in: regular for running text, bold for headlines.
#[derive(Clone)]
pub struct Fonts {
    pub regular: Arc<Font>,
    pub bold: Arc<Font>,
    /// The same faces for usvg and resvg, which look fonts up by family.
    database: Arc<fontdb::Database>,
}

impl Fonts {
    /// Atkinson Hyperlegible Next, parsed once per process.
    pub fn bundled() -> Fonts {
        static BUNDLED: OnceLock<Fonts> = OnceLock::new();
        BUNDLED
            .get_or_init(|| {
                let parse = |data: &'static [u8], name| {
                    Arc::new(Font::parse(data.into(), name).expect("the bundled fonts parse"))
                };
                Fonts::new(
                    parse(BUNDLED_REGULAR, "AtkinsonHyperlegibleNext-Regular.ttf"),
                    parse(BUNDLED_BOLD, "AtkinsonHyperlegibleNext-Bold.ttf"),
                )
            })
            .clone()
    }

    /// One brand font for every slot: streep does not fake a bold.
    pub fn single(font: Font) -> Fonts {
        let font = Arc::new(font);
        Fonts::new(font.clone(), font)
    }

    /// A brand font's regular and bold faces.
    pub fn pair(regular: Font, bold: Font) -> Fonts {
        Fonts::new(Arc::new(regular), Arc::new(bold))
    }

    fn new(regular: Arc<Font>, bold: Arc<Font>) -> Fonts {
        let mut database = fontdb::Database::new();
        database.load_font_data(regular.data.to_vec());
        if !Arc::ptr_eq(&regular, &bold) {
            database.load_font_data(bold.data.to_vec());
        }
        // Text that asks for a generic family ("sans-serif", as logos and
        // templates often do) is set in the sign's font, not dropped for
        // want of an Arial that streep never looks for.
        let family = regular.family.clone();
        database.set_sans_serif_family(family.clone());
        database.set_serif_family(family.clone());
        database.set_monospace_family(family.clone());
        database.set_cursive_family(family.clone());
        database.set_fantasy_family(family);
        Fonts {
            regular,
            bold,
            database: Arc::new(database),
        }
    }

    /// The faces, for usvg and resvg.
    pub fn database(&self) -> Arc<fontdb::Database> {
        self.database.clone()
    }

    /// How streep has usvg read an SVG: with these faces and no others, and
    /// images only from `data:` URLs inside the file, never from elsewhere.
    pub fn svg_options(&self) -> usvg::Options<'static> {
        usvg::Options {
            image_href_resolver: usvg::ImageHrefResolver {
                resolve_data: usvg::ImageHrefResolver::default_data_resolver(),
                resolve_string: Box::new(|_, _| None),
            },
            fontdb: self.database(),
            font_family: self.regular.family.clone(),
            ..usvg::Options::default()
        }
    }

    pub fn get(&self, bold: bool) -> &Arc<Font> {
        if bold { &self.bold } else { &self.regular }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_fonts_know_their_names_and_weights() {
        let fonts = Fonts::bundled();
        assert_eq!(fonts.regular.family, "Atkinson Hyperlegible Next");
        assert_eq!(fonts.bold.family, fonts.regular.family);
        assert!(fonts.bold.bold && !fonts.regular.bold);
        assert!((0.6..0.8).contains(&fonts.regular.cap_height));
    }

    #[test]
    fn shaping_keeps_the_text_of_every_glyph() {
        let font = Fonts::bundled().regular;
        let glyphs = font.shape("vóór de streep");
        let text: String = glyphs.iter().map(|g| g.text_in("vóór de streep")).collect();
        assert_eq!(text, "vóór de streep");
        assert!(glyphs.iter().all(|g| g.id != 0));
        assert!(font.width("streep streep") > 1.9 * font.width("streep"));
    }

    #[test]
    fn names_the_characters_it_lacks() {
        let font = Fonts::bundled().regular;
        assert_eq!(font.missing_chars("Wacht hier ☕ ☕ 你"), vec!['☕', '你']);
        assert!(
            font.missing_chars("Wilt u vóór de streep wachten? €5")
                .is_empty()
        );
    }

    #[test]
    fn refuses_a_file_that_is_not_a_font() {
        let error = Font::parse(b"not a font at all".to_vec().into(), "brand.ttf")
            .err()
            .unwrap();
        assert!(error.to_string().contains("brand.ttf"), "{error}");
    }
}
