//! Hedge cues from the lexicon [`hearsay_lex::hedge::HEDGE_CUES`], and their attachment to attributions.

use hearsay_core::{Doc, Hedge, Span, SpanSet, Token, TokenKind};
use hearsay_lex::hedge::{MODAL_EXTENSION, NUMBER_WORDS};
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

const SOURCE: &str = hearsay_lex::hedge::HEDGE_CUES;

/// Sentence-level check: a cue counts when it was seen in at least this many train sentences…
pub const MIN_TRAIN_SENTENCES: u32 = 3;
/// …and at least this share of them were labelled uncertain (tuned on hedges/train.csv).
pub const MIN_TRAIN_SHARE: f32 = 0.40;

/// How a cue extends or is restricted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Flag {
    None,
    Num,
    Modal,
}

/// One lexicon entry.
#[derive(Debug)]
struct Entry {
    words: Vec<String>,
    class: &'static str,
    flag: Flag,
    train_sentences: u32,
    train_share: f32,
}

impl Entry {
    fn counts_for_sentences(&self) -> bool {
        self.train_sentences >= MIN_TRAIN_SENTENCES && self.train_share >= MIN_TRAIN_SHARE
    }
}

#[derive(Debug)]
struct Lexicon {
    entries: Vec<Entry>,
    by_first: HashMap<String, Vec<usize>>,
}

fn class_name(s: &str) -> Option<&'static str> {
    ["modal", "evidential", "attribution", "approximator", "weasel"].into_iter().find(|c| *c == s)
}

/// Parses the shipped lexicon; panics only on a malformed shipped file (caught by tests).
fn load() -> Lexicon {
    let mut entries = Vec::new();
    for (n, line) in SOURCE.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        assert!(f.len() == 5, "hedge_cues.tsv line {}: expected 5 fields", n + 1);
        let class = class_name(f[1]).unwrap_or_else(|| panic!("hedge_cues.tsv line {}: class {}", n + 1, f[1]));
        let flag = match f[2] {
            "num" => Flag::Num,
            "modal" => Flag::Modal,
            _ => Flag::None,
        };
        entries.push(Entry {
            words: f[0].split(' ').map(str::to_string).collect(),
            class,
            flag,
            train_sentences: f[3].parse().unwrap_or(0),
            train_share: f[4].parse().unwrap_or(0.0),
        });
    }
    let mut by_first: HashMap<String, Vec<usize>> = HashMap::default();
    for (i, e) in entries.iter().enumerate() {
        by_first.entry(e.words[0].clone()).or_default().push(i);
    }
    // Longest phrases first, so "according to a report" wins over shorter ones.
    for v in by_first.values_mut() {
        v.sort_by_key(|&i| std::cmp::Reverse(entries[i].words.len()));
    }
    Lexicon { entries, by_first }
}

fn lexicon() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(load)
}

fn is_number(word: &str, t: &Token) -> bool {
    t.kind == TokenKind::Number || NUMBER_WORDS.contains(word)
}

/// The tokens of one stretch, lowercased with curly apostrophes made straight, in one buffer.
struct Words {
    buf: String,
    /// End of each word in `buf` (word `i` starts where word `i - 1` ends).
    ends: Vec<usize>,
}

impl Words {
    fn new(text: &str, tokens: &[Token]) -> Self {
        let mut buf = String::with_capacity(tokens.len() * 6);
        let mut ends = Vec::with_capacity(tokens.len());
        for t in tokens {
            let w = t.span.text(text);
            if w.is_ascii() {
                let from = buf.len();
                buf.push_str(w);
                buf[from..].make_ascii_lowercase();
            } else {
                buf.push_str(&w.replace('’', "'").to_lowercase());
            }
            ends.push(buf.len());
        }
        Words { buf, ends }
    }

    fn len(&self) -> usize {
        self.ends.len()
    }

    fn get(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.buf[start..self.ends[i]]
    }
}

/// Which cues to look for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueSet {
    /// News hedges: every class but `weasel`.
    News,
    /// Sentence-level uncertainty: cues that passed the train-set threshold, any class.
    Sentence,
}

/// Hedge cues among `tokens` (one stretch of `text`), left to right, not overlapping.
pub fn find_hedges(text: &str, tokens: &[Token], set: CueSet) -> Vec<Hedge> {
    let lex = lexicon();
    let words = Words::new(text, tokens);
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let mut found = None;
        if let Some(cands) = lex.by_first.get(words.get(i)) {
            for &k in cands {
                let e = &lex.entries[k];
                let wanted = match set {
                    CueSet::News => e.class != "weasel",
                    CueSet::Sentence => e.counts_for_sentences(),
                };
                let n = e.words.len();
                if !wanted || i + n > words.len() || !e.words.iter().enumerate().all(|(k, w)| *w == words.get(i + k)) {
                    continue;
                }
                let mut end = i + n; // exclusive
                match e.flag {
                    Flag::Num if !(end < words.len() && is_number(words.get(end), &tokens[end])) => continue,
                    // "could not confirm" is a verification, not a hedge; "may not be" is a hedge.
                    Flag::Modal
                        if e.words[0] == "could" && end < words.len() && matches!(words.get(end), "not" | "n't") =>
                    {
                        continue
                    }
                    Flag::Modal => {
                        let mut j = end;
                        while j < words.len() && MODAL_EXTENSION.contains(words.get(j)) {
                            j += 1;
                        }
                        if j < words.len() && tokens[j].kind == TokenKind::Word {
                            end = j + 1;
                        } else if j > end {
                            end = j;
                        }
                    }
                    _ => {}
                }
                found = Some((end, e.class));
                break;
            }
        }
        match found {
            Some((end, class)) => {
                out.push(Hedge { cue: Span::new(tokens[i].span.start, tokens[end - 1].span.end), class });
                i = end;
            }
            None => i += 1,
        }
    }
    out
}

/// True when `text` (one sentence) holds a cue of the sentence-level set.
pub fn is_uncertain(text: &str) -> bool {
    let toks = hearsay_text::tokenize(text, Span::new(0, text.len()));
    !find_hedges(text, &toks, CueSet::Sentence).is_empty()
}

/// Bytes a cue's frame reaches either side of the cue at most: about the attribution stage's
/// window (256 tokens either side), far beyond any real sentence.
pub const FRAME_REACH: usize = 1500;

/// Finds news hedges in every prose sentence and attaches each to the attributions whose
/// content holds it, or whose cue sentence holds it outside the attribution's own source and
/// cue ("according to a report" is the frame, not a hedge on it).
pub fn annotate(doc: &mut Doc) {
    let mut hedges = Vec::new();
    for s in &doc.sentences {
        let prose = doc.segments.get(s.segment).is_some_and(|g| g.kind.carries_prose());
        if prose && s.tokens.end <= doc.tokens.len() {
            hedges.extend(find_hedges(&doc.text, &doc.tokens[s.tokens.clone()], CueSet::News));
        }
    }
    let sentences = SpanSet::new(doc.sentences.iter().enumerate().map(|(i, s)| (s.span, i)));
    let cues = SpanSet::new(hedges.iter().enumerate().map(|(i, h)| (h.cue, i)));
    for a in &mut doc.attributions {
        // the first sentence that holds or overlaps the cue
        let frame: Vec<Span> = a
            .cue
            .iter()
            .filter_map(|&c| {
                let mut hits = sentences.containing(c);
                hits.extend(sentences.overlapping(c));
                let (s, _) = hits.into_iter().min_by_key(|&(_, i)| i)?;
                // an unpunctuated page is one "sentence": the frame stops where the
                // attribution stage's window would (each attribution would otherwise take
                // every hedge of the document)
                let lo = s.start.max(c.start.saturating_sub(FRAME_REACH));
                Some(Span::new(lo, s.end.min(c.end.saturating_add(FRAME_REACH)).max(lo)))
            })
            .collect();
        // only hedges inside the content or the frame can attach; they are tried in order
        let mut near: Vec<usize> =
            a.content.iter().chain(&frame).flat_map(|&c| cues.within(c).map(|(_, i)| i)).collect();
        near.sort_unstable();
        near.dedup();
        for h in near.into_iter().map(|i| &hedges[i]) {
            let own = a.cue.is_some_and(|c| c.overlaps(h.cue)) || a.source.is_some_and(|s| s.overlaps(h.cue));
            let inside = a.content.iter().any(|c| c.contains(h.cue)) || frame.iter().any(|f| f.contains(h.cue));
            if inside && !own && !a.hedges.contains(&h.cue) {
                a.hedges.push(h.cue);
            }
        }
        a.hedges.sort_by_key(|s| s.start);
    }
    doc.hedges.extend(hedges);
}
