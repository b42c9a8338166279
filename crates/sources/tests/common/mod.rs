//! Builds small documents by hand: paragraphs, attributions and verifications given as text.

#![allow(dead_code)]

use hearsay_core::*;

/// A document whose paragraphs (separated by blank lines) are body segments, tokenised.
pub fn doc(text: &str) -> Doc {
    let mut d = Doc::new("t", text);
    let mut start = 0;
    for p in text.split("\n\n") {
        d.segments.push(Segment { kind: SegmentKind::Body, span: Span::new(start, start + p.len()) });
        start += p.len() + 2;
    }
    hearsay_core::Component::annotate(&hearsay_text::Text::shipped().expect("shipped tagger"), &mut d);
    d
}

/// Span of the first occurrence of `needle` at or after byte `from`.
pub fn at(d: &Doc, needle: &str, from: usize) -> Span {
    let p = d.text[from..].find(needle).unwrap_or_else(|| panic!("{needle:?} not in text")) + from;
    Span::new(p, p + needle.len())
}

/// Adds an attribution; `source` and `cue` are searched from the content's start paragraph.
pub fn attr(
    d: &mut Doc,
    kind: AttributionKind,
    source: Option<&str>,
    cue: Option<&str>,
    content: &str,
    from: usize,
) -> usize {
    let c = at(d, content, from);
    let para = d.segment_at(c.start).map_or(0, |s| d.segments[s].span.start);
    let a = Attribution::new(kind, source.map(|s| at(d, s, para)), cue.map(|s| at(d, s, para)), vec![c], 1.0);
    d.attributions.push(a);
    d.attributions.len() - 1
}

/// Adds a verification whose actor and cue are searched from byte `from`.
pub fn verif(d: &mut Doc, verdict: Verdict, actor: &str, cue: &str, from: usize) -> usize {
    let a = at(d, actor, from);
    let c = at(d, cue, a.end);
    d.verifications.push(Verification { verdict, actor: Some(a), actor_id: None, cue: c, target: None });
    d.verifications.len() - 1
}
