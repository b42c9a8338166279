//! Claims the article presents as reported without naming who reports them: a sentence with
//! a cue of `hearsay_lex::hedge::PRESENTS_AS_REPORTED` ("reportedly", "allegedly", "is said
//! to", "it is believed") outside every attribution. The writer's own hedges ("apparently",
//! "may") are not such cues: a sentence the writer hedges is not a claim.

use hearsay_core::{Doc, Span, SpanSet};
use hearsay_lex::hedge::PRESENTS_AS_REPORTED;

/// Longest sentence taken as a hedged claim's mention, in bytes (a longer one is cut at the
/// cue's clause: the sentence start to the next sentence-internal ";" or the cap).
pub const MAX_MENTION: usize = 600;

/// A hedged claim: the sentence stating it and the hedge cue that presents it as reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hedged {
    /// The sentence (trimmed).
    pub mention: Span,
    /// The cue ("reportedly").
    pub cue: Span,
}

/// Every attribution's source, cue and content spans: a hedge cue overlapping one lies inside
/// an attribution, which already says who reports it.
fn attribution_spans(doc: &Doc) -> SpanSet {
    SpanSet::new(
        doc.attributions.iter().flat_map(|a| a.content.iter().copied().chain(a.cue).chain(a.source)).map(|s| (s, 0)),
    )
}

/// The hedged claims of `doc`, one per sentence, in text order.
pub fn hedged(doc: &Doc) -> Vec<Hedged> {
    let mut out: Vec<Hedged> = Vec::new();
    let spans = attribution_spans(doc);
    for h in &doc.hedges {
        let cue_text = doc.slice(h.cue).trim().to_lowercase();
        if !PRESENTS_AS_REPORTED.contains(&cue_text) || spans.any_overlapping(h.cue) {
            continue;
        }
        let Some(si) = doc.sentence_at(h.cue.start) else { continue };
        let sent = &doc.sentences[si];
        let prose = doc.segments.get(sent.segment).is_some_and(|s| s.kind.carries_prose());
        if !prose || out.last().is_some_and(|o| o.mention.contains(h.cue)) {
            continue;
        }
        let mut span = sent.span.trim_matches(&doc.text, |c| c.is_whitespace());
        if span.len() > MAX_MENTION {
            let end = doc.text.ceil_char_boundary((span.start + MAX_MENTION).max(h.cue.end).min(span.end));
            span = Span::new(span.start, end);
        }
        out.push(Hedged { mention: span, cue: h.cue });
    }
    out
}
