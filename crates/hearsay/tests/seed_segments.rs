//! The seed article's segments against its hand-made gold (skipped when shared/ is absent).

use hearsay::{IngestOptions, Pipeline};
use std::path::PathBuf;

fn shared(p: &str) -> Option<PathBuf> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared").join(p);
    path.exists().then_some(path)
}

#[test]
fn seed_article_segments_match_gold() {
    let (Some(txt), Some(gold)) = (shared("examples/seed-article.txt"), shared("examples/seed-article.gold.json"))
    else {
        let _ = std::io::Write::write_fmt(
            &mut std::io::stderr(),
            format_args!("SKIPPED (needs ../shared, see README \"Tests\"): ../shared/examples not found\n"),
        );
        return;
    };
    let bytes = std::fs::read(txt).unwrap();
    let gold: serde_json::Value = serde_json::from_slice(&std::fs::read(gold).unwrap()).unwrap();
    let a = Pipeline::new().expect("shipped pipeline").analyze(&bytes, &IngestOptions::default()).unwrap();
    assert_eq!(a.document.text.as_bytes(), &bytes[..], "plain text must be kept byte for byte");
    let ours: Vec<(usize, usize, String)> = a
        .document
        .segments
        .iter()
        .map(|s| (s.start, s.end, serde_json::to_value(s.kind).unwrap().as_str().unwrap().to_string()))
        .collect();
    for g in gold["segments"].as_array().unwrap() {
        let want = (
            g["start"].as_u64().unwrap() as usize,
            g["end"].as_u64().unwrap() as usize,
            g["kind"].as_str().unwrap().to_string(),
        );
        assert!(ours.contains(&want), "missing gold segment {want:?}; ours: {ours:?}");
    }
    // no body segment that gold does not have
    let gold_bodies = gold["segments"].as_array().unwrap().iter().filter(|g| g["kind"] == "body").count();
    assert_eq!(ours.iter().filter(|o| o.2 == "body").count(), gold_bodies);
}

#[test]
fn shipped_example_analyzes() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../examples/harbor-article.txt");
    let bytes = std::fs::read(path).unwrap();
    let a = Pipeline::new()
        .expect("shipped pipeline")
        .analyze(&bytes, &IngestOptions { id: Some("harbor".into()), ..Default::default() })
        .unwrap();
    let kinds: Vec<String> = a
        .document
        .segments
        .iter()
        .map(|s| serde_json::to_value(s.kind).unwrap().as_str().unwrap().to_string())
        .collect();
    for k in ["debris", "title", "standfirst", "byline", "dateline", "body", "caption", "credit"] {
        assert!(kinds.iter().any(|x| x == k), "no {k} segment in {kinds:?}");
    }
    for s in &a.document.segments {
        assert_eq!(&a.document.text[s.start..s.end], s.text);
    }
}
