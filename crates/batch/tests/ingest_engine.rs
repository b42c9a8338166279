//! The parallel ingest engine: counts, idempotence, resumption, purity of the map step.

use hearsay::{IngestOptions, InputFormat, Pipeline};
use hearsay_batch::{ingest, IngestConfig, Summary};
use hearsay_readers::{records, ByteCounter, ReadOptions, Record};
use hearsay_store::{content_key, SqliteStore, Store};
use std::path::Path;

const WHO: [&str; 5] = [
    "The mayor",
    "A police spokeswoman",
    "Senator Ruth Ellis",
    "An official who asked not to be named",
    "The ministry",
];
const WHAT: [&str; 5] = [
    "the bridge on Route {n} would reopen next week",
    "{n} people had been evacuated from the valley",
    "the budget for district {n} was cut by a third",
    "the factory in sector {n} had failed its inspection",
    "talks over contract {n} had broken down",
];

/// Article `n`: a few sentences of reported speech, different for every `n`.
fn article(n: usize) -> String {
    let who = WHO[n % WHO.len()];
    let what = WHAT[(n / 5) % WHAT.len()].replace("{n}", &n.to_string());
    format!(
        "Report number {n}\n\n{who} said on Tuesday that {what}. \"We are watching closely,\" {who_l} told reporters.\n\n\
         The claim could not be independently confirmed. Residents said they had heard the news on the radio.\n",
        who_l = who.to_lowercase()
    )
}

fn jsonl(n: usize) -> String {
    let mut out = String::new();
    for i in 0..n {
        let v = serde_json::json!({"id": format!("art-{i}"), "outlet": "Test Wire", "published": format!("2024-01-{:02}", i % 28 + 1), "text": article(i)});
        out += &v.to_string();
        out.push('\n');
    }
    out
}

fn run(path: &Path, db: &Path, take: Option<usize>) -> Summary {
    let recs = records(vec![path.display().to_string()], ReadOptions::default(), ByteCounter::new());
    let recs: Box<dyn Iterator<Item = Record> + Send> = match take {
        Some(n) => Box::new(recs.take(n)),
        None => Box::new(recs),
    };
    let writer = SqliteStore::open(db).unwrap();
    let seen = SqliteStore::open(db).unwrap();
    let cfg = IngestConfig { batch: 16, threads: Some(2), ..Default::default() };
    ingest(recs, writer, Some(&seen as &dyn Store), &Pipeline::new().expect("shipped pipeline"), &cfg, |_| {}).unwrap()
}

#[test]
fn counts_bad_records_and_skips_what_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let feed = dir.path().join("feed.jsonl");
    let mut text = jsonl(60);
    text += "{\"id\": \"broken\", \"text\": \n"; // invalid JSON
    text += &serde_json::json!({"id": "dup", "text": article(3)}).to_string(); // same content as art-3
    text += "\n";
    text += &serde_json::json!({"id": "bin", "text": "nul\u{0}byte"}).to_string(); // binary
    text += "\n";
    std::fs::write(&feed, text).unwrap();
    let db = dir.path().join("h.db");
    let s = run(&feed, &db, None);
    let st = &s.stats;
    assert_eq!((st.articles, st.stored, st.already, st.bad), (62, 60, 1, 2), "{st:?}");
    let origins: Vec<_> = s.bad.iter().map(|b| b.origin.rsplit(':').next().unwrap().to_string()).collect();
    assert_eq!(origins, ["61", "63"]);
    let store = SqliteStore::open(&db).unwrap();
    // The duplicate is a second sighting of art-3, not a second document.
    let key = content_key(article(3).as_bytes());
    let seen = store.sightings(&key).unwrap();
    assert_eq!(seen.iter().map(|s| s.caller_id.clone().unwrap()).collect::<Vec<_>>(), ["art-3", "dup"]);
    // Ingest order is input order.
    let docs = store.lookup("art-59").unwrap();
    assert_eq!(docs[0].seq, 60);
    assert_eq!(docs[0].outlet.as_deref(), Some("Test Wire"));
    let before = store.fingerprint().unwrap();

    let again = run(&feed, &db, None);
    assert_eq!((again.stats.stored, again.stats.already, again.stats.bad), (0, 61, 2));
    assert_eq!(store.fingerprint().unwrap(), before);
}

#[test]
fn an_interrupted_run_resumed_equals_an_uninterrupted_one() {
    let dir = tempfile::tempdir().unwrap();
    let feed = dir.path().join("feed.jsonl");
    std::fs::write(&feed, jsonl(50)).unwrap();
    let whole = dir.path().join("whole.db");
    run(&feed, &whole, None);
    let resumed = dir.path().join("resumed.db");
    run(&feed, &resumed, Some(21));
    run(&feed, &resumed, Some(37));
    run(&feed, &resumed, None);
    let a = SqliteStore::open(&whole).unwrap().fingerprint().unwrap();
    let b = SqliteStore::open(&resumed).unwrap().fingerprint().unwrap();
    assert_eq!(a, b);
    assert_eq!(a[0].1, 50);
}

#[test]
fn stored_analysis_is_the_pure_pipeline_output_plus_given_metadata() {
    let dir = tempfile::tempdir().unwrap();
    let feed = dir.path().join("feed.jsonl");
    std::fs::write(&feed, jsonl(5)).unwrap();
    let db = dir.path().join("h.db");
    run(&feed, &db, None);
    let store = SqliteStore::open(&db).unwrap();
    for i in 0..5 {
        let text = article(i);
        let opts =
            IngestOptions { format: Some(InputFormat::Text), id: Some(format!("art-{i}")), ..Default::default() };
        let mut expected = Pipeline::new().expect("shipped pipeline").analyze(text.as_bytes(), &opts).unwrap();
        let meta = expected.document.metadata.get_or_insert_with(Default::default);
        meta.outlet = Some("Test Wire".into());
        meta.published = Some(format!("2024-01-{:02}", i % 28 + 1));
        let got = store.analysis(&content_key(text.as_bytes())).unwrap().unwrap();
        assert_eq!(got, expected);
        assert!(!got.attributions.is_empty(), "the articles carry reported speech");
    }
}
