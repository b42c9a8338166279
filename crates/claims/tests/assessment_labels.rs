//! Claim grouping and assessment labels on sentences written for these tests.

#[path = "../../sources/tests/common/mod.rs"]
mod common;
use common::*;
use hearsay_core::{AttributionKind::*, Doc, Target, Verdict};

fn run(d: &mut Doc) {
    hearsay_sources::annotate(d);
    hearsay_claims::annotate(d);
}

fn label(d: &Doc, attribution: usize) -> &'static str {
    let c = d.claims.iter().find(|c| c.attributions.contains(&attribution)).expect("claim");
    c.assessment.label.as_str()
}

#[test]
fn two_independent_named_sources_corroborate() {
    let text = "Mayor Ellen Park said the water plant will close in March.\n\n\
                The plant will close in March, union leader Tom Reyes told reporters.\n\n\
                Separately, a resident said the park lights are broken.";
    let mut d = doc(text);
    let a = attr(&mut d, Indirect, Some("Mayor Ellen Park"), Some("said"), "the water plant will close in March", 0);
    let b = attr(&mut d, Indirect, Some("union leader Tom Reyes"), Some("told"), "The plant will close in March", 0);
    let c = attr(&mut d, Indirect, Some("a resident"), Some("said"), "the park lights are broken", 0);
    run(&mut d);
    let claim = d.claims.iter().find(|x| x.attributions.contains(&a)).unwrap();
    assert!(claim.attributions.contains(&b), "{:#?}", d.claims);
    assert!(!claim.attributions.contains(&c));
    assert_eq!(claim.chain.len(), 2);
    assert_eq!(label(&d, a), "corroborated");
    assert_eq!(label(&d, c), "single_anonymous_source");
}

#[test]
fn denial_gives_denied_and_with_confirmation_disputed() {
    let text = "Regulator spokeswoman Ana Diaz said the factory dumped waste into the river.\n\n\
                The factory's owner denied dumping any waste into the river.";
    let mut d = doc(text);
    let a = attr(
        &mut d,
        Indirect,
        Some("Regulator spokeswoman Ana Diaz"),
        Some("said"),
        "the factory dumped waste into the river",
        0,
    );
    let v = verif(&mut d, Verdict::Denied, "The factory's owner", "denied", 0);
    run(&mut d);
    assert_eq!(d.verifications[v].target, Some(Target::Claim(0)));
    assert_eq!(label(&d, a), "denied");
    assert!(
        d.claims[0].assessment.reasons.iter().any(|r| r.contains("\"denied\" (bytes")),
        "{:#?}",
        d.claims[0].assessment
    );

    let text2 = format!("{text}\n\nA state inspector confirmed that the factory dumped waste into the river.");
    let mut d = doc(&text2);
    let a = attr(
        &mut d,
        Indirect,
        Some("Regulator spokeswoman Ana Diaz"),
        Some("said"),
        "the factory dumped waste into the river",
        0,
    );
    verif(&mut d, Verdict::Denied, "The factory's owner", "denied", 0);
    verif(&mut d, Verdict::Confirmed, "A state inspector", "confirmed", 0);
    run(&mut d);
    assert_eq!(label(&d, a), "disputed");
}

#[test]
fn single_named_source_and_nested_relay() {
    let text = "Professor Lin Wu said the vaccine trial was halted.\n\n\
                “A senior official told me the budget will be cut,” columnist Jo Hart wrote.";
    let mut d = doc(text);
    let a = attr(&mut d, Indirect, Some("Professor Lin Wu"), Some("said"), "the vaccine trial was halted", 0);
    let outer = attr(
        &mut d,
        Direct,
        Some("columnist Jo Hart"),
        Some("wrote"),
        "A senior official told me the budget will be cut,",
        0,
    );
    let inner = attr(&mut d, Indirect, Some("A senior official"), Some("told"), "the budget will be cut", 0);
    d.attributions[inner].parent = Some(outer);
    run(&mut d);
    assert_eq!(label(&d, a), "single_named_source");
    let c = d.claims.iter().find(|c| c.attributions.contains(&inner)).unwrap();
    assert!(c.attributions.contains(&outer));
    let official = d.attributions[inner].source_id.unwrap();
    let hart = d.attributions[outer].source_id.unwrap();
    assert_eq!(c.chain, [official, hart], "origin first");
    assert_eq!(d.attributions[inner].recipient_id, Some(hart), "“me” is the columnist");
    assert_eq!(c.assessment.label, hearsay_core::Label::Unverified, "an unnamed origin reached only second-hand");
    assert_eq!(c.text, "the budget will be cut");
}

#[test]
fn empty_document_has_no_claims() {
    let mut d = doc("Nothing is attributed here.");
    run(&mut d);
    assert!(d.claims.is_empty());
}

#[test]
fn a_report_and_the_report_its_source_denies_stay_two_claims() {
    let text = "Footage shows the guard kept his weapon holstered, contradicting the agency's earlier \
                claim that the guard had drawn his weapon.";
    let mut d = doc(text);
    let a = attr(&mut d, Indirect, Some("Footage"), Some("shows"), "the guard kept his weapon holstered", 0);
    let b = attr(&mut d, Other, Some("the agency's"), Some("earlier claim"), "the guard had drawn his weapon", 0);
    let v = verif(&mut d, Verdict::Denied, "Footage", "contradicting", 0);
    run(&mut d);
    let ca = d.claims.iter().position(|c| c.attributions.contains(&a)).unwrap();
    let cb = d.claims.iter().position(|c| c.attributions.contains(&b)).unwrap();
    assert_ne!(ca, cb, "{:#?}", d.claims);
    assert_eq!(d.verifications[v].target, Some(Target::Claim(cb)), "the footage does not deny itself");
    assert_eq!(label(&d, b), "denied");
}

#[test]
fn a_report_its_source_denies_joins_not_even_through_a_third() {
    // the witness repeats the footage's report, which joins it first; the agency's claim
    // shares the witness's words too, but the footage contradicts it, so it stays apart
    let text = "Footage shows the guard kept his weapon holstered, contradicting the agency's earlier \
                claim that the guard had drawn his weapon.\n\n\
                A witness said the guard kept his weapon holstered and had drawn his weapon never.";
    let mut d = doc(text);
    let a = attr(&mut d, Indirect, Some("Footage"), Some("shows"), "the guard kept his weapon holstered", 0);
    let b = attr(&mut d, Other, Some("the agency's"), Some("earlier claim"), "the guard had drawn his weapon", 0);
    let c = attr(
        &mut d,
        Indirect,
        Some("A witness"),
        Some("said"),
        "the guard kept his weapon holstered and had drawn his weapon never",
        0,
    );
    verif(&mut d, Verdict::Denied, "Footage", "contradicting", 0);
    run(&mut d);
    let claim_of = |x: usize| d.claims.iter().position(|k| k.attributions.contains(&x));
    assert_eq!(claim_of(a), claim_of(c), "{:#?}", d.claims);
    assert_ne!(claim_of(b), claim_of(a), "{:#?}", d.claims);
}

#[test]
fn one_source_giving_other_figures_states_another_claim() {
    let text = "The census office said 92 percent of the arrivals were farmers. \
                It said fewer than 3 percent of the arrivals were teachers.";
    let mut d = doc(text);
    let a =
        attr(&mut d, Indirect, Some("The census office"), Some("said"), "92 percent of the arrivals were farmers", 0);
    let b = attr(&mut d, Indirect, Some("It"), Some("said"), "fewer than 3 percent of the arrivals were teachers", 0);
    run(&mut d);
    let claim = d.claims.iter().find(|c| c.attributions.contains(&a)).unwrap();
    assert!(!claim.attributions.contains(&b), "{:#?}", d.claims);
}

#[test]
fn an_organizations_own_plan_is_no_claim_but_its_forecast_is() {
    let text = "The Justice Department said it will review the contract.\n\n\
                The Justice Department said it would cost the city millions.\n\n\
                Mayor Ellen Park said it will reopen in May.";
    let mut d = doc(text);
    let plan = attr(&mut d, Indirect, Some("The Justice Department"), Some("said"), "it will review the contract", 0);
    let cost = attr(
        &mut d,
        Indirect,
        Some("The Justice Department"),
        Some("said"),
        "it would cost the city millions",
        text.find("it would").unwrap(),
    );
    let park = attr(
        &mut d,
        Indirect,
        Some("Mayor Ellen Park"),
        Some("said"),
        "it will reopen in May",
        text.find("Mayor").unwrap(),
    );
    run(&mut d);
    let claimed = |a: usize| d.claims.iter().any(|c| c.attributions.contains(&a));
    assert_eq!(d.sources[d.attributions[plan].source_id.unwrap()].stype, hearsay_core::SourceType::Organization);
    assert!(!claimed(plan), "the department's own plan: {:#?}", d.claims);
    assert!(claimed(cost), "a forecast of what something costs");
    assert!(claimed(park), "a person's 'it' is some other thing");
}

#[test]
fn a_verification_naming_a_sources_claims_bears_on_each_of_them() {
    let text = "North Korea said the test was its biggest yet.\n\n\
                North Korea said the warheads now fit on its missiles.\n\n\
                Though it is difficult to assess North Korea's claims about the test, experts say \
                the regime wants to deploy them in the field.";
    let mut d = doc(text);
    let biggest = attr(&mut d, Indirect, Some("North Korea"), Some("said"), "the test was its biggest yet", 0);
    let from = text.find("North Korea said the warheads").unwrap();
    let fit = attr(&mut d, Indirect, Some("North Korea"), Some("said"), "the warheads now fit on its missiles", from);
    let from = text.find("Though").unwrap();
    let experts =
        attr(&mut d, Indirect, Some("experts"), Some("say"), "the regime wants to deploy them in the field", from);
    let v = verif(&mut d, Verdict::CouldNotConfirm, "it", "is difficult to assess", from);
    run(&mut d);
    let claim_of = |a: usize| d.claims.iter().position(|c| c.attributions.contains(&a)).expect("claim");
    assert_ne!(claim_of(biggest), claim_of(fit), "{:#?}", d.claims);
    for a in [biggest, fit] {
        assert!(d.claims[claim_of(a)].verifications.contains(&v), "{:#?}", d.claims[claim_of(a)]);
        assert_eq!(label(&d, a), "unverified");
    }
    assert!(!d.claims[claim_of(experts)].verifications.contains(&v), "the experts' claim is another source's");
    assert_eq!(d.verifications[v].target, Some(Target::Claim(claim_of(biggest))));
}

#[test]
fn a_recording_is_an_origin_beside_a_speaker_and_a_report_is_a_relay() {
    let text = "Mayor Ellen Park said the officer fired at the unarmed driver.\n\n\
                Video shows the officer fired at the unarmed driver.";
    let mut d = doc(text);
    let park =
        attr(&mut d, Indirect, Some("Mayor Ellen Park"), Some("said"), "the officer fired at the unarmed driver", 0);
    let from = text.find("Video").unwrap();
    let video = attr(&mut d, Indirect, Some("Video"), Some("shows"), "the officer fired at the unarmed driver", from);
    run(&mut d);
    let claim = d.claims.iter().find(|c| c.attributions.contains(&park)).expect("claim");
    assert!(claim.attributions.contains(&video), "{:#?}", d.claims);
    let vid = d.attributions[video].source_id.unwrap();
    assert_eq!(d.sources[vid].stype, hearsay_core::SourceType::Document);
    assert!(hearsay_claims::chain::is_recording(&d, vid));
    assert_eq!(hearsay_claims::chain::origins(&d, &claim.attributions).len(), 2);
    assert_eq!(label(&d, park), "corroborated");

    let text = "Mayor Ellen Park said the officer fired at the unarmed driver.\n\n\
                A report says the officer fired at the unarmed driver.";
    let mut d = doc(text);
    let park =
        attr(&mut d, Indirect, Some("Mayor Ellen Park"), Some("said"), "the officer fired at the unarmed driver", 0);
    let from = text.find("A report").unwrap();
    attr(&mut d, Indirect, Some("A report"), Some("says"), "the officer fired at the unarmed driver", from);
    run(&mut d);
    let claim = d.claims.iter().find(|c| c.attributions.contains(&park)).expect("claim");
    assert_eq!(hearsay_claims::chain::origins(&d, &claim.attributions).len(), 1, "a report passes it on");
    assert_eq!(label(&d, park), "single_named_source");
}

#[test]
fn an_official_announcing_the_organizations_plan_makes_no_claim() {
    let text = "An agency spokeswoman said the agency would post any recalls on its website.\n\n\
                A Pentagon official said the United States would send more drones.\n\n\
                A Pentagon official said the bridge would collapse under the weight.";
    let mut d = doc(text);
    let post = attr(
        &mut d,
        Indirect,
        Some("An agency spokeswoman"),
        Some("said"),
        "the agency would post any recalls on its website",
        0,
    );
    let from = text.find("A Pentagon").unwrap();
    let send = attr(
        &mut d,
        Indirect,
        Some("A Pentagon official"),
        Some("said"),
        "the United States would send more drones",
        from,
    );
    let from = text.rfind("A Pentagon").unwrap();
    let fall = attr(
        &mut d,
        Indirect,
        Some("A Pentagon official"),
        Some("said"),
        "the bridge would collapse under the weight",
        from,
    );
    run(&mut d);
    assert!(d.sources[d.attributions[post].source_id.unwrap()].official, "{:#?}", d.sources);
    let claimed = |a: usize| d.claims.iter().any(|c| c.attributions.contains(&a));
    assert!(!claimed(post), "the agency's own plan: {:#?}", d.claims);
    assert!(!claimed(send), "the government's own plan: {:#?}", d.claims);
    assert!(claimed(fall), "no organization opens it: a forecast");
}

#[test]
fn a_report_of_two_clauses_gives_two_claims() {
    let text = "The mayor said the plant closed in May and that 300 jobs were lost.\n\n\
                The governor said the bridge opened in June, but the old road stayed closed all summer.\n\n\
                The chief said officers arrested Smith and Jones on Friday.\n\n\
                The senator said the vote was a mistake and that is a shame.";
    let mut d = doc(text);
    let two = attr(
        &mut d,
        Indirect,
        Some("The mayor"),
        Some("said"),
        "the plant closed in May and that 300 jobs were lost",
        0,
    );
    let but = attr(
        &mut d,
        Indirect,
        Some("The governor"),
        Some("said"),
        "the bridge opened in June, but the old road stayed closed all summer",
        0,
    );
    let one = attr(&mut d, Indirect, Some("The chief"), Some("said"), "officers arrested Smith and Jones on Friday", 0);
    let that =
        attr(&mut d, Indirect, Some("The senator"), Some("said"), "the vote was a mistake and that is a shame", 0);
    run(&mut d);
    let texts = |a: usize| -> Vec<&str> {
        d.claims.iter().filter(|c| c.attributions.contains(&a)).map(|c| c.text.as_str()).collect()
    };
    assert_eq!(texts(two), ["the plant closed in May", "300 jobs were lost"], "{:#?}", d.claims);
    assert_eq!(texts(but), ["the bridge opened in June", "the old road stayed closed all summer"]);
    assert_eq!(texts(one), ["officers arrested Smith and Jones on Friday"]);
    assert_eq!(texts(that), ["the vote was a mistake and that is a shame"], "'that' is the subject here");
}

#[test]
fn a_denial_sharing_only_the_topic_does_not_deny_the_main_claim() {
    let text = "Mayor Ellen Park said the water plant will close in March.\n\n\
                The union denied any wrongdoing over pension accounts at the water plant last year.";
    let mut d = doc(text);
    let a = attr(&mut d, Indirect, Some("Mayor Ellen Park"), Some("said"), "the water plant will close in March", 0);
    let v = verif(&mut d, Verdict::Denied, "The union", "denied", 0);
    run(&mut d);
    assert_eq!(d.verifications[v].target, None, "{:#?}", d.claims);
    assert_eq!(label(&d, a), "single_named_source");
}

/// Giving no further context makes a claim unverified when one of its own sources holds
/// back ("He did not elaborate"); someone else's silence about detail ("The agency did not
/// explain why") leaves its label (train part of data/claims: two wrong `unverified` go).
#[test]
fn no_further_context_counts_from_the_claims_own_sources() {
    let text = "The mayor said the plant closed in May. He did not elaborate.\n\n\
                The union said the workers were never paid, though the agency did not explain why.";
    let mut d = doc(text);
    let plant = attr(&mut d, Indirect, Some("The mayor"), Some("said"), "the plant closed in May", 0);
    let from = text.find("The union").unwrap();
    let paid = attr(&mut d, Indirect, Some("The union"), Some("said"), "the workers were never paid", from);
    let v1 = verif(&mut d, Verdict::NoFurtherContext, "He", "did not elaborate", 0);
    let v2 = verif(&mut d, Verdict::NoFurtherContext, "the agency", "did not explain", from);
    run(&mut d);
    let claim = |a: usize| d.claims.iter().find(|c| c.attributions.contains(&a)).expect("claim");
    let (p, w) = (claim(plant), claim(paid));
    assert!(p.verifications.contains(&v1), "{p:#?}");
    assert_eq!(p.assessment.label.as_str(), "unverified", "{p:#?}");
    assert!(w.verifications.contains(&v2), "{w:#?}");
    assert_eq!(w.assessment.label.as_str(), "single_named_source", "{w:#?}");
}

#[test]
fn an_organizations_stated_intention_is_no_claim_but_its_expectation_is() {
    let text = "The Justice Department said it plans to open an office downtown.\n\n\
                The Justice Department said it expects to hire more lawyers.";
    let mut d = doc(text);
    let plan =
        attr(&mut d, Indirect, Some("The Justice Department"), Some("said"), "it plans to open an office downtown", 0);
    let from = text.find("The Justice Department said it expects").unwrap();
    let expects =
        attr(&mut d, Indirect, Some("The Justice Department"), Some("said"), "it expects to hire more lawyers", from);
    run(&mut d);
    let claimed = |a: usize| d.claims.iter().any(|c| c.attributions.contains(&a));
    assert_eq!(d.sources[d.attributions[plan].source_id.unwrap()].stype, hearsay_core::SourceType::Organization);
    assert!(!claimed(plan), "the department's own plan: {:#?}", d.claims);
    assert!(claimed(expects), "an expectation is a forecast");
}

#[test]
fn a_could_not_confirm_sharing_one_topic_word_leaves_the_claim_alone() {
    let text = "Coach Dana Miles said the long pause in the second half cost the team the match.\n\n\
                Analysts said there could be other explanations for that pause.\n\n\
                Mayor Ellen Park said the stadium roof leaked during the storm.\n\n\
                The club could not confirm that the stadium roof leaked during the storm.";
    let mut d = doc(text);
    let coach = attr(
        &mut d,
        Indirect,
        Some("Coach Dana Miles"),
        Some("said"),
        "the long pause in the second half cost the team the match",
        0,
    );
    let from = text.find("Analysts").unwrap();
    let v = verif(&mut d, Verdict::CouldNotConfirm, "Analysts", "there could be other explanations", from);
    let from = text.find("Mayor").unwrap();
    let park = attr(
        &mut d,
        Indirect,
        Some("Mayor Ellen Park"),
        Some("said"),
        "the stadium roof leaked during the storm",
        from,
    );
    let from = text.find("The club").unwrap();
    let club = verif(&mut d, Verdict::CouldNotConfirm, "The club", "could not confirm", from);
    run(&mut d);
    let claim_of = |a: usize| d.claims.iter().position(|c| c.attributions.contains(&a)).expect("claim");
    assert!(!d.claims[claim_of(coach)].verifications.contains(&v), "{:#?}", d.claims);
    assert_eq!(label(&d, coach), "single_named_source");
    assert!(d.claims[claim_of(park)].verifications.contains(&club), "{:#?}", d.claims);
    assert_eq!(label(&d, park), "unverified");
}
