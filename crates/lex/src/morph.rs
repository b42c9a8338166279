//! Word forms that look like one word class and are another (`data/morph.tsv`).

use crate::table::List;

/// Look-alike forms with their lists.
pub const TABLE: &str = include_str!("../data/morph.tsv");

/// Words in -ly that are not adverbs ("family", "july", "daily") (epistemics actor finder).
pub static NOT_ADVERBS: List = List::new("not_adverb", &[TABLE]);
