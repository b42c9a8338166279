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

/// A fact-checker's verdict on a claim it quotes, in the layout of a fact-checking page: a
/// line "Claim: …" and then, after blank lines only, a line holding nothing but a rating in
/// capitals ("FALSE", "PROBABLY FALSE", "TRUE"), whose last word is of the falsity (0) or truth
/// (1) family of [`VERDICT_WORDS`]. Spans are byte offsets into the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FactCheck {
    /// The claim the page quotes, after "Claim:" (trimmed).
    pub claim: (usize, usize),
    /// The rating line (trimmed).
    pub rating: (usize, usize),
    /// The rating's family: 0 false, 1 true.
    pub family: u8,
}

/// Most words of a rating line ("MOSTLY FALSE").
const RATING_WORDS: usize = 3;
/// Most lines (blank ones included) between a "Claim:" line and its rating line.
const RATING_LINES: usize = 3;

/// Every [`FactCheck`] in `text`, in text order; one pass over its lines.
pub fn fact_checks(text: &str) -> Vec<FactCheck> {
    // most texts hold no "Claim:" line at all: one substring search, no line table
    if !text.contains("Claim:") {
        return Vec::new();
    }
    // each line with its byte offset, end of line excluded
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut at = 0;
    for l in text.split_inclusive('\n') {
        lines.push((at, l.trim_end_matches(['\n', '\r'])));
        at += l.len();
    }
    let trimmed = |(o, l): (usize, &str)| -> (usize, usize) {
        let t = l.trim_start();
        let s = o + (l.len() - t.len());
        (s, s + t.trim_end().len())
    };
    let mut out = Vec::new();
    for (k, &(o, l)) in lines.iter().enumerate() {
        let Some(rest) = l.trim_start().strip_prefix("Claim:") else { continue };
        let (cs, ce) = trimmed((o + (l.len() - rest.len()), rest));
        if cs >= ce {
            continue;
        }
        let next = lines[k + 1..].iter().take(RATING_LINES).find(|(_, x)| !x.trim().is_empty());
        let Some(&(ro, r)) = next else { continue };
        let words: Vec<&str> = r.split_whitespace().collect();
        let caps = words.iter().all(|w| w.chars().all(|c| c.is_ascii_uppercase()));
        if words.is_empty() || words.len() > RATING_WORDS || !caps {
            continue;
        }
        let last = words[words.len() - 1].to_ascii_lowercase();
        let Some(family @ (0 | 1)) = verdict_family(&last) else { continue };
        out.push(FactCheck { claim: (cs, ce), rating: trimmed((ro, r)), family });
    }
    out
}

#[cfg(test)]
mod fact_check_tests {
    use super::*;

    #[test]
    fn rating_line_after_claim_line() {
        let t = "Claim: The mayor of Springfield has resigned.\n\nPROBABLY FALSE\n\nExample: an email.\n";
        let f = fact_checks(t);
        assert_eq!(f.len(), 1);
        assert_eq!(&t[f[0].claim.0..f[0].claim.1], "The mayor of Springfield has resigned.");
        assert_eq!(&t[f[0].rating.0..f[0].rating.1], "PROBABLY FALSE");
        assert_eq!(f[0].family, 0);
        assert_eq!(fact_checks("Claim: The bridge reopened.\nTRUE")[0].family, 1);
        // no rating in capitals, or prose after the claim: no verdict
        assert!(fact_checks("Claim: The bridge reopened.\n\nfalse\n").is_empty());
        assert!(fact_checks("Claim: The bridge reopened.\n\nThe city said it was FALSE.\n").is_empty());
        assert!(fact_checks("Claim:\n\nFALSE\n").is_empty());
        assert!(fact_checks("Claim: é\u{a0}\r\nFALSE").len() == 1);
    }
}
