//! Tests of the verdict classifier.

use super::model::TrainSettings;
use super::words::family;
use super::*;
use hearsay_core::Doc;
use hearsay_learn::ModelFile;

fn doc(text: &str) -> Doc {
    let p = hearsay::Pipeline::before("verifications").expect("pipeline");
    p.analyze_bytes(text.as_bytes(), &hearsay::IngestOptions::default()).expect("doc")
}

fn cands(d: &Doc) -> Vec<(Kind, String)> {
    let contents = crate::verifications::content_set(d);
    candidates(d, crate::verifications::rule_events(d, &contents))
        .into_iter()
        .map(|c| (c.kind, c.cue.text(&d.text).to_string()))
        .collect()
}

#[test]
fn negations_and_family_words_are_candidates_beside_the_cue_table() {
    let d = doc("Police denied the report. The Batmobile isn't in Detroit, a spokesman said. It is not one of those testers and the photo was staged.");
    let c = cands(&d);
    assert!(c.contains(&(Kind::Rule, "denied".into())), "{c:?}");
    assert!(c.contains(&(Kind::Negation, "isn't in Detroit".into())), "{c:?}");
    assert!(c.contains(&(Kind::Negation, "is not one".into())), "{c:?}");
    assert!(c.contains(&(Kind::Word, "was staged".into())), "{c:?}");
}

#[test]
fn the_family_match_is_the_word_list() {
    for &(w, f) in hearsay_lex::hedge::verdict_words() {
        assert_eq!(family(w), Some(f), "{w}");
    }
    assert_eq!(family("said"), None);
}

#[test]
fn a_trained_model_round_trips_and_the_shipped_one_loads() {
    let ex: Vec<Example> = vec![(vec![1, 2], 2), (vec![3, 4], 0), (vec![1, 5], 2), (vec![3, 6], 0)];
    let m = VerdictModel::new(train(&ex, &TrainSettings { epochs: 5, ..Default::default() }), 0.5, f32::INFINITY);
    assert!(m.scores(&[1, 2])[2] > m.scores(&[1, 2])[0]);
    let back = VerdictModel::from_model_file(&m.to_model_file()).unwrap();
    assert_eq!((back.add, back.veto), (0.5, f32::INFINITY));
    assert_eq!(back.scores(&[1, 2]), m.scores(&[1, 2]));
    assert!(VerdictModel::shipped().is_ok(), "{:?}", VerdictModel::shipped().err());
}
