//! From class scores to events.

use super::{class_of, Candidate, NCLASS};
use crate::actor::actor_of;
use crate::verifications::speaker_of;
use hearsay_core::{Doc, SpanSet, Verdict, Verification};
use hearsay_learn::argmax;

/// The events that candidates `cands` with class scores `scores` make under thresholds `add`
/// and `veto` (see the module documentation), in text order.
pub fn decide(
    doc: &Doc,
    contents: &SpanSet,
    cands: &[Candidate],
    scores: &[[f32; NCLASS]],
    add: f32,
    veto: f32,
) -> Vec<Verification> {
    let mut out: Vec<Verification> = Vec::new();
    // (sentence, verdict) of the events kept so far
    let mut kept: Vec<(usize, Verdict)> = Vec::new();
    for (c, s) in cands.iter().zip(scores) {
        if let Some(r) = &c.rule {
            let k = class_of(r.event.verdict);
            if s[0] - s[k] <= veto {
                out.push(r.event.clone());
                kept.push((c.sentence, r.event.verdict));
            }
        }
    }
    // the best candidates first: one added event per verdict and sentence
    let mut order: Vec<usize> = (0..cands.len()).filter(|&i| cands[i].rule.is_none()).collect();
    let margin = |i: usize| {
        let s = &scores[i];
        s[1 + argmax(&s[1..])] - s[0]
    };
    order.sort_by(|&x, &y| margin(y).total_cmp(&margin(x)));
    for i in order {
        let (c, s) = (&cands[i], &scores[i]);
        let k = 1 + argmax(&s[1..]);
        let verdict = Verdict::ALL[k - 1];
        if s[k] - s[0] <= add || kept.contains(&(c.sentence, verdict)) {
            continue;
        }
        kept.push((c.sentence, verdict));
        let sent = &doc.sentences[c.sentence];
        let speaker = speaker_of(doc, contents, c.cue);
        let actor = match verdict {
            Verdict::Confirmed | Verdict::Denied => speaker,
            _ => actor_of(&doc.text, &doc.tokens, sent.tokens.start, c.tokens.0).or(speaker),
        };
        out.push(Verification { verdict, actor, actor_id: None, cue: c.cue, target: None });
    }
    out.sort_by_key(|v| (v.cue.start, v.cue.end));
    out
}
