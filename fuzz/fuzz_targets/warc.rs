//! The WARC reader on arbitrary bytes, plain and gzipped: never panics and always ends;
//! records are numbered in order; an article's body is within the size limit. The same
//! WARC stream gives the same records plain, as one gzip member, and as one member per
//! record (as crawlers write them). Input that is gzip already is read as it is, and when
//! it decompresses cleanly it must read as its decompressed bytes do.

#![no_main]

use flate2::read::MultiGzDecoder;
use hearsay_fuzz::{gz, records};
use hearsay_readers::Record;
use libfuzzer_sys::fuzz_target;
use std::io::Read;

/// Small, so that records over the limit are common.
const MAX: usize = 256;
const NAME: &str = "fuzz.warc";

fn sane(rs: &[Record]) {
    let mut last = 0;
    for r in rs {
        let origin = match r {
            Record::Article(a) => {
                assert!(a.body.len() <= MAX, "{} bytes", a.body.len());
                &a.origin
            }
            Record::Bad(b) => &b.origin,
            Record::Ignored => continue,
        };
        let n: usize =
            origin.strip_prefix("fuzz.warc#").and_then(|n| n.parse().ok()).unwrap_or_else(|| panic!("{origin}"));
        assert!(n >= last, "record {n} after {last}");
        last = n;
    }
}

/// The stream split before every line that begins a record, each piece its own member.
fn gz_per_record(data: &[u8]) -> Vec<u8> {
    let mut starts: Vec<usize> = vec![0];
    for (i, w) in data.windows(5).enumerate() {
        if w == b"WARC/" && i > 0 && data[i - 1] == b'\n' {
            starts.push(i);
        }
    }
    starts.push(data.len());
    starts.windows(2).flat_map(|w| gz(&data[w[0]..w[1]])).collect()
}

fuzz_target!(|data: &[u8]| {
    let rs = records(NAME, data.to_vec(), MAX);
    sane(&rs);
    if data.starts_with(&[0x1f, 0x8b]) {
        let mut plain = Vec::new();
        if MultiGzDecoder::new(data).take(1 << 20).read_to_end(&mut plain).is_ok() && !plain.starts_with(&[0x1f, 0x8b])
        {
            assert_eq!(rs, records(NAME, plain, MAX), "clean gzip reads as its data");
        }
        return;
    }
    assert_eq!(records(NAME, gz(data), MAX), rs, "one gzip member, the same records");
    assert_eq!(records(NAME, gz_per_record(data), MAX), rs, "a member per record, the same records");
});
