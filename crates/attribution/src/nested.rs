//! Reported speech inside a direct quote ("A normally reliable source tells me that …"
//! inside someone's quotation): PolNeAR annotates no nesting, so the learned model does not
//! look there; a pattern finds subject + reporting verb (+ recipient) + "that" + clause.

use crate::context::Ctx;
use hearsay_core::{Attribution, AttributionKind, Doc, Span, SpanSet};
use hearsay_lex::pron::RECIPIENTS;
use hearsay_lex::speech::ATTRIBUTION;
use std::collections::BTreeSet;

/// Adds nested indirect attributions found inside the content of direct and mixed quotes.
pub fn find_nested(doc: &Doc, ctx: &Ctx, atts: &mut Vec<Attribution>) {
    let mut found: Vec<Attribution> = Vec::new();
    let cues = SpanSet::new(atts.iter().filter_map(|x| x.cue).map(|c| (c, 0)));
    // the cues found here, by start, and the longest of them (for overlap tests)
    let mut found_cues: BTreeSet<(usize, usize)> = BTreeSet::new();
    let mut longest = 0;
    let in_order =
        doc.sentences.windows(2).all(|w| w[0].tokens.start <= w[1].tokens.start && w[0].tokens.end <= w[1].tokens.end);
    for a in atts.iter() {
        if !matches!(a.kind, AttributionKind::Direct | AttributionKind::Mixed) {
            continue;
        }
        for c in &a.content {
            let std::ops::Range { start: lo, end: hi } = doc.tokens_overlapping(*c);
            // only sentences that share tokens with the content (all of them when out of order)
            let first = if in_order { doc.sentences.partition_point(|s| s.tokens.end <= lo) } else { 0 };
            for sent in &doc.sentences[first..] {
                if in_order && sent.tokens.start >= hi {
                    break;
                }
                let (s, e) = (sent.tokens.start.max(lo), sent.tokens.end.min(hi));
                if s >= e {
                    continue;
                }
                if let Some(x) = pattern(doc, ctx, s, e) {
                    let q = x.cue.unwrap_or_default();
                    let found_overlaps = found_cues
                        .range(..(q.end, 0))
                        .rev()
                        .take_while(|&&(st, _)| st + longest >= q.start)
                        .any(|&(st, en)| Span::new(st, en).overlaps(q));
                    if !cues.any_overlapping(q) && !found_overlaps {
                        if let Some(c) = x.cue {
                            found_cues.insert((c.start, c.end));
                            longest = longest.max(c.len());
                        }
                        found.push(x);
                    }
                }
            }
        }
    }
    atts.extend(found);
}

/// `[s, e)`: subject words, then a reporting verb, an optional recipient, "that", a clause.
fn pattern(doc: &Doc, ctx: &Ctx, s: usize, e: usize) -> Option<Attribution> {
    let first = (s..e).find(|&k| ctx.wordlike[k])?;
    let verb = (first + 1..e.min(first + 8)).find(|&k| ATTRIBUTION.contains(&ctx.lower[k]))?;
    if (first..verb).any(|k| !ctx.wordlike[k]) {
        return None;
    }
    let mut k = verb + 1;
    if k < e && RECIPIENTS.contains(&ctx.lower[k]) {
        k += 1;
    }
    if k >= e || &ctx.lower[k] != "that" {
        return None;
    }
    let cstart = (k + 1..e).find(|&x| ctx.wordlike[x])?;
    let cend = (cstart..e).rev().find(|&x| ctx.wordlike[x])?;
    let span = |a: usize, b: usize| Span::new(doc.tokens[a].span.start, doc.tokens[b].span.end);
    Some(Attribution::new(
        AttributionKind::Indirect,
        Some(span(first, verb - 1)),
        Some(span(verb, verb)),
        vec![span(cstart, cend)],
        0.5,
    ))
}
