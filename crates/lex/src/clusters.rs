//! Distributional word classes distilled from MiniLM (all-MiniLM-L6-v2).
//!
//! Each word of a ~34,000-word news vocabulary carries two k-means class ids over static
//! MiniLM word vectors: a coarse one (64 classes) and a fine one (512 classes). Words used
//! alike ("said", "stated", "asserted") tend to share a class, so a learned model can give a
//! rare word the weight of its class. The table (`data/word_clusters.tsv`) is built by
//! `tools/word_clusters/build.py` (see MODELS.md), embedded in the binary and parsed once on
//! first use.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// Number of coarse classes: [`Classes::coarse`] is below this.
pub const COARSE_CLASSES: u16 = 64;
/// Number of fine classes: [`Classes::fine`] is below this.
pub const FINE_CLASSES: u16 = 512;

/// The table as shipped (`word\tcoarse\tfine` lines).
pub const TABLE: &str = include_str!("../data/word_clusters.tsv");

/// The class ids of one word.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Classes {
    /// Class among [`COARSE_CLASSES`].
    pub coarse: u16,
    /// Class among [`FINE_CLASSES`].
    pub fine: u16,
}

/// Classes of a lower-cased word ("said", "well-known", "don't"; a typographic apostrophe
/// is read as `'`), or `None` when the word is not in the vocabulary.
pub fn lookup(lower_word: &str) -> Option<Classes> {
    let map = table();
    match map.get(lower_word) {
        Some(c) => Some(*c),
        None if lower_word.contains('\u{2019}') => map.get(lower_word.replace('\u{2019}', "'").as_str()).copied(),
        None => None,
    }
}

/// Number of words in the table.
pub fn vocabulary_size() -> usize {
    table().len()
}

type Table = HashMap<&'static str, Classes, BuildHasherDefault<Fnv>>;

fn table() -> &'static Table {
    static TABLE_MAP: OnceLock<Table> = OnceLock::new();
    TABLE_MAP.get_or_init(|| parse(TABLE))
}

/// Parses `word\tcoarse\tfine` lines; `#` lines, blank lines and malformed or out-of-range
/// lines are skipped.
fn parse(text: &'static str) -> Table {
    let mut map = Table::with_capacity_and_hasher(text.len() / 12, Default::default());
    for line in text.split('\n') {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some((word, classes)) = parse_line(line) {
            map.insert(word, classes);
        }
    }
    map
}

fn parse_line(line: &str) -> Option<(&str, Classes)> {
    let (word, rest) = line.split_once('\t')?;
    let (coarse, fine) = rest.split_once('\t')?;
    let (coarse, fine) = (small_number(coarse)?, small_number(fine.trim_end_matches('\r'))?);
    (!word.is_empty() && coarse < COARSE_CLASSES && fine < FINE_CLASSES).then_some((word, Classes { coarse, fine }))
}

/// A decimal number of 1 to 4 digits.
fn small_number(s: &str) -> Option<u16> {
    if s.is_empty() || s.len() > 4 {
        return None;
    }
    s.bytes().try_fold(0u16, |n, b| b.is_ascii_digit().then(|| n * 10 + u16::from(b - b'0')))
}

/// FNV-1a: fast for the short keys of this table (no HashDoS concern: the keys are fixed).
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h = (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    #[test]
    fn table_parses_and_loads_fast() {
        let t = Instant::now();
        let n = parse(TABLE).len();
        let first = t.elapsed().as_secs_f64() * 1e3;
        let best = (0..5)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(parse(TABLE));
                t.elapsed().as_secs_f64() * 1e3
            })
            .fold(f64::INFINITY, f64::min);
        println!("word_clusters.tsv: {n} words parsed in {first:.2} ms (first), {best:.2} ms (best of 5)");
        assert!(n >= 20_000, "only {n} words");
        let data_lines = TABLE.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).count();
        assert_eq!(n, data_lines, "every data line parses and words are unique");
        assert!(vocabulary_size() == n);
    }

    #[test]
    fn lookup_finds_common_and_rare_words() {
        for w in ["said", "stated", "according", "pledged", "denounce", "contemplating"] {
            assert!(lookup(w).is_some(), "{w} missing");
        }
        assert_eq!(lookup("don\u{2019}t"), lookup("don't"));
        assert!(lookup("don't").is_some());
        assert_eq!(lookup(""), None);
        assert_eq!(lookup("Said"), None, "keys are lower case");
        assert_eq!(lookup("qxzvbnmw"), None);
    }

    #[test]
    fn parse_skips_bad_lines() {
        let m =
            parse("# c\n\nok\t1\t2\nshort\t1\nbig\t64\t0\nnan\tx\t1\nextra\t1\t2\t3\n\t1\t1\nneg\t-1\t1\ncr\t3\t4\r\n");
        assert_eq!(m.len(), 2);
        assert_eq!(m.get("cr"), Some(&Classes { coarse: 3, fine: 4 }));
        assert_eq!(m.get("ok"), Some(&Classes { coarse: 1, fine: 2 }));
    }

    /// Share of pairs within each group that share a class (by `key`), and the same share
    /// over pairs drawn from different groups.
    fn co_clustering(groups: &[&[&str]], key: fn(Classes) -> u16) -> (f64, f64) {
        let cls = |w: &str| lookup(w).map(key).unwrap_or_else(|| panic!("{w} missing"));
        let (mut within, mut nw, mut across, mut na) = (0u32, 0u32, 0u32, 0u32);
        for (gi, g) in groups.iter().enumerate() {
            for (i, a) in g.iter().enumerate() {
                for b in &g[i + 1..] {
                    within += u32::from(cls(a) == cls(b));
                    nw += 1;
                }
                for h in &groups[gi + 1..] {
                    for b in h.iter() {
                        across += u32::from(cls(a) == cls(b));
                        na += 1;
                    }
                }
            }
        }
        (f64::from(within) / f64::from(nw), f64::from(across) / f64::from(na))
    }

    #[test]
    fn related_words_share_classes_more_than_unrelated_ones() {
        let speech: &[&str] = &["said", "stated", "told", "declared", "asserted"];
        let food: &[&str] = &["pizza", "pasta", "bread", "cheese", "soup"];
        let days: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday"];
        let groups = [speech, food, days];
        let (cw, ca) = co_clustering(&groups, |c| c.coarse);
        let (fw, fa) = co_clustering(&groups, |c| c.fine);
        println!("coarse: within {cw:.2} across {ca:.2}; fine: within {fw:.2} across {fa:.2}");
        assert!(cw >= 0.5 && cw > ca + 0.4, "coarse within {cw} across {ca}");
        assert!(fw > fa + 0.2, "fine within {fw} across {fa}");
        let (said, stated) = (lookup("said").unwrap(), lookup("stated").unwrap());
        assert_eq!(said.coarse, stated.coarse);
    }
}
