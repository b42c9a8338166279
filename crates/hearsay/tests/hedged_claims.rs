//! Claims the article presents as reported without a source ("reportedly") are claims with no
//! origin, labelled unverified, with the hedge quoted in the reasons; the writer's own hedge
//! ("apparently") makes no claim; a denial whose content is stated nowhere else is a denied
//! claim of its own (issue 16).

use hearsay::core::Label;
use hearsay::{IngestOptions, Pipeline};

fn analyze(text: &str) -> hearsay::Doc {
    Pipeline::new().unwrap().analyze_bytes(text.as_bytes(), &IngestOptions::default()).unwrap()
}

#[test]
fn a_reportedly_sentence_is_an_unverified_claim_and_a_writers_hedge_is_not() {
    let doc = analyze(
        "The harbor crane will reportedly be sold for scrap next month.\n\nThe weather is apparently getting worse.\n",
    );
    assert_eq!(doc.claims.len(), 1, "{:#?}", doc.claims);
    let c = &doc.claims[0];
    assert!(c.attributions.is_empty() && c.chain.is_empty());
    assert_eq!(doc.slice(c.mentions[0]), "The harbor crane will reportedly be sold for scrap next month.");
    assert_eq!(c.assessment.label, Label::Unverified);
    assert!(c.assessment.reasons.iter().any(|r| r.contains("\"reportedly\"")), "{:#?}", c.assessment.reasons);
}

#[test]
fn a_hedged_sentence_joins_the_claim_it_restates() {
    let doc = analyze(
        "The harbor crane will reportedly be sold for scrap to Northline Metals.\n\n\
         Harbor commissioner Alan Whitcombe said the harbor crane would be sold for scrap to Northline Metals.\n",
    );
    assert_eq!(doc.claims.len(), 1, "{:#?}", doc.claims);
    assert_eq!(doc.claims[0].mentions.len(), 2);
    assert_eq!(doc.claims[0].attributions.len(), 1);
}

#[test]
fn a_denial_of_something_stated_nowhere_else_is_a_denied_claim() {
    let doc = analyze("Senator Jane Roe denied that she had mishandled classified information at the agency.\n");
    let denied: Vec<&hearsay::core::Claim> =
        doc.claims.iter().filter(|c| c.assessment.label == Label::Denied).collect();
    assert_eq!(denied.len(), 1, "{:#?} {:#?}", doc.claims, doc.verifications);
    assert!(denied[0].attributions.is_empty(), "the denier is no origin");
    assert!(doc.slice(denied[0].mentions[0]).contains("mishandled classified information"));
}
