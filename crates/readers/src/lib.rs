//! Batch readers: turn paths (files, directories, JSON Lines, WARC, gzipped or not, `-`
//! for stdin) into a lazy stream of [`Record`]s, one article at a time, so memory stays
//! flat whatever the corpus size.
//!
//! What a file holds is decided by its name and first bytes: gzip by its magic bytes
//! (multi-member, as WARC.gz files are); `.jsonl`/`.ndjson` or a first `{` are JSON Lines;
//! `.warc` or a first `WARC/` is WARC; anything else is one article (text or HTML, told
//! apart later by ingest). A record that cannot be read becomes a [`BadRecord`] and the
//! stream goes on.

mod counting;
mod files;
mod gz;
mod http;
mod jsonl;
mod warc_file;

pub use counting::ByteCounter;
pub use files::{expand, total_bytes, Input};

use hearsay_ingest::InputFormat;

/// One article read from the input, before analysis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    /// Where it was read from: `path`, `path:LINE` (JSON Lines), `path#N` (N-th WARC record), `-`.
    pub origin: String,
    /// Caller-given id: the file name, the JSON Lines `id`, the WARC target URI.
    pub caller_id: Option<String>,
    /// URL, when the input gives one.
    pub url: Option<String>,
    /// Publication date as given.
    pub published: Option<String>,
    /// Outlet.
    pub outlet: Option<String>,
    /// When the crawler fetched it (the WARC-Date of a WARC record), as given; analysis does
    /// not read it (a crawl is partitioned by it).
    pub crawled: Option<String>,
    /// Format when the input says (`html` vs `text` field, HTTP content type); else sniffed.
    pub format: Option<InputFormat>,
    /// The article bytes (HTTP headers stripped, transfer and content encodings undone).
    pub body: Vec<u8>,
}

/// A record that could not be read, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadRecord {
    /// Where it was.
    pub origin: String,
    /// What was wrong.
    pub reason: String,
}

impl BadRecord {
    /// A bad record at `origin`.
    pub fn new(origin: impl Into<String>, reason: impl Into<String>) -> Self {
        BadRecord { origin: origin.into(), reason: reason.into() }
    }
}

/// One item of the stream.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Record {
    /// An article to analyse.
    Article(Article),
    /// Unreadable: skipped, counted and listed.
    Bad(BadRecord),
    /// Not an article (WARC request/metadata records, images, redirects): skipped quietly.
    Ignored,
}

/// Reader settings.
#[derive(Clone, Debug)]
pub struct ReadOptions {
    /// Articles larger than this are bad records.
    pub max_bytes: usize,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions { max_bytes: hearsay_ingest::DEFAULT_MAX_BYTES }
    }
}

/// What a stream holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Article,
    JsonLines,
    Warc,
}

/// The kind of a (decompressed) stream from the name hint and its first bytes.
fn sniff(name: &str, head: &[u8]) -> Kind {
    let n = name.to_ascii_lowercase();
    let n = n.strip_suffix(".gz").unwrap_or(&n);
    if n.ends_with(".jsonl") || n.ends_with(".ndjson") {
        return Kind::JsonLines;
    }
    if n.ends_with(".warc") {
        return Kind::Warc;
    }
    let t = head.trim_ascii_start();
    if head.starts_with(b"WARC/") {
        Kind::Warc
    } else if t.starts_with(b"{") {
        Kind::JsonLines
    } else {
        Kind::Article
    }
}

/// Every record of every input, lazily, in input order (directories in file-name order).
pub fn records(inputs: Vec<String>, opts: ReadOptions, counter: ByteCounter) -> impl Iterator<Item = Record> + Send {
    inputs.into_iter().flat_map(expand).flat_map(move |input| open(input, &opts, &counter))
}

/// The records of one stream that is already open (bytes in memory, a pipe, a socket),
/// read as a file named `name` would be: gzip undone by its magic bytes, JSON Lines or WARC
/// told apart by the name and the first bytes, anything else one article (with no caller
/// id, as for stdin). Records are labelled `name`, `name:LINE` or `name#N`.
pub fn read_stream(
    name: &str,
    stream: impl std::io::Read + Send + 'static,
    opts: ReadOptions,
) -> impl Iterator<Item = Record> + Send {
    match files::open_raw(Box::new(stream), &ByteCounter::new()) {
        Ok(opened) => stream_records(name.to_string(), name.to_string(), None, opened, &opts),
        Err(e) => Box::new(std::iter::once(Record::Bad(BadRecord::new(name, format!("cannot read: {e}"))))),
    }
}

/// The records of one input file or stdin.
fn open(
    input: Result<Input, BadRecord>,
    opts: &ReadOptions,
    counter: &ByteCounter,
) -> Box<dyn Iterator<Item = Record> + Send> {
    let input = match input {
        Ok(i) => i,
        Err(b) => return Box::new(std::iter::once(Record::Bad(b))),
    };
    let origin = input.origin();
    let opened = match files::reader(&input, counter) {
        Ok(r) => r,
        Err(e) => return Box::new(std::iter::once(Record::Bad(BadRecord::new(origin, format!("cannot open: {e}"))))),
    };
    let name = input.name().unwrap_or_default();
    let caller_id = input.is_file().then(|| name.clone());
    stream_records(origin, name, caller_id, opened, opts)
}

/// The records of an opened stream: `name` is the file name (read for its extension),
/// `caller_id` the id a single article gets (its `.gz` suffix dropped when it was gzipped).
fn stream_records(
    origin: String,
    name: String,
    caller_id: Option<String>,
    mut opened: files::Opened,
    opts: &ReadOptions,
) -> Box<dyn Iterator<Item = Record> + Send> {
    let gz = matches!(opened, files::Opened::Gz(_));
    let kind = sniff(&name, opened.fill_buf().unwrap_or(&[]));
    match (kind, opened) {
        (Kind::Warc, files::Opened::Gz(r)) => Box::new(warc_file::read(origin, *r, opts.max_bytes)),
        (Kind::Warc, files::Opened::Plain(r)) => Box::new(warc_file::read(origin, r, opts.max_bytes)),
        (Kind::JsonLines, r) => Box::new(jsonl::read(origin, r.into_reader(), opts.max_bytes)),
        (Kind::Article, r) => {
            let reader = r.into_reader();
            let caller_id = caller_id.map(|n| n.strip_suffix(".gz").filter(|_| gz).map(str::to_string).unwrap_or(n));
            Box::new(std::iter::once(files::article(origin, caller_id, reader, opts.max_bytes)))
        }
    }
}
