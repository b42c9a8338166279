//! HTTP responses as archived in WARC: status and headers stripped, chunked transfer
//! encoding and gzip/deflate content encoding undone.

use flate2::read::{MultiGzDecoder, ZlibDecoder};
use hearsay_ingest::InputFormat;
use std::io::Read;

/// What an archived response holds.
pub(crate) enum Payload {
    /// An article body and its format (`None`: sniff).
    Article(Vec<u8>, Option<InputFormat>),
    /// Not an article (non-2xx status, images, scripts).
    NotArticle,
}

/// The format a `Content-Type` value announces; `Err` for non-article types.
pub(crate) fn format_of(content_type: Option<&str>) -> Result<Option<InputFormat>, ()> {
    let Some(ct) = content_type else {
        return Ok(None);
    };
    let mime = ct.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    match mime.as_str() {
        "text/html" | "application/xhtml+xml" => Ok(Some(InputFormat::Html)),
        "text/plain" => Ok(Some(InputFormat::Text)),
        "" => Ok(None),
        _ => Err(()),
    }
}

/// Parses an archived HTTP response; `Err` describes a broken one.
pub(crate) fn parse_response(mut block: Vec<u8>, max_bytes: usize) -> Result<Payload, String> {
    let (code, body_at, content_type, chunked, encoding) = {
        let mut headers = vec![httparse::EMPTY_HEADER; 256];
        let mut resp = httparse::Response::new(&mut headers);
        let body_at = match resp.parse(&block) {
            Ok(httparse::Status::Complete(n)) => n,
            Ok(httparse::Status::Partial) => return Err("truncated HTTP headers".into()),
            Err(e) => return Err(format!("bad HTTP response: {e}")),
        };
        let header = |name: &str| {
            resp.headers
                .iter()
                .find(|h| h.name.eq_ignore_ascii_case(name))
                .map(|h| String::from_utf8_lossy(h.value).trim().to_string())
        };
        let chunked = header("transfer-encoding").is_some_and(|t| t.to_ascii_lowercase().contains("chunked"));
        let encoding = header("content-encoding").map(|e| e.to_ascii_lowercase());
        (resp.code.unwrap_or(0), body_at, header("content-type"), chunked, encoding)
    };
    if !(200..300).contains(&code) {
        return Ok(Payload::NotArticle);
    }
    let Ok(format) = format_of(content_type.as_deref()) else {
        return Ok(Payload::NotArticle);
    };
    block.drain(..body_at);
    let mut body = block;
    if chunked {
        body = dechunk(&body)?;
    }
    let limit = max_bytes as u64 + 1;
    let mut out = Vec::new();
    let read = match encoding.as_deref() {
        None | Some("") | Some("identity") => {
            out = body;
            Ok(0)
        }
        Some("gzip") | Some("x-gzip") => MultiGzDecoder::new(&body[..]).take(limit).read_to_end(&mut out),
        Some("deflate") => ZlibDecoder::new(&body[..]).take(limit).read_to_end(&mut out),
        Some(other) => return Err(format!("unsupported content encoding {other}")),
    };
    read.map_err(|e| format!("cannot decode body: {e}"))?;
    if out.len() > max_bytes {
        return Err(format!("over the size limit of {max_bytes} bytes"));
    }
    Ok(Payload::Article(out, format))
}

/// Undoes chunked transfer encoding.
fn dechunk(mut b: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    loop {
        let eol = b.windows(2).position(|w| w == b"\r\n").ok_or("truncated chunk size")?;
        let size_text = String::from_utf8_lossy(&b[..eol]);
        let size_hex = size_text.split(';').next().unwrap_or("").trim();
        let size = usize::from_str_radix(size_hex, 16).map_err(|_| format!("bad chunk size {size_hex:?}"))?;
        b = &b[eol + 2..];
        if size == 0 {
            return Ok(out);
        }
        if b.len() < size {
            return Err("truncated chunk".into());
        }
        out.extend_from_slice(&b[..size]);
        b = b[size..].strip_prefix(b"\r\n").unwrap_or(&b[size..]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_headers_and_undoes_chunking() {
        let r = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<p>hi\r\n4;x=y\r\n</p>\r\n0\r\n\r\n";
        match parse_response(r.to_vec(), 1000).unwrap() {
            Payload::Article(b, f) => {
                assert_eq!(b, b"<p>hi</p>");
                assert_eq!(f, Some(InputFormat::Html));
            }
            Payload::NotArticle => panic!("expected an article"),
        }
    }

    #[test]
    fn redirects_and_images_are_not_articles_and_garbage_is_an_error() {
        let redirect = b"HTTP/1.1 301 Moved\r\nLocation: /x\r\n\r\n";
        assert!(matches!(parse_response(redirect.to_vec(), 1000), Ok(Payload::NotArticle)));
        let image = b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG";
        assert!(matches!(parse_response(image.to_vec(), 1000), Ok(Payload::NotArticle)));
        assert!(parse_response(b"\x00\x01garbage".to_vec(), 1000).is_err());
        let bad_chunk = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc";
        assert!(parse_response(bad_chunk.to_vec(), 1000).is_err());
    }
}
