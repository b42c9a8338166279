//! The last steps on an event's actor, through the shipped pipeline (sentences written for
//! these tests, after the shapes of v2 train errors): an inverted speaker whose attribution
//! cue is the event's cue, a phrase cut before its first verb, and "with …" after a head that
//! names nobody; an event with no subject of its own said in a sourced attribution's content
//! takes its speaker, unless it is an agentless passive.

mod common;

use hearsay_core::Verdict;

/// The actor text of the first `verdict` event in `text`.
fn actor(text: &str, verdict: Verdict) -> Option<String> {
    let d = common::run(text);
    let e = d.verifications.iter().find(|v| v.verdict == verdict);
    let e = e.unwrap_or_else(|| panic!("{text}: no {verdict:?} in {:?}", d.verifications));
    e.actor.map(|a| d.slice(a).to_string())
}

#[test]
fn an_inverted_speaker_is_the_actor_of_its_own_cue() {
    let got = actor(
        "Henry Ford has died at the age of 80, confirms David Miles, who manages the group.\n",
        Verdict::Confirmed,
    );
    assert_eq!(got.as_deref(), Some("David Miles"));
}

#[test]
fn the_actor_ends_before_its_first_verb() {
    let got = actor(
        "A committee formed to investigate the incident confirmed that the fire was set deliberately.\n",
        Verdict::Confirmed,
    );
    assert_eq!(got.as_deref(), Some("A committee"));
    // a participle before a noun modifies it and stays
    let got = actor("A video messaging firm denied the report that it had been hacked.\n", Verdict::Denied);
    assert_eq!(got.as_deref(), Some("A video messaging firm"));
}

#[test]
fn with_after_an_unnamed_head_is_cut() {
    let got = actor(
        "A senior military official with knowledge of the strikes could not confirm the report.\n",
        Verdict::CouldNotConfirm,
    );
    assert_eq!(got.as_deref(), Some("A senior military official"));
}

#[test]
fn a_pronoun_and_its_verb_leave_the_pronoun() {
    let d = common::run("The band declined to comment, and they chose not to respond to the report.\n");
    let actors: Vec<Option<&str>> = d.verifications.iter().map(|v| v.actor.map(|a| d.slice(a))).collect();
    assert!(actors.contains(&Some("they")), "{actors:?}");
    assert!(actors.iter().all(|a| a.is_none_or(|a| !a.contains("chose"))), "{actors:?}");
}

#[test]
fn an_event_said_in_a_sourced_content_is_its_speakers() {
    let got = actor(
        "Experts said it would be difficult to confirm whether the woman is indeed his wife.\n",
        Verdict::CouldNotConfirm,
    );
    assert_eq!(got.as_deref(), Some("Experts"));
    let got = actor(
        "The spokesman also said there is no credible intelligence suggesting any group is plotting an attack.\n",
        Verdict::CouldNotConfirm,
    );
    assert_eq!(got.as_deref(), Some("The spokesman"));
    // an agentless passive stays the writer's
    let got = actor(
        "Kim needs about 100 days to recuperate, said the source, whose information could not be independently verified.\n",
        Verdict::CouldNotConfirm,
    );
    assert_eq!(got, None);
}

#[test]
fn a_relative_word_left_by_the_cut_is_dropped() {
    let got =
        actor("The farmer who sold the painted goat declined to comment on the claims.\n", Verdict::DeclinedToComment);
    assert_eq!(got.as_deref(), Some("The farmer"));
}
