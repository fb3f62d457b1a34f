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
use super::sign::{CommonArgs, design, paragraphs};
use crate::batch::{Job, Table, plan};
use crate::error::{Error, Result};
use crate::i18n::{Messages, Msg};
use crate::layout::lay_out;
use crate::render::{Format, Options, render, write_all_atomically};
use crate::rewrite::Rewriter;
use crate::sign::Sign;

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
    design(&mut base, common, messages)?;
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
    let jobs = plan(&table, &base, &patterns)?;
    let rewriter = if common.keep_wording {
        None
    } else {
        match common.style.rewriter(messages) {
            Ok(rewriter) => Some(rewriter),
            Err(Error::NoRules(_)) => None,
            Err(error) => return Err(error),
        }
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
    let results: Vec<(usize, Result<usize>)> = jobs
        .par_iter()
        .filter_map(|job| {
            if stop.load(Ordering::Relaxed) {
                return None;
            }
            let result = make(job, rewriter.as_ref(), sign_files);
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
    for (row, result) in &results {
        match result {
            Ok(written) => files += written,
            Err(error) => {
                failed += 1;
                stderr_line(
                    &messages.text(
                        &Msg::new("cli-batch-failed")
                            .num("row", *row as f64)
                            .arg("reason", error.localised(messages)),
                    ),
                );
            }
        }
    }
    stderr_line(
        &messages.text(
            &Msg::new("cli-batch-summary")
                .num("written", (results.len() - failed) as f64)
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

/// One row: its wording rewritten, laid out, and written in every format;
/// returns how many files it wrote.
fn make(job: &Job, rewriter: Option<&Rewriter>, sign_file: bool) -> Result<usize> {
    let mut sign = job.sign.clone();
    for (name, text) in &mut sign.text {
        *text = paragraphs(text);
        if let Some(rewriter) = rewriter.filter(|_| job.wording.contains(name)) {
            *text = text
                .split('\n')
                .map(|part| rewriter.rewrite(part).output)
                .collect::<Vec<_>>()
                .join("\n");
        }
    }
    let scene = lay_out(&sign)?;
    let options = Options {
        dpi: sign.print.dpi,
        outline_text: sign.print.outline_text,
    };
    // The last pattern is the sign file's, when one was asked for.
    let (prints, saved) = job
        .outputs
        .split_at(job.outputs.len() - usize::from(sign_file));
    let mut files: Vec<(&Path, Vec<u8>)> = prints
        .iter()
        .map(|path| Ok((path.as_path(), render(&scene, Format::of(path)?, options)?)))
        .collect::<Result<_>>()?;
    files.extend(
        saved
            .iter()
            .map(|path| (path.as_path(), sign.to_toml().into_bytes())),
    );
    for (path, _) in &files {
        if let Some(folder) = path.parent().filter(|f| !f.as_os_str().is_empty()) {
            std::fs::create_dir_all(folder).map_err(|source| Error::Output {
                path: folder.to_owned(),
                source,
            })?;
        }
    }
    let borrowed: Vec<(&Path, &[u8])> = files
        .iter()
        .map(|(path, bytes)| (*path, bytes.as_slice()))
        .collect();
    write_all_atomically(&borrowed)?;
    Ok(files.len())
}
