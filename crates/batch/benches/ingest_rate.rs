//! Ingest rate on PolNeAR train+dev (924 articles) into SQLite.
//!
//! `cargo bench -p hearsay-batch --bench ingest_rate [-- THREADS]` prints, in articles/s:
//! the analysis alone (parallel, no store), the whole ingest into a fresh database, a
//! re-run over the stored corpus (skips), and the store writes alone (pre-analysed
//! documents, 64 per transaction). Skips when ../shared/data is absent.

use hearsay::Pipeline;
use hearsay_batch::{ingest, prepare, IngestConfig};
use hearsay_readers::{records, Article, ByteCounter, ReadOptions, Record};
use hearsay_store::{content_key, Put, SqliteStore, Store};
use rayon::prelude::*;
use std::path::Path;
use std::time::Instant;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/polnear");
    if !root.join("train/text").is_dir() {
        println!("skipped: no PolNeAR at {} (shared data absent)", root.display());
        return;
    }
    let threads: Option<usize> = std::env::args().skip(1).find_map(|a| a.parse().ok());
    let inputs: Vec<String> =
        ["train", "dev"].iter().map(|s| root.join(s).join("text").display().to_string()).collect();
    let articles: Vec<Article> = records(inputs.clone(), ReadOptions::default(), ByteCounter::new())
        .filter_map(|r| if let Record::Article(a) = r { Some(a) } else { None })
        .collect();
    let n = articles.len();
    let mb = articles.iter().map(|a| a.body.len()).sum::<usize>() as f64 / 1e6;
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads.unwrap_or(0)).build().expect("thread pool");
    println!("{n} articles, {mb:.2} MB, {} analysis threads", pool.current_num_threads());
    let report = |label: &str, secs: f64| {
        println!("{label:<34} {secs:7.2} s  {:7.0} articles/s  {:5.2} MB/s", n as f64 / secs, mb / secs)
    };
    let p = Pipeline::new().expect("shipped pipeline");

    let t = Instant::now();
    let docs: Vec<_> = pool.install(|| {
        articles
            .par_iter()
            .filter_map(|a| prepare(&p, a, &content_key(&a.body), usize::MAX).ok().map(|(d, _)| d))
            .collect()
    });
    report("analysis only (parallel, no store)", t.elapsed().as_secs_f64());

    let tmp = std::env::temp_dir().join(format!("hearsay-ingest-bench-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).expect("temp dir");
    let db = tmp.join("bench.db");
    let cfg = IngestConfig { threads, ..Default::default() };
    for (label, fresh) in [("ingest into a new SQLite db", true), ("re-run over the stored corpus", false)] {
        if fresh {
            let _ = std::fs::remove_file(&db);
        }
        let (w, seen) = (SqliteStore::open(&db).expect("db"), SqliteStore::open(&db).expect("db"));
        let recs = records(inputs.clone(), ReadOptions::default(), ByteCounter::new());
        let t = Instant::now();
        let s = ingest(recs, w, Some(&seen as &dyn Store), &p, &cfg, |_| {}).expect("ingest");
        report(label, t.elapsed().as_secs_f64());
        println!("{:<34} {} stored, {} already, {} bad", "", s.stats.stored, s.stats.already, s.stats.bad);
    }

    let _ = std::fs::remove_file(&db);
    let mut w = SqliteStore::open(&db).expect("db");
    let puts: Vec<Put> = docs.into_iter().map(|d| Put::Document(Box::new(d))).collect();
    let t = Instant::now();
    for chunk in puts.chunks(64) {
        w.put_batch(chunk).expect("write");
    }
    report("store writes only (64 per commit)", t.elapsed().as_secs_f64());
    let _ = std::fs::remove_dir_all(&tmp);
}
