//! One page of a PDF, drawn straight into its content stream: the
//! background over the bleed, the scene's shapes, pictures and text, the
//! cut line last, the crop marks outside the bleed. Colours are the
//! press's inks in a print file (see [`Press`](crate::print::scene::Press)),
//! sRGB in a document to read. The page's own resources (graphics states,
//! images, spot colours) come with it; its fonts are the document's.

use std::collections::HashMap;
use std::sync::Arc;

use lopdf::{Dictionary, Object, Stream};
use resvg::tiny_skia::{self, PathSegment};
use rustc_hash::FxHashMap;

use crate::print::colour::Colour;
use crate::print::colour::profile::{OutputProfile, Use};
use crate::print::font::Font;
use crate::print::geometry::{HAIRLINE_PT, MM_PER_PT, PageBoxes, Rect as MmRect};
use crate::print::render::pdf_file::put_number;
use crate::print::scene::{Cap, Item, Join, Picture, Scene, Shape, TextLine};
use crate::recent::Recent;

/// The resource names of the spot colour spaces on a page.
pub const CUT_SPACE: &str = "Cut";
pub const REGISTRATION_SPACE: &str = "Registration";
pub const WHITE_SPACE: &str = "WhiteInk";

/// Strokes up to this width (mm) are lines: black ones print in black ink
/// alone, to stay sharp when the plates shift.
const THIN_LINE_MM: f32 = 1.0;

/// A face of the document's fonts, as a page draws with it.
pub struct PageFace<'a> {
    /// The font's resource name.
    pub resource: &'a str,
    /// Each glyph's id in the document's subset of the font, by its id in
    /// the font.
    pub new_ids: &'a FxHashMap<u16, u16>,
}

impl PageFace<'_> {
    fn new_id(&self, original: u16) -> u16 {
        self.new_ids.get(&original).copied().unwrap_or(0)
    }
}

/// A page drawn: its content and the resources only it uses.
pub struct DrawnPage {
    pub content: Vec<u8>,
    /// Graphics states, named `GS0`, `GS1`, … in order.
    pub states: Vec<Dictionary>,
    /// Images, named `Im0`, `Im1`, …, each with its soft mask.
    pub images: Vec<(Stream, Option<Stream>)>,
    /// The ground, when it was drawn apart, for the content to paint as the
    /// form XObject `GROUND`.
    pub ground: Option<Ground>,
}

/// The resource name of the form XObject a page's ground is drawn in.
pub const GROUND: &str = "Ground";

/// What lies under a page's text and pictures: its background and the
/// outlines of its artwork and icon, drawn as content of its own. The
/// pages of a batch mostly share it, and a PDF then holds it once.
pub struct Ground {
    /// Shared with every page drawn with the same ground.
    pub content: Arc<[u8]>,
    /// How many of the page's first graphics states it uses.
    pub states: usize,
}

/// Draws one page; with `ground_apart`, its ground as a [`Ground`].
/// `faces` are the regular face, then the bold.
pub fn draw(
    scene: &Scene,
    faces: &[PageFace; 2],
    inks: Option<Arc<OutputProfile>>,
    ground_apart: bool,
) -> DrawnPage {
    let mut page = Writer::new(scene, faces, inks, Vec::new());
    page.page(ground_apart);
    page.drawn
}

/// How many drawn grounds are kept, for the batches that alternate
/// between templates or themes.
const KEPT_DRAWN_GROUNDS: usize = 8;

/// What a ground's drawing depends on: its shapes, the page's background
/// and boxes, the press's inks, and the graphics states the page had.
struct GroundKey {
    shapes: Vec<Item>,
    background: Colour,
    boxes: PageBoxes,
    inks: Option<Arc<OutputProfile>>,
    states_before: Vec<Dictionary>,
}

impl GroundKey {
    fn of(page: &Writer, shapes: &[Item]) -> GroundKey {
        GroundKey {
            shapes: shapes.to_vec(),
            background: page.scene.background,
            boxes: page.scene.boxes,
            inks: page.inks.clone(),
            states_before: page.drawn.states.clone(),
        }
    }

    fn is_for(&self, page: &Writer, shapes: &[Item]) -> bool {
        let same_inks = match (&self.inks, &page.inks) {
            (Some(known), Some(inks)) => Arc::ptr_eq(known, inks),
            (known, inks) => known.is_none() && inks.is_none(),
        };
        same_inks
            && self.background == page.scene.background
            && self.boxes == page.scene.boxes
            && self.states_before == page.drawn.states
            && self.shapes == shapes
    }
}

/// A ground drawn: its content, and the graphics states it added to the
/// page's.
#[derive(Clone)]
struct DrawnGround {
    content: Arc<[u8]>,
    new_states: Vec<Dictionary>,
}

/// A colour as a PDF operator takes it.
enum Paint {
    Ink([f32; 4]),
    Screen([f32; 3]),
}

impl Paint {
    fn is_black_ink(&self) -> bool {
        matches!(self, Paint::Ink(inks) if *inks == [0.0, 0.0, 0.0, 1.0])
    }
}

struct Writer<'a> {
    scene: &'a Scene,
    faces: &'a [PageFace<'a>; 2],
    inks: Option<Arc<OutputProfile>>,
    drawn: DrawnPage,
}

impl<'a> Writer<'a> {
    /// A writer of an empty content stream, with the graphics states
    /// `states` named already.
    fn new(
        scene: &'a Scene,
        faces: &'a [PageFace<'a>; 2],
        inks: Option<Arc<OutputProfile>>,
        states: Vec<Dictionary>,
    ) -> Self {
        Writer {
            scene,
            faces,
            inks,
            drawn: DrawnPage {
                content: Vec::with_capacity(4096),
                states,
                images: Vec::new(),
                ground: None,
            },
        }
    }

    fn page(&mut self, ground_apart: bool) {
        let scene = self.scene;
        let bleed = scene.boxes.bleed_box();
        // Artwork that runs past the trim stops at the bleed.
        self.op("q");
        self.rect(bleed);
        self.op("W n");
        // The white plate's overprint holds for all that follows, the
        // ground's form included, which starts from the page's state.
        if scene.press.white.is_some() {
            self.white_plate();
        }
        // Each shape sets its own colour and state, and restores the page's
        // after it: the shapes before the first text draw the same in a
        // form as on the page.
        let ground = if ground_apart {
            let shapes = scene.items.iter();
            let ground = shapes
                .take_while(|item| matches!(item, Item::Shape(_)))
                .count();
            self.drawn.ground = Some(self.ground(&scene.items[..ground]));
            self.name(GROUND);
            self.op("Do");
            ground
        } else {
            self.background();
            0
        };
        self.items(&scene.items[ground..]);
        self.op("Q");
        if let Some(cut) = &scene.cut {
            self.cut_line(&cut.path);
        }
        self.crop_marks();
    }

    fn background(&mut self) {
        self.fill_colour(self.scene.background, Use::Area);
        self.rect(self.scene.boxes.bleed_box());
        self.op("f");
    }

    /// The background and `shapes` drawn apart, as a [`Ground`]. The pages
    /// of a batch mostly share their ground: it is drawn once for as long
    /// as they keep asking for it.
    fn ground(&mut self, shapes: &[Item]) -> Ground {
        static RECENT: Recent<GroundKey, DrawnGround> = Recent::new(KEPT_DRAWN_GROUNDS);
        let drawn = RECENT.get_or_insert_with(
            |known| known.is_for(self, shapes),
            || GroundKey::of(self, shapes),
            || {
                let states = self.drawn.states.clone();
                let mut apart = Writer::new(self.scene, self.faces, self.inks.clone(), states);
                apart.background();
                apart.items(shapes);
                let new_states = apart.drawn.states.split_off(self.drawn.states.len());
                DrawnGround {
                    content: apart.drawn.content.into(),
                    new_states,
                }
            },
        );
        self.drawn.states.extend(drawn.new_states);
        Ground {
            content: drawn.content,
            states: self.drawn.states.len(),
        }
    }

    fn items(&mut self, items: &[Item]) {
        for item in items {
            match item {
                Item::Shape(shape) => self.shape(shape),
                Item::Picture(picture) => self.picture(picture),
                Item::Text(line) => self.text(line),
                Item::Clipped(clip, inner) => {
                    self.op("q");
                    self.rect(self.on_sheet(*clip));
                    self.op("W n");
                    self.items(inner);
                    self.op("Q");
                }
            }
        }
    }

    fn shape(&mut self, shape: &Shape) {
        self.op("q");
        let fill_opacity = shape.fill.map_or(1.0, |fill| fill.opacity);
        let stroke_opacity = shape.stroke.map_or(1.0, |stroke| stroke.opacity);
        if fill_opacity < 1.0 || stroke_opacity < 1.0 {
            self.state(Dictionary::from_iter([
                ("CA", Object::Real(stroke_opacity)),
                ("ca", Object::Real(fill_opacity)),
            ]));
        }
        if let Some(fill) = shape.fill {
            self.fill_colour(fill.colour, Use::Area);
            self.path(&shape.path);
            self.op(if fill.even_odd { "f*" } else { "f" });
        }
        if let Some(stroke) = shape.stroke {
            if stroke.colour == Colour::REGISTRATION {
                self.registration_stroke();
            } else {
                let used_for = if stroke.width <= THIN_LINE_MM {
                    Use::Line
                } else {
                    Use::Area
                };
                let paint = self.paint(stroke.colour, used_for);
                if used_for == Use::Line && paint.is_black_ink() {
                    // Only the stroke overprints: a white fill under it
                    // still knocks out.
                    self.overprint(Dictionary::from_iter([("OP", true.into())]));
                }
                self.set_paint(&paint, true);
            }
            self.number(stroke.width / MM_PER_PT);
            self.op("w");
            let cap = match stroke.cap {
                Cap::Butt => "0 J ",
                Cap::Round => "1 J ",
                Cap::Square => "2 J ",
            };
            let join = match stroke.join {
                Join::Miter => "0 j",
                Join::Round => "1 j",
                Join::Bevel => "2 j",
            };
            self.drawn.content.extend_from_slice(cap.as_bytes());
            self.op(join);
            self.path(&shape.path);
            self.op("S");
        }
        self.op("Q");
    }

    /// Painted artwork: an image over its area, in the press's inks in a
    /// print file, with a soft mask where it is see-through.
    fn picture(&mut self, picture: &Picture) {
        let pixels = picture.image.pixels();
        let (width, height) = (picture.image.width(), picture.image.height());
        let opaque = pixels.iter().all(|pixel| pixel.alpha() == u8::MAX);
        let rgb: Vec<[u8; 3]> = pixels
            .iter()
            .map(|pixel| {
                let colour = pixel.demultiply();
                [colour.red(), colour.green(), colour.blue()]
            })
            .collect();
        let (space, samples) = match &self.inks {
            Some(press) => ("DeviceCMYK", image_inks(&rgb, press)),
            None => ("DeviceRGB", rgb.concat()),
        };
        let image = |space: &str, samples: Vec<u8>| {
            Stream::new(
                Dictionary::from_iter([
                    ("Type", Object::Name(b"XObject".to_vec())),
                    ("Subtype", Object::Name(b"Image".to_vec())),
                    ("Width", Object::Integer(i64::from(width))),
                    ("Height", Object::Integer(i64::from(height))),
                    ("ColorSpace", Object::Name(space.as_bytes().to_vec())),
                    ("BitsPerComponent", Object::Integer(8)),
                ]),
                samples,
            )
        };
        let mask = (!opaque).then(|| {
            image(
                "DeviceGray",
                pixels.iter().map(|pixel| pixel.alpha()).collect(),
            )
        });
        self.drawn.images.push((image(space, samples), mask));
        let name = format!("Im{}", self.drawn.images.len() - 1);
        let area = picture.area;
        let (x, y) = self.point(area.x, area.bottom());
        self.op("q");
        for value in [
            area.width / MM_PER_PT,
            0.0,
            0.0,
            area.height / MM_PER_PT,
            x,
            y,
        ] {
            self.number(value);
        }
        self.op(&format!("cm /{name} Do Q"));
    }

    fn text(&mut self, line: &TextLine) {
        let face = &self.faces[usize::from(line.bold)];
        let font: &Font = self.scene.fonts.get(line.bold);
        // A kern after each glyph moves the pen from the font's own advance
        // (what the PDF viewer uses) to the shaped advance. A glyph the
        // shaper moves sideways (a mark on its letter) is moved by the kern
        // before it and moved back by the kern after it.
        let thousandths = |units: i32| units as f32 * 1000.0 / font.units_per_em;
        let mut glyphs: Vec<(u16, f32)> = Vec::with_capacity(line.glyphs.len());
        let mut lead = 0.0;
        for glyph in &line.glyphs {
            let id = face.new_id(glyph.id);
            let plain = font.pdf_width(glyph.id);
            let shift = thousandths(glyph.x_offset);
            match glyphs.last_mut() {
                Some((_, kern)) => *kern -= shift,
                None => lead = shift,
            }
            glyphs.push((id, plain as f32 - thousandths(glyph.advance) + shift));
        }
        let paint = self.paint(line.colour, Use::Line);
        let black = paint.is_black_ink();
        if black {
            self.op("q");
            self.overprint(Dictionary::from_iter([("op", true.into())]));
        }
        self.op("BT");
        self.name(face.resource);
        self.number(line.size / MM_PER_PT);
        self.op("Tf");
        self.set_paint(&paint, false);
        let (x, y) = self.point(line.x, line.baseline);
        let turn = if line.upside_down { -1.0 } else { 1.0 };
        for value in [turn, 0.0, 0.0, turn, x, y] {
            self.number(value);
        }
        self.op("Tm");
        self.drawn.content.push(b'[');
        if lead != 0.0 {
            self.number(-lead);
        }
        // The glyphs between two kerns share one string.
        let mut in_string = false;
        for (id, kern) in glyphs {
            const HEX: &[u8; 16] = b"0123456789ABCDEF";
            let digit = |shift: u16| HEX[usize::from((id >> shift) & 0xf)];
            if !in_string {
                self.drawn.content.push(b'<');
                in_string = true;
            }
            self.drawn
                .content
                .extend_from_slice(&[digit(12), digit(8), digit(4), digit(0)]);
            if kern != 0.0 {
                self.drawn.content.push(b'>');
                in_string = false;
                self.number(kern);
            }
        }
        if in_string {
            self.drawn.content.push(b'>');
        }
        self.drawn.content.extend_from_slice(b"]");
        self.op("TJ ET");
        if black {
            self.op("Q");
        }
    }

    /// The die-cut line: a hairline stroke in the Separation colour space,
    /// full tint, overprinting whatever lies below.
    fn cut_line(&mut self, path: &tiny_skia::Path) {
        self.op("q");
        self.state(Dictionary::from_iter([
            ("OP", true.into()),
            ("op", true.into()),
            ("OPM", Object::Integer(1)),
        ]));
        self.name(CUT_SPACE);
        self.op("CS 1 SCN");
        self.number(HAIRLINE_PT);
        self.op("w");
        self.path(path);
        self.op("S Q");
    }

    /// The white ink plate for clear film, over the area the background
    /// covers; everything after it overprints it. Overprinting keeps the
    /// white under the colours: without it, each colour would knock the
    /// white out of its own area and print see-through again. Mode 0 keeps
    /// the process inks knocking each other out as they always do.
    fn white_plate(&mut self) {
        self.name(WHITE_SPACE);
        self.op("cs 1 scn");
        for area in self.white_areas() {
            self.rect(area);
            self.op("f");
        }
        self.state(Dictionary::from_iter([
            ("OP", true.into()),
            ("op", true.into()),
            ("OPM", Object::Integer(0)),
        ]));
    }

    /// Where white ink goes: under each sign of a sheet, its bleed
    /// included, or under the whole page.
    fn white_areas(&self) -> Vec<MmRect> {
        let signs: Vec<MmRect> = self
            .scene
            .items
            .iter()
            .filter_map(|item| match item {
                Item::Clipped(clip, _) => Some(self.on_sheet(*clip)),
                _ => None,
            })
            .collect();
        if signs.is_empty() {
            vec![self.scene.boxes.bleed_box()]
        } else {
            signs
        }
    }

    /// Black ink alone overprints what lies below it, as presses print
    /// black text and lines: a plate that shifts leaves no white gap
    /// beside a letter. Mode 1: the other inks below stay.
    fn overprint(&mut self, mut state: Dictionary) {
        state.set("OPM", Object::Integer(1));
        self.state(state);
    }

    /// Strokes from here on in the registration colour.
    fn registration_stroke(&mut self) {
        self.name(REGISTRATION_SPACE);
        self.op("CS 1 SCN");
    }

    /// Crop marks in the registration colour, the Separation /All, which
    /// prints on every plate and which ink-limit checks leave alone.
    fn crop_marks(&mut self) {
        let marks = self.scene.boxes.crop_marks();
        if marks.is_empty() {
            return;
        }
        self.op("q");
        self.registration_stroke();
        self.number(HAIRLINE_PT);
        self.op("w");
        let inset = self.inset();
        for [(x1, y1), (x2, y2)] in marks {
            // Marks are placed on the sheet, not on the finished size.
            let (x1, y1) = self.point(x1 - inset, y1 - inset);
            let (x2, y2) = self.point(x2 - inset, y2 - inset);
            for value in [x1, y1] {
                self.number(value);
            }
            self.op("m");
            for value in [x2, y2] {
                self.number(value);
            }
            self.op("l S");
        }
        self.op("Q");
    }

    /// Selects a graphics state, kept once per page however often it is used.
    fn state(&mut self, state: Dictionary) {
        let index = match self.drawn.states.iter().position(|known| *known == state) {
            Some(index) => index,
            None => {
                self.drawn.states.push(state);
                self.drawn.states.len() - 1
            }
        };
        let mut digits = itoa::Buffer::new();
        self.drawn.content.extend_from_slice(b"/GS");
        self.drawn
            .content
            .extend_from_slice(digits.format(index).as_bytes());
        self.op(" gs");
    }

    /// A colour as the page writes it: the press's inks for a print file,
    /// the screen colour for a document to read.
    fn paint(&self, colour: Colour, used_for: Use) -> Paint {
        match &self.inks {
            Some(press) => Paint::Ink(colour.to_ink(press, used_for)),
            None => Paint::Screen(colour.to_rgb().map(|channel| f32::from(channel) / 255.0)),
        }
    }

    fn fill_colour(&mut self, colour: Colour, used_for: Use) {
        let paint = self.paint(colour, used_for);
        self.set_paint(&paint, false);
    }

    fn set_paint(&mut self, paint: &Paint, stroke: bool) {
        let operator = match (paint, stroke) {
            (Paint::Ink(inks), _) => {
                for ink in inks {
                    self.number(*ink);
                }
                if stroke { "K" } else { "k" }
            }
            (Paint::Screen(rgb), _) => {
                for channel in rgb {
                    self.number(*channel);
                }
                if stroke { "RG" } else { "rg" }
            }
        };
        self.op(operator);
    }

    /// How far the finished size sits from the sheet's corner, in mm.
    fn inset(&self) -> f32 {
        self.scene.boxes.bleed + self.scene.boxes.slug
    }

    /// A rectangle of the finished size's coordinates on the sheet.
    fn on_sheet(&self, rect: MmRect) -> MmRect {
        let inset = self.inset();
        MmRect {
            x: rect.x + inset,
            y: rect.y + inset,
            ..rect
        }
    }

    /// A point of the scene (mm from the trim's top-left, y down) on the
    /// PDF page (points from the sheet's bottom-left, y up).
    fn point(&self, x: f32, y: f32) -> (f32, f32) {
        let inset = self.inset();
        let sheet_height = self.scene.boxes.media().height;
        (
            (x + inset) / MM_PER_PT,
            (sheet_height - y - inset) / MM_PER_PT,
        )
    }

    /// A rectangle of the sheet (mm, y down), as `re` takes it.
    fn rect(&mut self, rect: MmRect) {
        let sheet_height = self.scene.boxes.media().height;
        for value in [
            rect.x,
            sheet_height - rect.bottom(),
            rect.width,
            rect.height,
        ] {
            self.number(value / MM_PER_PT);
        }
        self.op("re");
    }

    /// An outline's subpaths, quadratic curves raised to cubic.
    fn path(&mut self, path: &tiny_skia::Path) {
        let mut last = tiny_skia::Point::zero();
        for segment in path.segments() {
            match segment {
                PathSegment::MoveTo(p) => {
                    self.points(&[p]);
                    self.op("m");
                    last = p;
                }
                PathSegment::LineTo(p) => {
                    self.points(&[p]);
                    self.op("l");
                    last = p;
                }
                PathSegment::QuadTo(c, p) => {
                    self.points(&[lerp(last, c, 2.0 / 3.0), lerp(p, c, 2.0 / 3.0), p]);
                    self.op("c");
                    last = p;
                }
                PathSegment::CubicTo(c1, c2, p) => {
                    self.points(&[c1, c2, p]);
                    self.op("c");
                    last = p;
                }
                PathSegment::Close => self.op("h"),
            }
        }
    }

    fn points(&mut self, points: &[tiny_skia::Point]) {
        for point in points {
            let (x, y) = self.point(point.x, point.y);
            self.number(x);
            self.number(y);
        }
    }

    /// A number, to a thousandth, each followed by a space.
    fn number(&mut self, value: f32) {
        put_number(&mut self.drawn.content, value);
        self.drawn.content.push(b' ');
    }

    fn name(&mut self, name: &str) {
        self.drawn.content.push(b'/');
        self.drawn.content.extend_from_slice(name.as_bytes());
        self.drawn.content.push(b' ');
    }

    /// An operator (or several), ending its line.
    fn op(&mut self, operator: &str) {
        self.drawn.content.extend_from_slice(operator.as_bytes());
        self.drawn.content.push(b'\n');
    }
}

/// Pixels turned into the press's inks, each colour converted once (greys
/// in black ink alone, as flat colours are).
fn image_inks(rgb: &[[u8; 3]], press: &OutputProfile) -> Vec<u8> {
    let mut known: HashMap<[u8; 3], [u8; 4]> = HashMap::new();
    rgb.iter()
        .flat_map(|pixel| {
            *known.entry(*pixel).or_insert_with(|| {
                press
                    .ink(*pixel, Use::Area)
                    .map(|ink| (ink * 255.0).round() as u8)
            })
        })
        .collect()
}

/// The point `t` of the way from `a` to `b`.
fn lerp(a: tiny_skia::Point, b: tiny_skia::Point, t: f32) -> tiny_skia::Point {
    tiny_skia::Point::from_xy(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t)
}
