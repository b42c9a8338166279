//! Inputs: paths and directories expanded to files, opened with gzip detection; single
//! article files.

use crate::counting::{ByteCounter, Counting};
use crate::gz::Members;
use crate::warc_file::Plain;
use crate::{Article, BadRecord, Record};
use std::io::{self, BufRead, BufReader, Read};
use std::path::PathBuf;

/// One input stream.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    /// Standard input (`-`).
    Stdin,
    /// A file.
    File(PathBuf),
}

impl Input {
    /// How records of this input are labelled.
    pub fn origin(&self) -> String {
        match self {
            Input::Stdin => "-".to_string(),
            Input::File(p) => p.display().to_string(),
        }
    }

    /// The file name, if a file.
    pub fn name(&self) -> Option<String> {
        match self {
            Input::Stdin => None,
            Input::File(p) => p.file_name().map(|f| f.to_string_lossy().into_owned()),
        }
    }

    /// True for a file.
    pub fn is_file(&self) -> bool {
        matches!(self, Input::File(_))
    }
}

/// The inputs one command-line argument stands for: `-`, a file, or every file under a
/// directory (recursively, in file-name order, hidden files skipped).
pub fn expand(arg: String) -> Box<dyn Iterator<Item = Result<Input, BadRecord>> + Send> {
    if arg == "-" {
        return Box::new(std::iter::once(Ok(Input::Stdin)));
    }
    let p = PathBuf::from(&arg);
    if p.is_file() {
        return Box::new(std::iter::once(Ok(Input::File(p))));
    }
    if !p.is_dir() {
        return Box::new(std::iter::once(Err(BadRecord::new(arg, "no such file or directory"))));
    }
    let walk = walkdir::WalkDir::new(p)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
        .filter_map(|e| match e {
            Ok(e) if e.file_type().is_file() => Some(Ok(Input::File(e.into_path()))),
            Ok(_) => None,
            Err(e) => Some(Err(BadRecord::new(
                e.path().map(|p| p.display().to_string()).unwrap_or_default(),
                format!("cannot list: {e}"),
            ))),
        });
    Box::new(walk)
}

/// Total size on disk of the inputs, or `None` when stdin is among them (for progress).
pub fn total_bytes(args: &[String]) -> Option<u64> {
    let mut total = 0;
    for a in args {
        for i in expand(a.clone()) {
            match i {
                Ok(Input::Stdin) => return None,
                Ok(Input::File(p)) => total += std::fs::metadata(p).map(|m| m.len()).unwrap_or(0),
                Err(_) => {}
            }
        }
    }
    Some(total)
}

/// The raw input, its bytes counted.
pub(crate) type RawInput = Counting<Box<dyn Read + Send>>;

/// An opened input: plain, or gzip undone member by member (detected by its magic bytes).
pub(crate) enum Opened {
    /// Not compressed.
    Plain(BufReader<Plain<RawInput>>),
    /// Gzip (one or more members).
    Gz(Box<BufReader<Members<Box<dyn Read + Send>>>>),
}

impl Opened {
    /// The decompressed stream as one reader.
    pub(crate) fn into_reader(self) -> Box<dyn BufRead + Send> {
        match self {
            Opened::Plain(r) => Box::new(r),
            Opened::Gz(r) => Box::new(r),
        }
    }

    /// Looks at the first decompressed bytes.
    pub(crate) fn fill_buf(&mut self) -> io::Result<&[u8]> {
        match self {
            Opened::Plain(r) => r.fill_buf(),
            Opened::Gz(r) => r.fill_buf(),
        }
    }
}

/// Opens `input` for reading, counting the bytes consumed and undoing gzip.
pub(crate) fn reader(input: &Input, counter: &ByteCounter) -> io::Result<Opened> {
    let raw: Box<dyn Read + Send> = match input {
        Input::Stdin => Box::new(io::stdin()),
        Input::File(p) => Box::new(std::fs::File::open(p)?),
    };
    open_raw(raw, counter)
}

/// Reads from `raw`, counting the bytes consumed and undoing gzip.
pub(crate) fn open_raw(raw: Box<dyn Read + Send>, counter: &ByteCounter) -> io::Result<Opened> {
    let mut r = BufReader::with_capacity(256 * 1024, Plain(Counting { inner: raw, counter: counter.clone() }));
    let head = r.fill_buf()?;
    if head.starts_with(&[0x1f, 0x8b]) {
        // The bytes already buffered come first, then the rest of the input.
        let buffered = r.buffer().to_vec();
        let rest = r.into_inner().0;
        let chained: Box<dyn Read + Send> = Box::new(io::Cursor::new(buffered).chain(rest));
        Ok(Opened::Gz(Box::new(BufReader::with_capacity(256 * 1024, Members::new(chained)))))
    } else {
        Ok(Opened::Plain(r))
    }
}

/// A whole stream as one article.
pub(crate) fn article(
    origin: String,
    caller_id: Option<String>,
    r: Box<dyn BufRead + Send>,
    max_bytes: usize,
) -> Record {
    let mut body = Vec::new();
    if let Err(e) = r.take(max_bytes as u64 + 1).read_to_end(&mut body) {
        return Record::Bad(BadRecord::new(origin, format!("cannot read: {e}")));
    }
    if body.len() > max_bytes {
        return Record::Bad(BadRecord::new(origin, format!("over the size limit of {max_bytes} bytes")));
    }
    Record::Article(Article {
        origin,
        caller_id,
        url: None,
        published: None,
        outlet: None,
        crawled: None,
        format: None,
        body,
    })
}
