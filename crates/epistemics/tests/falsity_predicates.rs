//! Denials without the word "deny": a falsity predicate inside reported speech takes the
//! speaker as its actor; a negated speech verb is a rebuttal; "nothing to dispel" is none.
//! Sentences written for these tests, through the shipped pipeline.

mod common;

use common::{denials, run};

#[test]
fn a_falsity_predicate_in_reported_speech_is_the_speakers_denial() {
    let d = run("The reports of a second outbreak are false, the health ministry said on Tuesday.\n");
    let got = denials(&d);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "are false");
    assert_eq!(got[0].1.as_deref(), Some("the health ministry"));
}

#[test]
fn the_writers_own_verdict_has_no_actor() {
    let d = run("The viral photo of the mayor is a doctored image.\n");
    let got = denials(&d);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].1, None);
}

#[test]
fn a_negated_speech_verb_is_a_rebuttal_and_a_negated_dispel_is_nothing() {
    let d = run("Conal insists he never told anyone at the company where he worked.\n");
    assert!(
        // the party who insists is the actor (the v2 gold's convention: "Conal swears he never told")
        denials(&d).iter().any(|(c, a)| c.contains("never told") && a.as_deref() == Some("Conal")),
        "{:?}",
        denials(&d)
    );
    let d = run("The senator has done nothing to dispel that notion.\n");
    assert!(denials(&d).is_empty(), "{:?}", denials(&d));
}

#[test]
fn a_negated_statement_is_a_rebuttal_only_in_reported_speech() {
    let d = run("The Batmobile has not been stolen, a police spokesman said on Friday.\n");
    let got = denials(&d);
    assert!(
        got.iter().any(|(c, a)| c == "has not been stolen" && a.as_deref() == Some("a police spokesman")),
        "{got:?}"
    );
    let d = run("\"That is simply not the case,\" the company said in a statement.\n");
    assert!(denials(&d).iter().any(|(c, _)| c.contains("not the case")), "{:?}", denials(&d));
    // the writer's narrative: no event
    let d = run("The car has not been stolen in years. That was not the case in 1990.\n");
    assert!(denials(&d).is_empty(), "{:?}", denials(&d));
}
