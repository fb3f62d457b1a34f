//! Colour management: screen colours (sRGB) turned into the inks of a press
//! as its ICC output profile describes it, and inks shown on screens, by
//! moxcms. A print shop names its press by such a profile; FOGRA39 (offset
//! on coated paper, the European default) is built in.
//!
//! Three things a colour-managed conversion alone gets wrong on a sign are
//! set right here: black text would print in all four inks (and blur when
//! the plates shift), greys would too, and saturated dark colours would
//! carry more ink than the press can dry.

use std::borrow::Cow;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock, OnceLock};

use moxcms::{
    CmsError, ColorProfile, DataColorSpace, Layout, ProfileClass, ProfileText, RenderingIntent,
    TransformF32Executor, TransformOptions,
};

use super::screen::InkTable;
use crate::error::{Error, Result};
use crate::file::read_bounded;
use crate::i18n::Msg;
use crate::recent::Recent;

/// The built-in profile, deflated as a PDF embeds it (see assets/colour).
const FOGRA39_DEFLATED: &[u8] = include_bytes!("../../../assets/colour/FOGRA39-compact.icc.zlib");

/// The largest profile read: a press's profile is a few megabytes at most.
const MAX_PROFILE_MB: usize = 32;

/// Total ink a sign may carry at any point, as offset and most large-format
/// presses ask (0–4, 3.0 = 300%), unless the profile allows less.
const INK_LIMIT: f32 = 3.0;

/// How much lighter than solid black ink (in L*) a neutral colour of text
/// or a thin line may be and still print as solid black ink.
const NEAR_BLACK: f32 = 6.0;

/// How far from grey (C*ab) a colour may stray and still count as grey.
const NEUTRAL_CHROMA: f32 = 2.5;

/// Less ink than this (0–1) is not printed.
const NOISE: f32 = 0.005;

/// What a colour paints, which decides how a near-black is printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Use {
    /// Backgrounds, bands, icons.
    Area,
    /// Text and thin strokes, which must print in one ink to stay sharp.
    Line,
}

/// A press's colour: the output condition a PDF/X file names, and the ICC
/// profile that describes it. The conversion to inks is prepared when it
/// is first needed (about 10 ms): a sign in screen colours needs none.
/// Inks are shown on screens by reading the profile's table at each one.
pub struct OutputProfile {
    /// The OutputConditionIdentifier: a name of the ICC registry
    /// ("FOGRA39") or the shop's own.
    pub condition: String,
    /// Whether `condition` is a name of the ICC registry of
    /// characterizations (<http://www.color.org>).
    pub registered: bool,
    /// The profile's own description.
    pub description: String,
    /// The major version of the ICC specification the profile follows.
    pub version: u8,
    /// The profile, deflated (zlib).
    deflated: Cow<'static, [u8]>,
    press: ColorProfile,
    to_ink: OnceLock<Arc<TransformF32Executor>>,
    /// The press's own table, read at each ink shown, where it is one
    /// [`InkTable`] reads; else moxcms's conversion, made when first needed.
    ink_table: OnceLock<Option<InkTable>>,
    to_screen: OnceLock<Arc<TransformF32Executor>>,
    greys: OnceLock<Greys>,
    ink_limit: OnceLock<f32>,
    /// The last colours converted each way: the pages of a batch paint the
    /// same few colours again and again.
    inked: Recent<([u8; 3], Use), [f32; 4]>,
    shown: Recent<[u32; 4], [u8; 3]>,
}

/// How many colours a profile keeps converted, each way.
const KEPT_COLOURS: usize = 32;

/// How the press prints greys in black ink alone.
struct Greys {
    /// The black ink that prints each grey level of sRGB (r = g = b),
    /// found when a level is first asked for: a sign shows a few greys.
    levels: [OnceLock<f32>; 256],
    /// The lightness (L*) of solid black ink.
    black_lightness: f32,
}

static FOGRA39: LazyLock<Arc<OutputProfile>> = LazyLock::new(|| {
    let icc = inflate(FOGRA39_DEFLATED).expect("the bundled profile inflates");
    let profile = OutputProfile::new(&icc, Cow::Borrowed(FOGRA39_DEFLATED), "FOGRA39", true)
        .unwrap_or_else(|reason| panic!("the bundled profile is a CMYK output profile: {reason}"));
    Arc::new(profile)
});

impl OutputProfile {
    /// Coated FOGRA39 (ISO 12647-2:2004), in a compact profile made from
    /// FOGRA's characterization data.
    pub fn fogra39() -> Arc<OutputProfile> {
        FOGRA39.clone()
    }

    /// A print shop's own profile, read from `path`; `condition` names its
    /// printing condition, else the profile's description does.
    pub fn from_file(path: &Path, condition: Option<&str>) -> Result<Arc<OutputProfile>> {
        // The signs of a batch name the same profile: it is read once.
        static READ: Recent<(PathBuf, Option<String>), Arc<OutputProfile>> = Recent::new(4);
        READ.get_or_make(
            |(known, named)| known == path && named.as_deref() == condition,
            || (path.to_owned(), condition.map(str::to_owned)),
            || Self::read(path, condition),
        )
    }

    fn read(path: &Path, condition: Option<&str>) -> Result<Arc<OutputProfile>> {
        let icc = read_bounded(path, MAX_PROFILE_MB)?;
        let deflated = deflate(&icc);
        let refuse = |reason: &'static str| {
            Error::Sign(
                Msg::new("error-output-profile")
                    .arg("file", path.display().to_string())
                    .arg("reason", reason),
            )
        };
        let profile =
            OutputProfile::new(&icc, Cow::Owned(deflated), condition.unwrap_or(""), false)
                .map_err(refuse)?;
        // A shop's profile is tried both ways now, to be refused before
        // anything is written rather than when a colour first needs it.
        let ready = |transform: std::result::Result<_, CmsError>| {
            transform.map(|_| ()).map_err(|_| refuse("broken"))
        };
        ready(profile.try_to_ink())?;
        if profile.ink_table().is_none() {
            ready(profile.try_to_screen())?;
        }
        Ok(Arc::new(profile))
    }

    /// Reads and checks a profile. The error is the reason a profile cannot
    /// serve, as a message's selector.
    fn new(
        icc: &[u8],
        deflated: Cow<'static, [u8]>,
        condition: &str,
        registered: bool,
    ) -> std::result::Result<OutputProfile, &'static str> {
        let press = ColorProfile::new_from_slice(icc).map_err(|_| "broken")?;
        if press.color_space != DataColorSpace::Cmyk {
            return Err("not-cmyk");
        }
        if press.profile_class != ProfileClass::OutputDevice {
            return Err("not-output");
        }
        let description = press.description.as_ref().map(text_of).unwrap_or_default();
        let condition = if condition.trim().is_empty() {
            description.clone()
        } else {
            condition.trim().to_owned()
        };
        Ok(OutputProfile {
            condition,
            registered,
            description,
            version: icc[8],
            deflated,
            press,
            to_ink: OnceLock::new(),
            ink_table: OnceLock::new(),
            to_screen: OnceLock::new(),
            greys: OnceLock::new(),
            ink_limit: OnceLock::new(),
            inked: Recent::new(KEPT_COLOURS),
            shown: Recent::new(KEPT_COLOURS),
        })
    }

    fn try_to_ink(&self) -> std::result::Result<&Arc<TransformF32Executor>, CmsError> {
        prepared(&self.to_ink, || {
            let screen = ColorProfile::new_srgb();
            screen.create_transform_f32(Layout::Rgb, &self.press, Layout::Rgba, options())
        })
    }

    fn try_to_screen(&self) -> std::result::Result<&Arc<TransformF32Executor>, CmsError> {
        prepared(&self.to_screen, || {
            let screen = ColorProfile::new_srgb();
            self.press
                .create_transform_f32(Layout::Rgba, &screen, Layout::Rgb, options())
        })
    }

    fn ink_table(&self) -> Option<&InkTable> {
        self.ink_table
            .get_or_init(|| InkTable::of(&self.press))
            .as_ref()
    }

    fn greys(&self) -> &Greys {
        self.greys.get_or_init(|| {
            let black_lightness = self.lightness_of([0.0, 0.0, 0.0, 1.0]);
            Greys {
                levels: std::array::from_fn(|_| OnceLock::new()),
                black_lightness,
            }
        })
    }

    /// The black ink that prints the sRGB grey `level`.
    fn grey(&self, level: u8) -> f32 {
        let greys = self.greys();
        *greys.levels[usize::from(level)]
            .get_or_init(|| self.black_for_grey(level, greys.black_lightness))
    }

    /// The most ink at any point, 0–4: 300%, or less where even the
    /// profile's richest black carries less.
    pub fn ink_limit(&self) -> f32 {
        *self.ink_limit.get_or_init(|| {
            let richest_black: f32 = self.converted([0, 0, 0]).iter().sum();
            // To a tenth of a percent, as the inks are written: a profile
            // made for 300% gives its black as 299.98%.
            INK_LIMIT.min((richest_black * 1000.0).round() / 1000.0)
        })
    }

    /// The profile as a PDF embeds it, deflated.
    pub fn deflated(&self) -> &[u8] {
        &self.deflated
    }

    /// The inks that print an sRGB colour: greys in black ink alone, black
    /// and near-black text and lines in solid black, other colours by the
    /// profile, within the ink limit; each ink 0–1, to a tenth of a percent.
    pub fn ink(&self, rgb: [u8; 3], used_for: Use) -> [f32; 4] {
        let key = (rgb, used_for);
        self.inked.get_or_insert_with(
            |known| *known == key,
            || key,
            || self.converted_ink(rgb, used_for),
        )
    }

    /// [`OutputProfile::ink`], worked out.
    fn converted_ink(&self, rgb: [u8; 3], used_for: Use) -> [f32; 4] {
        let (lightness, chroma) = lab_lightness_and_chroma(rgb);
        if chroma <= NEUTRAL_CHROMA {
            let greys = self.greys();
            if used_for == Use::Line && lightness <= greys.black_lightness + NEAR_BLACK {
                return [0.0, 0.0, 0.0, 1.0];
            }
            let level = (u16::from(rgb[0]) + u16::from(rgb[1]) + u16::from(rgb[2])) / 3;
            let black = self.grey(level as u8);
            return [0.0, 0.0, 0.0, if black < NOISE { 0.0 } else { black }];
        }
        let mut inks = self.converted(rgb);
        let total: f32 = inks.iter().sum();
        let limit = self.ink_limit();
        if total > limit {
            // Less of the three colours, the same black: the hue holds.
            let colours = total - inks[3];
            let scale = ((limit - inks[3]) / colours).max(0.0);
            for ink in &mut inks[..3] {
                *ink *= scale;
            }
        }
        // Less than half a percent of an ink is the conversion's noise,
        // which a press would print as a faint tint.
        inks.map(|ink| {
            let ink = (ink.clamp(0.0, 1.0) * 1000.0).floor() / 1000.0;
            if ink < NOISE { 0.0 } else { ink }
        })
    }

    /// How inks look on a screen, in sRGB.
    pub fn screen(&self, inks: [f32; 4]) -> [u8; 3] {
        let key = inks.map(f32::to_bits);
        self.shown
            .get_or_insert_with(|known| *known == key, || key, || self.shown_on_screen(inks))
    }

    /// [`OutputProfile::screen`], worked out.
    fn shown_on_screen(&self, inks: [f32; 4]) -> [u8; 3] {
        let rgb = match self.ink_table() {
            Some(table) => table.screen(inks),
            None => {
                let mut rgb = [0.0f32; 3];
                let shown = self
                    .try_to_screen()
                    .map(|transform| transform.transform(&inks, &mut rgb));
                if !matches!(shown, Ok(Ok(()))) {
                    return [0, 0, 0];
                }
                rgb
            }
        };
        rgb.map(|channel| (channel.clamp(0.0, 1.0) * 255.0).round() as u8)
    }

    /// An sRGB colour through the profile, as it comes.
    fn converted(&self, rgb: [u8; 3]) -> [f32; 4] {
        let source = rgb.map(|channel| f32::from(channel) / 255.0);
        let mut inks = [0.0f32; 4];
        let printed = self
            .try_to_ink()
            .map(|transform| transform.transform(&source, &mut inks));
        if !matches!(printed, Ok(Ok(()))) {
            return [0.0, 0.0, 0.0, 1.0];
        }
        inks.map(|ink| ink.clamp(0.0, 1.0))
    }

    fn lightness_of(&self, inks: [f32; 4]) -> f32 {
        // Not kept: the search for a grey's black tries many inks once.
        lab_lightness_and_chroma(self.shown_on_screen(inks)).0
    }

    /// The black ink whose print has the lightness of the sRGB grey
    /// `level`, found by halving: black ink darkens as it grows.
    fn black_for_grey(&self, level: u8, black_lightness: f32) -> f32 {
        let target = lab_lightness_and_chroma([level; 3]).0;
        if target <= black_lightness {
            return 1.0;
        }
        let (mut lighter, mut darker) = (0.0f32, 1.0f32);
        for _ in 0..20 {
            let middle = (lighter + darker) / 2.0;
            if self.lightness_of([0.0, 0.0, 0.0, middle]) > target {
                lighter = middle;
            } else {
                darker = middle;
            }
        }
        (((lighter + darker) / 2.0) * 1000.0).round() / 1000.0
    }
}

/// How colours are converted: relative colorimetric, paper white to
/// screen white.
fn options() -> TransformOptions {
    TransformOptions {
        rendering_intent: RenderingIntent::RelativeColorimetric,
        ..TransformOptions::default()
    }
}

/// The conversion kept in `kept`, made the first time it is asked for.
fn prepared(
    kept: &OnceLock<Arc<TransformF32Executor>>,
    make: impl FnOnce() -> std::result::Result<Arc<TransformF32Executor>, CmsError>,
) -> std::result::Result<&Arc<TransformF32Executor>, CmsError> {
    if let Some(transform) = kept.get() {
        return Ok(transform);
    }
    let made = make()?;
    Ok(kept.get_or_init(|| made))
}

/// L* and C*ab of an sRGB colour (D65 white, as sRGB is defined).
fn lab_lightness_and_chroma(rgb: [u8; 3]) -> (f32, f32) {
    let [l, a, b] = lab_of(rgb);
    (l, a.hypot(b))
}

/// CIE L*a*b* of an sRGB colour (D65 white).
fn lab_of(rgb: [u8; 3]) -> [f32; 3] {
    let [r, g, b] = rgb.map(|channel| {
        let c = f32::from(channel) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    });
    let x = (0.412_456_4 * r + 0.357_576_1 * g + 0.180_437_5 * b) / 0.950_47;
    let y = 0.212_672_9 * r + 0.715_152_2 * g + 0.072_175 * b;
    let z = (0.019_333_9 * r + 0.119_192 * g + 0.950_304_1 * b) / 1.088_83;
    let f = |t: f32| {
        if t > 216.0 / 24_389.0 {
            t.cbrt()
        } else {
            (24_389.0 / 27.0 * t + 16.0) / 116.0
        }
    };
    let (fx, fy, fz) = (f(x), f(y), f(z));
    [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
}

fn text_of(text: &ProfileText) -> String {
    match text {
        ProfileText::PlainString(text) => text.clone(),
        ProfileText::Localizable(texts) => texts
            .iter()
            .find(|text| text.language == "en")
            .or(texts.first())
            .map(|text| text.value.clone())
            .unwrap_or_default(),
        ProfileText::Description(description) => description.ascii_string.clone(),
    }
    .trim_end_matches('\0')
    .trim()
    .to_owned()
}

fn inflate(deflated: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut icc = Vec::new();
    flate2::read::ZlibDecoder::new(deflated).read_to_end(&mut icc)?;
    Ok(icc)
}

fn deflate(icc: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    encoder
        .write_all(icc)
        .and_then(|()| encoder.finish())
        .expect("deflating into memory cannot fail")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_profile_is_fogra39() {
        let icc = inflate(FOGRA39_DEFLATED).unwrap();
        let size = u32::from_be_bytes(icc[..4].try_into().unwrap()) as usize;
        assert_eq!(size, icc.len(), "the header gives the profile's length");
        let profile = OutputProfile::fogra39();
        assert_eq!(
            profile.description,
            "Coated FOGRA39 (ISO 12647-2:2004), compact"
        );
        assert_eq!(profile.condition, "FOGRA39");
        assert!((profile.ink_limit() - 3.0).abs() < 1e-6);
    }

    #[test]
    fn inks_show_as_moxcms_shows_them() {
        let press = OutputProfile::fogra39();
        assert!(press.ink_table().is_some(), "the built-in table is read");
        let moxcms = press.try_to_screen().unwrap();
        let steps = [0.0, 0.1, 0.35, 0.5, 0.8, 1.0];
        let mut worst = 0.0f32;
        for n in 0..steps.len().pow(4) {
            let inks: [f32; 4] =
                std::array::from_fn(|ink| steps[n / 6usize.pow(3 - ink as u32) % 6]);
            let mut rgb = [0.0f32; 3];
            moxcms.transform(&inks, &mut rgb).unwrap();
            let theirs = lab_of(rgb.map(|v| (v.clamp(0.0, 1.0) * 255.0).round() as u8));
            let ours = lab_of(press.screen(inks));
            let distance = (0..3).map(|n| (ours[n] - theirs[n]).powi(2)).sum::<f32>();
            worst = worst.max(distance.sqrt());
        }
        // moxcms samples the table on a 17-point grid and interpolates
        // again, clipped to sRGB at each point: the two agree within that
        // second interpolation's error, largest at the edge of sRGB.
        assert!(worst < 2.0, "ΔE {worst}");
    }

    #[test]
    fn black_and_greys_print_in_black_ink_alone() {
        let press = OutputProfile::fogra39();
        assert_eq!(press.ink([0, 0, 0], Use::Line), [0.0, 0.0, 0.0, 1.0]);
        assert_eq!(press.ink([0x11; 3], Use::Line), [0.0, 0.0, 0.0, 1.0]);
        assert_eq!(press.ink([0, 0, 0], Use::Area), [0.0, 0.0, 0.0, 1.0]);
        assert_eq!(press.ink([255; 3], Use::Area), [0.0; 4]);
        let grey = press.ink([0x6e; 3], Use::Area);
        assert_eq!(grey[..3], [0.0; 3]);
        assert!((0.5..0.85).contains(&grey[3]), "{grey:?}");
        // A grey prints about as light as it shows.
        let shown = lab_lightness_and_chroma(press.screen(grey)).0;
        let asked = lab_lightness_and_chroma([0x6e; 3]).0;
        assert!((shown - asked).abs() < 1.5, "{shown} against {asked}");
    }

    #[test]
    fn colours_stay_within_the_ink_limit_and_keep_their_look() {
        let press = OutputProfile::fogra39();
        for rgb in [
            [0x1b, 0x24, 0x5c],
            [0xc8, 0x10, 0x2e],
            [0x20, 0x00, 0x10],
            [0, 0x7a, 0x3d],
        ] {
            let inks = press.ink(rgb, Use::Area);
            let total: f32 = inks.iter().sum();
            assert!(total <= 3.0 + 1e-4, "{rgb:?}: {inks:?}");
            let (l1, _) = lab_lightness_and_chroma(rgb);
            let (l2, _) = lab_lightness_and_chroma(press.screen(inks));
            assert!((l1 - l2).abs() < 12.0, "{rgb:?}: L* {l1} printed as {l2}");
        }
        let red = press.ink([0xc8, 0x10, 0x2e], Use::Area);
        assert!(red[1] > 0.9 && red[2] > 0.7 && red[0] < 0.3, "{red:?}");
    }
}
