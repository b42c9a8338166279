//! Negation words and negated auxiliaries (`data/negation.tsv`).

use crate::table::List;

/// Negation words with their lists.
pub const TABLE: &str = include_str!("../data/negation.tsv");

/// Negated auxiliaries and correlatives that end a subject read left to right, read by the
/// epistemics actor finder (whose tokens split "didn't" into "did" + "n't").
pub static FORWARD_STOPS: List = List::new("forward_stop", &[TABLE]);
