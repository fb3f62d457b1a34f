//! PNG: resvg's rendering of the SVG output, at a chosen resolution. It
//! shows the finished size, as the sign will look once cut.

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg;

use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::print::scene::Scene;

/// The most pixels streep renders: a metre square at 300 dpi, and more
/// than any preview needs.
const MAX_PIXELS: u64 = 140_000_000;

/// Resolutions streep renders at.
const DPI_RANGE: std::ops::RangeInclusive<u32> = 10..=2400;

/// The scene as a PNG image at `dpi`.
pub fn png(scene: &Scene, dpi: u32) -> Result<Vec<u8>> {
    if !DPI_RANGE.contains(&dpi) {
        return Err(Error::Sign(
            Msg::new("error-dpi")
                .num("dpi", dpi)
                .num("min", *DPI_RANGE.start())
                .num("max", *DPI_RANGE.end()),
        ));
    }
    let size = scene.boxes.trim;
    let pixels_per_mm = dpi as f32 / 25.4;
    let width = (size.width * pixels_per_mm).round().max(1.0) as u32;
    let height = (size.height * pixels_per_mm).round().max(1.0) as u32;
    let too_large = || {
        Error::Sign(
            Msg::new("error-png-too-large")
                .num("dpi", dpi)
                .num("width", width)
                .num("height", height),
        )
    };
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(too_large());
    }
    let source = super::svg(scene, false);
    let tree = usvg::Tree::from_str(&source, &scene.fonts.svg_options())
        .map_err(|e| Error::Sign(Msg::new("error-png").arg("reason", e)))?;
    let mut pixmap = Pixmap::new(width, height).ok_or_else(too_large)?;
    let scale = Transform::from_scale(
        width as f32 / tree.size().width(),
        height as f32 / tree.size().height(),
    );
    resvg::render(&tree, scale, &mut pixmap.as_mut());
    let png = pixmap
        .encode_png()
        .map_err(|e| Error::Sign(Msg::new("error-png").arg("reason", e)))?;
    Ok(with_resolution(png, dpi))
}

/// Adds a pHYs chunk, so that programs that print the PNG print it at its
/// real size instead of guessing 72 or 96 dpi.
fn with_resolution(png: Vec<u8>, dpi: u32) -> Vec<u8> {
    // The signature (8 bytes) and the IHDR chunk (25 bytes) come first.
    const AFTER_HEADER: usize = 33;
    if png.len() < AFTER_HEADER || &png[12..16] != b"IHDR" {
        return png;
    }
    let pixels_per_metre = (f64::from(dpi) / 0.0254).round() as u32;
    let mut chunk = Vec::with_capacity(21);
    chunk.extend_from_slice(&9u32.to_be_bytes());
    chunk.extend_from_slice(b"pHYs");
    chunk.extend_from_slice(&pixels_per_metre.to_be_bytes());
    chunk.extend_from_slice(&pixels_per_metre.to_be_bytes());
    chunk.push(1); // the unit is the metre
    let crc = crc32fast::hash(&chunk[4..]);
    chunk.extend_from_slice(&crc.to_be_bytes());
    let mut out = Vec::with_capacity(png.len() + chunk.len());
    out.extend_from_slice(&png[..AFTER_HEADER]);
    out.extend_from_slice(&chunk);
    out.extend_from_slice(&png[AFTER_HEADER..]);
    out
}
