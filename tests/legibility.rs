//! Legibility checks after every render, and in `streep check` for a sign
//! file: letter size for the viewing distance, contrast, room to the trim,
//! and the number of words.

mod common;

use common::{run, stderr, stdout};

fn warnings_for(args: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let mut all = vec!["poster", "--keep-wording"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["-o", "sign.pdf"]);
    let out = run(dir.path(), &all);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    assert!(dir.path().join("sign.pdf").exists());
    stderr(&out)
}

#[test]
fn capitals_must_be_high_enough_for_the_viewing_distance() {
    // The default A4 poster is fine at the default 1.5 m.
    let a4 = warnings_for(&["Wacht hier op uw beurt"]);
    assert!(!a4.contains("capital height"), "{a4}");
    // A6 is too small for 1.5 m (ADA: 16 mm) …
    let a6 = warnings_for(&["Wacht hier op uw beurt", "--size", "A6"]);
    assert!(a6.contains("needs 16 mm (ADA 703.5.5)"), "{a6}");
    // … but not by the DIN rule (a 300th of 1.5 m is 5 mm).
    let din = warnings_for(&[
        "Wacht hier op uw beurt",
        "--size",
        "A6",
        "--legibility",
        "din",
    ]);
    assert!(!din.contains("capital height"), "{din}");
    // From 5 m, ADA asks about 49 mm, which an A4 cannot give this text.
    let far = warnings_for(&["Wacht hier op uw beurt", "--viewing-distance", "5m"]);
    assert!(far.contains("from 5.0 m it needs 49 mm"), "{far}");
}

#[test]
fn contrast_below_4_5_warns_and_below_3_is_an_error() {
    let fine = warnings_for(&["Wacht hier", "--color", "black"]);
    assert!(!fine.contains("contrast"), "{fine}");
    let low = warnings_for(&[
        "Wacht hier",
        "--color",
        "#767676",
        "--background",
        "#ffffff",
    ]);
    assert!(
        !low.contains("warning: “Wacht hier”") && !low.contains("error:"),
        "#767676 on white is 4.5:1: {low}"
    );
    let weak = warnings_for(&["Wacht hier", "--color", "#8a8a8a"]);
    assert!(weak.contains("warning: “Wacht hier”"), "{weak}");
    assert!(weak.contains("3.5:1"), "{weak}");
    // Below 3:1 nothing is written, unless forced.
    let dir = tempfile::tempdir().unwrap();
    let pale = [
        "poster",
        "Wacht hier",
        "--color",
        "#bbbbbb",
        "-o",
        "pale.pdf",
    ];
    let refused = run(dir.path(), &pale);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        stderr(&refused).contains("“Wacht hier”"),
        "{}",
        stderr(&refused)
    );
    assert!(!dir.path().join("pale.pdf").exists());
    let forced = warnings_for(&["Wacht hier", "--color", "#bbbbbb", "--force"]);
    assert!(forced.contains("warning: “Wacht hier”"), "{forced}");
    assert!(!forced.contains("error"), "written, so no error: {forced}");
}

#[test]
fn many_words_and_long_sentences_are_named() {
    let short = warnings_for(&["Wilt u hier wachten? Wij helpen u zo."]);
    assert!(!short.contains("words"), "{short}");
    // "·" and the groups of a phone number are not words.
    let footer = warnings_for(&[
        "Wilt u hier wachten? Wij helpen u zo snel mogelijk.",
        "--footer",
        "Apotheek De Linde · Utrecht · 030 - 123 45 67",
    ]);
    assert!(!footer.contains("words"), "{footer}");
    // The footer is small print, not counted among the words a passer-by
    // reads: the README's example sign has no warning.
    let signed = warnings_for(&[
        "Gelieve achter de streep te wachten",
        "--body",
        "Dan helpen wij u zo snel mogelijk.",
        "--footer",
        "Apotheek De Linde, Oudegracht 12, Utrecht",
    ]);
    assert!(!signed.contains("words"), "{signed}");
    let long = warnings_for(&[
        "Welkom bij de apotheek. Wilt u een nummer trekken bij de zuil naast de deur en daarna plaatsnemen in de wachtkamer?",
    ]);
    assert!(long.contains("the sign has 21 words"), "{long}");
    assert!(long.contains("has 17 words"), "{long}");
}

#[test]
fn text_close_to_the_trim_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let template = |x: u32| {
        format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" width="100mm" height="100mm" viewBox="0 0 100 100">
<rect class="background" width="100" height="100" fill="#ffffff"/>
<rect id="headline" data-slot="headline" data-max-size="10mm" data-align="start" x="{x}" y="40" width="{w}" height="20" fill="none" stroke="#ec008c"/>
</svg>"##,
            w = 100 - 2 * x
        )
    };
    std::fs::write(dir.path().join("edge.svg"), template(1)).unwrap();
    std::fs::write(dir.path().join("inside.svg"), template(10)).unwrap();
    for (name, near) in [("edge.svg", true), ("inside.svg", false)] {
        let out = run(
            dir.path(),
            &[
                "poster",
                "Wacht hier op uw beurt aan de balie",
                "--keep-wording",
                "--template",
                name,
                "-o",
                "sign.pdf",
            ],
        );
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(
            stderr(&out).contains("of the edge; keep text at least 5 mm inside"),
            near,
            "{name}: {}",
            stderr(&out)
        );
    }
}

#[test]
fn check_reads_a_sign_file_and_fails_on_what_cannot_be_read() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        dir.path(),
        &[
            "poster",
            "Wilt u hier wachten?",
            "--color",
            "#bbbbbb",
            "--size",
            "A6",
            "--save-sign",
            "pale.toml",
            "--force",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let out = run(dir.path(), &["check", "pale.toml"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "an unreadable contrast is an error"
    );
    let report = stdout(&out);
    assert!(report.contains("pale.toml: error: “Wilt u"), "{report}");
    assert!(report.contains("has a capital height of"), "{report}");
    let out = run(dir.path(), &["check", "pale.toml", "--fail-on", "never"]);
    assert_eq!(out.status.code(), Some(0));
    let out = run(dir.path(), &["check", "pale.toml", "--format", "json"]);
    let severities: Vec<String> = stdout(&out)
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|value| value.get("severity").map(|s| s.to_string()))
        .collect();
    assert!(
        severities.contains(&"\"error\"".to_owned()),
        "{severities:?}"
    );
}

#[test]
fn a_batch_names_the_rows_that_are_hard_to_read() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("signs.csv"),
        "headline,size\nWacht hier,A4\nWacht hier,A6\n",
    )
    .unwrap();
    let out = run(
        dir.path(),
        &[
            "batch",
            "signs.csv",
            "--keep-wording",
            "-o",
            "out/{row}.pdf",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let report = stderr(&out);
    assert!(
        report.contains("row 2 (line 3): warning: “Wacht hier” has a capital height"),
        "{report}"
    );
    assert!(!report.contains("row 1 "), "{report}");
}

#[test]
fn an_icon_the_text_colour_would_hide_is_drawn_in_black_or_white() {
    let dir = tempfile::tempdir().unwrap();
    // Yellow text on a dark sign: the icon sits on the yellow band, where
    // yellow would not show.
    let out = run(
        dir.path(),
        &[
            "poster",
            "Honden kunnen niet mee naar binnen",
            "--color",
            "yellow",
            "--background",
            "#222222",
            "--icon",
            "dog",
            "-o",
            "dark.svg",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("The icon is drawn in #000000"),
        "{}",
        stderr(&out)
    );
    let svg = std::fs::read_to_string(dir.path().join("dark.svg")).unwrap();
    assert!(svg.contains("fill=\"#000000\""), "the icon is black");
    // In the usual colours the icon keeps the text colour, without a note.
    let out = run(
        dir.path(),
        &[
            "poster",
            "Honden kunnen niet mee",
            "--icon",
            "dog",
            "-o",
            "plain.svg",
        ],
    );
    assert!(!stderr(&out).contains("icon"), "{}", stderr(&out));
}
