//! Training on PolNeAR: the cue tagger and the slot pointers, one averaged perceptron.

use crate::context::Ctx;
use crate::cue::{self, B, I, O};
use crate::extract::{cue_hash, Marks};
use crate::polnear::{load_dir, GoldAttribution};
use crate::slots::{choice_indices, window, Choice, CueView, SlotScores, SpanWeights, CL, CR, SRC};
use hearsay_core::{Doc, Span};
use hearsay_learn::mixed::{Trainer, Weights};
use hearsay_learn::rng::Mmix;
use rayon::prelude::*;
use std::io;
use std::path::Path;

/// Token range (inclusive) of the word/number tokens that `spans` overlap.
fn word_range(doc: &Doc, ctx: &Ctx, spans: &[Span]) -> Option<(usize, usize)> {
    let mut r: Option<(usize, usize)> = None;
    for s in spans {
        for k in doc.tokens_overlapping(*s) {
            if ctx.wordlike[k] {
                r = Some(r.map_or((k, k), |(x, y)| (x.min(k), y.max(k))));
            }
        }
    }
    r
}

/// Token range `[s, e)` of every token a cue overlaps.
fn cue_range(doc: &Doc, spans: &[Span]) -> Option<(usize, usize)> {
    let s = spans.first()?;
    let e = spans.last()?;
    let r = doc.tokens_overlapping(Span::new(s.start, e.end.max(s.start)));
    (r.start < r.end).then_some((r.start, r.end))
}

#[derive(Clone)]
struct SlotExample {
    cue: (usize, usize),
    gold: [Option<Choice>; 3],
}

fn slot_examples(doc: &Doc, ctx: &Ctx, gold: &[GoldAttribution]) -> (Vec<(usize, usize)>, Vec<SlotExample>) {
    let mut cues = Vec::new();
    let mut ex = Vec::new();
    for g in gold {
        let Some((cs, ce)) = cue_range(doc, &g.cue) else {
            continue;
        };
        cues.push((cs, ce));
        let (lo, hi) = window(doc, cs);
        let inside = |(s, e): (usize, usize)| lo <= s && e < hi;
        let mut left: Vec<(usize, usize)> = Vec::new();
        let mut right: Vec<(usize, usize)> = Vec::new();
        let mut ok = true;
        for piece in &g.content {
            match word_range(doc, ctx, std::slice::from_ref(piece)) {
                Some((s, e)) if e < cs => left.push((s, e)),
                Some((s, e)) if s >= ce => right.push((s, e)),
                Some(_) => ok = false,
                None => {}
            }
        }
        let cover = |v: &[(usize, usize)]| -> Option<Choice> {
            if v.is_empty() {
                return Some(Choice::None);
            }
            let s = v.iter().map(|x| x.0).min()?;
            let e = v.iter().map(|x| x.1).max()?;
            inside((s, e)).then_some(Choice::Span(s, e))
        };
        let (cl, cr) = if ok { (cover(&left), cover(&right)) } else { (None, None) };
        let src = if g.source.is_empty() {
            Some(Choice::None)
        } else {
            match word_range(doc, ctx, &g.source) {
                Some((s, e)) if inside((s, e)) && (e < cs || s >= ce) && e - s < 40 => Some(Choice::Span(s, e)),
                _ => None,
            }
        };
        ex.push(SlotExample { cue: (cs, ce), gold: [src, cl, cr] });
    }
    cues.sort();
    cues.dedup();
    (cues, ex)
}

/// Structured perceptron step per sentence: Viterbi with the current weights; where the
/// sequence differs from gold, the gold path's features gain and the predicted path's lose.
/// The predicted cues that overlap no gold cue go to `false_cues`: the span pointers are
/// then trained with them marked as other cues, as they will be at run time, so that a
/// content learns to run over a false cue instead of stopping at it. Those that overlap a
/// gold cue with other boundaries go to `partial`.
fn train_cues(
    t: &mut Trainer,
    doc: &Doc,
    ctx: &Ctx,
    cues: &[(usize, usize)],
    false_cues: &mut Vec<(usize, usize)>,
    partial: &mut Vec<(usize, usize)>,
) -> (usize, usize) {
    false_cues.clear();
    partial.clear();
    let n = doc.tokens.len();
    let mut gold = vec![O; n];
    for &(s, e) in cues {
        for (k, g) in gold.iter_mut().enumerate().take(e.min(n)).skip(s) {
            *g = if k == s { B } else { I };
        }
    }
    let (mut errs, mut total) = (0, 0);
    let mut f = Vec::with_capacity(48);
    let mut pred = Vec::new();
    let mut predicted = Vec::new();
    for sent in &doc.sentences {
        let (lo, hi) = (sent.tokens.start, sent.tokens.end.min(n));
        if lo >= hi {
            continue;
        }
        cue::viterbi(&*t, ctx, lo, hi, 0.0, &mut pred);
        predicted.clear();
        cue::ranges(&pred, lo, &mut predicted);
        for &(a, b) in &predicted {
            if !cues.iter().any(|&(s, e)| s < b && a < e) {
                false_cues.push((a, b));
            } else if !cues.contains(&(a, b)) {
                partial.push((a, b));
            }
        }
        total += hi - lo;
        let wrong = (lo..hi).filter(|&i| pred[i - lo] != gold[i]).count();
        if wrong > 0 {
            errs += wrong;
            for i in lo..hi {
                let (gp, pp) = if i == lo { (O, O) } else { (gold[i - 1], pred[i - 1 - lo]) };
                let (g, p) = (gold[i], pred[i - lo]);
                if g == p && gp == pp {
                    continue;
                }
                cue::features(ctx, i, lo, hi, gp, &mut f);
                t.update(&f, g, 1.0);
                cue::features(ctx, i, lo, hi, pp, &mut f);
                t.update(&f, p, -1.0);
            }
        }
        t.tick();
    }
    (errs, total)
}

/// One perceptron step per slot of each example: contents are chosen with `content_marks`
/// as the other cues, sources with `source_marks`.
fn train_slots(
    t: &mut Trainer,
    doc: &Doc,
    ctx: &Ctx,
    content_marks: &[(usize, usize)],
    source_marks: &[(usize, usize)],
    ex: &[SlotExample],
) -> (usize, usize) {
    let other = Marks::new(ctx, doc.tokens.len(), content_marks);
    let other_src = Marks::new(ctx, doc.tokens.len(), source_marks);
    let (mut errs, mut total) = (0, 0);
    let mut buf = Vec::new();
    for x in ex {
        let (cs, ce) = x.cue;
        let (lo, hi) = window(doc, cs);
        let cw = cue_hash(ctx, cs, ce);
        let vc = CueView { cs, ce, lo, hi, other: &other, cw };
        let vs = CueView { cs, ce, lo, hi, other: &other_src, cw };
        let forbid: Vec<(usize, usize)> = x.gold[1..]
            .iter()
            .filter_map(|c| match c {
                Some(Choice::Span(s, e)) => Some((*s, *e)),
                _ => None,
            })
            .collect();
        // read before this example's updates, like the boundary scores
        let span_weights = SpanWeights::new(&*t);
        let content_scores = SlotScores::new(&*t, ctx, &vc, &span_weights, None);
        let mut source_scores = None;
        for slot in [SRC, CL, CR] {
            let Some(g) = x.gold[slot as usize] else {
                continue;
            };
            let (v, scores) = if slot == SRC {
                (&vs, &*source_scores.get_or_insert_with(|| SlotScores::new(&*t, ctx, &vs, &span_weights, None)))
            } else {
                (&vc, &content_scores)
            };
            let f: &[(usize, usize)] = if slot == SRC { &forbid } else { &[] };
            if let Choice::Span(s, e) = g {
                if f.iter().any(|&(a, b)| s <= b && a <= e) {
                    continue;
                }
            }
            let (p, _) = scores.best(ctx, v, slot, f);
            total += 1;
            if p != g {
                errs += 1;
                for i in choice_indices(v, ctx, slot, g, &mut buf) {
                    t.update_raw(i, 1.0);
                }
                for i in choice_indices(v, ctx, slot, p, &mut buf) {
                    t.update_raw(i, -1.0);
                }
            }
            t.tick();
        }
    }
    (errs, total)
}

/// Members of the shipped model: the weights of this many shuffling seeds (0, 1, …) averaged.
pub const MEMBERS: u64 = 8;

/// Trains on the PolNeAR split in `dir` as the shipped model is trained ([`MEMBERS`] seeds,
/// averaged); `prepare` turns an article text into a document with the layers the pipeline
/// gives before attribution (segments, tokens, sentences, POS).
pub fn train(
    dir: &Path,
    epochs: usize,
    prepare: impl Fn(&str) -> Option<Doc>,
    log: impl Fn(&str) + Sync,
) -> io::Result<Weights> {
    let seeds: Vec<u64> = (0..MEMBERS).collect();
    train_averaged(dir, epochs, &seeds, prepare, log)
}

/// Trains one averaged perceptron per shuffling seed and averages their weights. Every
/// score is linear in the weights, so this is exactly the ensemble that sums the members'
/// scores, at the run-time cost of one model. One seed gives a single model, to measure
/// how much a change moves the scores beyond seed-to-seed spread (seed 0 is the shipped
/// model's first member).
pub fn train_averaged(
    dir: &Path,
    epochs: usize,
    seeds: &[u64],
    prepare: impl Fn(&str) -> Option<Doc>,
    log: impl Fn(&str) + Sync,
) -> io::Result<Weights> {
    let data = prepare_data(dir, prepare)?;
    log(&format!("{} articles prepared", data.len()));
    // members train in parallel and are summed in seed order, so the result is deterministic
    let members: Vec<Vec<f32>> = seeds.par_iter().map(|&seed| train_one(&data, epochs, seed, &log)).collect();
    let mut sum = vec![0f32; 1 << hearsay_learn::mixed::BITS];
    for w in members {
        for (s, v) in sum.iter_mut().zip(w) {
            *s += v;
        }
    }
    let n = seeds.len().max(1) as f32;
    sum.iter_mut().for_each(|v| *v /= n);
    Ok(Weights::from_f32(&sum))
}

/// A prepared article: document, context, gold cue token ranges and slot examples.
type Prepared = (Doc, Ctx, Vec<(usize, usize)>, Vec<SlotExample>);

fn prepare_data(dir: &Path, prepare: impl Fn(&str) -> Option<Doc>) -> io::Result<Vec<Prepared>> {
    let articles = load_dir(dir)?;
    if articles.is_empty() {
        return Err(io::Error::other(format!("no annotated articles in {}", dir.display())));
    }
    let mut data = Vec::new();
    for a in &articles {
        let Some(doc) = prepare(&a.text) else {
            continue;
        };
        if doc.text != a.text {
            continue; // offsets would not line up
        }
        let ctx = Ctx::new(&doc);
        let (cues, ex) = slot_examples(&doc, &ctx, &a.attributions);
        data.push((doc, ctx, cues, ex));
    }
    Ok(data)
}

/// Slot examples for the tagger's cues that overlap a gold cue with other boundaries: the
/// gold cue's answers, less any span that the predicted cue overlaps.
fn shifted_examples(ex: &[SlotExample], partial: &[(usize, usize)]) -> Vec<SlotExample> {
    let mut out = Vec::new();
    for &(a, b) in partial {
        let Some(g) = ex.iter().find(|x| x.cue.0 < b && a < x.cue.1) else {
            continue;
        };
        let mut gold = g.gold;
        for c in gold.iter_mut() {
            if matches!(*c, Some(Choice::Span(s, e)) if s < b && a <= e) {
                *c = None;
            }
        }
        out.push(SlotExample { cue: (a, b), gold });
    }
    out
}

/// One averaged perceptron over `data` in the shuffling order of `shuffle_seed`.
fn train_one(data: &[Prepared], epochs: usize, shuffle_seed: u64, log: impl Fn(&str)) -> Vec<f32> {
    let mut t = Trainer::default();
    let mut false_cues = Vec::new();
    let mut partial = Vec::new();
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = Mmix(0x1234_5678 ^ shuffle_seed);
    for ep in 0..epochs {
        rng.shuffle(&mut order);
        let (mut ce, mut ct, mut se, mut st) = (0, 0, 0, 0);
        for &k in &order {
            let (doc, ctx, cues, ex) = &data[k];
            let (a, b) = train_cues(&mut t, doc, ctx, cues, &mut false_cues, &mut partial);
            // the content pointers see the cues as the tagger gives them: its false cues
            // marked as other cues, and its cues with wrong boundaries as extra examples;
            // the source pointer sees the gold cues marked (with the false ones it learns to
            // run a source over a noun cue: "according to a report that …")
            let mut all = ex.clone();
            all.extend(shifted_examples(ex, &partial));
            let mut marks = cues.clone();
            marks.extend(false_cues.iter().copied());
            marks.sort_unstable();
            let (c, d) = train_slots(&mut t, doc, ctx, &marks, cues, &all);
            ce += a;
            ct += b;
            se += c;
            st += d;
        }
        log(&format!(
            "seed {shuffle_seed}, epoch {}: cue token errors {:.4}, slot errors {:.4}",
            ep + 1,
            ce as f64 / ct.max(1) as f64,
            se as f64 / st.max(1) as f64
        ));
    }
    t.averaged_f32()
}
