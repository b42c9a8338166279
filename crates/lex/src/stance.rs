//! The stance model's cue words (`data/stance_cues.tsv`).
//!
//! **Model**: the stance model's features read all three lists; changing one means
//! `hearsay train stance` (the model's fingerprint covers them).

use crate::table::List;

/// Stance cues with their lists.
pub const TABLE: &str = include_str!("../data/stance_cues.tsv");

/// Words that deny or debunk ("hoax", "false", "denies").
pub static REFUTING: List = List::new("refuting", &[TABLE]);
/// Words that hedge or report without endorsing ("reportedly", "may", "rumors").
pub static HEDGING: List = List::new("hedging", &[TABLE]);
/// Negation words, contractions included (the stance tokenizer keeps "isn't" whole).
pub static NEGATION: List = List::new("negation", &[TABLE]);
