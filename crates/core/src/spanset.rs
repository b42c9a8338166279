//! Spans indexed for position queries: which of them overlap, contain or lie within a span,
//! in time proportional to the answer (times log n) instead of to the whole set.
//!
//! Stages ask these questions once per cue, quote or mention; a scan over every
//! attribution's content per question made their cost quadratic in the document's length.

use crate::Span;

/// A fixed set of spans, each tagged with the caller's index (its attribution, verification…).
#[derive(Clone, Debug, Default)]
pub struct SpanSet {
    /// The spans with their tags, by start, then end, then tag.
    items: Vec<(Span, usize)>,
    /// Segment tree of the largest `end + 1` over `items` (0 where there is no item); the
    /// leaves are `tree[size..size + items.len()]`.
    tree: Vec<usize>,
    /// Number of leaves (a power of two).
    size: usize,
}

impl SpanSet {
    /// Indexes `spans`, each with its tag.
    pub fn new(spans: impl IntoIterator<Item = (Span, usize)>) -> Self {
        let mut items: Vec<(Span, usize)> = spans.into_iter().collect();
        items.sort_by_key(|&(s, i)| (s.start, s.end, i));
        let size = items.len().next_power_of_two().max(1);
        let mut tree = vec![0usize; 2 * size];
        for (k, (s, _)) in items.iter().enumerate() {
            tree[size + k] = s.end.saturating_add(1);
        }
        for k in (1..size).rev() {
            tree[k] = tree[2 * k].max(tree[2 * k + 1]);
        }
        SpanSet { items, tree, size }
    }

    /// Number of spans.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True when there are no spans.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Calls `f` on each of the first `k` items (in start order) whose end is at least
    /// `min_end`, in no particular order, until `f` returns false; false when stopped.
    fn visit(&self, k: usize, min_end: usize, f: &mut dyn FnMut(Span, usize) -> bool) -> bool {
        let k = k.min(self.items.len());
        let want = min_end.saturating_add(1);
        // (node, first leaf it covers, leaves it covers)
        let mut stack = vec![(1usize, 0usize, self.size)];
        while let Some((node, lo, width)) = stack.pop() {
            if lo >= k || self.tree[node] < want {
                continue;
            }
            if width == 1 {
                let (s, tag) = self.items[lo];
                if !f(s, tag) {
                    return false;
                }
                continue;
            }
            let half = width / 2;
            stack.push((2 * node + 1, lo + half, half));
            stack.push((2 * node, lo, half));
        }
        true
    }

    /// The spans that share at least one byte with `q` (as [`Span::overlaps`]), with their tags.
    pub fn overlapping(&self, q: Span) -> Vec<(Span, usize)> {
        let k = self.items.partition_point(|(s, _)| s.start < q.end);
        let mut out = Vec::new();
        self.visit(k, q.start.saturating_add(1), &mut |s, t| {
            if s.overlaps(q) {
                out.push((s, t));
            }
            true
        });
        out
    }

    /// True when some span shares a byte with `q` (as [`Span::overlaps`]).
    pub fn any_overlapping(&self, q: Span) -> bool {
        let k = self.items.partition_point(|(s, _)| s.start < q.end);
        !self.visit(k, q.start.saturating_add(1), &mut |s, _| !s.overlaps(q))
    }

    /// The spans that contain `q` (as [`Span::contains`]), with their tags.
    pub fn containing(&self, q: Span) -> Vec<(Span, usize)> {
        let k = self.items.partition_point(|(s, _)| s.start <= q.start);
        let mut out = Vec::new();
        self.visit(k, q.end, &mut |s, t| {
            if s.contains(q) {
                out.push((s, t));
            }
            true
        });
        out
    }

    /// The spans that lie within `q` (`q.contains(span)`), with their tags, in start order.
    pub fn within(&self, q: Span) -> impl Iterator<Item = (Span, usize)> + '_ {
        let from = self.items.partition_point(|(s, _)| s.start < q.start);
        self.items[from..]
            .iter()
            .take_while(move |(s, _)| s.start <= q.end)
            .filter(move |(s, _)| q.contains(*s))
            .copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn brute<'a>(spans: &'a [Span], keep: impl Fn(Span) -> bool + 'a) -> Vec<usize> {
        (0..spans.len()).filter(|&i| keep(spans[i])).collect()
    }

    fn tags(mut v: Vec<(Span, usize)>) -> Vec<usize> {
        v.sort_by_key(|x| x.1);
        v.into_iter().map(|x| x.1).collect()
    }

    #[test]
    fn agrees_with_scans() {
        // a deterministic mix of nested, overlapping, empty and disjoint spans
        let mut spans = Vec::new();
        let mut x: u64 = 7;
        for _ in 0..300 {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let a = (x >> 33) as usize % 500;
            let l = (x >> 20) as usize % 60;
            spans.push(Span::new(a, a + if l > 50 { l * 5 } else { l }));
        }
        let set = SpanSet::new(spans.iter().copied().enumerate().map(|(i, s)| (s, i)));
        assert_eq!(set.len(), spans.len());
        for a in (0..560).step_by(7) {
            for l in [0, 1, 3, 10, 40, 200] {
                let q = Span::new(a, a + l);
                assert_eq!(tags(set.overlapping(q)), brute(&spans, |s| s.overlaps(q)));
                assert_eq!(set.any_overlapping(q), spans.iter().any(|s| s.overlaps(q)));
                assert_eq!(tags(set.containing(q)), brute(&spans, |s| s.contains(q)));
                assert_eq!(tags(set.within(q).collect()), brute(&spans, |s| q.contains(s)));
            }
        }
        let empty = SpanSet::new(std::iter::empty());
        assert!(empty.is_empty() && empty.containing(Span::new(0, 0)).is_empty());
    }
}
