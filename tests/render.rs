//! Posters and stickers as a print shop receives them: checked inside the
//! test with lopdf, and with the tools print shops use (qpdf, poppler,
//! Ghostscript) where they are installed, which in CI they always are.

mod common;

use common::{gray_tiff, make, output_of, run, stderr, tool};
use lopdf::content::Content;
use lopdf::{Document, Object};
use resvg::tiny_skia::Pixmap;

const PT_PER_MM: f32 = 72.0 / 25.4;

/// A page box of the only page, in millimetres: [x1, y1, x2, y2].
fn page_box(document: &Document, name: &str) -> [f32; 4] {
    let page_id = *document.get_pages().values().next().unwrap();
    let page = document.get_dictionary(page_id).unwrap();
    let values = page.get(name.as_bytes()).unwrap().as_array().unwrap();
    let numbers: Vec<f32> = values
        .iter()
        .map(|value| value.as_float().unwrap() / PT_PER_MM)
        .collect();
    numbers.try_into().unwrap()
}

/// The operators of the only page's content stream.
fn operations(document: &Document) -> Vec<lopdf::content::Operation> {
    let page_id = *document.get_pages().values().next().unwrap();
    let content = document.get_page_content(page_id);
    Content::decode(&content).unwrap().operations
}

/// A dictionary, whether written in place or as a reference.
fn dictionary<'d>(document: &'d Document, object: &'d Object) -> &'d lopdf::Dictionary {
    match object {
        Object::Reference(id) => document.get_dictionary(*id).unwrap(),
        other => other.as_dict().unwrap(),
    }
}

/// One kind of resource (`ColorSpace`, `ExtGState`, …) of the only page.
fn page_resource<'d>(document: &'d Document, kind: &[u8]) -> &'d lopdf::Dictionary {
    let page_id = *document.get_pages().values().next().unwrap();
    let page = document.get_dictionary(page_id).unwrap();
    let resources = dictionary(document, page.get(b"Resources").unwrap());
    dictionary(document, resources.get(kind).unwrap())
}

fn assert_close(actual: f32, expected: f32, what: &str) {
    assert!(
        (actual - expected).abs() <= 0.1,
        "{what}: {actual} mm, expected {expected} mm (to 0.1 mm)"
    );
}

/// The signs the page-box checks are made of: arguments, finished size in mm.
const SIZES: [(&[&str], f32, f32); 6] = [
    (&["poster", "Wacht hier", "--size", "A4"], 210.0, 297.0),
    (&["poster", "Wacht hier", "--size", "A3"], 297.0, 420.0),
    (&["poster", "Wacht hier", "--size", "letter"], 215.9, 279.4),
    (
        &["poster", "Wacht hier", "--size", "500x700mm"],
        500.0,
        700.0,
    ),
    (
        &["poster", "Wacht hier", "--size", "A4", "--landscape"],
        297.0,
        210.0,
    ),
    (
        &["sticker", "Wacht hier", "--diameter", "400mm"],
        400.0,
        400.0,
    ),
];

#[test]
fn page_boxes_hold_the_finished_size_and_the_bleed() {
    let dir = tempfile::tempdir().unwrap();
    let pdfinfo = tool("pdfinfo");
    for (i, (args, width, height)) in SIZES.iter().enumerate() {
        let file = format!("sign{i}.pdf");
        let mut args = args.to_vec();
        args.extend(["-o", &file]);
        make(dir.path(), &args);
        let document = Document::load(dir.path().join(&file)).unwrap();
        let trim = page_box(&document, "TrimBox");
        let bleed = page_box(&document, "BleedBox");
        let media = page_box(&document, "MediaBox");
        assert_close(trim[2] - trim[0], *width, "trim width");
        assert_close(trim[3] - trim[1], *height, "trim height");
        for side in 0..2 {
            assert_close(trim[side] - bleed[side], 3.0, "bleed");
            assert_close(bleed[side + 2] - trim[side + 2], 3.0, "bleed");
        }
        assert_eq!(media, bleed, "without marks the sheet is the bleed box");

        if let Some(pdfinfo) = &pdfinfo {
            let info = output_of(pdfinfo, &["-box", &file], dir.path());
            let reported = |name: &str| -> Vec<f32> {
                let line = info.lines().find(|l| l.starts_with(name)).unwrap();
                line.split_whitespace()
                    .skip(1)
                    .map(|n| n.parse::<f32>().unwrap() / PT_PER_MM)
                    .collect()
            };
            let trim_box = reported("TrimBox:");
            let bleed_box = reported("BleedBox:");
            assert_close(trim_box[2] - trim_box[0], *width, "pdfinfo trim width");
            assert_close(trim_box[3] - trim_box[1], *height, "pdfinfo trim height");
            assert_close(
                bleed_box[2] - bleed_box[0],
                width + 6.0,
                "pdfinfo bleed width",
            );
            assert_close(trim_box[0] - bleed_box[0], 3.0, "pdfinfo bleed");
        }
    }
}

#[test]
fn crop_marks_grow_the_sheet_and_bleed_takes_any_unit() {
    let dir = tempfile::tempdir().unwrap();
    make(
        dir.path(),
        &[
            "poster",
            "Wacht hier",
            "--bleed",
            "0.125in",
            "--marks",
            "-o",
            "marked.pdf",
        ],
    );
    let document = Document::load(dir.path().join("marked.pdf")).unwrap();
    let trim = page_box(&document, "TrimBox");
    let bleed = page_box(&document, "BleedBox");
    let media = page_box(&document, "MediaBox");
    assert_close(trim[0] - bleed[0], 3.175, "US bleed");
    assert!(
        bleed[0] - media[0] >= 5.0,
        "no room for marks: {media:?} {bleed:?}"
    );
    assert_close(
        media[2] - media[0],
        210.0 + 2.0 * (trim[0] - media[0]),
        "centred",
    );
    // Eight hairlines, each starting outside the bleed box.
    let ops = operations(&document);
    let starts: Vec<(f32, f32)> = ops
        .windows(3)
        .filter(|run| {
            run.iter()
                .map(|op| op.operator.as_str())
                .eq(["m", "l", "S"])
        })
        .map(|run| {
            let [x, y] = [0, 1].map(|i| run[0].operands[i].as_float().unwrap() / PT_PER_MM);
            (x, y)
        })
        .filter(|(x, y)| *x < bleed[0] || *x > bleed[2] || *y < bleed[1] || *y > bleed[3])
        .collect();
    assert_eq!(starts.len(), 8, "{starts:?}");
    // In the registration colour, the Separation /All, not four inks at 100%.
    let spaces = page_resource(&document, b"ColorSpace");
    let registration = spaces.get(b"Registration").unwrap().as_array().unwrap();
    assert_eq!(registration[0].as_name().unwrap(), b"Separation");
    assert_eq!(registration[1].as_name().unwrap(), b"All");
    let strokes_in_registration = ops.windows(2).any(|run| {
        run[0].operator == "CS"
            && run[0].operands[0].as_name().ok() == Some(b"Registration".as_slice())
            && run[1].operator == "SCN"
    });
    assert!(strokes_in_registration, "the marks are drawn in it");
    assert!(
        !ops.iter()
            .any(|op| op.operator == "K"
                && op.operands.iter().all(|o| o.as_float().ok() == Some(1.0))),
        "no 1 1 1 1 K left"
    );
}

#[test]
fn every_format_passes_qpdf_check() {
    let Some(qpdf) = tool("qpdf") else { return };
    let dir = tempfile::tempdir().unwrap();
    let mut signs: Vec<Vec<String>> = streep::PAPERS
        .iter()
        .flat_map(|paper| {
            let portrait = vec![
                "poster",
                "Gelieve achter de streep te wachten",
                "--size",
                paper.name,
            ];
            let landscape = [portrait.clone(), vec!["--landscape", "--marks", "--cmyk"]].concat();
            [portrait, landscape]
        })
        .map(|args| args.into_iter().map(str::to_owned).collect())
        .collect();
    for shape in ["round", "rounded", "footprints", "line", "window"] {
        let args = [
            "sticker",
            "Wacht hier",
            "--shape",
            shape,
            "--marks",
            "--facing",
            "top",
        ];
        signs.push(args.map(str::to_owned).to_vec());
    }
    signs.push(
        [
            "poster",
            "Wacht hier",
            "--second",
            "Please wait here",
            "--footer",
            "Dank u",
        ]
        .map(str::to_owned)
        .to_vec(),
    );
    for (i, args) in signs.iter().enumerate() {
        let file = format!("sign{i}.pdf");
        let mut args: Vec<&str> = args.iter().map(String::as_str).collect();
        args.extend(["-o", &file]);
        make(dir.path(), &args);
        let report = output_of(&qpdf, &["--check", &file], dir.path());
        assert!(
            report.contains("No syntax or stream encoding errors"),
            "{args:?}: {report}"
        );
    }
}

#[test]
fn text_is_real_text_in_an_embedded_subset_font() {
    let dir = tempfile::tempdir().unwrap();
    make(
        dir.path(),
        &[
            "poster",
            "Gelieve achter de streep te wachten",
            "--body",
            "Dan helpen wij u zo snel mogelijk.",
            "-o",
            "poster.pdf",
        ],
    );
    let document = Document::load(dir.path().join("poster.pdf")).unwrap();
    let info = common::pdf_info(&document);
    assert_eq!(
        info.get(b"GTS_PDFXVersion").unwrap().as_str().unwrap(),
        b"PDF/X-4",
        "a print file is PDF/X-4 unless asked otherwise"
    );
    assert!(info.get(b"Title").is_ok() && info.get(b"Creator").is_ok());
    let catalog = document.catalog().unwrap();
    assert_eq!(catalog.get(b"Lang").unwrap().as_str().unwrap(), b"nl");

    // Every font dictionary, the CIDFont inside each Type0 font too, names
    // its subset: a tag of six capitals, then the PostScript name.
    let mut names = Vec::new();
    for object in document.objects.values() {
        let Ok(font) = object.as_dict() else { continue };
        if font.get(b"Type").and_then(Object::as_name).ok() != Some(b"Font") {
            continue;
        }
        names.push(font.get(b"BaseFont").unwrap().as_name().unwrap().to_vec());
        if let Ok(descendants) = font.get(b"DescendantFonts").and_then(Object::as_array) {
            for descendant in descendants {
                let descendant = dictionary(&document, descendant);
                names.push(
                    descendant
                        .get(b"BaseFont")
                        .unwrap()
                        .as_name()
                        .unwrap()
                        .to_vec(),
                );
            }
        }
    }
    assert_eq!(
        names.len(),
        4,
        "two faces, each a Type0 font and its CIDFont"
    );
    for name in names {
        let name = String::from_utf8(name).unwrap();
        assert!(name[..6].chars().all(|c| c.is_ascii_uppercase()), "{name}");
        assert!(
            name[6..].starts_with("+AtkinsonHyperlegibleNext-"),
            "{name}"
        );
    }

    if let Some(pdffonts) = tool("pdffonts") {
        let fonts = output_of(&pdffonts, &["poster.pdf"], dir.path());
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert_eq!(rows.len(), 2, "{fonts}");
        for row in rows {
            let name = row.split_whitespace().next().unwrap();
            assert!(name.contains("+AtkinsonHyperlegibleNext-"), "{fonts}");
            assert!(
                row.contains("yes yes yes"),
                "not embedded, subset, unicode: {fonts}"
            );
        }
    }
    if let Some(pdftotext) = tool("pdftotext") {
        let text = output_of(&pdftotext, &["poster.pdf", "-"], dir.path());
        let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(
            words,
            "Wilt u vóór de streep wachten? Dan helpen wij u zo snel mogelijk."
        );
    }
    // Small but for the press's profile, which PDF/X embeds whole.
    let size = std::fs::metadata(dir.path().join("poster.pdf"))
        .unwrap()
        .len();
    let intents = catalog.get(b"OutputIntents").unwrap().as_array().unwrap();
    let intent = dictionary(&document, &intents[0]);
    let profile = intent.get(b"DestOutputProfile").unwrap().as_reference();
    let profile = document
        .get_object(profile.unwrap())
        .unwrap()
        .as_stream()
        .unwrap();
    let size = size - profile.content.len() as u64;
    assert!(size <= 60 * 1024, "a text-only poster of {size} bytes");
}

/// The cut line must reach a cutting plotter as its own ink: a stroke in a
/// Separation colour space, drawn last, and nothing of it on the process plates.
#[test]
fn a_sticker_carries_its_cut_line_on_its_own_plate() {
    let dir = tempfile::tempdir().unwrap();
    make(
        dir.path(),
        &[
            "sticker",
            "Wacht hier",
            "--diameter",
            "300mm",
            "--background",
            "white",
            "-o",
            "cut.pdf",
        ],
    );
    make(
        dir.path(),
        &[
            "sticker",
            "Wacht hier",
            "--cut-name",
            "Thru-cut",
            "-o",
            "thru.pdf",
        ],
    );
    let document = Document::load(dir.path().join("cut.pdf")).unwrap();
    let ops = operations(&document);
    let spot = ops.iter().rposition(|op| op.operator == "CS").unwrap();
    assert_eq!(ops[spot].operands, [Object::Name(b"Cut".to_vec())]);
    let paint: Vec<&str> = ops[spot..]
        .iter()
        .map(|op| op.operator.as_str())
        .filter(|op| ["S", "s", "f", "f*", "B", "b", "re"].contains(op))
        .collect();
    assert!(
        !paint.is_empty() && paint.iter().all(|op| *op == "S"),
        "{paint:?}"
    );
    assert!(
        !ops[spot..].iter().any(|op| op.operator == "BT"),
        "the cut line is drawn last"
    );
    // It overprints: the graphics state it sets turns stroke overprint on.
    let state = ops[..spot]
        .iter()
        .rev()
        .find(|op| op.operator == "gs")
        .unwrap();
    let state_name = state.operands[0].as_name().unwrap();
    let states = page_resource(&document, b"ExtGState");
    let overprint = dictionary(&document, states.get(state_name).unwrap());
    assert_eq!(overprint.get(b"OP").unwrap(), &Object::Boolean(true));
    let spaces = page_resource(&document, b"ColorSpace");
    let separation = spaces.get(b"Cut").unwrap().as_array().unwrap();
    assert_eq!(separation[0], Object::Name(b"Separation".to_vec()));
    assert_eq!(separation[1], Object::Name(b"CutContour".to_vec()));
    assert_eq!(separation[2], Object::Name(b"DeviceCMYK".to_vec()));

    let Some(gs) = tool("gs") else { return };
    let plates = |file: &str, prefix: &str| {
        output_of(
            &gs,
            &[
                "-q",
                "-dNOPAUSE",
                "-dBATCH",
                "-dSAFER",
                "-sDEVICE=tiffsep",
                "-sCompression=none",
                "-r72",
                &format!("-sOutputFile={prefix}.tif"),
                file,
            ],
            dir.path(),
        );
    };
    plates("cut.pdf", "cut");
    plates("thru.pdf", "thru");
    assert!(dir.path().join("thru(Thru-cut).tif").exists());
    // On the default yellow, the yellow under the cut line is still printed:
    // the cut line overprints rather than knocking out.
    let yellow = gray_tiff(&dir.path().join("thru(Yellow).tif"));
    let thru = gray_tiff(&dir.path().join("thru(Thru-cut).tif"));
    let under: Vec<u8> = (0..thru.len())
        .filter(|i| thru[*i] < 128)
        .map(|i| yellow[i])
        .collect();
    assert!(!under.is_empty());
    let knocked_out = under.iter().filter(|ink| **ink > 128).count();
    assert_eq!(knocked_out, 0, "yellow knocked out under the cut line");
    let cut = gray_tiff(&dir.path().join("cut(CutContour).tif"));
    let inked: Vec<usize> = (0..cut.len()).filter(|i| cut[*i] < 128).collect();
    // A circle of 300 mm at 72 dpi: some 2,600 pixels round.
    assert!(inked.len() > 1500, "{} pixels of cut line", inked.len());
    for plate in ["Cyan", "Magenta", "Yellow", "Black"] {
        let process = gray_tiff(&dir.path().join(format!("cut({plate}).tif")));
        assert_eq!(process.len(), cut.len());
        let under_cut = inked.iter().filter(|i| process[**i] < 250).count();
        assert_eq!(under_cut, 0, "{plate} plate has ink under the cut line");
    }
}

#[test]
fn the_png_looks_like_the_printed_pdf() {
    let Some(pdftoppm) = tool("pdftoppm") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    for (name, args, standard) in [
        (
            "poster",
            &[
                "poster",
                "Gelieve achter de streep te wachten",
                "--body",
                "Dan helpen wij u zo snel mogelijk.",
                "--footer",
                "Apotheek De Linde",
            ][..],
        ),
        (
            "round",
            &["sticker", "Wacht hier", "--diameter", "300mm"][..],
        ),
    ]
    .into_iter()
    .flat_map(|(name, args)| [(name, args, "none"), (name, args, "x4")])
    {
        let (pdf, png) = (format!("{name}-{standard}.pdf"), format!("{name}.png"));
        // A bleed of whole pixels at 150 dpi, so both images start at the trim.
        let mut args = args.to_vec();
        args.extend(["--bleed", "0.2in", "--pdf-standard", standard]);
        args.extend(["-o", &pdf, "-o", &png]);
        make(dir.path(), &args);
        let ours = Pixmap::load_png(dir.path().join(&png)).unwrap();
        let (width, height) = (ours.width().to_string(), ours.height().to_string());
        output_of(
            &pdftoppm,
            &[
                "-r",
                "150",
                "-png",
                "-singlefile",
                "-x",
                "30",
                "-y",
                "30",
                "-W",
                &width,
                "-H",
                &height,
                &pdf,
                "poppler",
            ],
            dir.path(),
        );
        let theirs = Pixmap::load_png(dir.path().join("poppler.png")).unwrap();
        // Poppler shows a PDF/X file's inks through its output profile, as
        // they print: black ink on coated paper is a dark grey (L* 18, about
        // #232323), never the screen's black, which no ink reaches.
        let tolerance = if standard == "none" { 32 } else { 48 };
        assert_eq!(
            (ours.width(), ours.height()),
            (theirs.width(), theirs.height())
        );
        let differing = ours
            .pixels()
            .iter()
            .zip(theirs.pixels())
            .filter(|(a, b)| {
                let (a, b) = (a.demultiply(), b.demultiply());
                let channels = [
                    a.red().abs_diff(b.red()),
                    a.green().abs_diff(b.green()),
                    a.blue().abs_diff(b.blue()),
                ];
                channels.into_iter().max().unwrap() > tolerance
            })
            .count();
        let share = differing as f64 / ours.pixels().len() as f64;
        assert!(
            share < 0.02,
            "{name} ({standard}): {:.2}% of pixels differ",
            share * 100.0
        );
    }
}

#[test]
fn the_line_sticker_reads_upright_from_the_waiting_side() {
    let dir = tempfile::tempdir().unwrap();
    let line_sticker = |facing: &str, file: &str| {
        let args = [
            "sticker",
            "Wacht hier",
            "--shape",
            "line",
            "--facing",
            facing,
            "-o",
            file,
        ];
        make(dir.path(), &args);
    };
    let text_matrices = |facing: &str| -> Vec<Vec<f32>> {
        let file = format!("line-{facing}.pdf");
        line_sticker(facing, &file);
        let document = Document::load(dir.path().join(&file)).unwrap();
        operations(&document)
            .into_iter()
            .filter(|op| op.operator == "Tm")
            .map(|op| op.operands.iter().map(|o| o.as_float().unwrap()).collect())
            .collect()
    };
    // Upright for someone at the bottom edge: the text's up is the page's up.
    for matrix in text_matrices("bottom") {
        assert!(matrix[0] > 0.99 && matrix[3] > 0.99, "{matrix:?}");
    }
    // Waiting at the top edge: the text is turned half round.
    let turned = text_matrices("top");
    assert!(!turned.is_empty());
    for matrix in &turned {
        assert!(matrix[0] < -0.99 && matrix[3] < -0.99, "{matrix:?}");
    }
    // Turned about the strip's centre, the text stays on the strip, and its
    // start moves to the other end.
    let upright = &text_matrices("bottom")[0];
    let strip = [3.0, 103.0].map(|mm| mm * PT_PER_MM);
    for matrix in [upright, &turned[0]] {
        assert!((strip[0]..strip[1]).contains(&matrix[5]), "{matrix:?}");
    }
    assert!(
        turned[0][4] > upright[4] + 300.0 * PT_PER_MM,
        "{turned:?} {upright:?}"
    );
    line_sticker("top", "line.svg");
    let svg = std::fs::read_to_string(dir.path().join("line.svg")).unwrap();
    assert!(svg.contains("rotate(180"), "{svg}");
}

#[test]
fn a_long_dutch_word_is_hyphenated_not_overflowing() {
    let dir = tempfile::tempdir().unwrap();
    make(
        dir.path(),
        &[
            "sticker",
            "klantvriendelijkheidsmedewerkers",
            "--keep-wording",
            "-o",
            "word.svg",
        ],
    );
    let svg = std::fs::read_to_string(dir.path().join("word.svg")).unwrap();
    let lines: Vec<&str> = svg
        .lines()
        .filter(|l| l.starts_with("<text"))
        .map(|l| l.split('>').nth(1).unwrap().trim_end_matches("</text"))
        .collect();
    assert!(lines.len() >= 2, "{lines:?}");
    assert!(lines[0].ends_with('-'), "{lines:?}");
    // Printed with a capital, as a sign starts.
    assert_eq!(
        lines.concat().replace('-', ""),
        "Klantvriendelijkheidsmedewerkers"
    );
    // Centred lines that start inside the text box do not run past it.
    for line in svg.lines().filter(|l| l.starts_with("<text")) {
        let x: f32 = line
            .split("x=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert!(x >= 70.0 - 0.01, "{line}");
    }
}

#[test]
fn text_that_cannot_fit_is_an_error_that_says_so_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("old.pdf"), "the previous poster").unwrap();
    let long = "Wilt u vóór de streep wachten? ".repeat(40);
    let out = run(
        dir.path(),
        &[
            "poster", &long, "--size", "A6", "-o", "old.pdf", "-o", "new.png",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    let message = stderr(&out);
    assert!(
        message.contains("headline") && message.contains("does not fit"),
        "{message}"
    );
    assert!(
        message.contains("pt down to") && message.contains(" mm)"),
        "{message}"
    );
    assert!(
        message.contains("Wilt u vóór de streep wachten?"),
        "{message}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("old.pdf")).unwrap(),
        "the previous poster"
    );
    assert!(!dir.path().join("new.png").exists());
}

#[test]
fn bad_input_is_named_and_fails_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("broken.ttf"), "not a font").unwrap();
    let cases: [(&[&str], &str); 14] = [
        (
            &[
                "poster",
                "Gelieve te wachten",
                "--template",
                "billboard",
                "-o",
                "x.pdf",
            ],
            "billboard",
        ),
        (
            &[
                "poster",
                "Gelieve te wachten",
                "--size",
                "A9",
                "-o",
                "x.pdf",
            ],
            "A9",
        ),
        (
            &[
                "poster",
                "Gelieve te wachten",
                "--size",
                "12x",
                "-o",
                "x.pdf",
            ],
            "“12x”",
        ),
        (
            &[
                "poster",
                "Gelieve te wachten",
                "--size",
                "0x100mm",
                "-o",
                "x.pdf",
            ],
            "0x100mm",
        ),
        (
            &[
                "poster",
                "Gelieve te wachten",
                "--size=-5x100mm",
                "-o",
                "x.pdf",
            ],
            "-5x100mm",
        ),
        (
            &[
                "poster",
                "Gelieve te wachten",
                "--size",
                "6000x7000mm",
                "-o",
                "x.pdf",
            ],
            "5 m",
        ),
        (
            &[
                "poster",
                "Gelieve te wachten",
                "--color",
                "blurple",
                "-o",
                "x.pdf",
            ],
            "blurple",
        ),
        (
            &[
                "poster",
                "Gelieve te wachten",
                "--font",
                "missing.ttf",
                "-o",
                "x.pdf",
            ],
            "missing.ttf",
        ),
        (
            &[
                "poster",
                "Gelieve te wachten",
                "--font",
                "broken.ttf",
                "-o",
                "x.pdf",
            ],
            "broken.ttf",
        ),
        (&["poster", "Wacht ☕ hier", "-o", "x.pdf"], "U+2615"),
        (
            &["poster", "Gelieve te wachten", "-o", "no/such/folder/x.pdf"],
            "no/such/folder/x.pdf",
        ),
        (&["poster", "Gelieve te wachten", "-o", "x.docx"], "x.docx"),
        (
            &[
                "sticker",
                "Gelieve te wachten",
                "--shape",
                "round",
                "--size",
                "400x300mm",
                "-o",
                "x.pdf",
            ],
            "--diameter",
        ),
        (
            &[
                "sticker",
                "Gelieve te wachten",
                "--cut-name",
                "Cut Contour",
                "-o",
                "x.pdf",
            ],
            "Cut Contour",
        ),
    ];
    for (args, named) in cases {
        let out = run(dir.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let message = stderr(&out);
        assert!(message.contains(named), "{args:?}: {message}");
        assert!(!message.contains("panicked"), "{args:?}: {message}");
        // A mistyped option is told before anything else: no rewrite is
        // explained first for a sign that will not be made.
        assert!(!message.contains('→'), "{args:?}: {message}");
    }
    let out = run(
        dir.path(),
        &[
            "sticker",
            "Gelieve te wachten",
            "--shape",
            "triangle",
            "-o",
            "x.pdf",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("triangle"));
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name())
        .filter(|name| name != "broken.ttf")
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");
}

#[test]
fn a_saved_sign_renders_the_same_sign_again() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        dir.path(),
        &[
            "poster",
            "Gelieve hier te wachten",
            "--keep-wording",
            "--size",
            "A3",
            "--background",
            "cmyk(0,0,20,0)",
            "--save-sign",
            "sign.toml",
            "-o",
            "first.svg",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("streep would write “Wilt u hier wachten?”"),
        "{}",
        stderr(&out)
    );
    let sign = std::fs::read_to_string(dir.path().join("sign.toml")).unwrap();
    assert!(
        sign.contains("headline = \"Gelieve hier te wachten\""),
        "{sign}"
    );
    assert!(sign.contains("size = \"A3\""), "{sign}");
    make(dir.path(), &["render", "sign.toml", "-o", "second.svg"]);
    let first = std::fs::read_to_string(dir.path().join("first.svg")).unwrap();
    let second = std::fs::read_to_string(dir.path().join("second.svg")).unwrap();
    assert_eq!(first, second);
    assert!(first.contains(r#"width="297mm" height="420mm""#));

    std::fs::write(
        dir.path().join("bad.toml"),
        "template = \"poster\"\nsise = \"A3\"\n",
    )
    .unwrap();
    let out = run(dir.path(), &["render", "bad.toml", "-o", "bad.pdf"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("sise"), "{}", stderr(&out));
}

#[test]
fn svg_keeps_text_editable_or_outlines_it() {
    let dir = tempfile::tempdir().unwrap();
    let sign = ["poster", "Wacht hier", "--keep-wording"];
    make(
        dir.path(),
        &[&sign[..], &["-o", "text.svg", "--outline-text"]].concat(),
    );
    make(dir.path(), &[&sign[..], &["-o", "editable.svg"]].concat());
    let editable = std::fs::read_to_string(dir.path().join("editable.svg")).unwrap();
    assert!(editable.contains(r#"font-family="Atkinson Hyperlegible Next""#));
    assert!(editable.contains(">Wacht hier</text>"), "{editable}");
    let outlined = std::fs::read_to_string(dir.path().join("text.svg")).unwrap();
    assert!(!outlined.contains("<text"));
    assert!(outlined.len() > editable.len());
    // Outlined or not, the two are the same drawing: rendered with the
    // bundled font, they differ only at the edges of letters.
    let mut fonts = resvg::usvg::fontdb::Database::new();
    for face in ["Regular", "Bold"] {
        let path = format!(
            "{}/assets/fonts/AtkinsonHyperlegibleNext-{face}.ttf",
            env!("CARGO_MANIFEST_DIR")
        );
        fonts.load_font_data(std::fs::read(path).unwrap());
    }
    let options = resvg::usvg::Options {
        fontdb: std::sync::Arc::new(fonts),
        ..Default::default()
    };
    let render = |svg: &str| {
        let tree = resvg::usvg::Tree::from_str(svg, &options).unwrap();
        let mut pixmap = Pixmap::new(420, 594).unwrap();
        let scale = 420.0 / tree.size().width();
        resvg::render(
            &tree,
            resvg::tiny_skia::Transform::from_scale(scale, scale),
            &mut pixmap.as_mut(),
        );
        pixmap
    };
    let (a, b) = (render(&editable), render(&outlined));
    let ink = |pixmap: &Pixmap| pixmap.pixels().iter().filter(|p| p.red() < 128).count();
    assert!(ink(&a) > 1000, "the text is drawn");
    let differing = a
        .pixels()
        .iter()
        .zip(b.pixels())
        .filter(|(p, q)| p.red().abs_diff(q.red()) > 64)
        .count();
    assert!(
        differing < a.pixels().len() / 100,
        "{differing} pixels differ"
    );
}

#[test]
fn a_png_knows_its_resolution() {
    let dir = tempfile::tempdir().unwrap();
    make(
        dir.path(),
        &["poster", "Wacht hier", "--dpi", "300", "-o", "a.png"],
    );
    let png = std::fs::read(dir.path().join("a.png")).unwrap();
    let at = png.windows(4).position(|w| w == b"pHYs").unwrap();
    let per_metre = u32::from_be_bytes(png[at + 4..at + 8].try_into().unwrap());
    assert_eq!(per_metre, 11811, "300 dpi is 11811 pixels a metre");
    assert_eq!(png[at + 12], 1, "unit: metre");
    let image = Pixmap::decode_png(&png).unwrap();
    assert_eq!(
        (image.width(), image.height()),
        (2480, 3508),
        "A4 at 300 dpi"
    );
}

#[test]
fn the_command_line_guards_the_user() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("folder")).unwrap();
    let refused: [(&[&str], &str); 5] = [
        (&["poster", "Wacht", "--dpi", "0", "-o", "a.png"], "0 dpi"),
        (
            &["poster", "Wacht", "--save-sign", "streep.toml"],
            "house-style",
        ),
        (
            &["poster", "Wacht", "-o", "a.pdf", "-o", "missing/b.png"],
            "folder missing does not exist",
        ),
        (&["poster", "Wacht", "-o", "folder"], "folder is a folder"),
        (
            &["poster", "Wacht", "--bleed", "-3mm", "-o", "a.pdf"],
            "-3mm",
        ),
    ];
    for (args, named) in refused {
        let out = run(dir.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains(named), "{args:?}: {}", stderr(&out));
        assert!(!stderr(&out).contains(".streep-"), "{}", stderr(&out));
    }
    assert!(
        !dir.path().join("a.pdf").exists(),
        "nothing is written when one output cannot be"
    );

    // An English sign is recognised as English, said so, and reworded.
    let out = run(
        dir.path(),
        &["poster", "Please stand behind the line", "-o", "en.svg"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("(en)"), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("in front of the line"),
        "{}",
        stderr(&out)
    );

    // Contrast too low for reading is refused unless forced, and then said.
    let out = run(
        dir.path(),
        &[
            "poster",
            "Wacht hier",
            "--color",
            "yellow",
            "-o",
            "y.svg",
            "--force",
        ],
    );
    assert!(out.status.success());
    assert!(
        stderr(&out).contains("contrast of only 1.2:1"),
        "{}",
        stderr(&out)
    );
    let out = run(dir.path(), &["poster", "Wacht hier", "-o", "fine.svg"]);
    assert!(!stderr(&out).contains("contrast"), "{}", stderr(&out));

    // A ligature pasted from a word processor is printed as its letters.
    let out = run(
        dir.path(),
        &["poster", "Oﬃcieel ﬁjn", "--keep-wording", "-o", "lig.svg"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let svg = std::fs::read_to_string(dir.path().join("lig.svg")).unwrap();
    assert!(svg.contains("Officieel") && svg.contains("fijn"), "{svg}");

    // A line sticker comes in any length.
    let out = run(
        dir.path(),
        &[
            "sticker",
            "Wacht hier",
            "--shape",
            "line",
            "--size",
            "2000x100mm",
            "-o",
            "long.pdf",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn cmyk_output_writes_ink_not_screen_colours() {
    let dir = tempfile::tempdir().unwrap();
    make(
        dir.path(),
        &[
            "poster",
            "Wacht hier",
            "--pdf-standard",
            "none",
            "--cmyk",
            "-o",
            "cmyk.pdf",
        ],
    );
    let plain = [
        "poster",
        "Wacht hier",
        "--pdf-standard",
        "none",
        "-o",
        "rgb.pdf",
    ];
    make(dir.path(), &plain);
    make(dir.path(), &["poster", "Wacht hier", "-o", "x4.pdf"]);
    let count = |file: &str, operator: &str| {
        let document = Document::load(dir.path().join(file)).unwrap();
        operations(&document)
            .iter()
            .filter(|op| op.operator == operator)
            .count()
    };
    assert!(count("cmyk.pdf", "k") > 0);
    assert_eq!(count("cmyk.pdf", "rg"), 0);
    assert!(count("rgb.pdf", "rg") > 0);
    assert_eq!(count("rgb.pdf", "k"), 0);
    assert!(count("x4.pdf", "k") > 0);
    assert_eq!(count("x4.pdf", "rg"), 0);
}

#[test]
fn a_designers_template_and_brand_font_are_found_from_the_sign_file() {
    let dir = tempfile::tempdir().unwrap();
    let (signs, fonts) = (dir.path().join("signs"), dir.path().join("fonts"));
    std::fs::create_dir_all(&signs).unwrap();
    std::fs::create_dir_all(&fonts).unwrap();
    for face in ["Regular", "Bold"] {
        std::fs::copy(
            format!(
                "{}/assets/fonts/AtkinsonHyperlegibleNext-{face}.ttf",
                env!("CARGO_MANIFEST_DIR")
            ),
            fonts.join(format!("Brand-{face}.ttf")),
        )
        .unwrap();
    }
    let template = |attributes: &str, slot: &str| {
        format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" {attributes} viewBox="0 0 100 50">
<rect class="background" width="100" height="50"/>
<rect id="slot-headline" x="5" y="5" width="90" height="40" data-max-size="12mm" {slot}/>
</svg>"#
        )
    };
    std::fs::write(
        signs.join("banner.svg"),
        template(r#"width="100mm" height="50mm""#, ""),
    )
    .unwrap();
    std::fs::write(
        signs.join("sign.toml"),
        "template = \"banner.svg\"\n[text]\nheadline = \"Welkom\"\n\
         [print]\nfont = \"../fonts/Brand-Regular.ttf\"\nbold_font = \"../fonts/Brand-Bold.ttf\"\n",
    )
    .unwrap();
    make(
        dir.path(),
        &["render", "signs/sign.toml", "-o", "banner.pdf"],
    );
    let document = Document::load(dir.path().join("banner.pdf")).unwrap();
    let trim = page_box(&document, "TrimBox");
    assert_close(trim[2] - trim[0], 100.0, "the template's own size");
    // PDF/X-4 is PDF 1.6, whatever the font.
    assert_eq!(document.version, "1.6");

    // Templates that cannot be laid out are refused with a reason, never a panic.
    let refused = [
        (template(r#"width="100" height="50""#, ""), "unit"),
        (
            template(r#"width="100mm" height="50mm""#, r#"display="none""#),
            "not drawn",
        ),
        (
            template(r#"width="100mm" height="50mm""#, r#"transform="scale(0)""#),
            "not drawn",
        ),
    ];
    for (i, (source, reason)) in refused.iter().enumerate() {
        let file = format!("bad{i}.svg");
        std::fs::write(dir.path().join(&file), source).unwrap();
        let out = run(
            dir.path(),
            &["poster", "Welkom", "--template", &file, "-o", "bad.pdf"],
        );
        assert_eq!(out.status.code(), Some(2), "{source}");
        assert!(stderr(&out).contains(reason), "{}", stderr(&out));
        assert!(!stderr(&out).contains("panicked"));
    }

    // A language code that is not one is refused, not written into the SVG.
    std::fs::write(
        dir.path().join("odd.toml"),
        "template = \"poster\"\nlang = \"nl\u{fffe}\"\n[text]\nheadline = \"Welkom\"\n",
    )
    .unwrap();
    let out = run(dir.path(), &["render", "odd.toml", "-o", "odd.png"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("not a language code"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_designer_starts_from_a_built_in_template_and_checks_it() {
    let dir = tempfile::tempdir().unwrap();
    make(
        dir.path(),
        &["template", "new", "--from", "poster", "-o", "mine.svg"],
    );
    let source = std::fs::read_to_string(dir.path().join("mine.svg")).unwrap();
    let with_field = source.replace(
        "</svg>",
        r#"<text x="15" y="292" font-size="4">{{branch}}</text></svg>"#,
    );
    std::fs::write(dir.path().join("mine.svg"), &with_field).unwrap();
    // The edited template is not written over by the same command again.
    let again = ["template", "new", "--from", "poster", "-o", "mine.svg"];
    let out = run(dir.path(), &again);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--force"), "{}", stderr(&out));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("mine.svg")).unwrap(),
        with_field
    );
    let fresh = ["template", "new", "--from", "poster", "-o", "fresh.svg"];
    make(dir.path(), &fresh);
    make(dir.path(), &[&fresh[..], &["--force"]].concat());
    // The designer gets the font the template is printed in.
    make(dir.path(), &["fonts", "fonts"]);
    for face in ["Regular", "Bold"] {
        let name = format!("AtkinsonHyperlegibleNext-{face}.ttf");
        let written = std::fs::read(dir.path().join("fonts").join(&name)).unwrap();
        let bundled = std::fs::read(format!(
            "{}/assets/fonts/{name}",
            env!("CARGO_MANIFEST_DIR")
        ));
        assert_eq!(written, bundled.unwrap(), "{name}");
    }
    assert!(dir.path().join("fonts/OFL.txt").exists());
    // Sizes read as a designer writes them: 0.0, never -0.0.
    for sticker in ["round", "rounded", "footprints"] {
        let out = run(dir.path(), &["template", "check", sticker]);
        let report = common::stdout(&out);
        assert!(
            report.contains("cut") && !report.contains("-0.0"),
            "{report}"
        );
    }
    // A slot turned in Inkscape is said, not silently set upright.
    let turned = with_field.replace(
        "<rect id=\"slot-headline\"",
        "<rect transform=\"rotate(5)\" id=\"slot-headline\"",
    );
    std::fs::write(dir.path().join("turned.svg"), turned).unwrap();
    let out = run(dir.path(), &["template", "check", "turned.svg"]);
    assert!(
        common::stdout(&out).contains("rotate(5)"),
        "{}",
        common::stdout(&out)
    );
    let out = run(dir.path(), &["template", "check", "mine.svg"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report = common::stdout(&out);
    assert!(
        report.contains("headline   x    15.0  y   106.0  180.0 x 104.0 mm"),
        "{report}"
    );
    assert!(report.contains("{{branch}}"), "{report}");

    let sign = ["poster", "Wacht hier", "--template", "mine.svg"];
    let out = run(dir.path(), &[&sign[..], &["-o", "a.pdf"]].concat());
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("branch"), "{}", stderr(&out));
    make(
        dir.path(),
        &[
            &sign[..],
            &[
                "--set",
                "branch=Apotheek Utrecht",
                "-o",
                "a.png",
                "-o",
                "a.pdf",
            ],
        ]
        .concat(),
    );

    // The template's own text, filled in, is real text in the PDF.
    if let Some(pdftotext) = tool("pdftotext") {
        let text = output_of(&pdftotext, &["a.pdf", "-"], dir.path());
        assert!(text.contains("Apotheek Utrecht"), "{text}");
    }

    make(dir.path(), &["templates", "--preview", "previews"]);
    for name in streep::template_names() {
        let preview = Pixmap::load_png(dir.path().join(format!("previews/{name}.png"))).unwrap();
        assert!(
            (390..=410).contains(&preview.width()),
            "{name}: {}",
            preview.width()
        );
    }
}

#[test]
fn outputs_never_overwrite_what_the_sign_is_made_of() {
    let dir = tempfile::tempdir().unwrap();
    make(
        dir.path(),
        &["template", "new", "--from", "poster", "-o", "mine.svg"],
    );
    let before = std::fs::read(dir.path().join("mine.svg")).unwrap();
    let refused: [(&[&str], &str); 6] = [
        (
            &[
                "poster",
                "Wacht",
                "--template",
                "mine.svg",
                "-o",
                "mine.svg",
            ],
            "mine.svg",
        ),
        (
            &["poster", "Wacht", "-o", "a.pdf", "-o", "./a.pdf"],
            "a.pdf",
        ),
        (
            &["poster", "Wacht", "--save-sign", "a.pdf", "-o", "a.pdf"],
            ".toml",
        ),
        (
            &["sticker", "Wacht", "--cut-name", "cyan", "-o", "c.pdf"],
            "ink",
        ),
        (
            &[
                "sticker",
                "Wacht",
                "--shape",
                "line",
                "--diameter",
                "300mm",
                "-o",
                "c.pdf",
            ],
            "--diameter",
        ),
        (
            &["poster", "Wacht hier", "--size", "10x10mm", "-o", "c.pdf"],
            "6 pt",
        ),
    ];
    for (args, named) in refused {
        let out = run(dir.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains(named), "{args:?}: {}", stderr(&out));
    }
    assert_eq!(std::fs::read(dir.path().join("mine.svg")).unwrap(), before);
    assert!(!dir.path().join("a.pdf").exists() && !dir.path().join("c.pdf").exists());
}

#[test]
fn a_sign_read_from_standard_input_keeps_its_paragraphs() {
    let dir = tempfile::tempdir().unwrap();
    let out = common::streep(dir.path())
        .args(["poster", "-", "-o", "p.svg"])
        .write_stdin("Wacht hier\nop uw beurt\n\nGeen toegang\n")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let svg = std::fs::read_to_string(dir.path().join("p.svg")).unwrap();
    let text: Vec<&str> = svg
        .lines()
        .filter(|l| l.starts_with("<text"))
        .map(|l| l.split('>').nth(1).unwrap().trim_end_matches("</text"))
        .collect();
    let joined = text.join(" ");
    // The two lines of the first paragraph are one sentence to the rewriter;
    // the second paragraph is a sign of its own and starts a new line.
    assert!(
        joined.starts_with("Wilt u hier op uw beurt wachten?"),
        "{joined}"
    );
    assert!(text.iter().any(|l| l.starts_with("Alleen")), "{text:?}");
}

#[test]
fn a_table_becomes_a_sign_per_row_and_bad_rows_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let table = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/branches.csv");
    let out = run(
        dir.path(),
        &[
            "batch",
            table,
            "-o",
            "out/{branch}-{size}.pdf",
            "-o",
            "out/{branch}.svg",
        ],
    );
    // Two rows of the example are bad on purpose: a character the font lacks
    // and a size that does not exist. The others are written all the same.
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let report = stderr(&out);
    assert!(
        report.contains("row 4 (line 5):") && report.contains("U+2615"),
        "{report}"
    );
    assert!(
        report.contains("row 5 (line 6):") && report.contains("A9"),
        "{report}"
    );
    assert!(
        report.contains("3 of 5 signs written (6 files), 2 failed"),
        "{report}"
    );
    // Each row says how its wording changed, before anything is printed.
    let zeist_row = report
        .lines()
        .find(|line| line.contains("Zeist") || line.contains("Wilt u hier op uw beurt"))
        .unwrap_or_default();
    assert!(
        zeist_row.starts_with("row ") && zeist_row.contains("→ “Wilt u hier op uw beurt"),
        "{report}"
    );
    for name in ["Utrecht-A4", "Zeist-A3", "Bunnik-A4"] {
        assert!(
            dir.path().join(format!("out/{name}.pdf")).exists(),
            "{name}"
        );
    }
    assert!(!dir.path().join("out/Houten-A4.pdf").exists());
    let zeist = std::fs::read_to_string(dir.path().join("out/Zeist.svg")).unwrap();
    assert!(
        zeist.contains("Wilt u hier op uw beurt") && zeist.contains("Zeist"),
        "{zeist}"
    );
    assert!(
        !report.contains('\u{1b}'),
        "no progress bar in a pipe: {report:?}"
    );

    // --strict names the first bad row and writes nothing, every time.
    for _ in 0..3 {
        let out = run(
            dir.path(),
            &["batch", table, "--strict", "-o", "strict/{branch}.pdf"],
        );
        assert_eq!(out.status.code(), Some(1));
        let report = stderr(&out);
        assert!(
            report.contains("row 4 (line 5):") && !report.contains("row 5 "),
            "{report}"
        );
        assert!(!dir.path().join("strict").exists(), "{report}");
    }
    // A workbook is a table like any other.
    let workbook = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/branches.xlsx");
    make(dir.path(), &["batch", workbook, "-o", "xlsx/{branch}.pdf"]);
    // One sign is one sign, in the summary as anywhere.
    std::fs::write(dir.path().join("one.csv"), "headline\nWelkom\n").unwrap();
    let out = run(dir.path(), &["batch", "one.csv", "-o", "one/{row}.pdf"]);
    assert!(
        stderr(&out).contains("1 of 1 sign written (1 file)"),
        "{}",
        stderr(&out)
    );
    assert!(dir.path().join("xlsx/Zeist.pdf").exists());
    // A typo in the pattern is named, not the column it should have used.
    let out = run(dir.path(), &["batch", table, "-o", "x/{filiaal}.pdf"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("{filiaal}") && stderr(&out).contains("branch, headline"),
        "{}",
        stderr(&out)
    );

    // Everything that can be known before rendering is an error before it.
    std::fs::write(
        dir.path().join("t.json"),
        r#"[{"headline": "Welkom", "colour": "red"}]"#,
    )
    .unwrap();
    std::fs::write(
        dir.path().join("t.toml"),
        "[[sign]]\nheadline = \"Welkom\"\nfooter = \"Utrecht\"\n[[sign]]\nheadline = \"Wacht\"\nfooter = \"Utrecht\"\n",
    )
    .unwrap();
    // A column no template uses (a branch's address, say) is left out, and
    // named, rather than stopping the whole list.
    let out = run(dir.path(), &["batch", "t.json", "-o", "json/{row}.pdf"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("Not used: the column colour"),
        "{}",
        stderr(&out)
    );
    assert!(dir.path().join("json/1.pdf").exists());
    let refused: [(&[&str], &str); 2] = [
        (&["batch", "t.toml", "-o", "{footer}.pdf"], "Rows 1 and 2"),
        (&["batch", "t.toml", "-o", "{branch}.pdf"], "{branch}"),
    ];
    for (args, named) in refused {
        let out = run(dir.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stderr(&out).contains(named), "{args:?}: {}", stderr(&out));
    }
    make(
        dir.path(),
        &["batch", "t.toml", "-o", "toml/{row}-{footer}.pdf"],
    );
    assert!(dir.path().join("toml/2-Utrecht.pdf").exists());
}

#[test]
fn a_sign_few_can_read_is_written_only_when_forced() {
    let dir = tempfile::tempdir().unwrap();
    let args = [
        "poster",
        "Welkom",
        "--background",
        "yellow",
        "--color",
        "white",
        "-o",
        "pale.pdf",
    ];
    let out = run(dir.path(), &args);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--force"), "{}", stderr(&out));
    assert!(!dir.path().join("pale.pdf").exists());
    let out = run(dir.path(), &[&args[..], &["--force"]].concat());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(dir.path().join("pale.pdf").exists());
}

/// The width and height in pixels of each colour image in the document
/// (not their soft masks), in the order of their objects.
fn colour_images(document: &Document) -> Vec<(i64, i64)> {
    document
        .objects
        .values()
        .filter_map(|object| object.as_stream().ok())
        .filter(|stream| {
            stream.dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Image")
                && stream
                    .dict
                    .get(b"ColorSpace")
                    .and_then(Object::as_name)
                    .ok()
                    .is_some_and(|space| [b"DeviceRGB".as_slice(), b"DeviceCMYK"].contains(&space))
        })
        .map(|stream| {
            let side = |key: &[u8]| stream.dict.get(key).and_then(Object::as_i64).unwrap();
            (side(b"Width"), side(b"Height"))
        })
        .collect()
}

#[test]
fn a_template_saved_by_inkscape_renders_with_its_slots_filled() {
    let dir = tempfile::tempdir().unwrap();
    let template = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/inkscape-poster.svg"
    );
    let out = run(
        dir.path(),
        &[
            "poster",
            "Gelieve achter de streep te wachten",
            "--template",
            template,
            "--set",
            "branch=Apotheek Utrecht",
            "--size",
            "A6",
            "--dpi",
            "50",
            "-o",
            "ink.pdf",
            "-o",
            "ink.png",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    // Its gradient and its embedded image are each painted; the sign's
    // words and the template's own text stay text.
    for feature in ["a gradient or pattern", "an image"] {
        assert!(
            stderr(&out).contains(&format!(
                "uses {feature}; that part of its artwork is printed as an image at 300 dpi"
            )),
            "{}",
            stderr(&out)
        );
    }
    let document = Document::load(dir.path().join("ink.pdf")).unwrap();
    // At A6, the 10 mm image and the gradient over the top, each at 300 dpi.
    let mut images = colour_images(&document);
    images.sort_unstable();
    assert_eq!(images, [(119, 118), (1312, 566)]);
    if let Some(pdftotext) = tool("pdftotext") {
        let text = output_of(&pdftotext, &["ink.pdf", "-"], dir.path());
        assert!(text.contains("Wilt u vóór"), "{text}");
        assert!(text.contains("Apotheek Utrecht"), "{text}");
    }
    // The painted header is the gradient's blue, not white; and the slot,
    // inside a layer Inkscape moved, is where check says it is.
    let png = Pixmap::load_png(dir.path().join("ink.png")).unwrap();
    let top = png.pixel(png.width() / 3, 10).unwrap();
    assert!(top.blue() > 100 && top.red() < 60, "{top:?}");
    let out = run(dir.path(), &["template", "check", template]);
    assert!(common::stdout(&out).contains("headline   x    15.0  y   110.0"));

    // A template of too many elements is refused before it is drawn.
    let huge = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="10mm" height="10mm">{}</svg>"#,
        "<g/>".repeat(60_000)
    );
    std::fs::write(dir.path().join("huge.svg"), huge).unwrap();
    let out = run(
        dir.path(),
        &["poster", "x", "--template", "huge.svg", "-o", "h.pdf"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("60001 elements"), "{}", stderr(&out));
}

#[test]
fn artwork_that_cannot_be_outlined_is_painted_where_it_lies() {
    let dir = tempfile::tempdir().unwrap();
    // A red square in a gradient, 20 mm wide at (60, 60) mm, drawn in a
    // moved and scaled group at half opacity; beside it a plain rectangle.
    let template = |inside: &str| {
        format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" width="100mm" height="100mm" viewBox="0 0 100 100">
<defs><linearGradient id="red"><stop offset="0" stop-color="#ff0000"/><stop offset="1" stop-color="#ff0000"/></linearGradient></defs>
<rect class="background" width="100" height="100" fill="#ffffff"/>
<g transform="translate(60,60) scale(0.5)" opacity="0.5"><rect width="40" height="40" fill="url(#red)"/>{inside}</g>
<rect x="10" y="60" width="20" height="20" fill="#0000ff"/>
<rect id="headline" data-slot="headline" x="10" y="10" width="80" height="30" fill="none" stroke="#ec008c"/>
</svg>"##
        )
    };
    let pixel_at = |png: &Pixmap, x_mm: f32, y_mm: f32| {
        let per_mm = png.width() as f32 / 100.0;
        png.pixel((x_mm * per_mm) as u32, (y_mm * per_mm) as u32)
            .unwrap()
            .demultiply()
    };
    std::fs::write(dir.path().join("alone.svg"), template("")).unwrap();
    let out = run(
        dir.path(),
        &[
            "poster",
            "Welkom",
            "--template",
            "alone.svg",
            "--bleed",
            "0mm",
            "-o",
            "alone.pdf",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let document = Document::load(dir.path().join("alone.pdf")).unwrap();
    // Only the square is painted: 20 mm at 300 dpi.
    assert_eq!(colour_images(&document), [(237, 237)]);
    if let Some(pdftoppm) = tool("pdftoppm") {
        output_of(
            &pdftoppm,
            &["-r", "50", "-png", "-singlefile", "alone.pdf", "alone"],
            dir.path(),
        );
        let png = Pixmap::load_png(dir.path().join("alone.png")).unwrap();
        let square = pixel_at(&png, 70.0, 70.0);
        assert!(
            // Red ink (#ed1c24 on coated paper, not the screen's #ff0000)
            // at half opacity over white.
            square.red() > 240 && (120..160).contains(&square.green()),
            "half-opaque red on white: {square:?}"
        );
        assert_eq!(pixel_at(&png, 85.0, 85.0).green(), 255, "white beside it");
        // Blue ink as coated paper shows it.
        let plain = pixel_at(&png, 20.0, 70.0);
        assert!(
            plain.blue() > plain.red() + 60 && plain.blue() > plain.green() + 60,
            "the plain rectangle: {plain:?}"
        );
    }

    // A slot's mark inside the painted group cannot be painted alone; the
    // whole artwork is painted instead, around the slot.
    let mark = r##"<rect id="footer" data-slot="footer" x="0" y="0" width="40" height="10" fill="none" stroke="#ec008c"/>"##;
    std::fs::write(dir.path().join("whole.svg"), template(mark)).unwrap();
    let out = run(
        dir.path(),
        &[
            "poster",
            "Welkom",
            "--template",
            "whole.svg",
            "--dpi",
            "50",
            "-o",
            "whole.png",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let png = Pixmap::load_png(dir.path().join("whole.png")).unwrap();
    let per_mm = 50.0 / 25.4;
    let bleed = 3.0;
    let at = |x: f32, y: f32| {
        png.pixel(((x + bleed) * per_mm) as u32, ((y + bleed) * per_mm) as u32)
            .unwrap()
            .demultiply()
    };
    assert!(at(75.0, 75.0).red() > 240 && at(75.0, 75.0).blue() < 136);
    assert_eq!(at(20.0, 70.0).blue(), 255);

    // Inkscape draws the painted artwork of streep's SVG where streep's own
    // PNG has it (Inkscape 1.2 ignores an image without xlink:href).
    if let Some(inkscape) = tool("inkscape") {
        let svg = [
            "poster",
            "Welkom",
            "--template",
            "whole.svg",
            "-o",
            "whole.svg.svg",
        ];
        make(dir.path(), &svg);
        output_of(
            &inkscape,
            &[
                "whole.svg.svg",
                "--export-type=png",
                "--export-dpi=50",
                "--export-filename=inkscape.png",
            ],
            dir.path(),
        );
        let drawn = Pixmap::load_png(dir.path().join("inkscape.png")).unwrap();
        assert_eq!((drawn.width(), drawn.height()), (png.width(), png.height()));
        let ink_at = |x: f32, y: f32| {
            drawn
                .pixel(((x + bleed) * per_mm) as u32, ((y + bleed) * per_mm) as u32)
                .unwrap()
                .demultiply()
        };
        let square = ink_at(75.0, 75.0);
        assert!(square.red() > 240 && square.blue() < 136, "{square:?}");
        assert_eq!(ink_at(20.0, 70.0).blue(), 255);
    }
}

#[test]
fn a_slot_takes_its_style_from_the_designers_sample_text() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("sample.svg"),
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="200mm" height="100mm" viewBox="0 0 200 100">
<rect class="background" width="200" height="100" fill="#ffffff"/>
<rect id="box" data-slot="headline" x="10" y="10" width="180" height="80" fill="none" stroke="#ec008c"/>
<text id="sample" data-slot="headline" x="10" y="88" style="font-size:20px;font-weight:700;fill:#c8102e;text-anchor:start">Voorbeeld</text>
</svg>"##,
    )
    .unwrap();
    let out = run(dir.path(), &["template", "check", "sample.svg"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        common::stdout(&out).contains("bold auto–57 pt"),
        "{}",
        common::stdout(&out)
    );
    make(
        dir.path(),
        &[
            "poster",
            "Wacht",
            "--keep-wording",
            "--template",
            "sample.svg",
            "-o",
            "s.svg",
            "-o",
            "s.png",
        ],
    );
    let svg = std::fs::read_to_string(dir.path().join("s.svg")).unwrap();
    let line = svg.lines().find(|l| l.starts_with("<text")).unwrap();
    assert!(
        line.contains(r##"fill="#c8102e""##) && line.contains(r#"font-weight="700""#),
        "{line}"
    );
    assert!(
        line.contains(r#"x="10""#),
        "set from the box's start: {line}"
    );
    // The sample itself is not printed: below the one line of text the
    // box is blank.
    let png = Pixmap::load_png(dir.path().join("s.png")).unwrap();
    let inked = (0..png.width())
        .filter(|x| {
            png.pixel(*x, png.height() * 3 / 4)
                .is_some_and(|p| p.green() < 200)
        })
        .count();
    assert_eq!(inked, 0);
}

#[test]
fn stickers_are_imposed_many_to_a_sheet_with_their_cut_lines() {
    let dir = tempfile::tempdir().unwrap();
    let rows: String = (1..=9).map(|n| format!("Balie {n}\n")).collect();
    std::fs::write(dir.path().join("stickers.csv"), format!("headline\n{rows}")).unwrap();
    let sheet = [
        "batch",
        "stickers.csv",
        "--keep-wording",
        "--template",
        "round",
    ];
    let sheet = [&sheet[..], &["--size", "100x100mm", "--sheet", "A3"]].concat();
    // Six 100 mm stickers fit on an A3 sheet: nine need two sheets, and so
    // a name for each.
    let out = run(dir.path(), &[&sheet[..], &["-o", "sheet.pdf"]].concat());
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("{sheet}"), "{}", stderr(&out));
    make(
        dir.path(),
        &[&sheet[..], &["-o", "sheets/{sheet}.pdf"]].concat(),
    );
    let first = Document::load(dir.path().join("sheets/1.pdf")).unwrap();
    let trim = page_box(&first, "TrimBox");
    assert_close(trim[2] - trim[0], 297.0, "A3 sheet width");
    // One cut line with a circle (four curves) for every sticker on it.
    let ops = operations(&first);
    let spot = ops.iter().rposition(|op| op.operator == "CS").unwrap();
    let curves = ops[spot..].iter().filter(|op| op.operator == "c").count();
    assert_eq!(curves, 6 * 4, "six circles on the first sheet");
    let second = Document::load(dir.path().join("sheets/2.pdf")).unwrap();
    let ops = operations(&second);
    let spot = ops.iter().rposition(|op| op.operator == "CS").unwrap();
    assert_eq!(
        ops[spot..].iter().filter(|op| op.operator == "c").count(),
        3 * 4
    );
    if let Some(pdftotext) = tool("pdftotext") {
        let text = output_of(&pdftotext, &["sheets/2.pdf", "-"], dir.path());
        assert!(
            text.contains("Balie 7") && text.contains("Balie 9"),
            "{text}"
        );
    }
}

#[test]
fn four_a5_posters_without_bleed_fill_an_a3_sheet() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a5.csv"), "headline\nA\nB\nC\nD\n").unwrap();
    let args = [
        "batch",
        "a5.csv",
        "--keep-wording",
        "--size",
        "A5",
        "--bleed",
        "0",
    ];
    make(
        dir.path(),
        &[&args[..], &["--sheet", "A3", "-o", "{sheet}.pdf"]].concat(),
    );
    assert!(
        !dir.path().join("2.pdf").exists(),
        "one sheet holds all four"
    );
    let document = Document::load(dir.path().join("1.pdf")).unwrap();
    // Each poster is clipped to its own quarter of the sheet.
    let clips = operations(&document)
        .windows(2)
        .filter(|pair| pair[0].operator == "re" && pair[1].operator == "W")
        .map(|pair| {
            let w = pair[0].operands[2].as_float().unwrap() / PT_PER_MM;
            let h = pair[0].operands[3].as_float().unwrap() / PT_PER_MM;
            (w.round(), h.round())
        })
        .filter(|size| *size == (148.0, 210.0))
        .count();
    assert_eq!(clips, 4);
    // With bleed, each sign gets crop marks, in the registration colour.
    make(
        dir.path(),
        &[&args[..5], &["--sheet", "A2", "-o", "bled-{sheet}.pdf"]].concat(),
    );
    let bled = Document::load(dir.path().join("bled-1.pdf")).unwrap();
    let spaces = page_resource(&bled, b"ColorSpace");
    let registration = spaces.get(b"Registration").unwrap().as_array().unwrap();
    assert_eq!(registration[1].as_name().unwrap(), b"All");
    let marks_in_registration = operations(&bled)
        .windows(2)
        .filter(|run| run[0].operator == "CS" && run[1].operator == "SCN")
        .filter(|run| run[0].operands[0].as_name().ok() == Some(b"Registration".as_slice()))
        .count();
    assert!(marks_in_registration >= 4, "{marks_in_registration}");
}

#[test]
fn both_halves_of_a_bilingual_sign_are_reworded_each_in_its_language() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        dir.path(),
        &[
            "poster",
            "Gelieve achter de streep te wachten",
            "--second",
            "Please wait behind the line",
            "-o",
            "both.svg",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let told = stderr(&out);
    assert!(
        told.contains(
            "second language: “Please wait behind the line” → “Please wait in front of the line”"
        ),
        "{told}"
    );
    let svg = std::fs::read_to_string(dir.path().join("both.svg")).unwrap();
    assert!(
        svg.contains("front of the line"),
        "the printed sign says it"
    );
}

#[test]
fn a_batch_to_one_pdf_has_a_page_per_row_that_can_be_made() {
    let dir = tempfile::tempdir().unwrap();
    let table = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/branches.csv");
    let out = run(dir.path(), &["batch", table, "-o", "all.pdf"]);
    // Two rows of the example are bad on purpose; they are told, left out,
    // and the exit code says so.
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("3 of 5 signs written (1 file), 2 failed"),
        "{}",
        stderr(&out)
    );
    let document = Document::load(dir.path().join("all.pdf")).unwrap();
    assert_eq!(document.get_pages().len(), 3);
    let font_programs = document
        .objects
        .values()
        .filter_map(|object| object.as_dict().ok())
        .filter(|dictionary| dictionary.has(b"FontFile2"))
        .count();
    assert_eq!(font_programs, 2, "one subset per face for every page");
    if let Some(pdftotext) = tool("pdftotext") {
        let text = output_of(
            &pdftotext,
            &["-f", "2", "-l", "2", "all.pdf", "-"],
            dir.path(),
        );
        assert!(
            text.contains("Apotheek De Linde · Zeist"),
            "rows in the table's order: {text}"
        );
    }
    // A strict batch with a bad row writes no document at all.
    let out = run(
        dir.path(),
        &["batch", table, "--strict", "-o", "strict.pdf"],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(!dir.path().join("strict.pdf").exists());
    // Nor does a batch none of whose rows can be made: an empty PDF would
    // be no use.
    std::fs::write(dir.path().join("bad.csv"), "headline\n中文\n日本\n").unwrap();
    let out = run(dir.path(), &["batch", "bad.csv", "-o", "none.pdf"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("0 of 2 signs written (0 files), 2 failed"),
        "{}",
        stderr(&out)
    );
    assert!(!dir.path().join("none.pdf").exists());
}

#[test]
fn a_line_stickers_cut_line_has_rounded_corners_as_cutters_ask() {
    let dir = tempfile::tempdir().unwrap();
    // The curves after the cut line's colour space are its corners.
    let cut_curves = |file: &str| {
        let document = Document::load(dir.path().join(file)).unwrap();
        let ops = operations(&document);
        let spot = ops
            .iter()
            .rposition(|op| {
                op.operator == "CS" && op.operands[0].as_name().ok() == Some(b"Cut".as_slice())
            })
            .unwrap();
        ops[spot..].iter().filter(|op| op.operator == "c").count()
    };
    make(
        dir.path(),
        &["sticker", "Wacht hier", "--shape", "line", "-o", "line.pdf"],
    );
    assert_eq!(cut_curves("line.pdf"), 4, "a small radius by default");
    make(
        dir.path(),
        &[
            "sticker",
            "Wacht hier",
            "--shape",
            "line",
            "--corner-radius",
            "0",
            "-o",
            "sharp.pdf",
        ],
    );
    assert_eq!(cut_curves("sharp.pdf"), 0);
    make(
        dir.path(),
        &[
            "sticker",
            "Wacht hier",
            "--shape",
            "rounded",
            "--corner-radius",
            "10mm",
            "-o",
            "rounded.pdf",
        ],
    );
    assert_eq!(cut_curves("rounded.pdf"), 4);
    let out = run(
        dir.path(),
        &[
            "sticker",
            "Wacht hier",
            "--shape",
            "round",
            "--corner-radius",
            "5mm",
            "-o",
            "round.pdf",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no corners"), "{}", stderr(&out));
    assert!(!dir.path().join("round.pdf").exists());
}

#[test]
fn a_font_descriptor_gives_the_real_cap_height_and_no_object_is_left_empty() {
    let dir = tempfile::tempdir().unwrap();
    make(dir.path(), &["poster", "Wacht hier", "-o", "p.pdf"]);
    let document = Document::load(dir.path().join("p.pdf")).unwrap();
    let mut descriptors = 0;
    for object in document.objects.values() {
        let Ok(dictionary) = object.as_dict() else {
            continue;
        };
        assert!(!dictionary.is_empty(), "an empty dictionary nothing needs");
        if dictionary.get(b"Type").and_then(Object::as_name).ok() == Some(b"FontDescriptor") {
            descriptors += 1;
            let number = |key: &[u8]| dictionary.get(key).unwrap().as_float().unwrap();
            // Atkinson Hyperlegible Next: capitals 668 units of 1000 high.
            assert_close(number(b"CapHeight"), 668.0, "cap height");
            assert!(number(b"CapHeight") < number(b"Ascent"));
        }
    }
    assert!(descriptors > 0);
}

#[test]
fn an_icon_a_template_has_no_place_for_is_told_not_dropped_silently() {
    let dir = tempfile::tempdir().unwrap();
    let line = ["sticker", "Wacht hier", "--template", "line", "-o", "l.pdf"];
    let out = run(dir.path(), &[&line[..], &["--icon", "toilet"]].concat());
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("has no place for an icon, so toilet is not drawn"),
        "{}",
        stderr(&out)
    );
    let out = run(dir.path(), &line);
    assert!(
        !stderr(&out).contains("no place for an icon"),
        "{}",
        stderr(&out)
    );
}
