//! A claim's mentions through the whole pipeline: content that its own frame interrupts is
//! one mention (issue 16).

use hearsay::{IngestOptions, Pipeline};

#[test]
fn a_frame_inside_the_content_does_not_split_the_mention() {
    let text = "The latest test, North Korea said, was its biggest yet.\n";
    let doc = Pipeline::new().unwrap().analyze_bytes(text.as_bytes(), &IngestOptions::default()).unwrap();
    let a = doc.attributions.first().unwrap_or_else(|| panic!("no attribution"));
    assert_eq!(a.content.len(), 2, "the content is two pieces around the frame: {a:#?}");
    assert_eq!(doc.claims.len(), 1, "{:#?}", doc.claims);
    let mentions: Vec<&str> = doc.claims[0].mentions.iter().map(|m| doc.slice(*m)).collect();
    assert_eq!(mentions, ["The latest test, North Korea said, was its biggest yet"]);
    assert_eq!(doc.claims[0].text, "The latest test was its biggest yet");
}
