//! What the features of one article's candidates share: stems, the lead, the cue table's
//! verdicts per sentence, hedged and reported sentences.

use super::words::stem;
use super::Candidate;
use crate::verifications::is_prose;
use hearsay_core::{Doc, SpanSet, TokenKind, Verdict};
use rustc_hash::FxHashMap;

/// What the features of one document's candidates share: the stems of the title and lead,
/// how many sentences hold each stem, and the content spans.
pub struct DocContext<'a> {
    pub(super) doc: &'a Doc,
    pub(super) contents: &'a SpanSet,
    pub(super) lower: std::borrow::Cow<'a, hearsay_core::Lowercase>,
    /// stem -> (number of sentences holding it, whether the title/lead holds it)
    pub(super) stems: FxHashMap<u64, (u32, bool)>,
    /// Index of the last sentence of the lead.
    pub(super) lead_end: usize,
    /// Verdicts of the cue table's events per sentence (bit k: `Verdict::ALL[k]`).
    pub(super) rule_verdicts: FxHashMap<usize, u8>,
    /// Sentences that hold a hedge cue.
    pub(super) hedged: Vec<bool>,
    /// How many of the cue table's events the document holds: denials, and all.
    pub(super) doc_rules: (usize, usize),
    /// The rumour signal of the article: how many falsity or uncertainty words
    /// (`hearsay_lex::hedge::verdict_family` 0 and 3: "hoax", "fake", "rumor", "unconfirmed")
    /// its title and lead hold, and how many falsity words the whole article holds (a rumour or
    /// debunking article rebuts by negated statements far more often than political news).
    pub(super) doc_rumor: (usize, usize),
    /// Each token's stem (0: none).
    pub(super) tok: Vec<u64>,
    /// Each sentence's stems, sorted.
    pub(super) sentence_stems: Vec<Vec<u64>>,
    /// How often each of `sentence_stems` occurs in its sentence (same order).
    pub(super) sentence_counts: Vec<Vec<u32>>,
    /// Per sentence: how many of its tokens have a stem, and over its distinct stems, how
    /// many the lead holds (counted only past the lead) and how many another sentence holds.
    pub(super) sentence_overlap: Vec<(u32, u32, u32)>,
    /// Quotation-mark tokens before each token index (length: tokens + 1).
    pub(super) quotes_before: Vec<u32>,
    /// Each sentence's reporter: 1 + the first attribution whose content overlaps it (0:
    /// none).
    pub(super) reporter: Vec<u32>,
}

impl<'a> DocContext<'a> {
    /// The stem of token `i` (see [`stem`]).
    #[inline]
    pub(super) fn stem_at(&self, i: usize) -> Option<u64> {
        self.tok.get(i).copied().filter(|&h| h != 0)
    }

    /// Whether an attribution's content overlaps sentence `j`.
    pub(super) fn reported(&self, j: usize) -> bool {
        self.reporter.get(j).is_some_and(|&r| r != 0)
    }

    /// The context of `doc` and its candidates.
    pub fn new(doc: &'a Doc, contents: &'a SpanSet, cands: &[Candidate]) -> Self {
        let lower = doc.lowercase();
        // the lead: the title segment's sentences, or the first prose sentence, and the next two
        let first = doc.sentences.iter().position(|s| is_prose(doc, s)).unwrap_or(0);
        let titled = doc
            .sentences
            .iter()
            .rposition(|s| doc.segments.get(s.segment).is_some_and(|g| g.kind == hearsay_core::SegmentKind::Title));
        let lead_end = titled.unwrap_or(first) + 2;
        let mut stems: FxHashMap<u64, (u32, bool)> = FxHashMap::default();
        let mut sentence_stems: Vec<Vec<u64>> = Vec::new();
        let mut reporter = vec![0u32; doc.sentences.len()];
        let mut tok = Vec::new();
        let mut sentence_counts: Vec<Vec<u32>> = Vec::new();
        let mut sentence_overlap: Vec<(u32, u32, u32)> = Vec::new();
        let mut quotes_before: Vec<u32> = Vec::new();
        if !cands.is_empty() {
            // the sentences an attribution's content overlaps
            for (k, a) in doc.attributions.iter().enumerate() {
                for c in &a.content {
                    let (Some(x), Some(y)) = (doc.sentence_at(c.start), doc.sentence_at(c.end.saturating_sub(1)))
                    else {
                        continue;
                    };
                    for r in reporter[x..=y.max(x)].iter_mut().filter(|r| **r == 0) {
                        *r = 1 + k as u32;
                    }
                }
            }
            tok = lower.iter().map(|w| stem(w).unwrap_or(0)).collect();
            quotes_before.reserve(doc.tokens.len() + 1);
            quotes_before.push(0);
            let mut q = 0;
            for t in &doc.tokens {
                q += (t.kind == TokenKind::Quote) as u32;
                quotes_before.push(q);
            }
            for (si, s) in doc.sentences.iter().enumerate() {
                let mut all: Vec<u64> =
                    s.tokens.clone().filter_map(|i| tok.get(i).copied().filter(|&h| h != 0)).collect();
                let total = all.len() as u32;
                all.sort_unstable();
                // distinct stems, with how often each occurs
                let mut seen: Vec<u64> = Vec::new();
                let mut counts: Vec<u32> = Vec::new();
                for h in all {
                    if seen.last() == Some(&h) {
                        *counts.last_mut().expect("counted with its stem") += 1;
                    } else {
                        seen.push(h);
                        counts.push(1);
                    }
                }
                for &h in &seen {
                    let e = stems.entry(h).or_insert((0, false));
                    e.0 += 1;
                    e.1 |= si <= lead_end;
                }
                sentence_stems.push(seen);
                sentence_counts.push(counts);
                sentence_overlap.push((total, 0, 0));
            }
            // the lead and elsewhere counts need every sentence's stems
            for (si, seen) in sentence_stems.iter().enumerate() {
                let (mut lead, mut elsewhere) = (0, 0);
                for h in seen {
                    let (n, in_lead) = stems.get(h).copied().unwrap_or((0, false));
                    lead += (in_lead && si > lead_end) as u32;
                    elsewhere += (n >= 2) as u32;
                }
                sentence_overlap[si].1 = lead;
                sentence_overlap[si].2 = elsewhere;
            }
        }
        let mut rule_verdicts: FxHashMap<usize, u8> = FxHashMap::default();
        for c in cands {
            if let Some(r) = &c.rule {
                let k = Verdict::ALL.iter().position(|&v| v == r.event.verdict).unwrap_or(0);
                *rule_verdicts.entry(c.sentence).or_default() |= 1 << k;
            }
        }
        let mut hedged = vec![false; doc.sentences.len()];
        for h in &doc.hedges {
            if let Some(si) = doc.sentence_at(h.cue.start) {
                hedged[si] = true;
            }
        }
        let rule_events = cands.iter().filter_map(|c| c.rule.as_ref());
        let doc_rules =
            (rule_events.clone().filter(|r| r.event.verdict == Verdict::Denied).count(), rule_events.count());
        let (mut lead_words, mut doc_words) = (0, 0);
        if !cands.is_empty() {
            let lead_tokens = doc.sentences.get(..=lead_end.min(doc.sentences.len().saturating_sub(1)));
            let lead_last = lead_tokens.and_then(|l| l.last()).map_or(0, |s| s.tokens.end);
            for (i, w) in lower.iter().enumerate() {
                match super::words::family(w) {
                    Some(0) => {
                        doc_words += 1;
                        lead_words += (i < lead_last) as usize;
                    }
                    Some(3) => lead_words += (i < lead_last) as usize,
                    _ => {}
                }
            }
        }
        DocContext {
            doc_rumor: (lead_words, doc_words),
            doc,
            contents,
            lower,
            stems,
            lead_end,
            rule_verdicts,
            hedged,
            doc_rules,
            tok,
            sentence_stems,
            sentence_counts,
            sentence_overlap,
            quotes_before,
            reporter,
        }
    }
}
