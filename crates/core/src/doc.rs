//! The document: owns the text and every annotation layer.

use crate::layers::*;
use crate::Span;
use serde::{Deserialize, Serialize};

/// Article metadata, when known.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    /// Canonical URL.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub url: Option<String>,
    /// Publication date/time as given.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub published: Option<String>,
    /// Authors.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub authors: Vec<String>,
    /// Outlet name.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub outlet: Option<String>,
    /// Language code.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub language: Option<String>,
}

impl Metadata {
    /// True when nothing is known.
    pub fn is_empty(&self) -> bool {
        *self == Metadata::default()
    }
}

/// What the document was made from (set by ingest; not part of the `hearsay.v1` output).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InputInfo {
    /// Content key of the input bytes: the first 128 bits of their SHA-256, in hex.
    pub key: String,
    /// Size of the input in bytes.
    pub bytes: u64,
    /// True when the caller gave the document's id (else it is the key's first 16 digits).
    pub caller_id: bool,
}

/// One document and all its annotation layers.
///
/// Stages fill the layers in order: ingest sets `segments` (and `metadata`), text sets
/// `tokens` and `sentences`, then attribution, sources, epistemics and claims.
#[derive(Clone, Debug, Default)]
pub struct Doc {
    /// Caller-given id, file name or content hash.
    pub id: String,
    /// The text every span indexes.
    pub text: String,
    /// Metadata.
    pub metadata: Metadata,
    /// The input it was made from.
    pub input: InputInfo,
    /// Classified stretches, in text order, non-overlapping.
    pub segments: Vec<Segment>,
    /// Tokens of prose segments, in text order.
    pub tokens: Vec<Token>,
    /// Lowercase form of each token (parallel to `tokens`; set with them by the text stage,
    /// read through [`Doc::lowercase`]).
    pub lower: crate::Lowercase,
    /// Sentences of prose segments, in text order.
    pub sentences: Vec<Sentence>,
    /// Part-of-speech tag of each token (parallel to `tokens`; empty until tagged).
    pub pos: Vec<Pos>,
    /// Dependency head of each token, as an index into `tokens` (a sentence root is its
    /// own head); parallel to `tokens`, empty until parsed.
    pub heads: Vec<u32>,
    /// Dependency relation of each token to its head (parallel to `heads`).
    pub deprels: Vec<DepRel>,
    /// Attribution relations.
    pub attributions: Vec<Attribution>,
    /// Speaker entities.
    pub sources: Vec<Source>,
    /// Hedge cues.
    pub hedges: Vec<Hedge>,
    /// Verification events.
    pub verifications: Vec<Verification>,
    /// Claims.
    pub claims: Vec<Claim>,
    /// Things the caller should know (lossy decoding, truncation).
    pub warnings: Vec<String>,
    /// When the analysis must stop (none by default); stages poll it and stop early.
    pub deadline: crate::Deadline,
}

impl Doc {
    /// A document over `text` with no layers yet.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Doc { id: id.into(), text: text.into(), ..Default::default() }
    }

    /// True once the analysis of this document should stop (its deadline passed or was
    /// cancelled); stages check it in their loops and return early.
    pub fn expired(&self) -> bool {
        self.deadline.expired()
    }

    /// The text covered by `span`.
    #[inline]
    pub fn slice(&self, span: Span) -> &str {
        span.text(&self.text)
    }

    /// Segments attributions are looked for in (title, standfirst, body).
    pub fn prose_segments(&self) -> impl Iterator<Item = (usize, &Segment)> {
        self.segments.iter().enumerate().filter(|(_, s)| s.kind.carries_prose())
    }

    /// The lowercase forms of the tokens: the text stage's layer, or (for a document whose
    /// tokens were set by hand) computed now.
    pub fn lowercase(&self) -> std::borrow::Cow<'_, crate::Lowercase> {
        if self.has_lower() {
            std::borrow::Cow::Borrowed(&self.lower)
        } else {
            std::borrow::Cow::Owned(crate::Lowercase::of(&self.text, &self.tokens))
        }
    }

    /// Token `i` lowercased: the text stage's form, or (tokens set by hand) computed now.
    pub fn lower_at(&self, i: usize) -> std::borrow::Cow<'_, str> {
        match self.lower.get(i) {
            Some(w) if self.has_lower() => w.into(),
            _ => self.slice(self.tokens[i].span).to_lowercase().into(),
        }
    }

    /// True when the lowercase layer matches the tokens.
    fn has_lower(&self) -> bool {
        self.lower.len() == self.tokens.len()
    }

    /// Tokens of sentence `i`.
    pub fn sentence_tokens(&self, i: usize) -> &[Token] {
        &self.tokens[self.sentences[i].tokens.clone()]
    }

    /// Index of the sentence containing byte `pos`, if any.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= pos);
        (i < self.sentences.len() && self.sentences[i].span.start <= pos).then_some(i)
    }

    /// The tokens that reach into `span`: each ending after its start and starting before its
    /// end (for a non-empty span, those that share a byte with it), as a range of token indices.
    pub fn tokens_overlapping(&self, span: Span) -> std::ops::Range<usize> {
        let a = self.tokens.partition_point(|t| t.span.end <= span.start);
        let b = self.tokens.partition_point(|t| t.span.start < span.end);
        a..b.max(a)
    }

    /// The tokens that lie wholly within `span` (as [`Span::contains`]), as a range of token
    /// indices.
    pub fn tokens_within(&self, span: Span) -> std::ops::Range<usize> {
        let a = self.tokens.partition_point(|t| t.span.start < span.start);
        let b = self.tokens.partition_point(|t| t.span.end <= span.end);
        a..b.max(a)
    }

    /// Index of the segment containing byte `pos`, if any.
    #[inline]
    pub fn segment_at(&self, pos: usize) -> Option<usize> {
        let i = self.segments.partition_point(|s| s.span.end <= pos);
        (i < self.segments.len() && self.segments[i].span.start <= pos).then_some(i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_by_position() {
        let mut d = Doc::new("x", "ab cd. ef");
        d.segments.push(Segment { kind: SegmentKind::Body, span: Span::new(0, 9) });
        d.sentences.push(Sentence { span: Span::new(0, 6), tokens: 0..0, segment: 0 });
        d.sentences.push(Sentence { span: Span::new(7, 9), tokens: 0..0, segment: 0 });
        assert_eq!(d.sentence_at(1), Some(0));
        assert_eq!(d.sentence_at(6), None);
        assert_eq!(d.sentence_at(8), Some(1));
        assert_eq!(d.segment_at(8), Some(0));
        assert_eq!(d.segment_at(9), None);
    }

    #[test]
    fn token_ranges_of_a_span() {
        // "ab cd. ef": ab 0..2, cd 3..5, . 5..6, ef 7..9
        let mut d = Doc::new("x", "ab cd. ef");
        for (a, b) in [(0, 2), (3, 5), (5, 6), (7, 9)] {
            d.tokens.push(Token { span: Span::new(a, b), kind: TokenKind::Word });
        }
        // "b cd" reaches into "ab" and "cd", but holds only "cd"
        assert_eq!(d.tokens_overlapping(Span::new(1, 5)), 0..2);
        assert_eq!(d.tokens_within(Span::new(1, 5)), 1..2);
        assert_eq!(d.tokens_within(Span::new(0, 9)), 0..4);
        assert_eq!(d.tokens_overlapping(Span::new(6, 7)), 3..3);
        assert_eq!(d.tokens_within(Span::new(4, 5)), 2..2);
    }
}
