//! A laid-out sign: everything there is to draw, in millimetres from the
//! top-left corner of the finished size (y down), ready for any backend.
//! Layout makes it; the PDF, SVG and PNG writers only draw it.

use std::sync::Arc;

use resvg::tiny_skia::{Path, Pixmap, Transform};

use crate::i18n::Msg;
use crate::print::colour::Colour;
use crate::print::colour::profile::OutputProfile;
use crate::print::font::{Fonts, Glyph};
use crate::print::geometry::{PageBoxes, Rect};
use crate::print::sign::PdfStandard;

/// One sign, laid out.
#[derive(Clone)]
pub struct Scene {
    /// The finished size, the bleed around it and the sheet.
    pub boxes: PageBoxes,
    /// What the document is called: the sign's main text.
    pub title: String,
    /// The language of the sign's text, as a BCP 47 code.
    pub lang: String,
    /// Paints the bleed box before anything else, so that the background
    /// runs past the trim.
    pub background: Colour,
    /// Drawn in order.
    pub items: Vec<Item>,
    /// The die-cut line, for stickers: drawn last, never filled.
    pub cut: Option<Cut>,
    pub fonts: Fonts,
    /// How colours are written to print files.
    pub press: Press,
    /// What the user should know about the result: low contrast, for one.
    pub notes: Vec<Msg>,
}

/// How a print file writes colour: the standard it meets, the inks of the
/// press it is made for, and a white plate for clear film.
#[derive(Clone, Default)]
pub struct Press {
    pub standard: PdfStandard,
    /// The press's profile; FOGRA39 when none is given.
    pub profile: Option<Arc<OutputProfile>>,
    /// Colours as ink even where no standard asks for them.
    pub cmyk: bool,
    /// The spot colour of the white plate, when there is one.
    pub white: Option<String>,
}

impl Press {
    /// Screen colours and no standard: a document to read, not to print.
    pub fn screen() -> Press {
        Press {
            standard: PdfStandard::None,
            ..Press::default()
        }
    }

    /// Whether colours are written as ink.
    pub fn as_ink(&self) -> bool {
        self.cmyk || self.standard != PdfStandard::None
    }

    pub fn profile(&self) -> Arc<OutputProfile> {
        self.profile.clone().unwrap_or_else(OutputProfile::fogra39)
    }
}

#[derive(Clone, PartialEq)]
pub enum Item {
    Shape(Shape),
    Text(TextLine),
    Picture(Picture),
    /// Items that show only inside a rectangle: one sign among others on a
    /// sheet, kept from running into its neighbours.
    Clipped(Rect, Vec<Item>),
}

/// Artwork streep cannot draw as outlines (gradients, images, filters),
/// rendered to pixels for the area it covers.
#[derive(Clone, PartialEq)]
pub struct Picture {
    pub area: Rect,
    pub image: Pixmap,
}

/// A filled and/or stroked outline.
#[derive(Clone, PartialEq)]
pub struct Shape {
    pub path: Path,
    pub fill: Option<Fill>,
    pub stroke: Option<Stroke>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fill {
    pub colour: Colour,
    pub opacity: f32,
    pub even_odd: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stroke {
    pub colour: Colour,
    pub opacity: f32,
    pub width: f32,
    pub cap: Cap,
    pub join: Join,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Cap {
    Butt,
    Round,
    Square,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Join {
    Miter,
    Round,
    Bevel,
}

/// One line of text, set in one face and size.
#[derive(Clone, Debug, PartialEq)]
pub struct TextLine {
    pub text: String,
    /// The line shaped once, so that every backend places the same glyphs.
    pub glyphs: Vec<Glyph>,
    pub bold: bool,
    /// Font size (em), in millimetres.
    pub size: f32,
    /// Where the line starts, on its baseline.
    pub x: f32,
    pub baseline: f32,
    pub colour: Colour,
    /// Turned half a turn about its start: for a floor sign read from the
    /// other side.
    pub upside_down: bool,
}

/// A die-cut line and the spot colour a cutting plotter knows it by.
#[derive(Clone)]
pub struct Cut {
    pub path: Path,
    pub name: String,
}

impl Item {
    /// The item scaled by `scale` about the origin, then moved by `dx`, `dy`
    /// (all in mm): a sign put on a sheet, or shown smaller beside another.
    pub fn placed(&self, scale: f32, dx: f32, dy: f32) -> Item {
        let rect = |r: &Rect| Rect {
            x: r.x * scale + dx,
            y: r.y * scale + dy,
            width: r.width * scale,
            height: r.height * scale,
        };
        match self {
            Item::Shape(shape) => Item::Shape(Shape {
                path: shape
                    .path
                    .clone()
                    .transform(Transform::from_row(scale, 0.0, 0.0, scale, dx, dy))
                    .unwrap_or_else(|| shape.path.clone()),
                fill: shape.fill,
                stroke: shape.stroke.map(|stroke| Stroke {
                    width: stroke.width * scale,
                    ..stroke
                }),
            }),
            Item::Text(line) => Item::Text(TextLine {
                size: line.size * scale,
                x: line.x * scale + dx,
                baseline: line.baseline * scale + dy,
                ..line.clone()
            }),
            Item::Picture(picture) => Item::Picture(Picture {
                area: rect(&picture.area),
                image: picture.image.clone(),
            }),
            Item::Clipped(clip, items) => Item::Clipped(
                rect(clip),
                items
                    .iter()
                    .map(|item| item.placed(scale, dx, dy))
                    .collect(),
            ),
        }
    }
}

impl Scene {
    /// The sign drawn scaled by `scale` with its trim's top-left corner at
    /// `x`, `y`: its background over its bleed, then its items; for a sheet,
    /// or a page that shows the sign beside another.
    pub fn drawn_at(&self, scale: f32, x: f32, y: f32) -> Vec<Item> {
        let bleed = self.boxes.bleed;
        let background = resvg::tiny_skia::Rect::from_xywh(
            -bleed,
            -bleed,
            self.boxes.trim.width + 2.0 * bleed,
            self.boxes.trim.height + 2.0 * bleed,
        )
        .map(|rect| {
            Item::Shape(Shape {
                path: resvg::tiny_skia::PathBuilder::from_rect(rect),
                fill: Some(Fill {
                    colour: self.background,
                    opacity: 1.0,
                    even_odd: false,
                }),
                stroke: None,
            })
        });
        background
            .iter()
            .chain(&self.items)
            .map(|item| item.placed(scale, x, y))
            .collect()
    }

    /// Every line of text, in reading order.
    pub fn lines(&self) -> Vec<&TextLine> {
        fn collect<'s>(items: &'s [Item], lines: &mut Vec<&'s TextLine>) {
            for item in items {
                match item {
                    Item::Text(line) => lines.push(line),
                    Item::Clipped(_, inner) => collect(inner, lines),
                    Item::Shape(_) | Item::Picture(_) => {}
                }
            }
        }
        let mut lines = Vec::new();
        collect(&self.items, &mut lines);
        lines
    }
}
