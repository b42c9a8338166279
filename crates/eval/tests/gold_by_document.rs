//! Gold sets that name documents by id: a tiny data root made here (PolNeAR layout and an
//! FNC-1 bodies CSV), a gold file with its `.docs.tsv`, and the two scorers over it.

use std::path::Path;

fn write(p: &Path, s: &str) {
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, s).unwrap();
}

#[test]
fn verifications_and_sources_are_scored_per_document_and_split() {
    let dir = std::env::temp_dir().join(format!("hearsay-gold-by-doc-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let data = dir.join("data");
    let text = "The ministry denied the report on Monday. A spokesman declined to comment.\n";
    write(&data.join("polnear/train/text/a.txt"), text);
    write(&data.join("fnc1/train_bodies.csv"), "Body ID,articleBody\n7,\"Nothing to see, the mayor said.\"\n");
    let at = |s: &str| {
        let i = text.find(s).unwrap();
        [i, i + s.len()]
    };
    let gold = dir.join("gold/v.jsonl");
    let line = |verdict: &str, cue: &str, actor: &str| {
        format!(
            "{{\"doc\":\"polnear/train/a.txt\",\"split\":\"dev\",\"verdict\":\"{verdict}\",\"cue\":{:?},\"cue_text\":\"{cue}\",\"actor\":{:?}}}\n",
            at(cue),
            at(actor)
        )
    };
    write(
        &gold,
        &(line("denied", "denied", "The ministry")
            + &line("declined_to_comment", "declined to comment", "A spokesman")),
    );
    write(&dir.join("gold/v.docs.tsv"), "polnear/train/a.txt\tdev\nfnc1/7\ttrain\n");
    let r = hearsay_eval::verifications::evaluate_docs(&gold, &data, Some("dev"), false).unwrap();
    assert_eq!((r.documents, r.gold_events), (1, 2));
    assert!(r.verdict_cue.tp >= 1.0, "{r}");
    let all = hearsay_eval::verifications::evaluate_docs(&gold, &data, None, false).unwrap();
    assert_eq!(all.documents, 2, "the FNC-1 body counts though it has no event");
    // a cue_text that does not match the offsets is an error, not a silent miss
    write(
        &gold,
        &line("denied", "denied", "The ministry").replace("\"cue_text\":\"denied\"", "\"cue_text\":\"rejected\""),
    );
    assert!(hearsay_eval::verifications::evaluate_docs(&gold, &data, None, false).is_err());

    let src = dir.join("gold/s.jsonl");
    let [s, e] = at("A spokesman");
    write(&src, &format!("{{\"doc\":\"polnear/train/a.txt\",\"split\":\"dev\",\"start\":{s},\"end\":{e},\"mention\":\"A spokesman\",\"type\":\"person\",\"anonymous\":true,\"official\":true}}\n"));
    write(&dir.join("gold/s.docs.tsv"), "polnear/train/a.txt\tdev\n");
    let r = hearsay_eval::sources::evaluate_docs(&src, &data, Some("dev"), false).unwrap();
    assert_eq!(r.items, 1);
    assert_eq!(r.unresolved, 0, "{:?}", r.misses);
    assert!(r.type_accuracy > 0.99);
    let _ = std::fs::remove_dir_all(&dir);
}
