//! Reading what a user names (sign files, templates, fonts, tables, standard
//! input): bounded in size, with errors that name the source.

use std::io::Read;
use std::path::Path;

use encoding_rs::{Encoding, WINDOWS_1252};

use crate::error::{Error, Result};
use crate::i18n::Msg;

/// The whole file, unless it is larger than `limit_mb` megabytes.
pub fn read_bounded(path: &Path, limit_mb: usize) -> Result<Vec<u8>> {
    let io = |source| Error::Io {
        path: path.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(io)?;
    if file.metadata().map_err(io)?.is_dir() {
        return Err(io(std::io::Error::from(std::io::ErrorKind::IsADirectory)));
    }
    read_limited(file, path, limit_mb)
}

/// All of `source`, named `name` in errors, unless it holds more than
/// `limit_mb` megabytes. The limit holds for what is read, not what a file
/// claims: `/dev/zero` and pipes report no length.
pub fn read_limited(source: impl Read, name: &Path, limit_mb: usize) -> Result<Vec<u8>> {
    let limit = limit_mb as u64 * 1024 * 1024;
    let mut bytes = Vec::new();
    source
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| Error::Io {
            path: name.to_owned(),
            source,
        })?;
    if bytes.len() as u64 > limit {
        return Err(Error::TooLarge {
            what: name.display().to_string(),
            limit_mb,
        });
    }
    Ok(bytes)
}

/// The text of a file: by its byte-order mark, else UTF-8, else
/// Windows-1252 (what Excel saves as "CSV" on a Western-European Windows);
/// with the encoding it had to guess, if it guessed.
pub fn decode(bytes: &[u8]) -> (String, Option<&'static Encoding>) {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        return (text.into_owned(), None);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (text.to_owned(), None);
    }
    let (text, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
    (text.into_owned(), Some(WINDOWS_1252))
}

/// The note that says which encoding streep took `file` to be in.
pub fn encoding_note(file: &str, encoding: &'static Encoding) -> Msg {
    Msg::new("note-encoding")
        .arg("file", file)
        .arg("encoding", encoding.name())
}

/// The text of a file of signs, with a note when its encoding was guessed;
/// refused when it holds a NUL byte, as a word processor's file or a PDF
/// does, since no sign text does.
pub fn text_of(bytes: &[u8], path: &Path) -> Result<(String, Option<Msg>)> {
    let (text, guessed) = decode(bytes);
    if let Some(at) = text.find('\0') {
        let before = &text[..at];
        let line = before.matches('\n').count() + 1;
        let column = before[before.rfind('\n').map_or(0, |i| i + 1)..]
            .chars()
            .count()
            + 1;
        return Err(Error::NotText {
            path: path.to_owned(),
            line,
            column,
        });
    }
    let note = guessed.map(|encoding| encoding_note(&path.display().to_string(), encoding));
    Ok((text, note))
}
