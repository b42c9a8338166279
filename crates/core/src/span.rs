//! Byte spans over a document's text.

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into a document's UTF-8 text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (swapped if given backwards).
    pub fn new(start: usize, end: usize) -> Self {
        if start <= end {
            Span { start, end }
        } else {
            Span { start: end, end: start }
        }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text this span covers, or `""` when it is out of range or not on char boundaries.
    #[inline]
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// True when `other` lies entirely within this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// Shrinks the span so it neither starts nor ends with whitespace.
    pub fn trim(&self, text: &str) -> Span {
        self.trim_matches(text, |c| c.is_whitespace())
    }

    /// Shrinks the span while its first or last char satisfies `pred`.
    pub fn trim_matches(&self, text: &str, pred: impl Fn(char) -> bool) -> Span {
        let s = self.text(text);
        let lead = s.len() - s.trim_start_matches(&pred).len();
        let inner = &s[lead..];
        let kept = inner.trim_end_matches(&pred).len();
        Span::new(self.start + lead, self.start + lead + kept)
    }
}

/// A span with a copy of the text it covers, as written in `hearsay.v1` output.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextSpan {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The covered text, for readability.
    #[serde(default)]
    pub text: String,
}

impl TextSpan {
    /// Attach the covered text of `span` in `text`.
    pub fn of(span: Span, text: &str) -> Self {
        TextSpan { start: span.start, end: span.end, text: span.text(text).to_string() }
    }

    /// The bare span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_and_text() {
        let t = "  “hello,”  ";
        let s = Span::new(0, t.len()).trim(t);
        assert_eq!(s.text(t), "“hello,”");
        let p = s.trim_matches(t, |c| !c.is_alphanumeric());
        assert_eq!(p.text(t), "hello");
    }

    #[test]
    fn out_of_range_text_is_empty() {
        assert_eq!(Span::new(3, 10).text("ab"), "");
        // not a char boundary inside a multi-byte char
        assert_eq!(Span::new(1, 2).text("é"), "");
    }

    #[test]
    fn overlap_and_cover() {
        let a = Span::new(0, 5);
        let b = Span::new(4, 9);
        assert!(a.overlaps(b));
        assert!(!a.overlaps(Span::new(5, 6)));
        assert_eq!(a.cover(b), Span::new(0, 9));
        assert!(a.cover(b).contains(b));
    }
}
