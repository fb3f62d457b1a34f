//! `streep compare`: signs before and after rewriting, side by side with the
//! reasons, for a consultant to show: PDF, SVG, PNG or one HTML file.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;

use super::SignArgs;
use super::input::Input;
use super::output::{progress_bar, stderr_line};
use super::sign::{check_destination, refuse_clashes};
use crate::compare::{Comparison, Cover};
use crate::error::{Error, Result};
use crate::i18n::{Messages, Msg};
use crate::print::render::{Format, Options, render_pages, write_all_atomically};
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
enum Sheet {
    Pages(Format),
    Html,
}

pub fn run(args: CompareArgs, messages: &Messages) -> Result<ExitCode> {
    let kinds = args
        .outputs
        .iter()
        .map(|path| {
            check_destination(path)?;
            let html = path
                .extension()
                .is_some_and(|extension| extension.eq_ignore_ascii_case("html"));
            Ok(if html {
                Sheet::Html
            } else {
                Sheet::Pages(Format::of(path).map_err(|_| {
                    Error::Sign(Msg::new("error-compare-format").arg("path", path.display()))
                })?)
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let input = Input::read(args.signs.input.as_deref(), args.signs.whole)?;
    let signs: Vec<String> = input
        .signs()
        .into_iter()
        .map(|sign| sign.text.trim().to_owned())
        .filter(|text| !text.is_empty())
        .collect();
    if signs.is_empty() {
        return Err(Error::Sign(Msg::new("error-sign-empty")));
    }
    let rewriter = args.signs.style.rewriter(messages, &signs.join("\n"))?;
    let mut design = Sign::new(&args.template, "");
    design.size = args.size;
    design.lang = rewriter.lang().code().to_owned();
    let progress = progress_bar(signs.len());
    let comparison = Comparison::with_progress(&signs, &rewriter, &design, &|| progress.inc(1));
    progress.finish_and_clear();
    let mut comparison = comparison?;
    if args.title.is_some() || args.client.is_some() || args.logo.is_some() {
        let cover = Cover::new(args.title, args.client, args.logo.as_deref(), messages)?;
        comparison.cover = Some(cover);
    }

    let options = Options {
        dpi: args.dpi,
        outline_text: false,
    };
    let pages = comparison.pages(messages)?;
    let mut files: Vec<(PathBuf, Vec<u8>)> = Vec::new();
    let mut written: Vec<(PathBuf, usize)> = Vec::new();
    for (path, kind) in args.outputs.iter().zip(&kinds) {
        match kind {
            Sheet::Html => {
                files.push((path.clone(), comparison.html(messages).into_bytes()));
                written.push((path.clone(), pages.len()));
            }
            Sheet::Pages(format) => {
                let rendered = render_pages(&pages, *format, options)?;
                if rendered.len() == 1 {
                    written.push((path.clone(), pages.len()));
                    files.extend(rendered.into_iter().map(|bytes| (path.clone(), bytes)));
                } else {
                    for (index, bytes) in rendered.into_iter().enumerate() {
                        let page = numbered(path, index + 1);
                        written.push((page.clone(), 1));
                        files.push((page, bytes));
                    }
                }
            }
        }
    }
    // No file is written twice, and none that the signs or the logo came from.
    let input_file = input.origin.as_deref().map(Path::new);
    let inputs: Vec<&Path> = input_file.into_iter().chain(args.logo.as_deref()).collect();
    let destinations: Vec<&Path> = files.iter().map(|(path, _)| path.as_path()).collect();
    refuse_clashes(&destinations, &inputs)?;
    let staged: Vec<(&Path, &[u8])> = files
        .iter()
        .map(|(path, bytes)| (path.as_path(), bytes.as_slice()))
        .collect();
    write_all_atomically(&staged)?;
    for (path, pages) in written {
        stderr_line(
            &messages.text(
                &Msg::new("cli-compare-wrote")
                    .arg("path", path.display())
                    .num("pages", pages as f64),
            ),
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// `sheet.png` as the name of its page `n`: `sheet-2.png`.
fn numbered(path: &Path, n: usize) -> PathBuf {
    let stem = path.file_stem().unwrap_or_default().to_string_lossy();
    let name = match path.extension() {
        Some(extension) => format!("{stem}-{n}.{}", extension.to_string_lossy()),
        None => format!("{stem}-{n}"),
    };
    path.with_file_name(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_numbered_before_the_extension() {
        assert_eq!(
            numbered(Path::new("out/sheet.png"), 2),
            PathBuf::from("out/sheet-2.png")
        );
    }
}
