//! The learned source-type classifier: three averaged perceptrons over the same hashed
//! features (type among six, anonymous, official), stored as the rows of one table.
//!
//! A head's decision replaces the rules' only when it differs from them by a margin of at
//! least that head's threshold (chosen by cross-validation by document in `hearsay train
//! sources --cv`); elsewhere the rule's label stands.

use hearsay_core::SourceType;
use hearsay_learn::{argmax, Averager, Card, ModelError, ModelFile, SplitMix};

/// Type classes, in column order.
pub const TYPES: [SourceType; 6] = [
    SourceType::Person,
    SourceType::Organization,
    SourceType::Outlet,
    SourceType::Document,
    SourceType::Group,
    SourceType::Unknown,
];

/// Columns of a row: six types, then anonymous no/yes, then official no/yes.
const COLS: usize = 10;
const MAGIC: &[u8; 8] = b"HSSRCT01";

/// The labels of one source: type, anonymous, official.
pub type Labels = (SourceType, bool, bool);

/// Column of a type.
pub fn type_index(t: SourceType) -> usize {
    TYPES.iter().position(|&x| x == t).unwrap_or(5)
}

/// Training settings.
#[derive(Clone, Copy, Debug)]
pub struct TrainOptions {
    /// log2 of the number of feature buckets.
    pub bits: u8,
    /// Passes over the data.
    pub epochs: usize,
    /// Shuffling seed.
    pub seed: u64,
    /// Margins a head's label needs to overrule the rules' (type, anonymous, official).
    pub thresholds: [f32; 3],
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions { bits: 16, epochs: 10, seed: 17, thresholds: [0.0; 3] }
    }
}

/// A trained source classifier.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceModel {
    bits: u8,
    /// Margins to overrule the rules, per head.
    pub thresholds: [f32; 3],
    /// `weights[bucket * COLS + column]`.
    weights: Vec<f32>,
}

/// Scores of every column for `feats`.
fn scores(w: &[f32], bits: u8, feats: &[u64]) -> [f32; COLS] {
    let mut s = [0.0f32; COLS];
    for &f in feats {
        let r = bucket(f, bits) * COLS;
        for (k, x) in s.iter_mut().enumerate() {
            *x += w[r + k];
        }
    }
    s
}

fn bucket(f: u64, bits: u8) -> usize {
    (f >> (64 - bits as u32)) as usize
}

/// The winning column of a head (columns `from..to`), its margin over the runner-up.
fn best(s: &[f32; COLS], from: usize, to: usize) -> (usize, f32) {
    let b = from + argmax(&s[from..to]);
    let second = (from..to).filter(|&k| k != b).map(|k| s[k]).fold(f32::NEG_INFINITY, f32::max);
    (b - from, s[b] - second)
}

impl SourceModel {
    /// Trains on `(features, gold labels)` pairs.
    pub fn train(data: &[(Vec<u64>, Labels)], opts: &TrainOptions) -> Self {
        let bits = opts.bits.clamp(8, 22);
        let mut avg = Averager::new((1usize << bits) * COLS, 0);
        let mut order: Vec<usize> = (0..data.len()).collect();
        let mut rng = SplitMix(opts.seed);
        for _ in 0..opts.epochs {
            rng.shuffle(&mut order);
            for &i in &order {
                avg.tick();
                let (feats, gold) = &data[i];
                let s = scores(avg.current(), bits, feats);
                let want = [type_index(gold.0), 6 + gold.1 as usize, 8 + gold.2 as usize];
                let heads = [(0, 6), (6, 8), (8, 10)];
                for (h, &(from, to)) in heads.iter().enumerate() {
                    let got = from + best(&s, from, to).0;
                    if got != want[h] {
                        for &f in feats {
                            let r = bucket(f, bits) * COLS;
                            avg.add(r + want[h], 1.0);
                            avg.add(r + got, -1.0);
                        }
                    }
                }
            }
        }
        SourceModel { bits, thresholds: opts.thresholds, weights: avg.averaged() }
    }

    /// Each head's label and its margin over the runner-up.
    pub fn raw(&self, feats: &[u64]) -> [(usize, f32); 3] {
        let s = scores(&self.weights, self.bits, feats);
        [best(&s, 0, 6), best(&s, 6, 8), best(&s, 8, 10)]
    }

    /// The labels of a source whose rules said `rule`: each head's where it differs from the
    /// rule by at least its threshold, else the rule's.
    pub fn decide(&self, feats: &[u64], rule: Labels) -> Labels {
        decide(self.raw(feats), rule, self.thresholds)
    }

    /// Serialises: magic, bits, three thresholds, row count, then (bucket u32, 10 × f32) per
    /// non-zero row.
    pub fn to_bytes(&self) -> Vec<u8> {
        let rows: Vec<usize> = (0..self.weights.len() / COLS)
            .filter(|&r| self.weights[r * COLS..(r + 1) * COLS].iter().any(|&x| x != 0.0))
            .collect();
        let mut out = Vec::with_capacity(25 + rows.len() * (4 + 4 * COLS));
        out.extend_from_slice(MAGIC);
        out.push(self.bits);
        for t in self.thresholds {
            out.extend_from_slice(&t.to_le_bytes());
        }
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        for r in rows {
            out.extend_from_slice(&(r as u32).to_le_bytes());
            for k in 0..COLS {
                out.extend_from_slice(&self.weights[r * COLS + k].to_le_bytes());
            }
        }
        out
    }

    /// Reads what [`SourceModel::to_bytes`] wrote.
    pub fn from_bytes(b: &[u8]) -> Result<Self, String> {
        let rec = 4 + 4 * COLS;
        if b.len() < 25 || &b[..8] != MAGIC {
            return Err("not a hearsay source-type model".into());
        }
        let bits = b[8];
        if !(8..=22).contains(&bits) {
            return Err("bad bucket count".into());
        }
        let f32_at = |i: usize| f32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
        let thresholds = [f32_at(9), f32_at(13), f32_at(17)];
        let count = u32::from_le_bytes([b[21], b[22], b[23], b[24]]) as usize;
        if b.len() != 25 + count * rec {
            return Err("truncated source-type model".into());
        }
        let n = 1usize << bits;
        let mut weights = vec![0.0f32; n * COLS];
        for row in b[25..].chunks_exact(rec) {
            let r = u32::from_le_bytes([row[0], row[1], row[2], row[3]]) as usize;
            if r >= n {
                return Err("bucket out of range".into());
            }
            for k in 0..COLS {
                let i = 4 + 4 * k;
                weights[r * COLS + k] = f32::from_le_bytes([row[i], row[i + 1], row[i + 2], row[i + 3]]);
            }
        }
        Ok(SourceModel { bits, thresholds, weights })
    }
}

/// Each head's label where it differs from the rule's by at least its threshold, else the
/// rule's.
pub fn decide(raw: [(usize, f32); 3], rule: Labels, thresholds: [f32; 3]) -> Labels {
    let t = if TYPES[raw[0].0] != rule.0 && raw[0].1 >= thresholds[0] { TYPES[raw[0].0] } else { rule.0 };
    let a = if (raw[1].0 == 1) != rule.1 && raw[1].1 >= thresholds[1] { raw[1].0 == 1 } else { rule.1 };
    let o = if (raw[2].0 == 1) != rule.2 && raw[2].1 >= thresholds[2] { raw[2].0 == 1 } else { rule.2 };
    (t, a, o)
}

impl ModelFile for SourceModel {
    const CARD: Card = super::CARD;
    fn lexicons() -> Vec<String> {
        super::lexicons()
    }
    fn to_payload(&self) -> Vec<u8> {
        self.to_bytes()
    }
    fn from_payload(b: &[u8]) -> Result<Self, ModelError> {
        Self::from_bytes(b).map_err(|e| ModelError(format!("sources model: {e}")))
    }
}

/// Seeded shuffle of `0..n` (cross-validation folds).
pub fn shuffled(n: usize, seed: u64) -> Vec<usize> {
    let mut v: Vec<usize> = (0..n).collect();
    SplitMix(seed).shuffle(&mut v);
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use hearsay_learn::FeatHash;

    fn feat(s: &str) -> u64 {
        FeatHash::new(1).bytes(s.as_bytes()).finish()
    }

    #[test]
    fn learns_round_trips_and_keeps_the_rule_below_the_margin() {
        let data: Vec<(Vec<u64>, Labels)> = (0..20)
            .flat_map(|_| {
                [
                    (vec![feat("bias"), feat("officials")], (SourceType::Group, true, true)),
                    (vec![feat("bias"), feat("reuters")], (SourceType::Outlet, false, false)),
                ]
            })
            .collect();
        let m = SourceModel::train(&data, &TrainOptions { bits: 10, ..Default::default() });
        let rule = (SourceType::Person, false, false);
        assert_eq!(m.decide(&data[0].0, rule), (SourceType::Group, true, true));
        assert_eq!(m.decide(&data[1].0, rule), (SourceType::Outlet, false, false));
        let strict = SourceModel { thresholds: [1e9; 3], ..m.clone() };
        assert_eq!(strict.decide(&data[0].0, rule), rule);
        let back = SourceModel::from_bytes(&m.to_bytes()).unwrap();
        assert_eq!(back, m);
        let file = m.to_model_file();
        assert_eq!(SourceModel::from_model_file(&file).unwrap(), m);
        let mut bad = file.clone();
        *bad.last_mut().unwrap() ^= 1;
        assert!(SourceModel::from_model_file(&bad).is_err());
        assert!(SourceModel::from_bytes(b"garbage").is_err());
    }
}
