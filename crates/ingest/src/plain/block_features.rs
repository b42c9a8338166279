//! Features of each line of a plain text for the block model ([`super::block_model`]): its
//! length, final punctuation, capitalised-word, stopword, punctuation and digit shares, its
//! first and last words, link-like phrases ("Read more", "Sign up"), what the rules made of
//! it (debris, credit, byline…), whether it repeats elsewhere, whether it is cut short with
//! an ellipsis (a teaser of another story), and its neighbourhood: the
//! shape of the lines around it, how much prose is near, the run of short lines it is in,
//! its position and its distance from the nearest byline or dateline. Cost: linear in the
//! text (every line is read once; windows use prefix sums).

use hearsay_learn::{fnv1a, FeatHash};
use hearsay_lex::furniture::LINK_PHRASES;
use hearsay_lex::stop::CORPUS as STOPWORDS;
use std::collections::HashMap;

/// What the line rules ([`super::segment`]'s first pass) made of a line, for the features.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// Nothing: prose, headline or unknown.
    None = 0,
    /// Debris phrase.
    Debris = 1,
    /// Photo credit.
    Credit = 2,
    /// Caption.
    Caption = 3,
    /// Byline.
    Byline = 4,
    /// Dateline.
    Dateline = 5,
}

/// Longest line (words) whose words are features one by one and whose link phrases are looked for.
const SHORT_BAG: usize = 8;

/// Most lines between a line and the prose lines above and below it for it to stand between
/// them (5-fold CV on the train part over three sets of training seeds: F1 0.9076 without the
/// feature, 0.9107 at 3; 0.9091 at 2 and 0.9098 at 5).
const SANDWICH: usize = 3;

/// One line's own measurements.
struct Stats {
    words: usize,
    /// Ends in `.`, `!`, `?` or `…` (before closing quotes or brackets).
    sentence: bool,
    colon: bool,
    caps: u8,
    stops: u8,
    punct: u8,
    digits: u8,
    first: u64,
    first2: u64,
    last: u64,
    link: bool,
    bullet: bool,
    norm: u64,
    bag: Vec<u64>,
}

/// What the caption features read of a line besides its [`Stats`] (only measured on pages
/// whose article is looked for captions).
struct Shape {
    /// Sentence ends inside the line (a `.`, `!` or `?` then a space or a capital), up to 3.
    inner_ends: u8,
    /// Two words glued without a space ("Austria.Leonhard", "rabbitCredit", "captionWho").
    glued: bool,
    /// A photo credit glued to the end ("… in 2019.J. Scott Applewhite / AP").
    glued_credit: bool,
    quote: bool,
    paren: bool,
    digit_first: bool,
}

fn shape(line: &str) -> Shape {
    let t = line.trim_end_matches(['”', '"', '’', '\'', ')', ']']);
    let glue = super::credits::glue_points(line);
    Shape {
        inner_ends: inner_ends(t),
        glued: !glue.is_empty(),
        glued_credit: glue.iter().any(|&p| super::credits::is_credit(&line[p..])),
        quote: line.contains(['“', '”', '"']),
        paren: line.contains('(') && line.contains(')'),
        digit_first: line.starts_with(|c: char| c.is_ascii_digit()),
    }
}

/// Words-count bucket.
fn wb(n: usize) -> u8 {
    match n {
        0..=3 => n as u8,
        4..=5 => 4,
        6..=8 => 5,
        9..=12 => 6,
        13..=20 => 7,
        21..=40 => 8,
        _ => 9,
    }
}

/// Coarse length: 1–3 words, 4–8, 9–20, more.
fn coarse(n: usize) -> u8 {
    match n {
        0..=3 => 0,
        4..=8 => 1,
        9..=20 => 2,
        _ => 3,
    }
}

/// A share in five buckets.
fn share(part: usize, whole: usize) -> u8 {
    (part * 4 + whole / 2).checked_div(whole).unwrap_or(0) as u8
}

/// Length (bytes) of the longest stopword: longer words need no lookup.
fn stop_max() -> usize {
    static MAX: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *MAX.get_or_init(|| STOPWORDS.words().iter().map(|w| w.len()).max().unwrap_or(0))
}

fn stats(line: &str) -> Stats {
    let t = line.trim_end_matches(['”', '"', '’', '\'', ')', ']']);
    let sentence = t.ends_with(['.', '!', '?', '…']);
    let colon = t.ends_with(':');
    let bullet = line.contains(['|', '•', '»', '›', '·', '«']);
    let (mut words, mut caps, mut stops) = (0usize, 0usize, 0usize);
    let (mut chars, mut punct, mut digits) = (0usize, 0usize, 0usize);
    let (mut first, mut first2, mut last) = (0u64, 0u64, 0u64);
    let mut lower = String::with_capacity(line.len());
    let mut bag = Vec::new();
    let mut buf = String::new();
    let mut prev = String::new();
    let stop_max = stop_max();
    for (k, w) in super::words::Words::of(line).enumerate() {
        words += 1;
        buf.clear();
        if w.is_ascii() {
            // the common case, byte by byte (the same counts as the char loop below)
            let b = w.as_bytes();
            chars += b.len();
            for &x in b {
                if x.is_ascii_digit() {
                    digits += 1;
                } else if !x.is_ascii_alphanumeric() {
                    punct += 1;
                }
            }
            let first = b.iter().position(u8::is_ascii_alphanumeric).unwrap_or(b.len());
            let last = b.iter().rposition(u8::is_ascii_alphanumeric).map_or(first, |k| k + 1);
            let core = &w[first..last.max(first)];
            if core.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
                caps += 1;
            }
            buf.push_str(core);
            buf.make_ascii_lowercase();
        } else {
            for c in w.chars() {
                chars += 1;
                if c.is_ascii_digit() {
                    digits += 1;
                } else if !c.is_alphanumeric() {
                    punct += 1;
                }
            }
            let core = w.trim_matches(|c: char| !c.is_alphanumeric());
            if core.chars().next().is_some_and(char::is_uppercase) {
                caps += 1;
            }
            if core.is_ascii() {
                buf.push_str(core);
                buf.make_ascii_lowercase();
            } else {
                buf.extend(core.chars().flat_map(char::to_lowercase));
            }
        }
        if buf.len() <= stop_max && STOPWORDS.contains(&buf) {
            stops += 1;
        }
        if k < SHORT_BAG {
            let h = fnv1a(buf.as_bytes());
            if k == 0 {
                first = h;
            } else if k == 1 {
                first2 = h;
            }
            bag.push(h);
            if !lower.is_empty() {
                lower.push(' ');
            }
            lower.push_str(&buf);
        }
        // the last word's hash is taken after the loop: keep its form
        std::mem::swap(&mut buf, &mut prev);
    }
    if words > 0 {
        last = if words <= SHORT_BAG { bag[words - 1] } else { fnv1a(prev.as_bytes()) };
    }
    if words > SHORT_BAG {
        bag.clear();
    }
    let link = words <= SHORT_BAG && has_link_phrase(&lower, line);
    let norm = if words <= SHORT_BAG { fnv1a(lower.as_bytes()) } else { fnv1a(line.as_bytes()) };
    Stats {
        words,
        sentence,
        colon,
        caps: share(caps, words),
        stops: share(stops, words),
        punct: share(punct, chars).min(3),
        digits: share(digits, chars).min(3),
        first,
        first2: FeatHash::new(0).u64(first).u64(first2).finish(),
        last,
        link,
        bullet,
        norm,
        bag,
    }
}

/// Sentence ends before the end of `t` (a `.`, `!` or `?` followed by a space and a capital
/// or a quote), up to 3.
fn inner_ends(t: &str) -> u8 {
    let b = t.as_bytes();
    let mut n = 0u8;
    for i in 1..b.len().saturating_sub(2) {
        if matches!(b[i], b'.' | b'!' | b'?') && b[i - 1].is_ascii_lowercase() && b[i + 1] == b' ' {
            let next = b[i + 2];
            if next.is_ascii_uppercase() || next == b'"' || next >= 0x80 {
                n += 1;
                if n == 3 {
                    break;
                }
            }
        }
    }
    n
}

/// Whether lower-cased, space-joined words `lower` hold a link phrase as whole words (or the
/// raw line holds "©").
fn has_link_phrase(lower: &str, raw: &str) -> bool {
    if raw.contains('©') {
        return true;
    }
    let padded = format!(" {lower} ");
    LINK_PHRASES.words().iter().any(|p| {
        padded.match_indices(p).any(|(i, _)| padded.as_bytes()[i - 1] == b' ' && padded.as_bytes()[i + p.len()] == b' ')
    })
}

/// Hashed features of every line: `feats[offs[i]..offs[i + 1]]` are line `i`'s buckets in a
/// table of `2^bits`.
pub struct LineFeatures {
    /// Start of each line's features, plus the end.
    pub offs: Vec<usize>,
    /// Bucket indices.
    pub feats: Vec<u32>,
}

impl LineFeatures {
    /// Line `i`'s buckets.
    pub fn of(&self, i: usize) -> &[u32] {
        &self.feats[self.offs[i]..self.offs[i + 1]]
    }

    /// Number of lines.
    pub fn len(&self) -> usize {
        self.offs.len() - 1
    }

    /// True when there are no lines.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Distance bucket (lines): 0, 1, 2, 3–5, 6–10, 11–30, more, none.
fn db(d: Option<usize>) -> u8 {
    match d {
        None => 7,
        Some(0..=2) => d.unwrap_or(0) as u8,
        Some(3..=5) => 3,
        Some(6..=10) => 4,
        Some(11..=30) => 5,
        Some(_) => 6,
    }
}

/// Everything the features of a page's lines read: each line's own measurements and its
/// neighbourhood (prose nearby, runs of short lines, repeats, bylines and datelines).
pub struct Page<'a> {
    lines: &'a [&'a str],
    rules: &'a [Rule],
    st: Vec<Stats>,
    prose: Vec<bool>,
    /// Prefix sums of `prose`.
    pre: Vec<usize>,
    doc_prose: u8,
    /// Length of the run of short lines each line is in.
    run: Vec<usize>,
    seen: HashMap<u64, u32>,
    before: Vec<Option<usize>>,
    after: Vec<Option<usize>>,
    near_prose: Vec<Option<usize>>,
    /// Nearest prose line strictly above each line (its index) …
    prose_up: Vec<Option<usize>>,
    /// … and strictly below it.
    prose_down: Vec<Option<usize>>,
    /// Prefix sums of byline and dateline lines.
    mpre: Vec<usize>,
    first_marker: Option<usize>,
    /// Median length (words) of the page's prose lines.
    median_prose: usize,
}

impl<'a> Page<'a> {
    /// Reads `lines` (each line's text) with their `rules`.
    pub fn new(lines: &'a [&'a str], rules: &'a [Rule]) -> Self {
        let n = lines.len();
        let st: Vec<Stats> = lines.iter().map(|l| stats(l)).collect();
        let prose: Vec<bool> = st.iter().map(|s| s.words >= 12 && s.sentence).collect();
        let mut pre = vec![0usize; n + 1];
        for i in 0..n {
            pre[i + 1] = pre[i] + prose[i] as usize;
        }
        let doc_prose = share(pre[n], n);
        // runs of short lines (under 6 words)
        let mut run = vec![0usize; n];
        let mut i = 0;
        while i < n {
            let mut j = i;
            while j < n && st[j].words < 6 {
                j += 1;
            }
            for r in run.iter_mut().take(j).skip(i) {
                *r = j - i;
            }
            i = j.max(i + 1);
        }
        let mut seen: HashMap<u64, u32> = HashMap::with_capacity(n);
        for s in &st {
            *seen.entry(s.norm).or_insert(0) += 1;
        }
        // nearest byline or dateline before and after, and nearest prose line either side
        let marker = |k: usize| matches!(rules[k], Rule::Byline | Rule::Dateline);
        let mut before = vec![None; n];
        let mut after = vec![None; n];
        let mut near_prose = vec![None; n];
        let mut prose_up = vec![None; n];
        let mut prose_down = vec![None; n];
        let (mut last_m, mut last_p) = (None, None);
        for k in 0..n {
            before[k] = last_m.map(|m| k - m);
            near_prose[k] = last_p.map(|p| k - p);
            prose_up[k] = last_p;
            if marker(k) {
                last_m = Some(k);
            }
            if prose[k] {
                last_p = Some(k);
            }
        }
        let (mut next_m, mut next_p) = (None::<usize>, None::<usize>);
        for k in (0..n).rev() {
            after[k] = next_m.map(|m| m - k);
            let d = next_p.map(|p| p - k);
            prose_down[k] = next_p;
            near_prose[k] = match (near_prose[k], d) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            if marker(k) {
                next_m = Some(k);
            }
            if prose[k] {
                next_p = Some(k);
            }
        }
        // byline and dateline lines: how many near each line, and which comes first
        let mut mpre = vec![0usize; n + 1];
        for k in 0..n {
            mpre[k + 1] = mpre[k] + marker(k) as usize;
        }
        let first_marker = (0..n).find(|&k| marker(k));
        let mut lens: Vec<usize> = st.iter().zip(&prose).filter(|(_, p)| **p).map(|(s, _)| s.words).collect();
        lens.sort_unstable();
        let median_prose = lens.get(lens.len() / 2).copied().unwrap_or(0);
        Page {
            lines,
            rules,
            st,
            prose,
            pre,
            doc_prose,
            run,
            seen,
            before,
            after,
            near_prose,
            prose_up,
            prose_down,
            mpre,
            first_marker,
            median_prose,
        }
    }

    /// Number of lines.
    pub fn len(&self) -> usize {
        self.st.len()
    }

    /// True when there are no lines.
    pub fn is_empty(&self) -> bool {
        self.st.is_empty()
    }

    /// Prose lines within `r` lines of `i`, `i` included.
    fn window(&self, i: usize, r: usize) -> usize {
        let n = self.len();
        self.pre[(i + r + 1).min(n)] - self.pre[i.saturating_sub(r)]
    }

    /// Words-count bucket and sentence end of line `k` (15, 2 where there is none).
    fn shape(&self, k: Option<usize>) -> (u8, u8) {
        k.and_then(|k| self.st.get(k)).map(|x| (wb(x.words), x.sentence as u8)).unwrap_or((15, 2))
    }

    /// The rule of line `k` (9 where there is none).
    fn rule_at(&self, k: Option<usize>) -> u8 {
        k.and_then(|k| self.rules.get(k)).map(|r| *r as u8).unwrap_or(9)
    }

    /// The body model's features of every line, hashed into `2^bits` buckets: the line's
    /// words as well as its shape and neighbourhood.
    pub fn body(&self, bits: u32) -> LineFeatures {
        let n = self.len();
        let (st, rules) = (&self.st, self.rules);
        let mut offs = Vec::with_capacity(n + 1);
        let mut feats = Vec::with_capacity(n * 40);
        for i in 0..n {
            offs.push(feats.len());
            let s = &st[i];
            let c = coarse(s.words);
            let mut f = |h: FeatHash| feats.push(h.bucket(bits));
            let w = wb(s.words);
            f(FeatHash::new(1));
            f(FeatHash::new(2).byte(w));
            f(FeatHash::new(3).byte(w).byte(s.sentence as u8).byte(s.colon as u8));
            f(FeatHash::new(4).byte(s.caps).byte(c));
            f(FeatHash::new(5).byte(s.stops).byte(c));
            f(FeatHash::new(6).byte(s.punct).byte(c));
            f(FeatHash::new(7).byte(s.digits).byte(c));
            f(FeatHash::new(8).u64(s.first).byte(c));
            f(FeatHash::new(9).u64(s.first2));
            f(FeatHash::new(10).u64(s.last).byte(s.sentence as u8));
            f(FeatHash::new(11).byte(s.link as u8).byte(c));
            f(FeatHash::new(12).byte(rules[i] as u8));
            let rep = self.seen.get(&s.norm).copied().unwrap_or(1).min(4) as u8;
            f(FeatHash::new(13).byte(rep).byte(c));
            let headline = (4..=20).contains(&s.words) && !s.sentence && s.caps >= 3;
            f(FeatHash::new(14).byte(headline as u8).byte(s.caps));
            f(FeatHash::new(15).byte(s.bullet as u8).byte(c));
            for &h in &s.bag {
                f(FeatHash::new(16).u64(h));
            }
            let (pw, ps) = self.shape(i.checked_sub(1));
            let (nw, ns) = self.shape(Some(i + 1));
            f(FeatHash::new(17).byte(pw).byte(ps).byte(c));
            f(FeatHash::new(18).byte(nw).byte(ns).byte(c));
            f(FeatHash::new(19).byte(self.shape(i.checked_sub(2)).0));
            f(FeatHash::new(20).byte(self.shape(Some(i + 2)).0));
            let w3 = self.window(i, 3) - self.prose[i] as usize;
            f(FeatHash::new(21).byte(w3 as u8).byte(c));
            let w10 = (self.window(i, 10) - self.prose[i] as usize).min(20);
            f(FeatHash::new(22).byte([0, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3][w10.min(10)]).byte(c).byte(s.sentence as u8));
            f(FeatHash::new(23).byte(db(Some(self.run[i]))).byte(c));
            f(FeatHash::new(24).byte((10 * i / n.max(1)) as u8).byte(c));
            f(FeatHash::new(25).byte(db(Some(i))));
            f(FeatHash::new(26).byte(db(Some(n - 1 - i))));
            f(FeatHash::new(27).byte(db(self.before[i])).byte(c));
            f(FeatHash::new(28).byte(db(self.after[i])).byte(c));
            f(FeatHash::new(29).byte(self.doc_prose).byte(c));
            f(FeatHash::new(30).byte(ps).byte(s.sentence as u8).byte(ns).byte(c));
            f(FeatHash::new(31).byte(db(self.near_prose[i])).byte(c));
            f(FeatHash::new(32).byte(rules[i] as u8).byte(w3.min(3) as u8));
            f(FeatHash::new(33).byte(self.rule_at(i.checked_sub(1))).byte(rules[i] as u8).byte(c));
            f(FeatHash::new(34).byte(self.rule_at(Some(i + 1))).byte(rules[i] as u8).byte(c));
            f(FeatHash::new(35).byte(self.rule_at(i.checked_sub(2))).byte(self.rule_at(Some(i + 2))));
            let marks = (self.mpre[(i + 7).min(n)] - self.mpre[i.saturating_sub(6)]).min(4);
            f(FeatHash::new(36).byte(marks as u8).byte(c));
            let first = self.before[i].is_some() && self.first_marker == self.before[i].map(|d| i - d);
            f(FeatHash::new(37).byte(first as u8).byte(c));
            // a teaser cut short ("… with improved Alexa suppor...") links to another story
            let t = self.lines[i].trim_end();
            f(FeatHash::new(38).byte((t.ends_with("...") || t.ends_with('…')) as u8).byte(c));
            // a line with prose close above and below it (a subheading, a short paragraph or a
            // list item inside an article) against one with prose on one side or none (a menu
            // or sidebar next to it)
            let sandwich = self.prose_up[i].is_some_and(|p| i - p <= SANDWICH)
                && self.prose_down[i].is_some_and(|p| p - i <= SANDWICH);
            f(FeatHash::new(39).byte(sandwich as u8).byte(c).byte(s.sentence as u8));
        }
        offs.push(feats.len());
        LineFeatures { offs, feats }
    }

    /// The caption model's features of every line, hashed into `2^bits` buckets: no word of
    /// the line is a feature (a caption model that learns words learns the train pages'
    /// captions, not captions), only its shape — length against the page's paragraphs, sentence
    /// ends, capitals, digits, quotes, brackets, words glued together, a glued photo credit,
    /// repeats — and its neighbours' shapes and rules.
    pub fn caption(&self, bits: u32) -> LineFeatures {
        let n = self.len();
        let st = &self.st;
        let sh: Vec<Shape> = self.lines.iter().map(|l| shape(l)).collect();
        let mut offs = Vec::with_capacity(n + 1);
        let mut feats = Vec::with_capacity(n * 32);
        for i in 0..n {
            offs.push(feats.len());
            let s = &st[i];
            let h = &sh[i];
            let c = coarse(s.words);
            let w = wb(s.words);
            let sent = s.sentence as u8;
            let mut f = |h: FeatHash| feats.push(h.bucket(bits));
            f(FeatHash::new(101));
            f(FeatHash::new(102).byte(w).byte(sent).byte(s.colon as u8));
            f(FeatHash::new(103).byte(s.caps).byte(c));
            f(FeatHash::new(104).byte(s.stops).byte(c));
            f(FeatHash::new(105).byte(s.punct).byte(c));
            f(FeatHash::new(106).byte(s.digits).byte(c));
            f(FeatHash::new(107).byte(h.inner_ends).byte(sent).byte(c));
            f(FeatHash::new(108).byte(h.glued as u8).byte(h.glued_credit as u8).byte(c));
            f(FeatHash::new(109).byte(h.quote as u8).byte(c));
            f(FeatHash::new(110).byte(h.paren as u8).byte(c));
            f(FeatHash::new(111).byte(h.digit_first as u8).byte(s.bullet as u8).byte(s.link as u8));
            let rep = self.seen.get(&s.norm).copied().unwrap_or(1).min(3) as u8;
            f(FeatHash::new(112).byte(rep).byte(c));
            // length against the page's typical paragraph: a caption is a sentence, a
            // paragraph is several
            let rel = (4 * s.words).checked_div(self.median_prose).map_or(9, |r| r.min(5) as u8);
            f(FeatHash::new(113).byte(rel).byte(sent));
            let (pw, ps) = self.shape(i.checked_sub(1));
            let (nw, ns) = self.shape(Some(i + 1));
            f(FeatHash::new(114).byte(pw).byte(ps).byte(c));
            f(FeatHash::new(115).byte(nw).byte(ns).byte(c));
            f(FeatHash::new(116).byte(coarse_of(self.shape(i.checked_sub(2)).0)).byte(coarse_of(pw)).byte(c));
            f(FeatHash::new(117).byte(coarse_of(nw)).byte(coarse_of(self.shape(Some(i + 2)).0)).byte(c));
            let prose_at = |k: Option<usize>| k.and_then(|k| self.prose.get(k)).map(|p| *p as u8).unwrap_or(2);
            f(FeatHash::new(118).byte(prose_at(i.checked_sub(1))).byte(prose_at(Some(i + 1))).byte(c).byte(sent));
            f(FeatHash::new(119).byte(self.rule_at(i.checked_sub(1))).byte(c));
            f(FeatHash::new(120).byte(self.rule_at(Some(i + 1))).byte(c));
            f(FeatHash::new(121).byte(self.rule_at(i.checked_sub(2))).byte(self.rule_at(Some(i + 2))));
            let caps_at = |k: Option<usize>| k.and_then(|k| st.get(k)).map(|x| x.caps).unwrap_or(9);
            f(FeatHash::new(122).byte(caps_at(Some(i + 1))).byte(nw));
            let glued_at = |k: Option<usize>| k.and_then(|k| sh.get(k)).map(|x| x.glued as u8).unwrap_or(2);
            f(FeatHash::new(123).byte(glued_at(i.checked_sub(1))).byte(glued_at(Some(i + 1))).byte(h.glued as u8));
            let w3 = self.window(i, 3) - self.prose[i] as usize;
            f(FeatHash::new(124).byte(w3.min(4) as u8).byte(c));
            f(FeatHash::new(125).byte(db(self.near_prose[i])).byte(c));
            f(FeatHash::new(126).byte(db(Some(self.run[i]))).byte(c));
            f(FeatHash::new(127).byte(db(self.before[i])).byte(c));
            f(FeatHash::new(128).byte((10 * i / n.max(1)) as u8));
        }
        offs.push(feats.len());
        LineFeatures { offs, feats }
    }
}

/// The coarse length of a [`wb`] bucket (15 where there is no line).
fn coarse_of(w: u8) -> u8 {
    match w {
        0..=3 => 0,
        4..=5 => 1,
        6..=7 => 2,
        15 => 4,
        _ => 3,
    }
}

/// The body model's features of `lines` (each line's text) with their `rules`, hashed into
/// `2^bits` buckets ([`Page::body`]).
pub fn line_features(lines: &[&str], rules: &[Rule], bits: u32) -> LineFeatures {
    Page::new(lines, rules).body(bits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_phrases_are_whole_words() {
        assert!(has_link_phrase("read more", "Read more"));
        assert!(has_link_phrase("sign up for our newsletter", "Sign up for our newsletter"));
        assert!(!has_link_phrase("homeland security", "Homeland security"));
        assert!(has_link_phrase("x", "© 2024 Example"));
    }

    #[test]
    fn caption_features_read_the_shape_of_a_line_not_its_words() {
        let around = [
            "The mayor said on Tuesday that the bridge, closed since the flood, will be rebuilt by spring.",
            "Council members approved the money after a long debate, and work starts next month.",
        ];
        let a = [around[0], "Workers inspect the damaged bridge in March.", around[1]];
        let b = [around[0], "Farmers harvest the ripe wheat in August.", around[1]];
        let rules = [Rule::None; 3];
        let (pa, pb) = (Page::new(&a, &rules), Page::new(&b, &rules));
        assert_eq!(pa.caption(16).of(1), pb.caption(16).of(1));
        assert_ne!(pa.body(16).of(1), pb.body(16).of(1));
        // a credit glued to the caption is seen, a name with an inner capital is not glue
        assert!(shape("Rep. Ann Roe speaks at the Capitol on July 25, 2019.J. Scott Applewhite / AP").glued_credit);
        let s = shape("Shares of McDonald rose on the iPhone news in the U.S. today.");
        assert!(!s.glued && !s.glued_credit);
        assert_eq!(shape("He left. She stayed. They met again.").inner_ends, 2);
    }

    #[test]
    fn a_line_between_prose_reads_otherwise_than_one_beside_it() {
        let prose = "The mayor said on Tuesday that the bridge, closed since the flood, will be rebuilt by spring.";
        // the same subheading with prose above and below it, and with prose only above it
        let inside = [prose, "What the engineers found", prose];
        let after = [prose, "What the engineers found", "Home"];
        let rules = [Rule::None; 3];
        let (a, b) = (line_features(&inside, &rules, 16), line_features(&after, &rules, 16));
        assert!(a.of(1).contains(&FeatHash::new(39).byte(1).byte(1).byte(0).bucket(16)));
        assert!(b.of(1).contains(&FeatHash::new(39).byte(0).byte(1).byte(0).bucket(16)));
        // prose more than three lines away on one side is not close
        let far = [prose, "What the engineers found", "Home", "World", "Sport", prose];
        let c = line_features(&far, &[Rule::None; 6], 16);
        assert!(c.of(1).contains(&FeatHash::new(39).byte(0).byte(1).byte(0).bucket(16)));
        assert!(c.of(2).contains(&FeatHash::new(39).byte(1).byte(0).byte(0).bucket(16)));
    }

    #[test]
    fn every_line_gets_features_and_they_depend_on_the_line() {
        let lines =
            ["Home", "World", "The mayor said on Tuesday that the bridge will be rebuilt by spring.", "Read more"];
        let f = line_features(&lines, &[Rule::None; 4], 16);
        assert_eq!(f.len(), 4);
        assert!(f.of(0).len() >= 30 && f.of(2).len() >= 30);
        assert_ne!(f.of(0), f.of(3));
        assert!(f.feats.iter().all(|&b| b < 1 << 16));
    }
}
