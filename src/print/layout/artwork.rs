//! A template's or icon's artwork, as usvg reads it, turned into the scene's
//! shapes: outlines in millimetres with plain colours.

use resvg::tiny_skia::{Pixmap, StrokeDash, Transform};
use resvg::usvg::{self, Node, Paint};

use crate::print::colour::Colour;
use crate::print::font::{Fonts, Glyph};
use crate::print::geometry::{PageBoxes, Rect};
use crate::print::scene::{Cap, Fill, Item, Join, Picture, Shape, Stroke, TextLine};
use crate::print::template::Theme;

/// What made artwork impossible to draw as outlines.
pub type Unsupported = &'static str;

pub struct Artwork<'t> {
    theme: &'t Theme,
    /// The faces usvg set the template's own text in.
    fonts: &'t Fonts,
    /// Elements that mark slots and cut lines: not drawn.
    skip: Vec<&'t str>,
    /// Where painted artwork can show: the bleed box, in mm from the trim.
    page: Rect,
    items: Vec<Item>,
    /// Pixels painted so far, all pictures together.
    painted_pixels: f32,
    /// What was painted, at what resolution.
    painted: Vec<(Unsupported, u32)>,
}

impl<'t> Artwork<'t> {
    pub fn new(theme: &'t Theme, fonts: &'t Fonts, skip: Vec<&'t str>, boxes: &PageBoxes) -> Self {
        Artwork {
            theme,
            fonts,
            skip,
            page: bleed_area(boxes),
            items: Vec::new(),
            painted_pixels: 0.0,
            painted: Vec::new(),
        }
    }

    pub fn push(&mut self, item: Item) {
        self.items.push(item);
    }

    /// How many items are drawn so far.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// What is drawn so far.
    pub fn items(&self) -> &[Item] {
        &self.items
    }

    /// The parts of the artwork painted to pixels, and at what resolution.
    pub fn painted(&self) -> &[(Unsupported, u32)] {
        &self.painted
    }

    pub fn into_items(self) -> Vec<Item> {
        self.items
    }

    /// Adds a group's drawing, placed by `placed` (after its own transforms),
    /// at `opacity`. An element that cannot be drawn as outlines (a
    /// gradient, an image, a filter) is painted on its own, so that
    /// everything around it stays sharp and its text stays text. Fails when
    /// such an element cannot be painted alone: it holds a slot's mark, or
    /// the pixels would be too many.
    pub fn add(
        &mut self,
        group: &usvg::Group,
        placed: Transform,
        opacity: f32,
    ) -> Result<(), Unsupported> {
        for node in group.children() {
            if !node.id().is_empty() && self.skip.contains(&node.id()) {
                continue;
            }
            let drawn_so_far = self.items.len();
            if let Err(feature) = self.add_outlines(node, placed, opacity) {
                self.items.truncate(drawn_so_far);
                self.paint_alone(node, group.abs_transform(), placed, opacity, feature)?;
            }
        }
        Ok(())
    }

    fn add_outlines(
        &mut self,
        node: &Node,
        placed: Transform,
        opacity: f32,
    ) -> Result<(), Unsupported> {
        match node {
            Node::Group(group) => {
                if group.clip_path().is_some()
                    || group.mask().is_some()
                    || !group.filters().is_empty()
                    || group.blend_mode() != usvg::BlendMode::Normal
                {
                    return Err("clip-path, mask, filter or mix-blend-mode");
                }
                // Group opacity is given to each shape in the group: the
                // same where shapes do not overlap, which holds for the
                // templates and icons streep draws.
                self.add(group, placed, opacity * group.opacity().get())
            }
            Node::Path(path) => self.add_path(path, placed, opacity),
            Node::Text(text) => match self.text_lines(text, placed, opacity) {
                // A template's own words (a branch, a phone number) stay
                // text, where they are set plainly in streep's fonts.
                Some(lines) => {
                    self.items.extend(lines.into_iter().map(Item::Text));
                    Ok(())
                }
                None => self.add(text.flattened(), placed, opacity),
            },
            Node::Image(_) => Err("an image"),
        }
    }

    /// Paints one element to pixels over the area it covers on the page, at
    /// 300 dpi or as much as the pixel budget allows. `parent` is the
    /// transform of the group it sits in.
    fn paint_alone(
        &mut self,
        node: &Node,
        parent: Transform,
        placed: Transform,
        opacity: f32,
        feature: Unsupported,
    ) -> Result<(), Unsupported> {
        if self.holds_skipped(node) {
            return Err(feature);
        }
        let Some(bounds) = node.abs_layer_bounding_box() else {
            return Ok(());
        };
        let Some(on_page) = bounds.transform(placed) else {
            return Ok(());
        };
        let Some(area) = self.page.intersection(&Rect {
            x: on_page.x(),
            y: on_page.y(),
            width: on_page.width(),
            height: on_page.height(),
        }) else {
            return Ok(());
        };
        let (dpi, width, height, area) = resolution(area);
        let pixels = (width * height) as f32;
        if self.painted_pixels + pixels > MAX_PAINTED_PIXELS {
            return Err(feature);
        }
        let mut image = Pixmap::new(width, height).expect("a bounded, non-empty size");
        let per_mm = dpi / 25.4;
        // resvg takes the element out of its layer box; this puts it back,
        // then maps its group's units to mm on the page and to this image.
        let transform = parent
            .post_concat(placed)
            .post_translate(-area.x, -area.y)
            .post_scale(per_mm, per_mm)
            .pre_translate(bounds.x(), bounds.y());
        resvg::render_node(node, transform, &mut image.as_mut());
        if opacity < 1.0 {
            // Premultiplied: colour and alpha fade together.
            for channel in image.data_mut() {
                *channel = (f32::from(*channel) * opacity).round() as u8;
            }
        }
        self.painted_pixels += pixels;
        self.painted.push((feature, dpi as u32));
        self.items.push(Item::Picture(Picture { area, image }));
        Ok(())
    }

    /// Whether the element is, or holds, one that marks a slot or a cut line.
    fn holds_skipped(&self, node: &Node) -> bool {
        (!node.id().is_empty() && self.skip.contains(&node.id()))
            || matches!(node, Node::Group(group)
                if group.children().iter().any(|child| self.holds_skipped(child)))
    }

    fn add_path(
        &mut self,
        path: &usvg::Path,
        placed: Transform,
        opacity: f32,
    ) -> Result<(), Unsupported> {
        if !path.is_visible() {
            return Ok(());
        }
        let transform = path.abs_transform().post_concat(placed);
        let fill = match path.fill() {
            Some(fill) => Some(Fill {
                colour: self.colour(fill.paint())?,
                opacity: opacity * fill.opacity().get(),
                even_odd: fill.rule() == usvg::FillRule::EvenOdd,
            }),
            None => None,
        };
        let mut outline = path.data().clone();
        let stroke = match path.stroke() {
            Some(stroke) => {
                if let Some(dashes) = stroke.dasharray() {
                    // Dashes are cut here, once, so every backend draws the same dashes.
                    if let Some(dashed) = StrokeDash::new(dashes.to_vec(), stroke.dashoffset())
                        .and_then(|dash| outline.dash(&dash, 1.0))
                    {
                        outline = dashed;
                    }
                }
                Some(Stroke {
                    colour: self.colour(stroke.paint())?,
                    opacity: opacity * stroke.opacity().get(),
                    width: stroke.width().get() * scale_of(transform),
                    cap: match stroke.linecap() {
                        usvg::LineCap::Butt => Cap::Butt,
                        usvg::LineCap::Round => Cap::Round,
                        usvg::LineCap::Square => Cap::Square,
                    },
                    join: match stroke.linejoin() {
                        usvg::LineJoin::Round => Join::Round,
                        usvg::LineJoin::Bevel => Join::Bevel,
                        _ => Join::Miter,
                    },
                })
            }
            None => None,
        };
        if stroke.is_some()
            && fill.is_some()
            && path.stroke().is_some_and(|s| s.dasharray().is_some())
        {
            return Err("a dashed outline around a fill");
        }
        let Some(outline) = outline.transform(transform) else {
            return Ok(());
        };
        self.items.push(Item::Shape(Shape {
            path: outline,
            fill,
            stroke,
        }));
        Ok(())
    }

    /// A text element as lines of real text: each span in a plain colour,
    /// in one of the sign's faces, placed without rotation or distortion.
    fn text_lines(
        &self,
        text: &usvg::Text,
        placed: Transform,
        opacity: f32,
    ) -> Option<Vec<TextLine>> {
        let transform = text.abs_transform().post_concat(placed);
        // Paper sizes are rounded to whole mm, so a template scaled to
        // another size of its series stretches a little (A4 to A6: 0.3%);
        // type set at the average scale looks the same.
        let uniform = transform.kx == 0.0
            && transform.ky == 0.0
            && transform.sx > 0.0
            && (transform.sx - transform.sy).abs() <= transform.sx * 0.01;
        if !uniform || opacity < 1.0 {
            return None;
        }
        let database = self.fonts.database();
        let mut lines: Vec<TextLine> = Vec::new();
        for span in text.layouted() {
            let fill = span.fill.as_ref()?;
            if !span.visible
                || span.stroke.is_some()
                || fill.opacity().get() < 1.0
                || span.underline.is_some()
                || span.overline.is_some()
                || span.line_through.is_some()
            {
                return None;
            }
            let colour = self.colour(fill.paint()).ok()?;
            for glyph in &span.positioned_glyphs {
                let face = database.face(glyph.font)?;
                let family = &self.fonts.regular.family;
                if !face.families.iter().any(|(name, _)| name == family) {
                    return None;
                }
                let bold = face.weight.0 >= 600;
                let font = self.fonts.get(bold);
                let mut origin =
                    resvg::tiny_skia::Point::from_xy(glyph.transform().tx, glyph.transform().ty);
                transform.map_point(&mut origin);
                let size = glyph.font_size() * scale_of(transform);
                let continues = lines.last().is_some_and(|line: &TextLine| {
                    line.bold == bold
                        && (line.size - size).abs() < 1e-3
                        && (line.baseline - origin.y).abs() < 1e-3
                        && line.colour == colour
                });
                if !continues {
                    lines.push(TextLine {
                        text: String::new(),
                        glyphs: Vec::new(),
                        bold,
                        size,
                        x: origin.x,
                        baseline: origin.y,
                        colour,
                        upside_down: false,
                    });
                }
                let line = lines.last_mut().expect("pushed above");
                // The pen so far, to give the previous glyph its real advance.
                let pen = line.x
                    + line.glyphs.iter().map(|g| g.advance).sum::<i32>() as f32 * size
                        / font.units_per_em;
                if let Some(previous) = line.glyphs.last_mut() {
                    previous.advance +=
                        ((origin.x - pen) / size * font.units_per_em).round() as i32;
                }
                let natural: i32 = font.shape(&glyph.text).iter().map(|g| g.advance).sum();
                let text_start = u32::try_from(line.text.len()).ok()?;
                line.glyphs.push(Glyph {
                    id: u16::try_from(glyph.id.0).ok()?,
                    advance: natural,
                    x_offset: 0,
                    y_offset: 0,
                    text_start,
                    text_end: text_start + u32::try_from(glyph.text.len()).ok()?,
                });
                line.text.push_str(&glyph.text);
            }
        }
        Some(lines)
    }

    /// A plain colour; the theme's own where it matches, so that CMYK
    /// colours the user gave reach the press unchanged.
    fn colour(&self, paint: &Paint) -> Result<Colour, Unsupported> {
        let Paint::Color(colour) = paint else {
            return Err("a gradient or pattern");
        };
        let rgb = [colour.red, colour.green, colour.blue];
        Ok([self.theme.ink, self.theme.background, self.theme.accent]
            .into_iter()
            .find(|known| known.to_rgb() == rgb)
            .unwrap_or(Colour::Rgb(rgb)))
    }
}

/// How much a transform scales lengths, on average over directions.
fn scale_of(transform: Transform) -> f32 {
    (transform.sx * transform.sy - transform.kx * transform.ky)
        .abs()
        .sqrt()
}

/// The most pixels painted artwork may have: an A3 sheet at 300 dpi.
const MAX_PAINTED_PIXELS: f32 = 18_000_000.0;
/// The resolution print asks for.
const PRINT_DPI: f32 = 300.0;

/// The bleed box, in mm from the trim's top left corner.
fn bleed_area(boxes: &PageBoxes) -> Rect {
    let bleed = boxes.bleed;
    Rect {
        x: -bleed,
        y: -bleed,
        width: boxes.trim.width + 2.0 * bleed,
        height: boxes.trim.height + 2.0 * bleed,
    }
}

/// The resolution to paint an area at, 300 dpi or as much as fits in the
/// pixel budget; the image's width and height in pixels; and the area
/// grown to whole pixels, so that what covers the area covers every pixel.
fn resolution(area: Rect) -> (f32, u32, u32, Rect) {
    let inches = (area.width / 25.4) * (area.height / 25.4);
    let dpi = PRINT_DPI.min((MAX_PAINTED_PIXELS / inches).sqrt()).floor();
    let per_mm = dpi / 25.4;
    let (width, height) = (
        (area.width * per_mm).ceil().max(1.0),
        (area.height * per_mm).ceil().max(1.0),
    );
    let whole = Rect {
        width: width / per_mm,
        height: height / per_mm,
        ..area
    };
    (dpi, width as u32, height as u32, whole)
}

/// Paints a whole artwork over the bleed box, at 300 dpi or as much as fits
/// in the pixel budget; returns the picture and its resolution.
pub fn paint(tree: &usvg::Tree, boxes: &PageBoxes) -> (Picture, u32) {
    let (dpi, width, height, area) = resolution(bleed_area(boxes));
    let per_mm = dpi / 25.4;
    let mut image = Pixmap::new(width, height).expect("a bounded, non-empty size");
    // usvg's pixels → the finished size in mm → this image's pixels.
    let transform = Transform::from_scale(
        boxes.trim.width / tree.size().width(),
        boxes.trim.height / tree.size().height(),
    )
    .post_translate(boxes.bleed, boxes.bleed)
    .post_scale(per_mm, per_mm);
    resvg::render(tree, transform, &mut image.as_mut());
    (Picture { area, image }, dpi as u32)
}
