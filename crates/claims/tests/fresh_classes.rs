//! Error classes read off fresh FNC-1 training bodies (outside every gold file), on sentences
//! written for these tests: a caption label taken for a speaker, the expletive "it" of a
//! passive of saying, "the person" standing in for an unnamed source (docs/ASSESSMENT.md).

#[path = "../../sources/tests/common/mod.rs"]
mod common;
use common::*;
use hearsay_core::{AttributionKind::*, Doc};

fn run(d: &mut Doc) {
    hearsay_sources::annotate(d);
    hearsay_claims::annotate(d);
}

fn claim_with(d: &Doc, a: usize) -> Option<&hearsay_core::Claim> {
    d.claims.iter().find(|c| c.attributions.contains(&a))
}

/// "AGONY: After a five hour surgery …": a caption's label in capitals, not a speaker.
#[test]
fn a_caption_label_in_capitals_makes_no_claim() {
    let text = "A farmer lost his hand in a harvester on Monday.\n\n\
                AGONY: After a five hour operation surgeons managed to reattach the hand\n\n\
                The farmer said he was feeling much better.";
    let mut d = doc(text);
    let label = attr(
        &mut d,
        Direct,
        Some("AGONY"),
        Some(":"),
        "After a five hour operation surgeons managed to reattach the hand",
        0,
    );
    let from = text.find("The farmer").unwrap();
    let farmer = attr(&mut d, Indirect, Some("The farmer"), Some("said"), "he was feeling much better", from);
    run(&mut d);
    assert!(claim_with(&d, label).is_none(), "{:#?}", d.claims);
    assert!(claim_with(&d, farmer).is_some(), "{:#?}", d.claims);
}

/// A speaker named in capitals elsewhere in the article ("NASA: …" and "NASA said …") stays one.
#[test]
fn a_speaker_in_capitals_named_again_keeps_its_claim() {
    let text = "NASA: The asteroid will pass well clear of the Earth on Friday\n\n\
                NASA said the pass would be visible from Australia.";
    let mut d = doc(text);
    let a =
        attr(&mut d, Direct, Some("NASA"), Some(":"), "The asteroid will pass well clear of the Earth on Friday", 0);
    run(&mut d);
    assert!(claim_with(&d, a).is_some(), "{:#?}", d.claims);
}

/// "It's claimed he imports …": no one is named; "it" is neither origin nor chain.
#[test]
fn the_expletive_it_of_a_passive_of_saying_is_no_source() {
    let text = "The leader loves cheese.\n\nIt's claimed he imports vast quantities at huge expense.";
    let mut d = doc(text);
    let a = attr(&mut d, Indirect, Some("It"), Some("'s claimed"), "he imports vast quantities at huge expense", 0);
    run(&mut d);
    let c = claim_with(&d, a).expect("claim");
    assert!(c.chain.is_empty(), "{c:#?}");
    assert_eq!(c.assessment.label.as_str(), "unverified", "{c:#?}");
}

/// A company's "it" with an active verb of saying keeps its source.
#[test]
fn an_organizations_it_said_keeps_its_source() {
    let text = "Acme Corp published its results on Monday.\n\nIt said sales rose by 4 percent in the spring.";
    let mut d = doc(text);
    let a = attr(&mut d, Indirect, Some("It"), Some("said"), "sales rose by 4 percent in the spring", 0);
    run(&mut d);
    let c = claim_with(&d, a).expect("claim");
    assert!(!c.chain.is_empty(), "{c:#?}");
}

/// "the person" stands in for an unnamed source: not identified by name.
#[test]
fn the_person_is_not_identified_by_name() {
    let text = "Orders for the watch were placed in Asia, people familiar with the matter said.\n\n\
                The person said orders for the gold model are relatively small.";
    let mut d = doc(text);
    let from = text.find("The person").unwrap();
    let a = attr(
        &mut d,
        Indirect,
        Some("The person"),
        Some("said"),
        "orders for the gold model are relatively small",
        from,
    );
    run(&mut d);
    let sid = d.attributions[a].source_id.expect("source");
    assert!(!hearsay_claims::named::identified(&d, &hearsay_claims::named::name_facts(&d), sid), "{:#?}", d.sources);
    assert_eq!(claim_with(&d, a).expect("claim").assessment.label.as_str(), "single_anonymous_source");
}

/// Two unresolved pronouns ("He … She …") may both be anyone the article names: they are not
/// two independent origins.
#[test]
fn two_pronoun_origins_corroborate_nothing() {
    let text = "The old bridge over the river closed on Monday.\n\n\
                He said the old bridge was unsafe for heavy trucks.\n\n\
                She said the old bridge was unsafe for heavy trucks.";
    let mut d = doc(text);
    let from = text.find("He said").unwrap();
    let a = attr(&mut d, Indirect, Some("He"), Some("said"), "the old bridge was unsafe for heavy trucks", from);
    let from = text.find("She said").unwrap();
    let b = attr(&mut d, Indirect, Some("She"), Some("said"), "the old bridge was unsafe for heavy trucks", from);
    run(&mut d);
    let c = claim_with(&d, a).expect("claim");
    assert!(c.attributions.contains(&b), "one claim: {:#?}", d.claims);
    assert_ne!(c.assessment.label.as_str(), "corroborated", "{c:#?}");
}

/// One person the sources stage leaves as two ("President George W. Bush", "President Bush")
/// is one origin: the last word of the name is the same.
#[test]
fn one_name_given_twice_is_one_origin() {
    let text = "In 2002 President George W. Bush said Iraq was developing chemical weapons.\n\n\
                The war began a year later.\n\n\
                President Bush said in 2003 that Iraq was developing chemical weapons.";
    let mut d = doc(text);
    let a = attr(
        &mut d,
        Indirect,
        Some("President George W. Bush"),
        Some("said"),
        "Iraq was developing chemical weapons",
        0,
    );
    let from = text.find("President Bush").unwrap();
    attr(
        &mut d,
        Indirect,
        Some("President Bush"),
        Some("said in 2003 that"),
        "Iraq was developing chemical weapons",
        from,
    );
    run(&mut d);
    let c = claim_with(&d, a).expect("claim");
    let orig = hearsay_claims::chain::origins(&d, &c.attributions);
    assert_eq!(hearsay_claims::assess::independent_origins(&d, &orig), 1, "{:#?}", d.sources);
    assert_ne!(c.assessment.label.as_str(), "corroborated", "{c:#?}");
}

/// "Doctors told him …, the Gazette reports": the outlet reporting after the doctors' report
/// relays it; the unnamed doctors are the only origin, reaching the article second-hand.
#[test]
fn an_outlet_reporting_after_a_whole_report_relays_it() {
    let text = "A tourist came home with a spider under his skin.\n\n\
                Doctors told the man he had been bitten by a small insect when he visited the clinic on Sunday morning, the Gazette reports.";
    let mut d = doc(text);
    let from = text.find("Doctors").unwrap();
    let a = attr(
        &mut d,
        Indirect,
        Some("Doctors"),
        Some("told"),
        "he had been bitten by a small insect when he visited the clinic on Sunday morning",
        from,
    );
    let b = attr(
        &mut d,
        Indirect,
        Some("the Gazette"),
        Some("reports"),
        "when he visited the clinic on Sunday morning",
        from,
    );
    run(&mut d);
    let c = claim_with(&d, a).expect("claim");
    assert!(c.attributions.contains(&b), "one claim: {:#?}", d.claims);
    let orig = hearsay_claims::chain::origins(&d, &c.attributions);
    assert_eq!(orig, vec![d.attributions[a].source_id.unwrap()], "{c:#?}");
    assert_eq!(c.assessment.label.as_str(), "unverified", "{c:#?}");
}

/// "Suppliers say …" where the article also writes "suppliers": a common noun capitalised at
/// the opening of a sentence names no one.
#[test]
fn a_capitalised_common_noun_is_not_a_name() {
    let text = "Apple has asked its suppliers in Asia to make six million watches.\n\n\
                Suppliers say Apple changes its production plan more often than any other company.";
    let mut d = doc(text);
    let from = text.find("Suppliers say").unwrap();
    let a = attr(
        &mut d,
        Indirect,
        Some("Suppliers"),
        Some("say"),
        "Apple changes its production plan more often than any other company",
        from,
    );
    run(&mut d);
    let sid = d.attributions[a].source_id.expect("source");
    assert!(!hearsay_claims::named::identified(&d, &hearsay_claims::named::name_facts(&d), sid), "{:#?}", d.sources);
    assert_ne!(claim_with(&d, a).expect("claim").assessment.label.as_str(), "single_named_source");
}

/// A transcript's "TRUMP: …" names someone the article names again ("Trump"): a speaker.
#[test]
fn a_transcript_speaker_in_capitals_keeps_its_claim() {
    let text = "Trump spoke to the network on Sunday.\n\n\
                TRUMP: The wall will be paid for by the other side within two years\n\n\
                The interview lasted an hour.";
    let mut d = doc(text);
    let from = text.find("TRUMP").unwrap();
    let a = attr(
        &mut d,
        Direct,
        Some("TRUMP"),
        Some(":"),
        "The wall will be paid for by the other side within two years",
        from,
    );
    run(&mut d);
    assert!(claim_with(&d, a).is_some(), "{:#?}", d.claims);
}
