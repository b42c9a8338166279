//! Month and day names, their abbreviations and other time words (`data/calendar.tsv`).

use crate::table::List;

/// Calendar words with their lists.
pub const TABLE: &str = include_str!("../data/calendar.tsv");

/// English month names and their usual abbreviations, lower-cased (datelines, signatures).
pub static MONTHS: List = List::new("month", &[TABLE]);
/// Day names and relative days that start a trailing time phrase to cut from a subject
/// ("on Friday") (epistemics actor finder).
pub static TIME_PHRASE: List = List::new("time_phrase", &[TABLE]);
/// Days named relative to the writing: "yesterday", "today", "tonight" (attribution: a
/// sentence adverbial before a source, "Yesterday Bleeding Cool reported").
pub static RELATIVE_DAYS: List = List::new("relative_day", &[TABLE]);
/// Nouns of a span of time that follow "last", "this", "late" … ("last week", "late
/// night"): the epistemics actor finder cuts such a trailing time phrase from a subject, the
/// sources stage one at the start of a source phrase ("last month ISIS").
pub static TIME_NOUNS: List = List::new("time_noun", &[TABLE]);

/// Whether a lower-cased word is a month name or abbreviation.
pub fn is_month(lower: &str) -> bool {
    MONTHS.contains(lower)
}
