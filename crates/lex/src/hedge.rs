//! Hedges and verification: the hedge cue lexicon, the verification cue patterns and the
//! words of a "did not respond to a request for comment" line.

/// Hedge cues: `cue<TAB>class<TAB>flag<TAB>train count<TAB>share` (see the file header).
pub const HEDGE_CUES: &str = include_str!("../data/hedge_cues.tsv");
/// Verification-event patterns: `VERDICT<TAB>ACTOR<TAB>REGEX`, in match order.
pub const VERIFICATION_CUES: &str = include_str!("../data/verification_cues.tsv");
/// Words of a response-to-comment line, whitespace-separated.
pub const RESPONSE_FRAME: &str = include_str!("../data/response_frame.txt");
