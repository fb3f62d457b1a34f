//! Properties that hold for any input: no panic, offsets that point into the
//! input, and rewriting that settles after one run.

use proptest::prelude::*;
use std::sync::OnceLock;
use streep::{Address, Config, Lang, Rewriter};

fn formal() -> &'static Rewriter {
    static REWRITER: OnceLock<Rewriter> = OnceLock::new();
    REWRITER.get_or_init(|| Rewriter::new(Lang::Nl, &Config::default()).unwrap())
}

fn informal() -> &'static Rewriter {
    static REWRITER: OnceLock<Rewriter> = OnceLock::new();
    REWRITER.get_or_init(|| {
        let config = Config {
            address: Address::Informal,
            ..Config::default()
        };
        Rewriter::new(Lang::Nl, &config).unwrap()
    })
}

/// Words and signs that set the rules off, so that random sentences of them
/// reach the rules' corners.
const VOCABULARY: &[&str] = &[
    "gelieve",
    "Gelieve",
    "GELIEVE",
    "verzoeke",
    "achter",
    "vóór",
    "voor",
    "de",
    "streep",
    "lijn",
    "gele",
    "te",
    "wachten",
    "wacht",
    "hier",
    "op",
    "aan",
    "af",
    "je",
    "Je",
    "jij",
    "jou",
    "jouw",
    "jullie",
    "u",
    "U",
    "uw",
    "zich",
    "wil",
    "wilt",
    "kun",
    "kunt",
    "ben",
    "bent",
    "heb",
    "meld",
    "Meld",
    "houd",
    "pak",
    "neem",
    "ticket",
    "pas",
    "jas",
    "graag",
    "even",
    "als",
    "dat",
    "bij",
    "balie",
    "verboden",
    "toegang",
    "niet",
    "toegestaan",
    "roken",
    "verplicht",
    "alleen",
    "klanten",
    "toilet",
    "wc",
    "onbevoegden",
    "i.v.m.",
    "c.q.",
    "a.u.b.",
    "indien",
    "moet",
    "dient",
    "wordt",
    "verzocht",
    "hun",
    "daar",
    "ga",
    "ik",
    "over",
    "niks",
    "doen",
    "artikel",
    "461",
    "10",
    "meisje",
    "tasje",
    "!",
    "!",
    "?",
    ".",
    ",",
    ":",
    "\n",
    "\n\n",
    "EHBO",
    "AANSPRAKELIJK",
    "aansprakelijk",
];

fn sentence() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(VOCABULARY), 0..14).prop_map(|words| words.join(" "))
}

/// A phrase of the vocabulary said again and again, as hostile or careless
/// input does: more matches in one sentence than rules make in a pass.
fn repeated_phrase() -> impl Strategy<Value = String> {
    (
        sentence(),
        2..14usize,
        prop::sample::select(&[" ", ", ", " en "][..]),
    )
        .prop_map(|(phrase, times, glue)| vec![phrase; times].join(glue))
}

fn assert_points_into(text: &str, rewriter: &Rewriter) {
    let result = rewriter.rewrite(text);
    for change in &result.changes {
        assert!(text.is_char_boundary(change.start) && text.is_char_boundary(change.end));
        assert_eq!(&text[change.start..change.end], change.before);
    }
    for finding in rewriter.check(text).findings {
        assert!(finding.start <= finding.end && finding.end <= text.len());
        assert!(text.is_char_boundary(finding.start) && text.is_char_boundary(finding.end));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_text_gives_a_result(text in any::<String>()) {
        assert_points_into(&text, formal());
        assert_points_into(&text, informal());
    }

    #[test]
    fn repeated_phrases_settle_after_one_rewrite(text in repeated_phrase()) {
        for rewriter in [formal(), informal()] {
            let once = rewriter.rewrite(&text).output;
            prop_assert_eq!(rewriter.rewrite(&once).output, once, "input {:?}", text);
        }
    }

    #[test]
    fn sign_like_text_settles_after_one_rewrite(text in sentence()) {
        for rewriter in [formal(), informal()] {
            let once = rewriter.rewrite(&text).output;
            let twice = rewriter.rewrite(&once).output;
            prop_assert_eq!(&twice, &once, "input {:?}", text);
            assert_points_into(&text, rewriter);
        }
    }
}

#[test]
fn emoji_right_to_left_and_control_characters() {
    for text in [
        "Gelieve 🙂 achter de streep te wachten 🙏",
        "يرجى الانتظار خلف الخط — gelieve achter de streep te wachten",
        "שלום\u{200f} je kunt hier pinnen",
        "Gelieve\u{0}achter\u{7}de streep\u{1b}[31m te wachten",
        "\u{feff}Je kunt hier pinnen\r\n",
        "Ǳ İSTANBUL ǅ GELIEVE ACHTER DE STREEP TE WACHTEN",
    ] {
        assert_points_into(text, formal());
        let once = formal().rewrite(text).output;
        assert_eq!(formal().rewrite(&once).output, once);
    }
}

#[test]
fn a_megabyte_of_signs_is_rewritten() {
    let sign = "Gelieve achter de streep te wachten. Je kunt hier pinnen.\n";
    let text = sign.repeat(1_000_000 / sign.len() + 1);
    let result = formal().rewrite(&text);
    assert_eq!(result.output.lines().count(), text.lines().count());
    assert!(
        result
            .output
            .starts_with("Wilt u vóór de streep wachten? U kunt hier pinnen.\n")
    );
}

#[test]
fn the_same_request_nine_times_over_is_kept_or_rewritten_for_good() {
    for phrase in [
        "Gelieve hier te wachten ",
        "Als je ",
        "Je kunt hier pinnen, ",
    ] {
        let text = phrase.repeat(9);
        let once = formal().rewrite(&text).output;
        assert_eq!(formal().rewrite(&once).output, once, "{text}");
    }
}

#[test]
fn a_megabyte_of_exclamation_marks_is_calmed_without_a_crash() {
    for marks in [84, 1 << 20] {
        let text = format!("Stop{}", "!".repeat(marks));
        assert_eq!(formal().rewrite(&text).output, "Stop.", "{marks} marks");
    }
}

#[test]
fn a_megabyte_without_a_single_full_stop_is_rewritten() {
    let text = "gelieve je te ".repeat(80_000);
    let result = formal().rewrite(&text);
    assert!(!result.output.is_empty());
    let text = "a".repeat(1 << 20);
    assert_eq!(formal().rewrite(&text).output, text);
}

#[test]
fn fuzzed_inputs_settle_after_one_rewrite() {
    // Found by `fuzz/run.sh` (the rewrite target, Dutch).
    let found = [
        "80\0JLAL!\0\0\0lm\0\u{2}\"\0!\0JL*0\0JLAL!\0\0\0lm\0\u{2}\"\0!\0JL*N!!N!!\0JLAL!\0\0\0!!",
        "Je \u{2}hmoet.middddelsb!!!!!! jeLLEEN  bjab`b\u{2} VOiVNet%!!b",
        // Calmed to a full stop, "!!!" after a dotted word would make it an
        // abbreviation and join the two sentences around it.
        "Gelieve achter de -treac rde s\u{4}G.WCom!!!\0\0\0tr\"\"en\0 te wachten",
        "Welkom bij G.WCom!!! wacht hier",
    ];
    for text in found {
        for rewriter in [formal(), informal()] {
            let once = rewriter.rewrite(text).output;
            assert_eq!(rewriter.rewrite(&once).output, once, "{text:?}");
        }
    }
}
