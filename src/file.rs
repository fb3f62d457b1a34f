//! Reading the files a user names (sign files, templates, fonts): bounded in
//! size, with errors that name the file.

use std::path::Path;

use crate::error::{Error, Result};

/// The whole file, unless it is larger than `limit_mb` megabytes.
pub fn read_bounded(path: &Path, limit_mb: usize) -> Result<Vec<u8>> {
    let io = |source| Error::Io {
        path: path.to_owned(),
        source,
    };
    let limit = limit_mb as u64 * 1024 * 1024;
    if std::fs::metadata(path).map_err(io)?.len() > limit {
        return Err(Error::TooLarge {
            what: path.display().to_string(),
            limit_mb,
        });
    }
    std::fs::read(path).map_err(io)
}
