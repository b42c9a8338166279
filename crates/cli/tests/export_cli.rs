//! `hearsay export` through the real binary: a store and `analyze` output export to every
//! format, bad arguments fail with clear messages and exit codes, and PolNeAR train+dev
//! ingested into a store exports to Parquet with the store's row counts (skipped when
//! ../shared/data is absent).

mod common;

use common::{run, s, stderr};
use hearsay_store::{SqliteStore, Store};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

fn tmpdir(name: &str) -> PathBuf {
    common::tmpdir("export-cli", name)
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

const TABLES: [(&str, &str); 6] = [
    ("documents", "documents"),
    ("sources", "sources"),
    ("attributions", "attributions"),
    ("verifications", "verifications"),
    ("claims", "claims"),
    ("clusters", "cluster_members"),
];

fn parquet_rows(path: &Path) -> u64 {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    let r = SerializedFileReader::new(std::fs::File::open(path).unwrap()).unwrap();
    r.metadata().file_metadata().num_rows() as u64
}

fn parquet_columns(path: &Path) -> Vec<String> {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    let r = SerializedFileReader::new(std::fs::File::open(path).unwrap()).unwrap();
    r.metadata().file_metadata().schema_descr().columns().iter().map(|c| c.name().to_string()).collect()
}

/// Ingests `inputs` into `db`, clusters them (`hearsay claims`), exports Parquet to `out`,
/// and checks every file's rows against the store's tables; returns the counts.
fn ingest_cluster_export(inputs: &[&str], db: &Path, out: &Path) -> HashMap<String, u64> {
    let o = run(&[&["ingest"][..], inputs, &["--db", s(db), "--quiet"]].concat(), None);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(&["claims", "--db", s(db), "--limit", "1"], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let o = run(&["export", "--db", s(db), "--format", "parquet", "--out", s(out)], None);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("exported"), "{}", stderr(&o));
    let counts: HashMap<String, u64> = SqliteStore::open_read_only(db).unwrap().counts().unwrap().into_iter().collect();
    for (t, st) in TABLES {
        let f = out.join(format!("{t}.parquet"));
        assert_eq!(parquet_rows(&f), counts[st], "{t} against the store's {st}");
        let cols = parquet_columns(&f);
        assert_eq!(cols[0], "document_id", "{t}");
    }
    counts
}

#[test]
fn a_store_of_the_examples_exports_to_every_format() {
    let d = tmpdir("store");
    let db = d.join("h.db");
    let seed = repo().join("../shared/examples/seed-article.txt");
    let examples = repo().join("examples");
    let mut inputs = vec![s(&examples)];
    if seed.is_file() {
        inputs.push(s(&seed));
    }
    let counts = ingest_cluster_export(&inputs, &db, &d.join("pq"));
    assert!(counts["claims"] > 0);
    for fmt in ["csv", "jsonl"] {
        let out = d.join(fmt);
        let o = run(&["export", "--db", s(&db), "--format", fmt, "--out", s(&out)], None);
        assert!(o.status.success(), "{}", stderr(&o));
        for (t, st) in TABLES {
            let text = std::fs::read_to_string(out.join(format!("{t}.{fmt}"))).unwrap();
            let mut r = csv::ReaderBuilder::new().has_headers(fmt == "csv").from_reader(text.as_bytes());
            let n = if fmt == "csv" { r.records().count() } else { text.lines().count() };
            assert_eq!(n as u64, counts[st], "{fmt} {t}");
        }
    }
    // One table to one file.
    let one = d.join("claims.csv");
    let o = run(&["export", "--db", s(&db), "--format", "csv", "--table", "claims", "--out", s(&one)], None);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(std::fs::read_to_string(&one).unwrap().starts_with("document_id,document_key,claim_id,"));
}

#[test]
fn analyze_output_exports_without_a_database_and_bad_lines_are_listed() {
    let d = tmpdir("from");
    let a = run(&["analyze", s(&repo().join("examples/harbor-article.txt"))], None);
    assert!(a.status.success());
    let mut feed = b"{\"schema\": \"hearsay.v0\"}\n".to_vec();
    feed.extend(&a.stdout);
    feed.extend(b"{truncated\n");
    let input = d.join("a.jsonl");
    std::fs::write(&input, &feed).unwrap();
    let out = d.join("t");
    let o = run(&["export", "--from", s(&input), "--format", "parquet", "--out", s(&out)], None);
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    assert!(err.contains("skipped 1: schema is \"hearsay.v0\""), "{err}");
    assert!(err.contains("skipped 3: not JSON"), "{err}");
    assert!(err.contains("exported 1 documents"), "{err}");
    let v: serde_json::Value = serde_json::from_slice(&a.stdout).unwrap();
    assert_eq!(parquet_rows(&out.join("documents.parquet")), 1);
    assert_eq!(parquet_rows(&out.join("claims.parquet")), v["claims"].as_array().unwrap().len() as u64);
    assert_eq!(parquet_rows(&out.join("clusters.parquet")), 0);
    // stdin, one table.
    let one = d.join("attributions.jsonl");
    let o = run(
        &["export", "--from", "-", "--format", "jsonl", "--table", "attributions", "--out", s(&one)],
        Some(&a.stdout),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let lines = std::fs::read_to_string(&one).unwrap().lines().count();
    assert_eq!(lines, v["attributions"].as_array().unwrap().len());
    // Nothing usable: exit 3.
    let junk = d.join("junk.jsonl");
    std::fs::write(&junk, "hello\nworld\n").unwrap();
    let o = run(&["export", "--from", s(&junk), "--format", "csv", "--out", s(&d.join("j"))], None);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    assert!(stderr(&o).contains("no hearsay.v1 record"));
}

#[test]
fn bad_arguments_fail_with_clear_messages() {
    let d = tmpdir("bad");
    let out = d.join("o");
    let (missing_db, missing_jsonl) = (d.join("missing.db"), d.join("missing.jsonl"));
    let cases: &[(&[&str], i32, &str)] = &[
        (&["export", "--db", "x.db", "--format", "xlsx", "--out", s(&out)], 2, "xlsx"),
        (&["export", "--db", "x.db", "--format", "csv", "--table", "claim", "--out", s(&out)], 2, "claim"),
        (&["export", "--format", "csv", "--out", s(&out)], 2, "--db"),
        (&["export", "--db", "x.db", "--from", "y.jsonl", "--format", "csv", "--out", s(&out)], 2, "cannot be used"),
        (&["export", "--db", s(&missing_db), "--format", "csv", "--out", s(&out)], 3, "no database"),
        (&["export", "--from", s(&missing_jsonl), "--format", "csv", "--out", s(&out)], 3, "missing.jsonl"),
    ];
    for (args, code, says) in cases {
        let o = run(args, None);
        assert_eq!(o.status.code(), Some(*code), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(says), "{args:?}: {}", stderr(&o));
    }
    // --out a file without --table.
    let file = d.join("f");
    std::fs::write(&file, "x").unwrap();
    let o = run(&["export", "--from", "-", "--format", "csv", "--out", s(&file)], Some(b""));
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("is a file"));
}

#[test]
fn polnear_train_and_dev_export_with_the_stores_row_counts() {
    let root = repo().join("../shared/data/polnear");
    if !root.join("train/text").is_dir() {
        println!("skipped: no PolNeAR at {} (shared data absent)", root.display());
        return;
    }
    let d = tmpdir("polnear");
    let db = d.join("polnear.db");
    let (train, dev) = (root.join("train/text"), root.join("dev/text"));
    let t = Instant::now();
    let counts = ingest_cluster_export(&[s(&train), s(&dev)], &db, &d.join("pq"));
    // 924 files; two hold the same text, so the store keeps 923 documents and 924 sightings.
    assert_eq!(counts["sightings"], 924, "PolNeAR train+dev files");
    assert!(counts["documents"] >= 920, "{counts:?}");
    assert!(counts["cluster_members"] > 0);
    println!("PolNeAR train+dev: ingest, cluster and export in {:.1} s: {counts:?}", t.elapsed().as_secs_f64());
    let _ = std::fs::remove_dir_all(&d);
}
