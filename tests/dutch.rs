//! Whole Dutch sentences through the whole rule set, as a sign would be:
//! the role of each pronoun, orders and prohibitions rewritten clause by
//! clause, and sentences the engine cannot make sound left as they were,
//! with advice.

use streep::{Address, Config, Lang, Rewriter};

fn rewriter(address: Address) -> Rewriter {
    Rewriter::new(
        Lang::Nl,
        &Config {
            address,
            ..Config::default()
        },
    )
    .unwrap()
}

fn formal(text: &str) -> String {
    rewriter(Address::Formal).rewrite(text).output
}

/// Each sentence becomes the other, and rewriting that again changes nothing.
fn assert_rewrites(address: Address, cases: &[(&str, &str)]) {
    let rewriter = rewriter(address);
    let mut wrong = Vec::new();
    for (before, after) in cases {
        let got = rewriter.rewrite(before).output;
        let again = rewriter.rewrite(&got).output;
        if got != *after || again != got {
            wrong.push(format!(
                "{before:?}\n  expected {after:?}\n  got      {got:?}\n  again    {again:?}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_pronoun_takes_the_form_of_its_role() {
    assert_rewrites(
        Address::Formal,
        &[
            (
                "Je parkeert je auto op het plein.",
                "U parkeert uw auto op het plein.",
            ),
            (
                "Bij de kassa betaal je met je pas.",
                "Bij de kassa betaalt u met uw pas.",
            ),
            ("Wil je even je naam noemen?", "Wilt u even uw naam noemen?"),
            (
                "De trainer kan je de weg wijzen.",
                "De trainer kan u de weg wijzen.",
            ),
            (
                "Als je kind jarig is, krijgt het een ijsje.",
                "Als uw kind jarig is, krijgt het een ijsje.",
            ),
            (
                "Als je klachten hebt, bel je de huisarts.",
                "Als u klachten hebt, belt u de huisarts.",
            ),
            (
                "Wanneer je je wilt afmelden, bel ons.",
                "Wanneer u zich wilt afmelden, bel ons.",
            ),
            (
                "Wij denken graag met jou mee.",
                "Wij denken graag met u mee.",
            ),
            (
                "Jullie kunnen hier de jassen kwijt.",
                "U kunt hier de jassen kwijt.",
            ),
            (
                "Denk aan jezelf en aan je buren.",
                "Wilt u aan uzelf en aan uw buren denken?",
            ),
            (
                "Dat je je verveelt, snappen we.",
                "Dat u zich verveelt, snappen we.",
            ),
        ],
    );
}

#[test]
fn the_informal_direction_reads_the_roles_backwards() {
    assert_rewrites(
        Address::Informal,
        &[
            ("Kunt u even wachten?", "Kun je even wachten?"),
            (
                "U parkeert uw auto op het plein.",
                "Je parkeert je auto op het plein.",
            ),
            (
                "Als u een vraag heeft, kom langs.",
                "Als je een vraag hebt, kom langs.",
            ),
            ("Wij helpen u graag verder.", "Wij helpen je graag verder."),
            ("Meldt u zich bij de kassa.", "Meld je bij de kassa."),
        ],
    );
}

#[test]
fn an_order_becomes_a_question_only_within_its_own_clause() {
    assert_rewrites(
        Address::Formal,
        &[
            (
                "Wacht hier, we komen zo bij u.",
                "Wilt u hier wachten? We komen zo bij u.",
            ),
            (
                "Ga zitten, we roepen u op.",
                "Wilt u gaan zitten? We roepen u op.",
            ),
            (
                "Zet je fiets in het rek.",
                "Wilt u uw fiets in het rek zetten?",
            ),
            (
                "Neem een nummer en wacht op uw beurt.",
                "Neem een nummer en wacht op uw beurt.",
            ),
            ("Open tot 17 uur", "Open tot 17 uur"),
        ],
    );
}

#[test]
fn prohibitions_say_geen_join_their_particle_and_write_no_word_twice() {
    assert_rewrites(
        Address::Formal,
        &[
            (
                "Het is niet toegestaan om honden mee te nemen in de zaal.",
                "Wilt u geen honden meenemen in de zaal?",
            ),
            (
                "Het is verboden uw fiets hier neer te zetten.",
                "Wilt u uw fiets hier niet neerzetten?",
            ),
            (
                "Het gebruik van een mobiele telefoon is verboden.",
                "Wilt u geen mobiele telefoon gebruiken?",
            ),
            (
                "Rennen bij het bad is niet toegestaan.",
                "Wilt u niet bij het bad rennen?",
            ),
            (
                "Dieren worden niet toegelaten.",
                "Dieren kunnen helaas niet mee naar binnen.",
            ),
        ],
    );
}

#[test]
fn officialese_becomes_everyday_dutch_wherever_it_stands() {
    assert_rewrites(
        Address::Formal,
        &[
            (
                "Bij vertrek dient u de sleutel in te leveren.",
                "Wilt u bij vertrek de sleutel inleveren?",
            ),
            ("De bon dient u te bewaren.", "Wilt u de bon bewaren?"),
            ("U dient 16 jaar te zijn.", "U moet 16 jaar zijn."),
            (
                "Gesloten i.v.m. een storing.",
                "Gesloten vanwege een storing.",
            ),
            (
                "Alle dieren m.u.v. hulphonden wachten buiten.",
                "Alle dieren behalve hulphonden wachten buiten.",
            ),
            ("Indien nodig helpen wij u.", "Zo nodig helpen wij u."),
            (
                "Koffie is gratis voor leden c.q. donateurs.",
                "Koffie is gratis voor leden of donateurs.",
            ),
            ("Roken is hier NIET toegestaan.", "Wilt u hier niet roken?"),
        ],
    );
}

#[test]
fn a_sentence_streep_cannot_make_sound_keeps_its_wording_with_advice() {
    let rewriter = rewriter(Address::Formal);
    // "nuttigen" of "eten" would give "eten eten": the sentence stays.
    let text = "Het is niet toegestaan eigen eten te nuttigen.";
    let result = rewriter.rewrite(text);
    assert!(!result.output.contains("eten eten"), "{}", result.output);
    let check = rewriter.check(text);
    assert!(
        check.findings.iter().any(|f| f.category == "prohibition"),
        "{:?}",
        check.findings
    );
    // Whatever streep writes passes its own check: no mixed address, no
    // "u kan", no "uw" before a verb.
    for sign in [
        "Houd je kind bij je in het water.",
        "Wil je even wachten tot we je roepen?",
        "Je veroorzaakt geen schade aan het gebouw.",
        "Doe de deur achter je dicht.",
    ] {
        let out = formal(sign);
        for wrong in [
            " je ",
            " je.",
            "Je ",
            "uw veroorzaakt",
            "achter uw dicht",
            "u kan ",
        ] {
            assert!(!out.contains(wrong), "{sign:?} → {out:?}");
        }
    }
}

#[test]
fn advice_without_a_safe_rewrite_is_given_with_the_words_it_is_about() {
    let rewriter = rewriter(Address::Formal);
    let result = rewriter.rewrite("Dronkenschap wordt niet getolereerd.");
    assert_eq!(result.output, "Dronkenschap wordt niet getolereerd.");
    let advice = result
        .advice
        .iter()
        .find(|f| f.rule == "prohibition.passive-refusal")
        .unwrap();
    assert_eq!(
        &result.input[advice.start..advice.end],
        "wordt niet getolereerd"
    );
}
