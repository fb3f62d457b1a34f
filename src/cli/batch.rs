//! `streep batch`: every row of a table becomes a sign, rendered on all
//! cores, with a progress bar on a terminal and a report of the rows that
//! failed.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use super::output::stderr_line;
use super::sign::{CommonArgs, advice_notes, design, paragraphs, rewrite_paragraphs, wording};
use crate::batch::{Job, Table, plan};
use crate::error::{Error, Result};
use crate::geometry::{Size, parse_size};
use crate::i18n::{Messages, Msg};
use crate::lang::Lang;
use crate::layout::lay_out;
use crate::render::{Format, Options, folder_of, render, write_all_atomically};
use crate::scene::Scene;
use crate::sheet::impose;
use crate::sign::Sign;
use crate::wording::detect::detect;
use crate::wording::rewrite::Rewriter;

#[derive(Debug, Args)]
pub struct BatchArgs {
    /// The table: .csv with a header row, .json (an array of objects) or
    /// .toml ([[sign]] tables); its columns fill the template's texts
    data: PathBuf,
    /// The template for rows without a template column
    #[arg(long, value_name = "NAME|FILE.svg", default_value = "poster")]
    template: String,
    /// The size for rows without a size column
    #[arg(long, allow_hyphen_values = true)]
    size: Option<String>,
    /// Stop at the first row that fails
    #[arg(long)]
    strict: bool,
    /// Put the signs many to a sheet of this size (e.g. A3, 1000x700mm),
    /// each with its bleed, crop marks or cut line; -o names the sheets
    /// with {sheet}
    #[arg(long, value_name = "SIZE")]
    sheet: Option<String>,
    #[command(flatten)]
    common: CommonArgs,
}

pub fn run(args: BatchArgs, messages: &Messages) -> Result<ExitCode> {
    let started = Instant::now();
    let common = &args.common;
    let table = Table::load(&args.data)?;
    let mut base = Sign::new(&args.template, "");
    base.text.clear();
    base.size = args.size.clone();
    // Rows can be in different languages: each is told by its own wording
    // below, unless the language is named.
    design(&mut base, common, messages, "")?;
    common.outputs.apply(&mut base.print);
    let patterns: Vec<String> = common
        .outputs
        .outputs
        .iter()
        .chain(&common.outputs.save_sign)
        .map(|path| path.to_string_lossy().into_owned())
        .collect();
    if patterns.is_empty() {
        return Err(Error::Sign(Msg::new("error-no-output")));
    }
    // --set gives every row a value it does not have itself.
    let mut table = table;
    for (name, value) in &common.fields {
        if !table.columns.contains(name) {
            table.columns.push(name.clone());
        }
        for row in &mut table.rows {
            row.entry(name.clone()).or_insert_with(|| value.clone());
        }
    }
    // On sheets, the rows have no files of their own.
    let row_patterns = if args.sheet.is_some() {
        Vec::new()
    } else {
        patterns.clone()
    };
    let mut jobs = plan(&table, &base, &row_patterns)?;
    let sheet = args.sheet.as_deref().map(parse_size).transpose()?;
    let config = common.style.config(messages)?;
    if !common.style.names_lang(&config) {
        tell_languages(&mut jobs, messages);
    }
    let rewriters = if common.keep_wording {
        Vec::new()
    } else {
        Lang::ALL
            .into_iter()
            .filter(|lang| jobs.iter().any(|job| job.sign.lang == lang.code()))
            .map(|lang| Ok((lang.code(), Rewriter::new(lang, &config)?)))
            .collect::<Result<Vec<_>>>()?
    };
    let sign_files = common.outputs.save_sign.is_some();

    let progress = if std::io::stderr().is_terminal() {
        ProgressBar::with_draw_target(Some(jobs.len() as u64), ProgressDrawTarget::stderr())
    } else {
        ProgressBar::hidden()
    };
    progress.set_style(
        ProgressStyle::with_template("{bar:40} {pos}/{len} {elapsed}")
            .expect("a valid progress template"),
    );
    let stop = AtomicBool::new(false);
    let results: Vec<(usize, Result<Made>)> = jobs
        .par_iter()
        .filter_map(|job| {
            if stop.load(Ordering::Relaxed) {
                return None;
            }
            let rewriter = rewriters
                .iter()
                .find(|(code, _)| *code == job.sign.lang)
                .map(|(_, rewriter)| rewriter);
            let result = lay_out_row(job, rewriter).and_then(|(sign, scene)| {
                if sheet.is_some() {
                    Ok(Made::Scene(Box::new(scene)))
                } else {
                    write_row(job, &sign, &scene, sign_files).map(|written| Made::Files {
                        written,
                        notes: scene.notes,
                    })
                }
            });
            if result.is_err() && args.strict {
                stop.store(true, Ordering::Relaxed);
            }
            progress.inc(1);
            Some((job.row, result))
        })
        .collect();
    progress.finish_and_clear();

    let mut failed = 0;
    let mut files = 0;
    let mut signs = 0;
    let mut scenes = Vec::new();
    for (row, result) in results {
        match result {
            Ok(made) => {
                signs += 1;
                let notes = match made {
                    Made::Files { written, notes } => {
                        files += written;
                        notes
                    }
                    Made::Scene(mut scene) => {
                        let notes = std::mem::take(&mut scene.notes);
                        scenes.push(*scene);
                        notes
                    }
                };
                for note in notes {
                    stderr_line(
                        &messages.text(
                            &Msg::new("cli-batch-note")
                                .num("row", row as f64)
                                .arg("note", messages.text(&note)),
                        ),
                    );
                }
            }
            Err(error) => {
                failed += 1;
                stderr_line(
                    &messages.text(
                        &Msg::new("cli-batch-failed")
                            .num("row", row as f64)
                            .arg("reason", error.localised(messages)),
                    ),
                );
            }
        }
    }
    if let Some(sheet) = sheet {
        let options = Options::of(&base.print);
        files += write_sheets(scenes, sheet, &common.outputs.outputs, options)?;
    }
    stderr_line(
        &messages.text(
            &Msg::new("cli-batch-summary")
                .num("written", signs as f64)
                .num("rows", jobs.len() as f64)
                .num("files", files as f64)
                .num("failed", failed as f64)
                .arg("seconds", format!("{:.2}", started.elapsed().as_secs_f64())),
        ),
    );
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Gives each row the language its wording looks like, Dutch when unsure,
/// and says how many rows are in each other language.
fn tell_languages(jobs: &mut [Job], messages: &Messages) {
    let mut rows = [0; Lang::ALL.len()];
    for job in jobs.iter_mut() {
        let text = wording(
            job.sign
                .text
                .iter()
                .filter(|(slot, _)| job.wording.contains(slot)),
        );
        let lang = detect(&text).unwrap_or(Lang::Nl);
        job.sign.lang = lang.code().to_owned();
        let index = Lang::ALL.iter().position(|&l| l == lang);
        rows[index.expect("every language is in Lang::ALL")] += 1;
    }
    for (lang, rows) in Lang::ALL.into_iter().zip(rows) {
        if lang != Lang::Nl && rows > 0 {
            stderr_line(
                &messages.text(
                    &Msg::new("cli-batch-detected-lang")
                        .num("rows", rows as f64)
                        .arg("lang", lang),
                ),
            );
        }
    }
}

/// What one row gave: its files, or its sign for a sheet.
enum Made {
    Files { written: usize, notes: Vec<Msg> },
    Scene(Box<Scene>),
}

/// One row's sign, its wording rewritten, laid out; the scene's notes
/// begin with the advice the rewrite left for a person.
fn lay_out_row(job: &Job, rewriter: Option<&Rewriter>) -> Result<(Sign, Scene)> {
    let mut sign = job.sign.clone();
    let mut advice = Vec::new();
    for (name, text) in &mut sign.text {
        *text = paragraphs(text);
        if let Some(rewriter) = rewriter.filter(|_| job.wording.contains(name)) {
            let (output, rewrites) = rewrite_paragraphs(rewriter, text);
            advice.extend(advice_notes(&rewrites));
            *text = output;
        }
    }
    let mut scene = lay_out(&sign)?;
    advice.append(&mut scene.notes);
    scene.notes = advice;
    Ok((sign, scene))
}

/// Writes one row in every format asked for; returns how many files.
fn write_row(job: &Job, sign: &Sign, scene: &Scene, sign_file: bool) -> Result<usize> {
    // The last pattern is the sign file's, when one was asked for.
    let (prints, saved) = job
        .outputs
        .split_at(job.outputs.len() - usize::from(sign_file));
    let mut files: Vec<(PathBuf, Vec<u8>)> = prints
        .iter()
        .map(|path| {
            Ok((
                path.clone(),
                render(scene, Format::of(path)?, Options::of(&sign.print))?,
            ))
        })
        .collect::<Result<_>>()?;
    files.extend(
        saved
            .iter()
            .map(|path| (path.clone(), sign.to_toml().into_bytes())),
    );
    write_files(&files)?;
    Ok(files.len())
}

/// Imposes the signs on sheets and writes each sheet in every format, its
/// name from the pattern with {sheet} its number; returns how many files.
fn write_sheets(
    scenes: Vec<Scene>,
    sheet: Size,
    patterns: &[PathBuf],
    options: Options,
) -> Result<usize> {
    let sheets = impose(scenes, sheet)?;
    let mut files: Vec<(PathBuf, Vec<u8>)> = Vec::new();
    for (number, sheet) in sheets.iter().enumerate() {
        for pattern in patterns {
            let pattern = pattern.to_string_lossy();
            if sheets.len() > 1 && !pattern.contains("{sheet}") {
                return Err(Error::Sign(
                    Msg::new("error-sheet-pattern").arg("pattern", pattern.as_ref()),
                ));
            }
            let path = PathBuf::from(pattern.replace("{sheet}", &(number + 1).to_string()));
            let bytes = render(sheet, Format::of(&path)?, options)?;
            files.push((path, bytes));
        }
    }
    write_files(&files)?;
    Ok(files.len())
}

/// Writes files as a set, making their folders first.
fn write_files(files: &[(PathBuf, Vec<u8>)]) -> Result<()> {
    for (path, _) in files {
        let folder = folder_of(path);
        std::fs::create_dir_all(folder).map_err(|source| Error::Output {
            path: folder.to_owned(),
            source,
        })?;
    }
    let borrowed: Vec<(&Path, &[u8])> = files
        .iter()
        .map(|(path, bytes)| (path.as_path(), bytes.as_slice()))
        .collect();
    write_all_atomically(&borrowed)
}
