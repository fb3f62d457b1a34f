//! `streep fonts DIR`: the typeface streep prints with, written out for a
//! designer to install, so that a template opened in Inkscape or
//! Illustrator shows the sign as it will print.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use super::output::stderr_line;
use crate::error::{Error, Result};
use crate::i18n::{Messages, Msg};
use crate::print::font::BUNDLED_FILES;
use crate::print::render::write_all_atomically;

#[derive(Debug, Args)]
pub struct FontsArgs {
    /// The folder to write the font files and their licence into (made if
    /// it does not exist)
    folder: PathBuf,
}

pub fn write(args: FontsArgs, messages: &Messages) -> Result<ExitCode> {
    std::fs::create_dir_all(&args.folder).map_err(|source| Error::Output {
        path: args.folder.clone(),
        source,
    })?;
    let files: Vec<(PathBuf, &[u8])> = BUNDLED_FILES
        .iter()
        .map(|(name, bytes)| (args.folder.join(name), *bytes))
        .collect();
    let staged: Vec<_> = files
        .iter()
        .map(|(path, bytes)| (path.as_path(), *bytes))
        .collect();
    write_all_atomically(&staged)?;
    for (path, _) in &files {
        stderr_line(&messages.text(&Msg::new("cli-wrote-file").arg("path", path.display())));
    }
    stderr_line(&messages.text(&Msg::new("cli-fonts-install")));
    Ok(ExitCode::SUCCESS)
}
