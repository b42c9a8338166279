//! Reading one input (path or stdin) with a size limit that is enforced while reading.

use crate::exit::Unreadable;
use std::io::Read;
use std::path::Path;

/// Reads `path` (`-` for stdin), refusing more than `max_bytes` without reading it all.
pub fn read_input(path: &str, max_bytes: usize) -> anyhow::Result<Vec<u8>> {
    let mut buf = Vec::new();
    let limit = max_bytes as u64 + 1;
    if path == "-" {
        std::io::stdin()
            .lock()
            .take(limit)
            .read_to_end(&mut buf)
            .map_err(|e| Unreadable(format!("cannot read stdin: {e}")))?;
    } else {
        let p = Path::new(path);
        if p.is_dir() {
            return Err(Unreadable(format!("{path} is a directory; give one article file")).into());
        }
        let f = std::fs::File::open(p).map_err(|e| Unreadable(format!("cannot open {path}: {e}")))?;
        f.take(limit).read_to_end(&mut buf).map_err(|e| Unreadable(format!("cannot read {path}: {e}")))?;
    }
    if buf.len() > max_bytes {
        return Err(hearsay::IngestError::TooLarge { size: buf.len(), limit: max_bytes }.into());
    }
    Ok(buf)
}
