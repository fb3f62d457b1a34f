//! The verb forms the German and French address analyses write, checked
//! against a dictionary: every Sie-form and vous-form streep makes of a verb
//! that signs use must be a word of Debian's hunspell-de-de or hunspell-fr,
//! read by the hunspell program. The verbs are the project's own list: the
//! table's strong and irregular verbs and regular ones of every ending.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use common::{package_file, stdout, streep, tool};

/// German verbs in the form for "du", as "wenn du …" ends.
const GERMAN_DU: &[&str] = &[
    "wartest",
    "kannst",
    "musst",
    "darfst",
    "willst",
    "sollst",
    "möchtest",
    "hast",
    "bist",
    "wirst",
    "weißt",
    "nimmst",
    "gibst",
    "siehst",
    "liest",
    "hilfst",
    "sprichst",
    "triffst",
    "isst",
    "vergisst",
    "fährst",
    "hältst",
    "lässt",
    "läufst",
    "trägst",
    "schläfst",
    "betrittst",
    "verlässt",
    "erhältst",
    "kommst",
    "gehst",
    "stehst",
    "bleibst",
    "brauchst",
    "suchst",
    "findest",
    "meldest",
    "benutzt",
    "sitzt",
    "heißt",
    "kletterst",
    "sammelst",
    "änderst",
    "bezahlst",
    "kaufst",
    "bestellst",
    "reservierst",
    "trainierst",
    "duschst",
    "parkst",
    "rauchst",
    "telefonierst",
    "trinkst",
    "bringst",
    "denkst",
    "kennst",
    "arbeitest",
    "öffnest",
    "wechselst",
    "feierst",
    "tanzt",
    "grüßt",
    "wäschst",
    "liegst",
    "spielst",
    "schwimmst",
];

/// The same and more in the form for "ihr".
const GERMAN_IHR: &[&str] = &[
    "wartet", "könnt", "müsst", "dürft", "wollt", "sollt", "möchtet", "habt", "seid", "werdet",
    "wisst", "nehmt", "gebt", "seht", "lest", "helft", "sprecht", "esst", "fahrt", "haltet",
    "lasst", "lauft", "tragt", "kommt", "geht", "bleibt", "braucht", "meldet", "benutzt", "sitzt",
    "klettert", "sammelt", "bezahlt", "kauft", "duscht", "parkt", "raucht", "trinkt", "bringt",
    "arbeitet", "öffnet", "spielt", "schwimmt", "vergesst", "betretet",
];

/// German imperatives, singular and plural, as a sign starts with them.
const GERMAN_IMPERATIVES: &[&str] = &[
    "Warte",
    "Komm",
    "Nimm",
    "Gib",
    "Sieh",
    "Lies",
    "Hilf",
    "Sprich",
    "Iss",
    "Vergiss",
    "Halte",
    "Lass",
    "Lauf",
    "Trag",
    "Geh",
    "Bleib",
    "Sei",
    "Melde",
    "Benutze",
    "Klettere",
    "Sammle",
    "Bezahle",
    "Kauf",
    "Dusche",
    "Trink",
    "Bring",
    "Arbeite",
    "Öffne",
    "Spiel",
    "Schwimm",
    "Achte",
    "Schließe",
    "Zeige",
    "Frag",
    "Ruf",
    "Schreib",
    "Wartet",
    "Kommt",
    "Nehmt",
    "Seid",
    "Lasst",
    "Haltet",
    "Sammelt",
];

/// French verbs in the form for "tu", as "si tu …" ends.
const FRENCH_TU: &[&str] = &[
    "attends",
    "prends",
    "viens",
    "peux",
    "dois",
    "veux",
    "fais",
    "vas",
    "es",
    "as",
    "mets",
    "éteins",
    "paies",
    "appelles",
    "jettes",
    "achètes",
    "lèves",
    "manges",
    "commences",
    "finis",
    "choisis",
    "remplis",
    "sors",
    "pars",
    "dors",
    "lis",
    "écris",
    "dis",
    "bois",
    "vois",
    "sais",
    "connais",
    "ouvres",
    "reçois",
    "cours",
    "conduis",
    "entends",
    "réponds",
    "descends",
    "montes",
    "restes",
    "fumes",
    "utilises",
    "oublies",
    "réserves",
    "appuies",
    "envoies",
];

/// French imperatives, as a sign starts with them.
const FRENCH_IMPERATIVES: &[&str] = &[
    "Attends", "Prends", "Viens", "Fais", "Mets", "Éteins", "Paie", "Appelle", "Jette", "Achète",
    "Finis", "Choisis", "Remplis", "Sors", "Lis", "Écris", "Dis", "Ouvre", "Réponds", "Descends",
    "Monte", "Reste", "Utilise", "Oublie", "Patiente", "Sonne", "Range",
];

#[test]
fn the_german_verb_forms_for_sie_are_words_of_the_dictionary() {
    let sentences: Vec<String> = GERMAN_DU
        .iter()
        .map(|form| format!("Wir helfen gern, wenn du {form}."))
        .chain(
            GERMAN_IHR
                .iter()
                .map(|form| format!("Wir helfen gern, wenn ihr {form}.")),
        )
        .chain(
            GERMAN_IMPERATIVES
                .iter()
                .map(|form| format!("{form} bitte hier.")),
        )
        .collect();
    let forms = rewritten_forms("de", &sentences, &["wenn Sie "], " Sie bitte hier.");
    not_in_dictionary("de_DE", "hunspell-de-de", &forms);
}

#[test]
fn the_french_verb_forms_for_vous_are_words_of_the_dictionary() {
    let sentences: Vec<String> = FRENCH_TU
        .iter()
        .map(|form| format!("Nous t'aidons si tu {form}."))
        .chain(
            FRENCH_IMPERATIVES
                .iter()
                .map(|form| format!("{form} ici, s'il te plaît.")),
        )
        .collect();
    let forms = rewritten_forms("fr", &sentences, &["si vous "], " ici, s'il vous plaît.");
    not_in_dictionary("fr_FR", "hunspell-fr", &forms);
}

/// The verb of each sentence as streep rewrites it: the word after one of
/// `after` ("wenn Sie …"), or the first word where the sentence now ends in
/// `imperative_end`. Fails, naming them, where sentences were not rewritten
/// so.
fn rewritten_forms(
    lang: &str,
    sentences: &[String],
    after: &[&str],
    imperative_end: &str,
) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("signs.txt"), sentences.join("\n")).unwrap();
    let out = streep(dir.path())
        .args(["rewrite", "--lang", lang, "signs.txt"])
        .output()
        .unwrap();
    let rewritten = stdout(&out);
    let mut forms = Vec::new();
    let mut unchanged = Vec::new();
    for (before, line) in sentences.iter().zip(rewritten.lines()) {
        let form = after
            .iter()
            .find_map(|marker| line.split_once(marker))
            .map(|(_, rest)| rest.trim_end_matches('.').to_owned())
            .or_else(|| {
                line.strip_suffix(imperative_end)
                    .map(|start| start.to_lowercase())
            });
        match form {
            Some(form) if !form.contains(' ') => forms.push(form),
            _ => unchanged.push(format!("{before} → {line}")),
        }
    }
    assert_eq!(rewritten.lines().count(), sentences.len(), "{rewritten}");
    assert!(
        unchanged.is_empty(),
        "not rewritten as expected:\n{}",
        unchanged.join("\n")
    );
    forms
}

/// Fails, naming them, unless every one of `words` is in the hunspell
/// dictionary `dictionary` of the Debian package `package`.
fn not_in_dictionary(dictionary: &str, package: &str, words: &[String]) {
    let Some(hunspell) = tool("hunspell") else {
        return;
    };
    let Some(_) = package_file(&format!("/usr/share/hunspell/{dictionary}.dic"), package) else {
        return;
    };
    let mut child = Command::new(hunspell)
        .args(["-d", dictionary, "-l"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(words.join("\n").as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let unknown = String::from_utf8(out.stdout).unwrap();
    assert!(
        unknown.trim().is_empty(),
        "verb forms {dictionary} does not know:\n{unknown}"
    );
}
