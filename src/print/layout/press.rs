//! What a sign asks of the press, checked before it is laid out: the
//! standard its PDF meets, the shop's profile, the names of its spot
//! colours, and what the standard cannot carry (a font, a profile).

use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::print::colour::Colour;
use crate::print::colour::profile::OutputProfile;
use crate::print::font::Fonts;
use crate::print::scene::Press;
use crate::print::sign::{PdfStandard, Print};
use crate::print::template::{Kind, Template, Theme};

/// Checks the sign's print options on their own: what a batch checks once
/// before its rows.
pub fn check_print(print: &Print) -> Result<()> {
    cut_name(&print.cut_name)?;
    press_of(print).map(|_| ())
}

/// A spot colour name as PDF names allow and plotters expect.
pub fn cut_name(name: &str) -> Result<String> {
    spot_name(name, "error-cut-name")
}

/// A spot colour's name, which `message` refuses when a press would not
/// print it on its own plate.
fn spot_name(name: &str, message: &str) -> Result<String> {
    // The process inks and the names PDF reserves would print on the
    // colour plates.
    let reserved = ["Cyan", "Magenta", "Yellow", "Black", "All", "None"]
        .iter()
        .any(|ink| ink.eq_ignore_ascii_case(name));
    let ok = !reserved
        && !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if ok {
        Ok(name.to_owned())
    } else {
        Err(Error::Sign(Msg::new(message).arg("value", name)))
    }
}

/// How the sign's print files write colour: the shop's profile read (once
/// for all the signs of a run) and the white plate's name checked.
pub fn press_of(print: &Print) -> Result<Press> {
    let profile = match (&print.output_profile, &print.output_condition) {
        (Some(path), condition) => Some(OutputProfile::from_file(path, condition.as_deref())?),
        (None, Some(_)) => return Err(Error::Sign(Msg::new("error-output-condition"))),
        (None, None) => None,
    };
    if profile.is_some() && print.pdf_standard == PdfStandard::None && !print.cmyk {
        return Err(Error::Sign(Msg::new("error-output-profile-unused")));
    }
    // PDF/X-1a is PDF 1.4, which knows ICC profiles up to version 2.
    if let Some(profile) = &profile
        && print.pdf_standard == PdfStandard::X1a
        && profile.version > 2
    {
        return Err(Error::Sign(
            Msg::new("error-pdfx1a-profile").num("version", f64::from(profile.version)),
        ));
    }
    let white = match &print.white_ink {
        Some(name) if name.eq_ignore_ascii_case(&print.cut_name) => {
            return Err(Error::Sign(
                Msg::new("error-white-is-cut").arg("value", name.as_str()),
            ));
        }
        Some(name) => Some(spot_name(name, "error-white-name")?),
        None => None,
    };
    Ok(Press {
        standard: print.pdf_standard,
        profile,
        cmyk: print.cmyk,
        white,
    })
}

/// Refuses a font the standard cannot embed: PDF/X-1a is PDF 1.4, which
/// cannot carry an OpenType font with PostScript outlines (CFF).
pub fn check_fonts(press: &Press, fonts: &Fonts) -> Result<()> {
    if press.standard != PdfStandard::X1a {
        return Ok(());
    }
    for font in [&fonts.regular, &fonts.bold] {
        if font.data().starts_with(b"OTTO") {
            return Err(Error::Sign(
                Msg::new("error-pdfx1a-font").arg("font", &font.family),
            ));
        }
    }
    Ok(())
}

/// Refuses a corner radius where there is no rectangular cut line to round.
pub fn check_corner_radius(template: &Template, print: &Print) -> Result<()> {
    if print.corner_radius.is_none() {
        return Ok(());
    }
    let rounds = template.kind == Kind::Sticker
        && template
            .cut
            .as_ref()
            .is_some_and(|cut| cut.rect_radius.is_some());
    if rounds {
        return Ok(());
    }
    let id = match template.kind {
        Kind::Poster => "error-corner-radius-poster",
        Kind::Sticker => "error-corner-radius-shape",
    };
    Err(Error::Sign(Msg::new(id).arg("template", &template.name)))
}

/// Notes on inks the user gave that carry more than the press takes.
pub fn ink_notes(theme: &Theme, press: &Press) -> Vec<Msg> {
    if !press.as_ink() {
        return Vec::new();
    }
    let mut notes = Vec::new();
    for colour in [theme.ink, theme.background, theme.accent] {
        let Colour::Cmyk(inks) = colour else { continue };
        let total: f32 = inks.iter().sum();
        // The profile is read only for a colour that may be over its limit.
        if total <= 2.0 {
            continue;
        }
        let limit = press.profile().ink_limit();
        if total > limit + 0.005 {
            notes.push(
                Msg::new("note-ink-limit")
                    .arg("colour", colour.to_string())
                    .num("total", (f64::from(total) * 100.0).round())
                    .num("limit", (f64::from(limit) * 100.0).round()),
            );
        }
    }
    notes.dedup();
    notes
}
