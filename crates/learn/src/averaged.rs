//! Lazy averaging of perceptron weights (each weight's running sum is brought up to date
//! only when the weight changes).

/// Current and summed weights over a flat index space, with a clock of training examples.
#[derive(Clone, Debug)]
pub struct Averager {
    w: Vec<f32>,
    total: Vec<f64>,
    stamp: Vec<u32>,
    clock: u32,
}

impl Averager {
    /// `n` zero weights, the clock at `start` (the averages divide by the final clock).
    pub fn new(n: usize, start: u32) -> Self {
        Averager { w: vec![0.0; n], total: vec![0.0; n], stamp: vec![0; n], clock: start }
    }

    /// Number of weights.
    pub fn len(&self) -> usize {
        self.w.len()
    }

    /// True when there are no weights.
    pub fn is_empty(&self) -> bool {
        self.w.is_empty()
    }

    /// The current (not averaged) weights.
    #[inline]
    pub fn current(&self) -> &[f32] {
        &self.w
    }

    /// Advances the clock by one training example.
    pub fn tick(&mut self) {
        self.clock += 1;
    }

    /// Adds `delta` to weight `i`.
    #[inline]
    pub fn add(&mut self, i: usize, delta: f32) {
        self.total[i] += (self.clock - self.stamp[i]) as f64 * self.w[i] as f64;
        self.stamp[i] = self.clock;
        self.w[i] += delta;
    }

    /// The averaged weights.
    pub fn averaged(&self) -> Vec<f32> {
        let clock = self.clock.max(1);
        (0..self.w.len())
            .map(|i| ((self.total[i] + (clock - self.stamp[i]) as f64 * self.w[i] as f64) / clock as f64) as f32)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_average_weighs_each_value_by_how_long_it_held() {
        let mut a = Averager::new(2, 0);
        a.tick();
        a.add(0, 1.0); // holds 1.0 from clock 1
        a.tick();
        a.tick();
        a.add(0, 1.0); // 2.0 from clock 3
        a.tick(); // clock 4: 1.0 for 2 ticks, 2.0 for 1 tick
        assert_eq!(a.averaged(), vec![1.0, 0.0]);
        assert_eq!(a.current(), &[2.0, 0.0]);
    }
}
