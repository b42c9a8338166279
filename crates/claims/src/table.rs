//! Word lists interned into one vocabulary, for many pairwise [`Idf::similarity`] checks.
//!
//! Each distinct word gets an id and its weight once; the words it matches by prefix
//! ([`word_match`]) are found once by a sorted scan. A coverage is then a pass over ids,
//! with the same result, summed in the same order, as [`Idf::similarity`].

use crate::words::{weighted_hits, word_match, Idf};
use rustc_hash::FxHashMap;

/// Word lists as ids into a shared vocabulary.
#[derive(Debug, Default)]
pub struct WordTable {
    /// Each list, as word ids in its original order.
    lists: Vec<Vec<u32>>,
    /// Weight of each word id.
    weight: Vec<f64>,
    /// Other ids each id matches by prefix (usually none).
    partners: Vec<Vec<u32>>,
    /// Per id, the stamp of the last list marked (see `mark`).
    stamp: Vec<u32>,
    /// Current stamp.
    now: u32,
}

impl WordTable {
    /// Interns `lists`, weighting words with `idf`.
    pub fn new(lists: &[Vec<String>], idf: &Idf) -> Self {
        let mut ids: FxHashMap<&str, u32> = FxHashMap::default();
        let mut vocab: Vec<&str> = Vec::new();
        let lists: Vec<Vec<u32>> = lists
            .iter()
            .map(|l| {
                l.iter()
                    .map(|w| {
                        *ids.entry(w.as_str()).or_insert_with(|| {
                            vocab.push(w.as_str());
                            (vocab.len() - 1) as u32
                        })
                    })
                    .collect()
            })
            .collect();
        let weight: Vec<f64> = vocab.iter().map(|w| idf.weight(w)).collect();
        let mut partners: Vec<Vec<u32>> = vec![Vec::new(); vocab.len()];
        // words of fewer than 4 bytes neither start nor extend a prefix match ([`word_match`]);
        // the rest sort by their first 8 bytes as a number, then by the whole word: the same
        // order as sorting the words, with fewer string comparisons
        let head = |w: &str| {
            let mut b = [0u8; 8];
            let n = w.len().min(8);
            b[..n].copy_from_slice(&w.as_bytes()[..n]);
            u64::from_be_bytes(b)
        };
        let mut sorted: Vec<(u64, u32)> = (0..vocab.len() as u32)
            .filter(|&i| vocab[i as usize].len() >= 4)
            .map(|i| (head(vocab[i as usize]), i))
            .collect();
        sorted.sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| vocab[a.1 as usize].cmp(vocab[b.1 as usize])));
        let sorted: Vec<u32> = sorted.into_iter().map(|(_, i)| i).collect();
        for (k, &s) in sorted.iter().enumerate() {
            let short = vocab[s as usize];
            if short.len() < 4 {
                continue;
            }
            // words that start with `short` sort right after it (the vocabulary has no repeats)
            for &l in sorted[k + 1..].iter().take_while(|&&i| vocab[i as usize].starts_with(short)) {
                debug_assert!(word_match(short, vocab[l as usize]));
                partners[s as usize].push(l);
                partners[l as usize].push(s);
            }
        }
        let stamp = vec![0; vocab.len()];
        WordTable { lists, weight, partners, stamp, now: 0 }
    }

    /// Marks the words of list `k` as the current set.
    fn mark(&mut self, k: usize) {
        self.now += 1;
        if self.now == u32::MAX {
            self.stamp.iter_mut().for_each(|s| *s = 0);
            self.now = 1;
        }
        for &w in &self.lists[k] {
            self.stamp[w as usize] = self.now;
        }
    }

    /// True when word `w` matches a word of the marked list.
    fn hits_marked(&self, w: u32) -> bool {
        self.stamp[w as usize] == self.now
            || self.partners[w as usize].iter().any(|&p| self.stamp[p as usize] == self.now)
    }

    /// How much of each list the other covers (rare words weigh more), larger first; `None`
    /// when they share fewer than two words. The larger is [`Idf::similarity`].
    pub fn coverages(&mut self, i: usize, j: usize) -> Option<(f64, f64)> {
        self.mark(j);
        let side_a = weighted_hits(self.lists[i].iter().map(|&w| (self.weight[w as usize], self.hits_marked(w))));
        if side_a.shared < 2 {
            return None;
        }
        self.mark(i);
        let side_b = weighted_hits(self.lists[j].iter().map(|&x| (self.weight[x as usize], self.hits_marked(x))));
        let (a, b) = (side_a.coverage(), side_b.coverage());
        Some((a.max(b), a.min(b)))
    }
}

impl WordTable {
    /// Weighted share of list `i`'s words that list `j` holds, exactly as [`Idf::covered`]
    /// computes it for the two word lists (same weights, summed in the same order).
    pub fn covered(&mut self, i: usize, j: usize) -> f64 {
        self.mark(j);
        let total: f64 = self.lists[i].iter().map(|&w| self.weight[w as usize]).sum();
        if total == 0.0 {
            return 0.0;
        }
        let hit: f64 = self.lists[i].iter().filter(|&&w| self.hits_marked(w)).map(|&w| self.weight[w as usize]).sum();
        hit / total
    }

    /// For each word id, the lists among `members` (in increasing order) holding it or a word
    /// it matches by prefix: the lists any of whose words it hits.
    pub fn postings(&self, members: impl Iterator<Item = usize>) -> Vec<Vec<u32>> {
        let mut post: Vec<Vec<u32>> = vec![Vec::new(); self.weight.len()];
        for j in members {
            for &x in &self.lists[j] {
                for &w in std::iter::once(&x).chain(&self.partners[x as usize]) {
                    let p = &mut post[w as usize];
                    if p.last() != Some(&(j as u32)) {
                        p.push(j as u32);
                    }
                }
            }
        }
        post
    }

    /// The rarest words of list `i` (heaviest first) that a list covering at least `share`
    /// of its weight must hit at least one of: the words left out weigh less than `share`.
    pub fn prefix(&self, i: usize, share: f64) -> Vec<u32> {
        let mut ws: Vec<u32> = self.lists[i].clone();
        ws.sort_by(|&a, &b| self.weight[b as usize].total_cmp(&self.weight[a as usize]).then(a.cmp(&b)));
        let total: f64 = ws.iter().map(|&w| self.weight[w as usize]).sum();
        // a margin against rounding: the prefix only grows with it
        let limit = share * total * (1.0 - 1e-9);
        let mut rest = total;
        let mut out = Vec::new();
        for w in ws {
            if rest < limit {
                break;
            }
            rest -= self.weight[w as usize];
            out.push(w);
        }
        out
    }
}

/// At most `cap` entries of a sorted posting list, centred on position `at` (all of it when
/// it is no longer than `cap`): the candidates nearest an anchor when a word is very common.
pub fn capped_window(p: &[u32], at: usize, cap: usize) -> &[u32] {
    if p.len() <= cap {
        return p;
    }
    let from = at.saturating_sub(cap / 2).min(p.len() - cap);
    &p[from..from + cap]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_string_similarity() {
        let lists: Vec<Vec<String>> = [
            "soldiers devour pornography officials said",
            "soldiers addicted porn",
            "weather fine today",
            "porn pornography devour soldier",
            "offic official officials",
        ]
        .iter()
        .map(|s| crate::words::content_words(s))
        .collect();
        let idf = Idf::new(["soldiers devour porn", "soldiers march", "weather today"].into_iter());
        let mut t = WordTable::new(&lists, &idf);
        for i in 0..lists.len() {
            for j in 0..lists.len() {
                let hi = t.coverages(i, j).map_or(0.0, |c| c.0);
                assert_eq!(hi, idf.similarity(&lists[i], &lists[j]), "{i} {j}");
            }
        }
    }
}
