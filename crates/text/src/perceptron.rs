//! Averaged perceptron over hashed features: the learner behind the tagger and the parser.
//!
//! Features are hashed ([`FeatHash`]) into `2^bits` buckets; each bucket holds one weight
//! per class, so a model is a flat table. Training keeps `f32` weights with lazy averaging
//! ([`Trainer`]); the shipped model ([`Weights`]) stores the averaged weights quantised to
//! `i16` with one scale factor.

/// Stable 64-bit hash of a feature (template id plus parts).
///
/// FNV-1a over the parts and a final avalanche mix; saved models depend on it, so it must
/// never change.
#[derive(Clone, Copy, Debug)]
pub struct FeatHash(u64);

const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

impl FeatHash {
    /// A hash seeded with a feature template id.
    pub const fn new(template: u32) -> Self {
        FeatHash((0xcbf2_9ce4_8422_2325 ^ template as u64).wrapping_mul(FNV_PRIME))
    }

    /// Adds bytes.
    #[inline]
    pub fn bytes(mut self, b: &[u8]) -> Self {
        for &x in b {
            self.0 = (self.0 ^ x as u64).wrapping_mul(FNV_PRIME);
        }
        self
    }

    /// Adds one byte.
    #[inline]
    pub fn byte(self, b: u8) -> Self {
        FeatHash((self.0 ^ b as u64).wrapping_mul(FNV_PRIME))
    }

    /// Adds a 64-bit value (e.g. another finished hash).
    #[inline]
    pub fn u64(self, x: u64) -> Self {
        FeatHash((self.0 ^ x).wrapping_mul(FNV_PRIME).rotate_left(23))
    }

    /// The finished, well-mixed hash.
    #[inline]
    pub fn finish(self) -> u64 {
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// The bucket of this feature in a table of `2^bits` rows.
    #[inline]
    pub fn bucket(self, bits: u32) -> u32 {
        (self.finish() >> (64 - bits)) as u32
    }
}

/// Averaged-perceptron trainer over `2^bits` buckets × `nclass` classes.
pub struct Trainer {
    bits: u32,
    nclass: usize,
    w: Vec<f32>,
    total: Vec<f64>,
    stamp: Vec<u32>,
    step: u32,
}

impl Trainer {
    /// A zeroed trainer.
    pub fn new(bits: u32, nclass: usize) -> Self {
        let n = (1usize << bits) * nclass;
        Trainer { bits, nclass, w: vec![0.0; n], total: vec![0.0; n], stamp: vec![0; n], step: 0 }
    }

    /// Hash bits.
    pub fn bits(&self) -> u32 {
        self.bits
    }

    /// Current (not averaged) scores of every class for the feature buckets `feats`.
    pub fn scores(&self, feats: &[u32], out: &mut [f32]) {
        out.fill(0.0);
        for &f in feats {
            let row = &self.w[f as usize * self.nclass..][..self.nclass];
            for (o, w) in out.iter_mut().zip(row) {
                *o += w;
            }
        }
    }

    /// Counts one training instance (call once per instance, before any update for it).
    pub fn tick(&mut self) {
        self.step += 1;
    }

    /// Moves weight from `guess` to `truth` on every feature in `feats`.
    pub fn update(&mut self, truth: usize, guess: usize, feats: &[u32]) {
        if truth == guess {
            return;
        }
        for &f in feats {
            let base = f as usize * self.nclass;
            for (c, d) in [(truth, 1.0f32), (guess, -1.0)] {
                let i = base + c;
                self.total[i] += (self.step - self.stamp[i]) as f64 * self.w[i] as f64;
                self.stamp[i] = self.step;
                self.w[i] += d;
            }
        }
    }

    /// The averaged weights, quantised for shipping.
    pub fn finish(mut self) -> Weights {
        let step = self.step.max(1);
        let mut avg = vec![0f32; self.w.len()];
        for (i, a) in avg.iter_mut().enumerate() {
            self.total[i] += (step - self.stamp[i]) as f64 * self.w[i] as f64;
            *a = (self.total[i] / step as f64) as f32;
        }
        Weights::quantize(self.bits, self.nclass, &avg)
    }
}

/// Shipped weights: `2^bits` rows of `nclass` quantised weights.
#[derive(Clone, Debug)]
pub struct Weights {
    bits: u32,
    nclass: usize,
    scale: f32,
    w: Vec<i16>,
}

/// Why a model file could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelError(pub String);

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "bad model file: {}", self.0)
    }
}

impl std::error::Error for ModelError {}

impl Weights {
    /// Quantises float weights to `i16` (the largest magnitude maps to 32767).
    pub fn quantize(bits: u32, nclass: usize, w: &[f32]) -> Self {
        let max = w.iter().fold(0f32, |m, x| m.max(x.abs())).max(1e-6);
        let scale = 32767.0 / max;
        let q = w.iter().map(|x| (x * scale).round() as i16).collect();
        Weights { bits, nclass, scale, w: q }
    }

    /// Hash bits.
    pub fn bits(&self) -> u32 {
        self.bits
    }

    /// Number of classes.
    pub fn nclass(&self) -> usize {
        self.nclass
    }

    /// Integer scores of every class for the feature buckets `feats` (`out.len() == nclass`).
    #[inline]
    pub fn scores(&self, feats: &[u32], out: &mut [i32]) {
        out.fill(0);
        // the tagger's 17 classes: fixed-size rows let the compiler unroll and vectorise
        if self.nclass == 17 {
            if let Ok(out) = <&mut [i32; 17]>::try_from(&mut *out) {
                self.add_rows(feats, out);
                return;
            }
        }
        for &f in feats {
            let row = &self.w[f as usize * self.nclass..][..self.nclass];
            for (o, &w) in out.iter_mut().zip(row) {
                *o += w as i32;
            }
        }
    }

    /// Adds the rows of `feats` to `out`, for a table of exactly `N` classes.
    #[inline]
    fn add_rows<const N: usize>(&self, feats: &[u32], out: &mut [i32; N]) {
        for &f in feats {
            let start = f as usize * N;
            let Ok(row) = <&[i16; N]>::try_from(&self.w[start..start + N]) else {
                continue;
            };
            for k in 0..N {
                out[k] += row[k] as i32;
            }
        }
    }

    /// Serialises as `magic`, bits, nclass, scale, then the weights (little endian).
    pub fn to_bytes(&self, magic: &[u8; 8]) -> Vec<u8> {
        let mut b = Vec::with_capacity(20 + self.w.len() * 2);
        b.extend_from_slice(magic);
        b.extend_from_slice(&self.bits.to_le_bytes());
        b.extend_from_slice(&(self.nclass as u32).to_le_bytes());
        b.extend_from_slice(&self.scale.to_le_bytes());
        for x in &self.w {
            b.extend_from_slice(&x.to_le_bytes());
        }
        b
    }

    /// Reads what [`Weights::to_bytes`] wrote, checking the magic and the sizes.
    pub fn from_bytes(b: &[u8], magic: &[u8; 8]) -> Result<Self, ModelError> {
        let (w, rest) = Self::read(b, magic)?;
        if !rest.is_empty() {
            return Err(ModelError(format!("{} unexpected trailing bytes", rest.len())));
        }
        Ok(w)
    }

    /// Reads weights from the start of `b`, returning them and the bytes after them.
    pub fn read<'a>(b: &'a [u8], magic: &[u8; 8]) -> Result<(Self, &'a [u8]), ModelError> {
        if b.len() < 20 || &b[..8] != magic {
            return Err(ModelError(format!("expected magic {:?}", String::from_utf8_lossy(magic))));
        }
        let u32_at = |i: usize| u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
        let bits = u32_at(8);
        let nclass = u32_at(12) as usize;
        let scale = f32::from_le_bytes([b[16], b[17], b[18], b[19]]);
        if !(1..=26).contains(&bits) || nclass == 0 || nclass > 4096 || !(scale.is_finite() && scale > 0.0) {
            return Err(ModelError(format!("bad header: bits {bits}, classes {nclass}, scale {scale}")));
        }
        let n = (1usize << bits) * nclass;
        let body = &b[20..];
        if body.len() < n * 2 {
            return Err(ModelError(format!("expected {} weight bytes, found {}", n * 2, body.len())));
        }
        let (body, rest) = body.split_at(n * 2);
        let w = body.chunks_exact(2).map(|c| i16::from_le_bytes([c[0], c[1]])).collect();
        Ok((Weights { bits, nclass, scale, w }, rest))
    }
}

/// Small deterministic PRNG (SplitMix64) for shuffling training data with a fixed seed.
pub struct SplitMix(pub u64);

impl SplitMix {
    /// Next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        FeatHash(self.0).finish()
    }

    /// Fisher–Yates shuffle.
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// Index of the largest score (the first on ties).
pub fn argmax<T: PartialOrd + Copy>(s: &[T]) -> usize {
    let mut best = 0;
    for i in 1..s.len() {
        if s[i] > s[best] {
            best = i;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_is_stable_and_template_sensitive() {
        let a = FeatHash::new(1).bytes(b"said").finish();
        assert_eq!(a, FeatHash::new(1).bytes(b"said").finish());
        assert_ne!(a, FeatHash::new(2).bytes(b"said").finish());
        assert_ne!(a, FeatHash::new(1).bytes(b"sad").finish());
        assert!(FeatHash::new(1).bytes(b"x").bucket(10) < 1024);
    }

    #[test]
    fn trainer_learns_a_separable_problem_and_round_trips() {
        let mut t = Trainer::new(4, 3);
        let data = [(vec![1u32, 2], 0usize), (vec![3, 4], 1), (vec![5, 6], 2)];
        let mut s = [0f32; 3];
        for _ in 0..5 {
            for (f, y) in &data {
                t.tick();
                t.scores(f, &mut s);
                let g = argmax(&s);
                t.update(*y, g, f);
            }
        }
        let w = t.finish();
        let w = Weights::from_bytes(&w.to_bytes(b"TESTMDL1"), b"TESTMDL1").unwrap();
        let mut s = [0i32; 3];
        for (f, y) in &data {
            w.scores(f, &mut s);
            assert_eq!(argmax(&s), *y);
        }
        assert!(Weights::from_bytes(b"TESTMDL1short", b"TESTMDL1").is_err());
        assert!(Weights::from_bytes(&w.to_bytes(b"TESTMDL1"), b"OTHERMDL").is_err());
    }

    #[test]
    fn shuffle_is_a_permutation() {
        let mut v: Vec<u32> = (0..50).collect();
        SplitMix(7).shuffle(&mut v);
        let mut s = v.clone();
        s.sort();
        assert_eq!(s, (0..50).collect::<Vec<_>>());
        assert_ne!(v, s);
    }
}
