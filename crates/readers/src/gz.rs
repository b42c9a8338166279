//! Gzip, one member at a time, with recovery: a corrupt member (bad header, bad deflate
//! data, bad checksum) is reported as an error, and [`Members::resync`] then finds the next
//! member whose data starts a WARC record, so one broken member costs only what it held.

use flate2::bufread::GzDecoder;
use std::io::{self, BufRead, Read};

/// Bytes read from the input at a time.
const CHUNK: usize = 256 * 1024;
/// Compressed bytes kept from the start of the current member, so that after a corrupt
/// member the search for the next one starts right after where it began (a corrupt member
/// can make the decoder read into the next one). Larger members are not kept whole.
const MARK_CAP: u64 = 16 << 20;

/// A buffered reader that can go back to a marked offset (within [`MARK_CAP`]).
pub(crate) struct Raw<R> {
    inner: R,
    buf: Vec<u8>,
    pos: usize,
    /// Absolute input offset of `buf[0]`.
    base: u64,
    mark: Option<u64>,
}

impl<R: Read> Raw<R> {
    pub(crate) fn new(inner: R) -> Self {
        Raw { inner, buf: Vec::new(), pos: 0, base: 0, mark: None }
    }

    /// Absolute offset of the next byte.
    pub(crate) fn offset(&self) -> u64 {
        self.base + self.pos as u64
    }

    fn set_mark(&mut self) {
        self.mark = Some(self.offset());
    }

    /// Goes back (or forward, within the buffer) to `to`; false when it is not kept.
    fn seek_to(&mut self, to: u64) -> bool {
        if to >= self.base && to <= self.base + self.buf.len() as u64 {
            self.pos = (to - self.base) as usize;
            true
        } else {
            false
        }
    }

    /// Reads one more chunk; the bytes read (0 at end of input).
    fn more(&mut self) -> io::Result<usize> {
        let keep_from = match self.mark {
            Some(m) if m >= self.base && self.offset() - m < MARK_CAP => (m - self.base) as usize,
            _ => {
                self.mark = None;
                self.pos
            }
        };
        // Drop what is no longer needed once it is at least half the buffer (amortised).
        if keep_from > 0 && keep_from * 2 >= self.buf.len() {
            self.buf.drain(..keep_from);
            self.base += keep_from as u64;
            self.pos -= keep_from;
        }
        let old = self.buf.len();
        self.buf.resize(old + CHUNK, 0);
        loop {
            match self.inner.read(&mut self.buf[old..]) {
                Ok(n) => {
                    self.buf.truncate(old + n);
                    return Ok(n);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.buf.truncate(old);
                    return Err(e);
                }
            }
        }
    }
}

impl<R: Read> Read for Raw<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let b = self.fill_buf()?;
        let n = b.len().min(out.len());
        out[..n].copy_from_slice(&b[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: Read> BufRead for Raw<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.pos == self.buf.len() {
            self.more()?;
        }
        Ok(&self.buf[self.pos..])
    }

    fn consume(&mut self, n: usize) {
        self.pos = (self.pos + n).min(self.buf.len());
    }
}

enum State<R> {
    /// Between members.
    Idle(Raw<R>),
    /// Inside a member.
    Member(GzDecoder<Raw<R>>),
    /// Only while switching.
    Gone,
}

/// Where a [`Members::resync`] skipped from and to (compressed offsets).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Skip {
    /// Start of the member that was corrupt.
    pub(crate) from: u64,
    /// Start of the next good member, `None` at end of input.
    pub(crate) to: Option<u64>,
}

/// The decompressed data of a (multi-member) gzip stream. Errors in a member are returned
/// by `read` until [`Members::resync`] is called.
pub(crate) struct Members<R> {
    state: State<R>,
    /// Offset where the current (or last) member began.
    member_start: u64,
    /// Decompressed bytes already taken from the current member, given out before it.
    prefix: Vec<u8>,
    broken: Option<(io::ErrorKind, String)>,
    /// What the broken member gave that was not passed on, and whether the member was
    /// decoded to its end (a checksum error) rather than stopped part way.
    lost: (Vec<u8>, bool),
    /// Decompressed offsets where members began, not yet passed by the reader.
    starts: std::collections::VecDeque<u64>,
    /// Decompressed bytes given out so far.
    out_pos: u64,
    /// Decompressed offset where the current member's data begins.
    member_out_start: u64,
}

impl<R: Read> Members<R> {
    pub(crate) fn new(inner: R) -> Self {
        Members {
            state: State::Idle(Raw::new(inner)),
            member_start: 0,
            prefix: Vec::new(),
            broken: None,
            lost: (Vec::new(), false),
            starts: std::collections::VecDeque::new(),
            out_pos: 0,
            member_out_start: 0,
        }
    }

    /// Whether a member begins at decompressed offset `at` (offsets asked in increasing order).
    pub(crate) fn member_begins_at(&mut self, at: u64) -> bool {
        while self.starts.front().is_some_and(|&s| s < at) {
            self.starts.pop_front();
        }
        self.starts.front() == Some(&at)
    }

    /// Decompressed bytes given out so far.
    pub(crate) fn out_pos(&self) -> u64 {
        self.out_pos
    }

    /// While a member is broken: its decompressed data that was not passed on, and whether
    /// that is all of it.
    pub(crate) fn lost(&self) -> (&[u8], bool) {
        (&self.lost.0, self.lost.1)
    }

    /// While a member is broken: the decompressed offset where its data began.
    pub(crate) fn broken_from(&self) -> Option<u64> {
        self.broken.as_ref().map(|_| self.member_out_start)
    }

    fn raw(&mut self) -> Raw<R> {
        match std::mem::replace(&mut self.state, State::Gone) {
            State::Idle(r) => r,
            State::Member(d) => d.into_inner(),
            State::Gone => unreachable!("gzip reader used after a failed switch"),
        }
    }

    /// After an error: skips to the next member whose decompressed data begins with
    /// `start` (searching from just after the start of the broken member).
    pub(crate) fn resync(&mut self, start: &[u8]) -> io::Result<Skip> {
        let from = self.member_start;
        self.broken = None;
        self.lost = (Vec::new(), false);
        self.prefix.clear();
        let mut raw = self.raw();
        if !raw.seek_to(from + 1) {
            raw.mark = None;
        }
        loop {
            // Find the next gzip magic (1f 8b, deflate method 08).
            let found = loop {
                let b = match raw.fill_buf() {
                    Ok(b) => b,
                    Err(e) => {
                        self.state = State::Idle(raw);
                        return Err(e);
                    }
                };
                if b.is_empty() {
                    self.state = State::Idle(raw);
                    return Ok(Skip { from, to: None });
                }
                match b.iter().position(|&c| c == 0x1f) {
                    Some(i) => {
                        raw.consume(i);
                        break raw.offset();
                    }
                    None => {
                        let n = b.len();
                        raw.consume(n);
                    }
                }
            };
            raw.set_mark();
            while raw.buf.len() - raw.pos < 3 {
                match raw.more() {
                    Ok(0) => break,
                    Ok(_) => {}
                    Err(e) => {
                        self.state = State::Idle(raw);
                        return Err(e);
                    }
                }
            }
            let head = &raw.buf[raw.pos..];
            if head.len() >= 3 && head[1] == 0x8b && head[2] == 0x08 {
                let mut dec = GzDecoder::new(raw);
                let mut got = vec![0u8; start.len()];
                let mut n = 0;
                while n < got.len() {
                    match dec.read(&mut got[n..]) {
                        Ok(0) | Err(_) => break,
                        Ok(k) => n += k,
                    }
                }
                if n == got.len() && got == start {
                    self.prefix = got;
                    self.member_start = found;
                    self.member_out_start = self.out_pos;
                    self.starts.push_back(self.out_pos);
                    self.state = State::Member(dec);
                    return Ok(Skip { from, to: Some(found) });
                }
                raw = dec.into_inner();
            }
            if !raw.seek_to(found + 1) {
                raw.mark = None;
            }
        }
    }
}

impl<R: Read> Read for Members<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if let Some((kind, msg)) = &self.broken {
            return Err(io::Error::new(*kind, msg.clone()));
        }
        if out.is_empty() {
            return Ok(0);
        }
        if !self.prefix.is_empty() {
            let n = self.prefix.len().min(out.len());
            out[..n].copy_from_slice(&self.prefix[..n]);
            self.prefix.drain(..n);
            self.out_pos += n as u64;
            return Ok(n);
        }
        loop {
            match std::mem::replace(&mut self.state, State::Gone) {
                State::Idle(mut raw) => {
                    let empty = raw.fill_buf().map(|b| b.is_empty());
                    if empty.as_ref().map_or(true, |&e| e) {
                        self.state = State::Idle(raw);
                        return empty.map(|_| 0);
                    }
                    self.member_start = raw.offset();
                    self.member_out_start = self.out_pos;
                    if self.starts.len() < 1 << 16 {
                        self.starts.push_back(self.out_pos);
                    }
                    raw.set_mark();
                    self.state = State::Member(GzDecoder::new(raw));
                }
                State::Member(mut dec) => {
                    // Fill `out` as far as this member goes, so that the end of a member
                    // (and its checksum) is seen in the same read as its last bytes.
                    let mut filled = 0;
                    loop {
                        match dec.read(&mut out[filled..]) {
                            Ok(0) => {
                                let mut raw = dec.into_inner();
                                raw.mark = None;
                                self.state = State::Idle(raw);
                                break;
                            }
                            Ok(n) => {
                                filled += n;
                                if filled == out.len() {
                                    self.state = State::Member(dec);
                                    self.out_pos += filled as u64;
                                    return Ok(filled);
                                }
                            }
                            Err(e) => {
                                self.state = State::Member(dec);
                                let start = self.member_start;
                                let (kind, msg) = if e.kind() == io::ErrorKind::UnexpectedEof {
                                    (e.kind(), format!("gzip data ends inside the member at byte {start}"))
                                } else {
                                    (
                                        io::ErrorKind::InvalidData,
                                        format!("gzip member at byte {start} is corrupt ({e})"),
                                    )
                                };
                                let whole = e.to_string().contains("checksum");
                                self.lost = (out[..filled].to_vec(), whole);
                                self.broken = Some((kind, msg.clone()));
                                return Err(io::Error::new(kind, msg));
                            }
                        }
                    }
                    if filled > 0 {
                        self.out_pos += filled as u64;
                        return Ok(filled);
                    }
                }
                State::Gone => unreachable!("gzip reader used after a failed switch"),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::write::GzEncoder;
    use std::io::Write;

    fn gz(b: &[u8]) -> Vec<u8> {
        let mut e = GzEncoder::new(Vec::new(), flate2::Compression::default());
        e.write_all(b).unwrap();
        e.finish().unwrap()
    }

    #[test]
    fn members_are_concatenated_and_a_corrupt_one_is_skipped() {
        let parts: Vec<Vec<u8>> = (0..5).map(|i| format!("WARC/{i} {}", "x".repeat(300 * i)).into_bytes()).collect();
        let mut file: Vec<u8> = Vec::new();
        let mut starts = Vec::new();
        for p in &parts {
            starts.push(file.len());
            file.extend(gz(p));
        }
        let mut all = Vec::new();
        Members::new(&file[..]).read_to_end(&mut all).unwrap();
        assert_eq!(all, parts.concat());
        // Break the deflate data of member 2.
        let mut bad = file.clone();
        for b in &mut bad[starts[2] + 12..starts[2] + 20] {
            *b ^= 0x5a;
        }
        let mut m = Members::new(&bad[..]);
        let mut got = Vec::new();
        let err = loop {
            let mut buf = [0u8; 64];
            match m.read(&mut buf) {
                Ok(0) => panic!("no error"),
                Ok(n) => got.extend_from_slice(&buf[..n]),
                Err(e) => break e,
            }
        };
        assert!(err.to_string().contains("corrupt"), "{err}");
        assert!(got.starts_with(&parts[..2].concat()));
        let skip = m.resync(b"WARC/").unwrap();
        assert_eq!(skip, Skip { from: starts[2] as u64, to: Some(starts[3] as u64) });
        let mut rest = Vec::new();
        m.read_to_end(&mut rest).unwrap();
        assert_eq!(rest, parts[3..].concat());
    }
}
