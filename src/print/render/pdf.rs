//! PDF for print, with printpdf and lopdf: the page at its exact size,
//! TrimBox and BleedBox, text as real text in an embedded subset font, and
//! a sticker's cut line as a hairline stroke in a Separation spot colour,
//! overprinting, drawn last.
//!
//! Colours are written as the inks of the press (see [`Press`]) in the
//! PDF/X files print shops ask for, and as sRGB in a plain PDF. A white ink
//! plate for clear film lies under the artwork, which overprints it.
//!
//! Each page is laid out and drawn once, by [`pdf_page`] straight into its
//! content stream, and written to the file as soon as it is drawn, so that
//! a batch of ten thousand pages never waits whole in memory. Its glyphs
//! are numbered as the fonts' subsets will number them ([`pdf_fonts`]);
//! the fonts, the page tree and the document's claims follow the last
//! page. What lies under the text of the pages of a document of many
//! pages is held once for all the pages that share it ([`pdf_ground`]).
//! The claims are finished through lopdf ([`pdfx`]): the PDF/X claims,
//! or, for a plain PDF, an information dictionary that claims no
//! conformance.

use std::borrow::Cow;
use std::io::Write;
use std::ops::Range;

use lopdf::{Dictionary, Object, ObjectId, Stream, StringFormat};
use rayon::prelude::*;

use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::print::colour::Colour;
use crate::print::font::Fonts;
use crate::print::geometry::{MM_PER_PT, PageBoxes, Rect as MmRect};
use crate::print::render::Pages;
use crate::print::render::pdf_file::PdfFile;
use crate::print::render::pdf_fonts::{Embedded, Glyphs, KEPT_RECENT, Settled};
use crate::print::render::pdf_ground::{Grounds, PageGround};
use crate::print::render::pdf_page::{
    self, CUT_SPACE, DrawnPage, GROUND, PageFace, REGISTRATION_SPACE, WHITE_SPACE,
};
use crate::print::render::pdfx::{self, LateProfile};
use crate::print::scene::{Item, Scene};
use crate::print::sign::PdfStandard;
use crate::recent::Recent;

/// The pages after the first are drawn in parts of this many: each part is
/// laid out, its glyphs numbered, drawn and compressed while the part
/// before it is written.
const PAGES_AT_ONCE: usize = 128;

/// The page tree and the font resources, which every page refers to before
/// they are written, last: they take the first two object numbers.
const PAGE_TREE: ObjectId = (1, 0);
const FONT_RESOURCES: ObjectId = (2, 0);

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

/// The pages as one PDF written to `out`, part by part as they are drawn;
/// an error if every page is left out.
pub fn write_pdf_pages(pages: &(impl Pages + ?Sized), out: &mut dyn Write) -> Result<()> {
    let count = pages.count();
    let Some((first_index, first)) = first_page(pages)? else {
        return Err(Error::Sign(Msg::new("error-no-pages")));
    };
    let mut glyphs = Glyphs::of(&first.fonts);
    let mut written = Written {
        file: PdfFile::begin(out, version_of(&first)).map_err(Error::Write)?,
        tree: PageTree::default(),
    };
    glyphs.number(&first);
    // A document of one page has nothing to share its ground with.
    let grounds_apart = count > 1;
    let mut drawn = vec![Page::drawn(&first, &glyphs.page_faces(), grounds_apart)?];
    for start in (first_index + 1..count).step_by(PAGES_AT_ONCE) {
        let range = start..count.min(start + PAGES_AT_ONCE);
        let (mut next, mut wrote) = (None, Ok(()));
        // The writing, on this thread, is the one part that cannot be
        // shared among the cores: the next part is drawn meanwhile.
        rayon::in_place_scope(|scope| {
            scope.spawn(|_| next = Some(drawn_part(pages, range, &mut glyphs)));
            wrote = written.add(std::mem::take(&mut drawn));
        });
        wrote?;
        drawn = next.expect("the part is drawn before its scope ends")?;
    }
    written.add(drawn)?;
    let Written { mut file, tree } = written;
    let first_free = tree.next;
    let Settled { mut pdf, fonts } = Embedded::book(&first, &glyphs)?.settled(
        tree.kids,
        first_free,
        [PAGE_TREE, FONT_RESOURCES],
    );
    let profile = finish_document(&mut pdf, &first);
    file.written(&fonts).map_err(Error::Write)?;
    file.finish(&pdf, late_content(profile.as_ref()))
        .map_err(Error::Write)
}

/// The first page that is not left out, and its number.
fn first_page<'p>(pages: &'p (impl Pages + ?Sized)) -> Result<Option<(usize, Cow<'p, Scene>)>> {
    for index in 0..pages.count() {
        if let Some(scene) = pages.page(index)? {
            return Ok(Some((index, scene)));
        }
    }
    Ok(None)
}

/// The pages of `range` that are not left out, each laid out and drawn on
/// any core. A page that shows a glyph the document has not numbered yet
/// waits: the new glyphs are numbered in page order, then those pages are
/// drawn. Most pages show only glyphs numbered before.
fn drawn_part(
    pages: &(impl Pages + ?Sized),
    range: Range<usize>,
    glyphs: &mut Glyphs,
) -> Result<Vec<Page>> {
    let made: Vec<Made<'_>> = {
        let faces = glyphs.page_faces();
        let glyphs = &*glyphs;
        let made = range
            .into_par_iter()
            .map(|index| match pages.page(index)? {
                Some(scene) if glyphs.numbered(&scene) => {
                    Page::drawn(&scene, &faces, true).map(|page| Some(Made::Drawn(page)))
                }
                Some(scene) => Ok(Some(Made::Waiting(scene))),
                None => Ok(None),
            })
            .collect::<Result<Vec<_>>>()?;
        made.into_iter().flatten().collect()
    };
    for page in &made {
        match page {
            Made::Drawn(page) => glyphs.show(page.faces),
            Made::Waiting(scene) => glyphs.number(scene),
        }
    }
    let faces = glyphs.page_faces();
    let draw = |made: Made<'_>| match made {
        Made::Drawn(page) => Ok(page),
        Made::Waiting(scene) => Page::drawn(&scene, &faces, true),
    };
    if made.iter().any(|page| matches!(page, Made::Waiting(_))) {
        made.into_par_iter().map(draw).collect()
    } else {
        made.into_iter().map(draw).collect()
    }
}

/// A page of a part: drawn, or laid out and waiting for the glyphs new to
/// the document to be numbered.
enum Made<'p> {
    Drawn(Page),
    Waiting(Cow<'p, Scene>),
}

/// A PDF being written: its file, and the pages written to it so far.
struct Written<'w> {
    file: PdfFile<'w>,
    tree: PageTree,
}

impl Written<'_> {
    fn add(&mut self, pages: Vec<Page>) -> Result<()> {
        for page in pages {
            for (id, object) in self.tree.add(page) {
                self.file.object(id, &object).map_err(Error::Write)?;
            }
        }
        Ok(())
    }
}

/// The content of a stream left out of the document, to be written straight.
fn late_content(profile: Option<&LateProfile>) -> Option<(ObjectId, &[u8])> {
    profile.map(|late| (late.id, late.profile.deflated()))
}

/// The pages written so far, in order, the grounds they paint, and the
/// next free object number.
struct PageTree {
    kids: Vec<Object>,
    grounds: Grounds,
    next: u32,
}

impl Default for PageTree {
    fn default() -> PageTree {
        PageTree {
            kids: Vec::new(),
            grounds: Grounds::default(),
            next: FONT_RESOURCES.0 + 1,
        }
    }
}

impl PageTree {
    fn new_id(&mut self) -> ObjectId {
        self.next += 1;
        (self.next - 1, 0)
    }

    /// Adds a drawn page; returns its objects, with the numbers they take,
    /// to be written out: the tree keeps none of them.
    fn add(&mut self, page: Page) -> Vec<(ObjectId, Object)> {
        let mut objects = Vec::new();
        let mut xobjects = Dictionary::new();
        for (index, (mut image, mask)) in page.drawn.images.into_iter().enumerate() {
            if let Some(mask) = mask {
                let mask_id = self.new_id();
                image.dict.set("SMask", Object::Reference(mask_id));
                objects.push((mask_id, Object::Stream(mask)));
            }
            let id = self.new_id();
            objects.push((id, Object::Stream(image)));
            xobjects.set(format!("Im{index}"), Object::Reference(id));
        }
        if let Some(ground) = page.ground {
            let id = self.grounds.find(&ground).unwrap_or_else(|| {
                let id = self.new_id();
                let bbox = page
                    .boxes
                    .get(b"MediaBox")
                    .expect("every page has a MediaBox");
                let mut form = self.grounds.form(ground, id, bbox);
                compress_stream(&mut form);
                objects.push((id, Object::Stream(form)));
                id
            });
            xobjects.set(GROUND, Object::Reference(id));
        }
        let states = Dictionary::from_iter(
            page.drawn
                .states
                .into_iter()
                .enumerate()
                .map(|(index, state)| (format!("GS{index}"), Object::Dictionary(state))),
        );
        let mut resources = Dictionary::from_iter([("Font", Object::Reference(FONT_RESOURCES))]);
        for (key, entries) in [
            ("ExtGState", states),
            ("XObject", xobjects),
            ("ColorSpace", page.spaces),
        ] {
            if !entries.is_empty() {
                resources.set(key, Object::Dictionary(entries));
            }
        }
        let content = self.new_id();
        objects.push((content, Object::Stream(page.content)));
        let id = self.new_id();
        let mut dictionary = page.boxes;
        dictionary.set("Type", Object::Name(b"Page".to_vec()));
        dictionary.set("Parent", Object::Reference(PAGE_TREE));
        dictionary.set("Resources", Object::Dictionary(resources));
        dictionary.set("Contents", Object::Reference(content));
        objects.push((id, Object::Dictionary(dictionary)));
        self.kids.push(Object::Reference(id));
        objects
    }
}

/// A page drawn and compressed, with its boxes and spot colours, ready to
/// join the page tree.
struct Page {
    /// Whether the page shows the regular face, and the bold.
    faces: [bool; 2],
    boxes: Dictionary,
    spaces: Dictionary,
    content: Stream,
    drawn: DrawnPage,
    ground: Option<PageGround>,
}

impl Page {
    /// The page of `scene`; with `ground_apart`, its ground is drawn apart,
    /// to be shared with the other pages of the document.
    fn drawn(scene: &Scene, faces: &[PageFace; 2], ground_apart: bool) -> Result<Page> {
        pdfx::check_page(scene)?;
        let inks = scene.press.as_ink().then(|| scene.press.profile());
        let mut drawn = pdf_page::draw(scene, faces, inks, ground_apart);
        let mut content = Stream::new(Dictionary::new(), std::mem::take(&mut drawn.content));
        compress_stream(&mut content);
        for (image, mask) in &mut drawn.images {
            compress_stream(image);
            if let Some(mask) = mask {
                compress_stream(mask);
            }
        }
        let mut faces = [false; 2];
        for line in scene.lines() {
            faces[usize::from(line.bold)] = true;
        }
        let spaces = spot_colours(scene);
        let ground = drawn
            .ground
            .take()
            .map(|ground| PageGround::new(ground, &drawn.states, &spaces));
        Ok(Page {
            faces,
            boxes: page_boxes(&scene.boxes),
            spaces,
            content,
            drawn,
            ground,
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
    let profile = pdfx::claim(pdf, &first.press, &first.title, &producer(), now);
    compress(pdf);
    profile
}

/// The PDF version a document needs: PDF/X-4 is PDF 1.6 and PDF/X-1a PDF
/// 1.4; a plain PDF needs 1.6 for an OpenType (CFF) font program, 1.4 for
/// TrueType and transparency.
fn version_of(first: &Scene) -> &'static str {
    match first.press.standard {
        PdfStandard::X4 => "1.6",
        PdfStandard::X1a => "1.4",
        PdfStandard::None if has_open_type_font(&first.fonts) => "1.6",
        PdfStandard::None => "1.4",
    }
}

/// Whether a face is an OpenType font with PostScript (CFF) outlines,
/// which PDF embeds as FontFile3.
fn has_open_type_font(fonts: &Fonts) -> bool {
    [false, true]
        .into_iter()
        .any(|bold| fonts.get(bold).data().starts_with(b"OTTO"))
}

/// What the document says made it.
pub(super) fn producer() -> String {
    format!("streep {}", env!("CARGO_PKG_VERSION"))
}

/// Deflates every stream of the document that is not yet filtered.
pub(super) fn compress(pdf: &mut lopdf::Document) {
    for object in pdf.objects.values_mut() {
        if let Object::Stream(stream) = object {
            compress_stream(stream);
        }
    }
}

/// Streams shorter than this are written as they are: deflating one starts
/// by clearing the compressor's 128 KB table, which costs more than drawing
/// the page of a batch whose artwork is a shared form (its text, about
/// 800 bytes), to save some 350 bytes of it.
const SMALLEST_DEFLATED: usize = 1024;

/// Deflates a stream unless it is filtered already or small, with one
/// compressor per thread for all streams of all documents: lopdf's own
/// `compress` starts a new one at the best (slowest) level for each stream,
/// and setting one up costs more than compressing a sign's page.
fn compress_stream(stream: &mut Stream) {
    use flate2::{Compress, Compression};
    thread_local! {
        static COMPRESSOR: std::cell::RefCell<Compress> =
            std::cell::RefCell::new(Compress::new(Compression::fast(), true));
    }
    if stream.dict.has(b"Filter")
        || !stream.allows_compression
        || stream.content.len() < SMALLEST_DEFLATED
    {
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
