//! `hearsay bench`: throughput of ingest + segmentation and of the whole pipeline; with
//! `--scaling`, how one analysis's cost grows with its input.

mod scaling;
mod shapes;

use hearsay::{IngestOptions, Pipeline};
use std::path::PathBuf;
use std::time::Instant;

/// CPU time consumed by this thread, in seconds (unaffected by other processes' load).
fn thread_cpu_secs() -> f64 {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: clock_gettime writes into the timespec we pass and has no other effect.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    if rc != 0 {
        return 0.0;
    }
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

/// Arguments of `hearsay bench`.
#[derive(clap::Args)]
pub struct Args {
    /// Directory of article files (text or HTML), e.g. ../shared/data/polnear/dev/text.
    #[arg(default_value = "../shared/data/polnear/dev/text")]
    dir: PathBuf,
    /// Repeat the whole set this many times.
    #[arg(long, default_value_t = 5)]
    rounds: usize,
    /// Time one analysis at growing sizes, on real prose (the directory's articles joined)
    /// and hostile shapes, and print each shape's growth exponent instead.
    #[arg(long)]
    scaling: bool,
    /// With --scaling: only these shapes (default: all).
    #[arg(long, value_enum, value_delimiter = ',')]
    shape: Vec<shapes::Shape>,
    /// With --scaling: largest prose input in MB (0.1, 1, 4 and 16 MB up to it).
    #[arg(long, default_value_t = 16.0)]
    max_mb: f64,
}

/// Runs `hearsay bench` (single-threaded).
pub fn run(a: Args) -> anyhow::Result<()> {
    // in name order, so that the joined prose of --scaling is the same on every machine
    let mut paths: Vec<PathBuf> = Vec::new();
    for e in std::fs::read_dir(&a.dir)? {
        let p = e?.path();
        if p.is_file() {
            paths.push(p);
        }
    }
    paths.sort();
    let files = paths.iter().map(std::fs::read).collect::<Result<Vec<_>, _>>()?;
    anyhow::ensure!(!files.is_empty(), "no files in {}", a.dir.display());
    if a.scaling {
        let prose: Vec<String> = files.iter().map(|f| String::from_utf8_lossy(f).into_owned()).collect();
        let shapes = if a.shape.is_empty() { shapes::Shape::ALL.to_vec() } else { a.shape };
        return scaling::run(&Pipeline::new()?, &prose.join("\n\n"), &shapes, a.max_mb);
    }
    let bytes: usize = files.iter().map(|f| f.len()).sum::<usize>() * a.rounds;
    let n = files.len() * a.rounds;
    let opts = IngestOptions::default();
    let report = |label: &str, secs: f64, cpu: f64| {
        println!(
            "{label:<24} {n} articles, {:.2} MB: wall {secs:.3} s = {:.0} articles/s, {:.2} MB/s; \
             CPU {cpu:.3} s = {:.0} articles/s, {:.2} MB/s",
            bytes as f64 / 1e6,
            n as f64 / secs,
            bytes as f64 / 1e6 / secs,
            n as f64 / cpu,
            bytes as f64 / 1e6 / cpu
        );
    };
    // load the models before timing
    let p = Pipeline::new()?;
    p.analyze_bytes(&files[0], &opts).ok();
    let (t, c) = (Instant::now(), thread_cpu_secs());
    for _ in 0..a.rounds {
        for f in &files {
            let mut d = hearsay_ingest::ingest(f, &opts)?;
            p.annotate_through(&mut d, "text")?;
            std::hint::black_box(&d);
        }
    }
    report("ingest + text stage", t.elapsed().as_secs_f64(), thread_cpu_secs() - c);
    let (t, c) = (Instant::now(), thread_cpu_secs());
    // the fastest round is the least disturbed by other work on a shared machine
    let mut fastest = f64::MAX;
    for _ in 0..a.rounds {
        let r = thread_cpu_secs();
        for f in &files {
            let d = p.analyze_bytes(f, &opts)?;
            std::hint::black_box(&d);
        }
        fastest = fastest.min(thread_cpu_secs() - r);
    }
    report("full analyze pipeline", t.elapsed().as_secs_f64(), thread_cpu_secs() - c);
    let one = files.iter().map(|f| f.len()).sum::<usize>() as f64 / 1e6;
    println!(
        "fastest round (CPU)      {} articles in {fastest:.3} s = {:.0} articles/s, {:.2} MB/s",
        files.len(),
        files.len() as f64 / fastest,
        one / fastest
    );
    // time per stage, one pass
    let stages: Vec<&dyn hearsay::Component> = p.components().collect();
    let mut per_stage = vec![0f64; stages.len()];
    let mut ingest_s = 0f64;
    for f in &files {
        let t = thread_cpu_secs();
        let mut d = hearsay_ingest::ingest(f, &opts)?;
        ingest_s += thread_cpu_secs() - t;
        for (k, stage) in stages.iter().enumerate() {
            let t = thread_cpu_secs();
            stage.annotate(&mut d);
            per_stage[k] += thread_cpu_secs() - t;
        }
    }
    let per = |s: f64| s * 1e3 / files.len() as f64;
    print!("CPU ms/article by stage: ingest {:.3}", per(ingest_s));
    for (k, stage) in stages.iter().enumerate() {
        print!(", {} {:.3}", stage.name(), per(per_stage[k]));
    }
    println!();
    Ok(())
}
