//! Unit tests of hedge cues and their attachment, on sentences written for them.

use crate::hedges::{annotate, find_hedges, is_uncertain, CueSet};
use hearsay_core::{Attribution, AttributionKind, Doc, Segment, SegmentKind, Sentence, Span};

fn cues(text: &str) -> Vec<(String, &'static str)> {
    let toks = hearsay_text::tokenize(text, Span::new(0, text.len()));
    find_hedges(text, &toks, CueSet::News).into_iter().map(|h| (h.cue.text(text).to_string(), h.class)).collect()
}

#[test]
fn classes_and_extents() {
    assert_eq!(cues("The rebels may be using the tunnels."), [("may be using".to_string(), "modal")]);
    assert_eq!(cues("Funny as it might sound, it worked."), [("might sound".to_string(), "modal")]);
    assert_eq!(cues("The mayor allegedly took bribes."), [("allegedly".to_string(), "evidential")]);
    assert_eq!(cues("It is believed that the ship sank."), [("It is believed".to_string(), "evidential")]);
    assert_eq!(
        cues("The plant closed, according to a report by the union."),
        [("according to a report".to_string(), "attribution")]
    );
    assert_eq!(cues("About 300 people came."), [("About".to_string(), "approximator")]);
    assert_eq!(cues("Nearly half of them left."), [("Nearly".to_string(), "approximator")]);
}

#[test]
fn approximators_need_a_number_and_weasels_stay_out_of_news() {
    assert!(cues("They talked about the weather.").is_empty());
    assert!(cues("Many people were around the house.").is_empty());
    assert!(cues("The council met on Tuesday.").is_empty());
    assert!(cues("Officials could not confirm the report.").is_empty());
    assert_eq!(cues("The figures may not be accurate."), [("may not be accurate".to_string(), "modal")]);
}

#[test]
fn sentence_level_check_uses_the_tuned_cues() {
    assert!(is_uncertain("The castle was probably built by monks."));
    assert!(is_uncertain("Some critics say the design is outdated."));
    assert!(!is_uncertain("The castle was built in 1120."));
    assert!(!is_uncertain(""));
}

fn doc_with(text: &str, attrs: Vec<Attribution>) -> Doc {
    let mut d = Doc { text: text.to_string(), ..Default::default() };
    d.segments = vec![Segment { kind: SegmentKind::Body, span: Span::new(0, text.len()) }];
    d.tokens = hearsay_text::tokenize(text, Span::new(0, text.len()));
    d.sentences = hearsay_text::split_sentences(text, &d.tokens)
        .into_iter()
        .map(|r| Sentence {
            span: Span::new(d.tokens[r.start].span.start, d.tokens[r.end - 1].span.end),
            tokens: r,
            segment: 0,
        })
        .collect();
    d.attributions = attrs;
    d
}

fn attribution(text: &str, source: &str, cue: &str, content: &str) -> Attribution {
    let at = |s: &str| {
        let i = text.find(s).unwrap();
        Span::new(i, i + s.len())
    };
    Attribution::new(AttributionKind::AccordingTo, Some(at(source)), Some(at(cue)), vec![at(content)], 1.0)
}

#[test]
fn hedges_attach_to_content_not_to_the_frame_itself() {
    let text = "The troops may be using phones, according to a report. Prices rose about 5 percent.";
    let a = attribution(text, "a report", "according to", "The troops may be using phones");
    let mut d = doc_with(text, vec![a]);
    annotate(&mut d);
    let got: Vec<&str> = d.attributions[0].hedges.iter().map(|s| s.text(text)).collect();
    assert_eq!(got, ["may be using"]);
    let all: Vec<&str> = d.hedges.iter().map(|h| h.cue.text(text)).collect();
    assert_eq!(all, ["may be using", "according to a report", "about"]);
}

#[test]
fn an_unpunctuated_page_gives_an_attribution_only_the_hedges_near_its_cue() {
    // one "sentence" of several thousand bytes: a hedge far from the cue is not in its frame
    let filler = "officials met the press and the plan went on ".repeat(60);
    let text = format!("the minister said the plan reportedly failed {filler} the plan may be late");
    let a = attribution(&text, "the minister", "said", "the plan reportedly failed");
    let mut d = doc_with(&text, vec![a]);
    assert_eq!(d.sentences.len(), 1);
    annotate(&mut d);
    let got: Vec<&str> = d.attributions[0].hedges.iter().map(|s| s.text(&text)).collect();
    assert_eq!(got, ["reportedly"]);
    assert!(d.hedges.iter().any(|h| h.cue.text(&text) == "may be late"), "the far hedge is still found");
}
