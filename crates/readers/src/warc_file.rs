//! WARC files: `response` records (HTTP with HTML or text) and `resource` records become
//! articles; the others (requests, metadata, warcinfo) are ignored.

use crate::http::{format_of, parse_response, Payload};
use crate::{Article, BadRecord, Record};
use std::io::BufRead;
use warc::{RawRecordHeader, WarcHeader, WarcReader};

/// The records of a WARC stream. A record that breaks the framing (truncated file, bad
/// header) is reported and ends the stream, since nothing after it can be located.
pub(crate) fn read(
    origin: String,
    reader: Box<dyn BufRead + Send>,
    max_bytes: usize,
) -> impl Iterator<Item = Record> + Send {
    let mut it = WarcReader::new(reader).iter_raw_records();
    let mut n = 0usize;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        n += 1;
        let at = format!("{origin}#{n}");
        match it.next()? {
            Ok((head, body)) => Some(record(at, &head, &body, max_bytes)),
            Err(e) => {
                done = true;
                let why = match &e {
                    warc::Error::ReadData(io) => format!("cannot read WARC: {io}"),
                    other => format!("broken WARC record: {other}"),
                };
                Some(Record::Bad(BadRecord::new(at, why)))
            }
        }
    })
}

fn header(h: &RawRecordHeader, name: WarcHeader) -> Option<String> {
    h.headers.get(&name).map(|v| String::from_utf8_lossy(v).trim().to_string())
}

fn record(at: String, head: &RawRecordHeader, block: &[u8], max_bytes: usize) -> Record {
    let wtype = header(head, WarcHeader::WarcType).unwrap_or_default().to_ascii_lowercase();
    let uri = header(head, WarcHeader::TargetURI).map(|u| u.trim_matches(['<', '>']).to_string());
    let (body, format) = match wtype.as_str() {
        "response" => match parse_response(block, max_bytes) {
            Ok(Payload::Article(b, f)) => (b, f),
            Ok(Payload::NotArticle) => return Record::Ignored,
            Err(e) => return Record::Bad(BadRecord::new(at, e)),
        },
        "resource" => match format_of(header(head, WarcHeader::ContentType).as_deref()) {
            Ok(f) if block.len() <= max_bytes => (block.to_vec(), f),
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
        crawled: header(head, WarcHeader::Date),
        format,
        body,
    })
}
