//! Rewrites a few organisation-centred signs and prints every change with
//! its reason: `cargo run --example rewrite_signs`.

use streep::{Config, Lang, Rewriter};

fn main() -> Result<(), streep::Error> {
    let config = Config {
        explain_in: Some(Lang::En),
        ..Config::default()
    };
    let rewriter = Rewriter::new(Lang::Nl, &config)?;
    for sign in [
        "Gelieve achter de streep te wachten.",
        "Meld je bij de balie",
        "Toilet alleen voor klanten",
        "Wij zijn niet aansprakelijk voor verlies of diefstal.",
    ] {
        let rewrite = rewriter.rewrite(sign);
        println!("{sign}\n→ {}", rewrite.output);
        for change in &rewrite.changes {
            println!(
                "  [{}] {} → {}\n      {}",
                change.rule, change.before, change.after, change.explanation
            );
        }
        for advice in &rewrite.advice {
            println!("  [{}] {}", advice.rule, advice.message);
            if let Some(suggestion) = &advice.suggestion {
                println!("      e.g. {suggestion}");
            }
        }
        let check = rewriter.check(sign);
        println!(
            "  customer focus: {} → {}\n",
            check.score,
            rewriter.check(&rewrite.output).score
        );
    }
    Ok(())
}
