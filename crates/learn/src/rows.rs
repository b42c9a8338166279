//! Class-row tables: each hashed feature bucket holds one weight per class, so a model is a
//! flat table of `2^bits` rows. Training keeps `f32` weights with lazy averaging
//! ([`RowTrainer`]); the shipped table ([`RowWeights`]) stores the averaged weights quantised
//! to `i16` with one scale factor. Used by the part-of-speech tagger and the parser.

use crate::averaged::Averager;
use crate::model::ModelError;

/// Averaged-perceptron trainer over `2^bits` buckets × `nclass` classes.
pub struct RowTrainer {
    bits: u32,
    nclass: usize,
    avg: Averager,
}

impl RowTrainer {
    /// A zeroed trainer.
    pub fn new(bits: u32, nclass: usize) -> Self {
        RowTrainer { bits, nclass, avg: Averager::new((1usize << bits) * nclass, 0) }
    }

    /// Hash bits.
    pub fn bits(&self) -> u32 {
        self.bits
    }

    /// Current (not averaged) scores of every class for the feature buckets `feats`.
    pub fn scores(&self, feats: &[u32], out: &mut [f32]) {
        out.fill(0.0);
        let w = self.avg.current();
        for &f in feats {
            let row = &w[f as usize * self.nclass..][..self.nclass];
            for (o, w) in out.iter_mut().zip(row) {
                *o += w;
            }
        }
    }

    /// Counts one training instance (call once per instance, before any update for it).
    pub fn tick(&mut self) {
        self.avg.tick();
    }

    /// Moves weight from `guess` to `truth` on every feature in `feats`.
    pub fn update(&mut self, truth: usize, guess: usize, feats: &[u32]) {
        if truth == guess {
            return;
        }
        for &f in feats {
            let base = f as usize * self.nclass;
            self.avg.add(base + truth, 1.0);
            self.avg.add(base + guess, -1.0);
        }
    }

    /// The averaged weights (`f32`, not quantised): several trainers' averages may be
    /// averaged again before [`RowWeights::quantize`].
    pub fn averaged(&self) -> Vec<f32> {
        self.avg.averaged()
    }

    /// The averaged weights, quantised for shipping.
    pub fn finish(self) -> RowWeights {
        RowWeights::quantize(self.bits, self.nclass, &self.avg.averaged())
    }
}

/// Shipped weights: `2^bits` rows of `nclass` quantised weights.
#[derive(Clone, Debug)]
pub struct RowWeights {
    bits: u32,
    nclass: usize,
    scale: f32,
    w: Vec<i16>,
    /// One bit per row: set when the row holds a non-zero weight. A hashed feature the
    /// training data never saw mostly lands on an all-zero row; this small bitmap (32 KB for
    /// `2^18` rows) stays in cache, so such a row is skipped without fetching it from the
    /// large table (the same sums: adding zeros changes nothing).
    live: Vec<u64>,
}

/// The [`RowWeights::live`] bitmap of table `w` with rows of `nclass` weights.
fn live_rows(w: &[i16], nclass: usize) -> Vec<u64> {
    let rows = w.len() / nclass.max(1);
    let mut live = vec![0u64; rows.div_ceil(64)];
    for (r, row) in w.chunks_exact(nclass.max(1)).enumerate() {
        if row.iter().any(|&x| x != 0) {
            live[r / 64] |= 1 << (r % 64);
        }
    }
    live
}

impl RowWeights {
    /// Quantises float weights to `i16` (the largest magnitude maps to 32767).
    pub fn quantize(bits: u32, nclass: usize, w: &[f32]) -> Self {
        let max = w.iter().fold(0f32, |m, x| m.max(x.abs())).max(1e-6);
        let scale = 32767.0 / max;
        let q: Vec<i16> = w.iter().map(|x| (x * scale).round() as i16).collect();
        RowWeights::from_parts(bits, nclass, scale, q)
    }

    /// Wraps a quantised table, marking its live rows.
    fn from_parts(bits: u32, nclass: usize, scale: f32, w: Vec<i16>) -> Self {
        let live = live_rows(&w, nclass);
        RowWeights { bits, nclass, scale, w, live }
    }

    /// Hash bits.
    pub fn bits(&self) -> u32 {
        self.bits
    }

    /// Number of classes.
    pub fn nclass(&self) -> usize {
        self.nclass
    }

    /// Integer units per unit of the float weights the table was quantised from: an integer
    /// score divided by it is back in float units.
    pub fn scale(&self) -> f32 {
        self.scale
    }

    /// Serialises only the rows with a non-zero weight: `magic`, bits, nclass, scale, the
    /// number of rows, then each row's index (u32) and weights (little endian). For tables
    /// that are mostly empty (a small training set over many buckets).
    pub fn to_sparse_bytes(&self, magic: &[u8; 8]) -> Vec<u8> {
        let rows: Vec<usize> =
            (0..self.w.len() / self.nclass).filter(|&r| self.row(r).iter().any(|&x| x != 0)).collect();
        let mut b = Vec::with_capacity(24 + rows.len() * (4 + 2 * self.nclass));
        b.extend_from_slice(magic);
        b.extend_from_slice(&self.bits.to_le_bytes());
        b.extend_from_slice(&(self.nclass as u32).to_le_bytes());
        b.extend_from_slice(&self.scale.to_le_bytes());
        b.extend_from_slice(&(rows.len() as u32).to_le_bytes());
        for r in rows {
            b.extend_from_slice(&(r as u32).to_le_bytes());
            for x in self.row(r) {
                b.extend_from_slice(&x.to_le_bytes());
            }
        }
        b
    }

    fn row(&self, r: usize) -> &[i16] {
        &self.w[r * self.nclass..(r + 1) * self.nclass]
    }

    /// Reads what [`RowWeights::to_sparse_bytes`] wrote from the start of `b`, returning the
    /// weights and the bytes after them.
    pub fn read_sparse<'a>(b: &'a [u8], magic: &[u8; 8]) -> Result<(Self, &'a [u8]), ModelError> {
        if b.len() < 24 || &b[..8] != magic {
            return Err(ModelError(format!("expected magic {:?}", String::from_utf8_lossy(magic))));
        }
        let u32_at = |i: usize| u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
        let bits = u32_at(8);
        let nclass = u32_at(12) as usize;
        let scale = f32::from_le_bytes([b[16], b[17], b[18], b[19]]);
        let count = u32_at(20) as usize;
        if !(1..=24).contains(&bits) || nclass == 0 || nclass > 4096 || !(scale.is_finite() && scale > 0.0) {
            return Err(ModelError(format!("bad header: bits {bits}, classes {nclass}, scale {scale}")));
        }
        let rec = 4 + 2 * nclass;
        let end = count
            .checked_mul(rec)
            .and_then(|n| n.checked_add(24))
            .filter(|&e| e <= b.len())
            .ok_or_else(|| ModelError(format!("{count} rows do not fit in {} bytes", b.len())))?;
        let n = 1usize << bits;
        let mut w = vec![0i16; n * nclass];
        for r in b[24..end].chunks_exact(rec) {
            let row = u32::from_le_bytes([r[0], r[1], r[2], r[3]]) as usize;
            if row >= n {
                return Err(ModelError(format!("row {row} out of range")));
            }
            for (k, c) in r[4..].chunks_exact(2).enumerate() {
                w[row * nclass + k] = i16::from_le_bytes([c[0], c[1]]);
            }
        }
        Ok((RowWeights::from_parts(bits, nclass, scale, w), &b[end..]))
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
            if !self.is_live(f) {
                continue;
            }
            let row = &self.w[f as usize * self.nclass..][..self.nclass];
            for (o, &w) in out.iter_mut().zip(row) {
                *o += w as i32;
            }
        }
    }

    /// Whether row `f` holds a non-zero weight (a row past the table counts as live, so
    /// that indexing it fails as before).
    #[inline]
    fn is_live(&self, f: u32) -> bool {
        let f = f as usize;
        self.live.get(f / 64).is_none_or(|m| m >> (f % 64) & 1 != 0)
    }

    /// Adds the rows of `feats` to `out`, for a table of exactly `N` classes.
    #[inline]
    fn add_rows<const N: usize>(&self, feats: &[u32], out: &mut [i32; N]) {
        for &f in feats {
            if !self.is_live(f) {
                continue;
            }
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

    /// Reads what [`RowWeights::to_bytes`] wrote, checking the magic and the sizes.
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
        Ok((RowWeights::from_parts(bits, nclass, scale, w), rest))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::argmax;

    #[test]
    fn trainer_learns_a_separable_problem_and_round_trips() {
        let mut t = RowTrainer::new(4, 3);
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
        let w = RowWeights::from_bytes(&w.to_bytes(b"TESTMDL1"), b"TESTMDL1").unwrap();
        let mut s = [0i32; 3];
        for (f, y) in &data {
            w.scores(f, &mut s);
            assert_eq!(argmax(&s), *y);
        }
        assert!(RowWeights::from_bytes(b"TESTMDL1short", b"TESTMDL1").is_err());
        let bytes = w.to_sparse_bytes(b"TESTMDL1");
        let (sparse, rest) = RowWeights::read_sparse(&bytes, b"TESTMDL1").unwrap();
        assert!(rest.is_empty());
        assert_eq!(sparse.to_bytes(b"TESTMDL1"), w.to_bytes(b"TESTMDL1"));
        assert!(RowWeights::read_sparse(&w.to_sparse_bytes(b"TESTMDL1")[..30], b"TESTMDL1").is_err());
        assert!(RowWeights::from_bytes(&w.to_bytes(b"TESTMDL1"), b"OTHERMDL").is_err());
    }

    #[test]
    fn all_zero_rows_are_skipped_with_the_same_sums() {
        // rows 0 and 2 live, row 1 all zero, row 3 zero but for its last class
        let w = [1.0, -2.0, 0.0, 0.0, 3.0, 4.0, 0.0, 0.5];
        let t = RowWeights::quantize(2, 2, &w);
        assert_eq!(t.live, vec![0b1101]);
        assert!(t.is_live(0) && !t.is_live(1) && t.is_live(3));
        let mut s = [0i32; 2];
        t.scores(&[0, 1, 2, 3, 1], &mut s);
        let unit = t.scale();
        let want = [(1.0 + 3.0) * unit, (-2.0 + 4.0 + 0.5) * unit];
        assert!((s[0] as f32 - want[0]).abs() <= 1.0 && (s[1] as f32 - want[1]).abs() <= 1.0, "{s:?} vs {want:?}");
        let back = RowWeights::read_sparse(&t.to_sparse_bytes(b"TESTMDL1"), b"TESTMDL1").unwrap().0;
        assert_eq!(back.live, t.live);
    }
}
