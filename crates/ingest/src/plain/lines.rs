//! Lines of a text with byte spans, trimmed of surrounding whitespace.

use hearsay_core::Span;

/// One non-blank line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line {
    /// Trimmed span of the line.
    pub span: Span,
}

/// Non-blank lines of `text`, each trimmed, with byte offsets into `text`.
pub fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut pos = 0;
    for raw in text.split_inclusive('\n') {
        let span = Span::new(pos, pos + raw.len()).trim(text);
        pos += raw.len();
        if !span.is_empty() {
            out.push(Line { span });
        }
    }
    out
}
