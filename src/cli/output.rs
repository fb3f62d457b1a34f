//! What the command line prints: for people, coloured on a terminal and
//! plain in a pipe; for programs, JSON Lines.

use std::io::{BufWriter, Write};

use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};
use anstream::AutoStream;
use anstyle::{AnsiColor, Style};
use serde::Serialize;

use super::input::{Input, Sign};
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
    rewriter: &Rewriter,
    input: &Input,
    format: RewriteFormat,
    explain: bool,
) -> Result<()> {
    let mut out = stdout();
    let messages = rewriter.messages();
    let mut unexplained_advice = 0;
    for Sign { line, text } in input.signs() {
        if text.trim().is_empty() {
            if format != RewriteFormat::Json {
                writeln!(out, "{text}").map_err(write_error)?;
            }
            continue;
        }
        let rewrite = rewriter.rewrite(text);
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

/// The original and the rewritten sign, each run of words that went or came
/// marked: in colour on a terminal, as `[-…-]` and `{+…+}` in a pipe.
fn write_diff(out: &mut Out, before: &str, after: &str) -> std::io::Result<()> {
    use similar::{ChangeTag, TextDiff};
    let plain = out.current_choice() == anstream::ColorChoice::Never;
    let mark = |tag: ChangeTag, run: &str| match (tag, plain) {
        (ChangeTag::Equal, _) => run.to_owned(),
        (ChangeTag::Delete, true) => format!("[-{run}-]"),
        (ChangeTag::Insert, true) => format!("{{+{run}+}}"),
        (ChangeTag::Delete, false) => format!("{REMOVED}{run}{REMOVED:#}"),
        (ChangeTag::Insert, false) => format!("{ADDED}{run}{ADDED:#}"),
    };
    let diff = TextDiff::from_words(before, after);
    let changes: Vec<(ChangeTag, &str)> = diff
        .iter_all_changes()
        .map(|c| (c.tag(), c.value()))
        .collect();
    let mut lines = [String::from("- "), String::from("+ ")];
    for (side, wanted) in [(0, ChangeTag::Delete), (1, ChangeTag::Insert)] {
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
                        lines[side].push_str(&mark(tag, &text));
                    }
                    lines[side].push_str(&space);
                    run = Some((tag, value.to_owned()));
                }
            }
            space.clear();
        }
        if let Some((tag, text)) = run {
            lines[side].push_str(&mark(tag, &text));
        }
    }
    writeln!(out, "{}\n{}", lines[0], lines[1])
}

/// Prints the findings of every sign; returns the worst severity found.
pub fn checks(rewriter: &Rewriter, input: &Input, format: CheckFormat) -> Result<Option<Severity>> {
    let mut out = stdout();
    let messages = rewriter.messages();
    let mut worst = None;
    let mut total = 0usize;
    let mut signs = 0usize;
    for Sign { line, text } in input.signs() {
        if text.trim().is_empty() {
            continue;
        }
        let check = rewriter.check(text);
        signs += 1;
        total += check.findings.len();
        worst = worst.max(check.findings.iter().map(|f| f.severity).max());
        match format {
            CheckFormat::Json => {
                writeln!(out, "{}", json_line(&check, line)).map_err(write_error)?
            }
            CheckFormat::Text => {
                for finding in &check.findings {
                    write_finding(
                        &mut out,
                        messages,
                        finding,
                        text,
                        line,
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
    rewriter: &Rewriter,
    path: &std::path::Path,
    sign: &crate::sign::Sign,
    format: CheckFormat,
) -> Result<Option<Severity>> {
    let scene = crate::layout::lay_out(sign)?;
    let origin = path.display().to_string();
    let texts: Vec<&str> = sign
        .texts()
        .filter(|(slot, _)| *slot != "second")
        .map(|(_, text)| text)
        .collect();
    let input = Input {
        text: texts.join("\n"),
        origin: Some(origin.clone()),
        per_line: true,
    };
    let mut worst = checks(rewriter, &input, format)?;
    let messages = rewriter.messages();
    let mut out = stdout();
    for note in &scene.notes {
        let severity = crate::legibility::severity(note);
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

/// One finding, its span marked under the sign the way compilers mark an error.
fn write_finding(
    out: &mut Out,
    messages: &Messages,
    finding: &Finding,
    text: &str,
    line: Option<usize>,
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
    let mut snippet = Snippet::source(text)
        .line_start(line.unwrap_or(1))
        .annotation(
            AnnotationKind::Primary
                .span(finding.start..finding.end)
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
