//! Bad input through both ingest paths: deep nesting, binary, invalid UTF-8, empty, and
//! property tests over arbitrary bytes and tag soup.

use hearsay_core::Doc;
use hearsay_ingest::{ingest, IngestError, IngestOptions, InputFormat};
use proptest::prelude::*;
use std::time::{Duration, Instant};

fn opts(format: InputFormat) -> IngestOptions {
    IngestOptions { format: Some(format), ..Default::default() }
}

/// Every segment is in bounds, on char boundaries, and after the previous one.
fn check_segments(doc: &Doc) {
    let mut prev_end = 0;
    for s in &doc.segments {
        assert!(s.span.start <= s.span.end && s.span.end <= doc.text.len(), "out of bounds: {s:?}");
        assert!(doc.text.is_char_boundary(s.span.start) && doc.text.is_char_boundary(s.span.end), "{s:?}");
        assert!(s.span.start >= prev_end, "overlap or disorder at {s:?}");
        prev_end = s.span.end;
    }
}

/// Ingests `bytes` both ways; checks segments of every result and returns the HTML one.
fn both(bytes: &[u8]) -> Result<Doc, IngestError> {
    if let Ok(d) = ingest(bytes, &opts(InputFormat::Text)) {
        check_segments(&d);
    }
    let html = ingest(bytes, &opts(InputFormat::Html));
    if let Ok(d) = &html {
        check_segments(d);
    }
    html
}

const DEPTH: usize = 100_000;

fn nested(open: &str, close: &str) -> Vec<u8> {
    let mut s = String::with_capacity(DEPTH * (open.len() + close.len()) + 64);
    s.push_str("<html><head><title>Deep page</title></head><body>");
    for _ in 0..DEPTH {
        s.push_str(open);
    }
    s.push_str("The officials said the bridge would reopen on Monday after repairs.");
    for _ in 0..DEPTH {
        s.push_str(close);
    }
    s.push_str("</body></html>");
    s.into_bytes()
}

#[test]
fn html_nested_100000_levels_gives_its_text_quickly() {
    let cases = [
        ("<div>", "</div>"),
        ("<div>", ""),
        ("<b>", "</b>"),
        ("<a href=x>", ""),
        ("<table><tr><td>", "</td></tr></table>"),
        ("<li><dd>", ""),
        ("<optgroup>", ""),
    ];
    for (open, close) in cases {
        let t0 = Instant::now();
        let bytes = nested(open, close);
        let doc = ingest(&bytes, &opts(InputFormat::Html)).unwrap_or_else(|e| panic!("{open}: {e}"));
        check_segments(&doc);
        assert!(doc.text.contains("bridge would reopen on Monday"), "{open}: {}", doc.text);
        println!("{open}: {:?}", t0.elapsed());
        assert!(t0.elapsed() < Duration::from_secs(20), "{open}: took {:?}", t0.elapsed());
    }
}

#[test]
fn deep_html_read_as_plain_text_is_kept_byte_for_byte() {
    let bytes = nested("<div>", "</div>");
    let doc = ingest(&bytes, &opts(InputFormat::Text)).unwrap();
    assert_eq!(doc.text.as_bytes(), &bytes[..]);
    check_segments(&doc);
}

#[test]
fn binary_invalid_utf8_and_empty_input() {
    for format in [InputFormat::Text, InputFormat::Html] {
        let o = opts(format);
        assert!(matches!(ingest(b"", &o), Err(IngestError::Empty)));
        assert!(matches!(ingest(b" \n\t ", &o), Err(IngestError::Empty)));
        assert!(matches!(ingest(b"<p>a\0b</p>", &o), Err(IngestError::Binary(_))));
        let noise: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2654435761) >> 24) as u8 | 1).collect();
        match ingest(&noise, &o) {
            Ok(d) => check_segments(&d),
            Err(IngestError::Binary(_) | IngestError::NoText) => {}
            Err(e) => panic!("{e}"),
        }
    }
    let bad = b"<html><body><p>The caf\xe9 owner said prices rose by a third this year.</p></body></html>";
    let d = ingest(bad, &opts(InputFormat::Html)).unwrap();
    assert!(d.text.contains("caf\u{fffd} owner"));
    assert!(!d.warnings.is_empty());
    assert!(matches!(ingest(b"<html><body></body></html>", &opts(InputFormat::Html)), Err(IngestError::NoText)));
}

fn tag_soup() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "<div>",
        "</div>",
        "<p>",
        "</p>",
        "<b>",
        "</b>",
        "<a href='x'>",
        "</a>",
        "<figure>",
        "</figure>",
        "<figcaption>",
        "</figcaption>",
        "<span class=\"photo-credit\">",
        "</span>",
        "<table><tr><td>",
        "</table>",
        "<li>",
        "<ul>",
        "</ul>",
        "<h1>",
        "</h1>",
        "<br>",
        "<script>",
        "</script>",
        "<style>",
        "<!--",
        "-->",
        "<title>",
        "</title>",
        "<article>",
        "</article>",
        " said the minister. ",
        "Prices rose 5%",
        "é—“x”",
        "&amp;",
        "&rsquo;",
        "&#x1F600;",
        "&bogus;",
        "\n\n",
        "<",
        ">",
        "\"",
        "'",
        "<meta name=author content=X>",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":{\"name\":\"Y\"}}</script>",
        "\u{feff}",
        "\u{ad}",
        "\r\n",
        "<!DOCTYPE html>",
        "<html>",
        "<body>",
        "<svg><text>t</text></svg>",
    ]);
    prop::collection::vec(pieces, 0..120).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 160, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop_oneof![
        prop::collection::vec(any::<u8>(), 0..600),
        // printable and high bytes only, so that the binary check lets most through
        prop::collection::vec(prop_oneof![0x20u8..=0x7e, 0x80u8..=0xff, Just(b'\n'), Just(b'<')], 0..600),
    ]) {
        let _ = both(&bytes);
    }

    #[test]
    fn tag_soup_never_panics(html in tag_soup()) {
        let _ = both(html.as_bytes());
    }
}
