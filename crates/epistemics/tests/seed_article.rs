//! Regression test on the shared seed article (skipped when ../shared is absent).

use hearsay::{IngestOptions, Pipeline};
use std::path::PathBuf;

fn seed() -> Option<Vec<u8>> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/examples/seed-article.txt");
    match std::fs::read(&p) {
        Ok(b) => Some(b),
        Err(_) => {
            println!("skipping: {} not found", p.display());
            None
        }
    }
}

#[test]
fn seed_article_verifications() {
    let Some(bytes) = seed() else { return };
    let doc = Pipeline::new().analyze_bytes(&bytes, &IngestOptions::default()).unwrap();
    let got: Vec<(&str, &str, Option<&str>)> = doc
        .verifications
        .iter()
        .map(|v| (v.verdict.as_str(), v.cue.text(&doc.text), v.actor.map(|a| a.text(&doc.text))))
        .collect();
    let want = [
        ("could_not_confirm", "cannot confirm", Some("The US")),
        ("could_not_confirm", "could not confirm", Some("a Pentagon official")),
        ("no_further_context", "provided no further context", Some("Rachman")),
        ("could_not_confirm", "cannot confirm", Some("I")),
        ("did_not_respond", "did not respond", Some("The Kremlin")),
    ];
    assert_eq!(got, want);
    // Byte offsets of the gold file.
    let starts: Vec<(usize, usize)> = doc.verifications.iter().map(|v| (v.cue.start, v.actor.unwrap().start)).collect();
    assert_eq!(starts, [(20, 13), (413, 393), (1268, 1260), (1467, 1465), (2304, 2292)]);
}
