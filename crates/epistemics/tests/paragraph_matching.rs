//! Verification patterns run once per paragraph: a match that would cross a sentence end must
//! neither count nor hide a match inside the next sentence, and a cue inside a condition ("if
//! they did not confirm") is no event. Sentences written for these tests, through the shipped
//! pipeline.

use hearsay::{IngestOptions, Pipeline};
use hearsay_core::{Doc, Verdict};

fn run(text: &str) -> Doc {
    Pipeline::new().expect("shipped pipeline").analyze_bytes(text.as_bytes(), &IngestOptions::default()).unwrap()
}

fn events(d: &Doc) -> Vec<(Verdict, String)> {
    d.verifications.iter().map(|v| (v.verdict, d.slice(v.cue).to_string())).collect()
}

#[test]
fn a_match_across_a_sentence_end_does_not_hide_the_next_sentence() {
    // "questions . messages left … were not returned" would be one (crossing) match
    let d =
        run("Officials in the capital said the outbreak was under control.\n\nThe ministry has not responded to our \
         questions. Messages left with its press office were not returned.\n");
    let got = events(&d);
    assert!(got.contains(&(Verdict::DidNotRespond, "has not responded".into())), "{got:?}");
    assert!(
        got.contains(&(Verdict::DidNotRespond, "Messages left with its press office were not returned".into())),
        "{got:?}"
    );
}

#[test]
fn a_cue_inside_a_condition_is_no_event() {
    let d =
        run("The state removed thousands of voters from the rolls.\n\nVoters were struck off if they did not confirm \
         their address. Unless the claims are verified, the board said, nothing will change.\n");
    assert_eq!(events(&d), vec![]);
    // a condition ends at a comma: the main clause still holds its event
    let d =
        run("The army was accused of shelling the town.\n\nIf asked about the strike, the army declined to comment.\n");
    assert_eq!(events(&d), vec![(Verdict::DeclinedToComment, "declined to comment".into())]);
}
