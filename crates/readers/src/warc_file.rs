//! WARC files: `response` records (HTTP with HTML or text) and `resource` records become
//! articles; the others (requests, metadata, warcinfo) are ignored.
//!
//! Records are read one at a time with bounded memory: a header is at most
//! [`MAX_HEADER`] bytes, and a record whose `Content-Length` is over the article size
//! limit (plus [`BLOCK_SLACK`] for HTTP headers) is skipped as it streams past, never held
//! (a "WARC bomb", a small `.warc.gz` inflating to gigabytes, costs time but no memory).
//! Nothing is lost silently:
//! - a record cut short by the end of the file is a bad record ("truncated");
//! - a broken record header is a bad record, and reading goes on at the next line that
//!   starts a record (`WARC/1.`);
//! - in a `.warc.gz`, a corrupt gzip member (bad header, bad deflate data, bad checksum)
//!   is skipped up to the next member whose data starts a record, searching from just
//!   after where the broken member began, so no intact record after it is lost. A record
//!   whose member fails its checksum is reported, never passed on. The bad record says
//!   "1 record lost" when the file is written one record a member, as the WARC standard
//!   recommends and crawlers do (every earlier record began its own member, or for the
//!   first record, its member decoded to its end held no more than that record). Otherwise (several records packed
//!   into one member) what followed the corruption inside the member cannot be counted,
//!   and it says "at least 1 record lost".

use crate::gz::{Members, Skip};
use crate::http::{format_of, parse_response, Payload};
use crate::{Article, BadRecord, Record};
use std::collections::VecDeque;
use std::io::{self, BufRead, BufReader, Read};

/// Longest header line.
const MAX_LINE: u64 = 64 * 1024;
/// Largest record header.
const MAX_HEADER: usize = 256 * 1024;
/// What a record may hold beyond the article size limit (HTTP status line and headers).
pub(crate) const BLOCK_SLACK: usize = 1 << 20;

/// A decompressed stream that can skip a corrupt stretch of its input.
pub(crate) trait Resync: Read {
    /// Skips to the next place where a record (`WARC/`) begins; `None`: not possible.
    fn resync(&mut self) -> Option<io::Result<Skip>> {
        None
    }

    /// Decompressed bytes given out so far.
    fn out_pos(&self) -> u64 {
        0
    }

    /// While the input is broken: the decompressed offset where the broken stretch begins.
    fn broken_from(&self) -> Option<u64> {
        None
    }

    /// Whether a gzip member begins at decompressed offset `at`.
    fn member_begins_at(&mut self, _at: u64) -> bool {
        false
    }

    /// While the input is broken: the data of the broken stretch that was not passed on,
    /// and whether that is all of it.
    fn lost(&self) -> (&[u8], bool) {
        (&[], false)
    }
}

impl<R: Read> Resync for Members<R> {
    fn resync(&mut self) -> Option<io::Result<Skip>> {
        Some(Members::resync(self, b"WARC/"))
    }

    fn out_pos(&self) -> u64 {
        Members::out_pos(self)
    }

    fn broken_from(&self) -> Option<u64> {
        Members::broken_from(self)
    }

    fn lost(&self) -> (&[u8], bool) {
        Members::lost(self)
    }

    fn member_begins_at(&mut self, at: u64) -> bool {
        Members::member_begins_at(self, at)
    }
}

/// A plain (not gzipped) stream: no resync after a read error.
pub(crate) struct Plain<R>(pub(crate) R);

impl<R: Read> Read for Plain<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.0.read(buf)
    }
}

impl<R: Read> Resync for Plain<R> {}

/// A record header: the version line and the named fields (names lower-cased).
struct Header {
    fields: Vec<(String, String)>,
}

impl Header {
    fn get(&self, name: &str) -> Option<&str> {
        self.fields.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

/// Why a record could not be read.
enum Fail {
    /// The input could not be read (corrupt gzip, I/O error).
    Io(io::Error),
    /// The record is not framed as WARC.
    Framing(String),
}

struct Parser<S: Read> {
    r: BufReader<S>,
    origin: String,
    max_bytes: usize,
    /// Records begun so far (their numbers).
    n: usize,
    pending: VecDeque<Record>,
    /// A version line already read while looking for the next record.
    first_line: Option<Vec<u8>>,
    /// Decompressed offset where the record being read begins.
    record_start: u64,
    /// Whether bytes of the record numbered `n` have been read.
    in_record: bool,
    /// Size of the record being read (header, block, closing line ends), once known.
    record_size: Option<u64>,
    /// Whether every record so far began a gzip member of its own.
    one_per_member: bool,
    done: bool,
}

/// The records of a WARC stream.
pub(crate) fn read<S: Resync + Send>(
    origin: String,
    r: BufReader<S>,
    max_bytes: usize,
) -> impl Iterator<Item = Record> + Send {
    let mut p = Parser {
        r,
        origin,
        max_bytes,
        n: 0,
        pending: VecDeque::new(),
        first_line: None,
        record_start: 0,
        in_record: false,
        record_size: None,
        one_per_member: true,
        done: false,
    };
    std::iter::from_fn(move || p.next())
}

impl<S: Resync> Parser<S> {
    /// Decompressed offset of the next byte the parser reads.
    fn consumed(&self) -> u64 {
        self.r.get_ref().out_pos().saturating_sub(self.r.buffer().len() as u64)
    }

    fn at(&self) -> String {
        format!("{}#{}", self.origin, self.n)
    }

    /// One line (with its `\n`), at most [`MAX_LINE`] bytes; empty at end of input.
    fn line(&mut self) -> io::Result<Vec<u8>> {
        let mut l = Vec::new();
        (&mut self.r).take(MAX_LINE).read_until(b'\n', &mut l)?;
        Ok(l)
    }

    fn next(&mut self) -> Option<Record> {
        loop {
            if let Some(r) = self.pending.pop_front() {
                return Some(r);
            }
            if self.done {
                return None;
            }
            match self.record() {
                Ok(Some(r)) => return Some(r),
                Ok(None) => self.done = true,
                Err(Fail::Framing(why)) => {
                    self.pending.push_back(Record::Bad(BadRecord::new(self.at(), why)));
                    self.find_next_record();
                }
                Err(Fail::Io(e)) => self.broken(e),
            }
        }
    }

    /// The next record; `None` at the end of input.
    fn record(&mut self) -> Result<Option<Record>, Fail> {
        // Blank lines between records (each record ends with CRLF CRLF).
        self.in_record = false;
        let first = loop {
            self.record_start = self.consumed();
            let l = match self.first_line.take() {
                Some(l) => l,
                None => self.line().map_err(|e| {
                    self.n += 1;
                    Fail::Io(e)
                })?,
            };
            if l.is_empty() {
                return Ok(None);
            }
            if !l.trim_ascii().is_empty() {
                break l;
            }
        };
        self.n += 1;
        self.in_record = true;
        self.record_size = None;
        let start = self.record_start;
        if !self.r.get_mut().member_begins_at(start) {
            self.one_per_member = false;
        }
        if !first.starts_with(b"WARC/") {
            return Err(Fail::Framing("broken WARC record: no WARC/ version line where a record should begin".into()));
        }
        let mut fields: Vec<(String, String)> = Vec::new();
        let mut size = first.len();
        loop {
            let l = self.line().map_err(Fail::Io)?;
            size += l.len();
            if l.is_empty() || (!l.ends_with(b"\n") && (l.len() as u64) < MAX_LINE) {
                return self.truncated("the file ends inside its header");
            }
            if !l.ends_with(b"\n") || size > MAX_HEADER {
                return Err(Fail::Framing(format!("broken WARC record: header over {MAX_HEADER} bytes")));
            }
            let t = l.trim_ascii_end();
            if t.is_empty() {
                break;
            }
            if t[0] == b' ' || t[0] == b'\t' {
                if let Some(last) = fields.last_mut() {
                    last.1.push(' ');
                    last.1.push_str(String::from_utf8_lossy(t).trim());
                }
                continue;
            }
            let text = String::from_utf8_lossy(t);
            let Some((name, value)) = text.split_once(':') else {
                return Err(Fail::Framing(format!("broken WARC record: bad header line {:?}", truncate(&text))));
            };
            fields.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
        }
        let head = Header { fields };
        let len = head.get("content-length").and_then(|v| v.parse::<u64>().ok());
        self.record_size = len.map(|l| size as u64 + l + 4);
        let Some(len) = head.get("content-length").and_then(|v| v.parse::<u64>().ok()) else {
            return Err(Fail::Framing("broken WARC record: no valid Content-Length".into()));
        };
        let limit = (self.max_bytes + BLOCK_SLACK) as u64;
        if len > limit {
            // Skipped as it streams past: never held in memory.
            let skipped = io::copy(&mut (&mut self.r).take(len), &mut io::sink()).map_err(Fail::Io)?;
            if skipped < len {
                return self.truncated(&format!("{skipped} of its {len} bytes are there"));
            }
            self.end_of_record().map_err(Fail::Io)?;
            return Ok(Some(Record::Bad(BadRecord::new(
                self.at(),
                format!("record of {len} bytes is over the size limit of {limit} bytes; skipped"),
            ))));
        }
        let mut block = Vec::new();
        (&mut self.r).take(len).read_to_end(&mut block).map_err(Fail::Io)?;
        if (block.len() as u64) < len {
            return self.truncated(&format!("{} of its {len} bytes are there", block.len()));
        }
        self.end_of_record().map_err(Fail::Io)?;
        Ok(Some(record(self.at(), &head, block, self.max_bytes)))
    }

    /// Reads the line ends that close a record, and so (in a `.warc.gz` written one record
    /// a member) on to the end of its gzip member: a record whose member fails its checksum
    /// is reported lost, not passed on. A file cut short just after a record's data is
    /// reported at the next record.
    fn end_of_record(&mut self) -> io::Result<()> {
        loop {
            let b = match self.r.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(()),
                Err(e) => {
                    // A broken member that begins after this record is the next record's.
                    let consumed = self.consumed();
                    return match self.r.get_ref().broken_from() {
                        Some(from) if from >= consumed => Ok(()),
                        _ => Err(e),
                    };
                }
            };
            let k = b.iter().take_while(|&&c| c == b'\r' || c == b'\n').count();
            if k == 0 {
                return Ok(());
            }
            self.r.consume(k);
        }
    }

    fn truncated(&mut self, what: &str) -> Result<Option<Record>, Fail> {
        self.done = true;
        Ok(Some(Record::Bad(BadRecord::new(self.at(), format!("truncated WARC record: {what}")))))
    }

    /// After a broken header: reads on to the next line that begins a record.
    fn find_next_record(&mut self) {
        loop {
            match self.line() {
                Ok(l) if l.is_empty() => return,
                Ok(l) if l.starts_with(b"WARC/1.") => {
                    self.first_line = Some(l);
                    return;
                }
                Ok(_) => {}
                Err(e) => return self.broken(e),
            }
        }
    }

    /// After a read error: the record being read is lost, and every other record that
    /// began in the broken gzip member; reading goes on at the next member that begins a
    /// record. One bad record is reported per record lost.
    fn broken(&mut self, e: io::Error) {
        // Whatever the buffer held came from the broken stretch.
        let buffered = self.r.buffer().len();
        self.r.consume(buffered);
        if e.kind() == io::ErrorKind::UnexpectedEof {
            self.done = true;
            let why = format!("truncated WARC record: {e}");
            self.pending.push_back(Record::Bad(BadRecord::new(self.at(), why)));
            return;
        }
        // How many records the broken member held is known when the file is written one
        // record a member: every record so far began its own member, and so did this one.
        let src = self.r.get_ref();
        let (data, whole) = src.lost();
        let began_here = src.broken_from() == Some(self.record_start);
        let size = if self.in_record { self.record_size } else { header_size(data) };
        let member_len = src.broken_from().map(|f| src.out_pos() - f + data.len() as u64);
        let fits = !whole || matches!((size, member_len), (Some(s), Some(m)) if m <= s);
        // Earlier records each in their own member show how the file is written; without
        // them (the first record), the member must be no longer than its record.
        let count = if self.one_per_member && began_here && (self.n > 1 || fits) {
            "1 record lost".to_string()
        } else {
            "at least 1 record lost (the broken gzip member may have held more than one record)".to_string()
        };
        let next = match self.r.get_mut().resync() {
            None => Err(format!("cannot read WARC: {e}")),
            Some(Ok(Skip { to: Some(to), .. })) => Ok(format!("{e}; skipped to the next record at byte {to}: {count}")),
            Some(Ok(Skip { to: None, .. })) => Err(format!("{e}; no record after it: {count}")),
            Some(Err(e2)) => Err(format!("{e}; then cannot read: {e2}")),
        };
        let why = next.clone().unwrap_or_else(|w| w);
        self.done = next.is_err();
        self.pending.push_back(Record::Bad(BadRecord::new(self.at(), why)));
    }
}

/// The size of the record whose header begins `data` (header, block, closing line ends).
fn header_size(data: &[u8]) -> Option<u64> {
    let end = data.windows(4).position(|w| w == b"\r\n\r\n")? + 4;
    let head = String::from_utf8_lossy(&data[..end]);
    let len = head.lines().find_map(|l| {
        let (n, v) = l.split_once(':')?;
        n.trim().eq_ignore_ascii_case("content-length").then(|| v.trim().parse::<u64>().ok())?
    })?;
    Some(end as u64 + len + 4)
}

fn truncate(s: &str) -> String {
    s.chars().take(80).collect()
}

fn record(at: String, head: &Header, block: Vec<u8>, max_bytes: usize) -> Record {
    let wtype = head.get("warc-type").unwrap_or_default().to_ascii_lowercase();
    let uri = head.get("warc-target-uri").map(|u| u.trim_matches(['<', '>']).to_string());
    let (body, format) = match wtype.as_str() {
        "response" => match parse_response(block, max_bytes) {
            Ok(Payload::Article(b, f)) => (b, f),
            Ok(Payload::NotArticle) => return Record::Ignored,
            Err(e) => return Record::Bad(BadRecord::new(at, e)),
        },
        "resource" => match format_of(head.get("content-type")) {
            Ok(f) if block.len() <= max_bytes => (block, f),
            Ok(_) => return Record::Bad(BadRecord::new(at, format!("over the size limit of {max_bytes} bytes"))),
            Err(()) => return Record::Ignored,
        },
        _ => return Record::Ignored,
    };
    Record::Article(Article {
        origin: at,
        caller_id: uri.clone(),
        url: uri,
        published: None,
        outlet: None,
        crawled: head.get("warc-date").map(|d| d.trim().to_string()),
        format,
        body,
    })
}
