//! Checks shared by the fuzz targets (fuzz_targets/): what every ingested document and
//! every read stream must satisfy, whatever the input.

use flate2::write::GzEncoder;
use hearsay_core::Doc;
use hearsay_readers::{read_stream, ReadOptions, Record};
use std::io::Write;

/// An ingested document: every layer sound (`hearsay_core::check::doc`: segments in the
/// text, on char boundaries, in order, not overlapping, not empty), each segment trimmed
/// of whitespace, and every non-whitespace char of the text inside a segment (ingest
/// classifies every line; none is dropped).
pub fn check_ingested(doc: &Doc) {
    if let Err(e) = hearsay_core::check::doc(doc) {
        panic!("{e}\n{doc:#?}");
    }
    let t = &doc.text;
    for (i, s) in doc.segments.iter().enumerate() {
        let covered = s.span.text(t);
        assert_eq!(covered, covered.trim(), "segments[{i}] is not trimmed: {covered:?}");
    }
    let mut segs = doc.segments.iter().peekable();
    for (at, c) in t.char_indices() {
        while segs.peek().is_some_and(|s| s.span.end <= at) {
            segs.next();
        }
        if !c.is_whitespace() {
            let inside = segs.peek().is_some_and(|s| s.span.start <= at);
            assert!(inside, "{c:?} at byte {at} lies in no segment: {:?}", doc.segments);
        }
    }
}

/// `bytes` as one gzip member.
pub fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut e = GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(bytes).expect("in memory");
    e.finish().expect("in memory")
}

/// Every record of `bytes` read as a file called `name`, articles at most `max_bytes`.
pub fn records(name: &str, bytes: Vec<u8>, max_bytes: usize) -> Vec<Record> {
    read_stream(name, std::io::Cursor::new(bytes), ReadOptions { max_bytes }).collect()
}
