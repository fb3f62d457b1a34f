//! SVG: the sign at its finished size in millimetres, text kept as text in
//! the named font (editable in Inkscape), or as outlines. The bleed is drawn
//! beyond the view box; the cut line is a hairline in the cut colour's
//! magenta, with the spot colour's name as its id.

use std::fmt::Write;

use resvg::tiny_skia::{Path, PathSegment};
use skrifa::instance::{LocationRef, Size};
use skrifa::outline::{DrawSettings, OutlinePen};
use skrifa::{FontRef, GlyphId, MetadataProvider};

use crate::print::colour::Colour;
use crate::print::geometry::{HAIRLINE_PT, MM_PER_PT};
use crate::print::scene::{Cap, Item, Join, Picture, Scene, Shape, TextLine};

/// The cut line's on-screen colour: its alternate, 100% magenta.
pub(crate) const CUT_PREVIEW: Colour = Colour::Cmyk([0.0, 1.0, 0.0, 0.0]);

/// The scene as an SVG document.
pub fn svg(scene: &Scene, outline_text: bool) -> String {
    svg_with(scene, outline_text, false)
}

/// The scene as it looks once cut, for a preview on screen: text as
/// outlines (an SVG shown as an image loads no fonts), and a sticker
/// clipped to its cut line, which is drawn over it.
pub fn svg_as_cut(scene: &Scene) -> String {
    svg_with(scene, true, true)
}

fn svg_with(scene: &Scene, outline_text: bool, as_cut: bool) -> String {
    let size = scene.boxes.trim;
    let bleed = scene.boxes.bleed;
    let mut out = String::with_capacity(8 * 1024);
    let _ = write!(
        out,
        r#"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="{w}mm" height="{h}mm" viewBox="0 0 {w} {h}" xml:lang="{lang}">
<title>{title}</title>
"#,
        w = num(size.width),
        h = num(size.height),
        lang = escape(&scene.lang),
        title = escape(&scene.title),
    );
    let clip = scene.cut.as_ref().filter(|_| as_cut);
    if let Some(cut) = clip {
        let _ = write!(
            out,
            r#"<defs><clipPath id="as-cut"><path d="{d}"/></clipPath></defs><g clip-path="url(#as-cut)">"#,
            d = path_data(&cut.path),
        );
    }
    let _ = writeln!(
        out,
        r#"<rect x="{b0}" y="{b0}" width="{bw}" height="{bh}" fill="{bg}"/>"#,
        b0 = num(-bleed),
        bw = num(size.width + 2.0 * bleed),
        bh = num(size.height + 2.0 * bleed),
        bg = scene.background.to_hex(),
    );
    write_items(&mut out, scene, &scene.items, outline_text, &mut 0);
    if clip.is_some() {
        out.push_str("</g>\n");
    }
    if let Some(cut) = &scene.cut {
        let _ = writeln!(
            out,
            r#"<path id="{id}" d="{d}" fill="none" stroke="{colour}" stroke-width="{width}"/>"#,
            id = escape(&cut.name),
            d = path_data(&cut.path),
            colour = CUT_PREVIEW.to_hex(),
            width = num(HAIRLINE_PT * MM_PER_PT),
        );
    }
    out.push_str("</svg>\n");
    out
}

fn write_items(
    out: &mut String,
    scene: &Scene,
    items: &[Item],
    outline_text: bool,
    clips: &mut usize,
) {
    for item in items {
        match item {
            Item::Shape(shape) => write_shape(out, shape),
            Item::Picture(picture) => write_picture(out, picture),
            Item::Text(line) if outline_text => write_outlined(out, scene, line),
            Item::Text(line) => write_text(out, scene, line),
            Item::Clipped(clip, inner) => {
                *clips += 1;
                let _ = writeln!(
                    out,
                    r#"<clipPath id="clip{n}"><rect x="{}" y="{}" width="{}" height="{}"/></clipPath>
<g clip-path="url(#clip{n})">"#,
                    num(clip.x),
                    num(clip.y),
                    num(clip.width),
                    num(clip.height),
                    n = *clips,
                );
                write_items(out, scene, inner, outline_text, clips);
                out.push_str("</g>\n");
            }
        }
    }
}

fn write_picture(out: &mut String, picture: &Picture) {
    use base64::Engine;
    let png = picture.image.encode_png().unwrap_or_default();
    let area = picture.area;
    let _ = writeln!(
        out,
        r#"<image x="{}" y="{}" width="{}" height="{}" preserveAspectRatio="none" xlink:href="data:image/png;base64,{}"/>"#,
        num(area.x),
        num(area.y),
        num(area.width),
        num(area.height),
        base64::engine::general_purpose::STANDARD.encode(png)
    );
}

fn write_shape(out: &mut String, shape: &Shape) {
    let _ = write!(out, r#"<path d="{}""#, path_data(&shape.path));
    match shape.fill {
        Some(fill) => {
            let _ = write!(out, r#" fill="{}""#, fill.colour.to_hex());
            if fill.opacity < 1.0 {
                let _ = write!(out, r#" fill-opacity="{}""#, num(fill.opacity));
            }
            if fill.even_odd {
                out.push_str(r#" fill-rule="evenodd""#);
            }
        }
        None => out.push_str(r#" fill="none""#),
    }
    if let Some(stroke) = shape.stroke {
        let _ = write!(
            out,
            r#" stroke="{}" stroke-width="{}""#,
            stroke.colour.to_hex(),
            num(stroke.width)
        );
        if stroke.opacity < 1.0 {
            let _ = write!(out, r#" stroke-opacity="{}""#, num(stroke.opacity));
        }
        match stroke.cap {
            Cap::Butt => {}
            Cap::Round => out.push_str(r#" stroke-linecap="round""#),
            Cap::Square => out.push_str(r#" stroke-linecap="square""#),
        }
        match stroke.join {
            Join::Miter => {}
            Join::Round => out.push_str(r#" stroke-linejoin="round""#),
            Join::Bevel => out.push_str(r#" stroke-linejoin="bevel""#),
        }
    }
    out.push_str("/>\n");
}

fn turn(line: &TextLine) -> String {
    if line.upside_down {
        format!(
            r#" transform="rotate(180 {} {})""#,
            num(line.x),
            num(line.baseline)
        )
    } else {
        String::new()
    }
}

fn write_text(out: &mut String, scene: &Scene, line: &TextLine) {
    let font = scene.fonts.get(line.bold);
    let _ = writeln!(
        out,
        r#"<text x="{x}" y="{y}" font-family="{family}" font-size="{size}" font-weight="{weight}" fill="{fill}" xml:space="preserve"{turn}>{text}</text>"#,
        x = num(line.x),
        y = num(line.baseline),
        family = escape(&font.family),
        size = num(line.size),
        weight = if font.bold { 700 } else { 400 },
        fill = line.colour.to_hex(),
        turn = turn(line),
        text = escape(&line.text),
    );
}

/// Glyph outlines, placed as the shaper places them.
fn write_outlined(out: &mut String, scene: &Scene, line: &TextLine) {
    let font = scene.fonts.get(line.bold);
    let _ = write!(
        out,
        r#"<path fill="{}"{} d=""#,
        line.colour.to_hex(),
        turn(line)
    );
    if let Ok(face) = FontRef::new(font.data()) {
        let outlines = face.outline_glyphs();
        let scale = line.size / font.units_per_em;
        let mut pen = SvgPen {
            out,
            x: line.x,
            y: line.baseline,
            scale,
        };
        for glyph in &line.glyphs {
            let (dx, dy) = (glyph.x_offset as f32 * scale, glyph.y_offset as f32 * scale);
            if let Some(outline) = outlines.get(GlyphId::new(u32::from(glyph.id))) {
                let settings = DrawSettings::unhinted(Size::unscaled(), LocationRef::default());
                pen.x += dx;
                pen.y -= dy;
                let _ = outline.draw(settings, &mut pen);
                pen.x -= dx;
                pen.y += dy;
            }
            pen.x += glyph.advance as f32 * scale;
        }
    }
    out.push_str("\"/>\n");
}

/// Writes glyph outlines (font units, y up) as SVG path data (mm, y down).
struct SvgPen<'o> {
    out: &'o mut String,
    x: f32,
    y: f32,
    scale: f32,
}

impl SvgPen<'_> {
    fn point(&mut self, x: f32, y: f32) {
        let _ = write!(
            self.out,
            "{} {} ",
            num(self.x + x * self.scale),
            num(self.y - y * self.scale)
        );
    }
}

impl OutlinePen for SvgPen<'_> {
    fn move_to(&mut self, x: f32, y: f32) {
        self.out.push('M');
        self.point(x, y);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.out.push('L');
        self.point(x, y);
    }
    fn quad_to(&mut self, cx0: f32, cy0: f32, x: f32, y: f32) {
        self.out.push('Q');
        self.point(cx0, cy0);
        self.point(x, y);
    }
    fn curve_to(&mut self, cx0: f32, cy0: f32, cx1: f32, cy1: f32, x: f32, y: f32) {
        self.out.push('C');
        self.point(cx0, cy0);
        self.point(cx1, cy1);
        self.point(x, y);
    }
    fn close(&mut self) {
        self.out.push('Z');
    }
}

/// SVG path data for an outline.
fn path_data(path: &Path) -> String {
    let mut d = String::new();
    for segment in path.segments() {
        let _ = match segment {
            PathSegment::MoveTo(p) => write!(d, "M{} {}", num(p.x), num(p.y)),
            PathSegment::LineTo(p) => write!(d, "L{} {}", num(p.x), num(p.y)),
            PathSegment::QuadTo(c, p) => {
                write!(d, "Q{} {} {} {}", num(c.x), num(c.y), num(p.x), num(p.y))
            }
            PathSegment::CubicTo(c1, c2, p) => write!(
                d,
                "C{} {} {} {} {} {}",
                num(c1.x),
                num(c1.y),
                num(c2.x),
                num(c2.y),
                num(p.x),
                num(p.y)
            ),
            PathSegment::Close => write!(d, "Z"),
        };
    }
    d
}

/// A number with at most three decimals (a micrometre), without trailing zeros.
fn num(value: f32) -> String {
    let rounded = (value * 1000.0).round() / 1000.0;
    if rounded == 0.0 {
        "0".to_owned()
    } else {
        rounded.to_string()
    }
}

fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            // Characters XML does not allow at all.
            c if c.is_control() || matches!(c, '\u{fffe}' | '\u{ffff}') => escaped.push(' '),
            c => escaped.push(c),
        }
    }
    escaped
}
