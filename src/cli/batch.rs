//! `streep batch`: every row of a table becomes a sign, rendered on all
//! cores, with a progress bar on a terminal and a report of the rows that
//! failed.

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;
use std::time::Instant;

use clap::Args;
use indicatif::ProgressBar;
use rayon::prelude::*;

use super::output::{progress_bar, stderr_line};
use super::sign::{CommonArgs, OutputArgs, check_destination, design};
use crate::batch::{Job, Table, lay_out_row, plan};
use crate::error::{Error, Result};
use crate::i18n::{Messages, Msg};
use crate::lang::Lang;
use crate::print::geometry::{Size, parse_size};
use crate::print::layout::check_print;
use crate::print::render::{
    Format, Options, Pages, Staged, folder_of, render_to, write_atomically_with, write_pdf_pages,
};
use crate::print::scene::Scene;
use crate::print::sheet::impose;
use crate::print::sign::Sign;
use crate::wording::rewrite::Rewriter;

#[derive(Debug, Args)]
pub struct BatchArgs {
    /// The table: .xlsx, .ods or .csv with a header row, .json (an array of
    /// objects) or .toml ([[sign]] tables); its columns fill the
    /// template's texts
    data: PathBuf,
    /// The template for rows without a template column
    #[arg(long, value_name = "NAME|FILE.svg", default_value = "poster")]
    template: String,
    /// The size for rows without a size column
    #[arg(long, allow_hyphen_values = true)]
    size: Option<String>,
    /// Write nothing if any row fails, and name the first that does
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
    let base = base_sign(&args, messages)?;
    // Options every row shares are told once, not once a row.
    check_print(&base.print)?;
    let book = book_path(&args);
    if let Some(path) = book {
        check_destination(path)?;
    }
    let mut jobs = planned_rows(&args, &base, messages)?;
    let sheet = args.sheet.as_deref().map(parse_size).transpose()?;
    let rewriters = rewriters_for(&mut jobs, common, messages)?;
    let progress = progress_bar(jobs.len());
    let rows = Rows {
        rewriters: &rewriters,
        outputs: &common.outputs,
        sign_files: common.outputs.save_sign.is_some(),
        // Strict batches and sheets write nothing until every row is laid out.
        hold: args.strict || sheet.is_some(),
    };
    let (results, book_written) = match book {
        Some(path) => write_book(path, &rows, &jobs, &progress, args.strict)?,
        None => {
            let results = rows.make(&jobs, &progress);
            if args.strict {
                (rows.strictly(results, &jobs), 0)
            } else {
                (results, 0)
            }
        }
    };
    progress.finish_and_clear();
    let Tally {
        signs,
        mut files,
        failed,
        scenes,
    } = tally(results, &jobs, messages);
    files += book_written;
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

/// The sign every row starts from: the template, size, look and print
/// options of the command line, with no texts.
fn base_sign(args: &BatchArgs, messages: &Messages) -> Result<Sign> {
    let mut base = Sign::new(&args.template, "");
    base.text.clear();
    base.size.clone_from(&args.size);
    // Rows can be in different languages: each is told by its own wording
    // later, unless the language is named.
    design(&mut base, &args.common, messages, "")?;
    args.common.outputs.apply(&mut base.print);
    Ok(base)
}

/// The table read, each of its rows a job with its file names.
fn planned_rows(args: &BatchArgs, base: &Sign, messages: &Messages) -> Result<Vec<Job>> {
    let outputs = &args.common.outputs;
    let patterns: Vec<String> = outputs
        .outputs
        .iter()
        .chain(&outputs.save_sign)
        .map(|path| path.to_string_lossy().into_owned())
        .collect();
    if patterns.is_empty() {
        return Err(Error::Sign(Msg::new("error-no-output")));
    }
    let mut table = Table::load(&args.data)?;
    for note in &table.notes {
        stderr_line(&messages.text(note));
    }
    // --set gives every row a value it does not have itself.
    for (name, value) in &args.common.fields {
        table.fill_column(name, value);
    }
    // On sheets, and in one PDF, the rows have no files of their own.
    let row_patterns = if args.sheet.is_some() || book_path(args).is_some() {
        Vec::new()
    } else {
        patterns
    };
    let planned = plan(&table, base, &row_patterns)?;
    for note in &planned.notes {
        stderr_line(&messages.text(note));
    }
    Ok(planned.jobs)
}

/// A rewriter for each language the rows are in (each row's language told
/// by its wording unless the house style or the command line names one);
/// none when the wording is to be kept.
fn rewriters_for(
    jobs: &mut [Job],
    common: &CommonArgs,
    messages: &Messages,
) -> Result<Vec<(&'static str, Rewriter)>> {
    let config = common.style.config(messages)?;
    if !common.style.names_lang(&config) {
        tell_languages(jobs, messages);
    }
    if common.keep_wording {
        return Ok(Vec::new());
    }
    Lang::ALL
        .into_iter()
        .filter(|lang| jobs.iter().any(|job| job.sign.lang == lang.code()))
        .map(|lang| Ok((lang.code(), Rewriter::new(lang, &config)?)))
        .collect()
}

/// Gives each row the language its wording looks like, Dutch when unsure,
/// and says how many rows are in each other language.
fn tell_languages(jobs: &mut [Job], messages: &Messages) {
    let mut rows = [0; Lang::ALL.len()];
    let told: Vec<Lang> = jobs.par_iter().map(Job::told_lang).collect();
    for (job, lang) in jobs.iter_mut().zip(told) {
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

/// What the rows of a batch came to.
struct Tally {
    signs: usize,
    files: usize,
    failed: usize,
    /// The signs held for sheets.
    scenes: Vec<Scene>,
}

/// Counts what the rows made, and prints each row's notes and failures.
fn tally(results: Outcomes, jobs: &[Job], messages: &Messages) -> Tally {
    let mut tally = Tally {
        signs: 0,
        files: 0,
        failed: 0,
        scenes: Vec::new(),
    };
    for (row, result) in results {
        // Rows are numbered from 1, and each job knows its line.
        let line = jobs.get(row - 1).map_or(0, |job| job.line);
        let notes = match result {
            Ok(Made::Files { written, notes }) => {
                tally.files += written;
                notes
            }
            Ok(Made::Held(_, mut scene)) => {
                let notes = std::mem::take(&mut scene.notes);
                tally.scenes.push(*scene);
                notes
            }
            Err(error) => {
                tally.failed += 1;
                let failed = Msg::new("cli-batch-failed")
                    .num("row", row as f64)
                    .num("line", line as f64)
                    .arg("reason", error.localised(messages));
                let told = Msg::new("cli-error").arg("message", messages.text(&failed));
                stderr_line(&messages.text(&told));
                continue;
            }
        };
        tally.signs += 1;
        for note in notes {
            let note = Msg::new("cli-batch-note")
                .num("row", row as f64)
                .num("line", line as f64)
                .arg("note", messages.text(&note));
            stderr_line(&messages.text(&note));
        }
    }
    tally
}

/// What each row came to, by its number.
type Outcomes = Vec<(usize, Result<Made>)>;

/// What one row gave: its files, or its sign laid out, held for a sheet
/// or until every row of a strict batch is.
enum Made {
    Files { written: usize, notes: Vec<Msg> },
    Held(Box<Sign>, Box<Scene>),
}

/// How the rows of a batch are made.
struct Rows<'a> {
    rewriters: &'a [(&'static str, Rewriter)],
    outputs: &'a OutputArgs,
    sign_files: bool,
    hold: bool,
}

impl Rows<'_> {
    /// Every row laid out, in parallel, and written unless held; in the
    /// table's order.
    fn make(&self, jobs: &[Job], progress: &ProgressBar) -> Outcomes {
        jobs.par_iter()
            .map(|job| {
                let result = self.make_one(job);
                progress.inc(1);
                (job.row, result)
            })
            .collect()
    }

    /// The row's sign, reworded and laid out; refused when few can read it.
    fn scene_of(&self, job: &Job) -> Result<(Sign, Scene)> {
        let rewriter = self
            .rewriters
            .iter()
            .find(|(code, _)| *code == job.sign.lang)
            .map(|(_, rewriter)| rewriter);
        let (sign, mut scene) = lay_out_row(job, rewriter)?;
        self.outputs.refuse_unreadable(&mut scene)?;
        Ok((sign, scene))
    }

    fn make_one(&self, job: &Job) -> Result<Made> {
        let (sign, scene) = self.scene_of(job)?;
        if self.hold {
            return Ok(Made::Held(Box::new(sign), Box::new(scene)));
        }
        let written = write_row(job, &sign, &scene, self.sign_files)?;
        Ok(Made::Files {
            written,
            notes: scene.notes,
        })
    }

    /// A strict batch: the first row that failed, and nothing written; or,
    /// when every row is sound, every row written (rows for a sheet stay
    /// held: they have no files of their own).
    fn strictly(&self, results: Outcomes, jobs: &[Job]) -> Outcomes {
        if let Some(first) = results.iter().position(|(_, result)| result.is_err()) {
            let mut results = results;
            return vec![results.swap_remove(first)];
        }
        results
            .into_par_iter()
            .zip(jobs)
            .map(|((row, made), job)| {
                let written = match made {
                    Ok(Made::Held(sign, scene)) if !job.outputs.is_empty() => {
                        write_row(job, &sign, &scene, self.sign_files).map(|written| Made::Files {
                            written,
                            notes: scene.notes,
                        })
                    }
                    other => other,
                };
                (row, written)
            })
            .collect()
    }
}

/// A batch to be written as one PDF: a single `-o` that names a PDF and no
/// `{column}`, with no sheet and no sign files.
fn book_path(args: &BatchArgs) -> Option<&Path> {
    let outputs = &args.common.outputs;
    let [path] = outputs.outputs.as_slice() else {
        return None;
    };
    let one = !path.to_string_lossy().contains('{')
        && Format::of(path).ok() == Some(Format::Pdf)
        && args.sheet.is_none()
        && outputs.save_sign.is_none();
    one.then_some(path.as_path())
}

/// Writes the rows as the pages of one PDF at `path`, in the table's
/// order, each laid out as its page is drawn: what each row came to, and
/// how many files were written. A row that cannot be made is left out;
/// in a strict batch it stops the document, and none is written. Neither
/// is one when no row can be made.
fn write_book(
    path: &Path,
    rows: &Rows,
    jobs: &[Job],
    progress: &ProgressBar,
    strict: bool,
) -> Result<(Outcomes, usize)> {
    let book = Book {
        rows,
        jobs,
        progress,
        strict,
        results: Mutex::default(),
    };
    let written = write_atomically_with(path, |file| write_pdf_pages(&book, file));
    let mut results = book.results.into_inner().expect("no row panicked");
    results.sort_by_key(|(row, _)| *row);
    let first_failure = results.iter().position(|(_, made)| made.is_err());
    if let (true, Some(first)) = (strict, first_failure) {
        return Ok((vec![results.swap_remove(first)], 0));
    }
    match written {
        Ok(()) => Ok((results, 1)),
        Err(_) if results.iter().all(|(_, made)| made.is_err()) => Ok((results, 0)),
        Err(error) => Err(error),
    }
}

/// The rows of a batch as the pages of one PDF: each laid out when its page
/// is drawn, so that memory stays flat however long the table.
struct Book<'r> {
    rows: &'r Rows<'r>,
    jobs: &'r [Job],
    progress: &'r ProgressBar,
    strict: bool,
    /// What each row came to, in the order they were laid out.
    results: Mutex<Outcomes>,
}

impl Pages for Book<'_> {
    fn count(&self) -> usize {
        self.jobs.len()
    }

    fn page(&self, index: usize) -> Result<Option<Cow<'_, Scene>>> {
        let job = &self.jobs[index];
        let made = self.rows.scene_of(job);
        self.progress.inc(1);
        let mut results = self.results.lock().expect("no row panicked");
        match made {
            Ok((_, mut scene)) => {
                let notes = std::mem::take(&mut scene.notes);
                results.push((job.row, Ok(Made::Files { written: 0, notes })));
                Ok(Some(Cow::Owned(scene)))
            }
            Err(error) => {
                results.push((job.row, Err(error)));
                if self.strict {
                    let stopped = Msg::new("error-batch-stopped").num("row", job.row as f64);
                    return Err(Error::Sign(stopped));
                }
                Ok(None)
            }
        }
    }
}

/// Writes one row in every format asked for; returns how many files.
fn write_row(job: &Job, sign: &Sign, scene: &Scene, sign_file: bool) -> Result<usize> {
    // The last pattern is the sign file's, when one was asked for.
    let (prints, saved) = job
        .outputs
        .split_at(job.outputs.len() - usize::from(sign_file));
    let mut staged = Staged::default();
    for path in prints {
        let format = Format::of(path)?;
        make_folder(path)?;
        staged.add_with(path, |out| {
            render_to(scene, format, Options::of(&sign.print), out)
        })?;
    }
    for path in saved {
        make_folder(path)?;
        staged.add(path, sign.to_toml().as_bytes())?;
    }
    staged.persist()?;
    Ok(job.outputs.len())
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
    let mut staged = Staged::default();
    let mut files = 0;
    for (number, sheet) in sheets.iter().enumerate() {
        for pattern in patterns {
            let pattern = pattern.to_string_lossy();
            if sheets.len() > 1 && !pattern.contains("{sheet}") {
                return Err(Error::Sign(
                    Msg::new("error-sheet-pattern").arg("pattern", pattern.as_ref()),
                ));
            }
            let path = PathBuf::from(pattern.replace("{sheet}", &(number + 1).to_string()));
            let format = Format::of(&path)?;
            make_folder(&path)?;
            staged.add_with(&path, |out| render_to(sheet, format, options, out))?;
            files += 1;
        }
    }
    staged.persist()?;
    Ok(files)
}

/// Makes the folder a file goes in.
fn make_folder(path: &Path) -> Result<()> {
    let folder = folder_of(path);
    std::fs::create_dir_all(folder).map_err(|source| Error::Output {
        path: folder.to_owned(),
        source,
    })
}
