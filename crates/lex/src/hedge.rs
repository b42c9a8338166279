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

/// Verdict-family words of the verifications classifier: `form<TAB>family` (falsity 0, truth
/// 1, evidence 2, uncertainty 3, conviction 4). **Model**: the verifications model.
pub const VERDICT_WORDS: &str = include_str!("../data/verdict_words.tsv");

/// The `(form, family)` rows of [`VERDICT_WORDS`], in file order.
pub fn verdict_words() -> &'static [(&'static str, u8)] {
    static ROWS: std::sync::OnceLock<Vec<(&'static str, u8)>> = std::sync::OnceLock::new();
    ROWS.get_or_init(|| {
        crate::table::rows(VERDICT_WORDS)
            .map(|(w, f)| (w, f.trim().parse().unwrap_or_else(|_| panic!("verdict_words.tsv: bad family for {w:?}"))))
            .collect()
    })
}

/// The family of `w` in [`VERDICT_WORDS`], if it is a verdict-family word (exact, lower case).
#[inline]
pub fn verdict_family(w: &str) -> Option<u8> {
    static MAP: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, u8>> = std::sync::OnceLock::new();
    MAP.get_or_init(|| verdict_words().iter().copied().collect()).get(w).copied()
}
