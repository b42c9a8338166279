//! The stance model on the Emergent training data in ../shared/data (skipped when absent).

use hearsay_learn::ModelFile;
use hearsay_stance::{self as stance, cross_validate, read_emergent, TrainOptions};
use std::path::PathBuf;

fn emergent() -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/emergent/url-versions-2015-06-14-clean-train.csv");
    if p.is_file() {
        Some(p)
    } else {
        let _ = std::io::Write::write_fmt(
            &mut std::io::stderr(),
            format_args!("SKIPPED (needs ../shared, see README \"Tests\"): {} is absent\n", p.display()),
        );
        None
    }
}

#[test]
fn grouped_cross_validation_reaches_the_published_baseline() {
    let Some(p) = emergent() else { return };
    let (pairs, _) = read_emergent(&p).unwrap();
    assert_eq!(pairs.len(), 2071);
    let s = cross_validate(&pairs, 10, &TrainOptions::default());
    println!("{s}");
    assert!(s.accuracy >= 0.73, "accuracy {:.3}", s.accuracy);
    assert!(s.macro_f1 >= 0.70, "macro F1 {:.3}", s.macro_f1);
}

#[test]
fn shipped_model_is_what_training_reproduces() {
    let Some(p) = emergent() else { return };
    let (model, n) = stance::train_file(&p, &TrainOptions::default()).unwrap();
    assert_eq!(n, 2071);
    assert_eq!(model.to_model_file(), stance::SHIPPED_MODEL, "models/stance.bin is stale: run `hearsay train stance`");
    let shipped = stance::shipped().unwrap();
    let (pairs, _) = read_emergent(&p).unwrap();
    let agree =
        pairs.iter().filter(|x| shipped.predict(&x.claim, &x.headline) == model.predict(&x.claim, &x.headline)).count();
    assert!(agree * 100 >= pairs.len() * 99, "quantised model disagrees on {} pairs", pairs.len() - agree);
}
