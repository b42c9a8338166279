//! The speech act of each attribution through the whole pipeline, and that only assertions
//! and beliefs make claims (issue 16: "hopes to" is an intention, "asked whether" a question).

use hearsay::core::{Label, SpeechAct};
use hearsay::{IngestOptions, Pipeline};

const TEXT: &str = "The mayor said the plant closed in May.

Officials believe the plant closed in May.

The union vowed to fight the closure.

The governor urged the company to keep the plant open.

Workers fear that the plant will close.

Reporters asked whether the plant had closed.

The senator condemned the closure.

The company declined to comment on the closure.

\"Will the plant close?\" the mayor asked.
";

/// The act of the first attribution whose cue is exactly `cue`.
fn act_of_cue(doc: &hearsay::core::Doc, cue: &str) -> SpeechAct {
    doc.attributions
        .iter()
        .find(|a| a.cue.is_some_and(|c| doc.slice(c) == cue))
        .unwrap_or_else(|| panic!("no attribution with cue {cue:?}"))
        .act
}

#[test]
fn each_cue_gets_its_act_and_only_assertions_make_claims() {
    let doc = Pipeline::new().unwrap().analyze_bytes(TEXT.as_bytes(), &IngestOptions::default()).unwrap();
    let act_of = |cue: &str| act_of_cue(&doc, cue);
    assert_eq!(act_of("said"), SpeechAct::Assertion);
    assert_eq!(act_of("believe"), SpeechAct::Belief);
    assert_eq!(act_of("vowed"), SpeechAct::Intention);
    assert_eq!(act_of("urged"), SpeechAct::Request);
    assert_eq!(act_of("fear"), SpeechAct::Feeling);
    assert_eq!(act_of("condemned"), SpeechAct::Reference);
    assert_eq!(act_of("declined"), SpeechAct::Response);
    let asked: Vec<SpeechAct> =
        doc.attributions.iter().filter(|a| a.cue.is_some_and(|c| doc.slice(c) == "asked")).map(|a| a.act).collect();
    assert_eq!(asked, [SpeechAct::Question, SpeechAct::Question], "'asked whether' and a quote ending in '?'");
    // the mayor's assertion and the officials' belief are one claim; nothing else is
    assert_eq!(doc.claims.len(), 1, "{:#?}", doc.claims);
    assert_eq!(doc.claims[0].text, "the plant closed in May");
    let json = serde_json::to_value(hearsay::core::schema::Analysis::from_doc(&doc)).unwrap();
    assert_eq!(json["attributions"][2]["act"], "intention");
}

/// Verbs of arguing and insisting put a bare clause forward as a claim ("arguing the move
/// was needed"), like "said".
#[test]
fn arguing_a_bare_clause_asserts_it() {
    let text = "The newspaper filed a motion on Monday, arguing the records were needed for the public debate.\n";
    let doc = Pipeline::new().unwrap().analyze_bytes(text.as_bytes(), &IngestOptions::default()).unwrap();
    let a = doc
        .attributions
        .iter()
        .find(|a| a.cue.is_some_and(|c| doc.slice(c) == "arguing"))
        .unwrap_or_else(|| panic!("no 'arguing' attribution: {:#?}", doc.attributions));
    assert_eq!(a.act, SpeechAct::Assertion);
    assert_eq!(doc.claims.len(), 1, "{:#?}", doc.claims);
}

/// A pronoun's own state inside the content is what the source reports: a feeling ("she is
/// thrilled"), a want ("he wants"), a plan after "that" ("that he will") — none is a claim.
#[test]
fn the_speakers_own_state_in_the_content_is_no_claim() {
    let text = "The senator said she is thrilled to receive the endorsement.

The governor told reporters he wants a new bridge over the river.

The candidate argued that he will bring a new approach to the job.

The mayor said the bridge collapsed in May.
";
    let doc = Pipeline::new().unwrap().analyze_bytes(text.as_bytes(), &IngestOptions::default()).unwrap();
    let acts: Vec<SpeechAct> = doc.attributions.iter().map(|a| a.act).collect();
    assert_eq!(
        acts,
        [SpeechAct::Feeling, SpeechAct::Intention, SpeechAct::Intention, SpeechAct::Assertion],
        "{:#?}",
        doc.attributions
    );
    assert_eq!(doc.claims.len(), 1, "{:#?}", doc.claims);
    assert_eq!(doc.claims[0].text, "the bridge collapsed in May");
}

/// A conditional pledge told or said is the speaker's plan, a conditional forecast a claim;
/// a negated verb of saying puts nothing forward (docs/ASSESSMENT.md, "What goes into a claim").
#[test]
fn pledges_negated_saying_and_forecasts() {
    let text = "The senator said that, if elected, he'd leave such decisions to the generals.

The analyst predicted he would do so if the opportunity arose.

The Pentagon has not publicly stated that it is flying drones over Syria.

The mayor said the bridge collapsed in May.
";
    let doc = Pipeline::new().unwrap().analyze_bytes(text.as_bytes(), &IngestOptions::default()).unwrap();
    let act_of = |cue: &str| {
        doc.attributions
            .iter()
            .find(|a| a.cue.is_some_and(|c| doc.slice(c).ends_with(cue)))
            .unwrap_or_else(|| panic!("no attribution with cue {cue:?}: {:#?}", doc.attributions))
            .act
    };
    assert_eq!(act_of("predicted"), SpeechAct::Assertion, "a forecast under a condition");
    assert_ne!(act_of("stated"), SpeechAct::Assertion, "a negated verb of saying");
    let texts: Vec<&str> = doc.claims.iter().map(|c| c.text.as_str()).collect();
    assert!(!texts.iter().any(|t| t.contains("generals")), "a conditional pledge: {texts:?}");
    // The Pentagon puts nothing forward; "has not publicly stated" is its could-not-confirm
    // (ANNOTATION.md: "has not confirmed"), so the drones proposition can only be a claim
    // that the event answers: unverified, never one the Pentagon asserts.
    for c in doc.claims.iter().filter(|c| c.text.contains("drones")) {
        assert_eq!(c.assessment.label, Label::Unverified, "not stated: {texts:?}");
        assert!(
            c.attributions.iter().all(|&a| doc.attributions[a].act != SpeechAct::Assertion),
            "the Pentagon asserts nothing: {texts:?}"
        );
    }
    assert!(texts.contains(&"the bridge collapsed in May"), "{texts:?}");
}

/// A passive cue of regarding between a subject and its predicate ("… *is seen as* vital to
/// …") lends the clause its verb: a claim with no named source, not a noun phrase.
#[test]
fn a_passive_regarding_cue_between_subject_and_predicate_asserts() {
    let text = "The effort to rebuild the bridges is seen as vital to reviving trade in the valley.\n\n\
                The old mill is considered a danger to children in the town.\n";
    let doc = Pipeline::new().unwrap().analyze_bytes(text.as_bytes(), &IngestOptions::default()).unwrap();
    for cue in ["is seen as", "is considered"] {
        let a = doc.attributions.iter().find(|a| a.cue.is_some_and(|c| doc.slice(c) == cue)).expect(cue);
        assert!(a.act.asserts(), "{cue}: {:?}", a.act);
    }
    assert_eq!(doc.claims.len(), 2, "{:#?}", doc.claims);
    assert!(doc.claims.iter().all(|c| c.assessment.label.as_str() == "unverified"));
}

/// A sentence hedged with "reportedly" around its verb (fnc1/1239, fnc1/220 train: "Smith
/// reportedly gave $1 million to staff") puts its clause forward with no one named: an
/// assertion and a claim with no origin, not a noun phrase.
#[test]
fn a_clause_hedged_as_reported_is_asserted() {
    let text = "The casino owner Jim Smith reportedly gave $1 million to staff at the Christmas party last year.\n";
    let doc = Pipeline::new().unwrap().analyze_bytes(text.as_bytes(), &IngestOptions::default()).unwrap();
    let a = doc
        .attributions
        .iter()
        .find(|a| a.cue.is_some_and(|c| doc.slice(c) == "reportedly"))
        .unwrap_or_else(|| panic!("no 'reportedly' attribution: {:#?}", doc.attributions));
    assert_eq!(a.act, SpeechAct::Assertion, "{a:#?}");
    assert_eq!(doc.claims.len(), 1, "{:#?}", doc.claims);
    assert_eq!(doc.claims[0].assessment.label, Label::Unverified, "{:#?}", doc.claims[0].assessment);
}

/// A verb of finding or showing with a named object and its predicate states a proposition
/// (fnc1/2441, fnc1/1901 and the usa-today train article: "an inquiry found him guilty of …",
/// "polls show Clinton up by 10 points"); a noun phrase after it stays a reference. A
/// contracted auxiliary makes a clause ("he's riding momentum").
#[test]
fn finding_a_named_object_with_its_predicate_asserts() {
    let text = "In 1992 an inquiry found him guilty of wilful absence from duty.

Polls show Clinton up by 10 points in New York.

The court found an enhanced interest in her husband's actions.

Sanders says he's riding momentum after the win.
";
    let doc = Pipeline::new().unwrap().analyze_bytes(text.as_bytes(), &IngestOptions::default()).unwrap();
    let act_of = |content: &str| {
        let a = doc
            .attributions
            .iter()
            .find(|a| a.content.first().is_some_and(|c| doc.slice(*c).starts_with(content)))
            .unwrap_or_else(|| panic!("no attribution of {content:?}: {:#?}", doc.attributions));
        let tags: Vec<String> = doc
            .tokens
            .iter()
            .zip(&doc.pos)
            .filter(|(t, _)| a.content[0].contains(t.span))
            .map(|(t, p)| format!("{}/{p:?}", doc.slice(t.span)))
            .collect();
        (a.act, tags)
    };
    let (act, tags) = act_of("him guilty");
    assert_eq!(act, SpeechAct::Assertion, "{tags:?}");
    let (act, tags) = act_of("Clinton up");
    assert_eq!(act, SpeechAct::Assertion, "{tags:?}");
    let (act, tags) = act_of("an enhanced interest");
    assert_eq!(act, SpeechAct::Reference, "{tags:?}");
    let (act, tags) = act_of("he's riding");
    assert_eq!(act, SpeechAct::Assertion, "a contracted auxiliary is a finite verb: {tags:?}");
}

/// A passive verb of saying raises the subject of what is reported (fnc1/1972, a train body
/// read by the lead: "He is said to have suffered sprains on both feet" came out an
/// intention): the writer relays a proposition, which makes an unsourced claim.
#[test]
fn a_passive_verb_of_saying_before_to_asserts() {
    let text = "The minister is said to have suffered sprains on both feet.\n";
    let doc = Pipeline::new().unwrap().analyze_bytes(text.as_bytes(), &IngestOptions::default()).unwrap();
    let a = doc
        .attributions
        .iter()
        .find(|a| a.cue.is_some_and(|c| doc.slice(c) == "is said"))
        .unwrap_or_else(|| panic!("no 'is said' attribution: {:#?}", doc.attributions));
    assert_eq!(a.act, SpeechAct::Assertion, "{a:#?}");
    assert_eq!(doc.claims.len(), 1, "{:#?}", doc.claims);
    assert_eq!(doc.claims[0].assessment.label, Label::Unverified, "{:#?}", doc.claims[0].assessment);
    // the cue between the subject and the rest is read with them
    assert_eq!(doc.claims[0].text, "The minister is said to have suffered sprains on both feet");
}

/// A clause whose verb comes before an infinitive ("the tanks *appeared* to be …"), "he'd"
/// and an adverb before a participle ("had only received"), and a quote in pieces whose first
/// piece opens with a past need assert what they say (train part of data/claims: fnc1/950,
/// fnc1/2133, fnc1/1841).
#[test]
fn clauses_misread_as_requests_or_plans_assert() {
    let text = "Fighters told reporters the tanks appeared to be old Soviet models.\n\nHe says he'd only received good reviews for his work.\n\n\"We needed the best player in the league and that's Tom Smith,\" the manager said. \"It's an extremely hard position.\"\n\nThe governor told the company to keep the plant open.\n";
    let doc = Pipeline::new().unwrap().analyze_bytes(text.as_bytes(), &IngestOptions::default()).unwrap();
    let act_of = |cue: &str| act_of_cue(&doc, cue);
    assert_eq!(act_of("told"), SpeechAct::Assertion);
    assert_eq!(act_of("says"), SpeechAct::Assertion);
    assert_eq!(act_of("said"), SpeechAct::Assertion);
    let told: Vec<SpeechAct> =
        doc.attributions.iter().filter(|a| a.cue.is_some_and(|c| doc.slice(c) == "told")).map(|a| a.act).collect();
    assert_eq!(told, [SpeechAct::Assertion, SpeechAct::Request], "'told the company to keep' stays a request");
    assert!(doc.claims.iter().any(|c| c.text.starts_with("the tanks appeared")), "{:#?}", doc.claims);
}
