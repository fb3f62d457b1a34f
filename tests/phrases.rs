//! Ready sign texts: listed by `streep phrases`, printed by `poster --phrase`
//! in one language or two, and by `sticker --phrase`.

mod common;

use common::{output_of, run, stderr, stdout, tool};

#[test]
fn the_catalogue_is_listed_with_what_each_text_needs() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["phrases", "--lang", "nl"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let listing = stdout(&out);
    assert!(
        listing.contains("wait-here\n    Wilt u hier wachten?"),
        "{listing}"
    );
    assert!(
        listing.contains("closed-today  (needs --set time)"),
        "{listing}"
    );
    assert!(listing.contains("vanaf {time}"), "{listing}");
    let out = run(dir.path(), &["phrases", "--lang", "xx"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("nl, en, de, fr"), "{}", stderr(&out));
}

#[test]
fn a_phrase_makes_a_sign_in_one_language_or_two() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        dir.path(),
        &[
            "poster",
            "--phrase",
            "wait-here",
            "--lang",
            "nl,en",
            "-o",
            "both.pdf",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let out = run(
        dir.path(),
        &["poster", "--phrase", "closed-today", "-o", "closed.pdf"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("needs time"), "{}", stderr(&out));
    assert!(!dir.path().join("closed.pdf").exists());
    // "closed-today" with its time, and what else a run gives it.
    let closed = |more: &[&str]| {
        let first = [
            "poster",
            "--phrase",
            "closed-today",
            "--set",
            "time=9.00 uur",
        ];
        let out = run(dir.path(), &[&first[..], more].concat());
        assert!(out.status.success(), "{}", stderr(&out));
    };
    closed(&["-o", "closed.pdf"]);
    if let Some(pdftotext) = tool("pdftotext") {
        let both = output_of(&pdftotext, &["both.pdf", "-"], dir.path());
        for expected in [
            "Wilt u",
            "Please wait here.",
            "We helpen u",
            "We’ll be with you",
        ] {
            assert!(both.contains(expected), "{expected}: {both}");
        }
        let closed = output_of(&pdftotext, &["closed.pdf", "-"], dir.path());
        assert!(closed.contains("vanaf\n9.00 uur"), "{closed}");
    }
    // One time serves both languages, each writing it its own way; a value
    // for one language alone is set as en:name.
    closed(&["--lang", "nl,en", "-o", "closed.svg"]);
    let svg = std::fs::read_to_string(dir.path().join("closed.svg")).unwrap();
    assert!(svg.contains("9.00 uur") && svg.contains("9:00 am"), "{svg}");
    closed(&[
        "--set",
        "en:time=half past nine",
        "--lang",
        "nl,en",
        "-o",
        "closed.svg",
    ]);
    let svg = std::fs::read_to_string(dir.path().join("closed.svg")).unwrap();
    assert!(svg.contains("half past nine") && !svg.contains("9:00 am"));
}

#[test]
fn a_sticker_takes_a_ready_text_too() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        dir.path(),
        &[
            "sticker",
            "--phrase",
            "wait-here",
            "--shape",
            "line",
            "-o",
            "line.svg",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let svg = std::fs::read_to_string(dir.path().join("line.svg")).unwrap();
    assert!(svg.contains("<title>Wilt u hier wachten?</title>"), "{svg}");
    let out = run(
        dir.path(),
        &["sticker", "--phrase", "wait-hre", "-o", "x.pdf"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("wait-here"),
        "the ids are listed: {}",
        stderr(&out)
    );
    let out = run(
        dir.path(),
        &["sticker", "Wacht", "--phrase", "wait-here", "-o", "x.pdf"],
    );
    assert_eq!(
        out.status.code(),
        Some(2),
        "a text and a phrase are one too many"
    );
}
