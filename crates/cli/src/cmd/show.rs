//! `hearsay show`: a stored analysis, exactly as `hearsay analyze` printed it.

use crate::exit::Unreadable;
use hearsay::Analysis;
use hearsay_store::{SqliteStore, Store};
use std::io::Write;
use std::path::PathBuf;

/// Arguments of `hearsay show`.
#[derive(clap::Args)]
pub struct Args {
    /// Document: its content key (or a prefix of 8+ hex digits), its id, or its caller id
    /// (file name, JSON Lines id, WARC target URI).
    id: String,
    /// Database file.
    #[arg(long, default_value = "hearsay.db")]
    db: PathBuf,
    /// Pretty-print the JSON.
    #[arg(long)]
    pretty: bool,
}

/// Runs `hearsay show`.
pub fn run(a: Args) -> anyhow::Result<()> {
    if !a.db.is_file() {
        return Err(Unreadable(format!("no database at {}", a.db.display())).into());
    }
    let store = SqliteStore::open_read_only(&a.db)?;
    let docs = store.lookup(&a.id)?;
    let doc = match docs.as_slice() {
        [] => anyhow::bail!("no document {} in {}", a.id, a.db.display()),
        [d] => d,
        many => {
            let keys: Vec<_> = many.iter().take(10).map(|d| format!("{} ({})", d.key, d.origin)).collect();
            anyhow::bail!("{} documents match {}; give a content key: {}", many.len(), a.id, keys.join(", "))
        }
    };
    let json = store.analysis_json(&doc.key)?.ok_or_else(|| anyhow::anyhow!("document {} vanished", doc.key))?;
    let mut out = std::io::stdout().lock();
    if a.pretty {
        let parsed: Analysis = serde_json::from_str(&json)?;
        serde_json::to_writer_pretty(&mut out, &parsed)?;
    } else {
        out.write_all(json.as_bytes())?;
    }
    out.write_all(b"\n")?;
    out.flush()?;
    Ok(())
}
