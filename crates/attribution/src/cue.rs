//! Cue tagger: greedy B/I/O tagging of each sentence with an averaged perceptron.
//!
//! Features: the word, its neighbours (two each side), a crude stem and suffix, POS when
//! the document is tagged, shape, quote state, position in the sentence and the previous tag.

use crate::context::Ctx;
use crate::perceptron::{feat, Scorer};
use hearsay_core::Doc;

/// Outside a cue.
pub const O: u32 = 0;
/// First token of a cue.
pub const B: u32 = 1;
/// Later token of a cue.
pub const I: u32 = 2;

/// Features of token `i` in sentence tokens `[lo, hi)`, given the previous tag.
pub fn features(ctx: &Ctx, i: usize, lo: usize, hi: usize, prev: u32, out: &mut Vec<u32>) {
    out.clear();
    let ii = i as isize;
    let w = |d: isize| ctx.w_at(ii + d, lo, hi);
    let p = |d: isize| ctx.pos_at(ii + d, lo, hi);
    let q = ctx.inq[i] as u64;
    let first = (i == lo) as u64;
    let p1 = prev as u64;
    out.extend([
        feat(1, 0, 0),
        feat(2, w(0), 0),
        feat(3, w(-1), 0),
        feat(4, w(1), 0),
        feat(5, w(-2), 0),
        feat(6, w(2), 0),
        feat(7, ctx.stem[i], 0),
        feat(8, ctx.suf[i], 0),
        feat(9, p(0), 0),
        feat(10, p(-1), p(0)),
        feat(11, p(0), p(1)),
        feat(12, q, ctx.shape[i] as u64),
        feat(13, q, ctx.stem[i]),
        feat(14, p1, 0),
        feat(15, p1, w(0)),
        feat(16, w(-1), w(0)),
        feat(17, w(0), w(1)),
        feat(18, first, ctx.shape[i] as u64),
        feat(19, p(0), ctx.stem[i]),
        feat(20, p1, w(-1)),
        feat(21, ctx.stem[i], w(1)),
        feat(22, w(-1), ctx.stem[i]),
        feat(23, p(-1), w(0)),
        feat(24, ((hi - i).min(4)) as u64, q),
    ]);
}

/// Tags every sentence of `doc` (`b_bias` is added to the score of B: above 0 favours recall); returns cue token ranges `[start, end)` in text order.
pub fn tag(s: &impl Scorer, ctx: &Ctx, doc: &Doc, b_bias: f32) -> Vec<(usize, usize)> {
    let mut cues = Vec::new();
    let mut f = Vec::with_capacity(32);
    for sent in &doc.sentences {
        let (lo, hi) = (sent.tokens.start, sent.tokens.end.min(doc.tokens.len()));
        let mut prev = O;
        let mut open: Option<usize> = None;
        for i in lo..hi {
            features(ctx, i, lo, hi, prev, &mut f);
            let mut sc = s.score3(&f);
            sc[B as usize] += b_bias;
            let mut best = O;
            for c in [B, I] {
                if c == I && prev == O {
                    continue;
                }
                if sc[c as usize] > sc[best as usize] {
                    best = c;
                }
            }
            if best != I {
                if let Some(st) = open.take() {
                    cues.push((st, i));
                }
            }
            if best == B {
                open = Some(i);
            }
            prev = best;
        }
        if let Some(st) = open {
            cues.push((st, hi));
        }
    }
    // a reporting verb followed by "that", or inverted after a comma (", said Maria Lopez"),
    // is a cue even where the model hesitates
    let mut extra = Vec::new();
    for i in 0..ctx.lower.len().saturating_sub(1) {
        let inverted = i > 0 && matches!(ctx.lower[i - 1].as_str(), "," | "”" | "\"") && ctx.shape[i + 1] == 1;
        if crate::lexicon::is_reporting_verb(&ctx.lower[i])
            && (ctx.lower[i + 1] == "that" || inverted)
            && !ctx.inq[i]
            && !cues.iter().any(|&(a, b)| a <= i && i < b)
            && ctx.sent[i] == ctx.sent[i + 1]
        {
            extra.push((i, i + 1));
        }
    }
    if !extra.is_empty() {
        cues.extend(extra);
        cues.sort_unstable();
    }
    cues
}
