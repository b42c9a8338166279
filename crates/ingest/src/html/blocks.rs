//! From a DOM to paragraphs: body blocks, and captions and credits set apart.
//!
//! [`mark`] runs on the page before main-content extraction and tags figures, captions
//! and photo credits with classes that the extractor is told to keep. [`collect`] then
//! walks the extracted content (without recursion, so depth costs no stack): every block
//! element (`p`, `h2`, `li`, `blockquote`, `td`, `br` …) ends a paragraph, whitespace is
//! collapsed, and text inside a marked element goes to a caption or credit line instead
//! of the body.

use dom_query::{Document, NodeRef};
use hearsay_core::SegmentKind;

/// Class given to caption elements (`figcaption`, class or id naming a caption).
pub const CAPTION: &str = "hs-caption";
/// Class given to photo credit elements (class or id naming a credit or copyright).
pub const CREDIT: &str = "hs-credit";
/// Class given to `figure` elements: their text is caption text.
pub const FIGURE: &str = "hs-figure";

/// Longest text (bytes) of an element marked as a caption by its class or id.
const MAX_CAPTION: usize = 1000;
/// Longest text (bytes) of an element marked as a credit.
const MAX_CREDIT: usize = 300;

/// Elements whose text is never article text.
const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "button", "select", "option", "input", "textarea", "iframe",
    "object", "embed", "canvas", "video", "audio", "head", "title", "math",
];
/// Elements that start and end a paragraph.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "nav",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "thead",
    "tbody",
    "tfoot",
    "caption",
    "figure",
    "figcaption",
    "hr",
    "br",
    "address",
    "details",
    "summary",
    "center",
    "form",
    "fieldset",
    "legend",
    "menu",
    "body",
    "html",
];

fn class_id(n: &NodeRef) -> String {
    let mut s = n.class().map(|c| c.to_ascii_lowercase()).unwrap_or_default();
    if let Some(id) = n.id_attr() {
        s.push(' ');
        s.push_str(&id.to_ascii_lowercase());
    }
    s
}

/// Tags figures, captions and credits in `doc` with [`FIGURE`], [`CAPTION`], [`CREDIT`].
pub fn mark(doc: &Document) {
    let mut marks = Vec::new();
    for n in doc.root().descendants_it() {
        if !n.is_element() {
            continue;
        }
        let name = n.node_name().unwrap_or_default();
        match name.as_ref() {
            "figcaption" => marks.push((n, CAPTION)),
            "figure" => marks.push((n, FIGURE)),
            "body" | "html" | "article" | "main" => {}
            _ => {
                let ci = class_id(&n);
                if ci.is_empty() {
                    continue;
                }
                if ci.contains("caption") && n.text().len() <= MAX_CAPTION {
                    marks.push((n, CAPTION));
                } else if (ci.contains("credit") || ci.contains("copyright")) && n.text().len() <= MAX_CREDIT {
                    marks.push((n, CREDIT));
                }
            }
        }
    }
    // the tree is borrowed while it is walked: change it afterwards
    for (n, class) in marks {
        n.add_class(class);
    }
}

/// One body paragraph.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Para {
    /// Whitespace-collapsed text.
    pub text: String,
    /// Share of its non-space characters that are inside links (`<a>`).
    pub link_density: f32,
}

/// The paragraphs of a content tree.
#[derive(Debug, Default)]
pub struct Blocks {
    /// Body paragraphs, in order.
    pub body: Vec<Para>,
    /// Captions and credits, in order.
    pub extras: Vec<(SegmentKind, String)>,
}

struct Collector {
    blocks: Blocks,
    buf: String,
    space: bool,
    /// Open `<a>` elements.
    in_link: usize,
    /// Non-space characters of `buf`, and how many of them are inside links.
    chars: usize,
    link_chars: usize,
}

impl Collector {
    fn text(&mut self, s: &str) {
        for c in s.chars() {
            if matches!(c, '\u{ad}' | '\u{200b}' | '\u{feff}') {
                continue;
            }
            if c.is_whitespace() {
                self.space = true;
            } else {
                if self.space && !self.buf.is_empty() {
                    self.buf.push(' ');
                }
                self.space = false;
                self.buf.push(c);
                self.chars += 1;
                if self.in_link > 0 {
                    self.link_chars += 1;
                }
            }
        }
    }

    fn flush(&mut self, kind: SegmentKind) {
        self.space = false;
        if self.buf.is_empty() {
            return;
        }
        let text = std::mem::take(&mut self.buf);
        let link_density = self.link_chars as f32 / self.chars.max(1) as f32;
        (self.chars, self.link_chars) = (0, 0);
        match kind {
            SegmentKind::Body => self.blocks.body.push(Para { text, link_density }),
            k => self.blocks.extras.push((k, text)),
        }
    }
}

/// What marked element, if any, `n` is.
fn marked(n: &NodeRef) -> Option<SegmentKind> {
    let c = n.class()?;
    let has = |x: &str| c.split_whitespace().any(|w| w == x);
    if has(CREDIT) {
        Some(SegmentKind::Credit)
    } else if has(CAPTION) || has(FIGURE) {
        Some(SegmentKind::Caption)
    } else {
        None
    }
}

/// Walks `root` and returns its paragraphs; `skip` names more elements to leave out.
pub fn collect(root: &NodeRef, skip: &[&str]) -> Blocks {
    let mut c =
        Collector { blocks: Blocks::default(), buf: String::new(), space: false, in_link: 0, chars: 0, link_chars: 0 };
    // (node, leaving?, mode pushed by this node?)
    let mut stack: Vec<(NodeRef, bool, bool)> = vec![(*root, false, false)];
    let mut mode = vec![SegmentKind::Body];
    while let Some((n, leaving, pushed)) = stack.pop() {
        let cur = *mode.last().unwrap_or(&SegmentKind::Body);
        if n.is_text() {
            c.text(&n.text());
            continue;
        }
        if !n.is_element() && !n.is_document() && !n.is_fragment() {
            continue;
        }
        let name = n.node_name().unwrap_or_default();
        let block = BLOCK.contains(&name.as_ref());
        let link = name.as_ref() == "a";
        if leaving {
            if link {
                c.in_link = c.in_link.saturating_sub(1);
            }
            if block || pushed {
                c.flush(cur);
            }
            if pushed {
                mode.pop();
            }
            continue;
        }
        if SKIP.contains(&name.as_ref()) || skip.contains(&name.as_ref()) {
            continue;
        }
        let m = marked(&n);
        if block || m.is_some() {
            c.flush(cur);
        }
        if let Some(k) = m {
            mode.push(k);
        }
        if link {
            c.in_link += 1;
        }
        stack.push((n, true, m.is_some()));
        let children = n.children();
        for ch in children.into_iter().rev() {
            stack.push((ch, false, false));
        }
    }
    c.flush(*mode.last().unwrap_or(&SegmentKind::Body));
    c.blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(html: &str) -> Blocks {
        let d = Document::from(html);
        mark(&d);
        collect(&d.root(), &[])
    }

    #[test]
    fn paragraphs_from_blocks_and_breaks() {
        let b = run("<div><p>One  <b>two</b>\n three.</p>Loose text<br>after break<ul><li>a</li><li>b</li></ul></div>");
        let texts: Vec<&str> = b.body.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, vec!["One two three.", "Loose text", "after break", "a", "b"]);
        assert!(b.extras.is_empty());
    }

    #[test]
    fn captions_and_credits_are_set_apart() {
        let b = run(r#"<article><p>Before.</p>
            <figure><img src="x.jpg"><figcaption>Firefighters at work on Monday.
            <span class="photo-credit">Jo Smith/Agency</span></figcaption></figure>
            <div class="image-caption">A second caption</div>
            <p>After.</p></article>"#);
        let texts: Vec<&str> = b.body.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, vec!["Before.", "After."]);
        assert_eq!(
            b.extras,
            vec![
                (SegmentKind::Caption, "Firefighters at work on Monday.".to_string()),
                (SegmentKind::Credit, "Jo Smith/Agency".to_string()),
                (SegmentKind::Caption, "A second caption".to_string()),
            ]
        );
    }

    #[test]
    fn scripts_and_soft_hyphens_are_dropped() {
        let b = run("<p>in\u{ad}cred\u{ad}ible<script>var x = 1;</script> news</p>");
        assert_eq!(b.body[0].text, "incredible news");
    }

    #[test]
    fn link_density_counts_characters_inside_links() {
        let b = run(r#"<p>Read <a href="/x">more here</a></p><li><a href="/y">Related story</a></li>"#);
        assert!((b.body[0].link_density - 8.0 / 12.0).abs() < 1e-6);
        assert_eq!(b.body[1].link_density, 1.0);
    }
}
