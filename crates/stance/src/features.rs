//! Features of a (claim, headline) pair, hashed into a fixed number of buckets.
//!
//! Headline words and bigrams; headline words absent from the claim (the words that carry
//! stance rather than topic); refuting and hedging cue words (the lexicons of Ferreira &
//! Vlachos 2016, extended); question marks; negation in claim and headline; how much of
//! the claim's content the headline repeats.

use hearsay_learn::fnv1a;
use hearsay_lex::normalize::{is_stopword, stem, words};
use hearsay_lex::stance;
use std::collections::HashSet;

/// Hashed feature indices (deduplicated, sorted) of a pair, in `1 << bits` buckets.
pub fn extract(claim: &str, headline: &str, bits: u8) -> Vec<u32> {
    let mask = (1u64 << bits) - 1;
    let mut out: Vec<u32> = names(claim, headline).iter().map(|n| (fnv1a(n.as_bytes()) & mask) as u32).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The feature names of a pair (before hashing).
pub fn names(claim: &str, headline: &str) -> Vec<String> {
    let hw = words(headline);
    let cw = words(claim);
    let claim_stems: HashSet<String> = cw.iter().filter(|w| !is_stopword(w)).map(|w| stem(w)).collect();
    let mut f = vec!["bias".to_string()];
    for (i, w) in hw.iter().enumerate() {
        f.push(format!("w:{w}"));
        if let Some(n) = hw.get(i + 1) {
            f.push(format!("b:{w}_{n}"));
        }
        let s = stem(w);
        if !claim_stems.contains(&s) {
            f.push(format!("n:{s}"));
        }
        if stance::REFUTING.contains(w) {
            f.push("cue:refute".into());
            if i < 3 {
                f.push("cue:refute_early".into());
            }
        }
        if stance::HEDGING.contains(w) {
            f.push("cue:hedge".into());
        }
        if stance::NEGATION.contains(w) || w.ends_with("n't") {
            f.push("neg:h".into());
        }
    }
    if let Some(w) = hw.first() {
        f.push(format!("first:{w}"));
    }
    let claim_neg = cw.iter().any(|w| stance::NEGATION.contains(w) || w.ends_with("n't"));
    if claim_neg {
        f.push("neg:c".into());
    }
    if headline.contains('?') {
        f.push("q".into());
        if headline.trim_end().ends_with('?') {
            f.push("q:end".into());
        }
    }
    if headline.contains(':') {
        f.push("colon".into());
    }
    if headline.contains('\'') || headline.contains('‘') || headline.contains('"') || headline.contains('“') {
        f.push("quote".into());
    }
    let head_stems: HashSet<String> = hw.iter().filter(|w| !is_stopword(w)).map(|w| stem(w)).collect();
    if !claim_stems.is_empty() {
        let covered = claim_stems.iter().filter(|s| head_stems.contains(*s)).count();
        let bucket = (covered * 4) / claim_stems.len();
        f.push(format!("ov:{bucket}"));
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_and_novel_words() {
        let n = names("Cats can fly", "Hoax: cats can't really fly?");
        assert!(n.contains(&"cue:refute".to_string()));
        assert!(n.contains(&"cue:refute_early".to_string()));
        assert!(n.contains(&"neg:h".to_string()));
        assert!(n.contains(&"q:end".to_string()));
        assert!(n.contains(&"n:real".to_string()));
        assert!(!n.iter().any(|x| x == "n:cat"));
        let f = extract("Cats can fly", "Hoax: cats can't really fly?", 12);
        assert!(f.iter().all(|&i| i < 4096));
        assert!(f.windows(2).all(|w| w[0] < w[1]));
    }
}
