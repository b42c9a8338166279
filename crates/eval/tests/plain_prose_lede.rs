//! Plain-text ingest keeps the lede of a text without page chrome: FNC-1 train bodies whose
//! first paragraph the block model doubts (it used to become debris, and a subheading under
//! it the headline) keep it as body (skipped when ../shared/data is absent).

use hearsay_core::SegmentKind;
use std::path::PathBuf;

#[test]
fn fnc1_train_bodies_keep_their_lede() {
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    if !data.join("fnc1/train_bodies.csv").is_file() {
        eprintln!("SKIPPED (needs ../shared, see README \"Tests\"): {} not found", data.join("fnc1").display());
        return;
    }
    let mut docs = hearsay_eval::gold_docs::GoldDocs::new(&data);
    for id in ["521", "1327", "1728"] {
        let bytes = docs.load(&format!("fnc1/{id}")).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let segs = hearsay_ingest::plain::segment(&text);
        let first = segs.iter().find(|s| !s.span.text(&text).trim().is_empty()).unwrap();
        assert_eq!(first.kind, SegmentKind::Body, "fnc1/{id}: {:?}", first.span.text(&text));
    }
}
