//! German, French and English signs through the whole engine, every rule
//! together; and which language a sign is taken to be in.

use streep::{Config, Lang, Rewriter, detect};

/// Signs as they hang, and what streep makes of them, by language.
const SIGNS: &[(Lang, &str, &str)] = &[
    (
        Lang::De,
        "Kannst du kurz warten?",
        "Können Sie kurz warten?",
    ),
    (
        Lang::De,
        "Melde dich am Empfang.",
        "Melden Sie sich am Empfang.",
    ),
    (Lang::De, "Bitte warte hier.", "Bitte warten Sie hier."),
    (
        Lang::De,
        "Wenn du Fragen hast, melde dich bei deinem Apotheker.",
        "Wenn Sie Fragen haben, melden Sie sich bei Ihrem Apotheker.",
    ),
    (
        Lang::De,
        "Unbefugten ist der Zutritt verboten.",
        "Dieser Bereich ist für unsere Mitarbeitenden. Wir helfen Ihnen gern am Empfang.",
    ),
    (
        Lang::De,
        "Bitte Diskretionsabstand einhalten",
        "Bitte warten Sie hier. So kann die Person vor Ihnen in Ruhe sprechen.",
    ),
    (
        Lang::De,
        "Bitte hinter der Linie warten.",
        "Bitte vor der Linie warten.",
    ),
    (
        Lang::De,
        "Für Garderobe keine Haftung",
        "Bitte achten Sie auf Ihre Garderobe und Ihre Wertsachen. Fehlt etwas? Sprechen Sie uns an.",
    ),
    (
        Lang::De,
        "Rauchen verboten!!!",
        "Bitte rauchen Sie hier nicht.",
    ),
    (Lang::Fr, "Peux-tu patienter ?", "Pouvez-vous patienter ?"),
    (Lang::Fr, "Tu peux payer ici.", "Vous pouvez payer ici."),
    (Lang::Fr, "Attends ici.", "Attendez ici."),
    (
        Lang::Fr,
        "Garde tes affaires avec toi.",
        "Gardez vos affaires avec vous.",
    ),
    (
        Lang::Fr,
        "Il est interdit de fumer dans le hall.",
        "Merci de ne pas fumer dans le hall.",
    ),
    (
        Lang::Fr,
        "Toilettes réservées à la clientèle",
        "Nos toilettes sont à la disposition de nos clients. N'hésitez pas à nous demander.",
    ),
    (
        Lang::Fr,
        "Veuillez attendre derrière la ligne.",
        "Veuillez attendre devant la ligne.",
    ),
    (
        Lang::Fr,
        "Si tu as une question, demande-nous.",
        "Si vous avez une question, demandez-nous.",
    ),
    (
        Lang::Fr,
        "Sonne et attends qu'on t'ouvre.",
        "Sonnez et attendez qu'on vous ouvre.",
    ),
    (
        Lang::Fr,
        "Il est interdit d'entrer avec un vélo.",
        "Merci de ne pas entrer avec un vélo.",
    ),
    (
        Lang::En,
        "Customers must wear a face covering.",
        "Please wear a face covering.",
    ),
    (
        Lang::En,
        "No food or drink allowed",
        "Please don't eat or drink.",
    ),
    (
        Lang::En,
        "Staff only",
        "This area is for our staff. Can we help you? Just ask.",
    ),
    (
        Lang::En,
        "Please stand behind the line.",
        "Please stand in front of the line.",
    ),
    (
        Lang::En,
        "Toilets are for customers only",
        "Our toilets are for our customers. Please ask us if you need one.",
    ),
    (Lang::En, "NO SMOKING!!!", "Please don't smoke."),
];

#[test]
fn signs_come_out_customer_centred() {
    for lang in [Lang::De, Lang::Fr, Lang::En] {
        let rewriter = Rewriter::new(lang, &Config::default()).unwrap();
        for &(_, before, after) in SIGNS.iter().filter(|(l, ..)| *l == lang) {
            assert_eq!(rewriter.rewrite(before).output, after, "{lang}: {before}");
        }
    }
}

#[test]
fn advice_without_a_safe_rewrite_is_given() {
    let rewriter = Rewriter::new(Lang::En, &Config::default()).unwrap();
    let result = rewriter.rewrite("We reserve the right to refuse service.");
    assert_eq!(result.output, result.input);
    assert_eq!(result.advice[0].rule, "self-protection.reserve-the-right");
    // German nouns keep their capitals, so a shouted sign is only flagged.
    let rewriter = Rewriter::new(Lang::De, &Config::default()).unwrap();
    let result = rewriter.rewrite("ZUTRITT NUR FÜR PERSONAL");
    assert_eq!(result.output, result.input);
    assert_eq!(result.advice[0].rule, "shouting.all-caps");
}

#[test]
fn the_language_of_a_sign_is_recognised() {
    for (text, lang) in [
        ("Gelieve achter de streep te wachten.", Lang::Nl),
        ("Wij helpen u graag aan de balie.", Lang::Nl),
        ("Bitte warten Sie hier, wir rufen Sie auf.", Lang::De),
        ("Für Garderobe keine Haftung", Lang::De),
        ("Merci de patienter derrière la ligne.", Lang::Fr),
        ("Toilettes réservées à la clientèle", Lang::Fr),
        ("Please wait behind the line.", Lang::En),
        ("Customers must wear a face covering.", Lang::En),
    ] {
        assert_eq!(detect(text), Some(lang), "{text}");
    }
    // Too short to tell: the caller falls back to Dutch.
    assert_eq!(detect("WC"), None);
    assert_eq!(detect("Info"), None);
}

mod common;

use common::{run, stderr, stdout};

#[test]
fn the_command_line_says_which_language_it_took() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["rewrite", "Kannst du kurz warten?"]);
    assert!(out.status.success());
    assert_eq!(stdout(&out), "Können Sie kurz warten?\n");
    assert!(stderr(&out).contains("(de)"), "{}", stderr(&out));
    // --lang decides, and then nothing needs saying.
    let out = run(
        dir.path(),
        &["rewrite", "--lang", "de", "Kannst du kurz warten?"],
    );
    assert_eq!(stderr(&out), "");
    // Dutch is the default, and is not announced.
    let out = run(dir.path(), &["rewrite", "Wacht achter de streep"]);
    assert_eq!(stderr(&out), "");
}

#[test]
fn an_interface_language_streep_does_not_speak_is_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["--ui-lang", "de", "rules"]);
    assert!(!out.status.success());
    let text = stderr(&out);
    assert!(text.contains("German") && text.contains("nl, en"), "{text}");
}

#[test]
fn the_rules_of_a_language_test_themselves() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["rules", "--lang", "de", "--test"]);
    assert!(out.status.success(), "{}", stdout(&out));
}

#[test]
fn each_row_of_a_batch_is_in_its_own_language() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("signs.csv"),
        "branch,headline\n\
         Berlin,Bitte hinter der Linie warten.\n\
         Lyon,Veuillez attendre derrière la ligne.\n\
         Utrecht,Wacht achter de streep.\n",
    )
    .unwrap();
    let out = run(dir.path(), &["batch", "signs.csv", "-o", "{branch}.svg"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let report = stderr(&out);
    assert!(report.contains("1 row looks German (de)"), "{report}");
    assert!(report.contains("1 row looks French (fr)"), "{report}");
    for (branch, rewritten) in [
        ("Berlin", "vor der"),
        ("Lyon", "devant"),
        ("Utrecht", "vóór"),
    ] {
        let svg = std::fs::read_to_string(dir.path().join(format!("{branch}.svg"))).unwrap();
        assert!(svg.contains(rewritten), "{branch}: {svg}");
    }
}

#[test]
fn each_sign_of_a_file_is_rewritten_and_checked_in_its_own_language() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("signs.txt"),
        "Wacht achter de streep.\n\
         Kannst du kurz warten?\n\
         Il est interdit de fumer dans le hall.\n\
         Staff only\n",
    )
    .unwrap();
    let out = run(dir.path(), &["rewrite", "signs.txt"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<String> = stdout(&out).lines().map(str::to_owned).collect();
    assert!(lines[0].contains("vóór de streep"), "{lines:?}");
    assert_eq!(lines[1], "Können Sie kurz warten?");
    assert_eq!(lines[2], "Merci de ne pas fumer dans le hall.");
    assert!(
        lines[3].starts_with("This area is for our staff."),
        "{lines:?}"
    );
    // The file as a whole looks French; the signs in other languages are
    // told apart and said.
    let told = stderr(&out);
    assert!(told.contains("the text looks French (fr)"), "{told}");
    for lang in ["Dutch (nl)", "German (de)", "English (en)"] {
        assert!(told.contains(&format!("1 sign looks {lang}")), "{told}");
    }
    // `check` reads each sign in its own language too; --lang reads all in one.
    let out = run(dir.path(), &["check", "signs.txt", "--format", "json"]);
    let json = stdout(&out);
    for lang in ["nl", "de", "fr", "en"] {
        assert!(json.contains(&format!("\"lang\":\"{lang}\"")), "{json}");
    }
    assert!(json.contains("address.du-to-sie"), "{json}");
    let out = run(dir.path(), &["rewrite", "--lang", "nl", "signs.txt"]);
    assert!(stdout(&out).contains("Kannst du kurz warten?"));
    assert_eq!(stderr(&out), "");
}
