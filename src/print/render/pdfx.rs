//! PDF/X: what a print shop's intake checks besides the pages. A PDF/X
//! file names the press it is made for (an output intent with the press's
//! ICC profile), says which standard it meets in its information dictionary
//! and its XMP metadata, and carries nothing the standard forbids: colour
//! only as ink, and for PDF/X-1a no transparency and PDF 1.4.
//!
//! Nothing is claimed that the file does not meet: a sign that PDF/X-1a
//! cannot carry is refused, not written with a false claim.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use lopdf::{Dictionary, Object, ObjectId, Stream, StringFormat};
use printpdf::OffsetDateTime;

use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::print::colour::profile::OutputProfile;
use crate::print::scene::{Item, Press, Scene};
use crate::print::sign::PdfStandard;

/// Refuses what the standard of the scene's press forbids on a page.
pub fn check_page(scene: &Scene) -> Result<()> {
    if scene.press.standard != PdfStandard::X1a {
        return Ok(());
    }
    match transparency(&scene.items) {
        Some(what) => Err(Error::Sign(
            Msg::new("error-pdfx-transparency").arg("what", what),
        )),
        None => Ok(()),
    }
}

/// What of `items` is see-through, if anything is.
fn transparency(items: &[Item]) -> Option<&'static str> {
    items.iter().find_map(|item| match item {
        Item::Shape(shape) => {
            let opacities = [
                shape.fill.map(|fill| fill.opacity),
                shape.stroke.map(|stroke| stroke.opacity),
            ];
            opacities
                .into_iter()
                .flatten()
                .any(|opacity| opacity < 1.0)
                .then_some("shape")
        }
        Item::Picture(picture) => picture
            .image
            .pixels()
            .iter()
            .any(|pixel| pixel.alpha() < u8::MAX)
            .then_some("picture"),
        Item::Clipped(_, inner) => transparency(inner),
        Item::Text(_) => None,
    })
}

/// The output profile's stream object, whose content (half a megabyte)
/// is left out of the document and written straight from the profile by
/// [`PdfFile::finish`](super::pdf_file::PdfFile::finish).
pub struct LateProfile {
    pub id: ObjectId,
    pub profile: Arc<OutputProfile>,
}

/// The claims and the output intent of a PDF/X document: its information
/// dictionary, its XMP metadata (dated `now`, as the information is) and
/// its identifier.
pub fn claim(
    pdf: &mut lopdf::Document,
    press: &Press,
    title: &str,
    producer: &str,
    now: OffsetDateTime,
) -> Option<LateProfile> {
    let version = press_version(press.standard)?;
    let profile = press.profile();
    let ids = Ids::new(title);
    let (intent, icc) = output_intent(pdf, &profile);
    let xmp = pdf.add_object(xmp_stream(press.standard, title, producer, now, &ids));
    let catalog_id = pdf.trailer.get(b"Root").and_then(Object::as_reference).ok();
    if let Some(catalog) = catalog_id.and_then(|id| pdf.get_dictionary_mut(id).ok()) {
        catalog.set("OutputIntents", Object::Array(vec![intent]));
        catalog.set("Metadata", Object::Reference(xmp));
    }
    let info_id = pdf.trailer.get(b"Info").and_then(Object::as_reference).ok();
    if let Some(info) = info_id.and_then(|id| pdf.get_dictionary_mut(id).ok()) {
        info.set("Trapped", Object::Name(b"False".to_vec()));
        info.set("GTS_PDFXVersion", Object::string_literal(version));
        if press.standard == PdfStandard::X1a {
            info.set(
                "GTS_PDFXConformance",
                Object::string_literal("PDF/X-1a:2003"),
            );
        }
    }
    let id = |bytes: [u8; 16]| Object::String(bytes.to_vec(), StringFormat::Hexadecimal);
    pdf.trailer.set(
        "ID",
        Object::Array(vec![id(ids.document), id(ids.instance)]),
    );
    Some(LateProfile { id: icc, profile })
}

/// What the information dictionary's GTS_PDFXVersion says.
fn press_version(standard: PdfStandard) -> Option<&'static str> {
    match standard {
        PdfStandard::X4 => Some("PDF/X-4"),
        PdfStandard::X1a => Some("PDF/X-1:2003"),
        PdfStandard::None => None,
    }
}

/// The output intent: the printing condition and its profile, embedded;
/// and the profile's stream, its content still to come.
fn output_intent(pdf: &mut lopdf::Document, profile: &OutputProfile) -> (Object, ObjectId) {
    let mut icc = Stream::new(
        Dictionary::from_iter([
            ("N", Object::Integer(4)),
            ("Filter", Object::Name(b"FlateDecode".to_vec())),
        ]),
        Vec::new(),
    );
    icc.allows_compression = false;
    let icc = pdf.add_object(icc);
    let mut intent = Dictionary::from_iter([
        ("Type", Object::Name(b"OutputIntent".to_vec())),
        ("S", Object::Name(b"GTS_PDFX".to_vec())),
        (
            "OutputConditionIdentifier",
            Object::string_literal(profile.condition.as_str()),
        ),
        ("Info", Object::string_literal(profile.description.as_str())),
        ("DestOutputProfile", Object::Reference(icc)),
    ]);
    if profile.registered {
        intent.set(
            "RegistryName",
            Object::string_literal("http://www.color.org"),
        );
    }
    (Object::Dictionary(intent), icc)
}

/// The document's identifiers: one for the document, one for this
/// rendition of it, both new for every file written.
struct Ids {
    document: [u8; 16],
    instance: [u8; 16],
}

impl Ids {
    fn new(title: &str) -> Ids {
        static WRITTEN: AtomicU64 = AtomicU64::new(0);
        let seed = format!(
            "{title}\u{0}{}\u{0}{}\u{0}{}",
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |since| since.as_nanos()),
            std::process::id(),
            WRITTEN.fetch_add(1, Ordering::Relaxed)
        );
        Ids {
            document: hash128(seed.as_bytes(), 1),
            instance: hash128(seed.as_bytes(), 2),
        }
    }
}

/// 128 bits from two FNV-1a hashes of `bytes`, salted apart.
fn hash128(bytes: &[u8], salt: u8) -> [u8; 16] {
    let fnv = |start: u64| {
        bytes.iter().chain([&salt]).fold(start, |hash, &byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        })
    };
    let mut id = [0u8; 16];
    id[..8].copy_from_slice(&fnv(0xcbf2_9ce4_8422_2325).to_be_bytes());
    id[8..].copy_from_slice(&fnv(0x8422_2325_cbf2_9ce4).to_be_bytes());
    id
}

fn uuid(id: [u8; 16]) -> String {
    let hex: String = id.iter().map(|byte| format!("{byte:02x}")).collect();
    format!(
        "uuid:{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..]
    )
}

/// A date in UTC, as the information dictionary writes it
/// (`D:YYYYMMDDHHmmSSZ`) or, with `xmp`, as XMP does
/// (`YYYY-MM-DDTHH:mm:SSZ`).
pub fn utc_date(at: OffsetDateTime, xmp: bool) -> String {
    let (prefix, date, middle, time) = if xmp {
        ("", "-", "T", ":")
    } else {
        ("D:", "", "", "")
    };
    format!(
        "{prefix}{:04}{date}{:02}{date}{:02}{middle}{:02}{time}{:02}{time}{:02}Z",
        at.year(),
        u8::from(at.month()),
        at.day(),
        at.hour(),
        at.minute(),
        at.second()
    )
}

/// The XMP metadata packet PDF/X asks for, uncompressed so that any tool
/// can read it.
fn xmp_stream(
    standard: PdfStandard,
    title: &str,
    producer: &str,
    now: OffsetDateTime,
    ids: &Ids,
) -> Stream {
    let escape = |text: &str| {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let version = press_version(standard).unwrap_or_default();
    let date = utc_date(now, true);
    // PDF/X-4 names its version in the pdfxid schema; the earlier
    // standards, in Adobe's pdfx schema, with their conformance.
    let claim = if standard == PdfStandard::X1a {
        format!(
            "<pdfx:GTS_PDFXVersion>{version}</pdfx:GTS_PDFXVersion>\n   \
             <pdfx:GTS_PDFXConformance>PDF/X-1a:2003</pdfx:GTS_PDFXConformance>"
        )
    } else {
        format!("<pdfxid:GTS_PDFXVersion>{version}</pdfxid:GTS_PDFXVersion>")
    };
    let packet = format!(
        r#"<?xpacket begin="{bom}" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:pdfx="http://ns.adobe.com/pdfx/1.3/"
    xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
   <xmp:CreateDate>{date}</xmp:CreateDate>
   <xmp:ModifyDate>{date}</xmp:ModifyDate>
   <xmp:MetadataDate>{date}</xmp:MetadataDate>
   <xmp:CreatorTool>streep</xmp:CreatorTool>
   <xmpMM:DocumentID>{document}</xmpMM:DocumentID>
   <xmpMM:InstanceID>{instance}</xmpMM:InstanceID>
   <xmpMM:VersionID>1</xmpMM:VersionID>
   <xmpMM:RenditionClass>default</xmpMM:RenditionClass>
   <pdf:Producer>{producer}</pdf:Producer>
   <pdf:Trapped>False</pdf:Trapped>
   {claim}
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
{padding}
<?xpacket end="w"?>"#,
        bom = '\u{feff}',
        title = escape(title),
        producer = escape(producer),
        document = uuid(ids.document),
        instance = uuid(ids.instance),
        // Room for an editor to add to the packet in place.
        padding = " ".repeat(1024),
    );
    let mut stream = Stream::new(
        Dictionary::from_iter([
            ("Type", Object::Name(b"Metadata".to_vec())),
            ("Subtype", Object::Name(b"XML".to_vec())),
        ]),
        packet.into_bytes(),
    );
    stream.allows_compression = false;
    stream
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_differ_for_every_file_and_read_as_uuids() {
        let (first, second) = (Ids::new("Wacht hier"), Ids::new("Wacht hier"));
        assert_ne!(first.document, second.document);
        assert_ne!(first.document, first.instance);
        let text = uuid(first.document);
        assert_eq!(text.len(), "uuid:".len() + 36, "{text}");
        assert_eq!(text.matches('-').count(), 4, "{text}");
    }

    #[test]
    fn dates_agree_between_the_information_and_the_metadata() {
        let at = OffsetDateTime::from_unix_timestamp(1_796_000_000).unwrap();
        assert_eq!(utc_date(at, false), "D:20261130005320Z");
        assert_eq!(utc_date(at, true), "2026-11-30T00:53:20Z");
    }
}
