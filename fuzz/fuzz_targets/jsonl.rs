//! The JSON Lines reader on arbitrary bytes: never panics; every non-blank line gives
//! exactly one record (an article or a bad record), in line order; an article's body is
//! its line's `html` (when not blank) or `text` and within the size limit; the same bytes
//! gzipped give the same records.

#![no_main]

use hearsay_fuzz::{gz, records};
use hearsay_ingest::InputFormat;
use hearsay_readers::Record;
use libfuzzer_sys::fuzz_target;

/// Small, so that the size limits (a body over it, a line over twice it) are reached.
const MAX: usize = 256;
const NAME: &str = "fuzz.jsonl";

fuzz_target!(|data: &[u8]| {
    let rs = records(NAME, data.to_vec(), MAX);
    if data.starts_with(&[0x1f, 0x8b]) {
        // gzip: the decompressed lines are unknown here; reading must just not panic
        return;
    }
    // line numbers of the non-blank lines
    let lines: Vec<&[u8]> = data.split_inclusive(|&b| b == b'\n').collect();
    let want: Vec<usize> = (1..=lines.len()).filter(|&n| !lines[n - 1].trim_ascii().is_empty()).collect();
    let got: Vec<usize> = rs
        .iter()
        .map(|r| {
            let origin = match r {
                Record::Article(a) => &a.origin,
                Record::Bad(b) => &b.origin,
                Record::Ignored => panic!("JSON Lines has no ignored records"),
            };
            origin.strip_prefix("fuzz.jsonl:").and_then(|n| n.parse().ok()).unwrap_or_else(|| panic!("{origin}"))
        })
        .collect();
    assert_eq!(got, want, "one record per non-blank line: {rs:?}");
    for r in &rs {
        let Record::Article(a) = r else { continue };
        let n: usize = a.origin[NAME.len() + 1..].parse().unwrap();
        assert!(a.body.len() <= MAX);
        // Fields the reader does not know are skipped unchecked (serde), so invalid UTF-8
        // or a lone surrogate escape there is let through; the oracle reads past them.
        let Ok(line) = serde_json::from_str::<serde_json::Value>(&String::from_utf8_lossy(lines[n - 1])) else {
            continue;
        };
        let html = line.get("html").and_then(|h| h.as_str()).filter(|h| !h.trim().is_empty());
        let (body, format) = match html {
            Some(h) => (h, InputFormat::Html),
            None => (line["text"].as_str().expect("a text field"), InputFormat::Text),
        };
        assert_eq!(a.body, body.as_bytes());
        assert_eq!(a.format, Some(format));
    }
    assert_eq!(records(NAME, gz(data), MAX), rs, "gzipped, the same records");
});
