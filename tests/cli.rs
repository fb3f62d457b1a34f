//! The `streep` command as a user runs it.

mod common;

use common::{run, stderr, stdout, streep};

#[test]
fn rewrites_the_sign_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        dir.path(),
        &["rewrite", "Gelieve achter de streep te wachten"],
    );
    assert!(out.status.success());
    assert_eq!(stdout(&out), "Wilt u vóór de streep wachten?\n");
}

#[test]
fn explains_every_change() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        dir.path(),
        &[
            "rewrite",
            "--explain",
            "Gelieve achter de streep te wachten",
        ],
    );
    let text = stdout(&out);
    assert!(
        text.contains("request.gelieve") && text.contains("perspective.behind-the-line"),
        "{text}"
    );
    assert!(text.contains("customer stands in front of it"), "{text}");
    assert!(!text.contains('\u{1b}'), "colour codes in a pipe: {text:?}");
}

#[test]
fn a_file_holds_one_sign_per_line_and_json_is_json_lines() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("borden.txt"),
        "Gelieve hier te wachten\n\nJe kunt hier pinnen.\n",
    )
    .unwrap();
    let out = run(dir.path(), &["rewrite", "borden.txt", "--format", "json"]);
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["output"], "Wilt u hier wachten?");
    assert_eq!(lines[1]["line"], 3);
    assert_eq!(lines[1]["output"], "U kunt hier pinnen.");
    let change = &lines[1]["changes"][0];
    for field in [
        "rule",
        "category",
        "start",
        "end",
        "before",
        "after",
        "explanation",
    ] {
        assert!(!change[field].is_null(), "{field} missing: {change}");
    }
    let text = stdout(&out);
    assert!(!text.contains(['\u{2068}', '\u{2069}']));

    let whole = run(dir.path(), &["rewrite", "--whole", "borden.txt"]);
    assert_eq!(
        stdout(&whole),
        "Wilt u hier wachten?\n\nU kunt hier pinnen.\n"
    );
}

#[test]
fn text_with_a_slash_is_a_sign_not_a_path() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["rewrite", "24/7 open"]);
    assert!(out.status.success());
    assert_eq!(stdout(&out), "24/7 open\n");
}

#[test]
fn reads_standard_input() {
    let dir = tempfile::tempdir().unwrap();
    let out = streep(dir.path())
        .args(["rewrite", "-"])
        .write_stdin("Meld je bij de balie\nWil je even wachten?\n")
        .output()
        .unwrap();
    assert_eq!(
        stdout(&out),
        "Meldt u zich bij de balie\nWilt u even wachten?\n"
    );
}

#[test]
fn diff_marks_what_changed() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        dir.path(),
        &["rewrite", "--format", "diff", "Wacht achter de streep"],
    );
    assert_eq!(
        stdout(&out),
        "- [-Wacht achter-] de streep\n+ {+Wilt u vóór+} de streep {+wachten?+}\n"
    );
}

#[test]
fn check_reports_findings_and_fails_on_errors() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        dir.path(),
        &["check", "Gelieve achter de streep te wachten"],
    );
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains("error[perspective.behind-the-line]"),
        "{text}"
    );
    assert!(
        text.contains("^^^^^^^^^^^^^^^^"),
        "the span is marked: {text}"
    );
    assert!(text.contains("customer focus 17/100"), "{text}");

    let json = run(
        dir.path(),
        &[
            "check",
            "--format",
            "json",
            "--fail-on",
            "never",
            "Gelieve achter de streep te wachten",
        ],
    );
    assert_eq!(json.status.code(), Some(0));
    let value: serde_json::Value = serde_json::from_str(stdout(&json).trim()).unwrap();
    assert_eq!(value["score"], 17);
    let finding = &value["findings"][1];
    assert_eq!(finding["severity"], "error");
    assert_eq!(finding["start"], 8);
    assert_eq!(finding["suggestion"], "vóór de streep");

    let good = run(dir.path(), &["check", "Wilt u vóór de streep wachten?"]);
    assert_eq!(good.status.code(), Some(0));
    let warned = run(
        dir.path(),
        &["check", "--fail-on", "warning", "Gelieve hier te wachten"],
    );
    assert_eq!(warned.status.code(), Some(1));
}

#[test]
fn speaks_dutch_when_asked_or_when_the_locale_is_dutch() {
    let dir = tempfile::tempdir().unwrap();
    let flag = run(
        dir.path(),
        &[
            "--ui-lang",
            "nl",
            "check",
            "Gelieve achter de streep te wachten",
        ],
    );
    assert!(
        stdout(&flag).contains("fout[perspective.behind-the-line]"),
        "{}",
        stdout(&flag)
    );
    let locale = streep(dir.path())
        .env("LANG", "nl_NL.UTF-8")
        .args([
            "rewrite",
            "--explain",
            "Gelieve achter de streep te wachten",
        ])
        .output()
        .unwrap();
    assert!(
        stdout(&locale).contains("de klant zelf staat ervóór"),
        "{}",
        stdout(&locale)
    );
    let error = streep(dir.path())
        .env("LANG", "nl_BE.UTF-8")
        .args(["rewrite", "missing.txt"])
        .output()
        .unwrap();
    assert!(
        stderr(&error).starts_with("fout: missing.txt"),
        "{}",
        stderr(&error)
    );
    // An option value streep cannot read is told in Dutch too, whether the
    // language is asked for before the value or after it.
    for args in [
        ["--ui-lang", "nl", "poster", "Wacht", "--color", "purpel"],
        ["poster", "Wacht", "--color", "purpel", "--ui-lang", "nl"],
    ] {
        let out = run(dir.path(), &args);
        assert_eq!(out.status.code(), Some(2));
        let told = stderr(&out);
        assert!(told.starts_with("fout: --color"), "{told}");
        assert!(told.contains("“purpel” is geen kleur"), "{told}");
        assert!(
            told.contains("zwart, wit, geel"),
            "Dutch names first: {told}"
        );
    }
}

#[test]
fn bad_input_gets_a_clear_error_and_exit_code_2() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("kapot.txt"),
        b"Gelieve hier\nte \0 wachten\n",
    )
    .unwrap();
    std::fs::create_dir(dir.path().join("map")).unwrap();
    let cases: [(&[&str], &str); 7] = [
        (
            &["rewrite", "kapot.txt"],
            "kapot.txt is not a text file: line 2, character 4",
        ),
        (
            &["rewrite", "ontbreekt.txt"],
            "ontbreekt.txt: no such file.",
        ),
        (&["rewrite", "map"], "map is a folder, not a file."),
        (
            &["--ui-lang", "xx", "rewrite", "Wacht hier"],
            "Unknown language “xx”",
        ),
        (
            &["rewrite", "--lang", "xx", "Wacht hier"],
            "Unknown language “xx”",
        ),
        (
            &["--ui-lang", "fr", "rewrite", "Attends ici"],
            "cannot show its messages in French",
        ),
        (
            &["rewrite", "--config", "geen.toml", "Wacht hier"],
            "geen.toml",
        ),
    ];
    for (args, expected) in cases {
        let out = streep(dir.path()).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&out).contains(expected),
            "{args:?}: {}",
            stderr(&out)
        );
        assert!(!stderr(&out).contains("panicked"));
    }
    let unknown = run(dir.path(), &["rewrite", "--address", "polite", "x"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("polite"));
}

#[test]
fn the_house_style_in_the_current_directory_applies() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("streep.toml"),
        "address = 'informal'\nprotect = ['Jij & Wij']\ndisable = ['jargon']\n",
    )
    .unwrap();
    let out = run(
        dir.path(),
        &[
            "rewrite",
            "Wilt u even wachten? Jij & Wij helpt u graag. Gesloten i.v.m. ziekte.",
        ],
    );
    assert_eq!(
        stdout(&out),
        "Wil je even wachten? Jij & Wij helpt je graag. Gesloten i.v.m. ziekte.\n"
    );
    let formal = run(
        dir.path(),
        &["rewrite", "--address", "formal", "Wil je even wachten?"],
    );
    assert_eq!(stdout(&formal), "Wilt u even wachten?\n");

    std::fs::write(dir.path().join("streep.toml"), "disable = ['shoutng']\n").unwrap();
    let typo = run(dir.path(), &["rewrite", "x"]);
    assert_eq!(typo.status.code(), Some(2));
    assert!(stderr(&typo).contains("shoutng"), "{}", stderr(&typo));
}

#[test]
fn a_rule_file_of_ones_own_adds_rules_and_is_tested() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("eigen.toml"),
        r#"
[[rule]]
id = "house.ticket"
severity = "info"
pattern = "volgnummer"
replacement = "nummertje"
explanation = "Zo zeggen onze klanten het."
examples = [{ before = "Trek een volgnummer", after = "Trek een nummertje" }]
keep = ["Trek een nummertje"]
"#,
    )
    .unwrap();
    let out = run(
        dir.path(),
        &[
            "rewrite",
            "--rules",
            "eigen.toml",
            "--explain",
            "Hier ligt uw volgnummer.",
        ],
    );
    let text = stdout(&out);
    assert!(text.starts_with("Hier ligt uw nummertje.\n"), "{text}");
    assert!(text.contains("Zo zeggen onze klanten het."), "{text}");
    let tested = run(dir.path(), &["rules", "--test", "--rules", "eigen.toml"]);
    assert!(tested.status.success(), "{}", stdout(&tested));
    assert!(stdout(&tested).contains(" passed, 0 failed"));

    std::fs::write(
        dir.path().join("kapot.toml"),
        "[[rule]]\nid = 'house.x'\nseverity = 'info'\npattern = 'achter <de'\nexplanation = 'x'\n",
    )
    .unwrap();
    let broken = run(dir.path(), &["rewrite", "--rules", "kapot.toml", "x"]);
    assert_eq!(broken.status.code(), Some(2));
    let message = stderr(&broken);
    assert!(
        message.contains("kapot.toml") && message.contains("house.x") && message.contains("column"),
        "{message}"
    );
}

#[test]
fn lists_the_rules() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["rules", "--format", "json"]);
    let rules: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert!(rules.len() > 60);
    assert!(
        rules
            .iter()
            .any(|r| r["id"] == "perspective.behind-the-line" && r["rewrites"] == true)
    );
    let text = run(dir.path(), &["rules"]);
    assert!(stdout(&text).contains("address.informal-inverted"));
}

#[test]
fn advice_reaches_the_person_printing() {
    let dir = tempfile::tempdir().unwrap();
    let sign = "Wij zijn niet aansprakelijk voor diefstal.";
    let out = run(
        dir.path(),
        &[
            "poster",
            sign,
            "-o",
            "poster.pdf",
            "--save-sign",
            "sign.toml",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let note = "note: “niet aansprakelijk” needs your own judgement";
    assert!(stderr(&out).contains(note), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("Perhaps: “Let u goed op uw spullen?"),
        "{}",
        stderr(&out)
    );

    let rendered = run(dir.path(), &["render", "sign.toml", "-o", "again.pdf"]);
    assert!(rendered.status.success(), "{}", stderr(&rendered));
    assert!(stderr(&rendered).contains(note), "{}", stderr(&rendered));

    std::fs::write(
        dir.path().join("rows.csv"),
        format!("headline\nWacht hier.\n{sign}\n"),
    )
    .unwrap();
    let batch = run(dir.path(), &["batch", "rows.csv", "-o", "out-{row}.pdf"]);
    assert!(batch.status.success(), "{}", stderr(&batch));
    let report = stderr(&batch);
    // Row 2 stands on line 3 of the file, under the header.
    assert!(
        report.contains(&format!("row 2 (line 3): {note}")),
        "{report}"
    );
    assert!(!report.contains("row 1 (line 2): note"), "{report}");
}

#[test]
fn licenses_names_every_embedded_work_with_its_licence() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["licenses"]);
    assert!(out.status.success());
    let text = stdout(&out);
    for part in [
        "SIL Open Font License",
        "OpenTaal",
        "Redistribution and use in source and binary forms",
        "hyph-utf8",
    ] {
        assert!(text.contains(part), "{part}: {text}");
    }
}

#[test]
fn a_file_of_signs_larger_than_streep_reads_is_refused_with_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let line = "Gelieve hier te wachten.\n";
    let big = line.repeat(9 * 1024 * 1024 / line.len());
    std::fs::write(dir.path().join("big.txt"), big).unwrap();
    for command in ["rewrite", "check", "compare"] {
        let mut args = vec![command, "big.txt"];
        if command == "compare" {
            args.extend(["-o", "big.pdf"]);
        }
        let out = common::run(dir.path(), &args);
        assert_eq!(out.status.code(), Some(2), "{command}");
        let told = common::stderr(&out);
        assert!(told.contains("8 MB"), "{command}: {told}");
    }
    assert!(!dir.path().join("big.pdf").exists());
}
