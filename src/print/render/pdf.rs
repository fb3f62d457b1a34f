//! PDF for print, with printpdf and lopdf: the page at its exact size,
//! TrimBox and BleedBox, text as real text in an embedded subset font, and
//! a sticker's cut line as a hairline stroke in a Separation spot colour,
//! overprinting, drawn last.
//!
//! Colours are written as the inks of the press (see [`Press`]) in the
//! PDF/X files print shops ask for, and as sRGB in a plain PDF. A white ink
//! plate for clear film lies under the artwork, which overprints it.
//!
//! printpdf embeds the fonts: a document of one page that shows every
//! glyph the pages use gives the fonts' objects, widths and text, and its
//! page is then taken out. Each page is drawn by [`pdf_page`] straight into
//! its content stream, and written to the file as soon as it is drawn, so
//! that a batch of ten thousand pages never waits whole in memory. The
//! document's claims are finished through lopdf ([`pdfx`]): the PDF/X
//! claims, or, for a plain PDF, an information dictionary that claims no
//! conformance.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::io::Write;
use std::sync::Arc;

use lopdf::{Dictionary, Object, ObjectId, Stream, StringFormat};
use printpdf::{
    Codepoint, FontId, Op, ParsedFont, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Pt,
    TextItem,
};

use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::print::colour::Colour;
use crate::print::font::{Font, Fonts};
use crate::print::geometry::{MM_PER_PT, PageBoxes, Rect as MmRect};
use crate::print::render::Pages;
use crate::print::render::pdf_file::PdfFile;
use crate::print::render::pdf_page::{
    self, CUT_SPACE, DrawnPage, PageFace, REGISTRATION_SPACE, WHITE_SPACE,
};
use crate::print::render::pdfx::{self, LateProfile};
use crate::print::scene::{Item, Press, Scene};
use crate::print::sign::PdfStandard;
use crate::recent::Recent;

/// How many font subsets and compressed font programs are kept for the
/// signs that follow.
const KEPT_RECENT: usize = 64;

/// A document of more pages is drawn in parts of this many: each part is
/// laid out, drawn, compressed and written before the next is begun.
const PAGES_AT_ONCE: usize = 32;

/// The glyphs a document's text uses, each with the text it stands for: of
/// the regular face, then of the bold.
pub type Glyphs = [BTreeMap<u16, Arc<str>>; 2];

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

/// How many times [`pdf_pages`] asks for each of `count` pages: a few are
/// laid out once and kept, many are laid out as they are drawn, after a
/// first pass over them all that learns the glyphs the fonts need.
pub fn pdf_passes(count: usize) -> u64 {
    if count <= PAGES_AT_ONCE { 1 } else { 2 }
}

/// The pages as one PDF written to `out`, part by part as they are drawn.
pub fn write_pdf_pages(pages: &(impl Pages + ?Sized), out: &mut dyn Write) -> Result<()> {
    use rayon::prelude::*;
    let count = pages.count();
    let kept: Vec<Cow<'_, Scene>> = if pdf_passes(count) == 1 {
        (0..count)
            .map(|index| pages.page(index))
            .collect::<Result<_>>()?
    } else {
        Vec::new()
    };
    let mut glyphs = if kept.is_empty() {
        glyphs_of_all(pages)?
    } else {
        glyphs_of(&kept.iter().map(|scene| &**scene).collect::<Vec<_>>())
    };
    let first = match kept.first() {
        Some(scene) => Cow::Borrowed(&**scene),
        None => pages.page(0)?,
    };
    with_common_glyphs(&mut glyphs, &first.fonts);
    let fonts = Embedded::new(&first, &glyphs)?;
    let mut book = fonts.book(&first, &glyphs);
    let faces = fonts.page_faces();
    let mut file =
        PdfFile::begin(out, version_of(&book.pdf, &first.press)).map_err(Error::Write)?;
    for start in (0..count).step_by(PAGES_AT_ONCE) {
        let part = (start..count.min(start + PAGES_AT_ONCE))
            .into_par_iter()
            .map(|index| {
                let scene = match kept.get(index) {
                    Some(scene) => Cow::Borrowed(&**scene),
                    None => pages.page(index)?,
                };
                Page::drawn(&scene, &faces)
            })
            .collect::<Result<Vec<_>>>()?;
        for page in part {
            for (id, object) in book.add_page(page) {
                file.object(id, &object).map_err(Error::Write)?;
            }
        }
    }
    let mut pdf = book.pdf;
    let profile = finish_document(&mut pdf, &first);
    file.finish(&pdf, late_content(profile.as_ref()))
        .map_err(Error::Write)
}

/// The glyphs of every page, from the pages if they know them, else by
/// laying each out.
fn glyphs_of_all(pages: &(impl Pages + ?Sized)) -> Result<Glyphs> {
    use rayon::prelude::*;
    if let Some(glyphs) = pages.glyphs() {
        return Ok(glyphs);
    }
    (0..pages.count())
        .into_par_iter()
        .map(|index| pages.page(index).map(|scene| glyphs_of(&[&scene])))
        .try_reduce(Glyphs::default, |mut all, more| {
            merge_glyphs(&mut all, more);
            Ok(all)
        })
}

/// The content of a stream left out of the document, to be written straight.
fn late_content(profile: Option<&LateProfile>) -> Option<(ObjectId, &[u8])> {
    profile.map(|late| (late.id, late.profile.deflated()))
}

/// Adds the glyphs of `more` to `all`.
pub fn merge_glyphs(all: &mut Glyphs, more: Glyphs) {
    for (face, glyphs) in all.iter_mut().zip(more) {
        for (id, text) in glyphs {
            face.entry(id).or_insert(text);
        }
    }
}

/// The glyphs the scenes' text uses.
pub fn glyphs_of(scenes: &[&Scene]) -> Glyphs {
    let mut glyphs = Glyphs::default();
    for line in scenes.iter().flat_map(|scene| scene.lines()) {
        let face = &mut glyphs[usize::from(line.bold)];
        for glyph in &line.glyphs {
            face.entry(glyph.id)
                .or_insert_with(|| Arc::from(glyph.text.as_str()));
        }
    }
    glyphs
}

/// Adds to each face a document shows glyph 0, which every font keeps,
/// and the font's [common glyphs](Font::common_glyphs).
fn with_common_glyphs(glyphs: &mut Glyphs, fonts: &Fonts) {
    for (bold, face) in [false, true].into_iter().zip(glyphs) {
        if face.is_empty() {
            continue;
        }
        face.entry(0).or_insert_with(|| Arc::from(""));
        for (id, text) in fonts.get(bold).common_glyphs() {
            face.entry(*id).or_insert_with(|| text.clone());
        }
    }
}

/// The fonts of a document, each a subset holding the glyphs of all its
/// pages, embedded once.
struct Embedded {
    /// The document with its fonts and information, and no pages yet.
    template: PdfDocument,
    faces: Vec<Face>,
}

/// One face as embedded: a subset of the font holding only the glyphs the
/// document uses, renumbered from 1 in the order of `glyphs`.
struct Face {
    bold: bool,
    id: FontId,
    /// The original glyph ids, sorted; a glyph's place is its new id.
    glyphs: Vec<u16>,
    /// The subset's name in the PDF: a tag of six capitals, "+", the font's
    /// PostScript name, as PDF readers expect of a subset.
    name: String,
    /// The advance of each glyph of the subset, in thousandths of an em,
    /// as a PDF reader takes it from the font.
    widths: Vec<i64>,
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
        // The title and dates are each document's own, set as it is
        // finished: the fonts are shared by the documents of a batch.
        let mut template = PdfDocument::new("");
        let info = &mut template.metadata.info;
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
            let units = f32::from(parsed.pdf_font_metrics.units_per_em);
            let widths = (0..glyphs.len())
                .map(|new_id| {
                    parsed
                        .get_glyph_width(new_id as u16)
                        .map_or(0, |width| (f32::from(width) * 1000.0 / units) as i64)
                })
                .collect();
            faces.push(Face {
                bold,
                id,
                glyphs,
                name,
                widths,
            });
        }
        Ok(Embedded { template, faces })
    }

    /// The document's fonts and no pages. printpdf writes a font's widths
    /// and the text of its glyphs only for the glyphs its pages show, so it
    /// is made with one page that shows every glyph, and the page is then
    /// taken out.
    fn book(&self, first: &Scene, glyphs: &Glyphs) -> Book {
        // The signs of a batch mostly show the same letters: their books
        // begin the same, but for the title and dates, set when finished.
        type Key = (Arc<[u8]>, Arc<[u8]>, Glyphs);
        static RECENT: Recent<Key, Book> = Recent::new(KEPT_RECENT / 4);
        let (regular, bold) = (
            first.fonts.get(false).program(),
            first.fonts.get(true).program(),
        );
        RECENT
            .get_or_make(
                |(known_regular, known_bold, known)| {
                    Arc::ptr_eq(known_regular, &regular)
                        && Arc::ptr_eq(known_bold, &bold)
                        && known == glyphs
                },
                || (regular.clone(), bold.clone(), glyphs.clone()),
                || Ok::<_, std::convert::Infallible>(self.new_book(first, glyphs)),
            )
            .unwrap_or_else(|never| match never {})
    }

    fn new_book(&self, first: &Scene, glyphs: &Glyphs) -> Book {
        let ops = self
            .faces
            .iter()
            .flat_map(|face| {
                let shown = glyphs[usize::from(face.bold)]
                    .iter()
                    .map(|(&id, text)| Codepoint::with_cid(face.new_id(id), 0.0, text.to_string()))
                    .collect();
                [
                    Op::StartTextSection,
                    Op::SetFont {
                        font: PdfFontHandle::External(face.id.clone()),
                        size: Pt(1.0),
                    },
                    Op::ShowText {
                        items: vec![TextItem::GlyphIds(shown)],
                    },
                    Op::EndTextSection,
                ]
            })
            .collect();
        let media = first.boxes.media();
        let sheet = PdfPage::new(printpdf::Mm(media.width), printpdf::Mm(media.height), ops);
        let options = PdfSaveOptions {
            optimize: false,
            // streep subsets the fonts itself: printpdf only does with
            // features that pull in a whole layout engine.
            subset_fonts: false,
            secure: false,
            image_optimization: None,
        };
        let shown = self
            .template
            .clone()
            .with_pages(vec![sheet])
            .to_lopdf_document(&options, &mut Vec::new());
        let mut book = Book::new(shown);
        // The fonts as they are written, named and compressed once for all
        // the documents that share them; their resource names are the
        // faces', the same in every document.
        let font_names = self.font_names();
        for object in book.pdf.objects.values_mut() {
            name_subsets(object, &font_names);
            self.set_cap_height(object, first);
        }
        let fonts = match &book.fonts {
            Object::Reference(id) => book.pdf.get_dictionary_mut(*id).ok(),
            _ => None,
        };
        if let Some(fonts) = fonts {
            for face in &self.faces {
                if let Some(font) = fonts.remove(face.id.0.as_bytes()) {
                    fonts.set(font_resource(face.bold), font);
                }
            }
        }
        compress(&mut book.pdf);
        book
    }

    /// The cap height in a face's font descriptor, which printpdf gives as
    /// the ascent: a viewer that must stand in another font sizes it by it.
    fn set_cap_height(&self, object: &mut Object, first: &Scene) {
        let Ok(descriptor) = object.as_dict_mut() else {
            return;
        };
        if descriptor.get(b"Type").and_then(Object::as_name).ok() != Some(b"FontDescriptor") {
            return;
        }
        let name = descriptor.get(b"FontName").and_then(Object::as_name).ok();
        let Some(face) = self
            .faces
            .iter()
            .find(|face| Some(face.name.as_bytes()) == name)
        else {
            return;
        };
        let cap_height = first.fonts.get(face.bold).cap_height * 1000.0;
        descriptor.set("CapHeight", Object::Integer(cap_height.round() as i64));
    }

    /// The faces as pages draw with them.
    fn page_faces(&self) -> Vec<PageFace<'_>> {
        self.faces
            .iter()
            .map(|face| PageFace {
                bold: face.bold,
                resource: font_resource(face.bold),
                glyphs: &face.glyphs,
                widths: &face.widths,
            })
            .collect()
    }
    /// What each face is called as a font resource, and as a subset.
    fn font_names(&self) -> Vec<(String, String)> {
        self.faces
            .iter()
            .map(|face| (face.id.0.clone(), face.name.clone()))
            .collect()
    }
}

/// The name a page's resources give a face.
fn font_resource(bold: bool) -> &'static str {
    if bold { "Bold" } else { "Regular" }
}

/// A document being put together: its fonts, catalog and page tree, and
/// the pages, which are written out as they are added.
#[derive(Clone)]
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
        let resources = resources_of(&shown, &page).cloned().unwrap_or_default();
        let fonts = resources.get(b"Font").cloned().unwrap_or(Object::Null);
        // The sheet's own objects go with it: its content, its resources,
        // and the (empty) dictionaries of images, graphics states and
        // shadings that printpdf gives every page.
        let mut unused: Vec<ObjectId> = ["XObject", "ExtGState", "Shading"]
            .iter()
            .filter_map(|key| resources.get(key.as_bytes()).ok()?.as_reference().ok())
            .collect();
        for key in [b"Contents".as_slice(), b"Resources"] {
            if let Ok(id) = page.get(key).and_then(Object::as_reference) {
                unused.push(id);
            }
        }
        for id in unused {
            shown.objects.remove(&id);
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

    /// Adds a drawn page to the page tree; returns its objects, with the
    /// ids they take, to be written out: the book keeps none of them.
    fn add_page(&mut self, page: Page) -> Vec<(ObjectId, Object)> {
        let mut objects = Vec::new();
        let mut images = Dictionary::new();
        for (index, (mut image, mask)) in page.drawn.images.into_iter().enumerate() {
            if let Some(mask) = mask {
                let mask_id = self.pdf.new_object_id();
                image.dict.set("SMask", Object::Reference(mask_id));
                objects.push((mask_id, Object::Stream(mask)));
            }
            let id = self.pdf.new_object_id();
            objects.push((id, Object::Stream(image)));
            images.set(format!("Im{index}"), Object::Reference(id));
        }
        let states = Dictionary::from_iter(
            page.drawn
                .states
                .into_iter()
                .enumerate()
                .map(|(index, state)| (format!("GS{index}"), Object::Dictionary(state))),
        );
        let mut resources = Dictionary::from_iter([("Font", self.fonts.clone())]);
        for (key, entries) in [
            ("ExtGState", states),
            ("XObject", images),
            ("ColorSpace", page.spaces),
        ] {
            if !entries.is_empty() {
                resources.set(key, Object::Dictionary(entries));
            }
        }
        let content = self.pdf.new_object_id();
        objects.push((content, Object::Stream(page.content)));
        let id = self.pdf.new_object_id();
        let mut dictionary = page.boxes;
        dictionary.set("Type", Object::Name(b"Page".to_vec()));
        dictionary.set("Parent", Object::Reference(self.pages));
        dictionary.set("Resources", Object::Dictionary(resources));
        dictionary.set("Contents", Object::Reference(content));
        objects.push((id, Object::Dictionary(dictionary)));
        if let Ok(tree) = self.pdf.get_dictionary_mut(self.pages) {
            let count = tree.get(b"Count").and_then(Object::as_i64).unwrap_or(0);
            tree.set("Count", Object::Integer(count + 1));
            if let Ok(Object::Array(kids)) = tree.get_mut(b"Kids") {
                kids.push(Object::Reference(id));
            }
        }
        objects
    }
}

/// A page drawn and compressed, with its boxes and spot colours, ready to
/// join a book.
struct Page {
    boxes: Dictionary,
    spaces: Dictionary,
    content: Stream,
    drawn: DrawnPage,
}

impl Page {
    fn drawn(scene: &Scene, faces: &[PageFace]) -> Result<Page> {
        pdfx::check_page(scene)?;
        let inks = scene.press.as_ink().then(|| scene.press.profile());
        let mut drawn = pdf_page::draw(scene, faces, inks);
        let mut content = Stream::new(Dictionary::new(), std::mem::take(&mut drawn.content));
        compress_stream(&mut content);
        for (image, mask) in &mut drawn.images {
            compress_stream(image);
            if let Some(mask) = mask {
                compress_stream(mask);
            }
        }
        Ok(Page {
            boxes: page_boxes(&scene.boxes),
            spaces: spot_colours(scene),
            content,
            drawn,
        })
    }
}

/// A page's boxes, in points from the sheet's bottom-left corner.
fn page_boxes(boxes: &PageBoxes) -> Dictionary {
    let media = boxes.media();
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
    Dictionary::from_iter([
        ("MediaBox", to_pt(sheet)),
        ("CropBox", to_pt(sheet)),
        ("BleedBox", to_pt(boxes.bleed_box())),
        ("TrimBox", to_pt(boxes.trim_box())),
    ])
}

/// The spot colours a page draws with: the cut line's, the white ink's,
/// and the registration colour of its crop marks.
fn spot_colours(scene: &Scene) -> Dictionary {
    let mut spaces = Dictionary::new();
    if let Some(cut) = &scene.cut {
        spaces.set(CUT_SPACE, separation(&cut.name, [0.0, 1.0, 0.0, 0.0]));
    }
    // Shown as no ink where white ink is not simulated: white film.
    if let Some(white) = &scene.press.white {
        spaces.set(WHITE_SPACE, separation(white, [0.0; 4]));
    }
    if !scene.boxes.crop_marks().is_empty() || draws_registration(&scene.items) {
        spaces.set(REGISTRATION_SPACE, separation("All", [1.0; 4]));
    }
    spaces
}

/// A page's resource dictionary, written in the page or referred to.
fn resources_of<'d>(pdf: &'d lopdf::Document, page: &'d Dictionary) -> Option<&'d Dictionary> {
    match page.get(b"Resources").ok()? {
        Object::Reference(id) => pdf.get_dictionary(*id).ok(),
        Object::Dictionary(resources) => Some(resources),
        _ => None,
    }
}

/// What the document says of itself: its language, its title and dates,
/// information that claims no more than it meets, and, for PDF/X, the
/// claims and the output intent; then what is left is compressed.
fn finish_document(pdf: &mut lopdf::Document, first: &Scene) -> Option<LateProfile> {
    // One moment for every date the document gives, in its information and
    // in its XMP metadata.
    let now = printpdf::OffsetDateTime::now_utc();
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
        info.set("Title", lopdf::text_string(&first.title));
        let date = Object::string_literal(pdfx::utc_date(now, false));
        info.set("CreationDate", date.clone());
        info.set("ModDate", date);
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
    pdf.version = version_of(pdf, &first.press).to_owned();
    let profile = pdfx::claim(pdf, &first.press, &first.title, &producer(), now);
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
    format!("streep {}", env!("CARGO_PKG_VERSION"))
}

/// Deflates every stream of the document that is not yet filtered.
fn compress(pdf: &mut lopdf::Document) {
    for object in pdf.objects.values_mut() {
        if let Object::Stream(stream) = object {
            compress_stream(stream);
        }
    }
}

/// Deflates a stream unless it is filtered already, with one compressor
/// per thread for all streams of all documents: lopdf's own `compress`
/// starts a new one at the best (slowest) level for each stream, and
/// setting one up costs more than compressing a sign's page.
fn compress_stream(stream: &mut Stream) {
    use flate2::{Compress, Compression};
    thread_local! {
        static COMPRESSOR: std::cell::RefCell<Compress> =
            std::cell::RefCell::new(Compress::new(Compression::fast(), true));
    }
    if stream.dict.has(b"Filter") || !stream.allows_compression {
        return;
    }
    // A stream that does not shrink is left as it is.
    let compressed = COMPRESSOR.with_borrow_mut(|compressor| {
        deflated_once(&stream.content, compressor)
            .filter(|compressed| compressed.len() + 19 < stream.content.len())
    });
    if let Some(compressed) = compressed {
        stream.dict.set("Filter", "FlateDecode");
        stream.set_content(compressed);
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
