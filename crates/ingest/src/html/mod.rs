//! HTML ingest: main-content extraction into text plus segments and metadata.
//!
//! Steps: [`prescan::prescan`] drops scripts and styles and caps pathological nesting;
//! the page is parsed once
//! (html5ever via `dom_query`); [`meta`] reads JSON-LD, OpenGraph and meta tags;
//! [`blocks::mark`] tags figures, captions and credits; `dom_smoothie` (a port of
//! Mozilla Readability) picks the main content; [`blocks::collect`] turns it into
//! paragraphs with captions and credits set apart. When Readability finds nothing, or
//! the page has more than [`MAX_ELEMENTS`] elements, the whole `<body>` minus
//! navigation, header, footer and asides is used instead.
//!
//! The document text is the title, then the body paragraphs, each separated by a blank
//! line, then (after a blank line) each caption and credit on its own line.

pub mod blocks;
pub mod meta;
pub mod prescan;
pub mod visible;

use crate::IngestError;
use dom_query::Document;
use dom_smoothie::{Config, Readability};
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
    /// Appends a block of `kind` as its own paragraph (after a blank line).
    pub fn push(&mut self, kind: SegmentKind, block: &str) {
        self.push_sep(kind, block, "\n\n");
    }

    /// Appends a block of `kind` on its own line (after a single line break).
    pub fn push_line(&mut self, kind: SegmentKind, block: &str) {
        self.push_sep(kind, block, "\n");
    }

    fn push_sep(&mut self, kind: SegmentKind, block: &str, sep: &str) {
        let block = block.trim();
        if block.is_empty() {
            return;
        }
        if !self.text.is_empty() {
            self.text.push_str(sep);
        }
        let start = self.text.len();
        self.text.push_str(block);
        self.segments.push(Segment { kind, span: Span::new(start, self.text.len()) });
    }
}

/// Letters and digits only, lower-cased: for comparing a paragraph with the headline.
fn norm(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// A body paragraph equal to the headline among the first this many is dropped.
const HEADLINE_WINDOW: usize = 3;

/// Links-only paragraphs ("Related: …", lists of stories) are debris, not body text.
fn is_link_list(p: &blocks::Para) -> bool {
    p.link_density >= LINK_LIST_DENSITY && p.text.split_whitespace().count() <= LINK_LIST_WORDS
}
/// Share of link text from which a short paragraph is a link list.
const LINK_LIST_DENSITY: f32 = 0.75;
/// Longest paragraph (words) that can be a link list.
const LINK_LIST_WORDS: usize = 25;

/// Pages with more elements than this skip Readability (see [`extract`]).
pub const MAX_ELEMENTS: usize = 40_000;

/// Elements left out when the whole body is used (Readability found no article).
const FALLBACK_SKIP: &[&str] = &["nav", "header", "footer", "aside", "form", "menu"];

/// Extracts the main content of an HTML page.
pub fn extract(html: &str) -> Result<Page, IngestError> {
    let html = prescan::prescan(html);
    let doc = Document::from(html.as_ref());
    let pm = meta::extract(&doc);
    blocks::mark(&doc);
    let h1 = doc.select_single("h1").text().split_whitespace().collect::<Vec<_>>().join(" ");
    let cfg = Config {
        classes_to_preserve: vec![blocks::CAPTION.into(), blocks::CREDIT.into(), blocks::FIGURE.into()],
        // JSON-LD is read by `meta`
        disable_json_ld: true,
        // scoring visits descendants per candidate: huge pages use the whole-body fallback
        max_elements_to_parse: MAX_ELEMENTS,
        ..Default::default()
    };
    let mut r = Readability::with_document(doc, None, Some(cfg)).map_err(|_| IngestError::NoText)?;
    let (readability_title, mut found) = match r.parse() {
        Ok(article) => {
            let content = Document::fragment(article.content);
            (article.title, blocks::collect(&content.root(), &[]))
        }
        Err(_) => (String::new(), blocks::Blocks::default()),
    };
    if found.body.is_empty() {
        // Readability refused the page (too many elements) or found no article; its
        // document is then the parsed page, at most cleaned of scripts and comments
        found = blocks::collect(&r.doc.root(), FALLBACK_SKIP);
    }
    // JSON-LD headline, else the page's <h1> when the <title> contains it (which drops
    // the site name that Readability keeps on short titles), else Readability's title
    let title = pm.headline.clone().filter(|h| !h.is_empty()).unwrap_or_else(|| {
        if !h1.is_empty() && h1.len() < readability_title.len() && readability_title.contains(&h1) {
            h1.clone()
        } else {
            readability_title.clone()
        }
    });
    let mut page = Page { metadata: pm.metadata, ..Default::default() };
    page.text = title.split_whitespace().collect::<Vec<_>>().join(" ");
    let title_end = page.text.len();
    // the headline repeated at the top of the content is not body text
    let heads = [norm(&title), norm(&readability_title), norm(&h1)];
    let mut debris = Vec::new();
    for (i, p) in found.body.iter().enumerate() {
        let n = norm(&p.text);
        if i < HEADLINE_WINDOW && !n.is_empty() && heads.contains(&n) {
            continue;
        }
        if !page.text.is_empty() {
            page.text.push_str("\n\n");
        }
        let start = page.text.len();
        page.text.push_str(&p.text);
        if is_link_list(p) {
            debris.push(Span::new(start, page.text.len()));
        }
    }
    page.segments = crate::plain::segment_lines(&page.text);
    for seg in &mut page.segments {
        if seg.span.end <= title_end {
            seg.kind = SegmentKind::Title;
        } else if matches!(seg.kind, SegmentKind::Title | SegmentKind::Standfirst) {
            // extracted content starts with the body: no headline or standfirst by shape
            seg.kind = SegmentKind::Body;
        }
        if debris.iter().any(|d| d.start <= seg.span.start && seg.span.end <= d.end) {
            seg.kind = SegmentKind::Debris;
        }
    }
    if !page.segments.iter().any(|s| s.kind != SegmentKind::Title) {
        return Err(IngestError::NoText);
    }
    let mut first = true;
    for (kind, t) in &found.extras {
        if first {
            page.push(*kind, t);
            first = page.text.is_empty();
        } else {
            page.push_line(*kind, t);
        }
    }
    Ok(page)
}

/// The texts of the `<figcaption>` elements of `html`, whitespace-collapsed, in order.
pub fn figcaption_texts(html: &str) -> Vec<String> {
    let html = prescan::prescan(html);
    let doc = Document::from(html.as_ref());
    doc.select("figcaption")
        .iter()
        .map(|s| s.text().split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|t| !t.is_empty())
        .collect()
}
