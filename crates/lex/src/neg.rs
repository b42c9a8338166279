//! Negation words and correlatives (`data/negation.tsv`).

use crate::table::List;

/// Negation words with their lists.
pub const TABLE: &str = include_str!("../data/negation.tsv");

/// Negation words and correlatives that end a subject read left to right, read by the
/// epistemics actor finder (its tokens split "didn't" into "did" + "n't", so contractions
/// are never looked up).
pub static FORWARD_STOPS: List = List::new("forward_stop", &[TABLE]);

/// Negation words as the token stream writes them, the clitic "n't" included ("not", "n't",
/// "never", "no", "none", "nothing", "cannot", …): the negation candidates of the
/// epistemics verdict classifier. **Model**: the verifications model (its features and
/// candidates read it).
pub static NEGATION: List = List::new("negation", &[TABLE]);
