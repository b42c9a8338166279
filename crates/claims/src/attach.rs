//! Attaches verification events to the claims they bear on.

use crate::words::{content_words, response_frame, Idf};
use hearsay_core::{Doc, Span, Verdict};

/// Lowest score at which a verification is attached to a claim.
pub const ATTACH: f64 = 0.3;

/// A claim as the attachment step sees it.
pub struct ClaimView<'a> {
    /// Its attributions.
    pub attrs: &'a [usize],
    /// Its chain of source ids.
    pub chain: &'a [usize],
    /// Content words of all its attributions.
    pub words: Vec<String>,
}

/// The text a verification speaks about: the quote holding it, else its sentence.
fn scope(doc: &Doc, cue: Span) -> Span {
    if let Some(c) =
        doc.attributions.iter().flat_map(|a| a.content.iter()).filter(|c| c.contains(cue)).min_by_key(|c| c.len())
    {
        return *c;
    }
    doc.sentence_at(cue.start).map_or(cue, |i| doc.sentences[i].span)
}

/// True when attribution `a` holds the verification cue in its content or is the verification
/// itself (its cue is the verification cue).
fn is_own(doc: &Doc, a: usize, cue: Span) -> bool {
    let at = &doc.attributions[a];
    at.content.iter().any(|s| s.contains(cue)) || at.cue.is_some_and(|c| c.overlaps(cue))
}

/// True when a sentence says little more than that someone would not answer a request for
/// comment ("The Kremlin did not respond to the Post's request for comment").
fn is_response_line(doc: &Doc, v: usize, words: &[String]) -> bool {
    let vf = &doc.verifications[v];
    let names: Vec<String> = vf.actor.map(|a| content_words(doc.slice(a))).unwrap_or_default();
    let other = words.iter().filter(|w| !response_frame().contains(w.as_str()) && !names.contains(w)).count();
    matches!(vf.verdict, Verdict::DidNotRespond | Verdict::DeclinedToComment | Verdict::CouldNotBeReached) && other <= 2
}

/// How strongly verification `v` bears on a claim, in 0..=1.
fn score(doc: &Doc, v: usize, c: &ClaimView, scope: Span, words: &[String], idf: &Idf) -> f64 {
    let vf = &doc.verifications[v];
    // a verification inside one of the claim's own reports (or that is one) answers something else
    if c.attrs.iter().any(|&a| is_own(doc, a, vf.cue)) {
        return 0.0;
    }
    let sentence = doc.sentence_at(vf.cue.start);
    // same sentence as one of the claim's reports: "according to a report that an official could not confirm"
    if sentence.is_some()
        && c.attrs.iter().any(|&a| {
            let at = &doc.attributions[a];
            at.cue.or(at.source).is_some_and(|s| doc.sentence_at(s.start) == sentence)
        })
    {
        return 1.0;
    }
    // the actor is in the claim's chain, or a chain source is named in what the verdict is
    // about (up to the end of its sentence or of the quote holding it) ("Rachman provided no further context about how his source knew")
    if let Some(si) = sentence {
        let object = Span::new(vf.cue.end, doc.sentences[si].span.end.min(scope.end).max(vf.cue.end));
        let chain_hit = c.chain.iter().any(|&s| {
            vf.actor_id == Some(s)
                || doc.sources.get(s).is_some_and(|src| src.mentions.iter().any(|m| object.contains(*m)))
        });
        if chain_hit {
            return 0.9;
        }
    }
    idf.covered(words, &c.words).min(1.0) * 0.95
}

/// For each verification, the claim it bears on (index into `claims`), if any.
pub fn attach(doc: &Doc, claims: &[ClaimView], main: Option<usize>, idf: &Idf) -> Vec<Option<usize>> {
    (0..doc.verifications.len())
        .map(|v| {
            let sc = scope(doc, doc.verifications[v].cue);
            let mut words = content_words(doc.slice(sc));
            let cue_words = content_words(doc.slice(doc.verifications[v].cue));
            words.retain(|w| !cue_words.contains(w));
            let best = claims
                .iter()
                .enumerate()
                .map(|(i, c)| (i, score(doc, v, c, sc, &words, idf)))
                .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
            let shares_topic = |m: usize| {
                !claims[m].attrs.iter().any(|&a| is_own(doc, a, doc.verifications[v].cue))
                    && idf.similarity(&words, &claims[m].words) > 0.0
            };
            match best {
                Some((i, s)) if s >= ATTACH => Some(i),
                _ if is_response_line(doc, v, &words) => main,
                // otherwise it bears on the article's main claim when it shares its topic words
                _ => main.filter(|&m| shares_topic(m)),
            }
        })
        .collect()
}
