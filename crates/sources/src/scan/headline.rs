//! The speaker a headline names before a colon: "Vell: ‘We Will Win the State’",
//! "Poll: Ames Leads in Ohio".

use super::{bare, capitalised, not_name_start, words_at};
use crate::resolve::Mention;
use hearsay_core::{Doc, SegmentKind, Span, SpanSet};

/// Most words of a headline speaker before its colon.
const MAX_WORDS: usize = 3;

/// The speaker before the colon of each title segment: one to [`MAX_WORDS`] capitalised
/// words that open the title (not "The Latest:", no all-capitals word of more than three
/// letters as in "BUSTED:", none a word that starts no name), then at least two words.
pub fn headline_speakers(doc: &Doc, taken: &[Mention]) -> Vec<Span> {
    let taken = SpanSet::new(taken.iter().map(|m| (m.span, 0)));
    let mut out = Vec::new();
    for seg in doc.segments.iter().filter(|s| s.kind == SegmentKind::Title) {
        if seg.span.end > doc.text.len() {
            continue;
        }
        let ws = words_at(&doc.text, seg.span);
        let Some(c) = ws.iter().take(MAX_WORDS).position(|(_, w)| w.ends_with(':')) else { continue };
        if ws.len() < c + 3 {
            continue;
        }
        let phrase = &ws[..=c];
        let shouting = |w: &str| {
            let letters: Vec<char> = w.chars().filter(|ch| ch.is_alphabetic()).collect();
            letters.len() > 3 && letters.iter().all(|ch| ch.is_uppercase())
        };
        let named = phrase.iter().all(|(_, w)| capitalised(w) && !shouting(w) && !not_name_start(&bare(w)))
            && bare(phrase[0].1) != "the";
        if !named {
            continue;
        }
        let (sp, sw) = phrase[0];
        let (ep, ew) = phrase[c];
        let start = sp + (sw.len() - sw.trim_start_matches(|ch: char| !ch.is_alphanumeric()).len());
        let s = Span::new(start, ep + ew.trim_end_matches(|ch: char| !ch.is_alphanumeric()).len());
        if s.end > s.start && !taken.any_overlapping(s) {
            out.push(s);
        }
    }
    out
}
