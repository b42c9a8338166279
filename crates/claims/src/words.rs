//! Content words of a stretch of text and a document-weighted overlap between two sets of them.

use rustc_hash::{FxHashMap, FxHashSet};
use std::hash::BuildHasher;
use std::sync::OnceLock;

fn list(src: &'static str) -> FxHashSet<&'static str> {
    src.lines().filter(|l| !l.starts_with('#')).flat_map(str::split_whitespace).collect()
}

/// Words of a response-to-comment line ([`hearsay_lex::hedge::RESPONSE_FRAME`]).
pub fn response_frame() -> &'static FxHashSet<&'static str> {
    static S: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| list(hearsay_lex::hedge::RESPONSE_FRAME))
}

/// Nouns for recordings ([`hearsay_lex::media::RECORDING_NOUNS`]).
pub fn recording_nouns() -> &'static FxHashSet<&'static str> {
    static S: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| list(hearsay_lex::media::RECORDING_NOUNS))
}

/// Nouns naming a proposition stated earlier ([`hearsay_lex::hedge::CLAIM_NOUNS`]).
pub fn claim_nouns() -> &'static FxHashSet<&'static str> {
    static S: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| list(hearsay_lex::hedge::CLAIM_NOUNS))
}

/// A plural of a [`claim_nouns`] noun: its "-s" form, or "stories".
pub fn is_plural_claim_noun(w: &str) -> bool {
    w == "stories" || w.strip_suffix('s').is_some_and(|x| claim_nouns().contains(x))
}

/// A [`claim_nouns`] noun or its plural ([`is_plural_claim_noun`]).
pub fn is_claim_noun(w: &str) -> bool {
    claim_nouns().contains(w) || is_plural_claim_noun(w)
}

/// Lowercase content words (letters only, 3+ chars, no stopwords), deduplicated, with a
/// plural "s" dropped and then an "-ed" or "-ing" ending when a stem of 4+ letters stays
/// ("killed", "killing" and "kills" are "kill").
pub fn content_words(text: &str) -> Vec<String> {
    thread_local! {
        /// One buffer per thread, reused by every call (its capacity stays).
        static WORDS: std::cell::RefCell<Words> = std::cell::RefCell::new(Words::default());
    }
    WORDS.with_borrow_mut(|words| {
        words.fill(text);
        let out = words.iter().map(str::to_string).collect();
        if words.arena.capacity() > KEEP_BYTES {
            // a huge text: give its memory back rather than keep it for the thread's life
            *words = Words::default();
        }
        out
    })
}

/// Most bytes of words [`content_words`]' per-thread buffer keeps between calls.
const KEEP_BYTES: usize = 1 << 16;

/// The content words of one text (see [`content_words`]) in one reusable buffer.
#[derive(Debug, Default)]
struct Words {
    /// The words, back to back.
    arena: String,
    /// Where each word lies in `arena`.
    spans: Vec<(usize, usize)>,
    /// Scratch for the lowercased word.
    buf: String,
    /// Hashes of the words so far: a word whose hash is new is new, without a scan.
    seen: FxHashSet<u64>,
}

impl Words {
    /// Replaces the words with those of `text`.
    fn fill(&mut self, text: &str) {
        self.arena.clear();
        self.spans.clear();
        self.seen.clear();
        let bytes = text.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            // a word: the longest run of alphanumeric chars and hyphens (what
            // `str::split` on any other char yields), read byte by byte while ASCII
            let start = at;
            let mut ascii = true;
            while at < bytes.len() {
                let b = bytes[at];
                if b < 0x80 {
                    if !(b.is_ascii_alphanumeric() || b == b'-') {
                        break;
                    }
                    at += 1;
                } else {
                    let c = text[at..].chars().next().unwrap_or(' ');
                    if !c.is_alphanumeric() {
                        break;
                    }
                    ascii = false;
                    at += c.len_utf8();
                }
            }
            let word = &text[start..at];
            // skip the separator (one char) after it
            if at < bytes.len() {
                at += text[at..].chars().next().map_or(1, char::len_utf8);
            }
            self.add(word, ascii);
        }
    }

    /// Adds one word of [`Words::fill`]'s split (`ascii`: it has no other byte).
    #[inline]
    fn add(&mut self, w: &str, ascii: bool) {
        let w = w.trim_matches('-');
        let buf = &mut self.buf;
        buf.clear();
        if ascii {
            // the common case, without allocating: ASCII lowercasing keeps one byte per char
            if w.len() < 3 || !w.bytes().any(|b| b.is_ascii_alphabetic()) {
                return;
            }
            buf.push_str(w);
            buf.make_ascii_lowercase();
        } else {
            buf.push_str(&w.to_lowercase());
            if buf.chars().count() < 3 || !buf.chars().any(char::is_alphabetic) {
                return;
            }
        }
        if hearsay_lex::stop::CLAIMS.contains(buf) {
            return;
        }
        let w = hearsay_lex::normalize::fold_inflection(buf);
        let fresh = self.seen.insert(rustc_hash::FxBuildHasher.hash_one(w));
        if fresh || !self.spans.iter().any(|&(a, b)| &self.arena[a..b] == w) {
            let a = self.arena.len();
            self.arena.push_str(w);
            self.spans.push((a, self.arena.len()));
        }
    }

    /// The words, in order of first occurrence.
    fn iter(&self) -> impl Iterator<Item = &str> {
        self.spans.iter().map(|&(a, b)| &self.arena[a..b])
    }
}

/// Two words match when equal or when the shorter (4+ chars) starts the longer ("porn", "pornography").
pub fn word_match(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (s, l) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    s.len() >= 4 && l.starts_with(s)
}

/// Inverse document frequency of words over the document's sentences.
#[derive(Debug, Default)]
pub struct Idf {
    df: FxHashMap<String, usize>,
    n: usize,
}

impl Idf {
    /// Counts word document frequencies over `sentences`.
    pub fn new<'a>(sentences: impl Iterator<Item = &'a str>) -> Self {
        let mut idf = Idf::default();
        let mut words = Words::default();
        for s in sentences {
            idf.n += 1;
            words.fill(s);
            for w in words.iter() {
                match idf.df.get_mut(w) {
                    Some(n) => *n += 1,
                    None => {
                        idf.df.insert(w.to_string(), 1);
                    }
                }
            }
        }
        idf
    }

    /// Weight of a word: rarer in the document weighs more.
    pub fn weight(&self, w: &str) -> f64 {
        let df = self.df.get(w).copied().unwrap_or(0) as f64;
        ((1.0 + self.n as f64) / (1.0 + df)).ln() + 1.0
    }

    /// Weighted share of `a`'s words found in `b` (0..=1).
    pub fn covered(&self, a: &[String], b: &[String]) -> f64 {
        let total: f64 = a.iter().map(|w| self.weight(w)).sum();
        if total == 0.0 {
            return 0.0;
        }
        let hit: f64 = a.iter().filter(|w| b.iter().any(|x| word_match(w, x))).map(|w| self.weight(w)).sum();
        hit / total
    }

    /// Symmetric overlap: the larger of the two coverages, 0 unless at least two words match.
    pub fn similarity(&self, a: &[String], b: &[String]) -> f64 {
        let mut hit_b = vec![false; b.len()];
        let side_a = weighted_hits(a.iter().map(|w| {
            let mut hit = false;
            for (j, x) in b.iter().enumerate() {
                if word_match(w, x) {
                    hit = true;
                    hit_b[j] = true;
                }
            }
            (self.weight(w), hit)
        }));
        if side_a.shared < 2 {
            return 0.0;
        }
        let side_b = weighted_hits(b.iter().zip(&hit_b).map(|(x, &h)| (self.weight(x), h)));
        side_a.coverage().max(side_b.coverage())
    }
}

/// One list's words against another's: summed weights of all and of the matched words.
/// [`Idf::similarity`] and the interned [`crate::table::WordTable::coverages`] both sum
/// through it, in the same order, so that they agree exactly.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hits {
    hit: f64,
    total: f64,
    /// How many words matched.
    pub shared: usize,
}

impl Hits {
    /// Weighted share of the words matched (0 for an empty list).
    pub fn coverage(self) -> f64 {
        if self.total == 0.0 {
            0.0
        } else {
            self.hit / self.total
        }
    }
}

/// Sums (weight, matched) pairs into [`Hits`].
pub(crate) fn weighted_hits(words: impl Iterator<Item = (f64, bool)>) -> Hits {
    let mut h = Hits { hit: 0.0, total: 0.0, shared: 0 };
    for (wt, hit) in words {
        h.total += wt;
        if hit {
            h.shared += 1;
            h.hit += wt;
        }
    }
    h
}

/// Most words a content may open with before the noun of a statement it names.
const NAMED_STATEMENT_AT: usize = 3;

/// Whether a text opens by naming an earlier statement rather than stating one: within its
/// first words a noun of [`claim_nouns`] after a definite determiner or a possessive ("*the
/// reports* of stolen jetliners", "*Hunter's claim* on Wednesday morning"), with no "that"
/// clause after it ("the claim *that* …" states what follows).
pub fn names_statement(text: &str) -> bool {
    let words: Vec<String> = text
        .split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .take(NAMED_STATEMENT_AT + 2)
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect();
    (1..words.len().min(NAMED_STATEMENT_AT + 1)).any(|k| {
        let before = words[k - 1].as_str();
        let names = hearsay_lex::function::DEFINITE.contains(before) || before.ends_with("'s");
        names && is_claim_noun(&words[k]) && words.get(k + 1).is_none_or(|w| w != "that")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_overlap() {
        let a = content_words("The soldiers devour pornography, officials said.");
        assert_eq!(a, ["soldier", "devour", "pornography", "official"]);
        // "-ed" and "-ing" endings go when a stem of four letters stays
        assert_eq!(content_words("A strike killed nine; the killing went on"), ["strike", "kill", "nine", "went"]);
        assert_eq!(content_words("they used it"), ["used"]);
        assert!(word_match("porn", "pornography"));
        assert!(!word_match("use", "used"));
        let idf = Idf::new(["soldiers devour porn", "soldiers march", "soldiers rest"].into_iter());
        let b = content_words("soldiers are addicted to porn");
        assert!(idf.similarity(&a, &b) > 0.3);
        assert_eq!(idf.similarity(&a, &content_words("the weather is fine today")), 0.0);
    }
}
