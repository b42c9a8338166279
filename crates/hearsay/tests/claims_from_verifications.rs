//! Reports whose cue is a verification state no claim of their own (texts written for these tests).

use hearsay::{Doc, IngestOptions, InputFormat, Pipeline};

fn analyze(text: &str) -> Doc {
    let opts = IngestOptions { format: Some(InputFormat::Text), ..Default::default() };
    Pipeline::new().expect("shipped pipeline").analyze_bytes(text.as_bytes(), &opts).expect("analyze")
}

/// Asserts that `d` holds a verification of `verdict`.
fn assert_verdict(d: &Doc, verdict: hearsay::core::Verdict) {
    assert!(d.verifications.iter().any(|v| v.verdict == verdict), "no {verdict:?} in {:?}", d.verifications);
}

fn claim_texts(d: &Doc) -> Vec<String> {
    d.claims.iter().map(|c| c.text.clone()).collect()
}

#[test]
fn a_request_for_comment_is_not_a_claim() {
    let d = analyze(
        "Ferry plan stalls\n\nThe harbor master said the ferry would stop running in March because the dock is unsafe.\n\n\
         The port authority did not respond to the Ledger's request for comment.\n",
    );
    assert_verdict(&d, hearsay::core::Verdict::DidNotRespond);
    let texts = claim_texts(&d);
    assert!(texts.iter().any(|t| t.contains("ferry would stop running")), "{texts:?}");
    assert!(texts.iter().all(|t| !t.contains("request for comment")), "{texts:?}");
}

#[test]
fn a_source_that_cannot_confirm_is_not_the_origin() {
    let d = analyze(
        "Dock closure\n\nCity officials cannot confirm that the dock will close in March, according to a statement on Monday.\n",
    );
    let officials = d
        .sources
        .iter()
        .position(|s| s.mentions.iter().any(|m| d.slice(*m).contains("City officials")))
        .unwrap_or_else(|| panic!("no source for the officials: {:?}", d.sources));
    assert!(d.verifications.iter().any(|v| v.actor_id == Some(officials)), "{:?}", d.verifications);
    assert!(!d.claims.is_empty());
    for c in &d.claims {
        assert!(!c.chain.contains(&officials), "the verifier is in the chain: {:?}", d.claims);
    }
}

/// The text of the claim the first denial bears on (panics when there is no denial, or it bears on none).
fn denied_claim(d: &Doc) -> &str {
    let denial = d
        .verifications
        .iter()
        .find(|v| v.verdict == hearsay::core::Verdict::Denied)
        .unwrap_or_else(|| panic!("no denial: {:?}", d.verifications));
    match denial.target {
        Some(hearsay::core::Target::Claim(c)) => &d.claims[c].text,
        _ => panic!("denial without a claim: {:?}", claim_texts(d)),
    }
}

#[test]
fn a_denial_of_someones_claims_targets_them_and_its_quote_after_a_colon_is_no_claim() {
    let d = analyze(
        "Border claims\n\nRepublican Rep. Dana Fulton said smugglers were crossing the river. \"At least ten smugglers have been caught at the river crossing,\" Fulton told Channel 4.\n\n\
         Speaking to reporters, Haddad thoroughly shot down Fulton's claims: \"We have no credible, specific intelligence to that effect.\"\n",
    );
    let texts = claim_texts(&d);
    assert!(texts.iter().all(|t| !t.contains("no credible")), "{texts:?}");
    // "Fulton's claims" names whose claim it rejects: Fulton's
    assert!(denied_claim(&d).contains("smugglers"), "{texts:?}");
    let fulton = d.sources.iter().filter(|s| s.name.as_deref() == Some("Dana Fulton")).count();
    assert_eq!(fulton, 1, "{:?}", d.sources);
}

#[test]
fn a_denial_bears_on_what_it_denies_not_on_the_claim_beside_it() {
    let d = analyze(
        "Candidates court veterans\n\nThe former senator said it was \"a mistake\" to use a private phone while in office, \
         but she denied that she mishandled classified information.\n",
    );
    assert!(denied_claim(&d).contains("mishandled classified information"), "{:?}", claim_texts(&d));
}

#[test]
fn wide_spaces_around_a_denied_possessive_keep_every_span_sound() {
    // no-break and em spaces (two and three bytes) before the possessive the source ends with
    for space in ['\u{a0}', '\u{2003}'] {
        let d = analyze(&format!(
            "Border claims\n\n\"Smugglers were caught at the river,\" Fulton told Channel 4.\n\n\
             Haddad thoroughly shot down{space}Fulton's claims: \"We have no intelligence to that effect.\"\n",
        ));
        hearsay::core::check::doc(&d).unwrap_or_else(|e| panic!("{e:?}"));
    }
}

/// "No agency confirmed …": a confirmation whose actor opens with a negation says that no one
/// confirms (could_not_confirm), and corroborates nothing (fresh FNC-1 training bodies).
#[test]
fn a_confirmation_by_no_one_corroborates_nothing() {
    let d = analyze(
        "Border arrests questioned\n\nThe congressman said that ten fighters had been caught at the border in Texas.\n\n\
         No state or federal agency confirmed the congressman's account when we asked.\n",
    );
    assert!(d.verifications.iter().all(|v| v.verdict != hearsay::core::Verdict::Confirmed), "{:?}", d.verifications);
    assert_verdict(&d, hearsay::core::Verdict::CouldNotConfirm);
    assert!(d.claims.iter().all(|c| c.assessment.label.as_str() != "corroborated"), "{:#?}", d.claims);
}

#[test]
fn a_source_doubting_something_else_leaves_its_own_claim_as_it_is() {
    let d = analyze(
        "Clinic reopens\n\nNurse Sarah Gluck, 26, said the clinic had reopened on Monday after the storm.\n\n\
         Gluck said it was too soon to know if the road to the clinic would stay open.\n",
    );
    let doubt = d.verifications.iter().find(|v| v.verdict == hearsay::core::Verdict::CouldNotConfirm);
    let doubt = doubt.unwrap_or_else(|| panic!("no could-not-confirm: {:?}", d.verifications));
    assert!(doubt.actor.is_some_and(|a| d.slice(a) == "Gluck"), "{:?}", d.verifications);
    let reopened = d.claims.iter().find(|c| c.text.contains("clinic had reopened"));
    let reopened = reopened.unwrap_or_else(|| panic!("no claim for the reopening: {:?}", claim_texts(&d)));
    assert_eq!(reopened.assessment.label.as_str(), "single_named_source", "{:#?}", reopened.assessment);
}

#[test]
fn a_fact_check_rating_denies_the_claim_it_rates() {
    let d = analyze(
        "Claim: The old lighthouse at Port Mabel collapsed into the sea during the storm.\n\nFALSE\n\n\
         Example: [Collected via email]\n\n\
         Origins: On 3 May the Harbor Gazette published an article claiming that the old lighthouse at Port Mabel \
         had collapsed into the sea during the storm.\n",
    );
    let rating =
        d.verifications.iter().find(|v| d.slice(v.cue) == "FALSE").unwrap_or_else(|| panic!("{:?}", d.verifications));
    assert_eq!(rating.verdict, hearsay::core::Verdict::Denied);
    assert!(rating.actor.is_none());
    assert!(denied_claim(&d).contains("lighthouse at Port Mabel"), "{:?}", claim_texts(&d));
}

/// A denial whose content holds two propositions ("… has signed the lease and will open a
/// store …") denies both: two claims, each `denied`.
#[test]
fn a_denial_of_two_propositions_denies_both() {
    let d = analyze("The retailer denied that it has signed the lease and will open a second store downtown.\n");
    let denied: Vec<&str> = d
        .claims
        .iter()
        .filter(|c| c.assessment.label == hearsay::core::Label::Denied)
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(denied, ["it has signed the lease", "will open a second store downtown"], "{:#?}", d.claims);
}

/// A "gave no further context" deep inside a report's content ("a player he didn't name")
/// says how the claim is sourced: the report still makes its claims.
#[test]
fn an_unnamed_informant_inside_the_content_keeps_the_claim() {
    let d = analyze(
        "The golfer claimed that the star had been suspended for a month and that a player he didn't name had revealed the information.\n",
    );
    assert_verdict(&d, hearsay::core::Verdict::NoFurtherContext);
    let texts = claim_texts(&d);
    assert!(texts.iter().any(|t| t.contains("star had been suspended")), "{texts:?}");
}

/// "These claims are … false" bears on every claim its source made in the sentences before
/// it, not only on the one its words match.
#[test]
fn these_claims_denies_every_recent_claim_of_the_source() {
    let d = analyze(
        "Chef accused of theft\n\n\
         Dana Reed claimed that the chef had stolen the recipe book from the bakery. \
         Reed also claimed that the chef sold the recipes to a rival restaurant. \
         \"The chef broke into the office at night,\" Reed told the paper. \
         \"Everyone in town knows it.\" \
         \"These claims are completely false,\" the chef's lawyer said.\n",
    );
    let denied: Vec<&str> = d
        .claims
        .iter()
        .filter(|c| c.assessment.label == hearsay::core::Label::Denied)
        .map(|c| c.text.as_str())
        .collect();
    assert!(denied.iter().any(|t| t.contains("stolen the recipe book")), "{:#?}", d.claims);
    assert!(denied.iter().any(|t| t.contains("sold the recipes")), "{:#?}", d.claims);
}
