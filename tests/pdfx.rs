//! Print files as a print shop's intake checks them: every requirement of
//! PDF/X-4 and PDF/X-1a read back with lopdf, for every template and a few
//! sizes, for sheets and for a batch in one PDF; then the plates as
//! Ghostscript separates them with the output profile, and the ink they
//! carry.

mod common;

use std::io::Read;
use std::path::Path;

use common::{make, output_of, run, stderr, tool};
use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object};

fn resolve<'d>(document: &'d Document, object: &'d Object) -> &'d Object {
    match object {
        Object::Reference(id) => document.get_object(*id).unwrap(),
        other => other,
    }
}

/// A text string, in PDFDocEncoding (ASCII here) or UTF-16 with its mark.
fn text(object: &Object) -> String {
    let bytes = object.as_str().unwrap();
    match bytes.strip_prefix(b"\xfe\xff") {
        Some(utf16) => {
            let units: Vec<u16> = utf16
                .chunks_exact(2)
                .map(|pair| u16::from_be_bytes([pair[0], pair[1]]))
                .collect();
            String::from_utf16(&units).unwrap()
        }
        None => String::from_utf8_lossy(bytes).into_owned(),
    }
}

/// The bundled output profile, as a shop might hand it over.
fn fogra39() -> Vec<u8> {
    let deflated = include_bytes!("../assets/colour/FOGRA39-compact.icc.zlib");
    let mut icc = Vec::new();
    flate2::read::ZlibDecoder::new(&deflated[..])
        .read_to_end(&mut icc)
        .unwrap();
    icc
}

/// The signs every check runs on: each template, at its own size and
/// another, as the commands a user types.
fn signs() -> Vec<(String, Vec<&'static str>)> {
    let mut signs = Vec::new();
    for (template, sizes) in [
        ("poster", &["A4", "A2"][..]),
        ("poster-landscape", &["297x210mm"]),
        ("bilingual", &["A3"]),
    ] {
        for size in sizes {
            let mut args = vec![
                "poster",
                "Wacht hier",
                "--template",
                template,
                "--size",
                size,
            ];
            if template == "bilingual" {
                args.extend(["--second", "Please wait here"]);
            }
            signs.push((format!("{template}-{size}"), args));
        }
    }
    for (template, sizes) in [
        ("round", &["300x300mm", "150x150mm"][..]),
        ("rounded", &["400x300mm"]),
        ("line", &["1000x100mm"]),
        ("footprints", &["300x400mm"]),
        ("window", &["200x200mm"]),
    ] {
        for size in sizes {
            signs.push((
                format!("{template}-{size}"),
                vec![
                    "sticker",
                    "Wacht hier",
                    "--template",
                    template,
                    "--size",
                    size,
                ],
            ));
        }
    }
    signs.push((
        "window-white".to_owned(),
        vec![
            "sticker",
            "Wacht hier",
            "--template",
            "window",
            "--white-ink",
        ],
    ));
    signs.push((
        "poster-marks".to_owned(),
        vec!["poster", "Wacht hier", "--marks"],
    ));
    signs
}

#[test]
fn every_sign_meets_pdf_x4_and_pdf_x1a() {
    let dir = tempfile::tempdir().unwrap();
    let qpdf = tool("qpdf");
    for (name, args) in signs() {
        for standard in ["x4", "x1a"] {
            let file = format!("{name}.{standard}.pdf");
            let args = [
                &args[..],
                &["--keep-wording", "--pdf-standard", standard, "-o", &file],
            ];
            make(dir.path(), &args.concat());
            let document = Document::load(dir.path().join(&file)).unwrap();
            meets(&document, standard, &file);
            if let Some(qpdf) = &qpdf {
                output_of(qpdf, &["--check", &file], dir.path());
            }
        }
    }
}

#[test]
fn sheets_and_one_pdf_batches_meet_pdf_x4_and_pdf_x1a() {
    let dir = tempfile::tempdir().unwrap();
    let rows: String = (1..=7).map(|n| format!("Balie {n}\n")).collect();
    std::fs::write(dir.path().join("rows.csv"), format!("headline\n{rows}")).unwrap();
    for standard in ["x4", "x1a"] {
        let batch = [
            "batch",
            "rows.csv",
            "--keep-wording",
            "--pdf-standard",
            standard,
        ];
        let book = format!("book.{standard}.pdf");
        make(dir.path(), &[&batch[..], &["-o", &book]].concat());
        let document = Document::load(dir.path().join(&book)).unwrap();
        assert_eq!(document.get_pages().len(), 7);
        meets(&document, standard, &book);
        let sheets = format!("sheet-{{sheet}}.{standard}.pdf");
        let stickers = [
            "--template",
            "round",
            "--size",
            "100x100mm",
            "--sheet",
            "A3",
        ];
        make(
            dir.path(),
            &[&batch[..], &stickers, &["-o", &sheets]].concat(),
        );
        let sheet = format!("sheet-1.{standard}.pdf");
        meets(
            &Document::load(dir.path().join(&sheet)).unwrap(),
            standard,
            &sheet,
        );
    }
}

/// Every requirement of the standard that can be read from the file.
fn meets(document: &Document, standard: &str, file: &str) {
    let x1a = standard == "x1a";
    assert_eq!(document.version, if x1a { "1.4" } else { "1.6" }, "{file}");
    let version = if x1a { "PDF/X-1:2003" } else { "PDF/X-4" };

    // The information dictionary: the version, trapping, title and dates.
    let info = common::pdf_info(document);
    assert_eq!(
        text(info.get(b"GTS_PDFXVersion").unwrap()),
        version,
        "{file}"
    );
    if x1a {
        assert_eq!(
            text(info.get(b"GTS_PDFXConformance").unwrap()),
            "PDF/X-1a:2003"
        );
    }
    assert_eq!(
        info.get(b"Trapped").unwrap().as_name().unwrap(),
        b"False",
        "{file}"
    );
    for key in ["Title", "CreationDate", "ModDate", "Producer"] {
        let value = resolve(document, info.get(key.as_bytes()).unwrap());
        assert!(!value.as_str().unwrap().is_empty(), "{file}: {key}");
    }

    // Two identifiers in the trailer.
    let ids = document.trailer.get(b"ID").unwrap().as_array().unwrap();
    assert_eq!(ids.len(), 2, "{file}");
    assert!(
        ids.iter().all(|id| id.as_str().unwrap().len() == 16),
        "{file}"
    );

    let catalog = document.catalog().unwrap();
    output_intent(document, catalog, file);
    metadata(document, catalog, version, info, file);
    pages(document, file);
    colours_are_ink(document, file);
    if x1a {
        nothing_transparent(document, file);
    }
    for object in document.objects.values() {
        let Ok(dictionary) = object.as_dict() else {
            continue;
        };
        assert!(
            !dictionary.has(b"JavaScript") && !dictionary.has(b"JS"),
            "{file}"
        );
        if dictionary.get(b"Type").and_then(Object::as_name).ok() == Some(b"FontDescriptor") {
            let embedded = [&b"FontFile"[..], b"FontFile2", b"FontFile3"]
                .iter()
                .any(|key| dictionary.has(key));
            assert!(embedded, "{file}: a font that is not embedded");
            assert!(
                !(x1a && dictionary.has(b"FontFile3")),
                "{file}: OpenType in PDF 1.4"
            );
        }
    }
    assert!(!document.trailer.has(b"Encrypt"), "{file}");
}

/// One output intent, GTS_PDFX, with the embedded CMYK output profile.
fn output_intent(document: &Document, catalog: &Dictionary, file: &str) {
    let intents = catalog.get(b"OutputIntents").unwrap().as_array().unwrap();
    assert_eq!(intents.len(), 1, "{file}");
    let intent = resolve(document, &intents[0]).as_dict().unwrap();
    assert_eq!(intent.get(b"S").unwrap().as_name().unwrap(), b"GTS_PDFX");
    assert_eq!(
        text(intent.get(b"OutputConditionIdentifier").unwrap()),
        "FOGRA39"
    );
    assert_eq!(
        text(intent.get(b"RegistryName").unwrap()),
        "http://www.color.org"
    );
    let profile = resolve(document, intent.get(b"DestOutputProfile").unwrap());
    let profile = profile.as_stream().unwrap();
    assert_eq!(profile.dict.get(b"N").unwrap().as_i64().unwrap(), 4);
    let icc = profile.decompressed_content().unwrap();
    assert_eq!(
        &icc[12..20],
        b"prtrCMYK",
        "{file}: an output profile for CMYK"
    );
    assert_eq!(
        u32::from_be_bytes(icc[..4].try_into().unwrap()) as usize,
        icc.len()
    );
}

/// XMP metadata with what PDF/X asks of it, agreeing with the information
/// dictionary.
fn metadata(
    document: &Document,
    catalog: &Dictionary,
    version: &str,
    info: &Dictionary,
    file: &str,
) {
    let xmp = resolve(document, catalog.get(b"Metadata").unwrap())
        .as_stream()
        .unwrap();
    assert_eq!(
        xmp.dict.get(b"Type").unwrap().as_name().unwrap(),
        b"Metadata"
    );
    assert_eq!(xmp.dict.get(b"Subtype").unwrap().as_name().unwrap(), b"XML");
    assert!(
        !xmp.dict.has(b"Filter"),
        "{file}: metadata any tool can read"
    );
    let xmp = String::from_utf8(xmp.content.clone()).unwrap();
    let field = |name: &str| {
        let start = xmp
            .find(&format!("<{name}>"))
            .unwrap_or_else(|| panic!("{file}: {name}"));
        let rest = &xmp[start + name.len() + 2..];
        rest[..rest.find("</").unwrap()].to_owned()
    };
    if version == "PDF/X-4" {
        assert_eq!(field("pdfxid:GTS_PDFXVersion"), version);
    } else {
        assert_eq!(field("pdfx:GTS_PDFXVersion"), version);
        assert_eq!(field("pdfx:GTS_PDFXConformance"), "PDF/X-1a:2003");
    }
    assert_eq!(field("pdf:Trapped"), "False");
    assert!(field("xmpMM:DocumentID").starts_with("uuid:"));
    assert!(field("xmpMM:InstanceID").starts_with("uuid:"));
    assert_eq!(field("xmpMM:VersionID"), "1");
    assert_eq!(field("xmpMM:RenditionClass"), "default");
    assert_eq!(field("pdf:Producer"), text(info.get(b"Producer").unwrap()));
    let title = field("dc:title");
    // The field ends where the title's own element does.
    let info_title = text(info.get(b"Title").unwrap());
    assert!(
        title.ends_with(&format!(">{info_title}")),
        "{file}: {title}"
    );
    let digits = |date: &str| {
        date.chars()
            .filter(char::is_ascii_digit)
            .collect::<String>()
    };
    for (xmp_key, info_key) in [
        ("xmp:CreateDate", "CreationDate"),
        ("xmp:ModifyDate", "ModDate"),
    ] {
        assert_eq!(
            digits(&field(xmp_key)),
            digits(&text(info.get(info_key.as_bytes()).unwrap())),
            "{file}: {xmp_key}"
        );
    }
    assert!(xmp.trim_end().ends_with("<?xpacket end=\"w\"?>"), "{file}");
    roxmltree::Document::parse(
        &xmp[xmp.find("<x:xmpmeta").unwrap()..xmp.find("<?xpacket end").unwrap()],
    )
    .unwrap_or_else(|error| panic!("{file}: XMP is not XML: {error}"));
}

/// Each page has its trim, within its bleed, within the sheet.
fn pages(document: &Document, file: &str) {
    for (_, page) in document.get_pages() {
        let page = document.get_dictionary(page).unwrap();
        assert!(!page.has(b"Annots"), "{file}");
        let rect = |key: &[u8]| -> [f32; 4] {
            let values = page
                .get(key)
                .unwrap_or_else(|_| panic!("{file}: no box"))
                .as_array()
                .unwrap();
            std::array::from_fn(|i| values[i].as_float().unwrap())
        };
        let (media, bleed, trim) = (rect(b"MediaBox"), rect(b"BleedBox"), rect(b"TrimBox"));
        let within = |inner: [f32; 4], outer: [f32; 4]| {
            inner[0] >= outer[0] - 0.01
                && inner[1] >= outer[1] - 0.01
                && inner[2] <= outer[2] + 0.01
                && inner[3] <= outer[3] + 0.01
        };
        assert!(
            within(trim, bleed) && within(bleed, media),
            "{file}: {trim:?} {bleed:?} {media:?}"
        );
    }
}

/// No screen colour anywhere: content in CMYK and spot colours, images in CMYK.
fn colours_are_ink(document: &Document, file: &str) {
    let pages = document
        .get_pages()
        .into_values()
        .map(|page| document.get_page_content(page));
    let forms = ground_forms(document).into_iter().map(|form| {
        let stream = document.get_object(form).unwrap().as_stream().unwrap();
        stream.decompressed_content().unwrap()
    });
    for content in pages.chain(forms) {
        let content = Content::decode(&content).unwrap();
        for op in &content.operations {
            assert!(
                !["rg", "RG", "g", "G"].contains(&op.operator.as_str()),
                "{file}: a {} colour",
                op.operator
            );
        }
    }
    for object in document.objects.values() {
        let dictionary = match object {
            Object::Stream(stream) => &stream.dict,
            Object::Dictionary(dictionary) => dictionary,
            _ => continue,
        };
        if dictionary.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Image") {
            let space = dictionary.get(b"ColorSpace").unwrap().as_name().unwrap();
            let is_mask = space == b"DeviceGray" && !dictionary.has(b"SMask");
            assert!(
                space == b"DeviceCMYK" || is_mask,
                "{file}: an image in {space:?}"
            );
        }
        if let Ok(spaces) = dictionary.get(b"ColorSpace").and_then(Object::as_dict) {
            for (_, space) in spaces.iter() {
                let space = resolve(document, space).as_array().unwrap();
                assert_eq!(space[0].as_name().unwrap(), b"Separation", "{file}");
                assert_eq!(space[2].as_name().unwrap(), b"DeviceCMYK", "{file}");
            }
        }
    }
    let bytes = document
        .objects
        .values()
        .filter_map(|object| object.as_stream().ok());
    for stream in bytes {
        if let Ok(content) = stream.decompressed_content() {
            let has_rgb = content.windows(9).any(|window| window == b"DeviceRGB");
            let has_icc = content.windows(9).any(|window| window == b"ICCBased");
            assert!(
                !has_rgb && !has_icc,
                "{file}: a screen colour space in a stream"
            );
        }
    }
}

/// PDF/X-1a: no soft masks, no opacity, no blend modes, no transparency groups.
fn nothing_transparent(document: &Document, file: &str) {
    for object in document.objects.values() {
        let dictionary = match object {
            Object::Stream(stream) => &stream.dict,
            Object::Dictionary(dictionary) => dictionary,
            _ => continue,
        };
        assert!(!dictionary.has(b"SMask"), "{file}: a soft mask");
        for key in [b"CA".as_slice(), b"ca"] {
            if let Ok(alpha) = dictionary.get(key) {
                assert_eq!(alpha.as_float().unwrap(), 1.0, "{file}: opacity");
            }
        }
        if let Ok(mode) = dictionary.get(b"BM").and_then(Object::as_name) {
            assert!(
                mode == b"Normal" || mode == b"Compatible",
                "{file}: blend mode"
            );
        }
        if let Ok(group) = dictionary.get(b"Group").and_then(Object::as_dict) {
            assert_ne!(
                group.get(b"S").unwrap().as_name().unwrap(),
                b"Transparency",
                "{file}"
            );
        }
    }
}

#[test]
fn a_transparent_sign_is_refused_as_pdf_x1a_and_written_as_pdf_x4() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("glass.svg"),
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="100mm" height="100mm" viewBox="0 0 100 100">
<rect class="background" width="100" height="100" fill="#ffffff"/>
<rect x="10" y="60" width="40" height="20" fill="#004b93" opacity="0.5"/>
<rect id="headline" data-slot="headline" x="10" y="10" width="80" height="30" fill="none" stroke="#ec008c"/>
</svg>"##,
    )
    .unwrap();
    let poster = [
        "poster",
        "Welkom",
        "--template",
        "glass.svg",
        "--pdf-standard",
    ];
    let out = run(
        dir.path(),
        &[&poster[..], &["x1a", "-o", "glass.pdf"]].concat(),
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("PDF/X-1a allows no transparency"),
        "{}",
        stderr(&out)
    );
    assert!(!dir.path().join("glass.pdf").exists(), "nothing written");
    make(
        dir.path(),
        &[&poster[..], &["x4", "-o", "glass.pdf"]].concat(),
    );
    meets(
        &Document::load(dir.path().join("glass.pdf")).unwrap(),
        "x4",
        "glass.pdf",
    );
}

#[test]
fn a_shops_own_profile_is_embedded_with_its_condition() {
    let dir = tempfile::tempdir().unwrap();
    // Any CMYK output profile serves; the bundled one, under another name.
    let icc = fogra39();
    std::fs::write(dir.path().join("shop.icc"), &icc).unwrap();
    let args = ["poster", "Wacht hier", "--output-profile", "shop.icc"];
    make(
        dir.path(),
        &[
            &args[..],
            &[
                "--output-condition",
                "Drukkerij Zuid, 135 g",
                "-o",
                "shop.pdf",
            ],
        ]
        .concat(),
    );
    let document = Document::load(dir.path().join("shop.pdf")).unwrap();
    let intents = document
        .catalog()
        .unwrap()
        .get(b"OutputIntents")
        .unwrap()
        .as_array()
        .unwrap();
    let intent = resolve(&document, &intents[0]).as_dict().unwrap();
    assert_eq!(
        text(intent.get(b"OutputConditionIdentifier").unwrap()),
        "Drukkerij Zuid, 135 g"
    );
    assert!(
        !intent.has(b"RegistryName"),
        "a shop's own condition is not in the registry"
    );
    let profile = resolve(&document, intent.get(b"DestOutputProfile").unwrap())
        .as_stream()
        .unwrap();
    assert_eq!(profile.decompressed_content().unwrap(), icc);
}

#[test]
fn bad_print_options_are_named_and_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("broken.icc"), b"not a profile at all").unwrap();
    let screen = moxcms::ColorProfile::new_srgb().encode().unwrap();
    std::fs::write(dir.path().join("srgb.icc"), screen).unwrap();
    std::fs::write(dir.path().join("shop.icc"), fogra39()).unwrap();
    // A file larger than any profile is refused unread.
    let huge = std::fs::File::create(dir.path().join("huge.icc")).unwrap();
    huge.set_len(40 << 20).unwrap();
    for (args, told) in [
        (
            &["--output-profile", "broken.icc"][..],
            "not an ICC profile",
        ),
        (&["--output-profile", "srgb.icc"], "not a CMYK profile"),
        (&["--output-profile", "missing.icc"], "missing.icc"),
        (&["--output-profile", "huge.icc"], "32 MB"),
        (&["--pdf-standard", "x3"], "x4, x1a, none"),
        (&["--white-ink", "Black"], "cannot name the white ink"),
        (
            &["--white-ink", "CutContour"],
            "names both the white ink and the cut line",
        ),
        (&["--cut-name", "Magenta"], "cannot name the cut line"),
        (
            &["--output-condition", "Shop"],
            "required arguments were not provided:\n  --output-profile",
        ),
        (
            &["--output-profile", "shop.icc", "--pdf-standard", "none"],
            "--pdf-standard none writes screen colours",
        ),
    ] {
        let out = run(
            dir.path(),
            &[&["sticker", "Wacht hier"][..], args, &["-o", "out.pdf"]].concat(),
        );
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(told), "{args:?}: {}", stderr(&out));
        assert!(
            !dir.path().join("out.pdf").exists(),
            "{args:?}: nothing written"
        );
    }
}

#[test]
fn a_window_sticker_without_white_ink_warns_it_will_be_see_through() {
    let dir = tempfile::tempdir().unwrap();
    let window = [
        "sticker",
        "Wacht hier",
        "--template",
        "window",
        "-o",
        "w.pdf",
    ];
    let out = run(dir.path(), &window);
    assert!(out.status.success());
    assert!(stderr(&out).contains("see-through"), "{}", stderr(&out));
    let out = run(dir.path(), &[&window[..], &["--white-ink"]].concat());
    assert!(!stderr(&out).contains("see-through"), "{}", stderr(&out));
    let out = run(dir.path(), &["sticker", "Wacht hier", "-o", "r.pdf"]);
    assert!(
        !stderr(&out).contains("see-through"),
        "only clear film: {}",
        stderr(&out)
    );
}

/// The most ink at any point of the plates, 255 a full plate.
fn most_ink(plates: &std::collections::BTreeMap<String, Vec<u8>>) -> u32 {
    let process: Vec<&Vec<u8>> = ["Cyan", "Magenta", "Yellow", "Black"]
        .iter()
        .map(|ink| &plates[*ink])
        .collect();
    (0..process[0].len())
        .map(|pixel| {
            process
                .iter()
                .map(|plate| u32::from(plate[pixel]))
                .sum::<u32>()
        })
        .max()
        .unwrap_or(0)
}

/// The plates of a PDF's first page, by name, as the press would print them.
fn separations(dir: &Path, gs: &Path, pdf: &str) -> std::collections::BTreeMap<String, Vec<u8>> {
    let prefix = pdf.trim_end_matches(".pdf");
    output_of(
        gs,
        &[
            "-q",
            "-dNOPAUSE",
            "-dBATCH",
            "-dSAFER",
            "-sDEVICE=tiffsep",
            "-dOverprint=/enable",
            "-sCompression=none",
            "-r30",
            &format!("-sOutputFile={prefix}-%d.tif"),
            pdf,
        ],
        dir,
    );
    let mut plates = std::collections::BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        let Some(ink) = name
            .strip_prefix(&format!("{prefix}-1("))
            .and_then(|rest| rest.strip_suffix(").tif"))
        else {
            continue;
        };
        // A separation holds how much paper shows: 255 is no ink.
        let shown = common::gray_tiff(&dir.join(&name));
        plates.insert(
            ink.to_owned(),
            shown.into_iter().map(|paper| 255 - paper).collect(),
        );
    }
    plates
}

#[test]
fn each_plate_holds_only_its_own_ink_and_no_pixel_is_over_the_ink_limit() {
    let Some(gs) = tool("gs") else { return };
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path();
    let coverage =
        |plate: &[u8]| plate.iter().filter(|&&ink| ink > 0).count() as f64 / plate.len() as f64;

    // The default sticker: black text and icon on the yellow ink alone, a
    // cut line on its own plate.
    make(
        path,
        &["sticker", "Wacht hier", "--keep-wording", "-o", "round.pdf"],
    );
    let plates = separations(path, &gs, "round.pdf");
    // Black text overprints the yellow: 200% at most.
    assert!(
        most_ink(&plates) <= 2 * 255 + 2,
        "round.pdf: {}",
        most_ink(&plates)
    );
    assert_eq!(coverage(&plates["Cyan"]), 0.0, "no cyan");
    assert_eq!(
        coverage(&plates["Magenta"]),
        0.0,
        "no magenta: the cut line is a spot colour"
    );
    assert!(coverage(&plates["Yellow"]) > 0.5, "the yellow ground");
    assert!(
        coverage(&plates["Black"]) > 0.01,
        "the text, in black ink alone"
    );
    let cut = coverage(&plates["CutContour"]);
    assert!(cut > 0.0 && cut < 0.05, "only the cut line: {cut}");

    // The default poster, and a window sticker with white ink under it.
    make(
        path,
        &["poster", "Wacht hier", "--keep-wording", "-o", "poster.pdf"],
    );
    make(
        path,
        &[
            "sticker",
            "Wacht hier",
            "--template",
            "window",
            "--white-ink",
            "-o",
            "window.pdf",
        ],
    );
    for pdf in ["poster.pdf", "window.pdf"] {
        let plates = separations(path, &gs, pdf);
        assert!(
            most_ink(&plates) <= 2 * 255 + 2,
            "{pdf}: {}",
            most_ink(&plates)
        );
        assert_eq!(coverage(&plates["Cyan"]), 0.0, "{pdf}: no cyan");
        assert_eq!(coverage(&plates["Magenta"]), 0.0, "{pdf}: no magenta");
        assert!(coverage(&plates["Yellow"]) > 0.1, "{pdf}: the yellow band");
        assert!(coverage(&plates["Black"]) > 0.01, "{pdf}: the text");
        if pdf == "window.pdf" {
            assert_eq!(
                coverage(&plates["White"]),
                1.0,
                "{pdf}: white under everything"
            );
        } else {
            assert!(
                !plates.contains_key("White"),
                "{pdf}: white only when asked"
            );
        }
    }

    // Dark, saturated colours stay within 300% of ink.
    let dark = [
        "poster",
        "Wacht hier",
        "--keep-wording",
        "--background",
        "navy",
    ];
    make(
        path,
        &[
            &dark[..],
            &["--color", "white", "--accent", "#200010", "-o", "dark.pdf"],
        ]
        .concat(),
    );
    let plates = separations(path, &gs, "dark.pdf");
    let most = most_ink(&plates);
    // 300% is three full plates; a level of rounding in each.
    assert!(
        most <= 3 * 255 + 4,
        "{} % of ink at the darkest point",
        most * 100 / 255
    );
}

#[test]
fn what_pdf_x1a_cannot_carry_is_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let mut cases: Vec<(Vec<String>, &str)> = Vec::new();
    // PDF 1.4 knows ICC profiles up to version 2: the bundled one, its
    // header saying version 4, is refused.
    let mut icc = fogra39();
    icc[8] = 4;
    std::fs::write(dir.path().join("v4.icc"), icc).unwrap();
    cases.push((
        vec!["--output-profile".into(), "v4.icc".into()],
        "this profile is of version 4",
    ));
    let otf = "/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf";
    if let Some(otf) = common::package_file(otf, "fonts-urw-base35") {
        let otf = otf.display().to_string();
        cases.push((
            vec!["--font".into(), otf],
            "OpenType font with PostScript outlines",
        ));
    }
    for (args, told) in cases {
        let x1a = [
            "poster",
            "Wacht hier",
            "--pdf-standard",
            "x1a",
            "-o",
            "out.pdf",
        ];
        let args: Vec<&str> = x1a
            .iter()
            .copied()
            .chain(args.iter().map(String::as_str))
            .collect();
        let out = run(dir.path(), &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(told), "{args:?}: {}", stderr(&out));
        assert!(!dir.path().join("out.pdf").exists());
        // PDF/X-4 takes them.
        let x4: Vec<&str> = args
            .iter()
            .map(|arg| if *arg == "x1a" { "x4" } else { arg })
            .collect();
        make(dir.path(), &x4);
        std::fs::remove_file(dir.path().join("out.pdf")).unwrap();
    }
}

#[test]
fn a_batch_tells_a_bad_print_option_once_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("rows.csv"),
        "headline\nBalie 1\nBalie 2\nBalie 3\n",
    )
    .unwrap();
    let out = run(
        dir.path(),
        &["batch", "rows.csv", "--white-ink", "Black", "-o", "all.pdf"],
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(
        stderr(&out).matches("cannot name the white ink").count(),
        1,
        "{}",
        stderr(&out)
    );
    assert!(!dir.path().join("all.pdf").exists());
}

#[test]
fn a_corner_radius_only_rounds_a_rectangular_cut_line() {
    let dir = tempfile::tempdir().unwrap();
    let rounded = ["sticker", "Wacht hier", "--shape", "rounded", "-o", "r.pdf"];
    let told = make(
        dir.path(),
        &[&rounded[..], &["--corner-radius", "500mm"]].concat(),
    );
    assert!(
        told.contains("a corner radius of 500.0 mm does not fit"),
        "{told}"
    );
    let out = run(
        dir.path(),
        &[&rounded[..], &["--corner-radius", "20mm"]].concat(),
    );
    assert!(!stderr(&out).contains("does not fit"), "{}", stderr(&out));
    std::fs::remove_file(dir.path().join("r.pdf")).unwrap();
    for (args, told) in [
        (&["poster", "Wacht hier"][..], "A poster has no cut line"),
        (
            &["sticker", "Wacht hier", "--shape", "round"],
            "is not a rectangle",
        ),
    ] {
        let out = run(
            dir.path(),
            &[args, &["--corner-radius", "5mm", "-o", "out.pdf"]].concat(),
        );
        assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
        assert!(stderr(&out).contains(told), "{}", stderr(&out));
    }
    assert!(!dir.path().join("out.pdf").exists());
}

#[test]
fn inks_over_the_limit_are_written_as_given_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let told = make(
        dir.path(),
        &[
            "poster",
            "Wacht hier",
            "--background",
            "cmyk(100,100,100,100)",
            "--color",
            "white",
            "-o",
            "rich.pdf",
        ],
    );
    assert!(
        told.contains("carries 400% ink, and the press takes at most 300%"),
        "{told}"
    );
    let out = run(dir.path(), &["poster", "Wacht hier", "-o", "plain.pdf"]);
    assert!(!stderr(&out).contains("% ink"), "{}", stderr(&out));
}

/// The graphics states the page's content selects before drawing in
/// `colour` (an operator and its operands as written), each with whether
/// it colours text.
fn states_before(document: &Document, colour: &str) -> Vec<(Dictionary, bool)> {
    let (_, page) = document.get_pages().into_iter().next().unwrap();
    let content = Content::decode(&document.get_page_content(page)).unwrap();
    let page = document.get_dictionary(page).unwrap();
    let resources = resolve(document, page.get(b"Resources").unwrap())
        .as_dict()
        .unwrap();
    let states = resolve(document, resources.get(b"ExtGState").unwrap())
        .as_dict()
        .unwrap();
    let mut current: Vec<Dictionary> = Vec::new();
    let mut found = Vec::new();
    let mut in_text = false;
    for op in &content.operations {
        match op.operator.as_str() {
            "BT" => in_text = true,
            "ET" => in_text = false,
            "q" => current.push(Dictionary::new()),
            "Q" => {
                current.pop();
            }
            "gs" => {
                let name = op.operands[0].as_name().unwrap();
                let state = resolve(document, states.get(name).unwrap())
                    .as_dict()
                    .unwrap()
                    .clone();
                match current.last_mut() {
                    Some(top) => top.extend(&state),
                    None => current.push(state),
                }
            }
            operator => {
                let written: Vec<String> = op
                    .operands
                    .iter()
                    .map(|o| format!("{}", o.as_float().unwrap_or(-1.0)))
                    .collect();
                if format!("{} {operator}", written.join(" ")) == colour {
                    let mut merged = Dictionary::new();
                    for state in &current {
                        merged.extend(state);
                    }
                    found.push((merged, in_text));
                }
            }
        }
    }
    found
}

#[test]
fn black_text_overprints_and_faint_tints_are_not_printed() {
    let dir = tempfile::tempdir().unwrap();
    make(
        dir.path(),
        &["poster", "Wacht hier", "--keep-wording", "-o", "p.pdf"],
    );
    let document = Document::load(dir.path().join("p.pdf")).unwrap();
    let black = states_before(&document, "0 0 0 1 k");
    let text: Vec<&Dictionary> = black
        .iter()
        .filter(|(_, text)| *text)
        .map(|(state, _)| state)
        .collect();
    assert!(!text.is_empty(), "black text");
    for state in text {
        assert!(state.get(b"op").unwrap().as_bool().unwrap(), "{state:?}");
        assert_eq!(state.get(b"OPM").unwrap().as_i64().unwrap(), 1, "{state:?}");
    }
    // The white ground is no ink, and knocks out.
    let white = states_before(&document, "0 0 0 0 k");
    assert!(
        white.iter().all(|(state, _)| !state.has(b"op")),
        "{white:?}"
    );
    // A near-white is paper, not a faint tint of black.
    make(
        dir.path(),
        &[
            "poster",
            "Wacht hier",
            "--background",
            "#fefefe",
            "-o",
            "f.pdf",
        ],
    );
    let document = Document::load(dir.path().join("f.pdf")).unwrap();
    assert!(
        !states_before(&document, "0 0 0 0 k").is_empty(),
        "#fefefe is written as no ink"
    );
}

#[test]
fn white_ink_on_a_sheet_lies_under_each_sticker_only() {
    let Some(gs) = tool("gs") else { return };
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("rows.csv"), "headline\nBalie 1\nBalie 2\n").unwrap();
    let args = [
        "batch",
        "rows.csv",
        "--keep-wording",
        "--template",
        "round",
        "--size",
        "100x100mm",
    ];
    make(
        dir.path(),
        &[
            &args[..],
            &["--sheet", "A3", "--white-ink", "-o", "w-{sheet}.pdf"],
        ]
        .concat(),
    );
    let plates = separations(dir.path(), &gs, "w-1.pdf");
    let white = &plates["White"];
    let covered = white.iter().filter(|&&ink| ink > 0).count() as f64 / white.len() as f64;
    // Two stickers of 106 mm square with their bleed, on an A3 sheet.
    let expected = 2.0 * 106.0 * 106.0 / (297.0 * 420.0);
    assert!(
        (covered - expected).abs() < 0.03,
        "{covered} of the sheet, not {expected}"
    );
}

#[test]
fn a_batch_of_a_thousand_rows_is_one_pdf_of_a_thousand_pages_and_two_subsets() {
    let dir = tempfile::tempdir().unwrap();
    let rows: String = (1..=1000)
        .map(|n| format!("Balie {},Vestiging {n}\n", n % 9 + 1))
        .collect();
    let table = format!("headline,footer\n{rows}");
    std::fs::write(dir.path().join("rows.csv"), table).unwrap();
    make(
        dir.path(),
        &["batch", "rows.csv", "--keep-wording", "-o", "all.pdf"],
    );
    let document = Document::load(dir.path().join("all.pdf")).unwrap();
    assert_eq!(document.get_pages().len(), 1000);
    let subsets = document
        .objects
        .values()
        .filter_map(|object| object.as_dict().ok())
        .filter(|dictionary| dictionary.has(b"FontFile2"))
        .count();
    assert_eq!(subsets, 2, "one subset of each face for all pages");
    // The artwork under the text is the same on every page: one form,
    // which every page paints.
    let forms = ground_forms(&document);
    assert_eq!(forms.len(), 1, "one ground for all pages");
    for (_, page) in document.get_pages() {
        let page = document.get_dictionary(page).unwrap();
        let resources = resolve(&document, page.get(b"Resources").unwrap());
        let shown = resources.as_dict().unwrap().get(b"XObject").unwrap();
        let ground = shown.as_dict().unwrap().get(b"Ground").unwrap();
        assert_eq!(ground.as_reference().unwrap(), forms[0]);
    }
    meets(&document, "x4", "all.pdf");
}

/// The form XObjects of a document, by number.
fn ground_forms(document: &Document) -> Vec<lopdf::ObjectId> {
    document
        .objects
        .iter()
        .filter(|(_, object)| {
            object.as_stream().is_ok_and(|stream| {
                stream.dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Form")
            })
        })
        .map(|(id, _)| *id)
        .collect()
}

#[test]
fn each_page_of_a_batch_looks_as_its_own_file_does() {
    let Some(pdftoppm) = tool("pdftoppm") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    // Two templates, on white ink, which the grounds lie on: the portrait
    // posters share one ground.
    let table = "headline,footer,template\n\
        Balie 1,Zeist,poster\n\
        Balie 2,Utrecht,poster\n\
        Wacht hier,Gouda,poster-landscape\n\
        Balie 3,Delft,poster\n";
    std::fs::write(dir.path().join("rows.csv"), table).unwrap();
    for output in ["all.pdf", "{row}.pdf"] {
        make(
            dir.path(),
            &[
                "batch",
                "rows.csv",
                "--keep-wording",
                "--white-ink",
                "-o",
                output,
            ],
        );
    }
    let document = Document::load(dir.path().join("all.pdf")).unwrap();
    assert_eq!(ground_forms(&document).len(), 2, "the posters share theirs");
    let pixels = |pdf: &str, page: usize, prefix: &str| {
        let page = page.to_string();
        output_of(
            &pdftoppm,
            &[
                "-r",
                "20",
                "-f",
                &page,
                "-l",
                &page,
                "-singlefile",
                pdf,
                prefix,
            ],
            dir.path(),
        );
        std::fs::read(dir.path().join(format!("{prefix}.ppm"))).unwrap()
    };
    for row in 1..=4 {
        let in_batch = pixels("all.pdf", row, "in-batch");
        let alone = pixels(&format!("{row}.pdf"), 1, "alone");
        assert!(in_batch == alone, "page {row} differs from {row}.pdf");
    }
}

#[test]
fn files_that_share_their_fonts_each_show_their_own_words() {
    let Some(pdftotext) = tool("pdftotext") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let table = "headline,footer\nBalie 1,Zeist\nBalie 2,Utrecht\nBalie 3,Gouda\n";
    std::fs::write(dir.path().join("rows.csv"), table).unwrap();
    make(
        dir.path(),
        &["batch", "rows.csv", "--keep-wording", "-o", "{footer}.pdf"],
    );
    for (place, counter) in [("Zeist", "1"), ("Utrecht", "2"), ("Gouda", "3")] {
        let file = format!("{place}.pdf");
        let text = output_of(&pdftotext, &[&file, "-"], dir.path());
        let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(words, format!("Balie {counter} {place}"), "{file}");
    }
}
