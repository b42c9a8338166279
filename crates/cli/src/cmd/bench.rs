//! `hearsay bench`: throughput of ingest + segmentation and of the whole pipeline.

use hearsay::{IngestOptions, Pipeline};
use std::path::PathBuf;
use std::time::Instant;

/// Arguments of `hearsay bench`.
#[derive(clap::Args)]
pub struct Args {
    /// Directory of article files (text or HTML), e.g. ../shared/data/polnear/dev/text.
    #[arg(default_value = "../shared/data/polnear/dev/text")]
    dir: PathBuf,
    /// Repeat the whole set this many times.
    #[arg(long, default_value_t = 5)]
    rounds: usize,
}

/// Runs `hearsay bench` (single-threaded).
pub fn run(a: Args) -> anyhow::Result<()> {
    let mut files = Vec::new();
    for e in std::fs::read_dir(&a.dir)? {
        let p = e?.path();
        if p.is_file() {
            files.push(std::fs::read(&p)?);
        }
    }
    anyhow::ensure!(!files.is_empty(), "no files in {}", a.dir.display());
    let bytes: usize = files.iter().map(|f| f.len()).sum::<usize>() * a.rounds;
    let n = files.len() * a.rounds;
    let opts = IngestOptions::default();
    let report = |label: &str, secs: f64| {
        println!(
            "{label:<28} {n} articles, {:.2} MB in {secs:.3} s: {:.0} articles/s, {:.2} MB/s",
            bytes as f64 / 1e6,
            n as f64 / secs,
            bytes as f64 / 1e6 / secs
        );
    };
    let t = Instant::now();
    for _ in 0..a.rounds {
        for f in &files {
            let mut d = hearsay_ingest::ingest(f, &opts)?;
            hearsay_text::annotate(&mut d);
            std::hint::black_box(&d);
        }
    }
    report("ingest + segmentation", t.elapsed().as_secs_f64());
    let p = Pipeline::new();
    let t = Instant::now();
    for _ in 0..a.rounds {
        for f in &files {
            let d = p.analyze_bytes(f, &opts)?;
            std::hint::black_box(&d);
        }
    }
    report("full analyze pipeline", t.elapsed().as_secs_f64());
    // time per stage, one pass
    let mut per_stage = vec![0f64; Pipeline::STAGES.len()];
    let mut ingest_s = 0f64;
    for f in &files {
        let t = Instant::now();
        let mut d = hearsay_ingest::ingest(f, &opts)?;
        ingest_s += t.elapsed().as_secs_f64();
        for (k, (_, stage)) in Pipeline::STAGES.iter().enumerate() {
            let t = Instant::now();
            stage(&mut d);
            per_stage[k] += t.elapsed().as_secs_f64();
        }
    }
    let per = |s: f64| s * 1e3 / files.len() as f64;
    print!("ms/article by stage: ingest {:.3}", per(ingest_s));
    for (k, (name, _)) in Pipeline::STAGES.iter().enumerate() {
        print!(", {name} {:.3}", per(per_stage[k]));
    }
    println!();
    Ok(())
}
