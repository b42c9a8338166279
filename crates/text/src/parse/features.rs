//! Parser features: words and tags of the stack top three, the buffer front three and
//! the nearest children of `s0` and `b0`, their pairs and triples, distance and valency
//! (after Zhang & Nivre 2011, trimmed). Also the features of the arc labeller.

use super::system::{State, NONE};
use crate::pos::normalized_hash;
use hearsay_core::Pos;
use hearsay_learn::FeatHash;

/// Word hash and tag of every token of a sentence.
#[derive(Clone, Debug, Default)]
pub struct Sent {
    /// Normalised word hashes.
    pub words: Vec<u64>,
    /// Tags (`repr` values).
    pub tags: Vec<u64>,
}

impl Sent {
    /// Fills from words and their tags.
    pub fn fill<S: AsRef<str>>(&mut self, words: &[S], tags: &[Pos], buf: &mut String) {
        self.words.clear();
        self.tags.clear();
        self.words.extend(words.iter().map(|w| normalized_hash(w.as_ref(), buf)));
        self.tags.extend(tags.iter().map(|&t| t as u64));
    }

    fn w(&self, i: usize) -> u64 {
        if i == NONE {
            0x5eed
        } else {
            self.words[i]
        }
    }

    fn t(&self, i: usize) -> u64 {
        if i == NONE {
            99
        } else {
            self.tags[i]
        }
    }
}

fn dist_bucket(a: usize, b: usize) -> u64 {
    if a == NONE || b == NONE {
        return 0;
    }
    match a.abs_diff(b) {
        d @ 0..=4 => d as u64,
        5..=7 => 5,
        8..=12 => 6,
        _ => 7,
    }
}

/// Feature buckets of a transition configuration.
pub fn transition_features(st: &State, s: &Sent, bits: u32, out: &mut Vec<u32>) {
    out.clear();
    let (s0, s1, s2) = (st.s(0), st.s(1), st.s(2));
    let n = st.n();
    let at = |i: usize| if i < n { i } else { NONE };
    let (b0, b1, b2) = (at(st.b), at(st.b + 1), at(st.b + 2));
    let kid = |i: usize, k: &dyn Fn(usize) -> [usize; 2], j: usize| {
        if i == NONE {
            NONE
        } else {
            k(i)[j]
        }
    };
    let lefts = |i: usize| st.lefts[i];
    let rights = |i: usize| st.rights[i];
    let (s0l, s0l2) = (kid(s0, &lefts, 0), kid(s0, &lefts, 1));
    let (s0r, s0r2) = (kid(s0, &rights, 0), kid(s0, &rights, 1));
    let (b0l, b0l2) = (kid(b0, &lefts, 0), kid(b0, &lefts, 1));
    let val = |i: usize, side: usize| {
        if i == NONE {
            0
        } else {
            st.valency[i][side] as u64
        }
    };
    let dist = dist_bucket(s0, b0);
    let (w, t) = (|i| s.w(i), |i| s.t(i));
    let mut id = 100u32;
    let mut push = |parts: &[u64]| {
        let mut h = FeatHash::new(id);
        for &p in parts {
            h = h.u64(p);
        }
        out.push(h.bucket(bits));
        id += 1;
    };
    push(&[]);
    // unigrams
    for i in [s0, b0] {
        push(&[w(i)]);
        push(&[t(i)]);
        push(&[w(i), t(i)]);
    }
    push(&[w(s1), t(s1)]);
    push(&[t(s1)]);
    push(&[w(b1)]);
    push(&[t(b1)]);
    push(&[t(b2)]);
    push(&[t(s2)]);
    // pairs
    push(&[w(s0), w(b0)]);
    push(&[t(s0), t(b0)]);
    push(&[w(s0), t(s0), t(b0)]);
    push(&[t(s0), w(b0), t(b0)]);
    push(&[t(s1), t(s0)]);
    // triples of tags
    push(&[t(b0), t(b1), t(b2)]);
    push(&[t(s0), t(b0), t(b1)]);
    push(&[t(s1), t(s0), t(b0)]);
    push(&[t(s0), t(s0l), t(b0)]);
    push(&[t(s0), t(s0r), t(b0)]);
    push(&[t(s0), t(b0), t(b0l)]);
    push(&[t(s1), t(s0), t(s0r)]);
    push(&[t(s0), t(s0l), t(s0l2)]);
    push(&[t(s0), t(s0r), t(s0r2)]);
    push(&[t(b0), t(b0l), t(b0l2)]);
    // distance and valency
    push(&[dist, w(s0)]);
    push(&[dist, t(s0), t(b0)]);
    push(&[val(s0, 1), t(s0)]);
    push(&[val(b0, 0), t(b0)]);
    // children
    push(&[t(s0l)]);
    push(&[t(s0r)]);
    push(&[w(s0r)]);
    push(&[t(b0l)]);
}

/// Feature buckets of the arc `head -> dep` for the labeller.
pub fn label_features(heads: &[usize], dep: usize, s: &Sent, bits: u32, out: &mut Vec<u32>) {
    out.clear();
    let head = heads[dep];
    let gp = if head == NONE { NONE } else { heads[head] };
    let prev = dep.checked_sub(1).unwrap_or(NONE);
    let next = if dep + 1 < heads.len() { dep + 1 } else { NONE };
    let dir = (dep < head) as u64;
    let dist = dist_bucket(dep, head);
    let (w, t) = (|i| s.w(i), |i| s.t(i));
    let mut id = 300u32;
    let mut push = |parts: &[u64]| {
        let mut h = FeatHash::new(id);
        for &p in parts {
            h = h.u64(p);
        }
        out.push(h.bucket(bits));
        id += 1;
    };
    push(&[]);
    push(&[w(dep)]);
    push(&[t(dep)]);
    push(&[w(head)]);
    push(&[t(head)]);
    push(&[w(dep), t(head)]);
    push(&[t(dep), w(head)]);
    push(&[dir, t(dep), t(head)]);
    push(&[dist, dir, t(dep), t(head)]);
    push(&[t(dep), t(head), t(gp)]);
    push(&[t(prev), t(dep), dir]);
    push(&[t(dep), t(next), dir]);
}
