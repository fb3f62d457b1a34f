//! The first page a consultant hands over: what the sheet is, for whom, on
//! which day, with the client's logo.

use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg;

use crate::error::{Error, Result};
use crate::file::read_bounded;
use crate::i18n::{Messages, Msg};
use crate::print::font::Fonts;

/// The largest logo file streep reads, in megabytes.
const MAX_LOGO_MB: usize = 10;

/// How many pixels a logo gets on its longer side: sharp at 300 dpi over
/// the 60 mm it is printed at.
const LOGO_PIXELS: u32 = 720;

/// What the cover says.
pub struct Cover {
    pub title: String,
    pub client: Option<String>,
    /// The day, as the user's language writes it.
    pub date: String,
    pub logo: Option<Logo>,
}

/// A logo, as pixels to print and as a PNG for the HTML sheet.
pub struct Logo {
    pub pixels: Pixmap,
    pub png: Vec<u8>,
}

impl Cover {
    /// A cover with today's date in the language of `messages`; the title
    /// is the sheet's own unless one is given.
    pub fn new(
        title: Option<String>,
        client: Option<String>,
        logo: Option<&Path>,
        messages: &Messages,
    ) -> Result<Cover> {
        Ok(Cover {
            title: title.unwrap_or_else(|| messages.get("compare-document-title")),
            client,
            date: today(messages),
            logo: logo.map(Logo::load).transpose()?,
        })
    }
}

impl Logo {
    /// A `.png` or `.svg` file (an SVG's images only from inside it).
    pub fn load(path: &Path) -> Result<Logo> {
        let bytes = read_bounded(path, MAX_LOGO_MB)?;
        let bad = |reason: &str| {
            Error::Sign(
                Msg::new("error-logo")
                    .arg("path", path.display())
                    .arg("reason", reason),
            )
        };
        let extension = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase());
        let pixels = match extension.as_deref() {
            Some("png") => Pixmap::decode_png(&bytes).map_err(|e| bad(&e.to_string()))?,
            Some("svg") => {
                let tree = usvg::Tree::from_data(&bytes, &Fonts::bundled().svg_options())
                    .map_err(|e| bad(&e.to_string()))?;
                rasterise(&tree).ok_or_else(|| bad("it draws nothing"))?
            }
            _ => {
                return Err(Error::Sign(
                    Msg::new("error-logo-kind").arg("path", path.display()),
                ));
            }
        };
        let png = pixels.encode_png().map_err(|e| bad(&e.to_string()))?;
        Ok(Logo { pixels, png })
    }
}

/// An SVG drawn `LOGO_PIXELS` on its longer side.
fn rasterise(tree: &usvg::Tree) -> Option<Pixmap> {
    let size = tree.size();
    let scale = LOGO_PIXELS as f32 / size.width().max(size.height());
    let width = (size.width() * scale).ceil() as u32;
    let height = (size.height() * scale).ceil() as u32;
    let mut pixmap = Pixmap::new(width.max(1), height.max(1))?;
    resvg::render(
        tree,
        Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    Some(pixmap)
}

/// Today, as `messages`' language writes a date: "1 December 2026".
fn today(messages: &Messages) -> String {
    let days = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |since| since.as_secs() / 86_400) as i64;
    let (year, month, day) = civil_date(days);
    messages.text(
        &Msg::new("compare-date")
            .num("day", day as f64)
            .arg("month", messages.get(&format!("month-{month}")))
            .num("year", year as f64),
    )
}

/// The calendar date `days` after 1 January 1970 (Howard Hinnant's
/// days-to-civil algorithm, exact for any day of the Gregorian calendar).
fn civil_date(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * shifted_month + 2) / 5 + 1) as u32;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_become_calendar_dates() {
        assert_eq!(civil_date(0), (1970, 1, 1));
        assert_eq!(civil_date(20_788), (2026, 12, 1));
        assert_eq!(civil_date(11_016), (2000, 2, 29));
        assert_eq!(civil_date(-1), (1969, 12, 31));
    }

    #[test]
    fn a_logo_is_read_from_png_or_svg_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let svg = dir.path().join("logo.svg");
        std::fs::write(
            &svg,
            r##"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#c00"/></svg>"##,
        )
        .unwrap();
        let logo = Logo::load(&svg).unwrap();
        assert_eq!((logo.pixels.width(), logo.pixels.height()), (720, 360));
        let png = dir.path().join("logo.png");
        std::fs::write(&png, &logo.png).unwrap();
        assert_eq!(Logo::load(&png).unwrap().pixels.width(), 720);
        std::fs::write(dir.path().join("logo.gif"), b"GIF89a").unwrap();
        assert!(Logo::load(&dir.path().join("logo.gif")).is_err());
        std::fs::write(&svg, "<svg").unwrap();
        assert!(Logo::load(&svg).is_err());
        // A logo's words in a generic family are set in streep's font, not
        // dropped.
        std::fs::write(
            &svg,
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="60" height="20"><text x="2" y="16" font-family="sans-serif" font-size="16">Linde</text></svg>"#,
        )
        .unwrap();
        let inked = Logo::load(&svg)
            .unwrap()
            .pixels
            .pixels()
            .iter()
            .filter(|p| p.alpha() > 0)
            .count();
        assert!(inked > 1000, "{inked}");
    }
}
