//! Rebuttals that are events only as someone's words (actor mode `speaker` or `quoted`):
//! "none of it is true", "without merit", "they're lying", "did nothing wrong". Sentences
//! written for these tests, through the shipped pipeline.

mod common;

/// The denials the shipped pipeline finds in `text`.
fn denials(text: &str) -> Vec<(String, Option<String>)> {
    common::denials(&common::run(text))
}

#[test]
fn the_whole_claim_false_and_without_merit() {
    let got = denials("The actor was reported dead on Friday.\n\n\"None of it is true,\" the actor's agent said.\n");
    assert_eq!(got, vec![("None of it is true".to_string(), Some("the actor's agent".to_string()))]);
    let got = denials(
        "The firm was sued over the leak.\n\n\"These allegations are without merit,\" a lawyer for the firm said.\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "are without merit");
    let got = denials("The ministry said the allegations have no basis in fact.\n");
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn calling_the_other_side_liars_only_in_reported_speech() {
    let got = denials("Jordan disputed the claim.\n\n\"They are lying,\" a spokesman for the ministry said.\n");
    assert!(got.contains(&("are lying".to_string(), Some("a spokesman for the ministry".to_string()))), "{got:?}");
    // an accusation about a stance, not a clause-final rebuttal
    assert_eq!(denials("Trump says Clinton is lying about her tax plan.\n"), vec![]);
    let got = denials("The coach was accused of cheating.\n\n\"I did nothing wrong,\" the coach said.\n");
    assert_eq!(got, vec![("did nothing wrong".to_string(), Some("the coach".to_string()))]);
}
