//! Hedges and verification: the hedge cue lexicon, the verification cue patterns, the words
//! of a "did not respond to a request for comment" line, and the words hedge cues extend over.

use crate::table::List;
use crate::{function, neg, verbs};

/// Hedge cues: `cue<TAB>class<TAB>flag<TAB>train count<TAB>share` (see the file header).
pub const HEDGE_CUES: &str = include_str!("../data/hedge_cues.tsv");
/// Verification-event patterns: `VERDICT<TAB>ACTOR<TAB>REGEX`, in match order.
pub const VERIFICATION_CUES: &str = include_str!("../data/verification_cues.tsv");
/// Words of a response-to-comment line, whitespace-separated.
pub const RESPONSE_FRAME: &str = include_str!("../data/response_frame.txt");
/// Nouns naming a proposition stated earlier ("the charges", "those reports"), whitespace-separated.
pub const CLAIM_NOUNS: &str = include_str!("../data/claim_nouns.txt");

/// Hedge cues that present a proposition as reported without naming who reports it.
pub const REPORTED_TABLE: &str = include_str!("../data/reported.tsv");
/// Hedge cues ("reportedly", "is said to") whose sentence, outside any attribution, is a claim
/// with no identified origin (read by the claims stage).
pub static PRESENTS_AS_REPORTED: List = List::new("reported", &[REPORTED_TABLE]);

/// Words a modal hedge cue extends over before taking the next word ("may be using").
pub static MODAL_EXTENSION: List = List::new("modal_extension", &[verbs::TABLE, neg::TABLE, function::TABLE]);
/// Number words that satisfy a `num` hedge cue ("about five"; "about a dozen" is not one).
pub static NUMBER_WORDS: List = List::new("number", &[function::TABLE]);
