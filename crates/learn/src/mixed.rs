//! Class-mixed tables: a feature index and a class are mixed into one index of a `2^BITS`
//! table ([`with_class`]), so classes share the table; the shipped weights ([`Weights`]) keep
//! one byte per weight on a log scale. Used by the attribution cue tagger and span pointers.

use crate::averaged::Averager;
use crate::hash::mix_index;

/// Feature-hash space: 2^BITS weights.
pub const BITS: u32 = 22;
const MASK: u32 = (1 << BITS) - 1;

/// Mixes a template id and values into a feature index.
#[inline]
pub fn feat(template: u32, a: u64, b: u64) -> u32 {
    mix_index(template, a, b) & MASK
}

/// Index of feature `f` for class `c`.
#[inline]
pub fn with_class(f: u32, c: u32) -> usize {
    (f.wrapping_add(c) & MASK) as usize
}

/// Dense weights, read-only at run time, stored as one byte each: a sign and one of 127
/// magnitudes spaced evenly in log scale from the largest weight down to [`FLOOR`] of it
/// (a quarter of the memory of `f32`, so fewer cache misses; one step is 4.5 % of the
/// value, and smaller weights become 0).
#[derive(Clone, Debug)]
pub struct Weights {
    /// One code per hashed index (empty: an untrained model that scores 0). Read-only: caches
    /// of partial sums key on `id`, not on these codes.
    pub w: Vec<i8>,
    /// Value of each code (indexed by the code's byte), in units of `scale`.
    lut: [i32; 256],
    /// Value of one unit.
    scale: f32,
    /// Tells these weights from others in caches of partial sums (0: never cached).
    id: u64,
}

impl Default for Weights {
    fn default() -> Self {
        Weights { w: Vec::new(), lut: [0; 256], scale: 1.0, id: 0 }
    }
}

/// Source of [`Weights`] ids.
static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

fn next_id() -> u64 {
    NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// Smallest magnitude kept, relative to the largest weight.
const FLOOR: f32 = 3e-3;

impl Weights {
    /// Quantizes float weights.
    pub fn from_f32(w: &[f32]) -> Weights {
        let max = w.iter().fold(0f32, |m, v| m.max(v.abs()));
        let mut lut = [0i32; 256];
        if max == 0.0 {
            return Weights { w: vec![0; w.len()], lut, scale: 1.0, id: next_id() };
        }
        // integer units fine enough for the smallest magnitude (about 1,700 units)
        let scale = max / (1 << 24) as f32;
        // code k (1..=127) stands for max * step^(127 - k)
        let step = FLOOR.powf(1.0 / 126.0);
        let ln_step = step.ln();
        for k in 1..=127i32 {
            let v = (max * step.powi(127 - k) / scale).round() as i32;
            lut[k as u8 as usize] = v;
            lut[(-k) as i8 as u8 as usize] = -v;
        }
        let code = |v: f32| -> i8 {
            let m = v.abs() / max;
            if m < FLOOR * step.sqrt() {
                return 0;
            }
            let k = 127 - ((m.ln() / ln_step).round() as i32).clamp(0, 126);
            (if v < 0.0 { -k } else { k }) as i8
        };
        Weights { w: w.iter().map(|&v| code(v)).collect(), lut, scale, id: next_id() }
    }

    /// Value of a code, in units of `scale`.
    #[inline]
    fn value(&self, code: i8) -> i32 {
        self.lut[code as u8 as usize]
    }

    /// Value of the weight at raw index `i`, in units of `scale`.
    #[inline]
    fn at(&self, i: usize) -> i32 {
        self.value(self.w[i])
    }

    /// Sum of weights of `feats` for class `c`.
    #[inline]
    pub fn score(&self, feats: &[u32], c: u32) -> f32 {
        if self.w.is_empty() {
            return 0.0;
        }
        feats.iter().map(|&f| self.at(with_class(f, c))).sum::<i32>() as f32 * self.scale
    }

    /// Serializes the non-zero weights: u32 count, then (u32 index, f32 weight) pairs, little endian.
    pub fn to_bytes(&self) -> Vec<u8> {
        let nz: Vec<(u32, f32)> = self
            .w
            .iter()
            .enumerate()
            .filter(|(_, &v)| v != 0)
            .map(|(i, &v)| (i as u32, self.value(v) as f32 * self.scale))
            .collect();
        let mut out = Vec::with_capacity(4 + nz.len() * 8);
        out.extend((nz.len() as u32).to_le_bytes());
        for (i, v) in nz {
            out.extend(i.to_le_bytes());
            out.extend(v.to_le_bytes());
        }
        out
    }

    /// Reads what [`Weights::to_bytes`] wrote; returns the weights and the bytes consumed.
    pub fn from_bytes(b: &[u8]) -> Option<(Weights, usize)> {
        let n = u32::from_le_bytes(b.get(0..4)?.try_into().ok()?) as usize;
        let body = b.get(4..4 + n.checked_mul(8)?)?;
        let mut w = vec![0f32; 1 << BITS];
        for ch in body.chunks_exact(8) {
            let i = u32::from_le_bytes(ch[0..4].try_into().ok()?) as usize;
            let v = f32::from_le_bytes(ch[4..8].try_into().ok()?);
            *w.get_mut(i)? = v;
        }
        Some((Weights::from_f32(&w), 4 + n * 8))
    }
}

/// Averaged perceptron with lazy averaging over the `2^BITS` class-mixed weights.
pub struct Trainer {
    avg: Averager,
}

impl Default for Trainer {
    fn default() -> Self {
        Trainer { avg: Averager::new(1 << BITS, 1) }
    }
}

impl Trainer {
    /// Current (non-averaged) weights as a scorer view.
    pub fn current(&self) -> &[f32] {
        self.avg.current()
    }

    /// Sum of current weights of `feats` for class `c`.
    #[inline]
    pub fn score(&self, feats: &[u32], c: u32) -> f32 {
        let w = self.avg.current();
        feats.iter().map(|&f| w[with_class(f, c)]).sum()
    }

    /// Adds `delta` to the weights of `feats` for class `c`.
    pub fn update(&mut self, feats: &[u32], c: u32, delta: f32) {
        for &f in feats {
            self.avg.add(with_class(f, c), delta);
        }
    }

    /// Adds `delta` to raw indices (already class-mixed).
    pub fn update_raw(&mut self, idx: usize, delta: f32) {
        self.avg.add(idx, delta);
    }

    /// Advances the clock by one example.
    pub fn tick(&mut self) {
        self.avg.tick();
    }

    /// The averaged weights.
    pub fn averaged(&self) -> Weights {
        Weights::from_f32(&self.averaged_f32())
    }

    /// The averaged weights before quantization.
    pub fn averaged_f32(&self) -> Vec<f32> {
        self.avg.averaged()
    }
}

/// Anything that scores features for a class: trained weights or a trainer mid-training.
pub trait Scorer {
    /// Sum of the weights of `feats` for class `c`.
    fn score(&self, feats: &[u32], c: u32) -> f32;
    /// Weight at a raw (class-mixed) index.
    fn raw(&self, idx: usize) -> f32;
    /// Scores of classes 0, 1 and 2 at once (their weights are adjacent).
    fn score3(&self, feats: &[u32]) -> [f32; 3] {
        let mut out = [0f32; 3];
        for &f in feats {
            let i = with_class(f, 0);
            if i + 2 < 1 << BITS {
                out[0] += self.raw(i);
                out[1] += self.raw(i + 1);
                out[2] += self.raw(i + 2);
            } else {
                for (c, o) in out.iter_mut().enumerate() {
                    *o += self.raw(with_class(f, c as u32));
                }
            }
        }
        out
    }
    /// Exact integer sums of classes 0, 1 and 2, for scorers that add in integer units
    /// (so that partial sums may be cached and added in any order); `None` otherwise.
    fn units3(&self, _feats: &[u32]) -> Option<[i32; 3]> {
        None
    }
    /// Scores of integer sums from [`Scorer::units3`].
    fn scale_units(&self, u: [i32; 3]) -> [f32; 3] {
        u.map(|v| v as f32)
    }
    /// An id that no other scorer's weights share, for caches of [`Scorer::units3`] sums
    /// that outlive one call; `None` when the weights may change (a trainer) or there are none.
    fn cache_id(&self) -> Option<u64> {
        None
    }
}

impl Weights {
    /// Integer sums of classes 0, 1 and 2 over `feats` (their weights are adjacent).
    #[inline(always)]
    fn sum3(&self, feats: &[u32]) -> [i32; 3] {
        let mut out = [0i32; 3];
        for &f in feats {
            let i = with_class(f, 0);
            if let Some(s) = self.w.get(i..i + 3) {
                out[0] += self.value(s[0]);
                out[1] += self.value(s[1]);
                out[2] += self.value(s[2]);
            } else {
                for (c, o) in out.iter_mut().enumerate() {
                    *o += self.at(with_class(f, c as u32));
                }
            }
        }
        out
    }
}

impl Scorer for Weights {
    fn cache_id(&self) -> Option<u64> {
        (self.id != 0 && !self.w.is_empty()).then_some(self.id)
    }
    #[inline]
    fn units3(&self, feats: &[u32]) -> Option<[i32; 3]> {
        if self.w.is_empty() {
            return Some([0; 3]);
        }
        Some(self.sum3(feats))
    }
    #[inline]
    fn scale_units(&self, u: [i32; 3]) -> [f32; 3] {
        if self.w.is_empty() {
            return [0.0; 3];
        }
        u.map(|v| v as f32 * self.scale)
    }
    fn score(&self, feats: &[u32], c: u32) -> f32 {
        Weights::score(self, feats, c)
    }
    fn raw(&self, idx: usize) -> f32 {
        self.w.get(idx).map_or(0.0, |&v| self.value(v) as f32 * self.scale)
    }
    #[inline]
    fn score3(&self, feats: &[u32]) -> [f32; 3] {
        if self.w.is_empty() {
            return [0.0; 3];
        }
        self.sum3(feats).map(|v| v as f32 * self.scale)
    }
}

impl Scorer for Trainer {
    fn score(&self, feats: &[u32], c: u32) -> f32 {
        Trainer::score(self, feats, c)
    }
    fn raw(&self, idx: usize) -> f32 {
        self.avg.current()[idx]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_averaging() {
        let mut t = Trainer::default();
        let f = [feat(1, 2, 3)];
        t.update(&f, 0, 1.0);
        t.tick();
        t.tick();
        let w = t.averaged();
        assert!(w.score(&f, 0) > 0.0);
        assert_eq!(w.score(&f, 1), 0.0);
        let (back, used) = Weights::from_bytes(&w.to_bytes()).unwrap();
        assert_eq!(used, w.to_bytes().len());
        assert_eq!(back.score(&f, 0), w.score(&f, 0));
        assert!(Weights::from_bytes(&[9, 9, 9, 9, 1]).is_none());
    }

    #[test]
    fn one_byte_weights_keep_sign_and_relative_size() {
        let raw = [10.0f32, -10.0, 1.0, -0.37, 0.05, 0.01, 0.0001, 0.0];
        let w = Weights::from_f32(&raw);
        for (i, &v) in raw.iter().enumerate() {
            let got = w.raw(i);
            if v.abs() >= 10.0 * FLOOR {
                assert!((got - v).abs() <= 0.025 * v.abs(), "{v} became {got}");
            } else if v.abs() < 10.0 * FLOOR * 0.9 {
                assert_eq!(got, 0.0, "{v} should vanish");
            }
        }
        // requantizing what was written gives the same weights (training output reproduces)
        let (back, _) = Weights::from_bytes(&w.to_bytes()).unwrap();
        assert_eq!(back.w[..raw.len()], w.w[..]);
    }
}
