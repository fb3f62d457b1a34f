//! Every example of every built-in rule, in every sign language, run against
//! its rule alone: text it must change comes out as the rule says, text it
//! must keep stays as it is, and what a rule wrote does not set it off again.

use streep::{Config, Lang, RuleSet, verify_examples as verify};

#[test]
fn every_rule_example_holds() {
    let mut failed = 0;
    for lang in Lang::ALL {
        let failures = verify(lang, &Config::default()).unwrap();
        for failure in &failures {
            eprintln!(
                "{lang} {}: {:?}\n  expected {:?}\n  got      {:?}",
                failure.rule, failure.input, failure.expected, failure.got
            );
        }
        failed += failures.len();
    }
    assert_eq!(failed, 0, "{failed} rule examples failed");
}

#[test]
fn every_rule_has_examples_both_ways() {
    for lang in Lang::ALL {
        let set = RuleSet::builtin(lang).unwrap();
        for rule in set.rules() {
            assert!(
                !rule.examples.is_empty(),
                "{lang} {} has no example it must change",
                rule.id
            );
            assert!(
                !rule.keep.is_empty(),
                "{lang} {} has no example it must keep",
                rule.id
            );
        }
    }
}

/// Dutch, the first rule set, has several rules in every category; the
/// others have at least two.
#[test]
fn every_category_has_several_rules() {
    for lang in Lang::ALL {
        let least = if lang == Lang::Nl { 3 } else { 2 };
        let set = RuleSet::builtin(lang).unwrap();
        for category in CATEGORIES {
            let count = set
                .rules()
                .iter()
                .filter(|r| r.category == category)
                .count();
            assert!(count >= least, "{lang}: {category} has {count} rules");
        }
    }
}

const CATEGORIES: [&str; 10] = [
    "perspective",
    "address",
    "request",
    "prohibition",
    "obligation",
    "exclusion",
    "self-protection",
    "jargon",
    "shouting",
    "service",
];

#[test]
fn every_rule_is_explained_in_every_interface_language() {
    for sign_lang in Lang::ALL {
        let set = RuleSet::builtin(sign_lang).unwrap();
        for lang in Lang::UI {
            let messages = streep::Messages::new(lang);
            for rule in set.rules() {
                let text = rule.explanation(&messages, "achter de streep", Some("vóór de streep"));
                assert!(
                    !text.starts_with("rule-"),
                    "{sign_lang} {} has no message in {lang}",
                    rule.id
                );
                assert!(!text.contains('{'), "{} in {lang}: {text}", rule.id);
            }
        }
    }
}

#[test]
fn a_broken_example_in_a_house_rule_file_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("house.toml");
    std::fs::write(
        &rules,
        r#"
[[rule]]
id = "house.pin"
severity = "info"
pattern = "pinnen"
replacement = "betalen met uw pas"
explanation = "Zo zeggen wij het."
examples = [{ before = "U kunt hier pinnen.", after = "U kunt hier met uw pas betalen." }]
keep = ["Betalen kan hier."]
"#,
    )
    .unwrap();
    let config = Config {
        rules: vec![rules],
        ..Config::default()
    };
    let failures = verify(Lang::Nl, &config).unwrap();
    assert_eq!(failures.len(), 1);
    assert_eq!(failures[0].rule, "house.pin");
    assert_eq!(failures[0].got, "U kunt hier betalen met uw pas.");
}
