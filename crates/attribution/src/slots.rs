//! Cue-conditioned span pointers: for one cue, choose the source span, the content span
//! left of the cue and the content span right of it (each may be absent).
//!
//! A span `[s, e]` (inclusive token indices, on word or number tokens) scores
//! `start(s) + end(e) + pair(length, sentences crossed)`; "absent" has its own features.
//! Features are relative to the cue: side, distance, sentence offset, quote state, the
//! words and tags at and beside each boundary, whether another cue lies in between, and
//! how many verbs a right-hand content start skips after the cue.
//! Exact decoding enumerates every span in the window (the cue's paragraph, at most three
//! sentences either side).

use crate::context::{Ctx, END_CLASSES, INSIDE_KINDS, START_CLASSES};
use crate::extract::Marks;
use hearsay_core::Doc;
use hearsay_learn::mixed::{feat, with_class, Scorer};

/// Source slot.
pub const SRC: u32 = 0;
/// Content left of the cue.
pub const CL: u32 = 1;
/// Content right of the cue.
pub const CR: u32 = 2;

/// Sentences either side of the cue's sentence in its window.
const WINDOW: usize = 3;

/// Longest source span considered, in tokens.
const MAX_SOURCE: usize = 40;

/// A slot's answer: absent, or an inclusive token range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    /// Nothing fills the slot.
    None,
    /// Tokens `s..=e`.
    Span(usize, usize),
}

/// One cue in its window, with the marks of the other cues.
pub struct CueView<'a> {
    /// First cue token.
    pub cs: usize,
    /// One past the last cue token.
    pub ce: usize,
    /// Window start (token).
    pub lo: usize,
    /// Window end (token, exclusive).
    pub hi: usize,
    /// The other cues.
    pub other: &'a Marks,
    /// Hash of the cue's words.
    pub cw: u64,
}

/// Tokens a window reaches either side of its cue at most. Real windows are far shorter (three
/// sentences, PolNeAR content spans: 99.9% under 190 tokens); without punctuation one
/// "sentence" can be a whole document, and the span search is quadratic in the window
/// (issue 18: linear cost on any input).
pub const MAX_REACH: usize = 256;

/// The window of a cue: its paragraph's sentences, at most three either side, and at most
/// [`MAX_REACH`] tokens either side of the cue.
pub fn window(doc: &Doc, cs: usize) -> (usize, usize) {
    // sentences are in token order: the first whose end is past `cs`
    let si = doc.sentences.partition_point(|s| s.tokens.end <= cs);
    if si == doc.sentences.len() || !doc.sentences[si].tokens.contains(&cs) {
        return (cs, cs + 1);
    }
    let seg = doc.sentences[si].segment;
    let mut a = si;
    while a > 0 && si - a < WINDOW && doc.sentences[a - 1].segment == seg {
        a -= 1;
    }
    let mut b = si;
    while b + 1 < doc.sentences.len() && b - si < WINDOW && doc.sentences[b + 1].segment == seg {
        b += 1;
    }
    let lo = doc.sentences[a].tokens.start.max(cs.saturating_sub(MAX_REACH));
    let hi = doc.sentences[b].tokens.end.min(doc.tokens.len()).min(cs + MAX_REACH);
    (lo, hi)
}

fn dist_bucket(d: usize) -> u64 {
    match d {
        0..=4 => d as u64,
        5..=6 => 5,
        7..=9 => 6,
        10..=14 => 7,
        15..=20 => 8,
        21..=30 => 9,
        _ => 10,
    }
}

fn len_bucket(n: usize) -> u64 {
    match n {
        1..=4 => n as u64 - 1,
        5..=6 => 4,
        7..=8 => 5,
        9..=12 => 6,
        13..=16 => 7,
        17..=24 => 8,
        25..=32 => 9,
        33..=48 => 10,
        _ => 11,
    }
}

fn prev_word(ctx: &Ctx, i: usize, lo: usize) -> Option<usize> {
    (lo..i).rev().find(|&k| ctx.wordlike[k])
}

fn next_word(ctx: &Ctx, i: usize, hi: usize) -> Option<usize> {
    (i + 1..hi).find(|&k| ctx.wordlike[k])
}

/// The features of `i` as a span start on side `sd` that do not depend on the cue (words,
/// tags and shapes at and before it); the same in every window that holds `i - 2 ..= i`.
pub fn start_static(ctx: &Ctx, i: usize, lo: usize, hi: usize, sd: u64) -> [u32; 6] {
    let ii = i as isize;
    let w = |d: isize| ctx.w_at(ii + d, lo, hi);
    let p = |d: isize| ctx.pos_at(ii + d, lo, hi);
    let sh = |d: isize| ctx.shape_at(ii + d, lo, hi);
    [
        feat(101, sd, w(0)),
        feat(102, sd, w(-1)),
        feat(103, sd, p(0) * 32 + p(-1)),
        feat(108, sd, w(-2) ^ w(-1).rotate_left(7)),
        feat(110, sd, sh(0) * 8 + sh(-1)),
        feat(114, sd, p(-1) * 32 + p(-2)),
    ]
}

/// The features of `j` as a span end on side `sd` that do not depend on the cue; the same
/// in every window that holds `j ..= j + 2`.
pub fn end_static(ctx: &Ctx, j: usize, lo: usize, hi: usize, sd: u64) -> [u32; 5] {
    let jj = j as isize;
    let w = |d: isize| ctx.w_at(jj + d, lo, hi);
    let p = |d: isize| ctx.pos_at(jj + d, lo, hi);
    let sh = |d: isize| ctx.shape_at(jj + d, lo, hi);
    [
        feat(201, sd, w(0)),
        feat(202, sd, w(1)),
        feat(203, sd, p(0) * 32 + p(1)),
        feat(208, sd, w(1) ^ w(2).rotate_left(7)),
        feat(210, sd, sh(0) * 8 + sh(1)),
    ]
}

/// Per-document cache of the cue-independent boundary sums ([`start_static`],
/// [`end_static`]) in integer units, per token and side, for scorers with
/// [`Scorer::units3`]: windows of neighbouring cues overlap, and these sums are a third
/// of the boundary scoring.
pub struct BoundaryCache {
    start: Vec<[[i32; 3]; 2]>,
    end: Vec<[[i32; 3]; 2]>,
}

/// Marks a sum not yet computed.
const UNKNOWN: [i32; 3] = [i32::MIN; 3];

impl BoundaryCache {
    /// An empty cache for a document of `n` tokens.
    pub fn new(n: usize) -> BoundaryCache {
        BoundaryCache { start: vec![[UNKNOWN; 2]; n], end: vec![[UNKNOWN; 2]; n] }
    }
}

impl CueView<'_> {
    fn side(&self, i: usize) -> u64 {
        (i >= self.ce) as u64
    }

    fn dist(&self, i: usize) -> usize {
        if i < self.cs {
            self.cs - 1 - i
        } else {
            i.saturating_sub(self.ce)
        }
    }

    fn sent_off(&self, ctx: &Ctx, i: usize) -> u64 {
        let d = ctx.sent[i] as i64 - ctx.sent[self.cs] as i64;
        (d.clamp(-3, 3) + 3) as u64
    }

    /// Whether other cues lie between the cue and `i`: 0 none, 1 some, 2 one with a
    /// reporting verb or a speech word.
    fn others_between(&self, i: usize) -> u64 {
        let (a, b) = if i < self.cs { (i, self.cs) } else { (self.ce, i + 1) };
        if self.other.strong[b] > self.other.strong[a] {
            2
        } else {
            (self.other.any[b] > self.other.any[a]) as u64
        }
    }

    /// Features of `i` as the first token of a span.
    pub fn start_features(&self, ctx: &Ctx, i: usize, out: &mut Vec<u32>) {
        let st = start_static(ctx, i, self.lo, self.hi, self.side(i));
        self.start_into(ctx, i, Some(&st), out);
    }

    /// The features of `i` as a span start, in [`CueView::start_features`] order; those of
    /// [`start_static`] only when given (`None`: the cue-dependent ones alone).
    pub fn start_into(&self, ctx: &Ctx, i: usize, stat: Option<&[u32; 6]>, out: &mut Vec<u32>) {
        out.clear();
        let s = |k: usize| stat.map(|a| a[k]);
        let (lo, hi) = (self.lo, self.hi);
        let ii = i as isize;
        let w = |d: isize| ctx.w_at(ii + d, lo, hi);
        let p = |d: isize| ctx.pos_at(ii + d, lo, hi);
        let sd = self.side(i);
        let db = dist_bucket(self.dist(i));
        let so = self.sent_off(ctx, i);
        let first = prev_word(ctx, i, lo).is_none_or(|k| ctx.sent[k] != ctx.sent[i]) as u64;
        let q = (ctx.inq[i] as u64) * 2 + ctx.inq[self.cs] as u64;
        out.push(feat(100, sd, db));
        out.extend(s(0).into_iter().chain(s(1)).chain(s(2)));
        out.extend([
            feat(104, sd * 8 + so, first),
            feat(105, sd * 4 + q, first),
            feat(106, self.cw ^ sd, w(-1)),
            feat(107, sd * 16 + db, p(0)),
        ]);
        out.extend(s(3));
        out.push(feat(109, sd * 16 + db, w(-1)));
        out.extend(s(4));
        out.extend([
            feat(111, sd * 4 + self.others_between(i), db.min(6)),
            feat(112, sd * 16 + db, w(0)),
            feat(113, self.cw ^ sd, w(0)),
        ]);
        out.extend(s(5));
        // what kind of cue meets what kind of opening ("critical of" + a noun phrase)
        let cc = (self.cs..self.ce).map(|k| ctx.class[k]).max().unwrap_or(0) as u64;
        let st = ctx.start[i] as u64;
        out.push(feat(116, sd * 8 + cc, st));
        out.push(feat(117, sd * 8 + st, ctx.fine[self.ce - 1] as u64));
        if sd == 1 {
            // verbs skipped between the cue and a start right of it
            let v = (ctx.verbs_before(i) - ctx.verbs_before(self.ce)).min(2) as u64;
            out.push(feat(115, v * 2 + first, p(0)));
        }
    }

    /// Features of `j` as the last token of a span.
    pub fn end_features(&self, ctx: &Ctx, j: usize, out: &mut Vec<u32>) {
        let st = end_static(ctx, j, self.lo, self.hi, self.side(j));
        self.end_into(ctx, j, Some(&st), out);
    }

    /// The features of `j` as a span end, in [`CueView::end_features`] order; those of
    /// [`end_static`] only when given.
    pub fn end_into(&self, ctx: &Ctx, j: usize, stat: Option<&[u32; 5]>, out: &mut Vec<u32>) {
        out.clear();
        let s = |k: usize| stat.map(|a| a[k]);
        let (lo, hi) = (self.lo, self.hi);
        let jj = j as isize;
        let w = |d: isize| ctx.w_at(jj + d, lo, hi);
        let p = |d: isize| ctx.pos_at(jj + d, lo, hi);
        let sd = self.side(j);
        let db = dist_bucket(self.dist(j));
        let so = self.sent_off(ctx, j);
        let last = next_word(ctx, j, hi).is_none_or(|k| ctx.sent[k] != ctx.sent[j]) as u64;
        let q = (ctx.inq[j] as u64) * 2 + ctx.inq[self.cs] as u64;
        out.push(feat(200, sd, db));
        out.extend(s(0).into_iter().chain(s(1)).chain(s(2)));
        out.extend([
            feat(204, sd * 8 + so, last),
            feat(205, sd * 4 + q, last),
            feat(206, self.cw ^ sd, w(1)),
            feat(207, sd * 16 + db, p(0)),
        ]);
        out.extend(s(3));
        out.push(feat(209, sd * 16 + db, w(1)));
        out.extend(s(4));
        out.extend([
            feat(211, sd * 4 + self.others_between(j), db.min(6)),
            feat(212, sd * 16 + db, w(0)),
            feat(213, self.cw ^ sd, w(0)),
        ]);
    }

    /// Features of the slot being empty.
    pub fn none_features(&self, ctx: &Ctx, out: &mut Vec<u32>) {
        out.clear();
        let (lo, hi) = (self.lo, self.hi);
        let s = self.cs as isize;
        let e = self.ce as isize;
        let sent = ctx.sent[self.cs];
        let left = (self.lo..self.cs).filter(|&k| ctx.sent[k] == sent && ctx.wordlike[k]).count();
        let right = (self.ce..self.hi).filter(|&k| ctx.sent[k] == sent && ctx.wordlike[k]).count();
        out.extend([
            feat(300, 0, 0),
            feat(301, self.cw, 0),
            feat(302, ctx.w_at(s - 1, lo, hi), 0),
            feat(303, ctx.w_at(e, lo, hi), 0),
            feat(304, ctx.pos_at(s, lo, hi), ctx.pos_at(s - 1, lo, hi)),
            feat(305, dist_bucket(left), dist_bucket(right)),
            feat(306, ctx.inq[self.cs] as u64, ctx.shape[self.cs] as u64),
            feat(307, self.cw, dist_bucket(left) * 16 + dist_bucket(right)),
        ]);
    }

    /// Raw index of the pair feature (side, length, sentences crossed) for `slot`.
    pub fn pair_index(slot: u32, side: u64, len: usize, cross: u32) -> usize {
        with_class(feat(400, side, len_bucket(len) * 4 + cross.min(3) as u64), slot)
    }

    /// Raw indices of the span-content features of `[s, e]` for `slot`: how many tokens of
    /// each [`crate::context::Inside`] kind it holds (0, 1, 2 or more each).
    pub fn inside_indices(ctx: &Ctx, slot: u32, side: u64, s: usize, e: usize) -> [usize; INSIDE_KINDS] {
        std::array::from_fn(|k| {
            let n = (ctx.inside[e + 1][k] - ctx.inside[s][k]).min(2) as u64;
            inside_index(slot, side, k, n)
        })
    }
}

/// Raw index of "`n` tokens of inside kind `kind`" for `slot` on `side`.
#[inline]
fn inside_index(slot: u32, side: u64, kind: usize, n: u64) -> usize {
    with_class(feat(401 + kind as u32, side, n), slot)
}

/// Raw index of "`n` tokens of inside kind `kind` in a span opening with start class `sc`".
#[inline]
fn class_inside_index(slot: u32, side: u64, sc: usize, kind: usize, n: u64) -> usize {
    with_class(feat(420 + kind as u32, side * 8 + sc as u64, n), slot)
}

/// Raw index of "a span opening with start class `sc` is followed by end class `ec`".
#[inline]
fn class_end_index(slot: u32, side: u64, sc: usize, ec: usize) -> usize {
    with_class(feat(441, side * 8 + sc as u64, ec as u64), slot)
}

/// Raw index of "length bucket `b` (× sentences crossed) for a span opening with start class `sc`".
#[inline]
fn class_len_index(slot: u32, side: u64, sc: usize, b: u64) -> usize {
    with_class(feat(440, side * 8 + sc as u64, b), slot)
}

/// All feature indices of a choice (for training updates): (class-mixed raw indices).
pub fn choice_indices(v: &CueView, ctx: &Ctx, slot: u32, c: Choice, buf: &mut Vec<u32>) -> Vec<usize> {
    let mut out = Vec::new();
    match c {
        Choice::None => {
            v.none_features(ctx, buf);
            out.extend(buf.iter().map(|&f| with_class(f, slot)));
        }
        Choice::Span(s, e) => {
            v.start_features(ctx, s, buf);
            out.extend(buf.iter().map(|&f| with_class(f, slot)));
            v.end_features(ctx, e, buf);
            out.extend(buf.iter().map(|&f| with_class(f, slot)));
            out.push(CueView::pair_index(slot, v.side(s), e + 1 - s, ctx.sent[e] - ctx.sent[s]));
            out.extend(CueView::inside_indices(ctx, slot, v.side(s), s, e));
            let (side, sc) = (v.side(s), ctx.start[s] as usize);
            for k in 0..INSIDE_KINDS {
                let n = (ctx.inside[e + 1][k] - ctx.inside[s][k]).min(2) as u64;
                out.push(class_inside_index(slot, side, sc, k, n));
            }
            let b = len_bucket(e + 1 - s) * 4 + (ctx.sent[e] - ctx.sent[s]).min(3) as u64;
            out.push(class_len_index(slot, side, sc, b));
            out.push(class_end_index(slot, side, sc, ctx.end[e] as usize));
        }
    }
    out
}

/// The span-level weights of every slot (length, inside counts, start classes): they do
/// not depend on the cue, so they are read once per document rather than per cue.
#[derive(Clone)]
pub struct SpanWeights {
    pair: [[[f32; 48]; 2]; 3],
    inside: [[[[f32; 3]; INSIDE_KINDS]; 2]; 3],
    /// Per start class: inside counts (3 weights per kind), length × crossing (48), end class.
    class: Vec<[f32; ROW]>,
    /// Per slot and side, the largest weights a span can add ([`Bounds`]).
    bounds: [[Bounds; 2]; 3],
}

/// The largest span-level weights of one slot and side, for [`SlotScores::best`]'s upper
/// bounds: of the length × crossing weights, of the inside counts (summed over kinds), and
/// of each start class's row.
#[derive(Clone, Copy, Default)]
struct Bounds {
    tp: f32,
    ti: f32,
    tc: [f32; START_CLASSES],
}

/// Every boundary and "absent" score of one cue's window, for the three slots at once.
pub struct SlotScores<'w> {
    a: usize,
    start: Vec<[f32; 3]>,
    end: Vec<[f32; 3]>,
    none: [f32; 3],
    w: &'w SpanWeights,
}

/// Offset of the length × crossing weights in a [`SpanWeights::class`] row (after the inside counts).
const LEN_AT: usize = INSIDE_KINDS * 3;
/// Offset of the end-class weights in a [`SpanWeights::class`] row.
const END_AT: usize = LEN_AT + 48;
/// Length of a [`SpanWeights::class`] row: inside counts, length × crossing (48), end class.
const ROW: usize = END_AT + END_CLASSES;

/// Index of the [`SpanWeights::class`] row of (slot, side, start class).
#[inline]
fn class_row(slot: usize, side: usize, sc: usize) -> usize {
    (slot * 2 + side) * START_CLASSES + sc
}

const NEG: f32 = f32::NEG_INFINITY;

impl SpanWeights {
    /// Reads the span-level weights of `sc`.
    pub fn new(sc: &impl Scorer) -> SpanWeights {
        let mut pair = [[[0f32; 48]; 2]; 3];
        for (slot, ps) in pair.iter_mut().enumerate() {
            for (side, row) in ps.iter_mut().enumerate() {
                for (b, x) in row.iter_mut().enumerate() {
                    *x = sc.raw(with_class(feat(400, side as u64, b as u64), slot as u32));
                }
            }
        }
        let mut inside = [[[[0f32; 3]; INSIDE_KINDS]; 2]; 3];
        for (slot, per_side) in inside.iter_mut().enumerate() {
            for (side, kinds) in per_side.iter_mut().enumerate() {
                for (kind, row) in kinds.iter_mut().enumerate() {
                    for (b, x) in row.iter_mut().enumerate() {
                        *x = sc.raw(inside_index(slot as u32, side as u64, kind, b as u64));
                    }
                }
            }
        }
        let mut class = vec![[0f32; ROW]; 3 * 2 * START_CLASSES];
        for slot in 0..3 {
            for side in 0..2 {
                for c in 0..START_CLASSES {
                    let row = &mut class[class_row(slot, side, c)];
                    for kind in 0..INSIDE_KINDS {
                        for n in 0..3 {
                            row[kind * 3 + n] = sc.raw(class_inside_index(slot as u32, side as u64, c, kind, n as u64));
                        }
                    }
                    for b in 0..48 {
                        row[LEN_AT + b] = sc.raw(class_len_index(slot as u32, side as u64, c, b as u64));
                    }
                    for ec in 0..END_CLASSES {
                        row[END_AT + ec] = sc.raw(class_end_index(slot as u32, side as u64, c, ec));
                    }
                }
            }
        }
        let top = |w: &[f32]| w.iter().copied().fold(NEG, f32::max);
        let mut bounds = [[Bounds::default(); 2]; 3];
        for (k, per_side) in bounds.iter_mut().enumerate() {
            for (side, b) in per_side.iter_mut().enumerate() {
                b.tp = top(&pair[k][side]);
                b.ti = inside[k][side].iter().map(|r| top(r)).sum();
                for (c, t) in b.tc.iter_mut().enumerate() {
                    let row = &class[class_row(k, side, c)];
                    *t =
                        row[..LEN_AT].chunks(3).map(top).sum::<f32>() + top(&row[LEN_AT..END_AT]) + top(&row[END_AT..]);
                }
            }
        }
        SpanWeights { pair, inside, class, bounds }
    }

    /// [`SpanWeights::new`] of `sc`, read once per thread for weights with a
    /// [`Scorer::cache_id`] (they never change) and copied from there.
    pub fn of(sc: &impl Scorer) -> SpanWeights {
        thread_local! {
            static READ: std::cell::RefCell<Option<(u64, SpanWeights)>> = const { std::cell::RefCell::new(None) };
        }
        let Some(id) = sc.cache_id() else {
            return SpanWeights::new(sc);
        };
        READ.with_borrow_mut(|read| match read {
            Some((at, w)) if *at == id => w.clone(),
            _ => {
                let w = SpanWeights::new(sc);
                *read = Some((id, w.clone()));
                w
            }
        })
    }
}

/// Margin kept (relative to the best score) when a span is skipped by its upper bound: the
/// bound adds the same terms in another order, so it may round a few ulps away from the
/// span's own score; 1e-4 is hundreds of times the rounding of a few dozen `f32` terms.
const SLACK: f32 = 1e-4;

impl<'w> SlotScores<'w> {
    /// Scores the window of `v`; `w` holds the span-level weights of the same scorer. With
    /// a `cache` and a scorer that adds in integer units, the cue-independent part of each
    /// boundary score is read from it (the same sums, so the same scores).
    pub fn new(
        sc: &impl Scorer,
        ctx: &Ctx,
        v: &CueView,
        w: &'w SpanWeights,
        mut cache: Option<&mut BoundaryCache>,
    ) -> SlotScores<'w> {
        let mut buf = Vec::with_capacity(20);
        v.none_features(ctx, &mut buf);
        let none = sc.score3(&buf);
        let n = v.hi.saturating_sub(v.lo);
        let mut start = vec![[NEG; 3]; n];
        let mut end = vec![[NEG; 3]; n];
        if sc.units3(&[]).is_none() {
            cache = None;
        }
        let add = |a: [i32; 3], b: [i32; 3]| [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
        for k in v.lo..v.hi {
            if !ctx.wordlike[k] || (v.cs..v.ce).contains(&k) {
                continue;
            }
            let mask = |x: [f32; 3]| {
                if k < v.cs {
                    [x[0], x[1], NEG]
                } else {
                    [x[0], NEG, x[2]]
                }
            };
            let sd = v.side(k);
            // spans left of the cue end near its sentence; spans right of it start there
            let near = ctx.sent[k].abs_diff(ctx.sent[v.cs]) <= 1;
            if k < v.cs || near {
                let x = match cache.as_deref_mut() {
                    Some(c) => {
                        let units = |f: &[u32]| sc.units3(f).unwrap_or_default();
                        let st = if k >= v.lo + 2 {
                            let slot = &mut c.start[k][sd as usize];
                            if *slot == UNKNOWN {
                                *slot = units(&start_static(ctx, k, v.lo, v.hi, sd));
                            }
                            *slot
                        } else {
                            units(&start_static(ctx, k, v.lo, v.hi, sd))
                        };
                        v.start_into(ctx, k, None, &mut buf);
                        sc.scale_units(add(st, units(&buf)))
                    }
                    None => {
                        v.start_features(ctx, k, &mut buf);
                        sc.score3(&buf)
                    }
                };
                start[k - v.lo] = mask(x);
            }
            if k >= v.ce || near {
                let x = match cache.as_deref_mut() {
                    Some(c) => {
                        let units = |f: &[u32]| sc.units3(f).unwrap_or_default();
                        let st = if k + 2 < v.hi {
                            let slot = &mut c.end[k][sd as usize];
                            if *slot == UNKNOWN {
                                *slot = units(&end_static(ctx, k, v.lo, v.hi, sd));
                            }
                            *slot
                        } else {
                            units(&end_static(ctx, k, v.lo, v.hi, sd))
                        };
                        v.end_into(ctx, k, None, &mut buf);
                        sc.scale_units(add(st, units(&buf)))
                    }
                    None => {
                        v.end_features(ctx, k, &mut buf);
                        sc.score3(&buf)
                    }
                };
                end[k - v.lo] = mask(x);
            }
        }
        SlotScores { a: v.lo, start, end, none, w }
    }

    /// Best choice for `slot`, never overlapping the token ranges in `forbid`; with its margin over "absent".
    pub fn best(&self, ctx: &Ctx, v: &CueView, slot: u32, forbid: &[(usize, usize)]) -> (Choice, f32) {
        let k = slot as usize;
        let none = self.none[k];
        let mut best = (Choice::None, none);
        let sides: &[(usize, usize)] = match slot {
            CL => &[(v.lo, v.cs)][..],
            CR => &[(v.ce, v.hi)][..],
            _ => &[(v.lo, v.cs), (v.ce, v.hi)][..],
        };
        let banned = |x: usize| forbid.iter().any(|&(a, b)| a <= x && x <= b);
        let maxlen = if slot == SRC { MAX_SOURCE } else { usize::MAX };
        let mut suffix: Vec<f32> = Vec::new();
        for &(a, b) in sides {
            let side = (a >= v.ce) as usize;
            let pw = &self.w.pair[k][side];
            let iw = &self.w.inside[k][side];
            // an upper bound on every span starting at s: its start score, the best end score
            // at or after s, and the largest length and inside weights; a start whose bound
            // cannot beat the best so far is skipped (exact: float sums are monotone)
            // (and the start-class rows' own upper bounds)
            let Bounds { tp, ti, tc } = self.w.bounds[k][side];
            suffix.clear();
            suffix.resize(b.saturating_sub(a) + 1, NEG);
            for e in (a..b).rev() {
                suffix[e - a] = suffix[e + 1 - a].max(self.end[e - self.a][k]);
            }
            for s in a..b {
                let sv = self.start[s - self.a][k];
                let sc = ctx.start[s] as usize;
                if sv == NEG || sv + suffix[s - a] + tp + ti + tc[sc] <= best.1 || banned(s) {
                    continue;
                }
                let base = &ctx.inside[s];
                let cw = &self.w.class[class_row(k, side, sc)];
                let bound_rest = tp + ti + tc[sc];
                for e in s..b.min(s.saturating_add(maxlen)) {
                    if banned(e) {
                        break;
                    }
                    let ev = self.end[e - self.a][k];
                    // the same bound for this one span, with a slack far above float rounding
                    if ev == NEG || sv + ev + bound_rest <= best.1 - SLACK * best.1.abs().max(1.0) {
                        continue;
                    }
                    let cross = (ctx.sent[e] - ctx.sent[s]).min(3) as usize;
                    let now = &ctx.inside[e + 1];
                    let lb = len_bucket(e + 1 - s) as usize * 4 + cross;
                    let mut score = sv + ev + pw[lb];
                    for (row, (x, y)) in iw.iter().zip(now.iter().zip(base)) {
                        score += row[(x - y).min(2) as usize];
                    }
                    for (kind, (x, y)) in now.iter().zip(base).enumerate() {
                        score += cw[kind * 3 + (x - y).min(2) as usize];
                    }
                    score += cw[LEN_AT + lb] + cw[END_AT + ctx.end[e] as usize];
                    if score > best.1 {
                        best = (Choice::Span(s, e), score);
                    }
                }
            }
        }
        (best.0, best.1 - none)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Marks;
    use hearsay_core::{Sentence, Span, Token, TokenKind};
    use hearsay_learn::mixed::{Weights, BITS};

    fn doc(sentences: &[&str]) -> Doc {
        let text = sentences.join(" ");
        let mut d = Doc::new("t", text.clone());
        let mut at = 0;
        for s in sentences {
            let first = d.tokens.len();
            for w in s.split(' ') {
                let kind = if w.chars().all(char::is_alphanumeric) { TokenKind::Word } else { TokenKind::Punct };
                d.tokens.push(Token { span: Span::new(at, at + w.len()), kind });
                at += w.len() + 1;
            }
            let span = Span::new(d.tokens[first].span.start, d.tokens.last().map_or(0, |t| t.span.end));
            d.sentences.push(Sentence { span, tokens: first..d.tokens.len(), segment: 0 });
        }
        d
    }

    #[test]
    fn cached_boundary_scores_equal_the_direct_ones() {
        let d = doc(&[
            "The mayor said on Monday that the plan would cost less .",
            "Critics , however , argued the budget hides a deficit .",
            "A spokesman declined to comment on the claims .",
        ]);
        let ctx = Ctx::new(&d);
        // arbitrary but fixed weights
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        let raw: Vec<f32> = (0..1usize << BITS)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x % 2001) as f32 / 1000.0 - 1.0
            })
            .collect();
        let w = Weights::from_f32(&raw);
        let span_weights = SpanWeights::new(&w);
        let cues = [(2, 3), (16, 17), (25, 26)];
        let other = Marks::new(&ctx, d.tokens.len(), &cues);
        let mut cache = BoundaryCache::new(d.tokens.len());
        let mut buf = Vec::new();
        for &(cs, ce) in &cues {
            let (lo, hi) = window(&d, cs);
            let v = CueView { cs, ce, lo, hi, other: &other, cw: crate::extract::cue_hash(&ctx, cs, ce) };
            let direct = SlotScores::new(&w, &ctx, &v, &span_weights, None);
            let cached = SlotScores::new(&w, &ctx, &v, &span_weights, Some(&mut cache));
            assert_eq!(direct.start, cached.start);
            assert_eq!(direct.end, cached.end);
            // the split features are the full ones, in the same order
            for k in lo..hi {
                v.start_features(&ctx, k, &mut buf);
                let full = buf.clone();
                v.start_into(&ctx, k, None, &mut buf);
                assert!(buf.len() + 6 == full.len() && buf.iter().all(|f| full.contains(f)));
            }
        }
        // the second and third cues' windows reuse the first's sums
        assert!(cache.start.iter().flatten().filter(|s| **s != UNKNOWN).count() > 10);
    }

    #[test]
    fn windows_are_three_sentences_and_never_wider_than_the_reach() {
        let d = doc(&["A said it .", "B said it .", "C said it .", "D said it .", "E said it ."]);
        // the cue of the first sentence sees it and the next three
        assert_eq!(window(&d, 1), (0, 16));
        assert_eq!(window(&d, 17), (4, 20));
        // one sentence of 2,000 words: the window reaches MAX_REACH tokens either side
        let long = vec!["word"; 2000].join(" ");
        let d = doc(&[long.as_str()]);
        assert_eq!(window(&d, 1000), (1000 - MAX_REACH, 1000 + MAX_REACH));
        assert_eq!(window(&d, 3), (0, 3 + MAX_REACH));
    }
}
