//! `streep compare`: signs before and after rewriting, side by side with the
//! reasons, for a consultant to show: PDF, SVG, PNG or one HTML file.

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;

use super::SignArgs;
use super::input::Input;
use super::output::{progress_bar, stderr_line};
use super::rewriters::Rewriters;
use super::sign::{check_destination, refuse_clashes};
use crate::compare::{Comparison, Cover, Sheet};
use crate::error::{Error, Result};
use crate::i18n::{Messages, Msg};
use crate::print::render::{Format, Options, Pages, Staged, pdf_pages, render};
use crate::print::scene::Scene;
use crate::print::sign::Sign;

#[derive(Debug, Args)]
pub struct CompareArgs {
    #[command(flatten)]
    signs: SignArgs,
    /// Where to write: .pdf (every page), .html (one file that needs nothing
    /// else), .svg or .png (a file per page: name-1.png, name-2.png, …); may
    /// be given more than once
    #[arg(short, long = "output", value_name = "FILE", required = true)]
    outputs: Vec<PathBuf>,
    /// The template the signs are shown on [default: poster]
    #[arg(long, default_value = "poster")]
    template: String,
    /// The signs' size, e.g. A3 or 500x700mm [default: the template's]
    #[arg(long)]
    size: Option<String>,
    /// Resolution of PNG output
    #[arg(long, default_value_t = 100)]
    dpi: u32,
    /// A cover page first, with this title (and today's date)
    #[arg(long)]
    title: Option<String>,
    /// A cover page first, naming the client
    #[arg(long)]
    client: Option<String>,
    /// A cover page first, with the client's logo (.png or .svg)
    #[arg(long, value_name = "FILE")]
    logo: Option<PathBuf>,
}

/// What an output path asks for.
#[derive(Clone, Copy)]
enum Kind {
    Pages(Format),
    Html,
}

/// A file to be written, and what goes in it.
struct Planned {
    /// Which of the outputs asked for it is.
    output: usize,
    path: PathBuf,
    kind: Kind,
    /// The page it holds, when an SVG or PNG file holds one of many.
    page: Option<usize>,
    /// How many pages it holds.
    pages: usize,
}

pub fn run(args: CompareArgs, messages: &Messages) -> Result<ExitCode> {
    let kinds = output_kinds(&args.outputs)?;
    let input = Input::read(args.signs.input.as_deref(), args.signs.whole)?;
    input.tell(messages);
    let signs: Vec<String> = input
        .signs()
        .into_iter()
        .map(|sign| sign.text.trim().to_owned())
        .filter(|text| !text.is_empty())
        .collect();
    if signs.is_empty() {
        return Err(Error::Sign(Msg::new("error-sign-empty")));
    }
    let progress = progress_bar(signs.len());
    let comparison = compared(&args, &signs, messages, &|| progress.inc(1))?;
    let sheet = comparison.sheet(messages)?;
    let planned = planned(&args.outputs, &kinds, sheet.count());
    // No file is written twice, and none that the signs or the logo came from.
    let input_file = input.origin.as_deref().map(Path::new);
    let inputs: Vec<&Path> = input_file.into_iter().chain(args.logo.as_deref()).collect();
    let destinations: Vec<&Path> = planned.iter().map(|file| file.path.as_path()).collect();
    refuse_clashes(&destinations, &inputs)?;
    progress.inc_length(planned.iter().map(|file| page_calls(file, &sheet)).sum());
    let counted = Counted {
        pages: &sheet,
        made: &|| progress.inc(1),
    };
    let options = Options {
        dpi: args.dpi,
        outline_text: false,
    };
    let mut staged = Staged::default();
    for file in &planned {
        let bytes = match (file.kind, file.page) {
            (Kind::Html, _) => comparison.html(messages)?.into_bytes(),
            (Kind::Pages(Format::Pdf), _) => pdf_pages(&counted)?,
            (Kind::Pages(format), page) => {
                render(&*counted.made(page.unwrap_or(0))?, format, options)?
            }
        };
        staged.add(&file.path, &bytes)?;
    }
    progress.finish_and_clear();
    staged.persist()?;
    // A file per page is told as one line: the first file to the last.
    for output in 0..args.outputs.len() {
        let files: Vec<&Planned> = planned.iter().filter(|f| f.output == output).collect();
        let (Some(first), Some(last)) = (files.first(), files.last()) else {
            continue;
        };
        let path = if files.len() == 1 {
            first.path.display().to_string()
        } else {
            format!("{} … {}", first.path.display(), last.path.display())
        };
        let pages: usize = files.iter().map(|file| file.pages).sum();
        stderr_line(
            &messages.text(
                &Msg::new("cli-compare-wrote")
                    .arg("path", path)
                    .num("pages", pages as f64),
            ),
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// What each output path asks for, or the first that asks for nothing
/// streep writes.
fn output_kinds(outputs: &[PathBuf]) -> Result<Vec<Kind>> {
    outputs
        .iter()
        .map(|path| {
            check_destination(path)?;
            let html = path
                .extension()
                .is_some_and(|extension| extension.eq_ignore_ascii_case("html"));
            if html {
                return Ok(Kind::Html);
            }
            let format = Format::of(path).map_err(|_| {
                Error::Sign(Msg::new("error-compare-format").arg("path", path.display()))
            })?;
            Ok(Kind::Pages(format))
        })
        .collect()
}

/// The signs rewritten in the house style, shown on the template asked
/// for, with a cover when one is asked for.
fn compared(
    args: &CompareArgs,
    signs: &[String],
    messages: &Messages,
    done: &(dyn Fn() + Sync),
) -> Result<Comparison> {
    let style = &args.signs.style;
    let texts: Vec<&str> = signs.iter().map(String::as_str).collect();
    let rewriters = Rewriters::new(style, messages, &texts)?;
    let lang = rewriters.main().lang();
    let rewriter_for = |text: &str| rewriters.for_sign(text);
    let mut design = Sign::new(&args.template, "");
    design.size.clone_from(&args.size);
    design.lang = lang.code().to_owned();
    let mut comparison = Comparison::with_progress(signs, &rewriter_for, &design, done)?;
    if args.title.is_some() || args.client.is_some() || args.logo.is_some() {
        let cover = Cover::new(
            args.title.clone(),
            args.client.clone(),
            args.logo.as_deref(),
            messages,
        )?;
        comparison.cover = Some(cover);
    }
    Ok(comparison)
}

/// The files the outputs come to: a PDF or HTML file holds every page; an
/// SVG or PNG file holds one, so many pages make numbered files.
fn planned(outputs: &[PathBuf], kinds: &[Kind], pages: usize) -> Vec<Planned> {
    let mut planned = Vec::new();
    for (output, (path, &kind)) in outputs.iter().zip(kinds).enumerate() {
        match kind {
            Kind::Pages(Format::Svg | Format::Png) if pages > 1 => {
                planned.extend((0..pages).map(|page| Planned {
                    output,
                    path: numbered(path, page + 1, pages),
                    kind,
                    page: Some(page),
                    pages: 1,
                }));
            }
            _ => planned.push(Planned {
                output,
                path: path.clone(),
                kind,
                page: None,
                pages,
            }),
        }
    }
    planned
}

/// How many pages writing `file` makes, for the progress bar.
fn page_calls(file: &Planned, sheet: &Sheet) -> u64 {
    match (file.kind, file.page) {
        (Kind::Html, _) => 0,
        (Kind::Pages(Format::Pdf), _) => sheet.count() as u64,
        (Kind::Pages(_), _) => 1,
    }
}

/// Pages that say when each is made.
struct Counted<'p> {
    pages: &'p Sheet<'p>,
    made: &'p (dyn Fn() + Sync),
}

impl Counted<'_> {
    /// Page `index`, made and counted.
    fn made(&self, index: usize) -> Result<Cow<'_, Scene>> {
        let page = self.pages.page_at(index);
        (self.made)();
        page
    }
}

impl Pages for Counted<'_> {
    fn count(&self) -> usize {
        self.pages.count()
    }

    fn page(&self, index: usize) -> Result<Option<Cow<'_, Scene>>> {
        self.made(index).map(Some)
    }
}

/// `sheet.png` as the name of its page `n` of `pages`: `sheet-02.png` of
/// 53, with as many digits as the last page has, so that the files sort
/// in the order of their pages.
fn numbered(path: &Path, n: usize, pages: usize) -> PathBuf {
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    let width = pages.to_string().len();
    let name = match path.extension() {
        Some(extension) => format!("{stem}-{n:0width$}.{}", extension.to_string_lossy()),
        None => format!("{stem}-{n:0width$}"),
    };
    path.with_file_name(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_numbered_before_the_extension() {
        assert_eq!(
            numbered(Path::new("out/sheet.png"), 2, 9),
            PathBuf::from("out/sheet-2.png")
        );
        assert_eq!(
            numbered(Path::new("out/sheet.png"), 2, 53),
            PathBuf::from("out/sheet-02.png")
        );
    }
}
