//! Training and cross-validation of the source classifier on labelled source mentions.

use super::features;
use super::model::{decide, Labels, SourceModel, TrainOptions};
use hearsay_core::Doc;

/// One labelled mention the rules found a source for.
#[derive(Clone, Debug)]
pub struct Example {
    /// Index of its document (cross-validation folds are made of whole documents).
    pub doc: usize,
    /// Hashed features of the source it resolved to.
    pub feats: Vec<u64>,
    /// The rules' labels of that source.
    pub rule: Labels,
    /// The gold labels.
    pub gold: Labels,
}

/// The example of a gold mention (`gold` labels) that resolved to source `idx` of `doc`,
/// whose labels are still the rules'.
pub fn example(doc: &Doc, doc_index: usize, idx: usize, gold: Labels) -> Example {
    let mut feats = Vec::new();
    features::extract(doc, idx, &mut feats);
    let s = &doc.sources[idx];
    Example { doc: doc_index, feats, rule: (s.stype, s.anonymous, s.official), gold }
}

/// Trains on every example.
pub fn train(ex: &[Example], opts: &TrainOptions) -> SourceModel {
    let data: Vec<(Vec<u64>, Labels)> = ex.iter().map(|e| (e.feats.clone(), e.gold)).collect();
    SourceModel::train(&data, opts)
}

/// Out-of-fold raw decisions (each head's label and margin) of every example, `folds`
/// folds of whole documents (assigned by a seeded shuffle of the document indices).
pub fn cross_validate(ex: &[Example], folds: usize, opts: &TrainOptions) -> Vec<[(usize, f32); 3]> {
    let ndocs = ex.iter().map(|e| e.doc + 1).max().unwrap_or(0);
    let order = super::model::shuffled(ndocs, opts.seed ^ 0x5eed);
    let mut fold_of = vec![0; ndocs];
    for (k, &d) in order.iter().enumerate() {
        fold_of[d] = k % folds.max(1);
    }
    let mut out = vec![[(0usize, 0.0f32); 3]; ex.len()];
    for f in 0..folds.max(1) {
        let train_part: Vec<Example> = ex.iter().filter(|e| fold_of[e.doc] != f).cloned().collect();
        let m = train(&train_part, opts);
        for (i, e) in ex.iter().enumerate().filter(|(_, e)| fold_of[e.doc] == f) {
            out[i] = m.raw(&e.feats);
        }
    }
    out
}

/// Correct labels (type, anonymous, official) among `ex` when decided with `thresholds`
/// from `raw` (`None`: the rules' labels).
pub fn correct(ex: &[Example], raw: &[[(usize, f32); 3]], thresholds: Option<[f32; 3]>) -> [usize; 3] {
    let mut c = [0; 3];
    for (e, r) in ex.iter().zip(raw) {
        let p = match thresholds {
            Some(t) => decide(*r, e.rule, t),
            None => e.rule,
        };
        c[0] += usize::from(p.0 == e.gold.0);
        c[1] += usize::from(p.1 == e.gold.1);
        c[2] += usize::from(p.2 == e.gold.2);
    }
    c
}

/// Per head, the margin among `candidates` that decides the most examples right out of fold
/// (the smallest on ties).
pub fn choose_thresholds(ex: &[Example], raw: &[[(usize, f32); 3]], candidates: &[f32]) -> [f32; 3] {
    let mut best = [f32::INFINITY; 3];
    let mut score = correct(ex, raw, None);
    for &t in candidates {
        let c = correct(ex, raw, Some([t; 3]));
        for h in 0..3 {
            if c[h] > score[h] {
                score[h] = c[h];
                best[h] = t;
            }
        }
    }
    best
}
