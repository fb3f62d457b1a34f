//! Reading what a user names (sign files, templates, fonts, tables, standard
//! input): bounded in size, with errors that name the source.

use std::io::Read;
use std::path::Path;

use crate::error::{Error, Result};

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
