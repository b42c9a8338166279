//! Reported speech inside a direct quote ("A normally reliable source tells me that …"
//! inside someone's quotation): PolNeAR annotates no nesting, so the learned model does not
//! look there; a pattern finds subject + reporting verb (+ recipient) + "that" + clause.

use crate::context::Ctx;
use hearsay_core::{Attribution, AttributionKind, Doc, Span};
use hearsay_lex::pron::RECIPIENTS;
use hearsay_lex::speech::ATTRIBUTION;

/// Adds nested indirect attributions found inside the content of direct and mixed quotes.
pub fn find_nested(doc: &Doc, ctx: &Ctx, atts: &mut Vec<Attribution>) {
    let mut found = Vec::new();
    for a in atts.iter() {
        if !matches!(a.kind, AttributionKind::Direct | AttributionKind::Mixed) {
            continue;
        }
        for c in &a.content {
            let lo = doc.tokens.partition_point(|t| t.span.end <= c.start);
            let hi = doc.tokens.partition_point(|t| t.span.start < c.end);
            for sent in &doc.sentences {
                let (s, e) = (sent.tokens.start.max(lo), sent.tokens.end.min(hi));
                if s >= e {
                    continue;
                }
                if let Some(x) = pattern(doc, ctx, s, e) {
                    if !atts
                        .iter()
                        .chain(&found)
                        .any(|o: &Attribution| o.cue.is_some_and(|oc| oc.overlaps(x.cue.unwrap_or_default())))
                    {
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
    if k >= e || ctx.lower[k] != "that" {
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
