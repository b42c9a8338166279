//! Which origins count as named for the label, and who originates a claim a speaker nests in
//! their own words (docs/ASSESSMENT.md "Not identified by name", "Origins").

#[path = "../../sources/tests/common/mod.rs"]
mod common;
use common::*;
use hearsay_core::{AttributionKind::*, Doc};

fn run(d: &mut Doc) {
    hearsay_sources::annotate(d);
    hearsay_claims::annotate(d);
}

fn label(d: &Doc, attribution: usize) -> &'static str {
    let c = d.claims.iter().find(|c| c.attributions.contains(&attribution)).expect("claim");
    c.assessment.label.as_str()
}

/// A definite description the article never introduces as unnamed ("the pontiff", fnc1/1651
/// train; "The charity", "the IG review") refers back to someone it identifies: named, though
/// the sources stage leaves it unnamed.
#[test]
fn a_definite_description_refers_back_to_a_named_source() {
    let text = "Thousands gathered in the square on Sunday.\n\n\
                The pontiff said that animals can go to heaven.";
    let mut d = doc(text);
    let a = attr(&mut d, Indirect, Some("The pontiff"), Some("said"), "animals can go to heaven", 0);
    run(&mut d);
    let sid = d.attributions[a].source_id.expect("source");
    assert!(d.sources[sid].anonymous, "the sources stage names no one: {:#?}", d.sources[sid]);
    assert!(hearsay_claims::named::identified(&d, &hearsay_claims::named::name_facts(&d), sid));
    assert_eq!(label(&d, a), "single_named_source", "{:#?}", d.claims);
}

/// A statement a named source issues in its own report ("ISIS released a statement today
/// claiming …", fnc1/2387 train) is that source's: "the statement" later refers back to it and
/// counts as named.
#[test]
fn the_statement_a_named_source_released_is_named() {
    let text = "The rebel group Jaish al-Fatah released a statement on Monday claiming that the bridge had been destroyed.\n\n\
                The statement also said the attack took place at dawn.";
    let mut d = doc(text);
    attr(
        &mut d,
        Indirect,
        Some("The rebel group Jaish al-Fatah"),
        Some("released a statement on Monday claiming"),
        "the bridge had been destroyed",
        0,
    );
    let a = attr(&mut d, Indirect, Some("The statement"), Some("also said"), "the attack took place at dawn", 0);
    run(&mut d);
    let sid = d.attributions[a].source_id.expect("source");
    assert!(hearsay_claims::named::identified(&d, &hearsay_claims::named::name_facts(&d), sid), "{:#?}", d.sources);
    assert_eq!(label(&d, a), "single_named_source", "{:#?}", d.claims);
}

/// "an NBC source … the source", "A resident … The resident" (fnc1/1325, fnc1/1522 train):
/// the definite phrase refers back to an unnamed source, which stays unnamed; so do the nouns
/// of unnamed sourcing ("the source", unnamed_heads.txt) and plurals ("The pictures").
#[test]
fn a_definite_phrase_after_an_unnamed_one_stays_unnamed() {
    let text = "A resident of the town saw the fire start near the mill.\n\n\
                The resident said the flames reached the roof within minutes.\n\n\
                The source said the mill had no working alarms.\n\n\
                The pictures show the mill burning at dawn.";
    let mut d = doc(text);
    let a = attr(&mut d, Indirect, Some("The resident"), Some("said"), "the flames reached the roof within minutes", 0);
    let b = attr(&mut d, Indirect, Some("The source"), Some("said"), "the mill had no working alarms", 0);
    let c = attr(&mut d, Other, Some("The pictures"), Some("show"), "the mill burning at dawn", 0);
    run(&mut d);
    for (i, what) in [(a, "the resident"), (b, "the source"), (c, "the pictures")] {
        let sid = d.attributions[i].source_id.expect("source");
        assert!(
            !hearsay_claims::named::identified(&d, &hearsay_claims::named::name_facts(&d), sid),
            "{what} is unnamed: {:#?}",
            d.sources[sid]
        );
    }
    assert_eq!(label(&d, a), "single_anonymous_source", "{:#?}", d.claims);
    assert_eq!(label(&d, b), "single_anonymous_source", "{:#?}", d.claims);
}

/// "He said that Clinton is playing the card and said that Rubio is weak" (the west-journal
/// train article): a speaker whose report nests another of their own reports relays no one
/// else's: they stay the origin (the claim was `unverified`, "No source for it is identified").
#[test]
fn a_speaker_nesting_their_own_report_stays_its_origin() {
    let text = "Senator Tom Reyes said that the mayor is playing politics and said that the budget is a disaster.";
    let mut d = doc(text);
    let outer = attr(
        &mut d,
        Indirect,
        Some("Senator Tom Reyes"),
        Some("said"),
        "that the mayor is playing politics and said that the budget is a disaster",
        0,
    );
    let inner = attr(&mut d, Indirect, Some("Senator Tom Reyes"), Some("said"), "the budget is a disaster", 0);
    d.attributions[inner].cue = Some(at(&d, "said", at(&d, "and", 0).end));
    d.attributions[inner].parent = Some(outer);
    run(&mut d);
    let claim = d.claims.iter().find(|c| c.attributions.contains(&inner)).expect("claim");
    let origins = hearsay_claims::chain::origins(&d, &claim.attributions);
    assert_eq!(origins.len(), 1, "{:#?}", d.claims);
    assert_eq!(label(&d, inner), "single_named_source", "{:#?}", claim.assessment);
}

/// An outlet the statement was given to passes it on ("A Trump campaign source told NBC",
/// the west-journal 2016-06-21 train article; docs/CLAIMS.md "told the Gazette"): the last
/// relay, so an unnamed origin reaches the article second-hand.
#[test]
fn an_outlet_told_the_statement_relays_it() {
    let text = "A campaign source told NBC News that the speech will focus on trade.";
    let mut d = doc(text);
    let a = attr(&mut d, Indirect, Some("A campaign source"), Some("told"), "the speech will focus on trade", 0);
    run(&mut d);
    let outlet = d.attributions[a].recipient_id.expect("the sources stage reads 'told NBC News'");
    assert_eq!(d.sources[outlet].stype, hearsay_core::SourceType::Outlet, "{:#?}", d.sources);
    let claim = d.claims.iter().find(|c| c.attributions.contains(&a)).expect("claim");
    assert_eq!(claim.chain.last(), Some(&outlet), "{:#?}", claim.chain);
    assert_eq!(claim.chain.len(), 2);
    assert_eq!(label(&d, a), "unverified", "{:#?}", claim.assessment);
}

/// An unnamed source whose own phrase says it "spoke to Fox News" (the polnear train
/// west-journal article of 2016-01-12) reaches the article through that outlet: second-hand,
/// `unverified`, with the outlet in the reasons.
#[test]
fn an_unnamed_source_who_spoke_to_an_outlet_is_second_hand() {
    let text = "Two intelligence sources who spoke to Fox News said the inquiry had widened.";
    let mut d = doc(text);
    let a = attr(
        &mut d,
        Indirect,
        Some("Two intelligence sources who spoke to Fox News"),
        Some("said"),
        "the inquiry had widened",
        0,
    );
    run(&mut d);
    let claim = d.claims.iter().find(|c| c.attributions.contains(&a)).expect("claim");
    assert_eq!(label(&d, a), "unverified", "{:#?}", claim.assessment);
    assert!(
        claim.assessment.reasons.iter().any(|r| r.starts_with("\"Fox News\"") && r.contains("relays it second-hand")),
        "{:#?}",
        claim.assessment
    );
}

/// The lede that names its person a sentence later ("A Utah man who … said …" then "Ryan
/// Roche, whose …", fnc1/741 train), and a person named beside the mention ("A Comcast agent
/// named Jeremy", fnc1/569 train): named. "A senior official" followed by a name stays
/// unnamed (an unnamed head), and so does a lede person whose next sentences name no one.
#[test]
fn an_indefinite_person_the_article_names_next_is_named() {
    let text = "A Utah man who won a pie contest said he was sick for a week.\n\n\
                Ryan Blake, whose win was filmed, said the pies were huge.\n\n\
                A shop worker named Jeremy said the shop was closed.\n\n\
                A senior official said the plant would close.\n\n\
                Mark Evans, the mayor, said the town would fight.\n\n\
                A local woman said the river had flooded twice.\n\n\
                The river rose again on Monday.";
    let mut d = doc(text);
    let a = attr(&mut d, Indirect, Some("A Utah man who won a pie contest"), Some("said"), "he was sick for a week", 0);
    let b = attr(&mut d, Indirect, Some("A shop worker"), Some("said"), "the shop was closed", 0);
    let c = attr(&mut d, Indirect, Some("A senior official"), Some("said"), "the plant would close", 0);
    let e = attr(&mut d, Indirect, Some("A local woman"), Some("said"), "the river had flooded twice", 0);
    run(&mut d);
    for (i, what, named) in
        [(a, "the Utah man", true), (b, "the shop worker", true), (c, "the official", false), (e, "the woman", false)]
    {
        let sid = d.attributions[i].source_id.expect("source");
        assert!(d.sources[sid].anonymous, "{what}: the sources stage names no one: {:#?}", d.sources[sid]);
        assert_eq!(
            hearsay_claims::named::identified(&d, &hearsay_claims::named::name_facts(&d), sid),
            named,
            "{what}: {:#?}",
            d.sources[sid]
        );
    }
    assert_eq!(label(&d, a), "single_named_source", "{:#?}", d.claims);
    assert_eq!(label(&d, c), "single_anonymous_source", "{:#?}", d.claims);
}

/// A capitalised recording noun opening a sentence ("Pictures posted online show …", fnc1/477
/// train) and "Speculation" (document_nouns.txt, like "rumors") name no one, whatever case
/// they are written in.
#[test]
fn a_capitalised_recording_noun_or_speculation_is_no_name() {
    let text = "Pictures posted online show the bridge had collapsed by noon.\n\n\
                Speculation is that the mayor will resign within a week.";
    let mut d = doc(text);
    let a = attr(&mut d, Other, Some("Pictures posted online"), Some("show"), "the bridge had collapsed by noon", 0);
    let from = text.find("Speculation").unwrap();
    let b = attr(&mut d, Indirect, Some("Speculation"), Some("is"), "the mayor will resign within a week", from);
    run(&mut d);
    for i in [a, b] {
        let sid = d.attributions[i].source_id.expect("source");
        assert!(
            !hearsay_claims::named::identified(&d, &hearsay_claims::named::name_facts(&d), sid),
            "{:#?}",
            d.sources[sid]
        );
    }
    assert_eq!(label(&d, a), "single_anonymous_source", "{:#?}", d.claims);
}

/// A named speaker's report that opens with an unnamed speaker and a verb of saying, believing
/// or finding the attribution stage left unmarked ("a team formed to study the event
/// believed …", "doctors found …"; fnc1/173, fnc1/1579 train) relays the claim second-hand:
/// `unverified`. A participle modifying the speaker ("a man known as …") or a naming verb ("a
/// company called …") reports nothing.
#[test]
fn an_unnamed_speaker_inside_a_named_report_makes_it_second_hand() {
    let text = "The storm flattened the harbour on Sunday.\n\n\
                Mayor Ellen Brooks said a panel formed to review the damage believed the sea wall was too low.\n\n\
                Mayor Ellen Brooks said a man known as Captain Reed was rescued from the pier.\n\n\
                Mayor Ellen Brooks said a company called Harbor Works sold the pier last year.";
    let mut d = doc(text);
    let a = attr(
        &mut d,
        Indirect,
        Some("Mayor Ellen Brooks"),
        Some("said"),
        "a panel formed to review the damage believed the sea wall was too low",
        0,
    );
    let from = text.find("Mayor Ellen Brooks said a man").expect("third paragraph");
    let b = attr(
        &mut d,
        Indirect,
        Some("Mayor Ellen Brooks"),
        Some("said"),
        "a man known as Captain Reed was rescued from the pier",
        from,
    );
    let from = text.find("Mayor Ellen Brooks said a company").expect("fourth paragraph");
    let e = attr(
        &mut d,
        Indirect,
        Some("Mayor Ellen Brooks"),
        Some("said"),
        "a company called Harbor Works sold the pier last year",
        from,
    );
    run(&mut d);
    assert_eq!(label(&d, e), "single_named_source", "a naming verb reports nothing: {:#?}", d.claims);
    assert_eq!(label(&d, a), "unverified", "{:#?}", d.claims);
    let c = d.claims.iter().find(|c| c.attributions.contains(&a)).expect("claim");
    assert!(c.assessment.reasons.iter().any(|r| r.contains("\"a panel formed to review the damage\"")), "{c:#?}");
    assert_eq!(label(&d, b), "single_named_source", "{:#?}", d.claims);
}

/// A named member of an unnamed group that is a claim's only origin ("Residents said …",
/// then "harbour resident Ellen Brooks said …": the group's noun in her phrase, two of the
/// claim's words in her report) is a second origin (fnc1/1331 train); a named person whose
/// phrase does not hold the group's noun ("Mayor Tom Hale" after "Engineers") is not.
#[test]
fn a_named_member_of_an_unnamed_group_is_a_second_origin() {
    let text = "Residents said the ferry had been running late for weeks before the storm hit the northern coast and flooded the harbour road.\n\n\
                Harbour resident Ellen Brooks said the ferry was late again on Monday.\n\n\
                Engineers said the bridge cables were badly corroded by salt.\n\n\
                Mayor Tom Hale said the bridge would reopen once the cables were replaced.";
    let mut d = doc(text);
    let a = attr(
        &mut d,
        Indirect,
        Some("Residents"),
        Some("said"),
        "the ferry had been running late for weeks before the storm hit the northern coast and flooded the harbour road",
        0,
    );
    let from = text.find("Harbour").unwrap();
    let m = attr(
        &mut d,
        Indirect,
        Some("Harbour resident Ellen Brooks"),
        Some("said"),
        "the ferry was late again on Monday",
        from,
    );
    let from = text.find("Engineers").unwrap();
    let b =
        attr(&mut d, Indirect, Some("Engineers"), Some("said"), "the bridge cables were badly corroded by salt", from);
    let from = text.find("Mayor").unwrap();
    attr(
        &mut d,
        Indirect,
        Some("Mayor Tom Hale"),
        Some("said"),
        "the bridge would reopen once the cables were replaced",
        from,
    );
    run(&mut d);
    let src = |x: usize| d.attributions[x].source_id.expect("source");
    for x in [a, b] {
        let s = &d.sources[src(x)];
        assert!(s.anonymous && s.stype == hearsay_core::SourceType::Group, "{s:#?}");
    }
    assert_eq!(hearsay_claims::group::member_after(&d, &[a], &[src(a)]), Some(src(m)), "{:#?}", d.sources);
    assert_eq!(hearsay_claims::group::member_after(&d, &[b], &[src(b)]), None, "{:#?}", d.sources);
    let ca = d.claims.iter().find(|c| c.attributions.contains(&a)).expect("claim");
    assert_eq!(ca.assessment.label.as_str(), "corroborated", "{ca:#?}");
    assert!(ca.assessment.reasons.iter().any(|r| r.contains("is one of them")), "{ca:#?}");
    assert_eq!(label(&d, b), "single_anonymous_source", "{:#?}", d.claims);
}

/// An unnamed source that one report shows reaching the article through a relay ("According
/// to the Daily Ledger, a hospital source says …") reaches it the same way when it speaks
/// again in its own quote ("…,” the source said"): second-hand, `unverified`, the relay named
/// in the reasons.
#[test]
fn an_unnamed_source_relayed_once_is_second_hand_again() {
    let text = "According to the Daily Ledger, a hospital source says that the ward closed on Friday.\n\n\
                \"Nurses were moved to other floors without any notice,\" the source said.";
    let mut d = doc(text);
    let outer = attr(
        &mut d,
        AccordingTo,
        Some("the Daily Ledger"),
        Some("According to"),
        "a hospital source says that the ward closed on Friday",
        0,
    );
    let inner = attr(&mut d, Indirect, Some("a hospital source"), Some("says"), "that the ward closed on Friday", 0);
    d.attributions[inner].parent = Some(outer);
    let quote = attr(
        &mut d,
        Direct,
        Some("the source"),
        Some("said"),
        "Nurses were moved to other floors without any notice",
        0,
    );
    hearsay_sources::annotate(&mut d);
    // the sources stage's coreference ("a hospital source" … "the source") is not under test
    d.attributions[quote].source_id = d.attributions[inner].source_id;
    hearsay_claims::annotate(&mut d);
    let claim = d.claims.iter().find(|c| c.attributions.contains(&quote)).expect("claim");
    assert!(!claim.attributions.contains(&inner), "two propositions, two claims: {:#?}", d.claims);
    assert_eq!(claim.assessment.label.as_str(), "unverified", "{:#?}", claim.assessment);
    assert!(claim.assessment.reasons.iter().any(|r| r.contains("the Daily Ledger")), "{:#?}", claim.assessment);
}

/// One report of the claim opens with an unnamed speaker passing it on ("Tom Hale said *vets
/// found* …"), the origin's quote of the same finding does not ("“They told me …,” Hale
/// said"): the claim still rests on the vets, second-hand.
#[test]
fn one_nested_report_makes_the_claim_second_hand() {
    let text = "Tom Hale said vets found a rare parasite had infected the herd.\n\n\
                \"They told me a rare parasite had infected the whole herd,\" Hale said.";
    let mut d = doc(text);
    let a =
        attr(&mut d, Indirect, Some("Tom Hale"), Some("said"), "vets found a rare parasite had infected the herd", 0);
    let from = text.find("\"They").expect("second paragraph");
    let q = attr(
        &mut d,
        Direct,
        Some("Hale"),
        Some("said"),
        "They told me a rare parasite had infected the whole herd",
        from,
    );
    hearsay_sources::annotate(&mut d);
    // one speaker, whatever the sources stage's coreference makes of "Hale"
    d.attributions[q].source_id = d.attributions[a].source_id;
    hearsay_claims::annotate(&mut d);
    let claim = d.claims.iter().find(|c| c.attributions.contains(&a)).expect("claim");
    assert!(claim.attributions.contains(&q), "the quote restates the report: {:#?}", d.claims);
    assert_eq!(claim.assessment.label.as_str(), "unverified", "{:#?}", claim.assessment);
    assert!(claim.assessment.reasons.iter().any(|r| r.contains("\"vets\"")), "{:#?}", claim.assessment);
}
