//! From class scores to events.

use super::words::family;
use super::{class_of, Candidate, Kind, NCLASS};
use crate::actor::actor_of;
use crate::verifications::speaker_of;
use hearsay_core::{Doc, Pos, Span, SpanSet, Verdict, Verification};
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
        let actor = added_actor(doc, contents, c, verdict);
        out.push(Verification { verdict, actor, actor_id: None, cue: c.cue, target: None });
    }
    out.sort_by_key(|v| (v.cue.start, v.cue.end));
    out
}

/// Whether subject `a` can be an actor: not a prepositional phrase ("about the validity of
/// the source"), an expletive or a pronoun for a thing ("there", "it"), or a bare lowercase
/// word ("status").
fn plausible_actor(doc: &Doc, a: Span) -> bool {
    let t = a.text(&doc.text).trim();
    let lower = t.to_lowercase();
    let first = doc.tokens.partition_point(|x| x.span.start < a.start);
    if doc.pos.get(first).is_some_and(|&p| p == Pos::Adp) {
        return false;
    }
    if lower == "there" || hearsay_lex::pron::THING.contains(&lower) {
        return false;
    }
    t.contains(' ') || !t.starts_with(char::is_lowercase) || hearsay_lex::pron::SUBJECT.contains(&lower)
}

/// The actor of an event the classifier adds (ANNOTATION.md's conventions): a first-person
/// subject ("we never sent them", inside someone's quote) is the actor; a confirmation or
/// denial is otherwise its speaker's (the source of the attribution whose content holds
/// it), or, outside reported speech, its subject's when it is an evidence word ("DNA tests
/// showed"), and nobody's for the writer's own negation, falsity, truth or uncertainty word
/// ("the Batmobile isn't in Detroit", "the photo is fake"); other verdicts take the subject
/// first, then the speaker.
fn added_actor(doc: &Doc, contents: &SpanSet, c: &Candidate, verdict: Verdict) -> Option<Span> {
    let sent = &doc.sentences[c.sentence];
    let subject = actor_of(&doc.text, &doc.tokens, sent.tokens.start, c.tokens.0).filter(|&a| plausible_actor(doc, a));
    let first_person =
        subject.is_some_and(|a| hearsay_lex::pron::FIRST_PERSON.contains(&a.text(&doc.text).trim().to_lowercase()));
    if first_person {
        return subject;
    }
    let speaker = speaker_of(doc, contents, c.cue);
    match verdict {
        Verdict::Confirmed | Verdict::Denied => speaker.or_else(|| {
            (c.kind == Kind::Word && family(&doc.lower_at(c.trigger)) == Some(2)).then_some(subject).flatten()
        }),
        _ => subject.or(speaker),
    }
}
