//! `streep compare`: before/after sheets as a consultant uses them, checked
//! with the tools that read them (lopdf, qpdf, pdftotext, a real browser).

mod common;

use common::{output_of, run, stderr, tool};
use lopdf::Document;
use resvg::tiny_skia::Pixmap;

const EXAMPLE_SIGNS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/signs.txt");

fn signs_in_example() -> usize {
    std::fs::read_to_string(EXAMPLE_SIGNS)
        .unwrap()
        .lines()
        .filter(|line| !line.trim().is_empty())
        .count()
}

/// How many pixels of `png` have exactly this colour.
fn pixels_of(png: &Pixmap, rgb: [u8; 3]) -> usize {
    png.pixels()
        .iter()
        .filter(|pixel| {
            let colour = pixel.demultiply();
            [colour.red(), colour.green(), colour.blue()] == rgb
        })
        .count()
}

#[test]
fn a_file_of_signs_gives_a_summary_and_a_page_per_sign() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        dir.path(),
        &[
            "compare",
            EXAMPLE_SIGNS,
            "-o",
            "compare.pdf",
            "-o",
            "compare.png",
            "--dpi",
            "60",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let signs = signs_in_example();
    let document = Document::load(dir.path().join("compare.pdf")).unwrap();
    assert_eq!(document.get_pages().len(), signs + 1);
    let title = common::pdf_info(&document).get(b"Title").unwrap();
    let title = lopdf::decode_text_string(title).unwrap();
    assert_eq!(title, "Signs before and after");
    assert!(
        stderr(&out).contains(&format!("wrote compare.pdf ({} pages)", signs + 1)),
        "{}",
        stderr(&out)
    );
    if let Some(qpdf) = tool("qpdf") {
        output_of(&qpdf, &["--check", "compare.pdf"], dir.path());
    }
    if let Some(pdftotext) = tool("pdftotext") {
        let page = |n: usize| {
            output_of(
                &pdftotext,
                &[
                    "-f",
                    &n.to_string(),
                    "-l",
                    &n.to_string(),
                    "compare.pdf",
                    "-",
                ],
                dir.path(),
            )
        };
        let summary = page(1);
        assert!(summary.contains("Summary"), "{summary}");
        assert!(summary.contains(&format!("{signs} signs")), "{summary}");
        assert!(summary.contains("Perspective"), "{summary}");
        let first = page(2);
        for expected in [
            "Sign 1 of",
            "Gelieve achter de streep te wachten",
            "Wilt u vóór de streep wachten?",
            "officialese",
            "Customer focus",
        ] {
            assert!(first.contains(expected), "{expected}: {first}");
        }
    }
    // A PNG per page, at the size of A4 landscape; the first sign's page
    // marks what was replaced in red and what replaced it in green.
    // Numbered with as many digits as the last page has, so that they sort.
    let width = (signs + 1).to_string().len();
    for n in 1..=signs + 1 {
        let name = format!("compare-{n:0width$}.png");
        assert!(dir.path().join(&name).exists(), "{name}");
    }
    assert!(!dir.path().join("compare.png").exists());
    let page = Pixmap::load_png(dir.path().join(format!("compare-{:0width$}.png", 2))).unwrap();
    assert_eq!((page.width(), page.height()), (702, 496));
    assert!(pixels_of(&page, [0xfd, 0xd8, 0xd8]) > 100);
    assert!(pixels_of(&page, [0xc9, 0xf0, 0xd0]) > 100);
}

#[test]
fn one_sign_is_one_page_in_the_users_language() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        dir.path(),
        &[
            "--ui-lang",
            "nl",
            "compare",
            "Verboden toegang voor onbevoegden",
            "-o",
            "een.pdf",
            "-o",
            "een.svg",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let document = Document::load(dir.path().join("een.pdf")).unwrap();
    assert_eq!(document.get_pages().len(), 1);
    let svg = std::fs::read_to_string(dir.path().join("een.svg")).unwrap();
    assert!(
        svg.contains("Vóór</text>") && svg.contains("Na</text>"),
        "{svg}"
    );
    assert!(svg.contains("Klantgerichtheid"));
}

#[test]
fn the_html_sheet_needs_nothing_else_and_opens_in_a_browser() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        dir.path(),
        &["compare", EXAMPLE_SIGNS, "-o", "compare.html"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let html = std::fs::read_to_string(dir.path().join("compare.html")).unwrap();
    // Nothing is fetched: every font and image is inside the file.
    for reference in ["http:", "https:", "file:", "src=\"/", "url(/", "@import"] {
        assert!(!html.contains(reference), "{reference}");
    }
    assert!(html.contains("@font-face"));
    assert_eq!(html.matches("url(data:font/ttf;base64,").count(), 2);
    let images = html.matches("src=\"data:image/svg+xml;base64,").count();
    assert_eq!(images, 2 * signs_in_example());
    assert!(html.contains("<del>Gelieve achter de streep te wachten</del>"));
    assert!(html.contains("<ins>Wilt u vóór de streep wachten?</ins>"));
    assert!(html.contains("officialese"));
    // Each image box takes the sign's own proportions (A4 here), not a
    // wider box with white beside the sign.
    assert_eq!(
        html.matches("width=\"794\" height=\"1123\"").count(),
        images
    );
    assert!(!html.contains("object-fit"));

    let Some(chromium) = tool("chromium") else {
        return;
    };
    let page = dir.path().join("compare.html");
    let shot = dir.path().join("shot.png");
    let browser = std::process::Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            // Any request for something outside the file fails.
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--window-size=1200,1600",
            &format!("--screenshot={}", shot.display()),
            &format!("file://{}", page.display()),
        ])
        .output()
        .unwrap();
    assert!(
        browser.status.success() && shot.exists(),
        "{}",
        String::from_utf8_lossy(&browser.stderr)
    );
    let screenshot = Pixmap::load_png(&shot).unwrap();
    // The summary's green bar of the average after, and the red of before.
    assert!(pixels_of(&screenshot, [0x1a, 0x7f, 0x37]) > 500);
    assert!(pixels_of(&screenshot, [0xc0, 0x25, 0x25]) > 500);
    // And text, in the page's own font: many dark pixels.
    let dark = screenshot
        .pixels()
        .iter()
        .filter(|pixel| pixel.demultiply().red() < 60)
        .count();
    assert!(dark > 5_000, "{dark}");
}

#[test]
fn bad_requests_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["compare", "Wacht hier", "-o", "sheet.docx"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("sheet.docx"), "{}", stderr(&out));
    std::fs::write(dir.path().join("empty.txt"), "\n\n").unwrap();
    let out = run(dir.path(), &["compare", "empty.txt", "-o", "sheet.pdf"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no text"), "{}", stderr(&out));
    // Writing over the signs it reads is refused.
    std::fs::write(dir.path().join("signs.html"), "Wacht hier\n").unwrap();
    let out = run(dir.path(), &["compare", "signs.html", "-o", "signs.html"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("signs.html")).unwrap(),
        "Wacht hier\n"
    );
    // More signs than a comparison shows are refused with both numbers.
    let many: String = (0..1001).map(|n| format!("Wacht hier {n}.\n")).collect();
    std::fs::write(dir.path().join("many.txt"), many).unwrap();
    let out = run(dir.path(), &["compare", "many.txt", "-o", "many.pdf"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("1001") && stderr(&out).contains("1000"),
        "{}",
        stderr(&out)
    );
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 3, "{names:?}");
}

#[test]
fn advice_is_quoted_from_the_sign_as_given_and_odd_input_is_cleaned() {
    let dir = tempfile::tempdir().unwrap();
    // A change that shortens the text comes before the advice.
    let out = run(
        dir.path(),
        &[
            "compare",
            "Je moet wachten. Wij zijn niet aansprakelijk voor diefstal",
            "-o",
            "a.html",
            "-o",
            "a.pdf",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let html = std::fs::read_to_string(dir.path().join("a.html")).unwrap();
    assert!(
        html.contains("Worth a look: “niet aansprakelijk”"),
        "{html}"
    );
    assert!(html.contains("Perhaps: “"), "{html}");
    // A byte-order mark, a zero-width space and control characters, as
    // editors and terminals leave them, do not reach the sheet.
    std::fs::write(
        dir.path().join("odd.txt"),
        "\u{feff}Gelieve achter de\u{200b} streep\u{7} te wachten\r\n",
    )
    .unwrap();
    let out = run(dir.path(), &["compare", "odd.txt", "-o", "odd.html"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let html = std::fs::read_to_string(dir.path().join("odd.html")).unwrap();
    assert!(
        html.contains("<del>Gelieve achter de streep te wachten</del>"),
        "{html}"
    );
    assert!(!html.contains('\u{7}') && !html.contains('\u{feff}'));
    // A sign far too long for any size is refused at once, by number.
    let long = "Gelieve hier te wachten ".repeat(5000);
    std::fs::write(dir.path().join("long.txt"), long).unwrap();
    let out = run(dir.path(), &["compare", "long.txt", "-o", "long.pdf"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("Sign 1 cannot be shown"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("does not fit"), "{}", stderr(&out));
    assert!(!dir.path().join("long.pdf").exists());
}

#[test]
fn every_sign_of_a_long_list_gets_its_line_in_the_summary() {
    let dir = tempfile::tempdir().unwrap();
    let signs: String = (1..=60)
        .map(|n| format!("Gelieve bij balie {n} te wachten\n"))
        .collect();
    std::fs::write(dir.path().join("signs.txt"), signs).unwrap();
    let out = run(dir.path(), &["compare", "signs.txt", "-o", "all.pdf"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let document = Document::load(dir.path().join("all.pdf")).unwrap();
    // A summary, its continuation, and a page per sign.
    assert_eq!(document.get_pages().len(), 2 + 60);
    // Drawn in parts, the pages still share one embedded font per face.
    let font_programs = document
        .objects
        .values()
        .filter_map(|object| object.as_dict().ok())
        .filter(|dictionary| dictionary.has(b"FontFile2") || dictionary.has(b"FontFile3"))
        .count();
    assert_eq!(font_programs, 2);
    let font_resources: std::collections::BTreeSet<_> = document
        .get_pages()
        .values()
        .map(|&page| {
            let (resources, _) = document.get_page_resources(page).unwrap();
            format!("{:?}", resources.unwrap().get(b"Font").unwrap())
        })
        .collect();
    assert_eq!(font_resources.len(), 1, "{font_resources:?}");
    if let Some(pdftotext) = tool("pdftotext") {
        let summary = output_of(&pdftotext, &["-l", "2", "all.pdf", "-"], dir.path());
        assert!(summary.contains("Summary, continued"), "{summary}");
        for n in [1, 30, 60] {
            assert!(
                summary.contains(&format!("{n}. Gelieve bij balie {n} te wachten")),
                "{n}: {summary}"
            );
        }
        // The last page, drawn in the last part, reads back as text.
        let last = output_of(&pdftotext, &["-f", "62", "all.pdf", "-"], dir.path());
        assert!(last.contains("Sign 60 of 60"), "{last}");
        assert!(last.contains("balie 60"), "{last}");
        assert!(!summary.contains("more"), "{summary}");
    }
}

#[test]
fn a_cover_names_the_sheet_the_client_and_the_day() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("logo.svg"),
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#c00000"/></svg>"##,
    )
    .unwrap();
    let cover = [
        "--title",
        "Signs in hall B",
        "--client",
        "Pharmacy De Linde",
        "--logo",
        "logo.svg",
    ];
    let args = [
        &["compare", EXAMPLE_SIGNS, "-o", "c.pdf", "-o", "c.html"][..],
        &cover,
    ]
    .concat();
    let out = run(dir.path(), &args);
    assert!(out.status.success(), "{}", stderr(&out));
    let document = Document::load(dir.path().join("c.pdf")).unwrap();
    assert_eq!(document.get_pages().len(), signs_in_example() + 2);
    let html = std::fs::read_to_string(dir.path().join("c.html")).unwrap();
    assert!(html.contains("<title>Signs in hall B</title>"));
    assert!(html.contains("<p class=\"client\">Pharmacy De Linde</p>"));
    assert!(html.contains("<img class=\"logo\" alt=\"\" src=\"data:image/png;base64,"));
    if let Some(pdftotext) = tool("pdftotext") {
        let first = output_of(&pdftotext, &["-l", "1", "c.pdf", "-"], dir.path());
        assert!(
            first.contains("Signs in hall B") && first.contains("Pharmacy De Linde"),
            "{first}"
        );
        let year = first
            .split_whitespace()
            .any(|word| word.len() == 4 && word.starts_with("20"));
        assert!(year, "the date: {first}");
        let png = Pixmap::load_png({
            output_of(
                &tool("pdftoppm").unwrap(),
                &[
                    "-r",
                    "30",
                    "-png",
                    "-singlefile",
                    "-f",
                    "1",
                    "-l",
                    "1",
                    "c.pdf",
                    "cover",
                ],
                dir.path(),
            );
            dir.path().join("cover.png")
        })
        .unwrap();
        let red = png
            .pixels()
            .iter()
            .filter(|p| p.demultiply().red() > 180 && p.demultiply().green() < 20)
            .count();
        assert!(red > 50, "the logo is drawn: {red}");
    }
    // A logo that is no image is refused before anything is written.
    std::fs::write(dir.path().join("logo.gif"), b"GIF89a").unwrap();
    let out = run(
        dir.path(),
        &[
            "compare",
            "Wacht hier",
            "--logo",
            "logo.gif",
            "-o",
            "bad.pdf",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("logo.gif"), "{}", stderr(&out));
    assert!(!dir.path().join("bad.pdf").exists());
}

#[test]
fn each_sign_of_a_list_is_read_in_its_own_language() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("mixed.txt"),
        "Gelieve achter de streep te wachten\nPlease wait behind the line\nBitte hinter der Linie warten\n",
    )
    .unwrap();
    let out = run(dir.path(), &["compare", "mixed.txt", "-o", "mixed.html"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let html = std::fs::read_to_string(dir.path().join("mixed.html")).unwrap();
    assert!(html.contains("Wilt u vóór de streep wachten?"), "Dutch");
    assert!(html.contains("Please wait in front of the line"), "English");
    // Named, the language holds for every sign.
    let out = run(
        dir.path(),
        &["compare", "mixed.txt", "--lang", "nl", "-o", "dutch.html"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let html = std::fs::read_to_string(dir.path().join("dutch.html")).unwrap();
    assert!(!html.contains("Please wait in front of the line"));
}
