//! Precision / recall / F1 counting.

use serde::Serialize;

/// True positives, false positives, false negatives, and the scores they give.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Prf {
    /// Matched.
    pub tp: f64,
    /// Predicted, not in gold.
    pub fp: f64,
    /// In gold, not predicted.
    pub fn_: f64,
}

impl Prf {
    /// Precision (1 when nothing was predicted).
    pub fn precision(&self) -> f64 {
        if self.tp + self.fp == 0.0 {
            1.0
        } else {
            self.tp / (self.tp + self.fp)
        }
    }
    /// Recall (1 when gold is empty).
    pub fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0.0 {
            1.0
        } else {
            self.tp / (self.tp + self.fn_)
        }
    }
    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
    /// Adds another count.
    pub fn add(&mut self, o: Prf) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

/// CPU time consumed by the calling thread, in seconds (0 where the clock is unavailable).
pub fn thread_cpu_secs() -> f64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime only writes into the timespec we pass.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    if rc != 0 {
        return 0.0;
    }
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

/// F1 from precision and recall.
pub fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores() {
        let m = Prf { tp: 3.0, fp: 1.0, fn_: 3.0 };
        assert!((m.precision() - 0.75).abs() < 1e-9);
        assert!((m.recall() - 0.5).abs() < 1e-9);
        assert!((m.f1() - 0.6).abs() < 1e-9);
        assert_eq!(Prf::default().f1(), 1.0);
    }
}
