//! `hearsay ingest` and `hearsay show` through the real binary: show prints what analyze
//! printed, stdin works, bad records are listed, and a `kill -9` mid-ingest followed by a
//! re-run ends with exactly the rows of an uninterrupted run.

mod common;

use common::{bin, run, s};
use hearsay_store::{SqliteStore, Store};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

fn tmpdir(name: &str) -> PathBuf {
    common::tmpdir("ingest-cli", name)
}

const WHO: [&str; 4] = ["The governor", "A hospital spokesman", "Two senior officials", "The company"];

/// Article `n`, different for every `n`.
fn article(n: usize) -> String {
    format!(
        "Update {n}: water levels\n\n{} said on Friday that {} homes near lock {n} were flooded, according to a statement. \
         \"It is worse than we expected,\" the statement said.\n\nThe figure could not be independently verified.\n",
        WHO[n % WHO.len()],
        n * 3 + 7
    )
}

#[test]
fn show_prints_exactly_what_analyze_printed() {
    let d = tmpdir("show");
    let corpus = d.join("corpus");
    std::fs::create_dir_all(corpus.join("sub")).unwrap();
    std::fs::write(corpus.join("one.txt"), article(1)).unwrap();
    std::fs::write(corpus.join("sub/two.txt"), article(2)).unwrap();
    let html = format!(
        "<html><head><title>Floods</title></head><body><article><h1>Floods</h1><p>{}</p></article></body></html>",
        article(3).replace('\n', " ")
    );
    std::fs::write(corpus.join("sub/three.html"), html).unwrap();
    let db = d.join("h.db");
    let o = run(&["ingest", s(&corpus), "--db", s(&db), "--quiet"], None);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    for (name, path) in [("one.txt", "one.txt"), ("two.txt", "sub/two.txt"), ("three.html", "sub/three.html")] {
        let p = corpus.join(path);
        for extra in [&[][..], &["--pretty"][..]] {
            let analyzed = run(&[&["analyze", s(&p)][..], extra].concat(), None);
            let shown = run(&[&["show", name, "--db", s(&db)][..], extra].concat(), None);
            assert!(shown.status.success(), "{}", String::from_utf8_lossy(&shown.stderr));
            assert!(!analyzed.stdout.is_empty());
            assert_eq!(
                String::from_utf8_lossy(&shown.stdout),
                String::from_utf8_lossy(&analyzed.stdout),
                "{name} {extra:?}"
            );
        }
    }
    let missing = run(&["show", "nope.txt", "--db", s(&db)], None);
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no document"));
}

#[test]
fn stdin_json_lines_and_bad_records_are_listed_not_fatal() {
    let d = tmpdir("stdin");
    let db = d.join("h.db");
    let mut feed = String::new();
    for i in 0..3 {
        feed += &format!("{{\"id\": \"s{i}\", \"outlet\": \"Wire\", \"text\": {:?}}}\n", article(i));
    }
    feed += "{\"id\": \"s9\", \"text\": \n";
    let o = run(&["ingest", "-", "--db", s(&db)], Some(feed.as_bytes()));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(err.contains("skipped: -:4: invalid JSON"), "{err}");
    assert!(err.contains("3 new") && err.contains("1 bad"), "{err}");
    // A single article on stdin, and a file that is not text.
    let o = run(&["ingest", "-", "--db", s(&db), "--json"], Some(article(7).as_bytes()));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["stored"], 1);
    let bin_file = d.join("image.bin");
    std::fs::write(&bin_file, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let o = run(&["ingest", s(&bin_file), "--db", s(&db), "--json"], None);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!((v["stored"].as_u64(), v["bad"].as_u64()), (Some(0), Some(1)));
    let store = SqliteStore::open_read_only(&db).unwrap();
    assert_eq!(store.lookup("s2").unwrap()[0].outlet.as_deref(), Some("Wire"));
}

#[test]
fn a_missing_path_fails_and_creates_no_database() {
    let d = tmpdir("missing");
    let db = d.join("h.db");
    let o = run(&["ingest", s(&d.join("nonexistent")), "--db", s(&db)], None);
    assert_eq!(o.status.code(), Some(3), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no such file"));
    assert!(!db.exists(), "no database is created");
}

#[test]
fn the_summary_counts_every_record_once() {
    let d = tmpdir("summary");
    let corpus = d.join("corpus");
    std::fs::create_dir_all(&corpus).unwrap();
    for i in 0..3 {
        std::fs::write(corpus.join(format!("{i}.txt")), article(i)).unwrap();
    }
    std::fs::write(corpus.join("empty.txt"), "").unwrap();
    std::fs::write(corpus.join("image.bin"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let db = d.join("h.db");
    let o = run(&["ingest", s(&corpus), "--db", s(&db), "--quiet"], None);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("read 5 records") && err.contains("3 new, 0 already stored, 2 bad"), "{err}");
    // Again: nothing new, and the summary says so.
    let o = run(&["ingest", s(&corpus), "--db", s(&db), "--quiet"], None);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("read 5 records") && err.contains("0 new, 3 already stored, 2 bad"), "{err}");
    assert!(!err.contains("ingested"), "{err}");
    let o = run(&["ingest", s(&corpus), "--db", s(&db), "--json"], None);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let sum = ["stored", "already_stored", "bad", "ignored"].iter().map(|k| v[k].as_u64().unwrap()).sum::<u64>();
    assert_eq!(v["records"].as_u64(), Some(sum));
}

fn documents(db: &Path) -> u64 {
    match SqliteStore::open_read_only(db) {
        Ok(s) => s.counts().map(|c| c[0].1).unwrap_or(0),
        Err(_) => 0,
    }
}

#[test]
fn kill_9_mid_ingest_then_rerun_equals_an_uninterrupted_run() {
    const N: usize = 600;
    let d = tmpdir("kill");
    let feed = d.join("feed.jsonl");
    let mut text = String::new();
    for i in 0..N {
        text += &format!(
            "{{\"id\": \"k{i}\", \"published\": \"2024-02-{:02}\", \"text\": {:?}}}\n",
            i % 28 + 1,
            article(i)
        );
    }
    std::fs::write(&feed, text).unwrap();

    let killed = d.join("killed.db");
    let mut child = bin()
        .args(["ingest", s(&feed), "--db", s(&killed), "--batch", "16", "--quiet"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while documents(&killed) < 32 {
        assert!(start.elapsed() < Duration::from_secs(300), "no progress");
        assert!(child.try_wait().unwrap().is_none(), "ingest ended before it could be killed");
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let at_kill = documents(&killed);
    assert!(at_kill < N as u64, "the run finished before the kill ({at_kill} documents); make the corpus larger");

    let o = run(&["ingest", s(&feed), "--db", s(&killed), "--batch", "16", "--quiet"], None);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let whole = d.join("whole.db");
    let o = run(&["ingest", s(&feed), "--db", s(&whole), "--quiet"], None);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));

    let a = SqliteStore::open_read_only(&killed).unwrap().fingerprint().unwrap();
    let b = SqliteStore::open_read_only(&whole).unwrap().fingerprint().unwrap();
    assert_eq!(a[0].1, N as u64);
    assert_eq!(a, b, "killed at {at_kill} documents, then resumed");
}
