//! The fonts of a PDF: each face a subset holding the glyphs of all the
//! document's pages, embedded once, through printpdf.
//!
//! A page is drawn as soon as it is laid out, long before the last page
//! tells which glyphs the subsets hold. So the glyphs are numbered as they
//! are first shown ([`Glyphs`]), and a subset keeps its glyphs in that
//! order: the numbers a page is drawn with are the subset's own. The
//! font's common glyphs come first, so that the signs of a batch, whose
//! words differ, mostly share one subset, made and compressed once.

use std::sync::Arc;

use lopdf::{Object, ObjectId};
use printpdf::{
    Codepoint, FontId, Op, ParsedFont, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Pt,
    TextItem,
};
use rustc_hash::FxHashMap;

use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::print::font::{Font, Fonts};
use crate::print::render::pdf_file;
use crate::print::render::pdf_page::PageFace;
use crate::print::scene::Scene;
use crate::recent::Recent;

/// How many font subsets, books and compressed font programs are kept for
/// the documents that follow.
pub(super) const KEPT_RECENT: usize = 64;

/// The glyphs a document's text shows, of the regular face and of the bold.
#[derive(Clone, PartialEq)]
pub struct Glyphs([Numbering; 2]);

/// One face's glyphs in a document, numbered as its subset numbers them:
/// glyph 0, which every font keeps, the font's [common
/// glyphs](Font::common_glyphs), then the others in the order the pages
/// first show them.
#[derive(Clone)]
struct Numbering {
    /// Each glyph's id in the font and the text it stands for; its place
    /// is its id in the subset.
    glyphs: Vec<(u16, Arc<str>)>,
    new_ids: FxHashMap<u16, u16>,
    /// Whether a page shows the face: one that none shows is not embedded.
    shown: bool,
}

impl PartialEq for Numbering {
    fn eq(&self, other: &Numbering) -> bool {
        self.shown == other.shown && self.glyphs == other.glyphs
    }
}

impl Numbering {
    /// A document's numbering before its pages show anything; the same for
    /// every document of a font, so made once.
    fn of(font: &Font) -> Numbering {
        static RECENT: Recent<Arc<[u8]>, Numbering> = Recent::new(KEPT_RECENT / 4);
        let program = font.program();
        RECENT.get_or_insert_with(
            |known| Arc::ptr_eq(known, &program),
            || program.clone(),
            || {
                let mut numbering = Numbering {
                    glyphs: Vec::new(),
                    new_ids: FxHashMap::default(),
                    shown: false,
                };
                numbering.add(0, || Arc::from(""));
                for (id, text) in font.common_glyphs() {
                    numbering.add(*id, || text.clone());
                }
                numbering
            },
        )
    }

    fn add(&mut self, id: u16, text: impl FnOnce() -> Arc<str>) {
        if let std::collections::hash_map::Entry::Vacant(entry) = self.new_ids.entry(id) {
            entry.insert(self.glyphs.len() as u16);
            self.glyphs.push((id, text()));
        }
    }

    fn ids(&self) -> Vec<u16> {
        self.glyphs.iter().map(|(id, _)| *id).collect()
    }
}

impl Glyphs {
    /// The glyphs every document of these fonts holds, none shown yet.
    pub fn of(fonts: &Fonts) -> Glyphs {
        Glyphs([false, true].map(|bold| Numbering::of(fonts.get(bold))))
    }

    /// Numbers the glyphs `scene` shows that are new to the document.
    pub fn number(&mut self, scene: &Scene) {
        for line in scene.lines() {
            let face = &mut self.0[usize::from(line.bold)];
            face.shown = true;
            for glyph in &line.glyphs {
                face.add(glyph.id, || Arc::from(glyph.text_in(&line.text)));
            }
        }
    }

    /// Whether every glyph `scene` shows is numbered already: it can be
    /// drawn before the glyphs of the pages ahead of it are.
    pub fn numbered(&self, scene: &Scene) -> bool {
        scene.lines().iter().all(|line| {
            let face = &self.0[usize::from(line.bold)];
            line.glyphs
                .iter()
                .all(|glyph| face.new_ids.contains_key(&glyph.id))
        })
    }

    /// Marks the faces a page drew with, the regular and the bold, as shown.
    pub fn show(&mut self, faces: [bool; 2]) {
        for (face, shown) in self.0.iter_mut().zip(faces) {
            face.shown |= shown;
        }
    }

    /// The faces as pages draw with them.
    pub fn page_faces(&self) -> [PageFace<'_>; 2] {
        [false, true].map(|bold| PageFace {
            resource: font_resource(bold),
            new_ids: &self.0[usize::from(bold)].new_ids,
        })
    }
}

/// The name a page's resources give a face.
fn font_resource(bold: bool) -> &'static str {
    if bold { "Bold" } else { "Regular" }
}

/// The fonts of a document, each face that its pages show a subset of it.
pub struct Embedded {
    /// The document with its fonts and information, and no pages yet.
    template: PdfDocument,
    faces: Vec<Face>,
}

/// One face as embedded.
struct Face {
    bold: bool,
    id: FontId,
    /// The subset's name in the PDF: a tag of six capitals, "+", the font's
    /// PostScript name, as PDF readers expect of a subset.
    name: String,
}

impl Embedded {
    /// The document's fonts, catalog and information, and no pages, as
    /// lopdf objects: see [`Embedded::new_book`].
    pub fn book(first: &Scene, glyphs: &Glyphs) -> Result<Arc<Book>> {
        // The signs of a batch mostly show the same letters: their books
        // begin the same, but for the title and dates, set when finished.
        // The fonts are subset only for a book not made before.
        type Key = (Arc<[u8]>, Arc<[u8]>, Glyphs);
        static RECENT: Recent<Key, Arc<Book>> = Recent::new(KEPT_RECENT / 4);
        let (regular, bold) = (
            first.fonts.get(false).program(),
            first.fonts.get(true).program(),
        );
        RECENT.get_or_make(
            |(known_regular, known_bold, known)| {
                Arc::ptr_eq(known_regular, &regular)
                    && Arc::ptr_eq(known_bold, &bold)
                    && known == glyphs
            },
            || (regular.clone(), bold.clone(), glyphs.clone()),
            || {
                Ok(Arc::new(
                    Embedded::new(first, glyphs)?.new_book(first, glyphs),
                ))
            },
        )
    }

    fn new(first: &Scene, glyphs: &Glyphs) -> Result<Self> {
        // The title and dates are each document's own, set as it is
        // finished: the fonts are shared by the documents of a batch.
        let mut template = PdfDocument::new("");
        let info = &mut template.metadata.info;
        info.creator = "streep".to_owned();
        info.producer = super::pdf::producer();
        let mut faces = Vec::new();
        for (bold, numbering) in [false, true].into_iter().zip(&glyphs.0) {
            if !numbering.shown {
                continue;
            }
            let font = first.fonts.get(bold);
            let ids = numbering.ids();
            let parsed = subset_once(font, &ids)?;
            let id = template.add_font(&parsed);
            let name = format!(
                "{}+{}",
                subset_tag(&font.postscript_name, &ids),
                font.postscript_name
            );
            faces.push(Face { bold, id, name });
        }
        Ok(Embedded { template, faces })
    }

    /// The book of these fonts. printpdf writes a font's widths and the
    /// text of its glyphs only for the glyphs its pages show, so it is made
    /// with one page that shows every glyph, and the page is then taken out.
    fn new_book(&self, first: &Scene, glyphs: &Glyphs) -> Book {
        let ops = self
            .faces
            .iter()
            .flat_map(|face| {
                let shown = glyphs.0[usize::from(face.bold)]
                    .glyphs
                    .iter()
                    .enumerate()
                    .map(|(new_id, (_, text))| {
                        Codepoint::with_cid(new_id as u16, 0.0, text.to_string())
                    })
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
        for object in book.pdf.objects.values_mut() {
            self.name_subsets(object);
            self.set_cap_height(object, first);
        }
        for face in &self.faces {
            if let Some(font) = book.fonts.remove(face.id.0.as_bytes()) {
                book.fonts.set(font_resource(face.bold), font);
            }
        }
        super::pdf::compress(&mut book.pdf);
        book
    }

    /// Gives each embedded subset the name PDF readers expect of one, in
    /// font dictionaries wherever they sit (a CIDFont lies inside its
    /// Type0 font).
    fn name_subsets(&self, object: &mut Object) {
        match object {
            Object::Dictionary(dictionary) => {
                for (key, value) in dictionary.iter_mut() {
                    match value {
                        Object::Name(name) if key == b"BaseFont" || key == b"FontName" => {
                            if let Some(face) = self
                                .faces
                                .iter()
                                .find(|face| face.id.0.as_bytes() == name.as_slice())
                            {
                                *name = face.name.as_bytes().to_vec();
                            }
                        }
                        value => self.name_subsets(value),
                    }
                }
            }
            Object::Array(items) => {
                for item in items {
                    self.name_subsets(item);
                }
            }
            Object::Stream(stream) => {
                let mut dictionary = Object::Dictionary(std::mem::take(&mut stream.dict));
                self.name_subsets(&mut dictionary);
                if let Object::Dictionary(dictionary) = dictionary {
                    stream.dict = dictionary;
                }
            }
            _ => {}
        }
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
}

/// A document without its pages: its fonts, catalog and information as
/// printpdf makes them, its page tree and the font resources its pages
/// will refer to taken out, to be put where the pages expect them.
pub struct Book {
    pdf: lopdf::Document,
    /// The page tree, as yet without the document's pages.
    tree: lopdf::Dictionary,
    /// The font resources every page refers to.
    fonts: lopdf::Dictionary,
}

impl Book {
    /// The book of `shown`, the document whose one page shows every glyph:
    /// its page goes, its fonts stay.
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
        let resources = take_dictionary(&mut shown, page.get(b"Resources").ok());
        let fonts = take_dictionary(&mut shown, resources.get(b"Font").ok());
        // The sheet's own objects go with it: its content and the (empty)
        // dictionaries of images, graphics states and shadings that
        // printpdf gives every page.
        for key in ["XObject", "ExtGState", "Shading"] {
            take_dictionary(&mut shown, resources.get(key.as_bytes()).ok());
        }
        take_dictionary(&mut shown, page.get(b"Contents").ok());
        // Its kids and count are the document's, set when it is settled.
        let tree = take_dictionary(&mut shown, page.get(b"Parent").ok());
        Book {
            pdf: shown,
            tree,
            fonts,
        }
    }

    /// The book as the document of the pages `kids`, whose objects are
    /// written already with numbers below `first_free`: the book's own
    /// objects take the numbers from `first_free` on, its page tree and
    /// font resources the numbers the pages refer to.
    pub fn settled(
        self: &Arc<Book>,
        kids: Vec<Object>,
        first_free: u32,
        [tree_id, fonts_id]: [ObjectId; 2],
    ) -> Settled {
        let by = first_free.saturating_sub(1);
        let shell = self.shell();
        let mut pdf = lopdf::Document::with_version(self.pdf.version.clone());
        pdf.trailer = self.pdf.trailer.clone();
        pdf.max_id = self.pdf.max_id;
        pdf.objects = shell
            .iter()
            .filter_map(|id| Some((*id, self.pdf.objects.get(id)?.clone())))
            .collect();
        shift_ids(&mut pdf, by);
        let mut fonts = self.fonts.clone();
        shift_in_dictionary(&mut fonts, by);
        let mut tree = self.tree.clone();
        tree.set("Count", Object::Integer(kids.len() as i64));
        tree.set("Kids", Object::Array(kids));
        let catalog = pdf.trailer.get(b"Root").and_then(Object::as_reference);
        if let Ok(catalog) = catalog.and_then(|id| pdf.get_dictionary_mut(id)) {
            catalog.set("Pages", Object::Reference(tree_id));
        }
        pdf.objects.insert(tree_id, Object::Dictionary(tree));
        pdf.objects.insert(fonts_id, Object::Dictionary(fonts));
        Settled {
            pdf,
            fonts: self.fonts_written(by, &shell),
        }
    }

    /// The objects each document has its own of: its catalog and its
    /// information, which it finishes.
    fn shell(&self) -> Vec<ObjectId> {
        ["Root", "Info"]
            .iter()
            .filter_map(|key| {
                self.pdf
                    .trailer
                    .get(key.as_bytes())
                    .ok()?
                    .as_reference()
                    .ok()
            })
            .collect()
    }

    /// The font objects as written with numbers `by` past the book's own:
    /// the same for every file of a batch written a file per sign, so
    /// written out once.
    fn fonts_written(self: &Arc<Book>, by: u32, shell: &[ObjectId]) -> WrittenObjects {
        static RECENT: Recent<(Arc<Book>, u32), WrittenObjects> = Recent::new(KEPT_RECENT / 4);
        RECENT.get_or_insert_with(
            |(book, known_by)| Arc::ptr_eq(book, self) && *known_by == by,
            || (self.clone(), by),
            || {
                let fonts = self
                    .pdf
                    .objects
                    .iter()
                    .filter(|(id, _)| !shell.contains(id));
                fonts
                    .map(|(&(number, generation), object)| {
                        let mut object = object.clone();
                        shift_references(&mut object, by);
                        let id = (number + by, generation);
                        (id.0, pdf_file::written(id, &object))
                    })
                    .collect()
            },
        )
    }
}

/// A book settled as a document: what the document finishes, and its
/// font objects, written already.
pub struct Settled {
    pub pdf: lopdf::Document,
    pub fonts: WrittenObjects,
}

/// Objects as a file holds them, each with its number.
pub type WrittenObjects = Arc<[(u32, Vec<u8>)]>;

/// The dictionary `object` is or refers to, taken out of the document if
/// it is one of its objects; empty if there is none.
fn take_dictionary(pdf: &mut lopdf::Document, object: Option<&Object>) -> lopdf::Dictionary {
    let taken = match object {
        Some(Object::Reference(id)) => pdf.objects.remove(id),
        Some(object) => Some(object.clone()),
        None => None,
    };
    match taken {
        Some(Object::Dictionary(dictionary)) => dictionary,
        Some(Object::Stream(stream)) => stream.dict,
        _ => lopdf::Dictionary::new(),
    }
}

/// Adds `by` to the number of every object of `pdf` and of every
/// reference to one, in the objects and in the trailer.
fn shift_ids(pdf: &mut lopdf::Document, by: u32) {
    let objects = std::mem::take(&mut pdf.objects);
    pdf.objects = objects
        .into_iter()
        .map(|((number, generation), mut object)| {
            shift_references(&mut object, by);
            ((number + by, generation), object)
        })
        .collect();
    shift_in_dictionary(&mut pdf.trailer, by);
    pdf.max_id += by;
}

/// Adds `by` to the number of every reference within `object`.
fn shift_references(object: &mut Object, by: u32) {
    match object {
        Object::Reference(id) => id.0 += by,
        Object::Array(items) => items.iter_mut().for_each(|item| shift_references(item, by)),
        Object::Dictionary(dictionary) => shift_in_dictionary(dictionary, by),
        Object::Stream(stream) => shift_in_dictionary(&mut stream.dict, by),
        _ => {}
    }
}

fn shift_in_dictionary(dictionary: &mut lopdf::Dictionary, by: u32) {
    for (_, value) in dictionary.iter_mut() {
        shift_references(value, by);
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

/// A font holding only `glyphs`, glyph 0 first, each numbered by its place
/// in `glyphs`, as printpdf embeds it.
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::print::layout::lay_out;
    use crate::print::sign::Sign;

    /// The widths each face's `W` array gives, by the glyph's id in the subset.
    fn widths_of(pdf: &lopdf::Document, postscript_name: &str) -> FxHashMap<u16, i64> {
        let descendant = pdf.objects.values().find_map(|object| {
            let font = object.as_dict().ok()?;
            let name = font.get(b"BaseFont").and_then(Object::as_name).ok()?;
            let named = String::from_utf8_lossy(name).ends_with(&format!("+{postscript_name}"));
            let descendants = font.get(b"DescendantFonts").and_then(Object::as_array);
            named.then_some(descendants.ok()?.first()?.as_dict().ok()?.clone())
        });
        let runs = descendant
            .expect("the face is embedded")
            .get(b"W")
            .and_then(Object::as_array)
            .cloned()
            .unwrap();
        let mut widths = FxHashMap::default();
        for run in runs.chunks(2) {
            let first = run[0].as_i64().unwrap() as u16;
            for (offset, width) in run[1].as_array().unwrap().iter().enumerate() {
                widths.insert(first + offset as u16, width.as_i64().unwrap());
            }
        }
        widths
    }

    #[test]
    fn the_widths_the_fonts_give_are_those_the_pages_are_drawn_with() {
        // A ligature and a sign outside Latin-1 are numbered after the
        // common glyphs, as the page first shows them.
        let sign = Sign::new("poster", "Fietsen graag hier: € 5 per dag");
        let scene = lay_out(&sign).unwrap();
        let mut glyphs = Glyphs::of(&scene.fonts);
        glyphs.number(&scene);
        let book = Embedded::book(&scene, &glyphs).unwrap();
        for (bold, numbering) in [false, true].into_iter().zip(&glyphs.0) {
            if !numbering.shown {
                continue;
            }
            let font = scene.fonts.get(bold);
            let widths = widths_of(&book.pdf, &font.postscript_name);
            for (new_id, (id, _)) in numbering.glyphs.iter().enumerate() {
                assert_eq!(
                    widths.get(&(new_id as u16)).copied(),
                    Some(font.pdf_width(*id)),
                    "glyph {id} of {}, {new_id} in the subset",
                    font.postscript_name
                );
            }
        }
        assert!(glyphs.0.iter().any(|face| face.shown));
    }

    #[test]
    fn glyphs_are_numbered_common_ones_first_then_as_first_shown() {
        let sign = Sign::new("poster", "Wacht hier € 5");
        let scene = lay_out(&sign).unwrap();
        let mut glyphs = Glyphs::of(&scene.fonts);
        let common = glyphs.0[1].glyphs.len();
        glyphs.number(&scene);
        let face = &glyphs.0[1];
        assert_eq!(face.glyphs[0].0, 0, "glyph 0 first");
        let euro = face
            .glyphs
            .iter()
            .position(|(_, text)| &**text == "€")
            .expect("the euro sign is numbered");
        assert!(euro >= common, "after the common glyphs");
        let mut again = glyphs.clone();
        again.number(&scene);
        assert!(again == glyphs, "a glyph is numbered once");
    }
}
