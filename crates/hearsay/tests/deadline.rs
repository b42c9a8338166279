//! The per-document deadline (issue 18): an analysis that finishes in time is byte for byte
//! the one without a deadline; a passed or cancelled deadline stops even a costly analysis
//! within moments.

use hearsay::{Analysis, AnalyzeError, Deadline, IngestOptions, Pipeline};
use std::time::{Duration, Instant};

#[test]
fn a_deadline_that_does_not_fire_changes_nothing_and_one_that_does_stops_the_analysis() {
    let p = Pipeline::new().unwrap();
    let article = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/harbor-article.txt")).unwrap();
    let o = IngestOptions::default();
    let plain = serde_json::to_string(&p.analyze(&article, &o).unwrap()).unwrap();
    let far = Deadline::at(Instant::now() + Duration::from_secs(600));
    let timed = p.analyze_bytes_until(&article, &o, far).unwrap();
    assert_eq!(serde_json::to_string(&Analysis::from_doc(&timed)).unwrap(), plain);

    let gone = Deadline::at(Instant::now());
    assert!(matches!(p.analyze_bytes_until(&article, &o, gone), Err(AnalyzeError::DeadlineExceeded)));

    // A costly shape (one endless unpunctuated sentence of reporting verbs), cancelled from
    // another thread after 200 ms: it stops within a second of that.
    let words = ["the", "mayor", "said", "officials", "told", "reporters", "police", "denied", "claims", "says"];
    let mut x: u64 = 7;
    let text: String = (0..40_000)
        .map(|_| {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            words[(x >> 33) as usize % words.len()]
        })
        .collect::<Vec<_>>()
        .join(" ");
    let d = Deadline::cancellable();
    let canceller = {
        let d = d.clone();
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(200));
            d.cancel();
        })
    };
    let t = Instant::now();
    let r = p.analyze_bytes_until(text.as_bytes(), &o, d);
    canceller.join().unwrap();
    let took = t.elapsed();
    if let Ok(doc) = &r {
        // finished before the cancel: nothing to check but that it was quick
        assert!(took < Duration::from_millis(400), "{took:?} with {} sentences", doc.sentences.len());
    } else {
        assert!(matches!(r, Err(AnalyzeError::DeadlineExceeded)));
        assert!(took < Duration::from_millis(1200), "stopped {took:?} after the start (cancelled at 200 ms)");
    }
}
