//! JSON Lines: one article per line, `{"id", "url", "published", "outlet", "html" | "text"}`.

use crate::{Article, BadRecord, Record};
use hearsay_ingest::InputFormat;
use serde::Deserialize;
use std::io::{BufRead, Read};

/// One line as written by the caller; unknown fields are ignored.
#[derive(Deserialize)]
struct Line {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    outlet: Option<String>,
    #[serde(default)]
    html: Option<String>,
    #[serde(default)]
    text: Option<String>,
}

/// The records of a JSON Lines stream; blank lines are skipped.
pub(crate) fn read(
    origin: String,
    reader: Box<dyn BufRead + Send>,
    max_bytes: usize,
) -> impl Iterator<Item = Record> + Send {
    let mut reader = reader;
    let mut line_no = 0usize;
    let mut done = false;
    let mut buf = Vec::new();
    std::iter::from_fn(move || loop {
        if done {
            return None;
        }
        line_no += 1;
        let at = format!("{origin}:{line_no}");
        buf.clear();
        // One line, but never more than the limit in memory: a longer line is drained.
        let limit = max_bytes as u64 * 2 + 1024;
        match (&mut reader).take(limit).read_until(b'\n', &mut buf) {
            Ok(0) => {
                done = true;
                return None;
            }
            Ok(_) => {}
            Err(e) => {
                done = true;
                return Some(Record::Bad(BadRecord::new(at, format!("cannot read: {e}"))));
            }
        }
        if buf.len() as u64 == limit && buf.last() != Some(&b'\n') {
            let mut sink = Vec::new();
            loop {
                sink.clear();
                match (&mut reader).take(1 << 20).read_until(b'\n', &mut sink) {
                    Ok(0) => break,
                    Ok(_) if sink.last() == Some(&b'\n') => break,
                    Ok(_) => {}
                    Err(_) => {
                        done = true;
                        break;
                    }
                }
            }
            return Some(Record::Bad(BadRecord::new(at, format!("line over the size limit of {max_bytes} bytes"))));
        }
        if buf.trim_ascii().is_empty() {
            continue;
        }
        return Some(parse(at, &buf, max_bytes));
    })
}

fn parse(at: String, line: &[u8], max_bytes: usize) -> Record {
    let l: Line = match serde_json::from_slice(line) {
        Ok(l) => l,
        Err(e) => return Record::Bad(BadRecord::new(at, format!("invalid JSON: {e}"))),
    };
    let (body, format) = match (l.html, l.text) {
        (Some(h), _) if !h.trim().is_empty() => (h, InputFormat::Html),
        (_, Some(t)) => (t, InputFormat::Text),
        _ => return Record::Bad(BadRecord::new(at, "no `html` or `text` field")),
    };
    if body.len() > max_bytes {
        return Record::Bad(BadRecord::new(at, format!("over the size limit of {max_bytes} bytes")));
    }
    let caller_id = match l.id {
        Some(serde_json::Value::String(s)) => Some(s),
        Some(serde_json::Value::Null) | None => None,
        Some(v) => Some(v.to_string()),
    };
    Record::Article(Article {
        origin: at,
        caller_id,
        url: l.url,
        published: l.published,
        outlet: l.outlet,
        crawled: None,
        format: Some(format),
        body: body.into_bytes(),
    })
}
