//! `hearsay ingest`: many articles into a database, in parallel, resumably.

use hearsay::Pipeline;
use hearsay_batch::{ingest, IngestConfig, Stats, Summary};
use hearsay_readers::{records, total_bytes, ByteCounter, ReadOptions};
use hearsay_store::{SqliteStore, Store};
use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Arguments of `hearsay ingest`.
#[derive(clap::Args)]
pub struct Args {
    /// Article files, directories (recursively), JSON Lines, WARC (gzipped or not), or `-`
    /// for stdin (JSON Lines, WARC or one article).
    #[arg(required = true)]
    paths: Vec<String>,
    /// Database file (SQLite; created when missing).
    #[arg(long, default_value = "hearsay.db")]
    db: PathBuf,
    /// Articles per transaction.
    #[arg(long, default_value_t = 64)]
    batch: usize,
    /// Analysis threads (default: one per core).
    #[arg(long)]
    threads: Option<usize>,
    /// Articles larger than this many bytes are skipped as bad records.
    #[arg(long, default_value_t = hearsay_ingest::DEFAULT_MAX_BYTES)]
    max_bytes: usize,
    /// Print the summary as JSON on stdout.
    #[arg(long)]
    json: bool,
    /// No progress output.
    #[arg(long, short)]
    quiet: bool,
}

/// Runs `hearsay ingest`.
pub fn run(a: Args) -> anyhow::Result<()> {
    // A path that does not exist is a mistake on the command line: say so (exit 3) before
    // creating the database, rather than store nothing and succeed.
    for p in a.paths.iter().filter(|p| p.as_str() != "-") {
        if std::fs::metadata(p).is_err() {
            return Err(anyhow::Error::new(crate::exit::Unreadable(format!("{p}: no such file or directory"))));
        }
    }
    let writer = SqliteStore::open(&a.db)?;
    let seen = SqliteStore::open(&a.db)?;
    let counter = ByteCounter::new();
    let total = total_bytes(&a.paths);
    let progress = Progress::new(a.quiet, total, counter.clone());
    let recs = records(a.paths.clone(), ReadOptions { max_bytes: a.max_bytes }, counter);
    let cfg = IngestConfig { batch: a.batch, max_bytes: a.max_bytes, threads: a.threads, ..Default::default() };
    let sum = ingest(recs, writer, Some(&seen as &dyn Store), &Pipeline::new()?, &cfg, |s| progress.update(s))?;
    progress.finish();
    report(&sum, &a)
}

/// A progress bar on a terminal, plain lines every few seconds otherwise.
struct Progress {
    bar: Option<ProgressBar>,
    plain: bool,
    counter: ByteCounter,
    last: std::sync::Mutex<Instant>,
}

impl Progress {
    fn new(quiet: bool, total: Option<u64>, counter: ByteCounter) -> Self {
        let tty = std::io::stderr().is_terminal();
        let bar = (!quiet && tty).then(|| {
            let (bar, tpl) = match total {
                Some(t) => (ProgressBar::new(t), "{elapsed_precise} [{bar:30}] {bytes}/{total_bytes} {msg} ETA {eta}"),
                None => (ProgressBar::new_spinner(), "{elapsed_precise} {spinner} {bytes} {msg}"),
            };
            bar.set_style(ProgressStyle::with_template(tpl).unwrap_or_else(|_| ProgressStyle::default_bar()));
            bar.enable_steady_tick(Duration::from_millis(200));
            bar
        });
        Progress { bar, plain: !quiet && !tty, counter, last: std::sync::Mutex::new(Instant::now()) }
    }

    fn update(&self, s: &Stats) {
        let mb = self.counter.get() as f64 / 1e6;
        let msg = format!("{} docs ({} new), {:.0} docs/s", s.articles, s.stored, s.rate());
        if let Some(b) = &self.bar {
            b.set_position(self.counter.get());
            b.set_message(msg);
        } else if self.plain {
            let mut last = self.last.lock().unwrap_or_else(|e| e.into_inner());
            if last.elapsed() >= Duration::from_secs(5) {
                *last = Instant::now();
                eprintln!("hearsay: ingest: {msg}, {mb:.1} MB read, {:.0} s", s.elapsed.as_secs_f64());
            }
        }
    }

    fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}

/// Records read: each is new, already stored, bad (unreadable, or refused by analysis) or
/// not an article.
fn record_count(s: &Stats) -> u64 {
    s.stored + s.already + s.bad + s.ignored
}

fn report(sum: &Summary, a: &Args) -> anyhow::Result<()> {
    let s = &sum.stats;
    let secs = s.elapsed.as_secs_f64().max(1e-9);
    if a.json {
        let bad: Vec<_> = sum.bad.iter().map(|b| serde_json::json!({"origin": b.origin, "reason": b.reason})).collect();
        let v = serde_json::json!({
            "db": a.db.display().to_string(),
            "records": record_count(s), "articles": s.articles, "stored": s.stored, "already_stored": s.already,
            "bad": s.bad, "ignored": s.ignored, "sightings": s.sightings,
            "seconds": secs, "articles_per_second": s.articles as f64 / secs,
            "mb_per_second": s.article_bytes as f64 / 1e6 / secs,
            "bad_records": bad,
            "warnings": sum.warnings.iter().map(|w| format!("{}: {}", w.origin, w.reason)).collect::<Vec<_>>(),
        });
        println!("{v}");
        return Ok(());
    }
    if !a.quiet {
        for w in &sum.warnings {
            eprintln!("hearsay: warning: {}: {}", w.origin, w.reason);
        }
    }
    for b in &sum.bad {
        eprintln!("hearsay: skipped: {}: {}", b.origin, b.reason);
    }
    if s.bad > sum.bad.len() as u64 {
        eprintln!("hearsay: … and {} more bad records", s.bad - sum.bad.len() as u64);
    }
    // Every record read is counted once: new + already stored + bad + not articles.
    eprintln!(
        "hearsay: read {} records into {} in {secs:.2} s ({:.0} articles/s, {:.2} MB/s): {} new, {} already stored, {} bad, {} not articles",
        record_count(s),
        a.db.display(),
        s.articles as f64 / secs,
        s.article_bytes as f64 / 1e6 / secs,
        s.stored,
        s.already,
        s.bad,
        s.ignored,
    );
    Ok(())
}
