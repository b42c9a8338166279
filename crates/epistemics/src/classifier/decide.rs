//! From class scores to events.

use super::words::family;
use super::{class_of, AddThresholds, Candidate, Kind, NCLASS, WORD_ADD};
use crate::actor::actor_of;
use crate::actor_tidy::tidy_actor;
use crate::verifications::speaker_of;
use hearsay_core::{Doc, Pos, Span, SpanSet, Verdict, Verification};
use hearsay_learn::argmax;

/// The events that candidates `cands` with class scores `scores` make under the add
/// thresholds `add` (per verdict for negations, one for family words) and the veto threshold `veto` (see the module documentation), in text
/// order.
pub fn decide(
    doc: &Doc,
    contents: &SpanSet,
    cands: &[Candidate],
    scores: &[[f32; NCLASS]],
    add: &AddThresholds,
    veto: f32,
) -> Vec<Verification> {
    let mut out: Vec<Verification> = Vec::new();
    // (sentence, verdict) of the events kept so far
    let mut kept: Vec<(usize, Verdict)> = Vec::new();
    // "The PGA Tour has confirmed that there is no truth to these claims": a confirmation whose
    // complement states a denial is that denial, by the confirmation's actor
    // (`negative_complement`); `taken` marks the negations it makes denials of, `actor_for`
    // the cue-table denials that take its actor
    let denials = denial_starts(cands, scores);
    let mut taken = vec![false; cands.len()];
    let mut actor_for: Vec<Option<Span>> = vec![None; cands.len()];
    let mut complement: Vec<Option<usize>> = vec![None; cands.len()];
    for (i, c) in cands.iter().enumerate() {
        if let Some(r) = c.rule.as_ref().filter(|r| r.event.verdict == Verdict::Confirmed) {
            complement[i] = negative_complement(doc, cands, &denials, i);
            if let Some(j) = complement[i] {
                actor_for[j] = actor_for[j].or(r.event.actor);
            }
        }
    }
    for (i, (c, s)) in cands.iter().zip(scores).enumerate() {
        let Some(r) = &c.rule else { continue };
        if s[0] - s[class_of(r.event.verdict)] > veto {
            continue;
        }
        if let Some(j) = complement[i] {
            if cands[j].rule.is_none() && !taken[j] {
                taken[j] = true;
                let cue = cands[j].cue;
                out.push(Verification {
                    verdict: Verdict::Denied,
                    actor: r.event.actor,
                    actor_id: None,
                    cue,
                    target: None,
                });
                kept.push((c.sentence, Verdict::Denied));
            }
            continue;
        }
        let mut e = r.event.clone();
        if e.actor.is_none() {
            e.actor = actor_for[i];
        }
        out.push(e);
        kept.push((c.sentence, r.event.verdict));
    }
    // the best candidates first: one added event per verdict and sentence
    let mut order: Vec<usize> = (0..cands.len()).filter(|&i| cands[i].rule.is_none() && !taken[i]).collect();
    let margin = |i: usize| {
        let s = &scores[i];
        s[1 + argmax(&s[1..])] - s[0]
    };
    order.sort_by(|&x, &y| margin(y).total_cmp(&margin(x)));
    for i in order {
        let (c, s) = (&cands[i], &scores[i]);
        let k = 1 + argmax(&s[1..]);
        let verdict = Verdict::ALL[k - 1];
        let threshold = if c.kind == Kind::Word { add[WORD_ADD] } else { add[k - 1] };
        if s[k] - s[0] <= threshold || kept.contains(&(c.sentence, verdict)) {
            continue;
        }
        kept.push((c.sentence, verdict));
        let actor = added_actor(doc, contents, c, verdict).and_then(|a| tidy_actor(&doc.text, &doc.tokens, a));
        out.push(Verification { verdict, actor, actor_id: None, cue: c.cue, target: None });
    }
    // `kept[i]` is the sentence and verdict of `out[i]`
    let mut order: Vec<usize> = (0..out.len()).collect();
    order.sort_by_key(|&i| (out[i].cue.start, out[i].cue.end));
    let doubted = doubted_confirmations(doc, &out, &kept, &order);
    let mut slots: Vec<Option<Verification>> = out.into_iter().map(Some).collect();
    order.into_iter().filter(|i| !doubted.contains(i)).filter_map(|i| slots[i].take()).collect()
}

/// Events looked back over from a confirmation by [`doubted_confirmations`].
const DOUBT_LOOKBACK: usize = 8;

/// The confirmations (indices into `events`, `order` their text order, `kept` their
/// sentences) in the complement of a doubt or a denial that ends at most
/// [`COMPLEMENT_WINDOW`] tokens before them in the same sentence, with no clause edge between
/// ("could not confirm that the letter was genuine", "have not seen any evidence that
/// corroborates the claim", "do not have the capabilities to diagnose and confirm": v2 train
/// out-of-fold false alarms): what is doubted or denied there is not confirmed.
pub(super) fn doubted_confirmations(
    doc: &Doc,
    events: &[Verification],
    kept: &[(usize, Verdict)],
    order: &[usize],
) -> Vec<usize> {
    let mut out = Vec::new();
    for (n, &i) in order.iter().enumerate() {
        if events[i].verdict != Verdict::Confirmed {
            continue;
        }
        let start = doc.tokens_within(events[i].cue).start;
        let doubted = order[n.saturating_sub(DOUBT_LOOKBACK)..n].iter().any(|&j| {
            let end = doc.tokens_within(events[j].cue).end;
            matches!(events[j].verdict, Verdict::CouldNotConfirm | Verdict::Denied)
                && kept.get(j).map(|k| k.0) == kept.get(i).map(|k| k.0)
                && end <= start
                && start - end <= COMPLEMENT_WINDOW
                && !(end..start).any(|k| hearsay_lex::function::DOUBT_EDGES.contains(&doc.lower_at(k)))
        });
        if doubted {
            out.push(i);
        }
    }
    out
}

/// Tokens after a confirmation within which its complement's negation or denial is looked for.
pub const COMPLEMENT_WINDOW: usize = 10;

/// How far a negation's `denied` score must exceed its `none` score, its best verdict being
/// `denied`, for a confirmation of it to be a denial ("confirmed that the Trump Foundation is
/// not registered" stays a confirmation: PolNeAR dev).
pub const COMPLEMENT_MARGIN: f32 = 0.0;

/// The denials a confirmation's complement may hold: cue-table denials, and negations that
/// the scores read as denials by more than [`COMPLEMENT_MARGIN`], as (first token, candidate
/// index), in text order.
fn denial_starts(cands: &[Candidate], scores: &[[f32; NCLASS]]) -> Vec<(usize, usize)> {
    let denied = class_of(Verdict::Denied);
    let mut v: Vec<(usize, usize)> = cands
        .iter()
        .zip(scores)
        .enumerate()
        .filter(|(_, (d, s))| match &d.rule {
            Some(r) => r.event.verdict == Verdict::Denied,
            None => d.kind == Kind::Negation && 1 + argmax(&s[1..]) == denied && s[denied] - s[0] > COMPLEMENT_MARGIN,
        })
        .map(|(j, (d, _))| (d.tokens.0, j))
        .collect();
    v.sort_unstable();
    v
}

/// The candidate, when there is one, that makes confirmation `cands[i]` (a cue-table event) a
/// denial: the first of `denials` ([`denial_starts`]) that starts within
/// [`COMPLEMENT_WINDOW`] tokens after its cue in the same sentence, with no clause edge
/// between them ("but", "although", "while", a comma, a semicolon, a dash): "the singer's reps
/// confirmed that Axl Rose is not dead", "Banksy's PR has confirmed it is a hoax" (v2 train
/// fnc1/292, 1884; ANNOTATION.md: a response that rebuts the claim is a denial).
fn negative_complement(doc: &Doc, cands: &[Candidate], denials: &[(usize, usize)], i: usize) -> Option<usize> {
    let c = &cands[i];
    let end = c.tokens.1;
    let &(start, j) = denials.get(denials.partition_point(|&(t, _)| t <= end))?;
    if start > end + COMPLEMENT_WINDOW || cands[j].sentence != c.sentence {
        return None;
    }
    let edge = (end + 1..start).any(|k| hearsay_lex::function::COMPLEMENT_EDGES.contains(&doc.lower_at(k)));
    (!edge).then_some(j)
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
/// it), or, outside reported speech, its subject's when it is an evidence or conviction word
/// ("DNA tests showed", "officials are confident"), and nobody's for the writer's own negation, falsity, truth or uncertainty word
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
            (c.kind == Kind::Word && matches!(family(&doc.lower_at(c.trigger)), Some(2 | 4)))
                .then_some(subject)
                .flatten()
        }),
        _ => subject.or(speaker),
    }
}
