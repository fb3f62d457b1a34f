//! Whole sentences, each pronoun's role and what the sentence becomes.

use super::*;
use crate::wording::text::Case;

/// `text` with every edit of the analysis made, each word in the case of
/// the token it replaces.
fn rewrite(text: &str, direction: Direction) -> String {
    let tokens = Tokens::new(text);
    let edits = analyse(&tokens, Lexicon::dutch(), direction);
    let mut out = String::new();
    let mut copied = 0;
    for edit in &edits {
        for (k, word) in edit.words.iter().enumerate() {
            let span = tokens.tokens[edit.start + k].span.clone();
            out.push_str(&text[copied..span.start]);
            if word.is_empty() {
                // A word that goes: its space goes with it.
                if out.ends_with(' ') {
                    out.pop();
                }
            } else {
                out.push_str(&Case::of(&text[span.clone()]).apply(word));
            }
            copied = span.end;
        }
    }
    out.push_str(&text[copied..]);
    out
}

fn formal(text: &str) -> String {
    rewrite(text, Direction::Formal)
}

fn informal(text: &str) -> String {
    rewrite(text, Direction::Informal)
}

fn roles(text: &str) -> Vec<Role> {
    let tokens = Tokens::new(text);
    analyse(&tokens, Lexicon::dutch(), Direction::Formal)
        .into_iter()
        .map(|e| e.role)
        .collect()
}

#[test]
fn a_subject_before_its_verb_becomes_u_and_its_verb_agrees() {
    assert_eq!(
        formal("Je veroorzaakt overlast."),
        "U veroorzaakt overlast."
    );
    assert_eq!(
        formal("Je luistert naar de trainer."),
        "U luistert naar de trainer."
    );
    assert_eq!(formal("Jij bent aan de beurt"), "U bent aan de beurt");
    assert_eq!(formal("Je kan hier pinnen."), "U kunt hier pinnen.");
    assert_eq!(formal("Als je wil, bellen we."), "Als u wilt, bellen we.");
    assert_eq!(formal("Fijn dat je er bent."), "Fijn dat u er bent.");
    assert_eq!(
        formal("Je dient een pas te tonen."),
        "U dient een pas te tonen."
    );
}

#[test]
fn an_inverted_subject_gives_its_verb_the_u_form() {
    assert_eq!(formal("Wil je even wachten?"), "Wilt u even wachten?");
    assert_eq!(
        formal("Poets je hier je tanden?"),
        "Poetst u hier uw tanden?"
    );
    assert_eq!(
        formal("Wat kan ik voor je doen?"),
        "Wat kan ik voor u doen?"
    );
    assert_eq!(
        formal("Na de les ontvang je een diploma."),
        "Na de les ontvangt u een diploma."
    );
    assert_eq!(
        formal("Bij binnenkomst stem je in met de regels."),
        "Bij binnenkomst stemt u in met de regels."
    );
    assert_eq!(
        formal("Daarna rij je naar de uitgang."),
        "Daarna rijdt u naar de uitgang."
    );
    assert_eq!(formal("Hier mag je parkeren."), "Hier mag u parkeren.");
    assert_eq!(
        formal("Dan kan je bij ons terecht."),
        "Dan kunt u bij ons terecht."
    );
    assert_eq!(
        formal("De jas hang je aan de haak."),
        "De jas hangt u aan de haak."
    );
    assert_eq!(
        formal("Heb je vragen, dan bel je ons."),
        "Hebt u vragen, dan belt u ons."
    );
    assert_eq!(
        formal("Klik hier en vul je meteen het formulier in."),
        "Klik hier en vult u meteen het formulier in."
    );
}

#[test]
fn an_object_becomes_u_and_its_verb_stays() {
    assert_eq!(formal("We helpen je graag."), "We helpen u graag.");
    assert_eq!(
        formal("De borden wijzen je de weg."),
        "De borden wijzen u de weg."
    );
    assert_eq!(
        formal("De korting kan je geweigerd worden."),
        "De korting kan u geweigerd worden."
    );
    assert_eq!(
        formal("De beheerder kan je vragen te vertrekken."),
        "De beheerder kan u vragen te vertrekken."
    );
    assert_eq!(
        formal("Sluit de deur achter je."),
        "Sluit de deur achter u."
    );
    assert_eq!(formal("Wacht tot we je roepen."), "Wacht tot we u roepen.");
    assert_eq!(
        formal("Daarom vragen we je rekening te houden met de buren."),
        "Daarom vragen we u rekening te houden met de buren."
    );
}

#[test]
fn a_possessive_before_its_noun_becomes_uw() {
    assert_eq!(formal("Was je handen."), "Was uw handen.");
    assert_eq!(
        formal("Ruim na afloop netjes je spullen op."),
        "Ruim na afloop netjes uw spullen op."
    );
    assert_eq!(
        formal("Je pas ligt bij de balie."),
        "Uw pas ligt bij de balie."
    );
    assert_eq!(
        formal("Soms kunnen we je pas over een week helpen."),
        "Soms kunnen we u pas over een week helpen."
    );
    assert_eq!(
        formal("Leg je pas na gebruik terug."),
        "Leg uw pas na gebruik terug."
    );
    assert_eq!(
        formal("Als je hond blaft, ga dan naar buiten."),
        "Als uw hond blaft, ga dan naar buiten."
    );
    assert_eq!(
        formal("Wacht tot je nummer wordt afgeroepen."),
        "Wacht tot uw nummer wordt afgeroepen."
    );
    assert_eq!(
        formal("Dit is voor jouw veiligheid."),
        "Dit is voor uw veiligheid."
    );
    assert_eq!(
        formal("Schade door jou toedoen betaal je zelf."),
        "Schade door uw toedoen betaalt u zelf."
    );
    assert_eq!(
        formal("Het door jou gebruikte toestel maak je schoon."),
        "Het door u gebruikte toestel maakt u schoon."
    );
    assert_eq!(formal("Houd je kind bij je."), "Houd uw kind bij u.");
    assert_eq!(roles("Bedankt voor je geduld."), [Role::Possessive]);
}

#[test]
fn a_noun_after_je_is_no_possessive_where_the_verb_agrees_with_je() {
    assert_eq!(
        formal("Als je vragen hebt, bel ons."),
        "Als u vragen hebt, bel ons."
    );
    assert_eq!(
        formal("Als je koorts hebt, blijf thuis."),
        "Als u koorts hebt, blijf thuis."
    );
    assert_eq!(
        formal("Als je kind ziek is, bel ons."),
        "Als uw kind ziek is, bel ons."
    );
    assert_eq!(
        formal("Als je brood koopt, vraag een tas."),
        "Als u brood koopt, vraag een tas."
    );
}

#[test]
fn a_reflexive_je_becomes_zich() {
    assert_eq!(
        formal("Als je je aanmeldt, krijg je een nummer."),
        "Als u zich aanmeldt, krijgt u een nummer."
    );
    assert_eq!(
        formal("Kom niet als je je ziek voelt."),
        "Kom niet als u zich ziek voelt."
    );
    assert_eq!(
        formal("Meld je aan bij de zuil."),
        "Meldt u zich aan bij de zuil."
    );
    assert_eq!(
        formal("Houd je aan de regels."),
        "Houdt u zich aan de regels."
    );
    assert_eq!(
        formal("Je moet je melden bij de balie."),
        "U moet zich melden bij de balie."
    );
    assert_eq!(
        formal("Je om te kleden in de kleedkamer."),
        "Zich om te kleden in de kleedkamer."
    );
    assert_eq!(formal("Kun je je kind ophalen?"), "Kunt u uw kind ophalen?");
    assert_eq!(formal("Zorg goed voor jezelf."), "Zorg goed voor uzelf.");
}

#[test]
fn jullie_becomes_u_with_a_singular_verb() {
    assert_eq!(
        formal("Jullie krijgen een sleutel."),
        "U krijgt een sleutel."
    );
    assert_eq!(
        formal("Kunnen jullie even wachten?"),
        "Kunt u even wachten?"
    );
    assert_eq!(
        formal("We hopen dat jullie veilig meedoen."),
        "We hopen dat u veilig meedoet."
    );
    assert_eq!(formal("Wij zijn er voor jullie."), "Wij zijn er voor u.");
    assert_eq!(
        formal("Voor jullie veiligheid hangen hier camera's."),
        "Voor uw veiligheid hangen hier camera's."
    );
}

#[test]
fn words_that_hold_je_are_no_pronouns() {
    assert_eq!(
        formal("Het meisje wacht met een tasje."),
        "Het meisje wacht met een tasje."
    );
    assert!(roles("Voor de jeugd").is_empty());
}

#[test]
fn belgian_u_with_a_third_person_verb_is_put_right() {
    assert_eq!(formal("U kan hier pinnen."), "U kunt hier pinnen.");
    assert_eq!(formal("Als u wil, helpen we."), "Als u wilt, helpen we.");
    assert_eq!(
        formal("Open tot 10 u kan ik zeggen."),
        "Open tot 10 u kan ik zeggen."
    );
}

#[test]
fn the_informal_direction_reads_the_same_roles_backwards() {
    assert_eq!(informal("Wilt u even wachten?"), "Wil je even wachten?");
    assert_eq!(informal("Hier kunt u pinnen."), "Hier kun je pinnen.");
    assert_eq!(informal("U kunt hier pinnen."), "Je kunt hier pinnen.");
    assert_eq!(
        informal("Als u een afspraak heeft, meld u dan."),
        "Als je een afspraak hebt, meld je dan."
    );
    assert_eq!(
        informal("Meldt u zich bij de balie."),
        "Meld je bij de balie."
    );
    assert_eq!(
        informal("Bedankt voor uw geduld."),
        "Bedankt voor je geduld."
    );
    assert_eq!(informal("Wij zijn er voor u."), "Wij zijn er voor jou.");
    assert_eq!(informal("Wij helpen u graag."), "Wij helpen je graag.");
    assert_eq!(
        informal("U kunt zich hier melden."),
        "Je kunt je hier melden."
    );
    assert_eq!(informal("Open tot 10 u."), "Open tot 10 u.");
}
