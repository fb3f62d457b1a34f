//! The whole engine on real signs: every rule together, as a user runs it.

use streep::{Address, Config, Lang, Rewriter};

fn rewriter(config: &Config) -> Rewriter {
    Rewriter::new(Lang::Nl, config).unwrap()
}

/// Signs as they hang, and what streep makes of them with every rule on.
const SIGNS: &[(&str, &str)] = &[
    (
        "Gelieve achter de streep te wachten",
        "Wilt u vóór de streep wachten?",
    ),
    (
        "Gelieve achter de streep te wachten.",
        "Wilt u vóór de streep wachten?",
    ),
    (
        "GELIEVE ACHTER DE STREEP TE WACHTEN",
        "Wilt u vóór de streep wachten?",
    ),
    ("Wil je even wachten?", "Wilt u even wachten?"),
    ("Ben je aan de beurt?", "Bent u aan de beurt?"),
    ("Heb je je pas bij de hand?", "Hebt u uw pas bij de hand?"),
    ("Kun je hier pinnen?", "Kunt u hier pinnen?"),
    ("Word je al geholpen?", "Wordt u al geholpen?"),
    (
        "Vind je het goed als we even wachten?",
        "Vindt u het goed als we even wachten?",
    ),
    ("Meld je bij de balie", "Meldt u zich bij de balie"),
    ("Je kunt hier pinnen.", "U kunt hier pinnen."),
    (
        "Je ticket ligt bij de balie.",
        "Uw ticket ligt bij de balie.",
    ),
    ("Bedankt voor je ticket.", "Bedankt voor uw ticket."),
    ("We helpen je graag.", "We helpen u graag."),
    ("Bedankt voor je geduld!!!", "Bedankt voor uw geduld."),
    (
        "Verboden toegang voor onbevoegden",
        "Alleen voor medewerkers. Kunnen we u helpen? Vraag het gerust.",
    ),
    (
        "Verboden toegang. Artikel 461 Wetboek van Strafrecht",
        "Verboden toegang. Artikel 461 Wetboek van Strafrecht",
    ),
    ("Roken verboden", "Wilt u hier niet roken?"),
    (
        "Toilet alleen voor klanten",
        "Ons toilet is voor onze klanten. Vraag het gerust.",
    ),
    ("Gesloten i.v.m. ziekte.", "Gesloten vanwege ziekte."),
    (
        "Indien u vragen heeft, meld u dan bij de receptie c.q. de balie.",
        "Als u vragen heeft, meld u dan bij de receptie of de balie.",
    ),
    (
        "U wordt verzocht uw telefoon uit te zetten.",
        "Wilt u uw telefoon uitzetten?",
    ),
    (
        "Alle klanten worden verzocht hun jas op te hangen.",
        "Wilt u uw jas ophangen?",
    ),
    ("Verzoeke niet te roken", "Wilt u niet roken?"),
    (
        "Hier dient u uw nummer te trekken.",
        "Wilt u hier uw nummer trekken?",
    ),
    (
        "Daar ga ik niet over.",
        "Ik zoek voor u uit wie u verder helpt.",
    ),
    (
        "Daar kan ik niks aan doen.",
        "Ik kijk wat ik wél voor u kan doen.",
    ),
    (
        "Kunt u straks even met mijn collega bellen?",
        "Ik vraag mijn collega om u terug te bellen.",
    ),
    (
        "Wacht hier tot u wordt geroepen.",
        "Wilt u hier wachten tot u wordt geroepen?",
    ),
    (
        "Mondkapje verplicht",
        "Wilt u hier een mondkapje dragen? Zo beschermen we elkaar.",
    ),
    ("NIET ROKEN!!!", "Wilt u hier niet roken?"),
    (
        "Wacht achter de gele lijn, a.u.b.",
        "Wilt u vóór de gele lijn wachten?",
    ),
];

/// Signs a first user tried, with the role of "je" in every position.
const ADDRESS: &[(&str, &str)] = &[
    (
        "Heb je vragen, dan kun je bij ons terecht.",
        "Hebt u vragen, dan kunt u bij ons terecht.",
    ),
    (
        "Als je vragen hebt, kun je ons bellen.",
        "Als u vragen hebt, kunt u ons bellen.",
    ),
    (
        "Kun je je even legitimeren?",
        "Kunt u zich even legitimeren?",
    ),
    (
        "Hier mag je je fiets niet neerzetten.",
        "Hier mag u uw fiets niet neerzetten.",
    ),
    (
        "Laat je tas bij de ingang achter.",
        "Laat uw tas bij de ingang achter.",
    ),
    ("Kom je voor een vaccinatie?", "Komt u voor een vaccinatie?"),
    ("Wat kan ik voor je doen?", "Wat kan ik voor u doen?"),
    (
        "Voor jullie veiligheid hangen hier camera's.",
        "Voor uw veiligheid hangen hier camera's.",
    ),
    ("Leuk dat jullie er zijn!", "Leuk dat u er bent!"),
    ("Ik bel je zo terug.", "Ik bel u zo terug."),
    (
        "Ga je naar binnen? Doe je dan een mondkapje op.",
        "Gaat u naar binnen? Doet u dan een mondkapje op.",
    ),
    (
        "Wacht hier a.u.b. Wij roepen u op.",
        "Wilt u hier wachten? Wij roepen u op.",
    ),
    (
        "Geen toegang. Werkzaamheden.",
        "Geen toegang. Werkzaamheden.",
    ),
];

/// Signs that are customer-centred already.
const GOOD_SIGNS: &[&str] = &[
    "Wilt u vóór de streep wachten?",
    "Wilt u vóór de streep wachten? Dank u wel.",
    "Welkom! U kunt hier pinnen.",
    "Ons toilet is voor onze gasten. Vraag het gerust.",
    "Roken kan buiten, bij de ingang.",
    "Let u goed op uw spullen?",
    "Ik zoek voor u uit wie u verder helpt.",
    "Het meisje met het tasje wacht bij de jeugdafdeling tot 10 u.",
    "Open van 9 tot 17 u.",
    "Alleen voor medewerkers. Kunnen we u helpen? Vraag het gerust.",
    "Wij helpen u graag verder.",
    "Deze kassa is gesloten. U kunt terecht bij kassa 3.",
    "",
];

#[test]
fn rewrites_real_signs() {
    let rewriter = rewriter(&Config::default());
    let mut wrong = Vec::new();
    for (before, after) in SIGNS {
        let got = rewriter.rewrite(before).output;
        if got != *after {
            wrong.push(format!(
                "{before:?}\n  expected {after:?}\n  got      {got:?}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_role_of_je_decides_its_form() {
    let rewriter = rewriter(&Config::default());
    for (before, after) in ADDRESS {
        let once = rewriter.rewrite(before).output;
        assert_eq!(once, *after, "{before:?}");
        assert_eq!(rewriter.rewrite(&once).output, once);
    }
}

#[test]
fn rewriting_twice_changes_nothing_more() {
    let rewriter = rewriter(&Config::default());
    for (before, _) in SIGNS {
        let once = rewriter.rewrite(before).output;
        assert_eq!(rewriter.rewrite(&once).output, once, "from {before:?}");
    }
}

#[test]
fn customer_centred_signs_come_back_unchanged() {
    let rewriter = rewriter(&Config::default());
    for sign in GOOD_SIGNS {
        let result = rewriter.rewrite(sign);
        assert_eq!(result.output, *sign);
        assert!(result.changes.is_empty(), "{sign:?}: {:?}", result.changes);
    }
}

#[test]
fn every_change_points_at_its_words_in_the_input() {
    let rewriter = rewriter(&Config::default());
    for (before, after) in SIGNS {
        let result = rewriter.rewrite(before);
        assert_eq!(result.changes.is_empty(), before == after, "{before:?}");
        for change in &result.changes {
            assert_eq!(
                &before[change.start..change.end],
                change.before,
                "{before:?}"
            );
            assert!(!change.explanation.is_empty());
        }
    }
    let result = rewriter.rewrite("Gelieve achter de streep te wachten");
    let perspective = result
        .changes
        .iter()
        .find(|c| c.rule == "perspective.behind-the-line")
        .unwrap();
    assert_eq!((perspective.start, perspective.end), (8, 24));
    assert_eq!(perspective.after, "vóór de streep");
}

#[test]
fn capitals_are_kept_unless_the_shouting_rule_lowers_them() {
    let calm = rewriter(&Config::default());
    assert_eq!(
        calm.rewrite("GELIEVE ACHTER DE STREEP TE WACHTEN").output,
        "Wilt u vóór de streep wachten?"
    );
    let loud = rewriter(&Config {
        disable: vec!["shouting".into()],
        ..Config::default()
    });
    assert_eq!(
        loud.rewrite("GELIEVE ACHTER DE STREEP TE WACHTEN").output,
        "WILT U VÓÓR DE STREEP WACHTEN?"
    );
    assert_eq!(
        loud.rewrite("Welkom. ACHTER DE STREEP BLIJVEN").output,
        "Welkom. VÓÓR DE STREEP BLIJVEN"
    );
    let loud_informal = rewriter(&Config {
        disable: vec!["shouting".into()],
        address: Address::Informal,
        ..Config::default()
    });
    assert_eq!(
        loud_informal.rewrite("WIJ HELPEN U GRAAG").output,
        "WIJ HELPEN JE GRAAG"
    );
}

#[test]
fn the_informal_house_style_says_je() {
    let informal = rewriter(&Config {
        address: Address::Informal,
        ..Config::default()
    });
    let cases = [
        ("Wilt u even wachten?", "Wil je even wachten?"),
        ("Meldt u zich bij de balie.", "Meld je bij de balie."),
        ("U kunt hier pinnen.", "Je kunt hier pinnen."),
        ("Bedankt voor uw geduld.", "Bedankt voor je geduld."),
        (
            "Gelieve achter de streep te wachten",
            "Wil je vóór de streep wachten?",
        ),
        ("Wij helpen u graag.", "Wij helpen je graag."),
        ("Open tot 10 u.", "Open tot 10 u."),
    ];
    for (before, after) in cases {
        let once = informal.rewrite(before).output;
        assert_eq!(once, after, "{before:?}");
        assert_eq!(informal.rewrite(&once).output, once);
    }
}

#[test]
fn keep_leaves_the_address_alone() {
    let keep = rewriter(&Config {
        address: Address::Keep,
        ..Config::default()
    });
    assert_eq!(
        keep.rewrite("Wil je even wachten?").output,
        "Wil je even wachten?"
    );
    assert_eq!(
        keep.rewrite("Wilt u even wachten?").output,
        "Wilt u even wachten?"
    );
    assert_eq!(
        keep.rewrite("Gelieve achter de streep te wachten").output,
        "Wilt u vóór de streep wachten?"
    );
}

#[test]
fn a_house_style_protects_names_and_adds_its_own_words() {
    let config = Config::parse(
        "protect = ['Jij & Wij']\n[replace]\npinnen = 'betalen met uw pas'",
        "streep.toml",
    )
    .unwrap();
    let house = rewriter(&config);
    assert_eq!(
        house.rewrite("Welkom bij Jij & Wij.").output,
        "Welkom bij Jij & Wij."
    );
    let result = house.rewrite("Je kunt hier pinnen.");
    assert_eq!(result.output, "U kunt hier betalen met uw pas.");
    assert!(result.changes.iter().any(|c| c.rule.starts_with("house.")));
    let unknown = Rewriter::new(
        Lang::Nl,
        &Config {
            disable: vec!["shoutin".into()],
            ..Config::default()
        },
    );
    assert!(unknown.err().unwrap().to_string().contains("shoutin"));
}

#[test]
fn a_replacement_that_holds_its_own_words_is_refused() {
    let config = Config::parse(
        "[replace]\npinnen = 'pinnen of contant betalen'",
        "streep.toml",
    )
    .unwrap();
    let error = Rewriter::new(Lang::Nl, &config).err().unwrap().to_string();
    assert!(
        error.contains("streep.toml") && error.contains("pinnen"),
        "{error}"
    );
    assert!(error.contains("replaced again"), "{error}");
}

#[test]
fn advice_flags_what_has_no_safe_rewrite() {
    let rewriter = rewriter(&Config::default());
    let result = rewriter.rewrite("Wij zijn niet aansprakelijk voor verlies of diefstal.");
    assert_eq!(result.output, result.input);
    let advice = &result.advice[0];
    assert_eq!(advice.rule, "self-protection.not-liable");
    assert_eq!(
        &result.input[advice.start..advice.end],
        "niet aansprakelijk"
    );
    assert!(advice.suggestion.as_deref().unwrap().contains("spullen"));
}

#[test]
fn the_score_rises_when_the_sign_speaks_to_the_reader() {
    let rewriter = rewriter(&Config::default());
    let before = rewriter.check("Gelieve achter de streep te wachten");
    let after = rewriter.check(&rewriter.rewrite(&before.input).output);
    assert!(before.score < 30, "{}", before.score);
    assert_eq!(after.score, 100);
    assert!(after.findings.is_empty());
    let neutral = rewriter.check("Open van 9 tot 17 uur");
    assert_eq!(neutral.score, 100);
    assert!(rewriter.check("Verboden toegang voor onbevoegden").score < before.score + 20);
}

#[test]
fn paragraphs_are_signs_of_their_own_but_lines_within_one_join() {
    let rewriter = rewriter(&Config::default());
    let poster = "GELIEVE ACHTER\nDE STREEP\nTE WACHTEN\n\nDank u wel.\n";
    let result = rewriter.rewrite(poster);
    assert_eq!(
        result.output,
        "Wilt u vóór de streep wachten?\n\nDank u wel.\n"
    );
    for change in &result.changes {
        assert_eq!(&poster[change.start..change.end], change.before);
    }
}

#[test]
fn explanations_follow_the_chosen_language() {
    let dutch = Rewriter::new(
        Lang::Nl,
        &Config {
            explain_in: Some(Lang::Nl),
            ..Config::default()
        },
    )
    .unwrap();
    let english = Rewriter::new(
        Lang::Nl,
        &Config {
            explain_in: Some(Lang::En),
            ..Config::default()
        },
    )
    .unwrap();
    let sign = "Gelieve achter de streep te wachten";
    let nl = &dutch.rewrite(sign).changes[1].explanation;
    let en = &english.rewrite(sign).changes[1].explanation;
    assert!(nl.contains("klant"), "{nl}");
    assert!(en.contains("customer"), "{en}");
    for text in [nl, en] {
        assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text:?}");
    }
}
