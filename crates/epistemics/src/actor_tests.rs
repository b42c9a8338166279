//! Unit tests of the actor phrase of verification events: what is trimmed off the subject
//! and which noun phrase a participle or an expletive hangs on (sentences written for them,
//! after v2 train fnc1/61, 365, 869, 431, 1699, 1969, 2341, 273).

use crate::actor::antecedent;
use crate::events_in;
use hearsay_core::{Span, Verdict};

/// (verdict, actor) of every event in `text`.
fn actors(text: &str) -> Vec<(Verdict, Option<String>)> {
    let toks = hearsay_text::tokenize(text, Span::new(0, text.len()));
    events_in(text, &toks, 0, toks.len())
        .into_iter()
        .map(|v| (v.verdict, v.actor.map(|a| a.text(text).to_string())))
        .collect()
}

fn actor(text: &str, verdict: Verdict) -> Option<String> {
    let e = actors(text);
    e.iter().find(|(v, _)| *v == verdict).unwrap_or_else(|| panic!("{text}: no {verdict:?} in {e:?}")).1.clone()
}

#[test]
fn trailing_adverbs_auxiliaries_and_reflexives_are_no_part_of_the_actor() {
    assert_eq!(actor("His agents soon debunked the rumors.", Verdict::Denied).as_deref(), Some("His agents"));
    assert_eq!(actor("Smith himself did not respond to our email.", Verdict::DidNotRespond).as_deref(), Some("Smith"));
    assert_eq!(
        actor("Neither the mayor nor his aides have responded to the claims.", Verdict::DidNotRespond).as_deref(),
        Some("Neither the mayor nor his aides")
    );
}

#[test]
fn leading_time_words_and_trailing_topics_are_cut() {
    assert_eq!(
        actor("After the letter was posted yesterday a few readers called into question its origin.", Verdict::Denied)
            .as_deref(),
        Some("a few readers")
    );
    assert_eq!(
        actor("There was no immediate comment from the embassy about the raid.", Verdict::DidNotRespond).as_deref(),
        Some("the embassy")
    );
}

#[test]
fn an_unnamed_head_loses_familiar_with_and_a_participle() {
    assert_eq!(
        actor("A source familiar with the talks could not confirm the date.", Verdict::CouldNotConfirm).as_deref(),
        Some("A source")
    );
    assert_eq!(
        actor("A U.S. official following the talks could not confirm the date.", Verdict::CouldNotConfirm).as_deref(),
        Some("A U.S. official")
    );
    // "with" stays (the gold keeps "a source with access to …" as often as not)
    assert_eq!(
        actor("The committee with oversight of the agency could not confirm the figures.", Verdict::CouldNotConfirm)
            .as_deref(),
        Some("The committee with oversight of the agency")
    );
}

#[test]
fn a_person_s_name_loses_its_of_phrase() {
    assert_eq!(
        actor("Maria Lopez of the Daily Planet could not confirm the date.", Verdict::CouldNotConfirm).as_deref(),
        Some("Maria Lopez")
    );
    // an office is no person's name
    assert_eq!(
        actor("The Central Bank of Nigeria could not confirm the figures.", Verdict::CouldNotConfirm).as_deref(),
        Some("The Central Bank of Nigeria")
    );
}

#[test]
fn a_verdict_verb_after_a_name_ends_the_subject() {
    assert_eq!(
        actor(
            "City Police confirm there was a fire, but would not confirm anyone was hurt.",
            Verdict::DeclinedToComment
        )
        .as_deref(),
        Some("City Police")
    );
}

#[test]
fn a_determiner_before_a_name_keeps_the_coordination() {
    assert_eq!(
        actor("Today, both the Tour and the golfer's agent flatly deny the claim.", Verdict::Denied).as_deref(),
        Some("both the Tour and the golfer's agent")
    );
}

#[test]
fn a_possessive_apostrophe_is_no_boundary_of_the_actor() {
    assert_eq!(
        actor("Later, James Harris' lawyer flatly denied the claim.", Verdict::Denied).as_deref(),
        Some("James Harris' lawyer")
    );
    assert_eq!(
        actor("Both the Tour and the players' union denied the claim.", Verdict::Denied).as_deref(),
        Some("Both the Tour and the players' union")
    );
}

#[test]
fn a_relative_clause_with_its_own_subject_is_no_actor() {
    assert_eq!(
        actor("The lab tests that we ordered confirmed the diagnosis.", Verdict::Confirmed).as_deref(),
        Some("The lab tests")
    );
}

#[test]
fn a_participle_after_a_speech_clause_is_the_speaker_s() {
    assert_eq!(
        actor(
            "The leader is in firm control, a source close to the family said on Thursday, playing down speculation about his health.",
            Verdict::Denied
        )
        .as_deref(),
        Some("a source close to the family")
    );
}

#[test]
fn a_leading_with_and_a_trailing_relative_word_are_no_part_of_the_actor() {
    let span = |t: &str, w: &str| {
        let a = t.find(w).expect("the phrase is in the text");
        Span::new(a, a + w.len())
    };
    let tidy = |t: &str, w: &str| {
        let toks = hearsay_text::tokenize(t, Span::new(0, t.len()));
        crate::actor_tidy::tidy_actor(t, &toks, span(t, w)).map(|s| s.text(t).to_string())
    };
    let t = "With his campaign denying the report, he left.";
    assert_eq!(tidy(t, "With his campaign").as_deref(), Some("his campaign"));
    let t = "A government official who asked not to be named denied it.";
    assert_eq!(tidy(t, "A government official who").as_deref(), Some("A government official"));
    // a name in capitals is no relative word
    let t = "Officials at the WHO denied it.";
    assert_eq!(tidy(t, "the WHO").as_deref(), Some("the WHO"));
}

#[test]
fn the_who_of_the_health_organisation_is_no_relative_word() {
    let text = "Officials said the WHO was investigating the reports.";
    assert_eq!(actor(text, Verdict::CouldNotConfirm).as_deref(), Some("the WHO"));
}

#[test]
fn a_relative_source_stands_for_the_phrase_before_its_comma() {
    let text = "We reached out to the league office, who told us the story was false.";
    let toks = hearsay_text::tokenize(text, Span::new(0, text.len()));
    let comma = toks.iter().position(|t| t.span.text(text) == ",").unwrap();
    assert_eq!(antecedent(text, &toks, 0, comma).map(|s| s.text(text)), Some("the league office"));
}

#[test]
fn at_least_opens_a_quantity_not_a_circumstance() {
    assert_eq!(
        actor("At least three neighbours denied the report.", Verdict::Denied).as_deref(),
        Some("At least three neighbours")
    );
    // a preposition of place still opens no actor
    assert_eq!(actor("At the hearing the claims were denied.", Verdict::Denied), None);
}

#[test]
fn labels_and_time_phrases_at_the_edges_are_cut() {
    let text = "Update: Ravensholm Zoo on Friday";
    let toks = hearsay_text::tokenize(text, Span::new(0, text.len()));
    let a = crate::actor_tidy::tidy_actor(text, &toks, Span::new(0, text.len())).map(|s| s.text(text));
    assert_eq!(a, Some("Ravensholm Zoo"));
    let text = "of Tuesday the harbour police";
    let toks = hearsay_text::tokenize(text, Span::new(0, text.len()));
    let a = crate::actor_tidy::tidy_actor(text, &toks, Span::new(0, text.len())).map(|s| s.text(text));
    assert_eq!(a, Some("the harbour police"));
}
