//! Tagged word tables and the named lists drawn from them.
//!
//! A table is a data file in `data/` whose lines are `form<TAB>tag tag …` (`#` starts a
//! comment line). A [`List`] is every form tagged with one tag in one or more tables, so a
//! word that several stages read is written once, with all the lists it belongs to.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

/// The `(form, tags)` rows of a table, in file order.
pub fn rows(table: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    table.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).map(|l| l.split_once('\t').unwrap_or((l, "")))
}

/// A named list: the forms tagged `tag` in `tables`, in table and file order.
pub struct List {
    tag: &'static str,
    tables: &'static [&'static str],
    words: OnceLock<Vec<&'static str>>,
    set: OnceLock<FxHashSet<&'static str>>,
    bit: OnceLock<u64>,
}

impl List {
    /// The list of forms tagged `tag` in `tables`.
    pub const fn new(tag: &'static str, tables: &'static [&'static str]) -> List {
        List { tag, tables, words: OnceLock::new(), set: OnceLock::new(), bit: OnceLock::new() }
    }

    /// The tag that selects this list's rows.
    pub fn tag(&self) -> &'static str {
        self.tag
    }

    /// The forms, in table and file order.
    pub fn words(&self) -> &[&'static str] {
        self.words.get_or_init(|| {
            let tagged = |tags: &str| tags.split(' ').any(|t| t == self.tag);
            self.tables.iter().flat_map(|&t| rows(t)).filter(|&(_, tags)| tagged(tags)).map(|(w, _)| w).collect()
        })
    }

    /// Whether `w` is in the list (exact, case-sensitive).
    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        self.set.get_or_init(|| self.words().iter().copied().collect()).contains(w)
    }

    /// Whether the word that `tags` was read for is in the list: a bit test when the list is
    /// drawn from that one table, else [`List::contains`].
    #[inline]
    pub fn holds(&self, tags: &WordTags) -> bool {
        let bit = *self.bit.get_or_init(|| match self.tables {
            [t] => tag_order(t).iter().position(|&x| x == self.tag).filter(|&i| i < 64).map_or(0, |i| 1 << i),
            _ => 0,
        });
        if bit != 0 && std::ptr::eq(tags.table, self.tables[0]) {
            tags.mask & bit != 0
        } else {
            self.contains(tags.word)
        }
    }

    /// The forms sorted and joined by newlines: what a model fingerprint hashes, so that
    /// moving rows or editing comments does not count as a change.
    pub fn canonical(&self) -> String {
        let mut w = self.words().to_vec();
        w.sort_unstable();
        w.dedup();
        w.join("\n")
    }
}

/// A table's tags in the order they first occur.
fn tag_order(table: &'static str) -> Vec<&'static str> {
    let mut order: Vec<&'static str> = Vec::new();
    for t in rows(table).flat_map(|(_, tags)| tags.split(' ')).filter(|t| !t.is_empty()) {
        if !order.contains(&t) {
            order.push(t);
        }
    }
    order
}

/// Every form of one table with the set of its tags, so that a word's lists are read with one
/// lookup ([`TableTags::of`]) and then a bit test per list ([`List::holds`]) instead of one
/// hash lookup per list.
pub struct TableTags {
    table: &'static str,
    masks: OnceLock<FxHashMap<&'static str, u64>>,
}

/// The tags of one word in one table ([`TableTags::of`]).
pub struct WordTags<'a> {
    word: &'a str,
    table: &'static str,
    mask: u64,
}

impl TableTags {
    /// The tag sets of `table`'s forms (its first 64 tags; a list of a later tag is read by
    /// [`List::contains`]).
    pub const fn new(table: &'static str) -> TableTags {
        TableTags { table, masks: OnceLock::new() }
    }

    /// The tags of `w` (exact, case-sensitive, as [`List::contains`]).
    #[inline]
    pub fn of<'a>(&self, w: &'a str) -> WordTags<'a> {
        let masks = self.masks.get_or_init(|| {
            let order = tag_order(self.table);
            let mut m: FxHashMap<&'static str, u64> = FxHashMap::default();
            for (form, tags) in rows(self.table) {
                let bits = tags
                    .split(' ')
                    .filter_map(|t| order.iter().position(|&x| x == t).filter(|&i| i < 64))
                    .fold(0u64, |a, i| a | 1 << i);
                *m.entry(form).or_default() |= bits;
            }
            m
        });
        WordTags { word: w, table: self.table, mask: masks.get(w).copied().unwrap_or(0) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &str = "# a comment\nsaid\treport edge\nsays\treport\nthat\tedge\n";
    const SECOND: &str = "and\tedge\n";
    static EDGE: List = List::new("edge", &[TABLE, SECOND]);

    #[test]
    fn a_list_is_its_tag_across_tables_in_order() {
        assert_eq!(EDGE.words(), ["said", "that", "and"]);
        assert!(EDGE.contains("and") && !EDGE.contains("says") && !EDGE.contains("edge"));
        assert_eq!(EDGE.canonical(), "and\nsaid\nthat");
        assert_eq!(rows(TABLE).count(), 3);
    }

    static REPORT: List = List::new("report", &[TABLE]);
    static EDGE_ONE: List = List::new("edge", &[TABLE]);
    static TAGS: TableTags = TableTags::new(TABLE);

    #[test]
    fn a_words_tags_answer_as_the_lists_do() {
        for w in ["said", "says", "that", "and", "edge", "", "Said"] {
            let t = TAGS.of(w);
            assert_eq!(REPORT.holds(&t), REPORT.contains(w), "{w}");
            assert_eq!(EDGE_ONE.holds(&t), EDGE_ONE.contains(w), "{w}");
            // a list over two tables falls back to its set
            assert_eq!(EDGE.holds(&t), EDGE.contains(w), "{w}");
        }
        assert!(REPORT.holds(&TAGS.of("said")) && !REPORT.holds(&TAGS.of("that")));
    }
}
