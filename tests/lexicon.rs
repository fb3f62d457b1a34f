//! The Dutch lexicon: what it holds, the verb forms the engine makes with
//! it, compounds, the project's own fixes, and that the embedded asset is
//! what the generator makes of the installed dictionary.

mod common;

#[path = "../examples/make_lexicon/hunspell.rs"]
mod hunspell;

use streep::lexicon::{Lexicon, Tags};

#[test]
fn the_lexicon_holds_every_class_in_numbers() {
    let counts = Lexicon::dutch().counts();
    let at_least = [
        ("forms", 250_000),
        ("noun", 50_000),
        ("plural", 50_000),
        ("diminutive", 8_000),
        ("adjective", 12_000),
        ("stem", 7_000),
        ("t-form", 7_000),
        ("infinitive", 10_000),
        ("infinitive-paired", 8_000),
        ("past", 7_000),
        ("participle", 5_000),
    ];
    for (name, least) in at_least {
        let count = counts.get(name).copied().unwrap_or_default();
        assert!(count >= least, "{name}: {count} < {least} ({counts:?})");
    }
}

#[test]
fn verb_forms_go_both_ways() {
    let nl = Lexicon::dutch();
    for (infinitive, stem, u_form) in [
        ("maken", "maak", "maakt"),
        ("zetten", "zet", "zet"),
        ("wachten", "wacht", "wacht"),
        ("respecteren", "respecteer", "respecteert"),
        ("gooien", "gooi", "gooit"),
        ("spelen", "speel", "speelt"),
        ("spellen", "spel", "spelt"),
        ("tekenen", "teken", "tekent"),
        ("leven", "leef", "leeft"),
        ("reizen", "reis", "reist"),
        ("stemmen", "stem", "stemt"),
        ("deelnemen", "deelneem", "deelneemt"),
        ("aanmelden", "aanmeld", "aanmeldt"),
        ("ontvangen", "ontvang", "ontvangt"),
    ] {
        assert_eq!(
            nl.stem(infinitive).as_deref(),
            Some(stem),
            "stem of {infinitive}"
        );
        assert_eq!(
            nl.infinitive(stem).as_deref(),
            Some(infinitive),
            "infinitive of {stem}"
        );
        assert_eq!(nl.u_form(stem).as_deref(), Some(u_form), "u-form of {stem}");
        assert_eq!(
            nl.stem_of_u_form(u_form).as_deref(),
            Some(stem),
            "stem of {u_form}"
        );
        assert!(nl.tags(u_form).any(Tags::T_FORM), "{u_form}");
    }
}

#[test]
fn every_irregular_verb_of_the_table_has_its_forms() {
    let nl = Lexicon::dutch();
    let table: toml::Table = toml::from_str(include_str!("../locales/nl/lexicon.toml")).unwrap();
    let verbs = table["verbs"].as_table().unwrap();
    assert!(verbs.len() > 150, "{} verbs", verbs.len());
    for (infinitive, row) in verbs {
        let columns: Vec<&str> = row.as_str().unwrap().split_whitespace().collect();
        let stems: Vec<&str> = columns[0].split('/').collect();
        assert_eq!(
            nl.stem(infinitive).as_deref(),
            Some(stems[0]),
            "stem of {infinitive}"
        );
        for stem in &stems {
            assert_eq!(
                nl.u_form(stem).as_deref(),
                Some(columns[1]),
                "u-form of {stem}"
            );
            assert_eq!(
                nl.infinitive(stem).as_deref(),
                Some(infinitive.as_str()),
                "{stem}"
            );
            assert!(nl.tags(stem).any(Tags::STEM), "{stem}");
        }
        assert_eq!(
            nl.stem_of_u_form(columns[1]).as_deref(),
            Some(stems[0]),
            "{infinitive}"
        );
        if columns[5] != "-" {
            assert!(
                nl.tags(columns[5]).any(Tags::PARTICIPLE),
                "participle of {infinitive}"
            );
        }
    }
}

#[test]
fn prefixed_and_separable_verbs_follow_their_base() {
    let nl = Lexicon::dutch();
    assert!(nl.tags("toegestaan").any(Tags::PARTICIPLE));
    assert!(nl.tags("meegenomen").any(Tags::PARTICIPLE));
    assert!(nl.tags("verboden").any(Tags::PARTICIPLE));
    assert!(nl.tags("aangeboden").any(Tags::PARTICIPLE));
    assert_eq!(nl.u_form("meeneem").as_deref(), Some("meeneemt"));
    assert_eq!(nl.u_form("verbied").as_deref(), Some("verbiedt"));
    assert_eq!(nl.split_particle("meenemen"), Some(("mee", "nemen")));
    assert_eq!(nl.split_particle("binnenkomen"), Some(("binnen", "komen")));
    assert_eq!(nl.split_particle("nemen"), None);
}

#[test]
fn an_unknown_compound_reads_as_its_last_part() {
    let nl = Lexicon::dutch();
    for (compound, tags) in [
        ("fietsenstalling", Tags::NOUN),
        ("grofvuilstortplaats", Tags::NOUN),
        ("ruilwinkel-deelnemer", Tags::NOUN),
        ("kunstgrasvelden", Tags::PLURAL),
    ] {
        assert!(
            nl.tags(compound).any(tags),
            "{compound}: {:?}",
            nl.tags(compound)
        );
    }
    assert!(nl.tags("xqzw").is_empty());
}

#[test]
fn the_dictionarys_faults_are_put_right_by_the_project_table() {
    let nl = Lexicon::dutch();
    assert!(!nl.tags("kant").any(Tags::T_FORM));
    assert!(!nl.tags("hout").any(Tags::T_FORM));
    assert_eq!(nl.u_form("kan").as_deref(), Some("kunt"));
    assert_eq!(nl.u_form("hou").as_deref(), Some("houdt"));
    assert_eq!(nl.u_form("rij").as_deref(), Some("rijdt"));
    assert_eq!(nl.u_form("mag").as_deref(), Some("mag"));
    assert_eq!(nl.u_form("ben").as_deref(), Some("bent"));
    assert_eq!(nl.u_form("zal").as_deref(), Some("zult"));
    assert_eq!(nl.stem_of_u_form("heeft").as_deref(), Some("heb"));
    assert!(nl.tags("kinderen").any(Tags::PLURAL));
    for reflexive in [
        "melden",
        "aanmelden",
        "inschrijven",
        "houden",
        "gedragen",
        "omkleden",
        "begeven",
        "voelen",
        "vergissen",
    ] {
        assert!(nl.is_reflexive(reflexive), "{reflexive}");
    }
    assert!(!nl.is_reflexive("wachten"));
}

#[test]
fn the_embedded_lexicon_is_what_the_generator_makes_of_the_dictionary() {
    let (Some(aff), Some(dic)) = (
        common::package_file("/usr/share/hunspell/nl.aff", "hunspell-nl"),
        common::package_file("/usr/share/hunspell/nl.dic", "hunspell-nl"),
    ) else {
        return;
    };
    let made = hunspell::lexicon_fst(
        &std::fs::read_to_string(aff).unwrap(),
        &std::fs::read_to_string(dic).unwrap(),
    )
    .unwrap();
    let committed = std::fs::read("assets/lexicon/nl.fst").unwrap();
    assert!(
        made == committed,
        "assets/lexicon/nl.fst differs from what the installed hunspell-nl gives \
         ({} bytes made, {} committed): run `cargo run --release --example make_lexicon`",
        made.len(),
        committed.len()
    );
}
