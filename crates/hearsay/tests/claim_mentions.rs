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

/// Two verb phrases of one subject, the second opened by an auxiliary, are two propositions;
/// a do-support auxiliary or a bare list keeps the content whole (docs/CLAIMS.md).
#[test]
fn an_auxiliary_after_and_opens_a_second_claim() {
    let pipeline = Pipeline::new().unwrap();
    let texts = |text: &str| -> Vec<String> {
        let doc = pipeline.analyze_bytes(text.as_bytes(), &IngestOptions::default()).unwrap();
        doc.claims.iter().map(|c| c.text.clone()).collect()
    };
    let two = texts("The mayor said the factory has closed its doors and will lay off its remaining workers.\n");
    assert_eq!(two, ["the factory has closed its doors", "will lay off its remaining workers"]);
    let one = texts("The mayor said the factory closed for financial reasons and does not plan to reopen.\n");
    assert_eq!(one.len(), 1, "{one:?}");
    let list = texts("The mayor said the factory made chairs and tables for local schools.\n");
    assert_eq!(list.len(), 1, "{list:?}");
}
