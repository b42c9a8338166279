//! Tagger features in the style of the classic greedy averaged-perceptron tagger:
//! normalised word, prefixes, suffixes, shape, the words around, and the two previous tags.

use hearsay_learn::FeatHash;

/// Tag index standing for "no previous tag" (sentence start).
pub const START: usize = 17;

/// Per-token hashes computed once per sentence.
#[derive(Clone, Copy, Debug, Default)]
pub struct TokFeats {
    word: u64,
    pre: [u64; 3],
    suf: [u64; 4],
    shape: u64,
}

fn h(b: &[u8]) -> u64 {
    FeatHash::new(0).bytes(b).finish()
}

/// Lowercases, maps digits to `0` and curly quotes to straight ones, into `buf`.
pub fn normalize(word: &str, buf: &mut String) {
    buf.clear();
    if word.is_ascii() {
        // the same mapping, byte by byte
        buf.extend(word.bytes().map(|b| match b {
            b'0'..=b'9' => '0',
            b'`' => '\'',
            b => b.to_ascii_lowercase() as char,
        }));
        return;
    }
    for c in word.chars() {
        match c {
            '0'..='9' => buf.push('0'),
            '‘' | '’' | '‚' | '‛' | '`' | '´' => buf.push('\''),
            '“' | '”' | '„' | '‟' | '«' | '»' => buf.push('"'),
            c if c.is_uppercase() => buf.extend(c.to_lowercase()),
            c => buf.push(c),
        }
    }
}

/// Hash of the normalised form of `word` (see [`normalize`]); `buf` is scratch space.
#[cfg_attr(not(feature = "parser"), allow(dead_code))]
pub fn word_hash(word: &str, buf: &mut String) -> u64 {
    normalize(word, buf);
    h(buf.as_bytes())
}

/// Word shape: `X` upper, `x` lower, `d` digit, other chars as themselves; runs of one
/// class longer than two are cut, and the shape is capped at 8 chars.
fn shape(word: &str) -> u64 {
    let mut s = [0u8; 8];
    let mut n = 0;
    let mut last = 0u8;
    let mut run = 0;
    for c in word.chars() {
        let k = if c.is_uppercase() {
            b'X'
        } else if c.is_lowercase() {
            b'x'
        } else if c.is_numeric() {
            b'd'
        } else if c.is_ascii() {
            c as u8
        } else {
            b'~'
        };
        run = if k == last { run + 1 } else { 1 };
        last = k;
        if run <= 2 {
            if n == s.len() {
                break;
            }
            s[n] = k;
            n += 1;
        }
    }
    h(&s[..n])
}

impl TokFeats {
    /// Hashes of one token; `buf` is scratch space.
    pub fn new(word: &str, buf: &mut String) -> Self {
        normalize(word, buf);
        let b = buf.as_bytes();
        // prefixes of one, two and three chars, hashed incrementally (FNV runs left to right)
        let mut pre = [0u64; 3];
        let mut suf = [0u64; 4];
        let (mut state, mut end) = (FeatHash::new(0), 0);
        if buf.is_ascii() {
            // one byte per char: prefixes end at bytes 1, 2, 3, suffixes start 1 to 4 bytes from the end
            for (k, p) in pre.iter_mut().enumerate() {
                if k < b.len() {
                    state = state.byte(b[k]);
                    end = k + 1;
                }
                *p = state.finish();
            }
            for (k, s) in suf.iter_mut().enumerate() {
                *s = h(&b[b.len().saturating_sub(k + 1)..]);
            }
        } else {
            let mut ends = buf.char_indices().map(|(i, c)| i + c.len_utf8());
            for p in &mut pre {
                if let Some(e) = ends.next() {
                    state = state.bytes(&b[end..e]);
                    end = e;
                }
                *p = state.finish();
            }
            let mut starts = buf.char_indices().rev().map(|(i, _)| i);
            for s in &mut suf {
                let start = starts.next().unwrap_or(0);
                *s = h(&b[start..]);
            }
        }
        TokFeats { word: state.bytes(&b[end..]).finish(), pre, suf, shape: shape(word) }
    }

    /// Padding token before the sentence start (`k = 1, 2`) or after its end (`k = 3, 4`).
    pub fn pad(k: u8) -> Self {
        let x = h(&[0xff, k]);
        TokFeats { word: x, pre: [x; 3], suf: [x; 4], shape: x }
    }
}

/// Hashes every token of a sentence, with two pads each side.
pub fn sentence_feats<S: AsRef<str>>(words: &[S], buf: &mut String, out: &mut Vec<TokFeats>) {
    out.clear();
    out.push(TokFeats::pad(1));
    out.push(TokFeats::pad(2));
    out.extend(words.iter().map(|w| TokFeats::new(w.as_ref(), buf)));
    out.push(TokFeats::pad(3));
    out.push(TokFeats::pad(4));
}

/// Feature buckets of token `i` (0-based in the sentence) given the two previous tags:
/// [`static_features`] then [`tag_features`].
pub fn features(t: &[TokFeats], i: usize, p1: usize, p2: usize, bits: u32, out: &mut Vec<u32>) {
    out.clear();
    static_features(t, i, bits, out);
    tag_features(t, i, p1, p2, bits, out);
}

/// Appends the features of token `i` that do not depend on predicted tags: those of the
/// word itself ([`own_features`]) and those of its context ([`context_features`]).
pub fn static_features(t: &[TokFeats], i: usize, bits: u32, out: &mut Vec<u32>) {
    own_features(&t[i + 2], bits, out);
    context_features(t, i, bits, out);
}

/// Appends the features that depend on the word alone (the bias, the word, its affixes and
/// shape): the tagger sums their rows once per word form.
pub fn own_features(c: &TokFeats, bits: u32, out: &mut Vec<u32>) {
    let f = |tmpl: u32, a: u64| FeatHash::new(tmpl).u64(a).bucket(bits);
    out.push(f(1, 0));
    out.push(f(2, c.word));
    for k in 0..3 {
        out.push(f(3 + k as u32, c.pre[k]));
    }
    for k in 0..4 {
        out.push(f(6 + k as u32, c.suf[k]));
    }
    out.push(f(10, c.shape));
}

/// Where a neighbour stands from the token being tagged: two before, one before, one
/// after, two after (the index of the tagger's per-word neighbour sums).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Neighbour {
    /// Two tokens before.
    Prev2 = 0,
    /// The token before.
    Prev = 1,
    /// The token after.
    Next = 2,
    /// Two tokens after.
    Next2 = 3,
}

impl Neighbour {
    /// All four, in index order.
    pub const ALL: [Neighbour; 4] = [Neighbour::Prev2, Neighbour::Prev, Neighbour::Next, Neighbour::Next2];
}

/// Appends the features of [`context_features`] that read the neighbour `c` alone, standing
/// at `n`: they depend on that word only, so the tagger sums their rows once per word form.
pub fn neighbour_features(c: &TokFeats, n: Neighbour, bits: u32, out: &mut Vec<u32>) {
    let f = |tmpl: u32, a: u64| FeatHash::new(tmpl).u64(a).bucket(bits);
    match n {
        Neighbour::Prev => out.extend([f(11, c.word), f(12, c.suf[2]), f(13, c.shape)]),
        Neighbour::Prev2 => out.push(f(14, c.word)),
        Neighbour::Next => out.extend([f(15, c.word), f(16, c.suf[2]), f(17, c.shape)]),
        Neighbour::Next2 => out.push(f(18, c.word)),
    }
}

/// Appends the features of [`context_features`] that read token `i` with a neighbour, or
/// its position.
pub fn pair_features(t: &[TokFeats], i: usize, bits: u32, out: &mut Vec<u32>) {
    let c = &t[i + 2];
    let (m1, n1) = (&t[i + 1], &t[i + 3]);
    let f2 = |tmpl: u32, a: u64, b: u64| FeatHash::new(tmpl).u64(a).u64(b).bucket(bits);
    out.push(f2(23, m1.word, c.word));
    out.push(f2(24, c.word, n1.word));
    out.push(f2(25, (i == 0) as u64, c.shape));
}

/// Appends the tag-independent features of token `i` that look at its neighbours or its
/// position: [`neighbour_features`] of the four neighbours, then [`pair_features`].
pub fn context_features(t: &[TokFeats], i: usize, bits: u32, out: &mut Vec<u32>) {
    neighbour_features(&t[i + 1], Neighbour::Prev, bits, out);
    neighbour_features(&t[i], Neighbour::Prev2, bits, out);
    neighbour_features(&t[i + 3], Neighbour::Next, bits, out);
    neighbour_features(&t[i + 4], Neighbour::Next2, bits, out);
    pair_features(t, i, bits, out);
}

/// Appends the features of token `i` built on the two previous predicted tags:
/// [`tag_pair_features`] then [`tag_word_features`].
pub fn tag_features(t: &[TokFeats], i: usize, p1: usize, p2: usize, bits: u32, out: &mut Vec<u32>) {
    tag_pair_features(p1, p2, bits, out);
    tag_word_features(t, i, p1, bits, out);
}

/// Appends the features that read the two previous tags alone (18 x 18 pairs: the tagger
/// sums their rows once per model).
pub fn tag_pair_features(p1: usize, p2: usize, bits: u32, out: &mut Vec<u32>) {
    let f = |tmpl: u32, a: u64| FeatHash::new(tmpl).u64(a).bucket(bits);
    out.push(f(19, p1 as u64));
    out.push(f(20, p2 as u64));
    out.push(FeatHash::new(21).u64(p1 as u64).u64(p2 as u64).bucket(bits));
}

/// Appends the features that read the previous tag with token `i`'s word.
pub fn tag_word_features(t: &[TokFeats], i: usize, p1: usize, bits: u32, out: &mut Vec<u32>) {
    let c = &t[i + 2];
    let f2 = |tmpl: u32, a: u64, b: u64| FeatHash::new(tmpl).u64(a).u64(b).bucket(bits);
    out.push(f2(22, p1 as u64, c.word));
    out.push(f2(26, p1 as u64, c.suf[2]));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalization_folds_case_digits_and_quotes() {
        let mut b = String::new();
        normalize("Don’t", &mut b);
        assert_eq!(b, "don't");
        normalize("1,250", &mut b);
        assert_eq!(b, "0,000");
    }

    #[test]
    fn affixes_respect_char_boundaries() {
        let mut b = String::new();
        let t = TokFeats::new("Zürich", &mut b);
        assert_eq!(t.suf[2], h("ich".as_bytes()));
        assert_eq!(t.pre[1], h("zü".as_bytes()));
        let t = TokFeats::new("é", &mut b);
        assert_eq!(t.suf[3], h("é".as_bytes()));
        assert_eq!(shape("McCain"), shape("McCarthy"));
        assert_ne!(shape("McCain"), shape("mccain"));
    }

    #[test]
    fn features_depend_on_context_and_tags() {
        let mut b = String::new();
        let mut t = Vec::new();
        sentence_feats(&["He", "said", "so"], &mut b, &mut t);
        assert_eq!(t.len(), 7);
        let (mut a, mut c) = (Vec::new(), Vec::new());
        features(&t, 1, 10, START, 18, &mut a);
        features(&t, 1, 11, START, 18, &mut c);
        assert_eq!(a.len(), c.len());
        assert_ne!(a, c);
        assert!(a.iter().all(|&x| x < 1 << 18));
    }
}
