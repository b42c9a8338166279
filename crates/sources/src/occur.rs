//! Where a set of names occurs in the text, found in one pass over it.
//!
//! The name scans (later short names, titles elsewhere in the text, one-word names) used to
//! search the whole text once per speaker, a cost of speakers × text length. Up to [`FEW`]
//! names are now searched one by one with a vectorised substring search (at most `FEW` passes,
//! cheaper than building an automaton); more go through one Aho-Corasick pass.

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use rustc_hash::FxHashMap;

/// Most needles searched one by one; more are searched in one pass of an automaton.
const FEW: usize = 24;

/// The occurrences of each of a set of needles, as `str::match_indices` yields them: the
/// leftmost match, then the leftmost one starting at or after its end, and so on.
#[derive(Debug, Default)]
pub struct Occurrences {
    at: FxHashMap<String, Vec<usize>>,
}

impl Occurrences {
    /// Finds every needle (empty ones are left out) in `text`.
    pub fn new<'a>(text: &str, needles: impl IntoIterator<Item = &'a str>) -> Self {
        let mut uniq: Vec<&str> = needles.into_iter().filter(|n| !n.is_empty()).collect();
        uniq.sort_unstable();
        uniq.dedup();
        let mut found: Vec<Vec<usize>> = vec![Vec::new(); uniq.len()];
        if uniq.len() <= FEW {
            // a few needles: one vectorised substring search each costs less than building
            // an automaton (memchr's `find_iter` yields what `match_indices` yields)
            for (k, n) in uniq.iter().enumerate() {
                found[k] = memchr::memmem::find_iter(text.as_bytes(), n.as_bytes()).collect();
            }
        } else {
            // a contiguous NFA: built for each document's names, so a DFA's build costs more
            // than its faster scan saves
            match AhoCorasick::builder().kind(Some(AhoCorasickKind::ContiguousNFA)).build(&uniq) {
                Ok(ac) => {
                    // every (overlapping) match; those of one needle come in order of position
                    for m in ac.find_overlapping_iter(text) {
                        let k = m.pattern().as_usize();
                        let len = uniq[k].len();
                        let v = &mut found[k];
                        if v.last().is_none_or(|&p| m.start() >= p + len) {
                            v.push(m.start());
                        }
                    }
                }
                Err(_) => {
                    for (k, n) in uniq.iter().enumerate() {
                        found[k] = text.match_indices(n).map(|(p, _)| p).collect();
                    }
                }
            }
        }
        Occurrences { at: uniq.into_iter().map(str::to_string).zip(found).collect() }
    }

    /// Start offsets of `needle`'s occurrences, in order (none when it was not asked for).
    pub fn of(&self, needle: &str) -> &[usize] {
        self.at.get(needle).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_as_match_indices() {
        let text = "Anna aaa Aaaa banana Bob-Bob-Bob ananas Lee, Leela; Lee";
        let needles = ["ana", "aa", "Bob-Bob", "Lee", "Anna", "zz", "a"];
        let occ = Occurrences::new(text, needles);
        for n in needles {
            let want: Vec<usize> = text.match_indices(n).map(|(p, _)| p).collect();
            assert_eq!(occ.of(n), want.as_slice(), "{n}");
        }
        assert!(occ.of("missing").is_empty());
        // more needles than FEW: the automaton's answers are the same
        let many: Vec<String> =
            (0..2 * FEW).map(|k| format!("{}", (b'a' + (k % 26) as u8) as char).repeat(1 + k / 26)).collect();
        let occ = Occurrences::new(text, many.iter().map(String::as_str));
        for n in &many {
            let want: Vec<usize> = text.match_indices(n.as_str()).map(|(p, _)| p).collect();
            assert_eq!(occ.of(n), want.as_slice(), "{n}");
        }
    }
}
