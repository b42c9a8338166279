//! Scoring: accuracy, per-class and macro F1, and cross-validation grouped by claim.

use crate::data::Pair;
use crate::model::{StanceModel, TrainOptions};
use crate::Stance;
use hearsay_learn::SplitMix;
use serde::Serialize;
use std::collections::BTreeMap;

/// Scores of predictions against gold.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct StanceScores {
    /// Pairs scored.
    pub pairs: usize,
    /// Fraction predicted right.
    pub accuracy: f64,
    /// Mean of the three per-class F1.
    pub macro_f1: f64,
    /// Per class (`supports`, `denies`, `reports`): precision, recall, F1, gold count.
    pub per_class: BTreeMap<String, ClassScores>,
    /// `confusion[gold][predicted]`, in `supports, denies, reports` order.
    pub confusion: [[usize; 3]; 3],
}

/// One class's scores.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ClassScores {
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
    /// Gold pairs of this class.
    pub support: usize,
}

impl StanceScores {
    /// Scores from a confusion matrix.
    pub fn from_confusion(confusion: [[usize; 3]; 3]) -> Self {
        let pairs: usize = confusion.iter().flatten().sum();
        let right: usize = (0..3).map(|k| confusion[k][k]).sum();
        let mut per_class = BTreeMap::new();
        let mut f1_sum = 0.0;
        for s in Stance::ALL {
            let k = s.index();
            let tp = confusion[k][k] as f64;
            let predicted: usize = (0..3).map(|g| confusion[g][k]).sum();
            let support: usize = confusion[k].iter().sum();
            let precision = if predicted == 0 { 0.0 } else { tp / predicted as f64 };
            let recall = if support == 0 { 0.0 } else { tp / support as f64 };
            let f1 = if precision + recall == 0.0 { 0.0 } else { 2.0 * precision * recall / (precision + recall) };
            f1_sum += f1;
            per_class.insert(s.as_str().to_string(), ClassScores { precision, recall, f1, support });
        }
        StanceScores {
            pairs,
            accuracy: if pairs == 0 { 0.0 } else { right as f64 / pairs as f64 },
            macro_f1: f1_sum / 3.0,
            per_class,
            confusion,
        }
    }
}

/// Scores `model` on `pairs`.
pub fn evaluate(model: &StanceModel, pairs: &[Pair]) -> StanceScores {
    let mut confusion = [[0usize; 3]; 3];
    for p in pairs {
        confusion[p.stance.index()][model.predict(&p.claim, &p.headline).index()] += 1;
    }
    StanceScores::from_confusion(confusion)
}

/// Fold of each pair: claim groups are shuffled (seeded) and dealt to `k` folds, so no
/// claim is in two folds.
pub fn grouped_folds(pairs: &[Pair], k: usize, seed: u64) -> Vec<usize> {
    let k = k.max(2);
    let mut groups: Vec<&str> = pairs.iter().map(|p| p.claim_id.as_str()).collect();
    groups.sort_unstable();
    groups.dedup();
    SplitMix(seed).shuffle(&mut groups);
    let fold_of: BTreeMap<&str, usize> = groups.iter().enumerate().map(|(i, g)| (*g, i % k)).collect();
    pairs.iter().map(|p| fold_of[p.claim_id.as_str()]).collect()
}

/// K-fold cross-validation grouped by claim: trains on K−1 folds, predicts the held-out
/// one, and scores all held-out predictions together.
pub fn cross_validate(pairs: &[Pair], k: usize, opts: &TrainOptions) -> StanceScores {
    let folds = grouped_folds(pairs, k, opts.seed);
    let k = k.max(2);
    let mut confusion = [[0usize; 3]; 3];
    for fold in 0..k {
        let train: Vec<Pair> = pairs.iter().zip(&folds).filter(|(_, &f)| f != fold).map(|(p, _)| p.clone()).collect();
        let test: Vec<Pair> = pairs.iter().zip(&folds).filter(|(_, &f)| f == fold).map(|(p, _)| p.clone()).collect();
        if test.is_empty() {
            continue;
        }
        let m = StanceModel::train(&train, opts);
        let s = evaluate(&m, &test);
        for (row, add) in confusion.iter_mut().zip(s.confusion) {
            for (c, a) in row.iter_mut().zip(add) {
                *c += a;
            }
        }
    }
    StanceScores::from_confusion(confusion)
}

impl std::fmt::Display for StanceScores {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "pairs     {}", self.pairs)?;
        writeln!(f, "accuracy  {:.3}", self.accuracy)?;
        writeln!(f, "macro F1  {:.3}", self.macro_f1)?;
        writeln!(f, "{:<10} {:>6} {:>6} {:>6} {:>7}", "class", "P", "R", "F1", "gold")?;
        for s in Stance::ALL {
            if let Some(c) = self.per_class.get(s.as_str()) {
                writeln!(
                    f,
                    "{:<10} {:>6.3} {:>6.3} {:>6.3} {:>7}",
                    s.as_str(),
                    c.precision,
                    c.recall,
                    c.f1,
                    c.support
                )?;
            }
        }
        write!(f, "confusion (rows gold, columns predicted: supports denies reports): {:?}", self.confusion)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_never_split_a_claim() {
        let pairs: Vec<Pair> = (0..40)
            .map(|i| Pair {
                claim: format!("claim {}", i % 7),
                headline: format!("h {i}"),
                stance: Stance::ALL[i % 3],
                claim_id: format!("c{}", i % 7),
                article_id: format!("a{i}"),
            })
            .collect();
        let folds = grouped_folds(&pairs, 3, 1);
        for a in 0..pairs.len() {
            for b in 0..pairs.len() {
                if pairs[a].claim_id == pairs[b].claim_id {
                    assert_eq!(folds[a], folds[b]);
                }
            }
        }
        assert!((0..3).all(|f| folds.contains(&f)));
    }

    #[test]
    fn scores_from_confusion() {
        let s = StanceScores::from_confusion([[2, 0, 0], [0, 1, 1], [0, 0, 0]]);
        assert_eq!(s.pairs, 4);
        assert!((s.accuracy - 0.75).abs() < 1e-9);
        let d = &s.per_class["denies"];
        assert!((d.precision - 1.0).abs() < 1e-9 && (d.recall - 0.5).abs() < 1e-9);
        assert_eq!(s.per_class["reports"].f1, 0.0);
    }
}
