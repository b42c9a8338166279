//! Plain-text ingest on arbitrary bytes: never panics; the text is the input byte for
//! byte (lossy-decoded when not UTF-8, decoded when UTF-16 with a byte order mark); every
//! segment is sound and every non-whitespace char is in one.

#![no_main]

use hearsay_ingest::{ingest, IngestError, IngestOptions, InputFormat};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let opts = IngestOptions { format: Some(InputFormat::Text), ..Default::default() };
    let utf16 = data.starts_with(&[0xff, 0xfe]) || data.starts_with(&[0xfe, 0xff]);
    match ingest(data, &opts) {
        Ok(doc) => {
            hearsay_fuzz::check_ingested(&doc);
            if !utf16 {
                assert_eq!(doc.text, String::from_utf8_lossy(data), "plain text is kept as it is");
                assert_eq!(doc.warnings.is_empty(), std::str::from_utf8(data).is_ok(), "{:?}", doc.warnings);
            }
            assert!(!doc.text.trim().is_empty());
            assert_eq!(doc.input.bytes, data.len() as u64);
            assert_eq!(doc.id.len(), 16, "the id is the content key's first 16 digits");
        }
        Err(IngestError::Empty) => {
            if !utf16 {
                assert!(String::from_utf8_lossy(data).trim().is_empty(), "called empty");
            }
        }
        Err(IngestError::Binary(_)) => {}
        Err(e) => panic!("plain text cannot fail with: {e}"),
    }
});
