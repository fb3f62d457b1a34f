//! streep studio end to end in headless Chromium (tests/browser/flow.mjs,
//! with Playwright and axe-core from tests/browser/package-lock.json): the
//! flow a member of staff follows, by mouse and by keyboard, audited for
//! accessibility, and the PDF it downloads checked as the print tests
//! check one. Skipped with a note where Node, Chromium or the node packages
//! are missing; in CI (`CI` set) they must be there.

mod common;

use std::path::{Path, PathBuf};

use common::{output_of, skip_note, studio, tool};
use lopdf::Document;

/// The node packages, installed with `npm ci` in tests/browser.
fn node_packages() -> Option<PathBuf> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    if folder.join("node_modules/playwright-core").is_dir() {
        return Some(folder);
    }
    let missing =
        "the browser test's node packages are not installed (npm ci --prefix tests/browser)";
    if std::env::var_os("CI").is_some() {
        panic!("{missing}, and CI must run every check");
    }
    skip_note(&format!("{missing}; skipping the browser test"));
    None
}

#[test]
fn a_sign_is_made_in_the_studio_from_typing_to_the_printed_pdf() {
    let (Some(node), Some(chromium), Some(folder)) =
        (tool("node"), tool("chromium"), node_packages())
    else {
        return;
    };
    let studio = studio();
    let out = tempfile::tempdir().unwrap();
    let url = format!("http://localhost:{}/", studio.port);
    let run = std::process::Command::new(&node)
        .arg("flow.mjs")
        .arg(&url)
        .arg(out.path())
        .env("CHROMIUM", &chromium)
        .current_dir(&folder)
        .output()
        .unwrap();
    let told =
        String::from_utf8_lossy(&run.stdout).into_owned() + &String::from_utf8_lossy(&run.stderr);
    assert!(run.status.success(), "{told}");
    for step in [
        "the preview follows the rejected change",
        "the download button is reached with Tab",
        "no serious or critical accessibility violation in Dutch with a sticker",
        "the comparison is shown in the page",
        "the bad row is named with its problem",
        "no serious or critical accessibility violation with a branch list",
    ] {
        assert!(told.contains(&format!("ok: {step}")), "{step}: {told}");
    }
    // The PDF the page downloaded is the one the command line would write.
    let pdf = told
        .lines()
        .find_map(|line| line.strip_prefix("pdf: "))
        .expect("the flow names its PDF");
    let document = Document::load(pdf).unwrap();
    let page = *document.get_pages().values().next().unwrap();
    let page = document.get_dictionary(page).unwrap();
    assert!(page.has(b"TrimBox") && page.has(b"BleedBox"));
    let embedded = document
        .objects
        .values()
        .filter_map(|object| object.as_dict().ok())
        .any(|dictionary| dictionary.has(b"FontFile2"));
    assert!(embedded, "the font is embedded");
    if let Some(pdftotext) = tool("pdftotext") {
        let text = output_of(&pdftotext, &[pdf, "-"], out.path());
        let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            words.contains("Gelieve vóór de streep te wachten"),
            "{text}"
        );
    }
    // The branch list's signs: the two rows that can be made.
    let signs = told
        .lines()
        .find_map(|line| line.strip_prefix("signs: "))
        .expect("the flow names the branch signs");
    assert_eq!(Document::load(signs).unwrap().get_pages().len(), 2);
    for screenshot in [
        "empty.png",
        "reworded.png",
        "sticker-nl.png",
        "compare.png",
        "batch.png",
    ] {
        assert!(out.path().join(screenshot).exists(), "{screenshot}");
    }
}
