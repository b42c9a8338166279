//! Ingest stage: raw bytes into a segmented [`Doc`].
//!
//! Plain text is kept byte for byte and its lines are classified into segments
//! (title, standfirst, byline, dateline, body, caption, credit, debris) by [`plain`].
//! HTML goes through main-content extraction in [`html`], which builds the document
//! text (title, paragraphs separated by a blank line, captions and credits on their own
//! lines) and its segments. Bytes are decoded by [`decode`], lossy and with a warning.

pub mod decode;
pub mod html;
pub mod plain;

use hearsay_core::Doc;
use hearsay_core::InputInfo;
use sha2::{Digest, Sha256};

/// Default input size limit: 32 MiB (override with [`IngestOptions::max_bytes`]).
pub const DEFAULT_MAX_BYTES: usize = 32 * 1024 * 1024;

/// Which reader to use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputFormat {
    /// Plain text, kept byte for byte.
    Text,
    /// HTML page: main-content extraction.
    Html,
}

/// How to ingest one document.
#[derive(Clone, Debug)]
pub struct IngestOptions {
    /// Force a format; `None` auto-detects.
    pub format: Option<InputFormat>,
    /// Document id; `None` uses a content hash.
    pub id: Option<String>,
    /// Inputs larger than this are refused.
    pub max_bytes: usize,
    /// The input's content key when the caller has it already ([`content_key`]); without it
    /// the key is computed only for a document without `id` (a stored document needs one:
    /// see `Doc::input`).
    pub key: Option<String>,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions { format: None, id: None, max_bytes: DEFAULT_MAX_BYTES, key: None }
    }
}

/// Why a document could not be ingested.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// Zero bytes, or only whitespace.
    #[error("input is empty")]
    Empty,
    /// Over the size limit.
    #[error("input is {size} bytes, over the limit of {limit} bytes (raise it with --max-bytes)")]
    TooLarge {
        /// Input size.
        size: usize,
        /// The limit in force.
        limit: usize,
    },
    /// NUL bytes or mostly control characters: not text.
    #[error("input looks binary ({0}); hearsay reads text or HTML")]
    Binary(String),
    /// HTML without any readable text.
    #[error("no readable text found in the HTML")]
    NoText,
}

/// Guess whether `bytes` are HTML from their first kilobytes.
pub fn sniff_format(bytes: &[u8]) -> InputFormat {
    let head = &bytes[..bytes.len().min(4096)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let t = head.trim_start_matches('\u{feff}').trim_start();
    let markers = ["<!doctype html", "<html", "<head", "<body", "<meta", "<article", "<div", "<p>", "<p "];
    if (t.starts_with('<') && markers.iter().any(|m| t.contains(m))) || markers[..4].iter().any(|m| t.contains(m)) {
        InputFormat::Html
    } else {
        InputFormat::Text
    }
}

/// The content key of an input: the first 128 bits of its SHA-256, in hex (the store keys
/// documents by it).
pub fn content_key(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().take(16).map(|b| format!("{b:02x}")).collect()
}

/// Ingest one document from raw bytes.
pub fn ingest(bytes: &[u8], opts: &IngestOptions) -> Result<Doc, IngestError> {
    if bytes.len() > opts.max_bytes {
        return Err(IngestError::TooLarge { size: bytes.len(), limit: opts.max_bytes });
    }
    let utf16 = decode::decode_utf16(bytes);
    let (text, warning) = match utf16 {
        Some((text, w)) => {
            decode::check_binary(text.as_bytes())?;
            (text, Some(w))
        }
        None => {
            decode::check_binary(bytes)?;
            decode::decode(bytes)
        }
    };
    let utf16 = bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]);
    if text.trim().is_empty() {
        return Err(IngestError::Empty);
    }
    let key = opts.key.clone().or_else(|| opts.id.is_none().then(|| content_key(bytes))).unwrap_or_default();
    let id = opts.id.clone().unwrap_or_else(|| key[..16].to_string());
    let format = opts.format.unwrap_or_else(|| sniff_format(if utf16 { text.as_bytes() } else { bytes }));
    let mut doc = match format {
        InputFormat::Text => {
            let segments = plain::segment(&text);
            let mut d = Doc::new(id, text);
            d.segments = segments;
            d
        }
        InputFormat::Html => {
            let page = html::extract(&text)?;
            let mut d = Doc::new(id, page.text);
            d.segments = page.segments;
            d.metadata = page.metadata;
            d
        }
    };
    if let Some(w) = warning {
        doc.warnings.push(w);
    }
    doc.input = InputInfo { key, bytes: bytes.len() as u64, caller_id: opts.id.is_some() };
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sniffs_html_and_text() {
        assert_eq!(sniff_format(b"<!DOCTYPE html><html><body>x</body></html>"), InputFormat::Html);
        assert_eq!(sniff_format(b"The US said <b> is a tag."), InputFormat::Text);
        assert_eq!(sniff_format(b"  \n<div><p>Hello</p></div>"), InputFormat::Html);
    }

    #[test]
    fn refuses_empty_large_and_binary() {
        let o = IngestOptions { max_bytes: 10, ..Default::default() };
        assert!(matches!(ingest(b"", &o), Err(IngestError::Empty)));
        assert!(matches!(ingest(b"  \n ", &o), Err(IngestError::Empty)));
        assert!(matches!(ingest(b"01234567890", &o), Err(IngestError::TooLarge { .. })));
        assert!(matches!(ingest(b"ab\0cd", &o), Err(IngestError::Binary(_))));
        // UTF-16 with a byte order mark is text, not binary
        let page = "<html><body><p>Police said the road is closed.</p></body></html>";
        let le: Vec<u8> = [0xff, 0xfe].into_iter().chain(page.encode_utf16().flat_map(|u| u.to_le_bytes())).collect();
        let d = ingest(&le, &IngestOptions::default()).unwrap();
        assert!(
            d.text.contains("Police said the road is closed.") && !d.text.contains("<p>"),
            "sniffed as HTML: {:?}",
            d.text
        );
        assert!(d.warnings.iter().any(|w| w.contains("UTF-16")));
    }

    #[test]
    fn plain_text_is_kept_byte_for_byte() {
        let t = "Headline here\n\nBody text, he said.";
        let d = ingest(t.as_bytes(), &IngestOptions::default()).unwrap();
        assert_eq!(d.text, t);
        assert!(!d.segments.is_empty());
    }
}
