//! The shipped verification gold parses, indexes the PolNeAR dev texts, and the pipeline
//! keeps a floor on it (skipped when ../shared/data is absent).

use std::path::PathBuf;

#[test]
fn polnear_dev_verification_gold() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let texts = root.join("../shared/data/polnear/dev/text");
    if !texts.is_dir() {
        let _ = std::io::Write::write_fmt(
            &mut std::io::stderr(),
            format_args!("SKIPPED (needs ../shared, see README \"Tests\"): {} not found\n", texts.display()),
        );
        return;
    }
    let gold = root.join("data/verifications/polnear-dev.jsonl");
    let r = hearsay_eval::verifications::evaluate(&gold, &texts, true).unwrap();
    println!("{r}");
    assert!(r.gold_events >= 80, "gold has {} events", r.gold_events);
    assert!(r.verdict_cue.f1() >= 0.8, "verdict+cue F1 {:.3}", r.verdict_cue.f1());
    let actor = r.actor_correct as f64 / r.actor_total.max(1) as f64;
    assert!(actor >= 0.8, "actor accuracy {actor:.3}");
}
