//! What the command line prints: for people, coloured on a terminal and
//! plain in a pipe; for programs, JSON Lines.

use std::io::{BufWriter, Write};

use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};
use anstream::AutoStream;
use anstyle::{AnsiColor, Style};
use serde::Serialize;

use super::input::{Input, Sign};
use super::rewriters::Rewriters;
use super::{CheckFormat, RewriteFormat};
use crate::ExampleFailure as Failure;
use crate::error::{Error, Result};
use crate::i18n::{Messages, Msg};
use crate::wording::rewrite::{Finding, Rewriter};
use crate::wording::rules::Severity;

const RULE: Style = AnsiColor::Cyan.on_default();
const DIM: Style = Style::new().dimmed();
const REMOVED: Style = AnsiColor::Red.on_default().bold();
const ADDED: Style = AnsiColor::Green.on_default().bold();
const BOLD: Style = Style::new().bold();

type Out = AutoStream<Box<dyn Write>>;

/// Standard output, buffered; colours pass only to a terminal.
fn stdout() -> Out {
    let choice = AutoStream::choice(&std::io::stdout());
    AutoStream::new(Box::new(BufWriter::new(std::io::stdout().lock())), choice)
}

fn write_error(source: std::io::Error) -> Error {
    Error::Write(source)
}

/// Prints an error on standard error, in the user's language.
pub fn error(messages: &Messages, error: &Error) {
    let text = messages.text(&Msg::new("cli-error").arg("message", error.localised(messages)));
    let _ = writeln!(anstream::stderr(), "{}", text.trim_end());
}

/// A progress note on standard error, which keeps standard output for data.
pub fn stderr_line(text: &str) {
    let _ = writeln!(anstream::stderr(), "{}", text.trim_end());
}

/// A JSON object for one sign, with its line number when the input holds a
/// sign per line.
fn json_line(value: &impl Serialize, line: Option<usize>) -> String {
    #[derive(Serialize)]
    struct Numbered<'a, T: Serialize> {
        #[serde(skip_serializing_if = "Option::is_none")]
        line: Option<usize>,
        #[serde(flatten)]
        value: &'a T,
    }
    serde_json::to_string(&Numbered { line, value }).expect("results serialise")
}

pub fn rewrites(
    rewriters: &Rewriters,
    input: &Input,
    format: RewriteFormat,
    explain: bool,
) -> Result<()> {
    let mut out = stdout();
    let messages = rewriters.main().messages();
    let mut unexplained_advice = 0;
    for Sign { line, text } in input.signs() {
        if text.trim().is_empty() {
            if format != RewriteFormat::Json {
                writeln!(out, "{text}").map_err(write_error)?;
            }
            continue;
        }
        let rewrite = rewriters.for_sign(text).rewrite(text);
        match format {
            RewriteFormat::Json => writeln!(out, "{}", json_line(&rewrite, line)),
            RewriteFormat::Text => writeln!(out, "{}", rewrite.output),
            RewriteFormat::Diff => write_diff(&mut out, &rewrite.input, &rewrite.output),
        }
        .map_err(write_error)?;
        if explain && format != RewriteFormat::Json {
            for change in &rewrite.changes {
                writeln!(
                    out,
                    "  {RULE}{}{RULE:#}  {REMOVED}{}{REMOVED:#} → {ADDED}{}{ADDED:#}\n    {}",
                    change.rule, change.before, change.after, change.explanation
                )
                .map_err(write_error)?;
            }
            for finding in &rewrite.advice {
                write_advice(&mut out, messages, finding, text).map_err(write_error)?;
            }
        } else if format != RewriteFormat::Json {
            unexplained_advice += rewrite.advice.len();
        }
    }
    out.flush().map_err(write_error)?;
    if unexplained_advice > 0 {
        // What streep would not reword should not pass unnoticed.
        let note = Msg::new("cli-advice-hint").num("count", unexplained_advice as f64);
        let _ = writeln!(anstream::stderr(), "{}", messages.text(&note));
    }
    Ok(())
}

fn write_advice(
    out: &mut Out,
    messages: &Messages,
    finding: &Finding,
    text: &str,
) -> std::io::Result<()> {
    let label = messages.get("cli-not-rewritten");
    writeln!(
        out,
        "  {RULE}{}{RULE:#} {DIM}({label}){DIM:#}  {}\n    {}",
        finding.rule,
        &text[finding.start..finding.end],
        finding.message
    )?;
    if let Some(suggestion) = &finding.suggestion {
        let label = messages.get("cli-suggestion");
        writeln!(out, "    {BOLD}{label}:{BOLD:#} {suggestion}")?;
    }
    Ok(())
}

/// A bar on a terminal, nothing in a pipe or a log.
pub(super) fn progress_bar(rows: usize) -> indicatif::ProgressBar {
    if !std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(rows as u64),
        indicatif::ProgressDrawTarget::stderr(),
    );
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {elapsed}")
            .expect("a valid progress template"),
    );
    bar
}

/// The most words a line may have for its words to be diffed one by one;
/// a longer line is shown as replaced whole, which keeps the diff's time in
/// proportion to the sign's length.
const MOST_DIFFED_WORDS: usize = 1000;

/// The original and the rewritten sign, each run of words that went or came
/// marked: in colour on a terminal, as `[-…-]` and `{+…+}` in a pipe. Lines
/// are paired when the rewrite kept their number, and diffed each alone.
fn write_diff(out: &mut Out, before: &str, after: &str) -> std::io::Result<()> {
    let plain = out.current_choice() == anstream::ColorChoice::Never;
    let pairs: Vec<(&str, &str)> = if before.lines().count() == after.lines().count() {
        before.lines().zip(after.lines()).collect()
    } else {
        vec![(before, after)]
    };
    let mut sides = [Vec::new(), Vec::new()];
    for (old, new) in pairs {
        let [removed, added] = diff_line(old, new, plain);
        sides[0].push(removed);
        sides[1].push(added);
    }
    writeln!(out, "- {}\n+ {}", sides[0].join("\n"), sides[1].join("\n"))
}

/// One line's two sides, the words that went marked on the first and the
/// words that came on the second.
fn diff_line(before: &str, after: &str, plain: bool) -> [String; 2] {
    use similar::{ChangeTag, TextDiff};
    let words = |text: &str| text.split_whitespace().count();
    if words(before).max(words(after)) > MOST_DIFFED_WORDS {
        let changes = [
            (ChangeTag::Delete, before.trim()),
            (ChangeTag::Insert, after.trim()),
        ];
        return [ChangeTag::Delete, ChangeTag::Insert].map(|side| mark_side(&changes, side, plain));
    }
    let diff = TextDiff::from_words(before, after);
    let changes: Vec<(ChangeTag, &str)> = diff
        .iter_all_changes()
        .map(|c| (c.tag(), c.value()))
        .collect();
    [ChangeTag::Delete, ChangeTag::Insert].map(|side| mark_side(&changes, side, plain))
}

/// One side of a diff: the equal runs and this side's own, marked.
fn mark_side(
    changes: &[(similar::ChangeTag, &str)],
    wanted: similar::ChangeTag,
    plain: bool,
) -> String {
    use similar::ChangeTag;
    let mark = |tag: ChangeTag, run: &str| match (tag, plain) {
        (ChangeTag::Equal, _) => run.to_owned(),
        (ChangeTag::Delete, true) => format!("[-{run}-]"),
        (ChangeTag::Insert, true) => format!("{{+{run}+}}"),
        (ChangeTag::Delete, false) => format!("{REMOVED}{run}{REMOVED:#}"),
        (ChangeTag::Insert, false) => format!("{ADDED}{run}{ADDED:#}"),
    };
    let mut line = String::new();
    let mut run: Option<(ChangeTag, String)> = None;
    let mut space = String::new();
    for &(tag, value) in changes
        .iter()
        .filter(|(tag, _)| *tag == ChangeTag::Equal || *tag == wanted)
    {
        if value.trim().is_empty() {
            space.push_str(value);
            continue;
        }
        match &mut run {
            Some((run_tag, text)) if *run_tag == tag => {
                text.push_str(&space);
                text.push_str(value);
            }
            _ => {
                if let Some((tag, text)) = run.take() {
                    line.push_str(&mark(tag, &text));
                }
                line.push_str(&space);
                run = Some((tag, value.to_owned()));
            }
        }
        space.clear();
    }
    if let Some((tag, text)) = run {
        line.push_str(&mark(tag, &text));
    }
    line
}

/// Prints the findings of every sign; returns the worst severity found.
pub fn checks(
    rewriters: &Rewriters,
    input: &Input,
    format: CheckFormat,
) -> Result<Option<Severity>> {
    let mut out = stdout();
    let messages = rewriters.main().messages();
    let mut worst = None;
    let mut total = 0usize;
    let mut signs = 0usize;
    for Sign { line, text } in input.signs() {
        if text.trim().is_empty() {
            continue;
        }
        let check = rewriters.for_sign(text).check(text);
        signs += 1;
        total += check.findings.len();
        worst = worst.max(check.findings.iter().map(|f| f.severity).max());
        match format {
            CheckFormat::Json => {
                writeln!(out, "{}", json_line(&check, line)).map_err(write_error)?
            }
            CheckFormat::Text => {
                let lines = LineStarts::of(text);
                for finding in &check.findings {
                    let excerpt = lines.excerpt(text, finding.start..finding.end);
                    let first_line = line.unwrap_or(1) + excerpt.line;
                    write_finding(
                        &mut out,
                        messages,
                        finding,
                        &excerpt,
                        first_line,
                        input.origin.as_deref(),
                    )
                    .map_err(write_error)?;
                }
                // In a file of signs, only the ones with something to say.
                if !check.findings.is_empty() || !input.per_line {
                    let summary = messages.text(
                        &Msg::new("cli-check-summary")
                            .num("score", check.score)
                            .num("findings", check.findings.len() as f64),
                    );
                    writeln!(out, "{BOLD}{summary}{BOLD:#}\n").map_err(write_error)?;
                }
            }
        }
    }
    if format == CheckFormat::Text && signs > 1 {
        let summary = messages.text(
            &Msg::new("cli-check-total")
                .num("signs", signs as f64)
                .num("findings", total as f64),
        );
        writeln!(out, "{BOLD}{summary}{BOLD:#}").map_err(write_error)?;
    }
    out.flush().map_err(write_error)?;
    Ok(worst)
}

/// A sign file checked: the wording of its texts, then how legible it is as
/// laid out (letter size, contrast, room to the trim, number of words).
pub fn sign_file_check(
    rewriters: &Rewriters,
    path: &std::path::Path,
    sign: &crate::print::sign::Sign,
    format: CheckFormat,
) -> Result<Option<Severity>> {
    let scene = crate::print::layout::lay_out(sign)?;
    let origin = path.display().to_string();
    let texts: Vec<&str> = sign
        .texts()
        .filter(|(slot, _)| *slot != "second")
        .map(|(_, text)| text)
        .collect();
    // One sign, whatever number of texts it has: its texts are its lines.
    let input = Input {
        text: texts.join("\n"),
        origin: Some(origin.clone()),
        per_line: false,
        notes: Vec::new(),
    };
    let mut worst = checks(rewriters, &input, format)?;
    let messages = rewriters.main().messages();
    let mut out = stdout();
    for note in &scene.notes {
        let severity = crate::print::legibility::severity(note);
        worst = worst.max(Some(severity));
        let message = messages.text(note);
        match format {
            CheckFormat::Json => {
                #[derive(Serialize)]
                struct Legibility<'a> {
                    file: &'a str,
                    severity: Severity,
                    message: &'a str,
                }
                let line = serde_json::to_string(&Legibility {
                    file: &origin,
                    severity,
                    message: &message,
                })
                .expect("plain data serialises");
                writeln!(out, "{line}").map_err(write_error)?;
            }
            CheckFormat::Text => writeln!(out, "{origin}: {message}").map_err(write_error)?,
        }
    }
    out.flush().map_err(write_error)?;
    Ok(worst)
}

/// How many bytes of a long line a finding is shown with on either side.
const EXCERPT_CONTEXT: usize = 120;

/// Where each line of a sign starts, to find a finding's lines without
/// reading the sign again for every finding.
struct LineStarts(Vec<usize>);

/// The stretch of a sign a finding is shown in, and the finding's place in
/// it.
struct Excerpt<'t> {
    text: &'t str,
    span: std::ops::Range<usize>,
    /// The excerpt's first line, counted from 0 in the sign.
    line: usize,
}

impl LineStarts {
    fn of(text: &str) -> Self {
        let after_breaks = text.match_indices('\n').map(|(i, _)| i + 1);
        LineStarts(std::iter::once(0).chain(after_breaks).collect())
    }

    /// The lines of `span`, cut to `EXCERPT_CONTEXT` bytes either side of
    /// it (at character boundaries) where they are longer.
    fn excerpt<'t>(&self, text: &'t str, span: std::ops::Range<usize>) -> Excerpt<'t> {
        let line = self.0.partition_point(|&start| start <= span.start) - 1;
        let next_line = self.0.partition_point(|&start| start <= span.end);
        let line_end = self.0.get(next_line).map_or(text.len(), |&start| start - 1);
        let mut from = self.0[line].max(span.start.saturating_sub(EXCERPT_CONTEXT));
        while !text.is_char_boundary(from) {
            from -= 1;
        }
        let mut to = line_end.min(span.end + EXCERPT_CONTEXT).max(span.end);
        while !text.is_char_boundary(to) {
            to += 1;
        }
        Excerpt {
            text: &text[from..to],
            span: span.start - from..span.end - from,
            line,
        }
    }
}

/// One finding, its span marked under the sign the way compilers mark an error.
fn write_finding(
    out: &mut Out,
    messages: &Messages,
    finding: &Finding,
    excerpt: &Excerpt,
    first_line: usize,
    origin: Option<&str>,
) -> std::io::Result<()> {
    let level_name = messages.get(&format!("severity-{}", finding.severity.name()));
    let level = match finding.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
    .with_name(level_name);
    let label = finding
        .suggestion
        .as_ref()
        .map(|s| format!("{}: {s}", messages.get("cli-suggestion")))
        .unwrap_or_default();
    let mut snippet = Snippet::source(excerpt.text)
        .line_start(first_line)
        .annotation(
            AnnotationKind::Primary
                .span(excerpt.span.clone())
                .label(label),
        );
    let path;
    if let Some(origin) = origin {
        path = origin.to_owned();
        snippet = snippet.path(path.as_str());
    }
    let report = &[level
        .primary_title(finding.message.as_str())
        .id(finding.rule.as_str())
        .element(snippet)];
    writeln!(out, "{}", Renderer::styled().render(report))
}

/// The rules, one per line (or as JSON).
pub fn rules(rewriter: &Rewriter, format: CheckFormat) -> Result<()> {
    #[derive(Serialize)]
    struct RuleInfo<'a> {
        id: &'a str,
        category: &'a str,
        severity: Severity,
        rewrites: bool,
        enabled: bool,
        explanation: String,
        link: Option<&'a str>,
        examples: &'a [crate::wording::rules::Example],
        keep: &'a [String],
    }
    let mut out = stdout();
    let messages = rewriter.messages();
    for rule in rewriter.rules() {
        let explanation = rule.explanation(messages, "…", Some("…"));
        match format {
            CheckFormat::Json => {
                let info = RuleInfo {
                    id: &rule.id,
                    category: &rule.category,
                    severity: rule.severity,
                    rewrites: rule.rewrites(),
                    enabled: rewriter.is_enabled(&rule.id),
                    explanation,
                    link: rule.link.as_deref(),
                    examples: &rule.examples,
                    keep: &rule.keep,
                };
                writeln!(
                    out,
                    "{}",
                    serde_json::to_string(&info).expect("rules serialise")
                )
            }
            CheckFormat::Text => {
                let state = match (rewriter.is_enabled(&rule.id), rule.rewrites()) {
                    (false, _) => messages.get("cli-rule-off"),
                    (true, true) => messages.get("cli-rule-rewrites"),
                    (true, false) => messages.get("cli-rule-advises"),
                };
                writeln!(
                    out,
                    "{RULE}{:<42}{RULE:#} {:<8} {DIM}{:<12}{DIM:#} {explanation}",
                    rule.id,
                    messages.get(&format!("severity-{}", rule.severity.name())),
                    state
                )
            }
        }
        .map_err(write_error)?;
    }
    out.flush().map_err(write_error)
}

/// The outcome of `rules --test`.
pub fn example_failures(
    messages: &Messages,
    rewriter: &Rewriter,
    failures: &[Failure],
) -> Result<()> {
    let mut out = stdout();
    for failure in failures {
        writeln!(
            out,
            "{REMOVED}{}{REMOVED:#} {RULE}{}{RULE:#}\n  {}\n  {} {}\n  {} {}",
            messages.get("cli-example-failed"),
            failure.rule,
            failure.input,
            messages.get("cli-example-expected"),
            failure.expected,
            messages.get("cli-example-got"),
            failure.got
        )
        .map_err(write_error)?;
    }
    let examples: usize = rewriter
        .rules()
        .iter()
        .map(|r| r.examples.len() + r.keep.len())
        .sum();
    let summary = Msg::new("cli-examples-summary")
        .num("passed", (examples - failures.len()) as f64)
        .num("failed", failures.len() as f64);
    writeln!(out, "{}", messages.text(&summary)).map_err(write_error)?;
    out.flush().map_err(write_error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_finding_in_a_long_line_is_shown_with_its_neighbourhood_only() {
        let text = format!(
            "{}Gelieve hier te wachten.{}\nJe kunt pinnen.",
            "x ".repeat(50_000),
            "y ".repeat(50_000)
        );
        let lines = LineStarts::of(&text);
        let start = text.find("Gelieve").unwrap();
        let excerpt = lines.excerpt(&text, start..start + 24);
        assert_eq!(
            &excerpt.text[excerpt.span.clone()],
            "Gelieve hier te wachten."
        );
        assert!(excerpt.text.len() <= 24 + 2 * EXCERPT_CONTEXT);
        assert_eq!(excerpt.line, 0);
        let second = text.find("Je").unwrap();
        let excerpt = lines.excerpt(&text, second..second + 2);
        assert_eq!((excerpt.text, excerpt.line), ("Je kunt pinnen.", 1));
    }

    #[test]
    fn an_excerpt_cuts_at_character_boundaries() {
        let text = format!("{}Wacht{}", "é".repeat(200), "ü".repeat(200));
        let start = text.find("Wacht").unwrap();
        let excerpt = LineStarts::of(&text).excerpt(&text, start..start + 5);
        assert_eq!(&excerpt.text[excerpt.span], "Wacht");
    }

    #[test]
    fn a_line_too_long_to_diff_word_by_word_is_replaced_whole() {
        let before = "Wacht hier. ".repeat(MOST_DIFFED_WORDS);
        let after = "Wilt u hier wachten? ".repeat(MOST_DIFFED_WORDS);
        let [removed, added] = diff_line(&before, &after, true);
        assert!(removed == format!("[-{}-]", before.trim_end()), "one run");
        assert!(added == format!("{{+{}+}}", after.trim_end()), "one run");
        let [removed, added] = diff_line("Wacht hier", "Wilt u hier wachten?", true);
        assert_eq!(removed, "[-Wacht-] hier");
        assert_eq!(added, "{+Wilt u+} hier {+wachten?+}");
    }
}
