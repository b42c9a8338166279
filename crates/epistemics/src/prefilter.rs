//! A literal prefilter over all verification cue patterns: one Aho-Corasick pass over a
//! paragraph tells which patterns can match in it, so only those run their full regex.
//!
//! Each pattern's prefix and suffix literals come from `regex-syntax` literal extraction:
//! every match of the pattern starts with one of its prefix literals and ends with one of its
//! suffix literals, so a pattern lacking either kind in the text cannot match there. A
//! pattern without a usable finite literal set of a kind is not filtered on that kind.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex_syntax::hir::literal::{ExtractKind, Extractor};
use std::collections::HashMap;

/// Longest literal kept (a shorter prefix of a prefix literal is still one, and likewise
/// for suffixes); short literals and a small extraction limit keep start-up cheap.
const MAX_LITERAL: usize = 8;

/// Shortest literal worth looking for.
const MIN_LITERAL: usize = 3;

/// Most literals extracted per pattern and kind.
const MAX_LITERALS: usize = 64;

/// Which patterns may match in a text.
#[derive(Debug)]
pub struct Prefilter {
    /// Automaton over every distinct literal.
    ac: Option<AhoCorasick>,
    /// For each literal of `ac`, the patterns it stands for and as what (`PREFIX`, `SUFFIX`).
    owners: Vec<Vec<(usize, u8)>>,
    /// For each pattern, the kinds of literal it needs to see (0: it always runs).
    need: Vec<u8>,
}

/// Literal kinds, as bits: every match starts with a prefix literal and ends with a suffix one.
const PREFIX: u8 = 1;
const SUFFIX: u8 = 2;

/// Prefix or suffix literals of `hir`, or `None` when they cannot rule the pattern out.
fn literals(hir: &regex_syntax::hir::Hir, kind: u8) -> Option<Vec<Vec<u8>>> {
    let extract = if kind == PREFIX { ExtractKind::Prefix } else { ExtractKind::Suffix };
    let mut seq = Extractor::new().kind(extract).limit_total(MAX_LITERALS).extract(hir);
    if kind == PREFIX {
        seq.keep_first_bytes(MAX_LITERAL);
    } else {
        seq.keep_last_bytes(MAX_LITERAL);
    }
    seq.dedup();
    let lits = seq.literals()?;
    // a literal of a byte or two ("s" from `[a-z]+`) is found nearly everywhere: it would
    // slow the scan and rule out nothing
    if lits.is_empty() || lits.iter().any(|l| l.as_bytes().len() < MIN_LITERAL) {
        return None;
    }
    Some(lits.iter().map(|l| l.as_bytes().to_vec()).collect())
}

impl Prefilter {
    /// Builds the prefilter for `patterns` (regex sources, in pattern order).
    pub fn new<'a>(patterns: impl IntoIterator<Item = &'a str>) -> Self {
        let mut lits: Vec<Vec<u8>> = Vec::new();
        let mut index: HashMap<Vec<u8>, usize> = HashMap::new();
        let mut owners: Vec<Vec<(usize, u8)>> = Vec::new();
        let mut need = Vec::new();
        for (p, src) in patterns.into_iter().enumerate() {
            need.push(0);
            let Ok(hir) = regex_syntax::Parser::new().parse(src) else {
                continue;
            };
            for kind in [PREFIX, SUFFIX] {
                let Some(ls) = literals(&hir, kind) else {
                    continue;
                };
                need[p] |= kind;
                for l in ls {
                    match index.get(&l) {
                        Some(&k) => owners[k].push((p, kind)),
                        None => {
                            index.insert(l.clone(), lits.len());
                            lits.push(l);
                            owners.push(vec![(p, kind)]);
                        }
                    }
                }
            }
        }
        // a contiguous NFA, not a DFA: over ~3,000 literals the DFA's table (2.9 MB) misses the
        // cache on nearly every byte, while the NFA's stays small; measured with `hearsay bench`,
        // the verification stage takes about a fifth less time
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&lits)
            .ok();
        if ac.is_none() {
            // no automaton: every pattern runs
            need.iter_mut().for_each(|k| *k = 0);
            owners.clear();
        }
        Prefilter { ac, owners, need }
    }

    /// How many patterns have no usable literal of either kind and so run on every text.
    #[cfg(test)]
    pub fn always_run(&self) -> usize {
        self.need.iter().filter(|&&k| k == 0).count()
    }

    /// Marks in `out` (resized to the pattern count) the patterns that may match in `text`.
    pub fn candidates(&self, text: &str, out: &mut Vec<bool>) {
        let mut seen = vec![0u8; self.need.len()];
        if let Some(ac) = &self.ac {
            for m in ac.find_overlapping_iter(text) {
                for &(p, kind) in &self.owners[m.pattern().as_usize()] {
                    seen[p] |= kind;
                }
            }
        }
        out.clear();
        out.extend(self.need.iter().zip(&seen).map(|(&need, &seen)| seen & need == need));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_out_patterns_whose_literals_are_absent() {
        let pf = Prefilter::new([r"(?-u:\b)(?:declined|refused) to comment", r"[a-z]+ly said", r"no comment"]);
        let mut c = Vec::new();
        pf.candidates("he declined to comment .", &mut c);
        assert_eq!(c, [true, false, false]);
        pf.candidates("she quickly said no comment", &mut c);
        assert_eq!(c, [false, true, true]);
        // both ends are needed: a prefix alone does not make a candidate
        pf.candidates("he declined to say", &mut c);
        assert_eq!(c, [false, false, false]);
    }
}
