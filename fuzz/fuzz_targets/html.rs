//! HTML ingest (prescan, parse, metadata, Readability or the whole-body fallback) on
//! arbitrary bytes: never panics, and what it gives is sound: segments on char
//! boundaries, in order, trimmed, covering every non-whitespace char of the text, and at
//! least one that is not the title.

#![no_main]

use hearsay_core::SegmentKind;
use hearsay_ingest::{ingest, IngestError, IngestOptions, InputFormat};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let opts = IngestOptions { format: Some(InputFormat::Html), ..Default::default() };
    match ingest(data, &opts) {
        Ok(doc) => {
            hearsay_fuzz::check_ingested(&doc);
            assert!(doc.segments.iter().any(|s| s.kind != SegmentKind::Title), "{doc:#?}");
            assert_eq!(doc.text, doc.text.trim(), "extracted text starts or ends with whitespace");
            assert_eq!(doc.input.bytes, data.len() as u64);
        }
        Err(IngestError::Empty | IngestError::Binary(_) | IngestError::NoText) => {}
        Err(e) => panic!("unexpected: {e}"),
    }
});
