//! Batch readers: JSON Lines, WARC (gzipped, multi-member, truncated), directories.

use flate2::write::GzEncoder;
use hearsay_ingest::InputFormat;
use hearsay_readers::{records, Article, ByteCounter, ReadOptions, Record};
use std::io::Write;
use std::path::Path;

fn read(paths: &[&Path]) -> Vec<Record> {
    let inputs = paths.iter().map(|p| p.display().to_string()).collect();
    records(inputs, ReadOptions::default(), ByteCounter::new()).collect()
}

fn articles(rs: &[Record]) -> Vec<&Article> {
    rs.iter().filter_map(|r| if let Record::Article(a) = r { Some(a) } else { None }).collect()
}

fn bad(rs: &[Record]) -> Vec<String> {
    rs.iter().filter_map(|r| if let Record::Bad(b) = r { Some(b.origin.clone()) } else { None }).collect()
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut e = GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

/// One WARC record with the given type, target and block.
fn warc_record(wtype: &str, uri: &str, extra: &str, block: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: {wtype}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-05-01T10:00:00Z\r\n\
         WARC-Record-ID: <urn:uuid:{}>\r\n{extra}Content-Length: {}\r\n\r\n",
        uri.len(),
        block.len()
    )
    .into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn response(headers: &str, body: &[u8]) -> Vec<u8> {
    let mut r = format!("HTTP/1.1 {headers}\r\n\r\n").into_bytes();
    r.extend_from_slice(body);
    r
}

const PAGE: &str = "<html><head><title>Port closes</title></head><body><article><h1>Port closes</h1>\
    <p>The harbour master said the port would close on Monday, according to a statement.</p>\
    <p>Officials did not respond to requests for comment.</p></article></body></html>";

#[test]
fn json_lines_articles_and_bad_lines() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("feed.jsonl");
    let lines = [
        r#"{"id": "a1", "url": "https://example.org/1", "published": "2024-05-01", "outlet": "Example", "text": "The mayor said taxes will rise."}"#,
        "",
        r#"{"id": 7, "html": "<p>The minister said it.</p>"}"#,
        r#"{"id": "broken", "text": "no closing brace""#,
        r#"{"id": "empty"}"#,
        r#"{"text": "Last one, with no id."}"#,
    ];
    std::fs::write(&p, lines.join("\n")).unwrap();
    let rs = read(&[&p]);
    let a = articles(&rs);
    assert_eq!(a.len(), 3);
    assert_eq!(a[0].caller_id.as_deref(), Some("a1"));
    assert_eq!(a[0].outlet.as_deref(), Some("Example"));
    assert_eq!(a[0].format, Some(InputFormat::Text));
    assert_eq!(a[1].caller_id.as_deref(), Some("7"));
    assert_eq!(a[1].format, Some(InputFormat::Html));
    assert_eq!(a[2].caller_id, None);
    assert!(a[2].origin.ends_with("feed.jsonl:6"));
    let b = bad(&rs);
    assert_eq!(b.len(), 2);
    assert!(b[0].ends_with(":4") && b[1].ends_with(":5"), "{b:?}");
}

#[test]
fn warc_gz_multi_member_responses_only() {
    let dir = tempfile::tempdir().unwrap();
    let chunked = {
        let body = gz(PAGE.as_bytes());
        let mut c = format!("{:x}\r\n", body.len()).into_bytes();
        c.extend_from_slice(&body);
        c.extend_from_slice(b"\r\n0\r\n\r\n");
        c
    };
    let recs = [
        warc_record("warcinfo", "", "", b"software: test\r\n"),
        warc_record("request", "https://example.org/a", "", b"GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n"),
        warc_record(
            "response",
            "https://example.org/a",
            "Content-Type: application/http; msgtype=response\r\n",
            &response("200 OK\r\nContent-Type: text/html; charset=utf-8", PAGE.as_bytes()),
        ),
        warc_record(
            "response",
            "https://example.org/logo.png",
            "",
            &response("200 OK\r\nContent-Type: image/png", b"\x89PNG"),
        ),
        warc_record(
            "response",
            "https://example.org/gone",
            "",
            &response("404 Not Found\r\nContent-Type: text/html", b"<p>no</p>"),
        ),
        warc_record(
            "response",
            "https://example.org/b",
            "",
            &response(
                "200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip",
                &chunked,
            ),
        ),
    ];
    // One gzip member per record, as crawlers write them.
    let file: Vec<u8> = recs.iter().flat_map(|r| gz(r)).collect();
    let p = dir.path().join("crawl.warc.gz");
    std::fs::write(&p, &file).unwrap();
    let rs = read(&[&p]);
    let a = articles(&rs);
    assert_eq!(a.len(), 2, "{rs:?}");
    assert!(bad(&rs).is_empty());
    assert_eq!(a[0].url.as_deref(), Some("https://example.org/a"));
    assert_eq!(a[0].caller_id.as_deref(), Some("https://example.org/a"));
    assert_eq!(a[0].body, PAGE.as_bytes());
    assert_eq!(a[1].body, PAGE.as_bytes(), "chunked + gzip undone");
    assert_eq!(rs.iter().filter(|r| matches!(r, Record::Ignored)).count(), 4);

    // Cut the file in the middle of the fourth member: what came before is still read,
    // the rest is one bad record, and nothing panics.
    let cut: usize = recs[..3].iter().map(|r| gz(r).len()).sum::<usize>() + 10;
    let t = dir.path().join("truncated.warc.gz");
    std::fs::write(&t, &file[..cut]).unwrap();
    let rs = read(&[&t]);
    assert_eq!(articles(&rs).len(), 1);
    assert_eq!(bad(&rs).len(), 1);

    // Plain (not gzipped) WARC is read the same way.
    let plain = dir.path().join("crawl.warc");
    std::fs::write(&plain, recs.concat()).unwrap();
    assert_eq!(articles(&read(&[&plain])).len(), 2);
}

#[test]
fn directories_recursively_with_kinds_by_name_and_content() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir_all(d.join("b/nested")).unwrap();
    std::fs::write(d.join("a.txt"), "The mayor said taxes will rise.\n").unwrap();
    std::fs::write(d.join("b/page.html"), PAGE).unwrap();
    std::fs::write(d.join("b/nested/c.txt.gz"), gz(b"Officials said the bridge is safe.\n")).unwrap();
    std::fs::write(d.join("b/nested/feed.jsonl.gz"), gz(br#"{"id":"j1","text":"Police said two people were hurt."}"#))
        .unwrap();
    std::fs::write(d.join("b/.hidden.txt"), "skip me").unwrap();
    std::fs::write(d.join("b/trunc.txt.gz"), &gz(b"Some text that will be cut off somewhere.")[..12]).unwrap();
    let rs = read(&[d, &d.join("missing")]);
    let a = articles(&rs);
    let ids: Vec<_> = a.iter().map(|x| x.caller_id.clone().unwrap()).collect();
    assert_eq!(ids, ["a.txt", "c.txt", "j1", "page.html"]);
    assert_eq!(a[1].body, b"Officials said the bridge is safe.\n");
    let b = bad(&rs);
    assert_eq!(b.len(), 2, "{rs:?}");
    assert!(b[0].ends_with("trunc.txt.gz") && b[1].ends_with("missing"));
}

#[test]
fn streams_in_memory_are_read_as_files_of_that_name() {
    use hearsay_readers::read_stream;
    let read = |name: &str, bytes: Vec<u8>| -> Vec<Record> {
        read_stream(name, std::io::Cursor::new(bytes), ReadOptions::default()).collect()
    };
    let lines = b"{\"id\": \"j1\", \"text\": \"Police said two people were hurt.\"}\n\n{broken\n".to_vec();
    let rs = read("feed.jsonl", lines.clone());
    assert_eq!(articles(&rs).len(), 1);
    assert_eq!(articles(&rs)[0].origin, "feed.jsonl:1");
    assert_eq!(bad(&rs), ["feed.jsonl:3"]);
    let zipped = read("feed.jsonl.gz", gz(&lines));
    assert_eq!(articles(&zipped)[0].body, articles(&rs)[0].body);
    assert_eq!(bad(&zipped), ["feed.jsonl.gz:3"]);
    let rec = warc_record("resource", "https://example.org/t", "Content-Type: text/plain\r\n", b"The mayor said so.");
    for bytes in [rec.clone(), gz(&rec)] {
        let rs = read("crawl", bytes);
        assert_eq!(articles(&rs).len(), 1, "{rs:?}");
        assert_eq!(articles(&rs)[0].origin, "crawl#1");
        assert_eq!(articles(&rs)[0].body, b"The mayor said so.");
        assert_eq!(articles(&rs)[0].format, Some(InputFormat::Text));
    }
    let rs = read("note.txt", b"Officials said the bridge is safe.\n".to_vec());
    assert_eq!(articles(&rs)[0].caller_id, None, "a stream has no file name to be its id");
    assert_eq!(articles(&rs)[0].body, b"Officials said the bridge is safe.\n");
}
