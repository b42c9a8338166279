//! Tagged word tables and the named lists drawn from them.
//!
//! A table is a data file in `data/` whose lines are `form<TAB>tag tag …` (`#` starts a
//! comment line). A [`List`] is every form tagged with one tag in one or more tables, so a
//! word that several stages read is written once, with all the lists it belongs to.

use rustc_hash::FxHashSet;
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
}

impl List {
    /// The list of forms tagged `tag` in `tables`.
    pub const fn new(tag: &'static str, tables: &'static [&'static str]) -> List {
        List { tag, tables, words: OnceLock::new(), set: OnceLock::new() }
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

    /// The forms sorted and joined by newlines: what a model fingerprint hashes, so that
    /// moving rows or editing comments does not count as a change.
    pub fn canonical(&self) -> String {
        let mut w = self.words().to_vec();
        w.sort_unstable();
        w.dedup();
        w.join("\n")
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
}
