//! Contents that state no proposition (a fragment with no verb, a feeling) make no claim, while a
//! verbless evaluation ("called Trump a liar") does; on sentences written for these tests.

#[path = "../../sources/tests/common/mod.rs"]
mod common;
use common::*;
use hearsay_core::{AttributionKind::*, Doc};

fn run(d: &mut Doc) {
    hearsay_sources::annotate(d);
    hearsay_claims::annotate(d);
}

fn has_claim(d: &Doc, a: usize) -> bool {
    d.claims.iter().any(|c| c.attributions.contains(&a))
}

#[test]
fn a_short_fragment_with_no_verb_makes_no_claim() {
    let text = "Kurdish fighters still hold the town of Kobani, which the Kurds call Ayn al-Arab.\n\n\
                The mayor said the army had left the town on Monday.";
    let mut d = doc(text);
    let name = attr(&mut d, Indirect, Some("the Kurds"), Some("call"), "Ayn al-Arab", 0);
    let from = text.find("The mayor").unwrap();
    let left = attr(&mut d, Indirect, Some("The mayor"), Some("said"), "the army had left the town on Monday", from);
    run(&mut d);
    assert!(hearsay_claims::group::verbless(&d, name));
    assert!(!has_claim(&d, name), "{:#?}", d.claims);
    assert!(!hearsay_claims::group::verbless(&d, left));
    assert!(has_claim(&d, left), "{:#?}", d.claims);
}

#[test]
fn a_verbless_evaluation_is_still_a_claim() {
    let text = "Senator Jane Miller called Governor Smith a liar on Tuesday.";
    let mut d = doc(text);
    let a = attr(&mut d, Indirect, Some("Senator Jane Miller"), Some("called"), "Governor Smith a liar", 0);
    run(&mut d);
    assert!(!hearsay_claims::group::verbless(&d, a));
    assert!(has_claim(&d, a), "{:#?}", d.claims);
}

#[test]
fn a_reported_feeling_makes_no_claim_but_a_conviction_does() {
    let text = "The witness said he was surprised by the gap in the shots.\n\n\
                The detective said she was convinced that the suspect had fled.";
    let mut d = doc(text);
    let felt = attr(&mut d, Indirect, Some("The witness"), Some("said"), "he was surprised by the gap in the shots", 0);
    let from = text.find("The detective").unwrap();
    let held = attr(
        &mut d,
        Indirect,
        Some("The detective"),
        Some("said"),
        "she was convinced that the suspect had fled",
        from,
    );
    run(&mut d);
    assert!(hearsay_claims::group::feels(&d, felt));
    assert!(!has_claim(&d, felt), "{:#?}", d.claims);
    assert!(!hearsay_claims::group::feels(&d, held));
    assert!(has_claim(&d, held), "{:#?}", d.claims);
}

/// "is best known for …", "formerly known as …" name a reputation or a name, and a report with
/// no source whose cue opens its sentence ("Assuming the vote holds …") is the writer's own
/// reasoning: no claims. "It is believed the bill will pass" stays a claim with no origin.
#[test]
fn a_reputation_and_the_writers_own_reasoning_make_no_claim() {
    let text = "The singer is best known for her loud shows in Berlin.\n\n\
                Assuming the bill is signed in May, the tax will fall by half.\n\n\
                It is believed the mayor will resign in June.\n\n\
                The assumption behind the plan is that rates will fall.";
    let mut d = doc(text);
    let known = attr(&mut d, Indirect, Some("The singer"), Some("is best known"), "for her loud shows in Berlin", 0);
    let from = text.find("Assuming").unwrap();
    let own = attr(&mut d, Indirect, None, Some("Assuming"), "the bill is signed in May", from);
    let from = text.find("It is").unwrap();
    let hedged = attr(&mut d, Indirect, None, Some("is believed"), "the mayor will resign in June", from);
    let from = text.find("The assumption").unwrap();
    let view = attr(&mut d, Indirect, None, Some("The assumption behind the plan is"), "that rates will fall", from);
    run(&mut d);
    assert!(!hearsay_claims::group::writers_own(&d, view), "a noun phrase cue names a view as held");
    assert!(hearsay_claims::group::known_as(&d, known));
    assert!(!has_claim(&d, known), "{:#?}", d.claims);
    assert!(hearsay_claims::group::writers_own(&d, own));
    assert!(!has_claim(&d, own), "{:#?}", d.claims);
    assert!(!hearsay_claims::group::writers_own(&d, hedged));
    assert!(has_claim(&d, hedged), "{:#?}", d.claims);
}
