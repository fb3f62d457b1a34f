//! Every example of every built-in rule, run against its rule alone: text it
//! must change comes out as the rule says, text it must keep stays as it is,
//! and what a rule wrote does not set it off again.

use streep::{Config, Lang, RuleSet, verify_examples as verify};

#[test]
fn every_dutch_rule_example_holds() {
    let failures = verify(Lang::Nl, &Config::default()).unwrap();
    for failure in &failures {
        eprintln!(
            "{}: {:?}\n  expected {:?}\n  got      {:?}",
            failure.rule, failure.input, failure.expected, failure.got
        );
    }
    assert!(
        failures.is_empty(),
        "{} rule examples failed",
        failures.len()
    );
}

#[test]
fn every_rule_has_examples_both_ways() {
    let set = RuleSet::builtin(Lang::Nl).unwrap();
    for rule in set.rules() {
        assert!(
            !rule.examples.is_empty(),
            "{} has no example it must change",
            rule.id
        );
        assert!(
            !rule.keep.is_empty(),
            "{} has no example it must keep",
            rule.id
        );
    }
}

#[test]
fn every_category_has_several_rules() {
    let set = RuleSet::builtin(Lang::Nl).unwrap();
    for category in [
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
    ] {
        let count = set
            .rules()
            .iter()
            .filter(|r| r.category == category)
            .count();
        assert!(count >= 3, "{category} has {count} rules");
    }
}

#[test]
fn every_rule_is_explained_in_every_language() {
    let set = RuleSet::builtin(Lang::Nl).unwrap();
    for lang in Lang::ALL {
        let messages = streep::Messages::new(lang);
        for rule in set.rules() {
            let text = rule.explanation(&messages, "achter de streep", Some("vóór de streep"));
            assert!(
                !text.starts_with("rule-"),
                "{} has no message in {lang}",
                rule.id
            );
            assert!(!text.contains('{'), "{} in {lang}: {text}", rule.id);
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
