//! PDF for print, with printpdf: the page at its exact size, TrimBox and
//! BleedBox, text as real text in an embedded subset font, and a sticker's
//! cut line as a hairline stroke in a Separation spot colour, overprinting,
//! drawn last.
//!
//! Colours are written as the inks of the press (see [`Press`]) in the
//! PDF/X files print shops ask for, and as sRGB in a plain PDF. A white ink
//! plate for clear film lies under the artwork, which overprints it.
//!
//! printpdf has no BleedBox and writes spot colours as CMYK, so the
//! document it builds is finished through lopdf, on which printpdf is
//! built: the page boxes, the Separation colour spaces, the language, and
//! the PDF/X claims ([`pdfx`]) or, for a plain PDF, an information
//! dictionary that claims no conformance.

use std::collections::BTreeMap;
use std::io::Write;
use std::sync::Arc;

use lopdf::{Dictionary, Object, ObjectId, StringFormat};
use printpdf::{
    Cmyk, Codepoint, Color, DictItem, ExtendedGraphicsState, ExtendedGraphicsStateId, FontId, Line,
    LineCapStyle, LineJoinStyle, LinePoint, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle,
    PdfPage, PdfSaveOptions, Point, Polygon, PolygonRing, Pt, RawImage, RawImageData,
    RawImageFormat, Rect, Rgb, TextItem, TextMatrix, WindingOrder, XObjectTransform,
};
use resvg::tiny_skia::{self, PathSegment};

use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::print::colour::Colour;
use crate::print::colour::profile::{OutputProfile, Use};
use crate::print::font::{Font, Glyph};
use crate::print::geometry::{HAIRLINE_PT, MM_PER_PT, Rect as MmRect};
use crate::print::render::Pages;
use crate::print::render::pdf_file::PdfFile;
use crate::print::render::pdfx::{self, LateProfile};
use crate::print::scene::{Cap, Item, Join, Picture, Press, Scene, Shape, TextLine};
use crate::print::sign::PdfStandard;
use crate::recent::Recent;

/// How many font subsets and compressed font programs are kept for the
/// signs that follow.
const KEPT_RECENT: usize = 64;

/// The resource names of the cut line's colour space on the page, and of
/// the crop marks'.
const CUT_SPACE: &str = "Cut";
const REGISTRATION_SPACE: &str = "Registration";
const WHITE_SPACE: &str = "WhiteInk";

/// Strokes up to this width (mm) are lines: black ones print in black ink
/// alone, to stay sharp when the plates shift.
const THIN_LINE_MM: f32 = 1.0;

/// A document of more pages is written in parts of this many: each part is
/// laid out, drawn and compressed before the next is begun, so that memory
/// holds the finished pages and one part, not every page's drawing.
const PAGES_AT_ONCE: usize = 32;

/// The glyphs a document's text uses, each with the text it stands for: of
/// the regular face, then of the bold.
pub type Glyphs = [BTreeMap<u16, String>; 2];

/// The scene as a one-page PDF.
pub fn pdf(scene: &Scene) -> Result<Vec<u8>> {
    pdf_pages(std::slice::from_ref(scene))
}

/// The pages as one PDF, in order. The pages share the first page's fonts,
/// its title and its language.
pub fn pdf_pages(pages: &(impl Pages + ?Sized)) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    write_pdf_pages(pages, &mut bytes)?;
    Ok(bytes)
}

/// The pages as one PDF written to `out`, part by part as they are drawn
/// when they are many.
pub fn write_pdf_pages(pages: &(impl Pages + ?Sized), out: &mut dyn Write) -> Result<()> {
    if pdf_passes(pages.count()) == 1 {
        let (pdf, profile) = at_once(pages)?;
        PdfFile::begin(out, &pdf.version)
            .and_then(|file| file.finish(&pdf, late_content(profile.as_ref())))
            .map_err(Error::Write)
    } else {
        in_parts(pages, out)
    }
}

/// How many times [`pdf_pages`] asks for each of `count` pages: a few are
/// drawn in one go, many in parts after a first pass over them all.
pub fn pdf_passes(count: usize) -> u64 {
    if count <= PAGES_AT_ONCE { 1 } else { 2 }
}

/// A document of a few pages, drawn in one go.
fn at_once(pages: &(impl Pages + ?Sized)) -> Result<(lopdf::Document, Option<LateProfile>)> {
    let scenes = (0..pages.count())
        .map(|index| pages.page(index))
        .collect::<Result<Vec<_>>>()?;
    let scenes: Vec<&Scene> = scenes.iter().map(|scene| &**scene).collect();
    let first = scenes.first().expect("a document has at least one page");
    let fonts = Embedded::new(first, &glyphs_of(&scenes))?;
    let mut pdf = fonts.document(&scenes)?;
    let profile = finish_document(&mut pdf, first, &fonts);
    Ok((pdf, profile))
}

/// The content of a stream left out of the document, to be written straight.
fn late_content(profile: Option<&LateProfile>) -> Option<(ObjectId, &[u8])> {
    profile.map(|late| (late.id, late.profile.deflated()))
}

/// A document of many pages, drawn part by part into a document that holds
/// the fonts once, each part written out before the next is drawn. Every
/// page is laid out twice, first to learn which glyphs the fonts need and
/// then to be drawn, unless the pages know their glyphs already.
fn in_parts(pages: &(impl Pages + ?Sized), out: &mut dyn Write) -> Result<()> {
    use rayon::prelude::*;
    let count = pages.count();
    let glyphs = match pages.glyphs() {
        Some(glyphs) => glyphs,
        None => (0..count)
            .into_par_iter()
            .map(|index| pages.page(index).map(|scene| glyphs_of(&[&scene])))
            .try_reduce(Glyphs::default, |mut all, more| {
                merge_glyphs(&mut all, more);
                Ok(all)
            })?,
    };
    let first = pages.page(0)?;
    let fonts = Embedded::new(&first, &glyphs)?;
    let mut book = fonts.without_pages(&first, &glyphs)?;
    let version = version_of(&book.pdf, &first.press);
    let mut file = PdfFile::begin(out, version).map_err(Error::Write)?;
    for start in (0..count).step_by(PAGES_AT_ONCE) {
        let part = (start..count.min(start + PAGES_AT_ONCE))
            .into_par_iter()
            .map(|index| pages.page(index))
            .collect::<Result<Vec<_>>>()?;
        let part: Vec<&Scene> = part.iter().map(|scene| &**scene).collect();
        let mut drawn = fonts.document(&part)?;
        compress(&mut drawn);
        for id in book.adopt_pages(drawn) {
            if let Some(object) = book.pdf.objects.remove(&id) {
                file.object(id, &object).map_err(Error::Write)?;
            }
        }
    }
    let mut pdf = book.pdf;
    let profile = finish_document(&mut pdf, &first, &fonts);
    file.finish(&pdf, late_content(profile.as_ref()))
        .map_err(Error::Write)
}

/// Adds the glyphs of `more` to `all`.
pub fn merge_glyphs(all: &mut Glyphs, more: Glyphs) {
    for (face, glyphs) in all.iter_mut().zip(more) {
        for (id, text) in glyphs {
            face.entry(id).or_insert(text);
        }
    }
}

/// The glyphs the scenes' text uses, with glyph 0, which every font keeps.
pub fn glyphs_of(scenes: &[&Scene]) -> Glyphs {
    let mut glyphs = Glyphs::default();
    for line in scenes.iter().flat_map(|scene| scene.lines()) {
        let face = &mut glyphs[usize::from(line.bold)];
        for glyph in &line.glyphs {
            face.entry(glyph.id).or_insert_with(|| glyph.text.clone());
        }
    }
    for face in &mut glyphs {
        if !face.is_empty() {
            face.entry(0).or_default();
        }
    }
    glyphs
}

/// The fonts of a document, each a subset holding the glyphs of all its
/// pages, embedded once.
struct Embedded {
    /// The document with its fonts and information, and no pages yet.
    template: PdfDocument,
    faces: Vec<Face>,
}

/// One page being drawn.
struct Writer<'a> {
    scene: &'a Scene,
    /// The document the page goes into: where its images and graphics
    /// states are kept.
    document: &'a mut PdfDocument,
    faces: &'a [Face],
    /// The press's profile, when colours are written as its inks.
    inks: Option<Arc<OutputProfile>>,
    /// The graphics states that overprint black text and lines, once made.
    black_text: Option<ExtendedGraphicsStateId>,
    black_lines: Option<ExtendedGraphicsStateId>,
    ops: Vec<Op>,
}

/// One face as embedded: a subset of the font holding only the glyphs the
/// document uses, renumbered from 1 in the order of `glyphs`.
struct Face {
    bold: bool,
    id: FontId,
    parsed: ParsedFont,
    /// The original glyph ids, sorted; a glyph's place is its new id.
    glyphs: Vec<u16>,
    /// The subset's name in the PDF: a tag of six capitals, "+", the font's
    /// PostScript name, as PDF readers expect of a subset.
    name: String,
}

impl Face {
    fn new_id(&self, original: u16) -> u16 {
        self.glyphs
            .binary_search(&original)
            .map_or(0, |index| index as u16)
    }
}

impl Embedded {
    fn new(first: &Scene, glyphs: &Glyphs) -> Result<Self> {
        let mut template = PdfDocument::new(&first.title);
        let info = &mut template.metadata.info;
        let now = printpdf::OffsetDateTime::now_utc();
        info.creation_date = now;
        info.modification_date = now;
        info.metadata_date = now;
        info.creator = "streep".to_owned();
        info.producer = producer();
        let mut faces = Vec::new();
        for (bold, used) in [false, true].into_iter().zip(glyphs) {
            if used.len() <= 1 {
                continue;
            }
            let font = first.fonts.get(bold);
            let glyphs: Vec<u16> = used.keys().copied().collect();
            let parsed = subset_once(font, &glyphs)?;
            let id = template.add_font(&parsed);
            let name = format!(
                "{}+{}",
                subset_tag(&font.postscript_name, &glyphs),
                font.postscript_name
            );
            faces.push(Face {
                bold,
                id,
                parsed,
                glyphs,
                name,
            });
        }
        Ok(Embedded { template, faces })
    }

    /// The scenes as the pages of a document of their own, its pages
    /// finished but not compressed.
    fn document(&self, scenes: &[&Scene]) -> Result<lopdf::Document> {
        for scene in scenes {
            pdfx::check_page(scene)?;
        }
        let mut document = self.template.clone();
        let pages = scenes
            .iter()
            .map(|scene| {
                let mut writer = Writer {
                    scene,
                    document: &mut document,
                    faces: &self.faces,
                    inks: scene.press.as_ink().then(|| scene.press.profile()),
                    black_text: None,
                    black_lines: None,
                    ops: Vec::new(),
                };
                let ops = writer.page_ops();
                let media = scene.boxes.media();
                let mut page =
                    PdfPage::new(printpdf::Mm(media.width), printpdf::Mm(media.height), ops);
                page.trim_box = writer.rect(scene.boxes.trim_box(), PaintMode::Fill);
                page
            })
            .collect();
        let options = PdfSaveOptions {
            optimize: false,
            // streep subsets the fonts itself: printpdf only does with
            // features that pull in a whole layout engine.
            subset_fonts: false,
            // Separation colours are written as raw operators.
            secure: false,
            image_optimization: None,
        };
        let mut warnings = Vec::new();
        let mut pdf = document
            .with_pages(pages)
            .to_lopdf_document(&options, &mut warnings);
        finish_pages(&mut pdf, scenes);
        if let Some(first) = scenes.first()
            && first.press.as_ink()
        {
            pdfx::images_to_ink(&mut pdf, &first.press.profile());
        }
        Ok(pdf)
    }

    /// A document with the fonts and no pages, for [`Book::adopt_pages`].
    /// printpdf writes a font's widths and the text of its glyphs only for
    /// the glyphs its pages show, so it is made with one page that shows
    /// every glyph, and the page is then taken out.
    fn without_pages(&self, first: &Scene, glyphs: &Glyphs) -> Result<Book> {
        let lines = self.faces.iter().map(|face| {
            let glyphs = glyphs[usize::from(face.bold)]
                .iter()
                .map(|(&id, text)| Glyph {
                    id,
                    advance: 0,
                    x_offset: 0,
                    y_offset: 0,
                    text: text.clone(),
                })
                .collect();
            Item::Text(TextLine {
                text: String::new(),
                glyphs,
                bold: face.bold,
                size: 1.0,
                x: 0.0,
                baseline: 0.0,
                colour: Colour::Rgb([0, 0, 0]),
                upside_down: false,
            })
        });
        let sheet = Scene {
            items: lines.collect(),
            cut: None,
            ..first.clone()
        };
        Ok(Book::new(self.document(&[&sheet])?))
    }

    /// What each face is called as a font resource, and as a subset.
    fn font_names(&self) -> Vec<(String, String)> {
        self.faces
            .iter()
            .map(|face| (face.id.0.clone(), face.name.clone()))
            .collect()
    }
}

/// A document of many pages, put together from documents of a few pages
/// drawn with the same [`Embedded`] fonts: each page's objects are moved
/// in, and its fonts are the book's own.
struct Book {
    pdf: lopdf::Document,
    pages: ObjectId,
    /// The font resources every page refers to.
    fonts: Object,
}

impl Book {
    /// The book of `shown`, the document whose one page shows every glyph:
    /// its page is taken out, its fonts stay.
    fn new(mut shown: lopdf::Document) -> Book {
        let (_, page_id) = shown
            .get_pages()
            .pop_first()
            .expect("the glyph sheet has one page");
        let page = shown
            .objects
            .remove(&page_id)
            .and_then(|page| page.as_dict().ok().cloned())
            .unwrap_or_default();
        let fonts = resources_of(&shown, &page)
            .and_then(|resources| resources.get(b"Font").ok().cloned())
            .unwrap_or(Object::Null);
        for key in [b"Contents".as_slice(), b"Resources"] {
            if let Ok(id) = page.get(key).and_then(Object::as_reference) {
                shown.objects.remove(&id);
            }
        }
        let pages = page
            .get(b"Parent")
            .and_then(Object::as_reference)
            .expect("printpdf gives every page its parent");
        if let Ok(tree) = shown.get_dictionary_mut(pages) {
            tree.set("Kids", Object::Array(Vec::new()));
            tree.set("Count", Object::Integer(0));
        }
        Book {
            pdf: shown,
            pages,
            fonts,
        }
    }

    /// Moves every page of `part` (drawn with the book's fonts) to the end
    /// of the book, with the objects it uses, but not its fonts; returns
    /// the ids of the objects moved in, which no other part refers to.
    fn adopt_pages(&mut self, mut part: lopdf::Document) -> Vec<ObjectId> {
        let mut moved = BTreeMap::new();
        let mut pages = Vec::new();
        for (_, page_id) in part.get_pages() {
            let Some(Object::Dictionary(mut page)) = part.objects.remove(&page_id) else {
                continue;
            };
            // The page's parent and fonts are the book's, not to be moved.
            page.remove(b"Parent");
            let mut resources = resources_of(&part, &page).cloned().unwrap_or_default();
            resources.remove(b"Font");
            page.set("Resources", Object::Dictionary(resources));
            let mut page = Object::Dictionary(page);
            self.move_references(&mut page, &mut part, &mut moved);
            let Object::Dictionary(mut page) = page else {
                continue;
            };
            page.set("Parent", Object::Reference(self.pages));
            if let Ok(resources) = page.get_mut(b"Resources").and_then(Object::as_dict_mut) {
                resources.set("Font", self.fonts.clone());
            }
            let id = self.pdf.add_object(page);
            pages.push(id);
            if let Ok(tree) = self.pdf.get_dictionary_mut(self.pages) {
                let count = tree.get(b"Count").and_then(Object::as_i64).unwrap_or(0);
                tree.set("Count", Object::Integer(count + 1));
                if let Ok(Object::Array(kids)) = tree.get_mut(b"Kids") {
                    kids.push(Object::Reference(id));
                }
            }
        }
        pages.extend(moved.into_values());
        pages
    }

    /// Moves what `object` refers to from `part` into the book, each object
    /// once, and points the references at their new places.
    fn move_references(
        &mut self,
        object: &mut Object,
        part: &mut lopdf::Document,
        moved: &mut BTreeMap<ObjectId, ObjectId>,
    ) {
        match object {
            Object::Reference(id) => {
                if let Some(new) = moved.get(id) {
                    *id = *new;
                } else if let Some(mut target) = part.objects.remove(id) {
                    let new = self.pdf.new_object_id();
                    moved.insert(*id, new);
                    *id = new;
                    self.move_references(&mut target, part, moved);
                    self.pdf.objects.insert(new, target);
                }
            }
            Object::Array(items) => {
                for item in items {
                    self.move_references(item, part, moved);
                }
            }
            Object::Dictionary(dictionary) => {
                for (_, value) in dictionary.iter_mut() {
                    self.move_references(value, part, moved);
                }
            }
            Object::Stream(stream) => {
                for (_, value) in stream.dict.iter_mut() {
                    self.move_references(value, part, moved);
                }
            }
            _ => {}
        }
    }
}

/// A page's resource dictionary, written in the page or referred to.
fn resources_of<'d>(pdf: &'d lopdf::Document, page: &'d Dictionary) -> Option<&'d Dictionary> {
    match page.get(b"Resources").ok()? {
        Object::Reference(id) => pdf.get_dictionary(*id).ok(),
        Object::Dictionary(resources) => Some(resources),
        _ => None,
    }
}

impl Writer<'_> {
    fn page_ops(&mut self) -> Vec<Op> {
        let scene = self.scene;
        let bleed = scene.boxes.bleed_box();
        // Artwork that runs past the trim stops at the bleed.
        self.ops.push(Op::SaveGraphicsState);
        self.ops.push(Op::DrawRectangle {
            rectangle: self.rect(bleed, PaintMode::Clip),
        });
        if scene.press.white.is_some() {
            self.white_plate();
        }
        self.ops.push(Op::SetFillColor {
            col: self.colour(scene.background, Use::Area),
        });
        self.ops.push(Op::DrawRectangle {
            rectangle: self.rect(bleed, PaintMode::Fill),
        });
        self.items(&scene.items);
        self.ops.push(Op::RestoreGraphicsState);
        if let Some(cut) = &scene.cut {
            self.cut_line(&cut.path);
        }
        self.crop_marks();
        std::mem::take(&mut self.ops)
    }

    fn items(&mut self, items: &[Item]) {
        for item in items {
            match item {
                Item::Shape(shape) => self.shape(shape),
                Item::Picture(picture) => self.picture(picture),
                Item::Text(line) => self.text(line),
                Item::Clipped(clip, inner) => {
                    let inset = self.inset();
                    let on_sheet = MmRect {
                        x: clip.x + inset,
                        y: clip.y + inset,
                        ..*clip
                    };
                    self.ops.push(Op::SaveGraphicsState);
                    self.ops.push(Op::DrawRectangle {
                        rectangle: self.rect(on_sheet, PaintMode::Clip),
                    });
                    self.items(inner);
                    self.ops.push(Op::RestoreGraphicsState);
                }
            }
        }
    }

    fn shape(&mut self, shape: &Shape) {
        let rings = self.rings(&shape.path);
        self.ops.push(Op::SaveGraphicsState);
        let fill_opacity = shape.fill.map_or(1.0, |fill| fill.opacity);
        let stroke_opacity = shape.stroke.map_or(1.0, |stroke| stroke.opacity);
        if fill_opacity < 1.0 || stroke_opacity < 1.0 {
            let state = ExtendedGraphicsState::default()
                .with_current_fill_alpha(fill_opacity)
                .with_current_stroke_alpha(stroke_opacity);
            let gs = self.document.add_graphics_state(state);
            self.ops.push(Op::LoadGraphicsState { gs });
        }
        if let Some(fill) = shape.fill {
            self.ops.push(Op::SetFillColor {
                col: self.colour(fill.colour, Use::Area),
            });
            self.ops.push(Op::DrawPolygon {
                polygon: Polygon {
                    rings: rings
                        .iter()
                        .map(|(points, _)| PolygonRing {
                            points: points.clone(),
                        })
                        .collect(),
                    mode: PaintMode::Fill,
                    winding_order: if fill.even_odd {
                        WindingOrder::EvenOdd
                    } else {
                        WindingOrder::NonZero
                    },
                },
            });
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
                let col = self.colour(stroke.colour, used_for);
                if used_for == Use::Line && is_black_ink(&col) {
                    self.overprint_black(false);
                }
                self.ops.push(Op::SetOutlineColor { col });
            }
            self.ops.push(Op::SetOutlineThickness {
                pt: Pt(stroke.width / MM_PER_PT),
            });
            self.ops.push(Op::SetLineCapStyle {
                cap: match stroke.cap {
                    Cap::Butt => LineCapStyle::Butt,
                    Cap::Round => LineCapStyle::Round,
                    Cap::Square => LineCapStyle::ProjectingSquare,
                },
            });
            self.ops.push(Op::SetLineJoinStyle {
                join: match stroke.join {
                    Join::Miter => LineJoinStyle::Miter,
                    Join::Round => LineJoinStyle::Round,
                    Join::Bevel => LineJoinStyle::Bevel,
                },
            });
            self.stroke_rings(rings);
        }
        self.ops.push(Op::RestoreGraphicsState);
    }

    /// Painted artwork, as an RGBA image placed over its area.
    fn picture(&mut self, picture: &Picture) {
        let pixels = picture.image.pixels();
        // An opaque picture needs no soft mask.
        let (pixels, data_format) = if pixels.iter().all(|pixel| pixel.alpha() == u8::MAX) {
            let rgb = pixels
                .iter()
                .flat_map(|pixel| [pixel.red(), pixel.green(), pixel.blue()])
                .collect();
            (rgb, RawImageFormat::RGB8)
        } else {
            let rgba = pixels
                .iter()
                .flat_map(|pixel| {
                    let colour = pixel.demultiply();
                    [colour.red(), colour.green(), colour.blue(), colour.alpha()]
                })
                .collect();
            (rgba, RawImageFormat::RGBA8)
        };
        let image = RawImage {
            pixels: RawImageData::U8(pixels),
            width: picture.image.width() as usize,
            height: picture.image.height() as usize,
            data_format,
            tag: Vec::new(),
        };
        let id = self.document.add_image(&image);
        let area = picture.area;
        let corner = self.point(area.x, area.bottom());
        self.ops.push(Op::UseXobject {
            id,
            transform: XObjectTransform {
                translate_x: Some(corner.x),
                translate_y: Some(corner.y),
                dpi: Some(picture.image.width() as f32 / (area.width / 25.4)),
                ..XObjectTransform::default()
            },
        });
    }

    fn stroke_rings(&mut self, rings: Vec<(Vec<LinePoint>, bool)>) {
        for (points, is_closed) in rings {
            self.ops.push(Op::DrawLine {
                line: Line { points, is_closed },
            });
        }
    }

    fn text(&mut self, line: &TextLine) {
        let Some(face) = self.faces.iter().find(|face| face.bold == line.bold) else {
            return;
        };
        let font: &Font = self.scene.fonts.get(line.bold);
        let units = f32::from(face.parsed.pdf_font_metrics.units_per_em);
        // A kern after each glyph moves the pen from the font's own advance
        // (what the PDF viewer uses) to the shaped advance. A glyph the
        // shaper moves sideways (a mark on its letter) is moved by the kern
        // before it and moved back by the kern after it.
        let thousandths = |units: i32| units as f32 * 1000.0 / font.units_per_em;
        let mut glyphs: Vec<Codepoint> = Vec::with_capacity(line.glyphs.len());
        let mut lead = 0.0;
        for glyph in &line.glyphs {
            let id = face.new_id(glyph.id);
            let plain = face
                .parsed
                .get_glyph_width(id)
                .map_or(0, |width| (f32::from(width) * 1000.0 / units) as i64);
            let shift = thousandths(glyph.x_offset);
            match glyphs.last_mut() {
                Some(previous) => previous.offset -= shift,
                None => lead = shift,
            }
            let kern = plain as f32 - thousandths(glyph.advance) + shift;
            glyphs.push(Codepoint::with_cid(id, kern, glyph.text.clone()));
        }
        let origin = self.point(line.x, line.baseline);
        let matrix = if line.upside_down {
            TextMatrix::TranslateRotate(origin.x, origin.y, 180.0)
        } else {
            TextMatrix::Translate(origin.x, origin.y)
        };
        let col = self.colour(line.colour, Use::Line);
        let black = is_black_ink(&col);
        if black {
            self.ops.push(Op::SaveGraphicsState);
            self.overprint_black(true);
        }
        self.ops.extend([
            Op::StartTextSection,
            Op::SetFont {
                font: PdfFontHandle::External(face.id.clone()),
                size: Pt(line.size / MM_PER_PT),
            },
            Op::SetFillColor { col },
            Op::SetTextMatrix { matrix },
            Op::ShowText {
                items: if lead == 0.0 {
                    vec![TextItem::GlyphIds(glyphs)]
                } else {
                    vec![TextItem::Offset(-lead), TextItem::GlyphIds(glyphs)]
                },
            },
            Op::EndTextSection,
        ]);
        if black {
            self.ops.push(Op::RestoreGraphicsState);
        }
    }

    /// Black ink alone overprints what lies below it, as presses print
    /// black text and lines: a plate that shifts leaves no white gap
    /// beside a letter. Mode 1: the other inks below stay. For a line only
    /// its stroke overprints, so that a white fill under it still knocks
    /// out. (printpdf writes its "fill" flag as /OP, the key for strokes,
    /// and its "stroke" flag as /op.)
    fn overprint_black(&mut self, text: bool) {
        let kept = if text {
            &self.black_text
        } else {
            &self.black_lines
        };
        let gs = match kept {
            Some(gs) => gs.clone(),
            None => {
                let state = ExtendedGraphicsState::default()
                    .with_overprint_stroke(text)
                    .with_overprint_fill(!text)
                    .with_overprint_mode(printpdf::OverprintMode::KeepUnderlying);
                let gs = self.document.add_graphics_state(state);
                if text {
                    self.black_text = Some(gs.clone());
                } else {
                    self.black_lines = Some(gs.clone());
                }
                gs
            }
        };
        self.ops.push(Op::LoadGraphicsState { gs });
    }

    /// The die-cut line: a hairline stroke in the Separation colour space,
    /// full tint, overprinting whatever lies below.
    fn cut_line(&mut self, path: &tiny_skia::Path) {
        // Both flags: printpdf writes its "fill" flag as /OP, the key for
        // strokes, and its "stroke" flag as /op.
        let overprint = ExtendedGraphicsState::default()
            .with_overprint_stroke(true)
            .with_overprint_fill(true)
            .with_overprint_mode(printpdf::OverprintMode::KeepUnderlying);
        let gs = self.document.add_graphics_state(overprint);
        let rings = self.rings(path);
        self.ops.extend([
            Op::SaveGraphicsState,
            Op::LoadGraphicsState { gs },
            Op::SetColorSpaceStroke {
                id: CUT_SPACE.to_owned(),
            },
            Op::Unknown {
                key: "SCN".to_owned(),
                value: vec![DictItem::Real(1.0)],
            },
            Op::SetOutlineThickness {
                pt: Pt(HAIRLINE_PT),
            },
        ]);
        self.stroke_rings(rings);
        self.ops.push(Op::RestoreGraphicsState);
    }

    /// The white ink plate for clear film, over the area the background
    /// covers; everything after it overprints it. Overprinting keeps the
    /// white under the colours: without it, each colour would knock the
    /// white out of its own area and print see-through again. Mode 0 keeps
    /// the process inks knocking each other out as they always do.
    fn white_plate(&mut self) {
        self.ops.extend([
            Op::SetColorSpaceFill {
                id: WHITE_SPACE.to_owned(),
            },
            Op::Unknown {
                key: "scn".to_owned(),
                value: vec![DictItem::Real(1.0)],
            },
        ]);
        for area in self.white_areas() {
            self.ops.push(Op::DrawRectangle {
                rectangle: self.rect(area, PaintMode::Fill),
            });
        }
        let overprint = ExtendedGraphicsState::default()
            .with_overprint_stroke(true)
            .with_overprint_fill(true)
            .with_overprint_mode(printpdf::OverprintMode::EraseUnderlying);
        let gs = self.document.add_graphics_state(overprint);
        self.ops.push(Op::LoadGraphicsState { gs });
    }

    /// Where white ink goes: under each sign of a sheet, its bleed
    /// included, or under the whole page.
    fn white_areas(&self) -> Vec<MmRect> {
        let inset = self.inset();
        let signs: Vec<MmRect> = self
            .scene
            .items
            .iter()
            .filter_map(|item| match item {
                Item::Clipped(clip, _) => Some(MmRect {
                    x: clip.x + inset,
                    y: clip.y + inset,
                    ..*clip
                }),
                _ => None,
            })
            .collect();
        if signs.is_empty() {
            vec![self.scene.boxes.bleed_box()]
        } else {
            signs
        }
    }

    /// Strokes from here on in the registration colour.
    fn registration_stroke(&mut self) {
        self.ops.extend([
            Op::SetColorSpaceStroke {
                id: REGISTRATION_SPACE.to_owned(),
            },
            Op::Unknown {
                key: "SCN".to_owned(),
                value: vec![DictItem::Real(1.0)],
            },
        ]);
    }

    /// Crop marks in the registration colour, the Separation /All, which
    /// prints on every plate and which ink-limit checks leave alone.
    fn crop_marks(&mut self) {
        let marks = self.scene.boxes.crop_marks();
        if marks.is_empty() {
            return;
        }
        self.ops.push(Op::SaveGraphicsState);
        self.registration_stroke();
        self.ops.extend([Op::SetOutlineThickness {
            pt: Pt(HAIRLINE_PT),
        }]);
        let inset = self.inset();
        for [(x1, y1), (x2, y2)] in marks {
            // Marks are placed on the sheet, not on the finished size.
            let points = [(x1 - inset, y1 - inset), (x2 - inset, y2 - inset)]
                .map(|(x, y)| LinePoint {
                    p: self.point(x, y),
                    bezier: false,
                })
                .to_vec();
            self.ops.push(Op::DrawLine {
                line: Line {
                    points,
                    is_closed: false,
                },
            });
        }
        self.ops.push(Op::RestoreGraphicsState);
    }

    /// A colour as the PDF writes it: the press's inks for a print file,
    /// the screen colour for a document to read.
    fn colour(&self, colour: Colour, used_for: Use) -> Color {
        if let Some(press) = &self.inks {
            let [c, m, y, k] = colour.to_ink(press, used_for);
            Color::Cmyk(Cmyk::new(c, m, y, k, None))
        } else {
            let [r, g, b] = colour.to_rgb().map(|channel| f32::from(channel) / 255.0);
            Color::Rgb(Rgb::new(r, g, b, None))
        }
    }

    /// How far the finished size sits from the sheet's corner, in mm.
    fn inset(&self) -> f32 {
        self.scene.boxes.bleed + self.scene.boxes.slug
    }

    /// A point of the scene (mm from the trim's top-left, y down) on the
    /// PDF page (points from the sheet's bottom-left, y up).
    fn point(&self, x: f32, y: f32) -> Point {
        let inset = self.inset();
        let sheet_height = self.scene.boxes.media().height;
        Point {
            x: Pt((x + inset) / MM_PER_PT),
            y: Pt((sheet_height - y - inset) / MM_PER_PT),
        }
    }

    /// A rectangle on the sheet, as printpdf wants it.
    fn rect(&self, rect: MmRect, mode: PaintMode) -> Rect {
        let sheet_height = self.scene.boxes.media().height;
        Rect {
            x: Pt(rect.x / MM_PER_PT),
            y: Pt((sheet_height - rect.bottom()) / MM_PER_PT),
            width: Pt(rect.width / MM_PER_PT),
            height: Pt(rect.height / MM_PER_PT),
            mode: Some(mode),
            winding_order: Some(WindingOrder::NonZero),
        }
    }

    /// The subpaths of an outline, quadratic curves raised to cubic, each
    /// with whether it is closed.
    fn rings(&self, path: &tiny_skia::Path) -> Vec<(Vec<LinePoint>, bool)> {
        let mut rings = Vec::new();
        let mut points: Vec<LinePoint> = Vec::new();
        let mut last = tiny_skia::Point::zero();
        let on = |p: tiny_skia::Point| LinePoint {
            p: self.point(p.x, p.y),
            bezier: false,
        };
        let handle = |p: tiny_skia::Point| LinePoint {
            p: self.point(p.x, p.y),
            bezier: true,
        };
        for segment in path.segments() {
            match segment {
                PathSegment::MoveTo(p) => {
                    if points.len() > 1 {
                        rings.push((std::mem::take(&mut points), false));
                    }
                    points.clear();
                    points.push(on(p));
                    last = p;
                }
                PathSegment::LineTo(p) => {
                    points.push(on(p));
                    last = p;
                }
                PathSegment::QuadTo(c, p) => {
                    let c1 = lerp(last, c, 2.0 / 3.0);
                    let c2 = lerp(p, c, 2.0 / 3.0);
                    points.extend([handle(c1), handle(c2), on(p)]);
                    last = p;
                }
                PathSegment::CubicTo(c1, c2, p) => {
                    points.extend([handle(c1), handle(c2), on(p)]);
                    last = p;
                }
                PathSegment::Close => {
                    if points.len() > 1 {
                        rings.push((std::mem::take(&mut points), true));
                    }
                }
            }
        }
        if points.len() > 1 {
            rings.push((points, false));
        }
        rings
    }
}

/// The point `t` of the way from `a` to `b`.
fn lerp(a: tiny_skia::Point, b: tiny_skia::Point, t: f32) -> tiny_skia::Point {
    tiny_skia::Point::from_xy(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t)
}

/// What printpdf cannot write on a page: its boxes and the cut colour space.
fn finish_pages(pdf: &mut lopdf::Document, scenes: &[&Scene]) {
    let page_ids: Vec<_> = pdf.get_pages().into_values().collect();
    for (page_id, scene) in page_ids.into_iter().zip(scenes) {
        let media = scene.boxes.media();
        let to_pt = |rect: MmRect| {
            Object::Array(
                [
                    rect.x,
                    media.height - rect.bottom(),
                    rect.right(),
                    media.height - rect.y,
                ]
                .map(|mm| Object::Real(mm / MM_PER_PT))
                .to_vec(),
            )
        };
        let sheet = MmRect {
            x: 0.0,
            y: 0.0,
            width: media.width,
            height: media.height,
        };
        let resources = {
            let Ok(page) = pdf.get_dictionary_mut(page_id) else {
                continue;
            };
            page.set("MediaBox", to_pt(sheet));
            page.set("CropBox", to_pt(sheet));
            page.set("BleedBox", to_pt(scene.boxes.bleed_box()));
            page.set("TrimBox", to_pt(scene.boxes.trim_box()));
            page.remove(b"Annots");
            page.get(b"Resources").and_then(Object::as_reference).ok()
        };
        // The spot colours the page draws with: the cut line's, and the
        // registration colour of its crop marks.
        let mut separations = Vec::new();
        if let Some(cut) = &scene.cut {
            separations.push((CUT_SPACE, separation(&cut.name, [0.0, 1.0, 0.0, 0.0])));
        }
        // Shown as no ink where white ink is not simulated: white film.
        if let Some(white) = &scene.press.white {
            separations.push((WHITE_SPACE, separation(white, [0.0; 4])));
        }
        if !scene.boxes.crop_marks().is_empty() || draws_registration(&scene.items) {
            separations.push((REGISTRATION_SPACE, separation("All", [1.0; 4])));
        }
        if separations.is_empty() {
            continue;
        }
        let resources = match resources {
            Some(id) => pdf.get_dictionary_mut(id),
            None => pdf
                .get_dictionary_mut(page_id)
                .and_then(|page| page.get_mut(b"Resources"))
                .and_then(Object::as_dict_mut),
        }
        .expect("printpdf writes a resource dictionary for every page");
        let mut spaces = resources
            .get(b"ColorSpace")
            .and_then(Object::as_dict)
            .cloned()
            .unwrap_or_default();
        for (space, colour) in separations {
            spaces.set(space, colour);
        }
        resources.set("ColorSpace", spaces);
    }
}

/// What printpdf cannot write for the document: its language, honest
/// document information and the subsets' names; then everything is
/// compressed.
fn finish_document(
    pdf: &mut lopdf::Document,
    first: &Scene,
    fonts: &Embedded,
) -> Option<LateProfile> {
    let catalog_id = pdf.trailer.get(b"Root").and_then(Object::as_reference).ok();
    if let Some(catalog) = catalog_id.and_then(|id| pdf.get_dictionary_mut(id).ok()) {
        catalog.set("Lang", Object::string_literal(first.lang.as_str()));
        catalog.set(
            "ViewerPreferences",
            Dictionary::from_iter([("DisplayDocTitle", Object::Boolean(true))]),
        );
    }
    let info_id = pdf.trailer.get(b"Info").and_then(Object::as_reference).ok();
    if let Some(info) = info_id.and_then(|id| pdf.get_dictionary_mut(id).ok()) {
        // printpdf's claims, which its document does not meet; streep's
        // own, where it meets them, follow.
        for key in ["GTS_PDFXVersion", "Trapped", "Identifier"] {
            info.remove(key.as_bytes());
        }
        let empty: Vec<Vec<u8>> = info
            .iter()
            .filter(|(_, value)| is_empty_text(value))
            .map(|(key, _)| key.clone())
            .collect();
        for key in empty {
            info.remove(&key);
        }
    }
    let font_names = fonts.font_names();
    for object in pdf.objects.values_mut() {
        name_subsets(object, &font_names);
    }
    pdf.version = version_of(pdf, &first.press).to_owned();
    let profile = pdfx::claim(pdf, &first.press, &first.title, &producer());
    compress(pdf);
    profile
}

/// The PDF version a document needs: PDF/X-4 is PDF 1.6 and PDF/X-1a PDF
/// 1.4; a plain PDF needs 1.6 for an OpenType (CFF) font program, 1.4 for
/// TrueType and transparency.
fn version_of(pdf: &lopdf::Document, press: &Press) -> &'static str {
    match press.standard {
        PdfStandard::X4 => "1.6",
        PdfStandard::X1a => "1.4",
        PdfStandard::None if has_open_type_font(pdf) => "1.6",
        PdfStandard::None => "1.4",
    }
}

fn has_open_type_font(pdf: &lopdf::Document) -> bool {
    pdf.objects.values().any(|object| {
        object
            .as_dict()
            .is_ok_and(|dictionary| dictionary.has(b"FontFile3"))
    })
}

/// What the document says made it.
fn producer() -> String {
    format!("streep {} (printpdf)", env!("CARGO_PKG_VERSION"))
}

/// Deflates every stream that is not yet filtered, with one compressor per
/// thread for all streams of all documents: lopdf's own `compress` starts a
/// new one at the best (slowest) level for each stream, and setting one up
/// costs more than compressing a sign's page.
fn compress(pdf: &mut lopdf::Document) {
    use flate2::{Compress, Compression};
    thread_local! {
        static COMPRESSOR: std::cell::RefCell<Compress> =
            std::cell::RefCell::new(Compress::new(Compression::fast(), true));
    }
    COMPRESSOR.with_borrow_mut(|compressor| compress_with(pdf, compressor));
}

fn compress_with(pdf: &mut lopdf::Document, compressor: &mut flate2::Compress) {
    for object in pdf.objects.values_mut() {
        let Object::Stream(stream) = object else {
            continue;
        };
        if stream.dict.has(b"Filter") || !stream.allows_compression {
            continue;
        }
        // A stream that does not shrink is left as it is.
        if let Some(compressed) = deflated_once(&stream.content, compressor)
            .filter(|compressed| compressed.len() + 19 < stream.content.len())
        {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(compressed);
        }
    }
}

/// Large streams (font programs) deflated once for the last few seen: the
/// signs of a batch mostly embed the same subsets.
fn deflated_once(content: &[u8], compressor: &mut flate2::Compress) -> Option<Vec<u8>> {
    const LARGE: usize = 4096;
    static RECENT: Recent<Vec<u8>, Vec<u8>> = Recent::new(KEPT_RECENT);
    let mut deflate = || {
        compressor.reset();
        let mut compressed = Vec::with_capacity(content.len() + 64);
        let done = compressor
            .compress_vec(content, &mut compressed, flate2::FlushCompress::Finish)
            .is_ok_and(|status| status == flate2::Status::StreamEnd);
        done.then_some(compressed).ok_or(())
    };
    if content.len() < LARGE {
        return deflate().ok();
    }
    RECENT
        .get_or_make(|original| original == content, || content.to_vec(), deflate)
        .ok()
}

/// Gives each embedded subset the name PDF readers expect of one, in font
/// dictionaries wherever they sit (a CIDFont lies inside its Type0 font).
fn name_subsets(object: &mut Object, font_names: &[(String, String)]) {
    match object {
        Object::Dictionary(dictionary) => {
            for (key, value) in dictionary.iter_mut() {
                match value {
                    Object::Name(name) if key == b"BaseFont" || key == b"FontName" => {
                        if let Some((_, subset_name)) = font_names
                            .iter()
                            .find(|(id, _)| id.as_bytes() == name.as_slice())
                        {
                            *name = subset_name.as_bytes().to_vec();
                        }
                    }
                    value => name_subsets(value, font_names),
                }
            }
        }
        Object::Array(items) => {
            for item in items {
                name_subsets(item, font_names);
            }
        }
        Object::Stream(stream) => {
            let mut dictionary = Object::Dictionary(std::mem::take(&mut stream.dict));
            name_subsets(&mut dictionary, font_names);
            if let Object::Dictionary(dictionary) = dictionary {
                stream.dict = dictionary;
            }
        }
        _ => {}
    }
}

/// [`subset`], made once for the last few glyph sets of each font: the
/// signs of a batch mostly use the same letters.
fn subset_once(font: &Font, glyphs: &[u16]) -> Result<ParsedFont> {
    static RECENT: Recent<(Arc<[u8]>, Vec<u16>), ParsedFont> = Recent::new(KEPT_RECENT);
    let program = font.program();
    RECENT.get_or_make(
        |(data, kept)| Arc::ptr_eq(data, &program) && kept == glyphs,
        || (program.clone(), glyphs.to_vec()),
        || subset(font, glyphs),
    )
}

/// A font holding only `glyphs` (sorted, glyph 0 first), as printpdf embeds it.
fn subset(font: &Font, glyphs: &[u16]) -> Result<ParsedFont> {
    use allsorts::binary::read::ReadScope;
    use allsorts::font_data::FontData;
    use allsorts::subset::{CmapTarget, SubsetProfile};

    let broken = |reason: String| {
        Error::Sign(
            Msg::new("error-font-broken")
                .arg("font", &font.family)
                .arg("reason", reason),
        )
    };
    let scope = ReadScope::new(font.data());
    let file = scope
        .read::<FontData<'_>>()
        .map_err(|e| broken(e.to_string()))?;
    let provider = file.table_provider(0).map_err(|e| broken(e.to_string()))?;
    let bytes =
        allsorts::subset::subset(&provider, glyphs, &SubsetProfile::Pdf, CmapTarget::Unicode)
            .map_err(|e| broken(e.to_string()))?;
    ParsedFont::from_bytes(&bytes, 0, &mut Vec::new())
        .ok_or_else(|| broken("printpdf cannot read its subset".to_owned()))
}

/// Six capitals that name a subset, the same for the same glyphs of the same font.
fn subset_tag(postscript_name: &str, glyphs: &[u16]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let bytes = postscript_name
        .bytes()
        .chain(glyphs.iter().flat_map(|glyph| glyph.to_be_bytes()));
    for byte in bytes {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
    }
    (0..6)
        .map(|i| char::from(b'A' + ((hash >> (i * 8)) % 26) as u8))
        .collect()
}

/// Whether a colour is black ink alone, at full strength.
fn is_black_ink(colour: &Color) -> bool {
    matches!(colour, Color::Cmyk(ink) if ink.c == 0.0 && ink.m == 0.0 && ink.y == 0.0 && ink.k == 1.0)
}

/// Whether any of `items` is stroked in the registration colour (the crop
/// marks a sheet draws for each of its signs).
fn draws_registration(items: &[Item]) -> bool {
    items.iter().any(|item| match item {
        Item::Shape(shape) => shape
            .stroke
            .is_some_and(|stroke| stroke.colour == Colour::REGISTRATION),
        Item::Clipped(_, inner) => draws_registration(inner),
        Item::Text(_) | Item::Picture(_) => false,
    })
}

/// A Separation colour space: the named spot colour, shown as the
/// `alternate` inks where the colour itself is not available.
fn separation(name: &str, alternate: [f32; 4]) -> Object {
    let tint = Dictionary::from_iter([
        ("FunctionType", Object::Integer(2)),
        ("Domain", vec![0.into(), 1.into()].into()),
        ("C0", vec![0.into(), 0.into(), 0.into(), 0.into()].into()),
        ("C1", alternate.map(Object::Real).to_vec().into()),
        ("N", Object::Integer(1)),
    ]);
    Object::Array(vec![
        Object::Name(b"Separation".to_vec()),
        Object::Name(name.as_bytes().to_vec()),
        Object::Name(b"DeviceCMYK".to_vec()),
        Object::Dictionary(tint),
    ])
}

/// An empty string, as UTF-16 with its byte-order mark or as plain bytes.
fn is_empty_text(value: &Object) -> bool {
    match value {
        Object::String(bytes, StringFormat::Literal | StringFormat::Hexadecimal) => {
            bytes.is_empty() || bytes == b"\xfe\xff"
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_text_is_recognised_in_both_encodings() {
        assert!(is_empty_text(&Object::String(
            Vec::new(),
            StringFormat::Literal
        )));
        assert!(is_empty_text(&Object::String(
            b"\xfe\xff".to_vec(),
            StringFormat::Hexadecimal
        )));
        assert!(!is_empty_text(&Object::string_literal("streep")));
    }
}
