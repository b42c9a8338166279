//! `hearsay analyze`.

use super::input::read_input;
use hearsay::{IngestOptions, InputFormat, JsonSink, Pipeline, Sink};

/// Input format choice on the command line.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum Format {
    /// Auto-detect from the first bytes.
    Auto,
    /// Plain text, kept byte for byte.
    Text,
    /// HTML page.
    Html,
}

/// Arguments of `hearsay analyze`.
#[derive(clap::Args)]
pub struct Args {
    /// Article file, or `-` for stdin.
    #[arg(default_value = "-")]
    path: String,
    /// Input format.
    #[arg(long = "input", value_enum, default_value = "auto")]
    format: Format,
    /// Document id (default: the file name, else a content hash).
    #[arg(long)]
    id: Option<String>,
    /// Pretty-print the JSON.
    #[arg(long)]
    pretty: bool,
    /// Refuse inputs larger than this many bytes.
    #[arg(long, default_value_t = hearsay_ingest::DEFAULT_MAX_BYTES)]
    max_bytes: usize,
}

/// Runs `hearsay analyze`.
pub fn run(a: Args) -> anyhow::Result<()> {
    let bytes = read_input(&a.path, a.max_bytes)?;
    let id = a.id.or_else(|| {
        (a.path != "-").then(|| {
            std::path::Path::new(&a.path).file_name().map(|f| f.to_string_lossy().into_owned()).unwrap_or_default()
        })
    });
    let opts = IngestOptions {
        format: match a.format {
            Format::Auto => None,
            Format::Text => Some(InputFormat::Text),
            Format::Html => Some(InputFormat::Html),
        },
        id,
        max_bytes: a.max_bytes,
        key: None,
    };
    let doc = Pipeline::new()?.analyze_bytes(&bytes, &opts)?;
    for w in &doc.warnings {
        eprintln!("hearsay: warning: {w}");
    }
    let stdout = std::io::stdout();
    let mut sink = JsonSink::new(stdout.lock(), a.pretty);
    sink.document(&doc)?;
    sink.finish()?;
    Ok(())
}
