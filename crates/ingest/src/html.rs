//! HTML ingest: main-content extraction into text plus segments and metadata.

use crate::IngestError;
use dom_smoothie::{Config, Readability, TextMode};
use hearsay_core::{Metadata, Segment, SegmentKind, Span};

/// An extracted page: the text all offsets index, its segments and metadata.
#[derive(Clone, Debug, Default)]
pub struct Page {
    /// Title, then paragraphs separated by a blank line; captions and credits on their own lines.
    pub text: String,
    /// Segments over `text`.
    pub segments: Vec<Segment>,
    /// What the page says about itself.
    pub metadata: Metadata,
}

impl Page {
    /// Appends a block of `kind` as its own paragraph.
    pub fn push(&mut self, kind: SegmentKind, block: &str) {
        let block = block.trim();
        if block.is_empty() {
            return;
        }
        if !self.text.is_empty() {
            self.text.push_str("\n\n");
        }
        let start = self.text.len();
        self.text.push_str(block);
        self.segments.push(Segment { kind, span: Span::new(start, self.text.len()) });
    }
}

/// Extracts the main content of an HTML page.
pub fn extract(html: &str) -> Result<Page, IngestError> {
    let cfg = Config { text_mode: TextMode::Formatted, ..Default::default() };
    let mut page = Page::default();
    let mut r = Readability::new(html, None, Some(cfg)).map_err(|_| IngestError::NoText)?;
    let article = r.parse().map_err(|_| IngestError::NoText)?;
    page.push(SegmentKind::Title, &article.title);
    for para in article.text_content.split("\n\n") {
        let p = para.split_whitespace().collect::<Vec<_>>().join(" ");
        page.push(SegmentKind::Body, &p);
    }
    page.metadata.url = article.url.clone();
    page.metadata.published = article.published_time.clone();
    page.metadata.outlet = article.site_name.clone();
    page.metadata.language = article.lang.clone();
    if let Some(b) = &article.byline {
        page.metadata.authors.push(b.clone());
    }
    if !page.segments.iter().any(|s| s.kind == SegmentKind::Body) {
        return Err(IngestError::NoText);
    }
    Ok(page)
}
