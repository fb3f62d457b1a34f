//! PNG: resvg's rendering of the SVG output, at a chosen resolution. It
//! shows the finished size, as the sign will look once cut.

use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg;

use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::scene::Scene;

/// The most pixels streep renders: a metre square at 300 dpi, and more
/// than any preview needs.
const MAX_PIXELS: u64 = 140_000_000;

/// The scene as a PNG image at `dpi`.
pub fn png(scene: &Scene, dpi: u32) -> Result<Vec<u8>> {
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
    if dpi == 0 || u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(too_large());
    }
    let source = super::svg(scene, false);
    let options = usvg::Options {
        fontdb: scene.fonts.database(),
        font_family: scene.fonts.regular.family.clone(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(&source, &options).expect("streep writes valid SVG");
    let mut pixmap = Pixmap::new(width, height).ok_or_else(too_large)?;
    let scale = Transform::from_scale(
        width as f32 / tree.size().width(),
        height as f32 / tree.size().height(),
    );
    resvg::render(&tree, scale, &mut pixmap.as_mut());
    pixmap
        .encode_png()
        .map_err(|e| Error::Sign(Msg::new("error-png").arg("reason", e)))
}
