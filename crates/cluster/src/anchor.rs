//! Anchors: the names and numbers a statement names, the blocking keys of cross-article
//! matching (two statements can match only when they share one).
//!
//! A word is an anchor when it is written with a capital letter away from the start of a
//! sentence (a name: "Ravensholm", "ISIS", "iPhone"), or contains a digit ("2014", "6").
//! Stopwords and calendar words (months, days) are not anchors. Anchors are given as the
//! same terms [`crate::index::terms`] makes, so they are a subset of a statement's terms.

use hearsay_lex::calendar::{MONTHS, TIME_PHRASE};
use hearsay_lex::normalize::{is_stopword, stem};
use std::collections::BTreeSet;

/// Raw word tokens with whether each starts a sentence (text start, or after `.`, `!`,
/// `?`, `:` or a line break; quotes and brackets in between do not count).
fn tokens(text: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut initial = true;
    let mut cur_initial = true;
    for c in text.chars() {
        if c.is_alphanumeric() {
            if cur.is_empty() {
                cur_initial = initial;
            }
            cur.push(c);
            initial = false;
            continue;
        }
        if c == '\'' || c == '’' {
            // "Obama's": the possessive stays with the word for the stemmer.
            if !cur.is_empty() {
                cur.push('\'');
            }
            continue;
        }
        if !cur.is_empty() {
            out.push((std::mem::take(&mut cur), cur_initial));
        }
        if matches!(c, '.' | '!' | '?' | ':' | '\n') {
            initial = true;
        }
    }
    if !cur.is_empty() {
        out.push((cur, cur_initial));
    }
    out
}

/// The anchor terms of `text`, sorted and unique, cut like terms to `term_chars` characters.
pub fn anchors(text: &str, term_chars: usize) -> Vec<String> {
    let mut out = BTreeSet::new();
    for (w, initial) in tokens(text) {
        let w = w.trim_end_matches('\'');
        let lower = w.to_lowercase();
        let numeric = w.chars().any(|c| c.is_ascii_digit());
        let named = !initial && w.chars().any(|c| c.is_uppercase());
        if !(numeric || named) || is_stopword(&lower) || MONTHS.contains(&lower) || TIME_PHRASE.contains(&lower) {
            continue;
        }
        if !numeric && lower.chars().count() < 2 {
            continue;
        }
        out.insert(stem(&lower).chars().take(term_chars).collect::<String>());
    }
    out.into_iter().collect()
}

/// Whether two statements could state the same proposition: they share an anchor (who or
/// what) and a term that is no anchor of either (what is said of it: "killed", "launch").
/// Terms and anchors are sorted, anchors a subset of terms.
pub fn compatible(a_terms: &[String], a_anchors: &[String], b_terms: &[String], b_anchors: &[String]) -> bool {
    share(a_anchors, b_anchors)
        && a_terms.iter().any(|t| {
            a_anchors.binary_search(t).is_err()
                && b_anchors.binary_search(t).is_err()
                && b_terms.binary_search(t).is_ok()
        })
}

/// Whether two sorted anchor lists share an anchor.
pub fn share(a: &[String], b: &[String]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_numbers_but_not_sentence_starts_or_days() {
        let a = anchors(
            "The zoo said on Monday that Kiki, a chimp, voted. Officials in Ravensholm counted 312 ballots.",
            5,
        );
        assert_eq!(a, ["312", "kiki", "ravensholm"].map(|s| s.chars().take(5).collect::<String>()));
        assert!(anchors("it was said that nothing happened", 5).is_empty());
        assert!(share(&anchors("Apple sold the iPhone 6", 5), &anchors("sales of the iPhone fell", 5)));
        assert!(!share(&anchors("Apple sold phones", 5), &anchors("Tesla sold cars", 5)));
        let v = |x: &[&str]| x.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let (a, aa) = (v(&["foley", "kill"]), v(&["foley"]));
        assert!(compatible(&a, &aa, &v(&["foley", "kill", "syria"]), &v(&["foley", "syria"])));
        assert!(!compatible(&a, &aa, &v(&["foley", "photo"]), &v(&["foley"])), "a name alone is not a proposition");
    }
}
