//! Regression test on the shared seed article (skipped when ../shared is absent).

use hearsay::{IngestOptions, Pipeline};
use std::path::PathBuf;

fn seed() -> Option<Vec<u8>> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/examples/seed-article.txt");
    match std::fs::read(&p) {
        Ok(b) => Some(b),
        Err(_) => {
            let _ = std::io::Write::write_fmt(
                &mut std::io::stderr(),
                format_args!("SKIPPED (needs ../shared, see README \"Tests\"): {} not found\n", p.display()),
            );
            None
        }
    }
}

#[test]
fn seed_article_verifications() {
    let Some(bytes) = seed() else { return };
    let doc = Pipeline::new().expect("shipped pipeline").analyze_bytes(&bytes, &IngestOptions::default()).unwrap();
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

#[test]
fn seed_article_hedges() {
    let Some(bytes) = seed() else { return };
    let doc = Pipeline::new().expect("shipped pipeline").analyze_bytes(&bytes, &IngestOptions::default()).unwrap();
    let found: Vec<(&str, &str)> = doc.hedges.iter().map(|h| (h.cue.text(&doc.text), h.class)).collect();
    for want in [("may be using", "modal"), ("allegedly", "evidential"), ("may sound", "modal")] {
        assert!(found.contains(&want), "{want:?} not in {found:?}");
    }
    // Gold offsets of the three hedges.
    let starts: Vec<usize> =
        doc.hedges.iter().filter(|h| h.class == "modal" || h.class == "evidential").map(|h| h.cue.start).collect();
    assert_eq!(starts, [313, 526, 1454]);
    // Every attached hedge lies in its attribution's content or cue sentence, never on its frame.
    for a in &doc.attributions {
        for h in &a.hedges {
            assert!(a.cue.is_none_or(|c| !c.overlaps(*h)) && a.source.is_none_or(|s| !s.overlaps(*h)));
            let in_content = a.content.iter().any(|c| c.contains(*h));
            let in_frame =
                doc.sentences.iter().any(|s| s.span.contains(*h) && a.cue.is_some_and(|c| s.span.overlaps(c)));
            assert!(in_content || in_frame);
        }
    }
    // When the attribution stage finds the report that relays the pornography claim, it carries "may be using".
    if let Some(a) =
        doc.attributions.iter().find(|a| a.content.iter().any(|c| c.contains(hearsay::core::Span::new(313, 325))))
    {
        assert!(a.hedges.iter().any(|h| h.start == 313), "{:?}", a.hedges);
    }
}
