//! Before and after, side by side, for consultants: each sign as it would
//! print with its wording as given and as rewritten, the changed words
//! marked, every change's reason, and the customer-focus score of both; for
//! many signs, a summary of them all. Written as pages (PDF, SVG, PNG) or as
//! one self-contained HTML file.
//!
//! ```
//! use streep::{Comparison, Config, Lang, Messages, Rewriter, Sign};
//!
//! let rewriter = Rewriter::new(Lang::Nl, &Config::default())?;
//! let signs = ["Gelieve achter de streep te wachten".to_owned()];
//! let comparison = Comparison::new(&signs, &rewriter, &Sign::new("poster", ""))?;
//! assert_eq!(comparison.pairs[0].after, "Wilt u vóór de streep wachten?");
//! assert!(comparison.pairs[0].score_after > comparison.pairs[0].score_before);
//! let messages = Messages::new(Lang::En);
//! let sheet = comparison.sheet(&messages)?;
//! assert_eq!(streep::Pages::count(&sheet), 1);
//! # Ok::<(), streep::Error>(())
//! ```

mod cover;
mod html;
mod page;

pub use cover::Cover;
pub use page::Sheet;

use std::collections::BTreeMap;

use crate::error::{Error, Result};
use crate::i18n::{Messages, Msg};
use crate::lang::Lang;
use crate::print::layout::{lay_out, printable};
use crate::print::scene::Scene;
use crate::print::sign::Sign;
use crate::wording::rewrite::{Change, Finding, Rewriter};

/// Signs before and after rewriting.
pub struct Comparison {
    pub pairs: Vec<Pair>,
    /// A first page for the client, when the consultant asks for one.
    pub cover: Option<Cover>,
    /// The template, size and colours every sign is shown on.
    design: Sign,
}

/// One sign, before and after.
pub struct Pair {
    /// The language the sign was read and rewritten in.
    pub lang: Lang,
    pub before: String,
    pub after: String,
    pub changes: Vec<Change>,
    /// What the rules flag in the rewritten sign but leave to a person.
    pub advice: Vec<Finding>,
    /// Every finding on the sign as given, for the summary's categories.
    pub findings: Vec<Finding>,
    pub score_before: u8,
    pub score_after: u8,
}

/// What a set of signs comes to.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub signs: usize,
    /// Signs whose wording changed.
    pub changed: usize,
    /// Findings on the signs as given, per category, most first.
    pub by_category: Vec<(String, usize)>,
    pub average_before: f32,
    pub average_after: f32,
}

/// The most signs one comparison shows: a sheet of a thousand pages is more
/// than anyone reads. Its pages are made as they are written, so a PDF of a
/// thousand signs takes about 45 MB; the HTML file is held whole, about
/// 55 kB a sign.
pub const MAX_SIGNS: usize = 1000;

impl Comparison {
    /// Rewrites each sign, to be shown both ways on `design` (its template,
    /// size and colours; its texts are replaced).
    pub fn new(signs: &[String], rewriter: &Rewriter, design: &Sign) -> Result<Comparison> {
        Comparison::with_progress(signs, &|_| rewriter, design, &|| {})
    }

    /// As [`Comparison::new`], each sign rewritten by the rewriter
    /// `rewriter_for` gives it (the one of its own language, in a list of
    /// signs in several), on all cores, calling `done` after each (for a
    /// progress bar). The signs are laid out when their pages are written,
    /// rather than held here, so a sign that does not fit is told then.
    pub fn with_progress<'r>(
        signs: &[String],
        rewriter_for: &(dyn Fn(&str) -> &'r Rewriter + Sync),
        design: &Sign,
        done: &(dyn Fn() + Sync),
    ) -> Result<Comparison> {
        use rayon::prelude::*;
        if signs.len() > MAX_SIGNS {
            return Err(Error::Sign(
                Msg::new("error-compare-too-many")
                    .num("signs", signs.len() as f64)
                    .num("most", MAX_SIGNS as f64),
            ));
        }
        let pairs = signs
            .par_iter()
            .map(|text| {
                // As it can be printed: control characters would reach the
                // HTML and the reasons, where the sign itself drops them.
                let text = &printable(text);
                let rewriter = rewriter_for(text);
                let rewrite = rewriter.rewrite(text);
                let before_check = rewriter.check(text);
                let after_check = rewriter.check(&rewrite.output);
                done();
                Pair {
                    lang: rewriter.lang(),
                    before: text.clone(),
                    after: rewrite.output,
                    changes: rewrite.changes,
                    advice: rewrite.advice,
                    findings: before_check.findings,
                    score_before: before_check.score,
                    score_after: after_check.score,
                }
            })
            .collect();
        Ok(Comparison {
            pairs,
            cover: None,
            design: design.clone(),
        })
    }

    pub fn summary(&self) -> Summary {
        let signs = self.pairs.len();
        let mut by_category: BTreeMap<&str, usize> = BTreeMap::new();
        for finding in self.pairs.iter().flat_map(|pair| &pair.findings) {
            *by_category.entry(finding.category.as_str()).or_default() += 1;
        }
        let mut by_category: Vec<(String, usize)> = by_category
            .into_iter()
            .map(|(category, count)| (category.to_owned(), count))
            .collect();
        by_category.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let average = |score: fn(&Pair) -> u8| {
            self.pairs
                .iter()
                .map(|pair| f32::from(score(pair)))
                .sum::<f32>()
                / signs.max(1) as f32
        };
        Summary {
            signs,
            changed: self
                .pairs
                .iter()
                .filter(|pair| pair.before != pair.after)
                .count(),
            by_category,
            average_before: average(|pair| pair.score_before),
            average_after: average(|pair| pair.score_after),
        }
    }

    /// The pages: the cover if there is one, for more than one sign a
    /// summary, then a page per sign.
    pub fn sheet<'c>(&'c self, messages: &'c Messages) -> Result<Sheet<'c>> {
        Sheet::new(self, messages)
    }

    /// One HTML file that needs nothing else: fonts and signs inline.
    pub fn html(&self, messages: &Messages) -> Result<String> {
        html::html(self, messages)
    }

    /// Sign `index` before, then after, each laid out on the design.
    pub fn sides(&self, index: usize) -> Result<[Side<'_>; 2]> {
        let pair = &self.pairs[index];
        Ok([
            Side {
                before: true,
                sign: lay_out_as(&self.design, pair, &pair.before, index)?,
                wording: &pair.before,
                marks: pair.marks_before(),
                score: pair.score_before,
            },
            Side {
                before: false,
                sign: lay_out_as(&self.design, pair, &pair.after, index)?,
                wording: &pair.after,
                marks: pair.marks_after(),
                score: pair.score_after,
            },
        ])
    }
}

/// The sign `design` with `wording` as its headline, laid out; a sign that
/// does not fit is named by its number.
fn lay_out_as(design: &Sign, pair: &Pair, wording: &str, index: usize) -> Result<Scene> {
    let mut sign = design.clone();
    // Hyphenated, and tagged, in the sign's own language.
    pair.lang.code().clone_into(&mut sign.lang);
    sign.text = BTreeMap::from([("headline".to_owned(), wording.to_owned())]);
    lay_out(&sign).map_err(|error| Error::Compare {
        sign: index + 1,
        source: Box::new(error),
    })
}

/// One side of a pair: the sign as given, or as rewritten.
pub struct Side<'p> {
    /// Whether this is the sign as given, whose marked words were replaced.
    pub before: bool,
    pub sign: Scene,
    pub wording: &'p str,
    /// The changed words: byte ranges in `wording`.
    pub marks: Vec<(usize, usize)>,
    pub score: u8,
}

impl Side<'_> {
    /// The Fluent id of the side's heading.
    pub fn heading(&self) -> &'static str {
        if self.before {
            "compare-before"
        } else {
            "compare-after"
        }
    }
}

impl Pair {
    /// The words a piece of advice is about, in the sign as given.
    pub fn advice_words(&self, finding: &Finding) -> &str {
        self.before
            .get(finding.start..finding.end)
            .unwrap_or_default()
    }

    /// A piece of advice as the sheets list it: what, and why, with the
    /// rule's suggestion where it has one.
    fn advice_entry(&self, finding: &Finding, messages: &Messages) -> (String, String) {
        let what =
            messages.text(&Msg::new("compare-advice").arg("words", self.advice_words(finding)));
        let why = match &finding.suggestion {
            Some(suggestion) => messages.text(
                &Msg::new("compare-advice-why")
                    .arg("reason", &finding.message)
                    .arg("suggestion", suggestion),
            ),
            None => finding.message.clone(),
        };
        (what, why)
    }

    /// Every change and piece of advice as the sheets list them: what, and why.
    pub fn reasons(&self, messages: &Messages) -> Vec<(String, String)> {
        self.changes
            .iter()
            .map(|change| {
                let what = messages.text(
                    &Msg::new("compare-change")
                        .arg("before", &change.before)
                        .arg("after", &change.after),
                );
                (what, change.explanation.clone())
            })
            .chain(
                self.advice
                    .iter()
                    .map(|finding| self.advice_entry(finding, messages)),
            )
            .collect()
    }

    /// Where the changes are in the sign as given: byte ranges.
    pub fn marks_before(&self) -> Vec<(usize, usize)> {
        self.changes
            .iter()
            .map(|change| (change.start, change.end))
            .collect()
    }

    /// Where the changes' new words are in the rewritten sign: byte ranges,
    /// found by following the changes through the text in order. A change
    /// whose words cannot be found there (a later change rewrote them) is
    /// left unmarked.
    pub fn marks_after(&self) -> Vec<(usize, usize)> {
        let mut changes: Vec<&Change> = self.changes.iter().collect();
        changes.sort_by_key(|change| change.start);
        let mut marks = Vec::new();
        let mut shift: isize = 0;
        for change in changes {
            let start = change.start as isize + shift;
            shift += change.after.len() as isize - (change.end - change.start) as isize;
            let Ok(start) = usize::try_from(start) else {
                continue;
            };
            let end = start + change.after.len();
            if self.after.get(start..end) == Some(change.after.as_str()) && end > start {
                marks.push((start, end));
            } else if let Some(found) = self.after.find(change.after.as_str())
                && !change.after.is_empty()
            {
                marks.push((found, found + change.after.len()));
            }
        }
        marks
    }
}

/// The name of a category of findings, in the user's language.
pub(crate) fn category_name(category: &str, messages: &Messages) -> String {
    let id = format!("category-{category}");
    if messages.has(&id) {
        messages.get(&id)
    } else {
        category.to_owned()
    }
}

/// A score as the user reads it: "35 / 100".
fn score_text(score: u8, messages: &Messages) -> String {
    messages.text(&Msg::new("compare-score").num("score", score))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::wording::house_style::Config;

    fn compare(signs: &[&str]) -> Comparison {
        let rewriter = Rewriter::new(Lang::Nl, &Config::default()).unwrap();
        let signs: Vec<String> = signs.iter().map(|s| (*s).to_owned()).collect();
        Comparison::new(&signs, &rewriter, &Sign::new("poster", "")).unwrap()
    }

    #[test]
    fn marks_point_at_the_changed_words_both_ways() {
        let comparison = compare(&["Gelieve achter de streep te wachten"]);
        let pair = &comparison.pairs[0];
        assert!(!pair.changes.is_empty());
        for (start, end) in pair.marks_before() {
            assert!(pair.before.get(start..end).is_some());
        }
        let after: Vec<&str> = pair
            .marks_after()
            .into_iter()
            .map(|(start, end)| &pair.after[start..end])
            .collect();
        assert!(
            after.iter().any(|words| words.contains("vóór")),
            "{after:?}"
        );
    }

    #[test]
    fn the_summary_counts_signs_categories_and_scores() {
        let comparison = compare(&[
            "Gelieve achter de streep te wachten",
            "Verboden toegang voor onbevoegden",
            "Welkom",
        ]);
        let summary = comparison.summary();
        assert_eq!(summary.signs, 3);
        assert_eq!(summary.changed, 2);
        assert!(
            summary
                .by_category
                .iter()
                .any(|(category, _)| category == "perspective")
        );
        assert!(summary.average_after > summary.average_before);
        let counts: Vec<usize> = summary.by_category.iter().map(|(_, n)| *n).collect();
        assert!(counts.windows(2).all(|pair| pair[0] >= pair[1]));
    }
}
