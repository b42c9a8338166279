//! Sentence-level uncertainty on a `text,label` CSV (1 = uncertain), e.g. the Wikipedia weasel
//! split in ../shared/data/hedges. A sentence is predicted uncertain when it holds a hedge cue
//! of the sentence-level set ([`hearsay_epistemics::CueSet::Sentence`]: lexicon cues whose
//! train-set share of uncertain sentences passed the threshold tuned on train.csv). The split
//! is not the official CoNLL-2010 one, so scores are not comparable with published ones.

use crate::metrics::Prf;
use serde::Serialize;
use std::fmt;
use std::path::Path;

/// The report of `hearsay eval hedges`.
#[derive(Debug, Default, Serialize)]
pub struct HedgeReport {
    /// The file scored.
    pub file: String,
    /// Sentences.
    pub sentences: usize,
    /// Sentences labelled uncertain.
    pub uncertain: usize,
    /// Counts for the uncertain class.
    pub uncertain_class: Prf,
    /// Share of sentences classified right.
    pub accuracy: f64,
}

/// Scores `(text, label)` pairs.
pub fn score(rows: impl IntoIterator<Item = (String, bool)>) -> HedgeReport {
    let mut r = HedgeReport::default();
    let mut correct = 0usize;
    for (text, gold) in rows {
        let pred = hearsay_epistemics::is_uncertain(text.trim());
        r.sentences += 1;
        r.uncertain += gold as usize;
        match (pred, gold) {
            (true, true) => r.uncertain_class.tp += 1.0,
            (true, false) => r.uncertain_class.fp += 1.0,
            (false, true) => r.uncertain_class.fn_ += 1.0,
            (false, false) => {}
        }
        correct += (pred == gold) as usize;
    }
    r.accuracy = if r.sentences == 0 { 0.0 } else { correct as f64 / r.sentences as f64 };
    r
}

/// Reads a `text,label` CSV and scores it.
pub fn evaluate(file: &Path) -> anyhow::Result<HedgeReport> {
    let mut rd = csv::Reader::from_path(file).map_err(|e| {
        anyhow::anyhow!("cannot read {}: {e} (the hedge data lives in ../shared/data/hedges)", file.display())
    })?;
    let mut rows = Vec::new();
    for (i, rec) in rd.records().enumerate() {
        let rec = rec.map_err(|e| anyhow::anyhow!("{} row {}: {e}", file.display(), i + 2))?;
        let (Some(text), Some(label)) = (rec.get(0), rec.get(1)) else {
            anyhow::bail!("{} row {}: expected text,label", file.display(), i + 2);
        };
        rows.push((text.to_string(), label.trim() == "1"));
    }
    anyhow::ensure!(!rows.is_empty(), "no rows in {}", file.display());
    let mut r = score(rows);
    r.file = file.display().to_string();
    Ok(r)
}

impl fmt::Display for HedgeReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let m = &self.uncertain_class;
        writeln!(
            f,
            "sentence-level uncertainty on {} ({} sentences, {} uncertain)",
            self.file, self.sentences, self.uncertain
        )?;
        writeln!(
            f,
            "{:<18} {:>6} {:>6} {:>6} {:>9} {:>9} {:>9}",
            "class", "tp", "fp", "fn", "precision", "recall", "F1"
        )?;
        writeln!(
            f,
            "{:<18} {:>6} {:>6} {:>6} {:>9.4} {:>9.4} {:>9.4}",
            "uncertain",
            m.tp,
            m.fp,
            m.fn_,
            m.precision(),
            m.recall(),
            m.f1()
        )?;
        writeln!(f, "accuracy {:.4}", self.accuracy)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_the_uncertain_class() {
        let rows = vec![
            ("It was probably built by monks.".to_string(), true),
            ("It was built in 1120.".to_string(), false),
            ("Critics allegedly objected.".to_string(), false),
            ("The tower stands on the hill.".to_string(), true),
        ];
        let r = score(rows);
        assert_eq!((r.uncertain_class.tp, r.uncertain_class.fp, r.uncertain_class.fn_), (1.0, 1.0, 1.0));
        assert!((r.accuracy - 0.5).abs() < 1e-9);
    }
}
