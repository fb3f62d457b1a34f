//! The examples a rule carries, run against that rule alone.

use super::*;

/// An example that did not come out as its rule says.
#[derive(Debug)]
pub struct Failure {
    pub rule: String,
    pub input: String,
    pub expected: String,
    pub got: String,
}

/// Runs every example of every rule of `lang` and the house style, each
/// against its own rule only, and returns those that fail.
///
/// ```
/// use streep::{Config, Lang, verify_examples};
///
/// assert!(verify_examples(Lang::Nl, &Config::default())?.is_empty());
/// # Ok::<(), streep::Error>(())
/// ```
pub fn verify(lang: Lang, config: &Config) -> Result<Vec<Failure>> {
    let mut failures = Vec::new();
    let set = house_rules(lang, config)?;
    let count = set.rules().len();
    let mut rewriter = Rewriter::index(set, vec![false; count], lang);
    for index in 0..count {
        rewriter.only(index);
        let rule = &rewriter.rules()[index];
        let rewrites = rule.rewrites();
        let mut fail = |input: &str, expected: String, got: String| {
            failures.push(Failure {
                rule: rule.id.clone(),
                input: input.to_owned(),
                expected,
                got,
            })
        };
        for example in &rule.examples {
            let result = rewriter.rewrite(&example.before);
            if rewrites {
                let expected = example.after.clone().unwrap_or_default();
                let again = rewriter.rewrite(&result.output).output;
                if result.output != expected {
                    fail(&example.before, expected, result.output);
                } else if again != expected {
                    // A rule must not match what it wrote itself.
                    fail(&expected, expected.clone(), again);
                }
            } else if result.advice.is_empty() {
                fail(&example.before, "a finding".into(), "none".into());
            }
        }
        for keep in &rule.keep {
            let result = rewriter.rewrite(keep);
            if result.output != *keep || !result.advice.is_empty() {
                let got = if result.advice.is_empty() {
                    result.output
                } else {
                    format!("a finding: {}", result.advice[0].message)
                };
                fail(keep, keep.clone(), got);
            }
        }
    }
    Ok(failures)
}
