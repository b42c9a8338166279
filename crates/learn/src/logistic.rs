//! Multinomial logistic regression over class-row tables (a row of `nclass` weights per
//! hashed feature, as in [`crate::rows`]), trained by AdaGrad with an L2 penalty on the
//! weights each example touches. For small training sets with a rare class, where its
//! smoother scores rank better than a perceptron's; the result is quantised to
//! [`RowWeights`] like a perceptron's.

use crate::rows::RowWeights;

/// AdaGrad multinomial logistic regression over `2^bits` buckets × `nclass` classes.
pub struct LogisticTrainer {
    bits: u32,
    nclass: usize,
    w: Vec<f32>,
    g2: Vec<f32>,
    /// Base learning rate.
    pub rate: f32,
    /// L2 penalty per update of a weight.
    pub l2: f32,
}

impl LogisticTrainer {
    /// A zeroed trainer.
    pub fn new(bits: u32, nclass: usize, rate: f32, l2: f32) -> Self {
        let n = (1usize << bits) * nclass;
        LogisticTrainer { bits, nclass, w: vec![0.0; n], g2: vec![1e-6; n], rate, l2 }
    }

    /// Class scores (log-odds up to a constant) of the feature buckets `feats`.
    pub fn scores(&self, feats: &[u32], out: &mut [f32]) {
        out.fill(0.0);
        for &f in feats {
            let row = &self.w[f as usize * self.nclass..][..self.nclass];
            for (o, w) in out.iter_mut().zip(row) {
                *o += w;
            }
        }
    }

    /// One gradient step on an example of class `y` with weight `weight`.
    pub fn step(&mut self, feats: &[u32], y: usize, weight: f32) {
        let mut p = vec![0f32; self.nclass];
        self.scores(feats, &mut p);
        let m = p.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        let mut z = 0.0;
        for x in p.iter_mut() {
            *x = (*x - m).exp();
            z += *x;
        }
        for &f in feats {
            let base = f as usize * self.nclass;
            for (k, pk) in p.iter().enumerate() {
                let j = base + k;
                let g = weight * (pk / z - if k == y { 1.0 } else { 0.0 }) + self.l2 * self.w[j];
                self.g2[j] += g * g;
                self.w[j] -= self.rate * g / self.g2[j].sqrt();
            }
        }
    }

    /// The weights (`f32`).
    pub fn weights(&self) -> &[f32] {
        &self.w
    }

    /// The weights, quantised for shipping.
    pub fn finish(self) -> RowWeights {
        RowWeights::quantize(self.bits, self.nclass, &self.w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::argmax;

    #[test]
    fn learns_a_separable_problem() {
        let mut t = LogisticTrainer::new(4, 3, 0.5, 0.0);
        let data = [(vec![1u32, 2], 0usize), (vec![3, 4], 1), (vec![5, 6], 2)];
        for _ in 0..20 {
            for (f, y) in &data {
                t.step(f, *y, 1.0);
            }
        }
        let w = t.finish();
        let mut s = [0i32; 3];
        for (f, y) in &data {
            w.scores(f, &mut s);
            assert_eq!(argmax(&s), *y);
        }
    }
}
