//! `eval trail` on the FNC-1 tune part keeps its floor: no chaining into a giant cluster,
//! precision well above the single-link matching it replaced (skipped when ../shared/data
//! is absent).

use hearsay_cluster::ClusterOptions;
use hearsay_eval::trail_gold::Split;
use std::path::PathBuf;

#[test]
fn fnc1_tune_part_has_no_giant_cluster_and_keeps_precision() {
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    if !data.join("fnc1/train_bodies.csv").is_file() {
        let _ = std::io::Write::write_fmt(
            &mut std::io::stderr(),
            format_args!(
                "SKIPPED (needs ../shared, see README \"Tests\"): {} not found\n",
                data.join("fnc1").display()
            ),
        );
        return;
    }
    let r = hearsay_eval::trail::evaluate(&data, Split::Tune, ClusterOptions::default()).unwrap();
    let f = &r.fnc1;
    assert_eq!((f.articles, f.stories), (800, 102), "the tune part is stable");
    assert!(f.largest_cluster <= 40, "{f}");
    assert!(f.precision >= 0.90 && f.recall >= 0.55, "{f}");
    assert!(f.cross_story_clusters <= 20, "{f}");
}
