//! Cue tagger: Viterbi B/I/O tagging of each sentence with an averaged perceptron.
//!
//! Features: the word, its neighbours (two each side), a crude stem and suffix, POS when
//! the document is tagged, shape, quote state, position in the sentence, what follows
//! ("that", "to", a quote), the lexical cue class ([`hearsay_lex::speech::cue_class`]) and the
//! previous tag. Trained as a structured perceptron ([`crate::train`]).

use crate::context::Ctx;
use hearsay_core::{Doc, Pos};
use hearsay_learn::mixed::{feat, Scorer};

/// Outside a cue.
pub const O: u32 = 0;
/// First token of a cue.
pub const B: u32 = 1;
/// Later token of a cue.
pub const I: u32 = 2;

/// Features of token `i` in sentence tokens `[lo, hi)`, given the previous tag.
pub fn features(ctx: &Ctx, i: usize, lo: usize, hi: usize, prev: u32, out: &mut Vec<u32>) {
    static_features(ctx, i, lo, hi, out);
    out.extend(prev_features(ctx, i, lo, hi, prev));
}

/// The features of token `i` that depend on the previous tag.
#[inline]
pub fn prev_features(ctx: &Ctx, i: usize, lo: usize, hi: usize, prev: u32) -> [u32; 3] {
    let ii = i as isize;
    let p1 = prev as u64;
    [feat(14, p1, 0), feat(15, p1, ctx.w_at(ii, lo, hi)), feat(20, p1, ctx.w_at(ii - 1, lo, hi))]
}

/// The features of token `i` that do not depend on the previous tag: those of the token
/// itself ([`word_features`]), then those of its context ([`context_features`]).
pub fn static_features(ctx: &Ctx, i: usize, lo: usize, hi: usize, out: &mut Vec<u32>) {
    out.clear();
    word_features(ctx, i, out);
    context_features(ctx, i, lo, hi, out);
}

/// What [`word_features`] read of token `i`: equal keys give equal features.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct WordKey {
    w: u64,
    stem: u64,
    suf: u64,
    fine: u16,
    pos: u8,
    class: u8,
    shape: u8,
    inq: bool,
}

impl WordKey {
    fn of(ctx: &Ctx, i: usize) -> WordKey {
        WordKey {
            w: ctx.w[i],
            stem: ctx.stem[i],
            suf: ctx.suf[i],
            fine: ctx.fine[i],
            pos: ctx.pos[i],
            class: ctx.class[i],
            shape: ctx.shape[i],
            inq: ctx.inq[i],
        }
    }
}

/// Appends the features of token `i` that read only the token itself (its word, stem,
/// suffix, word classes, POS, shape and quotation state; see [`WordKey`]).
pub fn word_features(ctx: &Ctx, i: usize, out: &mut Vec<u32>) {
    let (w0, p0, stem, suf) = (ctx.w[i], ctx.pos[i] as u64, ctx.stem[i], ctx.suf[i]);
    let (cl0, fine, q, shape) = (ctx.class[i] as u64, ctx.fine[i] as u64, ctx.inq[i] as u64, ctx.shape[i] as u64);
    out.extend([
        feat(1, 0, 0),
        feat(2, w0, 0),
        feat(7, stem, 0),
        feat(8, suf, 0),
        feat(9, p0, 0),
        feat(12, q, shape),
        feat(13, q, stem),
        feat(19, p0, stem),
        feat(28, suf, p0),
        feat(36, cl0, p0),
        feat(40, cl0, q),
        feat(41, fine, 0),
        feat(42, fine, p0),
        feat(44, fine, q),
    ]);
}

/// Appends the features of token `i` that read its neighbours or its place in the sentence.
pub fn context_features(ctx: &Ctx, i: usize, lo: usize, hi: usize, out: &mut Vec<u32>) {
    let ii = i as isize;
    // the neighbours, read once (out of the sentence: the pads of `Ctx::w_at` and co.)
    let w = |d: isize| ctx.w_at(ii + d, lo, hi);
    let p = |d: isize| ctx.pos_at(ii + d, lo, hi);
    let (wm2, wm1, w0, w1, w2) = (w(-2), w(-1), ctx.w[i], w(1), w(2));
    let (pm1, p0, p1) = (p(-1), ctx.pos[i] as u64, p(1));
    let (sh_m1, sh_1) = (ctx.shape_at(ii - 1, lo, hi), ctx.shape_at(ii + 1, lo, hi));
    let cl0 = ctx.class[i] as u64;
    let cl_m1 = ctx.class_at(ii - 1, lo, hi);
    let (stem, shape) = (ctx.stem[i], ctx.shape[i] as u64);
    let q = ctx.inq[i] as u64;
    let first = (i == lo) as u64;
    let ah = ahead(ctx, i, hi);
    // reporting verbs (outside quotes) elsewhere in the sentence, left and right
    let rep = ((ctx.reps[i] > ctx.reps[lo]) as u64) * 2 + (ctx.reps[hi] > ctx.reps[i + 1]) as u64;
    let subj = subject_kind(ctx, i, lo);
    let far = complement_ahead(ctx, i, hi);
    let cp = cl0 * 32 + p0;
    out.extend([
        feat(3, wm1, 0),
        feat(4, w1, 0),
        feat(5, wm2, 0),
        feat(6, w2, 0),
        feat(10, pm1, p0),
        feat(11, p0, p1),
        feat(16, wm1, w0),
        feat(17, w0, w1),
        feat(18, first, shape),
        feat(21, stem, w1),
        feat(22, wm1, stem),
        feat(23, pm1, w0),
        feat(24, ((hi - i).min(4)) as u64, q),
        feat(25, p0, w1),
        feat(26, p0, w2),
        feat(27, stem, p1),
        feat(29, ctx.suf[i], w1),
        feat(30, wm1, p0),
        feat(31, ctx.reporting[i] as u64, p0),
        feat(32, ah, p0),
        feat(33, ah, stem),
        feat(34, w0, (i - lo).min(6) as u64),
        feat(35, w0, sh_m1 * 8 + sh_1),
        feat(37, cl0 * 8 + ah, p0),
        feat(38, cl_m1 * 8 + cl0, pm1),
        feat(39, cl0, wm1),
        feat(43, ctx.coarse[i] as u64, ah),
        feat(45, rep, cp),
        feat(46, rep, stem),
        feat(47, subj, cp),
        feat(48, subj, stem),
        feat(49, far, cp),
        feat(50, far, stem),
    ]);
}

/// Most [`WordKey`]s [`WORD_SUMS`] keeps before it starts afresh (about 7 MB).
const WORD_SUMS_CAP: usize = 64 * 1024;

/// Integer sums of the features of one [`WordKey`] that read nothing else: its
/// [`word_features`], and per previous tag (O, B, I) the tag features of the word as the
/// token itself (template 15) and as the token before (template 20).
#[derive(Clone, Copy)]
struct WordSums {
    own: [i32; 3],
    as_current: [[i32; 3]; 3],
    as_previous: [[i32; 3]; 3],
}

thread_local! {
    /// [`WordSums`] per [`WordKey`], per thread, for the weights of one id
    /// ([`Scorer::cache_id`]): a pure function of the key and the weights, and integer sums
    /// add up the same in any order, so the cache changes nothing but the time.
    static WORD_SUMS: std::cell::RefCell<(u64, rustc_hash::FxHashMap<WordKey, WordSums>)> =
        std::cell::RefCell::new((0, Default::default()));
}

/// The [`WordSums`] of token `i` (from [`WORD_SUMS`]), for weights with cache id `id`.
fn word_sums(s: &impl Scorer, id: u64, ctx: &Ctx, i: usize, f: &mut Vec<u32>) -> WordSums {
    let key = WordKey::of(ctx, i);
    WORD_SUMS.with_borrow_mut(|(at, sums)| {
        if *at != id {
            sums.clear();
            *at = id;
        }
        if let Some(u) = sums.get(&key) {
            return *u;
        }
        f.clear();
        word_features(ctx, i, f);
        let own = s.units3(f).unwrap_or_default();
        let tag = |template: u32| [O, B, I].map(|p| s.units3(&[feat(template, p as u64, key.w)]).unwrap_or_default());
        let u = WordSums { own, as_current: tag(15), as_previous: tag(20) };
        if sums.len() >= WORD_SUMS_CAP {
            sums.clear();
        }
        sums.insert(key, u);
        u
    })
}

/// The scores of the features of token `i` that do not depend on the previous tag, and,
/// with cached sums, the [`WordSums`] of the token.
fn static_scores(
    s: &impl Scorer,
    ctx: &Ctx,
    i: usize,
    lo: usize,
    hi: usize,
    f: &mut Vec<u32>,
) -> ([f32; 3], Option<WordSums>) {
    let Some(id) = s.cache_id().filter(|_| s.units3(&[]).is_some()) else {
        static_features(ctx, i, lo, hi, f);
        return (s.score3(f), None);
    };
    let sums = word_sums(s, id, ctx, i, f);
    let own = sums.own;
    f.clear();
    context_features(ctx, i, lo, hi, f);
    let rest = s.units3(f).unwrap_or_default();
    (s.scale_units([own[0] + rest[0], own[1] + rest[1], own[2] + rest[2]]), Some(sums))
}

/// What stands before token `i` once adverbs, auxiliaries and particles are skipped
/// ("Trump has repeatedly said"): 1 pronoun, 2 proper noun, 3 noun, 4 other, 0 the sentence start.
fn subject_kind(ctx: &Ctx, i: usize, lo: usize) -> u64 {
    use hearsay_core::Pos;
    let mut k = i;
    for _ in 0..5 {
        if k == lo {
            return 0;
        }
        k -= 1;
        let p = ctx.pos[k];
        if p == Pos::Adv as u8 || p == Pos::Aux as u8 || p == Pos::Part as u8 {
            continue;
        }
        return match p {
            x if x == Pos::Pron as u8 => 1,
            x if x == Pos::Propn as u8 => 2,
            x if x == Pos::Noun as u8 => 3,
            _ => 4,
        };
    }
    4
}

/// The first complement marker within eight tokens after `i`, before any comma, period or
/// semicolon: kind × 8 + distance bucket (1 "that", 2 "to", 3 a quote, 4 ":", 5 "of",
/// 6 "about"/"on"/"for"/"against"/"over", 7 "whether"/"if", 8 "how"/"why"/"what"/"who"; 0 none).
fn complement_ahead(ctx: &Ctx, i: usize, hi: usize) -> u64 {
    for k in i + 1..(i + 9).min(hi) {
        let kind = ctx.marker[k];
        if kind == crate::context::CLAUSE_STOP {
            return 0;
        }
        if kind != 0 {
            let kind = kind as u64;
            let d = (k - i).min(4) as u64;
            return kind * 8 + d;
        }
    }
    0
}

/// What follows token `i` within three tokens of its sentence: 1 "that", 2 "to", 3 a quote
/// mark, 4 ":", 5 "of", 0 none of these (the nearest one counts).
fn ahead(ctx: &Ctx, i: usize, hi: usize) -> u64 {
    for k in i + 1..(i + 4).min(hi) {
        let v = ctx.marker[k];
        if (1..=5).contains(&v) {
            return v as u64;
        }
    }
    0
}

/// Tag scores of each token of sentence tokens `[lo, hi)`: for every previous tag (O, B, I),
/// the O/B/I scores (features without and with the previous tag, summed).
pub fn token_scores(s: &impl Scorer, ctx: &Ctx, lo: usize, hi: usize, out: &mut Vec<[[f32; 3]; 3]>) {
    out.clear();
    let mut f = Vec::with_capacity(48);
    // with integer sums, the sums of the previous tag alone (feature 14) are read once: they
    // add up the same in any order, so the scores are those of `prev_features`
    let alone = s.units3(&[]).map(|_| [O, B, I].map(|p| s.units3(&[feat(14, p as u64, 0)]).unwrap_or_default()));
    // the word sums of the token before (the sentence's own tokens only: `w_at` pads the rest)
    let mut before: Option<WordSums> = None;
    for i in lo..hi {
        let (base, sums) = static_scores(s, ctx, i, lo, hi, &mut f);
        let mut row = [[0f32; 3]; 3];
        // the first token has no previous cue tag
        let prevs: &[u32] = if i == lo { &[O] } else { &[O, B, I] };
        let (w0, wm1) = (ctx.w_at(i as isize, lo, hi), ctx.w_at(i as isize - 1, lo, hi));
        for &p in prevs {
            let pf = match &alone {
                Some(u) => {
                    let p1 = p as u64;
                    // the sums of `feat(15, p, w0)` and `feat(20, p, wm1)`, cached per word
                    let v = match (sums, before) {
                        (Some(now), Some(prev)) => {
                            let (x, y) = (now.as_current[p as usize], prev.as_previous[p as usize]);
                            [x[0] + y[0], x[1] + y[1], x[2] + y[2]]
                        }
                        _ => s.units3(&[feat(15, p1, w0), feat(20, p1, wm1)]).unwrap_or_default(),
                    };
                    let a = u[p as usize];
                    s.scale_units([a[0] + v[0], a[1] + v[1], a[2] + v[2]])
                }
                None => s.score3(&prev_features(ctx, i, lo, hi, p)),
            };
            row[p as usize] = [base[0] + pf[0], base[1] + pf[1], base[2] + pf[2]];
        }
        before = sums;
        out.push(row);
    }
}

/// Best O/B/I sequence over `scores` (from [`token_scores`]; I never follows O), written
/// to `tags`; `b_bias` is added to every B score.
pub fn decode(scores: &[[[f32; 3]; 3]], b_bias: f32, tags: &mut Vec<u32>) {
    tags.clear();
    if scores.is_empty() {
        return;
    }
    let mut back: Vec<[u32; 3]> = Vec::with_capacity(scores.len());
    let mut delta = [0f32, f32::NEG_INFINITY, f32::NEG_INFINITY];
    for row in scores {
        let mut next = [f32::NEG_INFINITY; 3];
        let mut bp = [O; 3];
        for p in [O, B, I] {
            if delta[p as usize] == f32::NEG_INFINITY {
                continue;
            }
            let mut sc = row[p as usize];
            sc[B as usize] += b_bias;
            for c in [O, B, I] {
                if c == I && p == O {
                    continue;
                }
                let v = delta[p as usize] + sc[c as usize];
                if v > next[c as usize] {
                    next[c as usize] = v;
                    bp[c as usize] = p;
                }
            }
        }
        back.push(bp);
        delta = next;
    }
    // ties go to O (an untrained model tags nothing)
    let mut c = O;
    for k in [B, I] {
        if delta[k as usize] > delta[c as usize] {
            c = k;
        }
    }
    tags.resize(scores.len(), O);
    for k in (0..scores.len()).rev() {
        tags[k] = c;
        c = back[k][c as usize];
    }
}

/// Best O/B/I sequence for sentence tokens `[lo, hi)` (Viterbi; the previous tag is a
/// feature), written to `tags`; `b_bias` is added to every B score.
pub fn viterbi(s: &impl Scorer, ctx: &Ctx, lo: usize, hi: usize, b_bias: f32, tags: &mut Vec<u32>) {
    let mut scores = Vec::with_capacity(hi.saturating_sub(lo));
    token_scores(s, ctx, lo, hi, &mut scores);
    decode(&scores, b_bias, tags);
}

/// Appends the cue token ranges `[start, end)` of `tags`, the tags of the tokens from `lo` on.
pub fn ranges(tags: &[u32], lo: usize, out: &mut Vec<(usize, usize)>) {
    let mut open: Option<usize> = None;
    for (k, &t) in tags.iter().enumerate() {
        if t != I {
            if let Some(st) = open.take() {
                out.push((lo + st, lo + k));
            }
        }
        if t == B {
            open = Some(k);
        }
    }
    if let Some(st) = open {
        out.push((lo + st, lo + tags.len()));
    }
}

/// Cue tokens `[start, end)`.
pub type CueRange = (usize, usize);

/// Whether `r` shares a token with one of `sorted`: ranges in text order that do not overlap
/// each other (as [`ranges`] gives them), so a binary search finds the only one that can.
fn overlaps_sorted(sorted: &[CueRange], (a, b): CueRange) -> bool {
    let k = sorted.partition_point(|&(_, y)| y <= a);
    sorted.get(k).is_some_and(|&(x, _)| x < b)
}

/// Tags every sentence of `doc` (`b_bias` is added to the score of B: above 0 favours recall); returns cue token ranges `[start, end)` in text order.
pub fn tag(s: &impl Scorer, ctx: &Ctx, doc: &Doc, b_bias: f32) -> Vec<(usize, usize)> {
    tag_with_candidates(s, ctx, doc, b_bias, None).0
}

/// Like [`tag`]; with `extra_bias`, also the candidate cues that a decoding with
/// `b_bias + extra_bias` finds and that overlap no cue of the first (the scores are
/// computed once; only the decoding runs twice).
pub fn tag_with_candidates(
    s: &impl Scorer,
    ctx: &Ctx,
    doc: &Doc,
    b_bias: f32,
    extra_bias: Option<f32>,
) -> (Vec<CueRange>, Vec<CueRange>) {
    let mut cues = Vec::new();
    let mut candidates = Vec::new();
    let mut tags = Vec::new();
    let mut scores = Vec::new();
    let mut more = Vec::new();
    for sent in &doc.sentences {
        let (lo, hi) = (sent.tokens.start, sent.tokens.end.min(doc.tokens.len()));
        if lo >= hi {
            continue;
        }
        token_scores(s, ctx, lo, hi, &mut scores);
        decode(&scores, b_bias, &mut tags);
        let first = cues.len();
        ranges(&tags, lo, &mut cues);
        if let Some(extra) = extra_bias {
            decode(&scores, b_bias + extra, &mut tags);
            more.clear();
            ranges(&tags, lo, &mut more);
            let found = &cues[first..];
            candidates.extend(more.iter().filter(|&&r| !overlaps_sorted(found, r)));
        }
    }
    // a reporting verb followed by "that", or inverted after a comma (", said Maria Lopez"),
    // is a cue even where the model hesitates
    let mut extra = Vec::new();
    for i in 0..ctx.lower.len().saturating_sub(1) {
        // (the cheap test first: few tokens are reporting verbs)
        if ctx.reporting[i]
            && (&ctx.lower[i + 1] == "that"
                || (i > 0 && matches!(&ctx.lower[i - 1], "," | "”" | "\"") && ctx.shape[i + 1] == 1))
            && !ctx.inq[i]
            && !overlaps_sorted(&cues, (i, i + 1))
            && ctx.sent[i] == ctx.sent[i + 1]
        {
            extra.push((i, i + 1));
        } else if let Some(cue) = impersonal_final(ctx, i).filter(|&r| !overlaps_sorted(&cues, r)) {
            extra.push(cue);
        }
    }
    if !extra.is_empty() {
        candidates.retain(|&(a, b)| !extra.iter().any(|&(x, y)| x < b && a < y));
        cues.extend(extra);
        cues.sort_unstable();
    }
    if cues.iter().chain(&candidates).any(|&(a, b)| attributive_participle(ctx, a, b)) {
        let verbs: Vec<CueRange> = cues
            .iter()
            .filter(|&&(a, b)| attributive_participle(ctx, a, b))
            .filter_map(|&(a, _)| verb_after_title(ctx, a))
            .collect();
        cues.retain(|&(a, b)| !attributive_participle(ctx, a, b));
        candidates.retain(|&(a, b)| !attributive_participle(ctx, a, b) && !verbs.iter().any(|&(x, _)| a <= x && x < b));
        for v in verbs {
            if !cues.iter().any(|&(a, b)| a <= v.0 && v.0 < b) {
                cues.push(v);
            }
        }
        cues.sort_unstable();
    }
    (cues, candidates)
}

/// The reporting verb that follows the title and name after attributive participle `a`
/// ("noted analyst Ming-Chi Kuo predicted"; the title is the word after `a`): the first word
/// after them, when it is a reporting verb or a verb of the speech class
/// ([`hearsay_lex::speech::cue_class`] 1).
fn verb_after_title(ctx: &Ctx, a: usize) -> Option<CueRange> {
    let in_name = |k: usize| {
        [Pos::Noun, Pos::Propn, Pos::Punct].iter().any(|&p| p as u8 == ctx.pos[k])
            && !matches!(&ctx.lower[k], "," | "." | ";")
    };
    let k = (a + 2..ctx.lower.len()).take(TITLE_SPAN + 3).find(|&k| ctx.sent[k] != ctx.sent[a] || !in_name(k))?;
    let speaks = ctx.reporting[k] || (ctx.class[k] == 1 && ctx.pos[k] == Pos::Verb as u8);
    (ctx.sent[k] == ctx.sent[a] && speaks && !ctx.inq[k]).then_some((k, k + 1))
}

/// Most tokens between an attributive participle's noun and the name it qualifies.
const TITLE_SPAN: usize = 3;

/// Whether the one-word cue `[a, b)` is a participle used as an adjective before a title and
/// a name, "noted analyst Ming-Chi Kuo predicted", "acclaimed author Jane Doe said": an "-ed"
/// word after a comma, a determiner, a preposition or the sentence start, then a lower-case
/// noun (no reporting verb), within [`TITLE_SPAN`] words a proper noun, and right after the
/// name the reporting verb that is the cue ([`verb_after_title`]).
fn attributive_participle(ctx: &Ctx, a: usize, b: usize) -> bool {
    let n = ctx.lower.len();
    if b != a + 1 || a + 2 >= n || !ctx.lower[a].ends_with("ed") || ctx.inq[a] {
        return false;
    }
    let before_ok = a == 0
        || ctx.sent[a - 1] != ctx.sent[a]
        || &ctx.lower[a - 1] == ","
        || [Pos::Det, Pos::Adp].iter().any(|&p| p as u8 == ctx.pos[a - 1]);
    // (the tagger often reads the title after a participle as an adjective or a verb form)
    let noun = ctx.shape[a + 1] == 0
        && ctx.sent[a + 1] == ctx.sent[a]
        && !ctx.reporting[a + 1]
        && [Pos::Noun, Pos::Adj, Pos::Propn, Pos::Verb].iter().any(|&p| p as u8 == ctx.pos[a + 1]);
    let name = (a + 2..n.min(a + 2 + TITLE_SPAN))
        .take_while(|&k| ctx.sent[k] == ctx.sent[a])
        .any(|k| ctx.pos[k] == Pos::Propn as u8 && ctx.shape[k] == 1);
    before_ok && noun && name && verb_after_title(ctx, a).is_some()
}

/// Most words read back from the comma for the reported clause's verb.
const FINAL_CLAUSE: usize = 60;

/// Parts of speech a speaker's noun phrase opens with (inside it, prepositions too:
/// "a spokesman for the airline").
const NP_OPENERS: [Pos; 6] = [Pos::Det, Pos::Propn, Pos::Noun, Pos::Adj, Pos::Num, Pos::Pron];

/// Most words between the comma and a sentence-final reporting verb: the speaker's noun
/// phrase ("…, a senior government official confirmed").
const FINAL_SUBJECT: usize = 6;

/// The comma of a sentence-final report at `i`, as in "The man rushed past an agent, a
/// government official confirmed Monday.": at most a day word ("Monday", "on Friday",
/// "yesterday") follows `i` before the sentence ends, the words between the comma and `i`
/// are a short noun phrase, and a clause with a verb comes before the comma (not "Then, last
/// week, Eric Trump called."). The tagger often finds such a cue while the span model leaves
/// its content out; [`crate::extract`] then takes the clause before the comma.
pub fn final_inverted_comma(ctx: &Ctx, i: usize) -> Option<usize> {
    if !ends_sentence(ctx, i) {
        return None;
    }
    let s = ctx.sent[i];
    let mut j = i;
    while j > 0 && i - j <= FINAL_SUBJECT {
        j -= 1;
        if ctx.sent[j] != s {
            return None;
        }
        if &ctx.lower[j] == "," {
            // a noun phrase between (not "as the mayor noted", "which officials confirmed"),
            // and a clause of a few words before
            let opens_np = j + 1 < i
                && matches!(ctx.pos[j + 1], p if NP_OPENERS.iter().any(|&q| q as u8 == p))
                && !hearsay_lex::pron::RELATIVE.contains(&ctx.lower[j + 1]);
            return (opens_np && clause_before(ctx, j)).then_some(j);
        }
        let in_np = NP_OPENERS.iter().chain([&Pos::Adp]).any(|&q| q as u8 == ctx.pos[j]);
        if !ctx.wordlike[j] || !in_np || ctx.reporting[j] || ctx.inq[j] {
            return None;
        }
    }
    None
}

/// Whether at most two day words ("Monday", "on Friday", "yesterday") and a full stop follow
/// token `i` to the end of its sentence.
fn ends_sentence(ctx: &Ctx, i: usize) -> bool {
    let (n, s) = (ctx.lower.len(), ctx.sent[i]);
    let mut words_after = 0;
    for k in (i + 1..n).take_while(|&k| ctx.sent[k] == s) {
        if ctx.wordlike[k] {
            words_after += 1;
            if words_after > 2 || !is_day_word(&ctx.lower[k]) {
                return false;
            }
        } else if !matches!(&ctx.lower[k], "." | "!") {
            return false;
        }
    }
    true
}

/// Whether a lower-cased word belongs to a trailing day phrase: a day name, a relative day
/// ("yesterday") or "on" ("on Friday").
pub fn is_day_word(w: &str) -> bool {
    hearsay_lex::calendar::TIME_PHRASE.contains(w) || w == "on"
}

/// Whether a clause with a verb, of at least three tokens, comes before token `j` in its
/// sentence.
fn clause_before(ctx: &Ctx, j: usize) -> bool {
    let s = ctx.sent[j];
    let (verb, aux) = (Pos::Verb as u8, Pos::Aux as u8);
    j >= 3
        && ctx.sent[j - 3] == s
        && (0..j)
            .rev()
            .take(FINAL_CLAUSE)
            .take_while(|&k| ctx.sent[k] == s)
            .any(|k| ctx.pos[k] == verb || ctx.pos[k] == aux)
}

/// The cue of an impersonal report closing its sentence, ", it was reported on Tuesday.":
/// from "it" to reporting verb `i`, with only auxiliaries and one adverb between ("it has
/// widely been reported"), after a comma and a clause. The tagger finds "it is said" inside a
/// sentence but misses it at the end (FNC-1 training bodies: 20 such endings in 1,683).
fn impersonal_final(ctx: &Ctx, i: usize) -> Option<(usize, usize)> {
    if !ctx.reporting[i] || ctx.inq[i] || !ends_sentence(ctx, i) {
        return None;
    }
    let (aux, adv) = (Pos::Aux as u8, Pos::Adv as u8);
    let mut j = i;
    let mut adverbs = 0;
    while j > 0 && i - j <= 4 {
        j -= 1;
        if ctx.sent[j] != ctx.sent[i] {
            return None;
        }
        match ctx.pos[j] {
            p if p == aux => {}
            p if p == adv && adverbs == 0 => adverbs += 1,
            _ => {
                let it = &ctx.lower[j] == "it" && j > 0 && &ctx.lower[j - 1] == "," && j + 1 < i;
                return (it && clause_before(ctx, j - 1)).then_some((j, i + 1));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use hearsay_core::{Sentence, Token, TokenKind};
    use hearsay_learn::mixed::{Trainer, Weights};

    #[test]
    fn sorted_overlap_agrees_with_comparing_every_range() {
        let sorted = [(2, 4), (4, 5), (7, 10), (12, 13)];
        for a in 0..15 {
            for b in a + 1..16 {
                let every = sorted.iter().any(|&(x, y)| x < b && a < y);
                assert_eq!(overlaps_sorted(&sorted, (a, b)), every, "({a}, {b})");
            }
        }
        assert!(!overlaps_sorted(&[], (0, 3)));
    }

    fn doc(words: &[&str]) -> Doc {
        let text = words.join(" ");
        let mut d = Doc::new("t", text.clone());
        let mut at = 0;
        for w in words {
            let s = hearsay_core::Span::new(at, at + w.len());
            let kind = if w.chars().all(char::is_alphanumeric) { TokenKind::Word } else { TokenKind::Punct };
            d.tokens.push(Token { span: s, kind });
            at += w.len() + 1;
        }
        d.sentences.push(Sentence { span: hearsay_core::Span::new(0, text.len()), tokens: 0..words.len(), segment: 0 });
        d
    }

    #[test]
    fn cached_word_sums_score_as_the_plain_sum_and_stay_apart_per_model() {
        let d = doc(&["Officials", "said", "the", "report", "was", "false", "and", "officials", "said", "so", "."]);
        let ctx = Ctx::new(&d);
        let model = |seed: u32| {
            let mut rng = hearsay_learn::SplitMix(seed as u64);
            let w: Vec<f32> = (0..1u32 << hearsay_learn::mixed::BITS)
                .map(|_| (rng.next_u64() >> 40) as f32 / (1u64 << 24) as f32 - 0.5)
                .collect();
            Weights::from_f32(&w)
        };
        let (a, b) = (model(1), model(2));
        let plain = |w: &Weights| {
            let mut f = Vec::new();
            (0..11)
                .map(|i| {
                    static_features(&ctx, i, 0, 11, &mut f);
                    w.score3(&f)
                })
                .collect::<Vec<_>>()
        };
        let cached = |w: &Weights| {
            let mut f = Vec::new();
            (0..11).map(|i| static_scores(w, &ctx, i, 0, 11, &mut f).0).collect::<Vec<_>>()
        };
        let first = cached(&a);
        assert_eq!(first, plain(&a));
        assert_eq!(cached(&b), plain(&b));
        assert_ne!(first, cached(&b));
        assert_eq!(cached(&a), first);
    }

    #[test]
    fn token_scores_are_the_sums_of_the_static_and_previous_tag_scores() {
        let d = doc(&["Officials", "said", "the", "report", "was", "false", ",", "she", "said", "."]);
        let ctx = Ctx::new(&d);
        let mut rng = hearsay_learn::SplitMix(7);
        let w: Vec<f32> = (0..1u32 << hearsay_learn::mixed::BITS)
            .map(|_| (rng.next_u64() >> 40) as f32 / (1u64 << 24) as f32 - 0.5)
            .collect();
        let w = Weights::from_f32(&w);
        let mut rows = Vec::new();
        token_scores(&w, &ctx, 0, 10, &mut rows);
        let mut f = Vec::new();
        for (i, row) in rows.iter().enumerate() {
            static_features(&ctx, i, 0, 10, &mut f);
            let base = w.score3(&f);
            for p in if i == 0 { vec![O] } else { vec![O, B, I] } {
                let pf = w.score3(&prev_features(&ctx, i, 0, 10, p));
                assert_eq!(row[p as usize], [base[0] + pf[0], base[1] + pf[1], base[2] + pf[2]]);
            }
        }
    }

    #[test]
    fn untrained_weights_tag_nothing_and_learned_cues_are_found() {
        let d = doc(&["Officials", "insisted", "the", "plan", "works", "."]);
        let ctx = Ctx::new(&d);
        let mut tags = Vec::new();
        viterbi(&Weights::default(), &ctx, 0, 6, 0.0, &mut tags);
        assert_eq!(tags, vec![O; 6]);
        // a few structured updates towards "insisted" = B teach the tagger that cue
        let mut t = Trainer::default();
        let gold = [O, B, O, O, O, O];
        let mut f = Vec::new();
        for _ in 0..3 {
            viterbi(&t, &ctx, 0, 6, 0.0, &mut tags);
            for i in 0..6 {
                let (gp, pp) = if i == 0 { (O, O) } else { (gold[i - 1], tags[i - 1]) };
                features(&ctx, i, 0, 6, gp, &mut f);
                t.update(&f, gold[i], 1.0);
                features(&ctx, i, 0, 6, pp, &mut f);
                t.update(&f, tags[i], -1.0);
            }
            t.tick();
        }
        assert_eq!(tag(&t.averaged(), &ctx, &d, 0.0), vec![(1, 2)]);
    }

    #[test]
    fn candidates_come_from_a_second_decoding_and_never_overlap_cues() {
        let d = doc(&["Officials", "insisted", "the", "plan", "works", "."]);
        let ctx = Ctx::new(&d);
        let mut t = Trainer::default();
        let gold = [O, B, O, O, O, O];
        let mut f = Vec::new();
        for _ in 0..3 {
            for i in 0..6 {
                features(&ctx, i, 0, 6, if i == 0 { O } else { gold[i - 1] }, &mut f);
                t.update(&f, gold[i], 1.0);
            }
            t.tick();
        }
        let w = t.averaged();
        let (cues, none) = tag_with_candidates(&w, &ctx, &d, 0.0, None);
        assert_eq!(cues, tag(&w, &ctx, &d, 0.0));
        assert!(none.is_empty());
        // a huge extra bias makes every token a B in the second decoding
        let (cues, cands) = tag_with_candidates(&w, &ctx, &d, 0.0, Some(1e6));
        assert_eq!(cues, vec![(1, 2)]);
        assert_eq!(cands, vec![(0, 1), (2, 3), (3, 4), (4, 5), (5, 6)]);
    }

    #[test]
    fn ranges_split_tags_into_cues() {
        let mut out = Vec::new();
        // "B I O B B I" from token 10: cues 10..12, 13..14 and 14..16 (the last runs to the end)
        ranges(&[B, I, O, B, B, I], 10, &mut out);
        assert_eq!(out, vec![(10, 12), (13, 14), (14, 16)]);
        out.clear();
        ranges(&[O, O], 0, &mut out);
        assert!(out.is_empty());
    }
}
