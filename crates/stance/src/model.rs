//! Multinomial logistic regression over hashed features, trained with AdaGrad.
//!
//! Stored compactly: only non-zero buckets, weights quantised to 16 bits.

use crate::data::Pair;
use crate::features::extract;
use crate::Stance;
use hearsay_learn::{Card, ModelError, ModelFile, SplitMix};

const CLASSES: usize = 3;
const MAGIC: &[u8; 8] = b"HSSTNC01";

/// Training settings.
#[derive(Clone, Copy, Debug)]
pub struct TrainOptions {
    /// log2 of the number of feature buckets.
    pub bits: u8,
    /// Passes over the data.
    pub epochs: usize,
    /// AdaGrad base learning rate.
    pub learning_rate: f32,
    /// L2 penalty per update.
    pub l2: f32,
    /// Shuffling seed.
    pub seed: u64,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions { bits: 18, epochs: 10, learning_rate: 0.02, l2: 0.0, seed: 7 }
    }
}

/// A trained stance model.
#[derive(Clone, Debug, PartialEq)]
pub struct StanceModel {
    bits: u8,
    /// `weights[bucket * 3 + class]`.
    weights: Vec<f32>,
}

fn softmax(s: [f32; CLASSES]) -> [f32; CLASSES] {
    let m = s.iter().cloned().fold(f32::NEG_INFINITY, f32::max);
    let e = s.map(|x| (x - m).exp());
    let z: f32 = e.iter().sum();
    e.map(|x| x / z)
}

impl StanceModel {
    /// Trains on `pairs`.
    pub fn train(pairs: &[Pair], opts: &TrainOptions) -> Self {
        let bits = opts.bits.clamp(4, 24);
        let n = 1usize << bits;
        let mut w = vec![0.0f32; n * CLASSES];
        let mut g2 = vec![1e-6f32; n * CLASSES];
        let data: Vec<(Vec<u32>, usize)> =
            pairs.iter().map(|p| (extract(&p.claim, &p.headline, bits), p.stance.index())).collect();
        let mut order: Vec<usize> = (0..data.len()).collect();
        let mut rng = SplitMix(opts.seed);
        for _ in 0..opts.epochs {
            rng.shuffle(&mut order);
            for &i in &order {
                let (feats, y) = &data[i];
                let p = softmax(Self::scores_of(&w, feats));
                for &f in feats {
                    for (k, pk) in p.iter().enumerate() {
                        let j = f as usize * CLASSES + k;
                        let g = pk - if k == *y { 1.0 } else { 0.0 } + opts.l2 * w[j];
                        g2[j] += g * g;
                        w[j] -= opts.learning_rate * g / g2[j].sqrt();
                    }
                }
            }
        }
        StanceModel { bits, weights: w }
    }

    fn scores_of(w: &[f32], feats: &[u32]) -> [f32; CLASSES] {
        let mut s = [0.0f32; CLASSES];
        for &f in feats {
            let j = f as usize * CLASSES;
            if let Some(row) = w.get(j..j + CLASSES) {
                for k in 0..CLASSES {
                    s[k] += row[k];
                }
            }
        }
        s
    }

    /// Class probabilities in [`Stance::ALL`] order.
    pub fn probabilities(&self, claim: &str, headline: &str) -> [f32; CLASSES] {
        softmax(Self::scores_of(&self.weights, &extract(claim, headline, self.bits)))
    }

    /// The most probable stance of `headline` toward `claim`.
    pub fn predict(&self, claim: &str, headline: &str) -> Stance {
        let p = self.probabilities(claim, headline);
        let best = (0..CLASSES).fold(0, |b, k| if p[k] > p[b] { k } else { b });
        Stance::ALL[best]
    }

    /// Serialises: magic, bits, scale, count, then (bucket u32, 3 × i16) per non-zero bucket.
    pub fn to_bytes(&self) -> Vec<u8> {
        let max = self.weights.iter().fold(0.0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        let q: Vec<i16> = self.weights.iter().map(|w| (w / scale).round() as i16).collect();
        let rows: Vec<usize> = (0..self.weights.len() / CLASSES)
            .filter(|&r| q[r * CLASSES..r * CLASSES + CLASSES].iter().any(|&x| x != 0))
            .collect();
        let mut out = Vec::with_capacity(17 + rows.len() * 10);
        out.extend_from_slice(MAGIC);
        out.push(self.bits);
        out.extend_from_slice(&scale.to_le_bytes());
        out.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        for r in rows {
            out.extend_from_slice(&(r as u32).to_le_bytes());
            for k in 0..CLASSES {
                out.extend_from_slice(&q[r * CLASSES + k].to_le_bytes());
            }
        }
        out
    }

    /// Reads what [`StanceModel::to_bytes`] wrote.
    pub fn from_bytes(b: &[u8]) -> anyhow::Result<Self> {
        anyhow::ensure!(b.len() >= 17 && &b[..8] == MAGIC, "not a hearsay stance model");
        let bits = b[8];
        anyhow::ensure!((1..=24).contains(&bits), "bad bucket count");
        let scale = f32::from_le_bytes(b[9..13].try_into()?);
        let count = u32::from_le_bytes(b[13..17].try_into()?) as usize;
        anyhow::ensure!(b.len() == 17 + count * 10, "truncated stance model");
        let n = 1usize << bits;
        let mut weights = vec![0.0f32; n * CLASSES];
        for rec in b[17..].chunks_exact(10) {
            let r = u32::from_le_bytes(rec[..4].try_into()?) as usize;
            anyhow::ensure!(r < n, "bucket out of range");
            for k in 0..CLASSES {
                let q = i16::from_le_bytes(rec[4 + 2 * k..6 + 2 * k].try_into()?);
                weights[r * CLASSES + k] = q as f32 * scale;
            }
        }
        Ok(StanceModel { bits, weights })
    }
}

impl ModelFile for StanceModel {
    const CARD: Card = crate::CARD;
    fn lexicons() -> Vec<String> {
        crate::lexicons()
    }
    fn to_payload(&self) -> Vec<u8> {
        self.to_bytes()
    }
    fn from_payload(b: &[u8]) -> Result<Self, ModelError> {
        Self::from_bytes(b).map_err(|e| ModelError(format!("stance model: {e}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair(claim: &str, headline: &str, stance: Stance) -> Pair {
        Pair {
            claim: claim.into(),
            headline: headline.into(),
            stance,
            claim_id: claim.into(),
            article_id: String::new(),
        }
    }

    fn toy() -> Vec<Pair> {
        let mut v = Vec::new();
        for (c, topic) in [("Cats can fly", "cats fly"), ("Dogs can talk", "dogs talk"), ("Fish can sing", "fish sing")]
        {
            v.push(pair(c, &format!("Amazing: {topic} in town"), Stance::Supports));
            v.push(pair(c, &format!("Hoax: {topic} story is fake"), Stance::Denies));
            v.push(pair(c, &format!("Man claims {topic}, reportedly"), Stance::Reports));
        }
        v
    }

    #[test]
    fn learns_cues_and_round_trips() {
        let m = StanceModel::train(&toy(), &TrainOptions { bits: 12, ..Default::default() });
        assert_eq!(m.predict("Birds can swim", "Hoax: birds swim story is fake"), Stance::Denies);
        assert_eq!(m.predict("Birds can swim", "Man claims birds swim, reportedly"), Stance::Reports);
        let back = StanceModel::from_bytes(&m.to_bytes()).unwrap();
        assert_eq!(back.predict("Birds can swim", "Hoax: birds swim story is fake"), Stance::Denies);
        assert!(StanceModel::from_bytes(b"garbage").is_err());
        let file = m.to_model_file();
        assert!(StanceModel::from_model_file(&file).is_ok());
        let mut corrupt = file.clone();
        *corrupt.last_mut().unwrap() ^= 1;
        assert!(StanceModel::from_model_file(&corrupt).unwrap_err().0.contains("corrupt"));
        assert!(StanceModel::from_model_file(&m.to_bytes()).is_err(), "a file without a header is refused");
        let mut bytes = m.to_bytes();
        bytes.truncate(bytes.len() - 3);
        assert!(StanceModel::from_bytes(&bytes).is_err());
    }
}
