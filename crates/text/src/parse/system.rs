//! The arc-hybrid transition system and its static oracle.
//!
//! A configuration has a stack and a buffer front `b`. SHIFT pushes `b`; LEFT pops the
//! stack top `s0` and makes it a dependent of `b`; RIGHT pops `s0` and makes it a
//! dependent of the new top `s1`. Whatever is left on the stack at the end hangs off the
//! element below it; the bottom one is the root.

/// No head / no token.
pub const NONE: usize = usize::MAX;

/// Transitions.
pub const SHIFT: usize = 0;
/// `s0 <- b`.
pub const LEFT: usize = 1;
/// `s1 -> s0`.
pub const RIGHT: usize = 2;

/// A parser configuration over `n` tokens.
#[derive(Clone, Debug)]
pub struct State {
    /// Stack of token indices (top last).
    pub stack: Vec<usize>,
    /// Front of the buffer (`n` when empty).
    pub b: usize,
    /// Head of each token so far ([`NONE`] if none yet).
    pub heads: Vec<usize>,
    /// The two most recently attached left dependents of each token.
    pub lefts: Vec<[usize; 2]>,
    /// The two most recently attached right dependents of each token.
    pub rights: Vec<[usize; 2]>,
    /// Number of left and right dependents of each token.
    pub valency: Vec<[u8; 2]>,
}

impl State {
    /// The initial configuration.
    pub fn new(n: usize) -> Self {
        let mut s = State {
            stack: Vec::new(),
            b: 0,
            heads: Vec::new(),
            lefts: Vec::new(),
            rights: Vec::new(),
            valency: Vec::new(),
        };
        s.reset(n);
        s
    }

    /// Reuses the buffers for a new sentence of `n` tokens.
    pub fn reset(&mut self, n: usize) {
        self.stack.clear();
        self.b = 0;
        self.heads.clear();
        self.heads.resize(n, NONE);
        self.lefts.clear();
        self.lefts.resize(n, [NONE; 2]);
        self.rights.clear();
        self.rights.resize(n, [NONE; 2]);
        self.valency.clear();
        self.valency.resize(n, [0; 2]);
    }

    /// Tokens.
    pub fn n(&self) -> usize {
        self.heads.len()
    }

    /// Stack element `k` from the top, or [`NONE`].
    pub fn s(&self, k: usize) -> usize {
        if k < self.stack.len() {
            self.stack[self.stack.len() - 1 - k]
        } else {
            NONE
        }
    }

    /// True when no transition is left.
    pub fn done(&self) -> bool {
        self.b >= self.n() && self.stack.len() <= 1
    }

    /// Whether transition `t` can apply.
    pub fn valid(&self, t: usize) -> bool {
        match t {
            SHIFT => self.b < self.n(),
            LEFT => !self.stack.is_empty() && self.b < self.n(),
            _ => self.stack.len() >= 2,
        }
    }

    fn attach(&mut self, head: usize, dep: usize) {
        self.heads[dep] = head;
        let side = (dep > head) as usize;
        let kids = if side == 1 { &mut self.rights[head] } else { &mut self.lefts[head] };
        *kids = [dep, kids[0]];
        self.valency[head][side] = self.valency[head][side].saturating_add(1);
    }

    /// Applies a valid transition.
    pub fn apply(&mut self, t: usize) {
        match t {
            SHIFT => {
                self.stack.push(self.b);
                self.b += 1;
            }
            LEFT => {
                let s0 = self.stack.pop().unwrap_or(NONE);
                if s0 != NONE {
                    self.attach(self.b, s0);
                }
            }
            _ => {
                if let Some(s0) = self.stack.pop() {
                    if let Some(&s1) = self.stack.last() {
                        self.attach(s1, s0);
                    }
                }
            }
        }
    }

    /// The static oracle's transition towards the gold heads `gold` ([`NONE`] for the root).
    pub fn oracle(&self, gold: &[usize], attached: &[usize], gold_kids: &[usize]) -> usize {
        let (s0, s1, b) = (self.s(0), self.s(1), self.b);
        if s0 != NONE && b < self.n() && gold[s0] == b {
            return LEFT;
        }
        if s1 != NONE && gold[s0] == s1 && attached[s0] == gold_kids[s0] {
            return RIGHT;
        }
        if b < self.n() {
            SHIFT
        } else {
            RIGHT
        }
    }
}

/// Follows the oracle from the start; returns its transitions, or `None` when it cannot
/// reproduce `gold` (non-projective or malformed trees).
pub fn oracle_sequence(gold: &[usize]) -> Option<Vec<usize>> {
    let n = gold.len();
    let mut kids = vec![0usize; n];
    for &h in gold {
        if h != NONE {
            *kids.get_mut(h)? += 1;
        }
    }
    let mut attached = vec![0usize; n];
    let mut s = State::new(n);
    let mut seq = Vec::with_capacity(2 * n);
    while !s.done() {
        let t = s.oracle(gold, &attached, &kids);
        if !s.valid(t) {
            return None;
        }
        let dep_head = match t {
            LEFT => Some(s.b),
            RIGHT => Some(s.s(1)),
            _ => None,
        };
        if let Some(h) = dep_head {
            attached[h] += 1;
        }
        s.apply(t);
        seq.push(t);
    }
    (s.heads == gold).then_some(seq)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn oracle_reproduces_a_projective_tree() {
        // "She said it failed ." : said root; She->said; failed->said; it->failed; .->said
        let gold = [1, NONE, 3, 1, 1];
        let seq = oracle_sequence(&gold).expect("projective");
        let mut s = State::new(5);
        for t in seq {
            assert!(s.valid(t));
            s.apply(t);
        }
        assert!(s.done());
        assert_eq!(s.heads, gold);
        assert_eq!(s.valency[1], [1, 2]);
        assert_eq!(s.rights[1], [4, 3]);
    }

    #[test]
    fn oracle_rejects_non_projective_and_malformed_trees() {
        // 0->2, 1->3 crossing arcs
        assert!(oracle_sequence(&[2, 3, NONE, 2]).is_none());
        assert!(oracle_sequence(&[7, NONE]).is_none());
    }
}
