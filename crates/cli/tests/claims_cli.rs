//! `hearsay claims` and `hearsay claim` through the real binary, on the hand-written
//! fixture articles (tests/fixtures/claims): ingest, list, filter, show the trail.

use std::path::PathBuf;
use std::process::{Command, Output};

fn hearsay(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_hearsay")).args(args).output().unwrap()
}

fn ok(o: Output) -> String {
    assert!(o.status.success(), "failed: {}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout).unwrap()
}

#[test]
fn claims_list_filter_and_trail() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/claims");
    let dir = std::env::temp_dir().join(format!("hearsay-claims-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let db = dir.join("c.db");
    let _ = std::fs::remove_file(&db);
    let db = db.to_str().unwrap();
    ok(hearsay(&["ingest", root.join("articles.jsonl").to_str().unwrap(), "--db", db, "--quiet"]));

    let listed: serde_json::Value =
        serde_json::from_str(&ok(hearsay(&["claims", "--db", db, "--json", "--min-articles", "2"]))).unwrap();
    let top = &listed[0];
    assert_eq!(top["articles"], 14, "{top}");
    let id = top["id"].as_u64().unwrap().to_string();

    // Filters: the cluster is found by a word of its claim, its keeper and a date; not by others.
    let ids = |extra: &[&str]| -> Vec<u64> {
        let mut args = vec!["claims", "--db", db, "--json"];
        args.extend_from_slice(extra);
        let v: serde_json::Value = serde_json::from_str(&ok(hearsay(&args))).unwrap();
        v.as_array().unwrap().iter().map(|c| c["id"].as_u64().unwrap()).collect()
    };
    let n: u64 = id.parse().unwrap();
    assert!(ids(&["--search", "chimpanzee ballot"]).contains(&n));
    assert!(!ids(&["--search", "sourdough"]).contains(&n));
    assert!(ids(&["--source", "harbour gazette"]).contains(&n));
    assert!(ids(&["--since", "2026-04-16"]).contains(&n));
    assert!(!ids(&["--since", "2026-05-01"]).contains(&n));
    for junk in ["last week", "junk"] {
        assert_eq!(
            hearsay(&["claims", "--db", db, "--since", junk]).status.code(),
            Some(2),
            "a bad date is a usage error, exit 2 as the README says"
        );
    }

    let trail: serde_json::Value = serde_json::from_str(&ok(hearsay(&["claim", &id, "--db", db, "--json"]))).unwrap();
    let steps = trail["steps"].as_array().unwrap();
    assert_eq!(steps.len(), 14);
    let times: Vec<&str> = steps.iter().map(|s| s["published"].as_str().unwrap()).collect();
    assert!(times.windows(2).all(|w| w[0] <= w[1]), "time order: {times:?}");
    let table = ok(hearsay(&["claim", &id, "--db", db]));
    assert!(table.contains(times[0]) && table.contains("stances:"));
    assert!(!hearsay(&["claim", "99999", "--db", db]).status.success());
    let _ = std::fs::remove_dir_all(&dir);
}
