//! The output backends: a [`Scene`] written as PDF (for print), SVG (for
//! designers) or PNG (to look at), and written safely: an existing file is
//! only ever replaced by a complete new one.

mod pdf;
mod pdf_file;
mod pdf_fonts;
mod pdf_ground;
mod pdf_page;
mod pdfx;
mod png;
mod svg;

use std::borrow::Cow;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::print::scene::Scene;
use crate::print::sign::Print;

pub use pdf::{pdf, pdf_pages, write_pdf_pages};
pub use png::png;
pub use svg::{svg, svg_as_cut};

/// What a sign can be written as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Pdf,
    Svg,
    Png,
}

impl Format {
    /// The format an output path asks for by its extension.
    pub fn of(path: &Path) -> Result<Format> {
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match extension.as_deref() {
            Some("pdf") => Ok(Format::Pdf),
            Some("svg") => Ok(Format::Svg),
            Some("png") => Ok(Format::Png),
            _ => Err(Error::Sign(
                Msg::new("error-output-format").arg("path", path.display()),
            )),
        }
    }
}

/// Options that only concern one output format.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Options {
    /// PNG resolution.
    pub dpi: u32,
    /// SVG text as outlines.
    pub outline_text: bool,
}

impl Options {
    /// The options a sign's print settings ask for.
    pub fn of(print: &Print) -> Options {
        Options {
            dpi: print.dpi,
            outline_text: print.outline_text,
        }
    }
}

/// The scene in one format, as bytes.
pub fn render(scene: &Scene, format: Format, options: Options) -> Result<Vec<u8>> {
    match format {
        Format::Pdf => pdf(scene),
        Format::Svg => Ok(svg(scene, options.outline_text).into_bytes()),
        Format::Png => png(scene, options.dpi),
    }
}

/// The scene in `format`, written to `out`: a PDF as it is made, without
/// a copy in memory first.
pub fn render_to(
    scene: &Scene,
    format: Format,
    options: Options,
    out: &mut dyn Write,
) -> Result<()> {
    match format {
        Format::Pdf => write_pdf_pages(std::slice::from_ref(scene), out),
        other => out
            .write_all(&render(scene, other, options)?)
            .map_err(Error::Write),
    }
}

/// The pages of a document, made when they are written: a document of a
/// thousand pages is written without holding a thousand laid-out pages.
pub trait Pages: Sync {
    fn count(&self) -> usize;
    /// Page `index`, counted from 0 and below [`Pages::count`]; `None`
    /// leaves it out of the document, whose maker has told why (a row of a
    /// batch that cannot be made).
    fn page(&self, index: usize) -> Result<Option<Cow<'_, Scene>>>;
}

impl Pages for [Scene] {
    fn count(&self) -> usize {
        self.len()
    }

    fn page(&self, index: usize) -> Result<Option<Cow<'_, Scene>>> {
        Ok(Some(Cow::Borrowed(&self[index])))
    }
}

/// Writes `bytes` to `path` through a temporary file in the same folder, so
/// that readers never see half a file and a failed write leaves the old one.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    write_all_atomically(&[(path, bytes)])
}

/// Writes to `path` what `write` writes, through a temporary file as
/// [`write_atomically`] does: for a file too large to make in memory first.
pub fn write_atomically_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<()> {
    let mut staged = Staged::default();
    staged.add_with(path, write)?;
    staged.persist()
}

/// Writes several files as a set: every one is written in full to a
/// temporary file first, and only then are they all put in place.
pub fn write_all_atomically(files: &[(&Path, &[u8])]) -> Result<()> {
    let mut staged = Staged::default();
    for (path, bytes) in files {
        staged.add(path, bytes)?;
    }
    staged.persist()
}

/// Files written in full to temporary files beside their places, and put in
/// place together by [`Staged::persist`]; dropped before, they vanish. A
/// set of many files is staged one by one as each is made, so that none of
/// them waits in memory.
#[derive(Default)]
pub struct Staged(Vec<(tempfile::NamedTempFile, PathBuf)>);

impl Staged {
    pub fn add(&mut self, path: &Path, bytes: &[u8]) -> Result<()> {
        self.0.push((stage(path, bytes)?, path.to_owned()));
        Ok(())
    }

    /// Stages what `write` writes, as it writes it.
    pub fn add_with(
        &mut self,
        path: &Path,
        write: impl FnOnce(&mut dyn Write) -> Result<()>,
    ) -> Result<()> {
        self.0.push((stage_with(path, write)?, path.to_owned()));
        Ok(())
    }

    pub fn persist(self) -> Result<()> {
        for (file, path) in self.0 {
            file.persist(&path).map_err(|e| Error::Output {
                path,
                source: without_temporary_name(e.error),
            })?;
        }
        Ok(())
    }
}

/// The folder a file goes in: `.` for a bare file name.
pub fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(folder) if !folder.as_os_str().is_empty() => folder,
        _ => Path::new("."),
    }
}

/// The error itself, without the temporary file's name that `tempfile`
/// adds to it: the user knows only the file they asked for.
fn without_temporary_name(error: std::io::Error) -> std::io::Error {
    match error.raw_os_error() {
        Some(code) => std::io::Error::from_raw_os_error(code),
        None => std::io::Error::from(error.kind()),
    }
}

/// A complete temporary copy of a file, next to where it goes.
fn stage(path: &Path, bytes: &[u8]) -> Result<tempfile::NamedTempFile> {
    stage_with(path, |file| file.write_all(bytes).map_err(Error::Write))
}

/// A temporary file next to `path`, holding what `write` wrote to it.
fn stage_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<tempfile::NamedTempFile> {
    let fail = |source: std::io::Error| Error::Output {
        path: path.to_owned(),
        source: without_temporary_name(source),
    };
    let folder = folder_of(path);
    let mut builder = tempfile::Builder::new();
    builder.prefix(".streep-");
    // A replaced file keeps its permissions; a new one gets the usual ones
    // rather than the temporary file's private ones.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let permissions = std::fs::metadata(path)
            .map(|meta| meta.permissions())
            .unwrap_or_else(|_| std::fs::Permissions::from_mode(0o644));
        builder.permissions(permissions);
    }
    let file = builder.tempfile_in(folder).map_err(fail)?;
    // No fsync: the rename already keeps readers from half a file, and
    // waiting for the disk on every one of a thousand signs costs more than
    // rendering them.
    // Small pieces are gathered; a large one (a font, the output profile)
    // goes straight to the file rather than through the buffer.
    let mut buffered = std::io::BufWriter::with_capacity(1 << 14, file);
    match write(&mut buffered) {
        Ok(()) => {}
        Err(Error::Write(source)) => return Err(fail(source)),
        Err(other) => return Err(other),
    }
    buffered
        .into_inner()
        .map_err(|error| fail(error.into_error()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_write_error_names_no_temporary_file() {
        let staged = std::io::Error::new(
            std::io::ErrorKind::PermissionDenied,
            "permission denied at path \"/signs/.streep-G13rDc\"",
        );
        let told = without_temporary_name(staged).to_string();
        assert!(!told.contains(".streep-"), "{told}");
        assert!(told.contains("permission denied"), "{told}");
        let os = without_temporary_name(std::io::Error::from_raw_os_error(28));
        assert_eq!(os.raw_os_error(), Some(28), "no space left keeps its code");
    }
}
