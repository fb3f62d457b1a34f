//! Reading the files a user names (sign files, templates, fonts): bounded in
//! size, with errors that name the file.

use std::io::Read;
use std::path::Path;

use crate::error::{Error, Result};

/// The whole file, unless it is larger than `limit_mb` megabytes. The limit
/// holds for what is read, not what the file claims: `/dev/zero` and pipes
/// report no length.
pub fn read_bounded(path: &Path, limit_mb: usize) -> Result<Vec<u8>> {
    let io = |source| Error::Io {
        path: path.to_owned(),
        source,
    };
    let limit = limit_mb as u64 * 1024 * 1024;
    let file = std::fs::File::open(path).map_err(io)?;
    if file.metadata().map_err(io)?.is_dir() {
        return Err(io(std::io::Error::from(std::io::ErrorKind::IsADirectory)));
    }
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() as u64 > limit {
        return Err(Error::TooLarge {
            what: path.display().to_string(),
            limit_mb,
        });
    }
    Ok(bytes)
}
