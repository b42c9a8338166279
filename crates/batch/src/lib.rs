//! Batch ingest: parallel, streaming, crash-safe analysis of a record stream (from
//! `hearsay-readers`) into a [`Store`].
//!
//! Three stages joined by bounded channels, so memory stays flat whatever the corpus size:
//! a reader thread cuts the [`Record`] stream into batches; the calling thread analyses
//! each batch in parallel ([`rayon`], the pure map step [`prepare`]), keeping input order;
//! one writer thread commits each batch in one transaction. Articles whose content key is
//! stored already are not analysed again, only their sighting is recorded. Since batches
//! commit in input order and each commit is atomic, a run killed at any point and run
//! again ends with exactly the rows of an uninterrupted run.

mod prepare;

pub use prepare::{prepare, sighting};

use hearsay::Pipeline;
use hearsay_readers::{BadRecord, Record};
use hearsay_store::{content_key, Put, Store};
use rayon::prelude::*;
use std::sync::mpsc::sync_channel;
use std::time::{Duration, Instant};

/// Ingest settings.
#[derive(Clone, Debug)]
pub struct IngestConfig {
    /// Articles per transaction.
    pub batch: usize,
    /// Articles larger than this are bad records.
    pub max_bytes: usize,
    /// At most this many bad records are listed in the summary (all are counted).
    pub max_listed: usize,
    /// Analysis threads; `None`: one per core.
    pub threads: Option<usize>,
}

impl Default for IngestConfig {
    fn default() -> Self {
        IngestConfig { batch: 64, max_bytes: hearsay_ingest::DEFAULT_MAX_BYTES, max_listed: 1000, threads: None }
    }
}

/// Running totals, passed to the progress callback after each commit.
#[derive(Clone, Debug, Default)]
pub struct Stats {
    /// Articles read (stored, already there, or bad in analysis).
    pub articles: u64,
    /// Documents newly stored.
    pub stored: u64,
    /// Articles whose content was stored already (earlier run or duplicate).
    pub already: u64,
    /// Bad records.
    pub bad: u64,
    /// Records that are not articles (WARC requests, images…).
    pub ignored: u64,
    /// New sightings recorded.
    pub sightings: u64,
    /// Article bytes processed.
    pub article_bytes: u64,
    /// Time since the start.
    pub elapsed: Duration,
}

impl Stats {
    /// Articles per second so far.
    pub fn rate(&self) -> f64 {
        self.articles as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }
}

/// What a run did.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    /// Final totals.
    pub stats: Stats,
    /// Bad records, the first [`IngestConfig::max_listed`].
    pub bad: Vec<BadRecord>,
    /// Documents stored with a warning (lossy decoding), the first `max_listed`.
    pub warnings: Vec<BadRecord>,
}

/// One analysed batch on its way to the writer.
struct Done {
    puts: Vec<Put>,
    bad: Vec<BadRecord>,
    warnings: Vec<BadRecord>,
    ignored: u64,
    articles: u64,
    article_bytes: u64,
}

/// Ingests `records` into `writer`. `seen` (another handle on the same store, or `None`)
/// is asked which contents are stored already, so a re-run skips their analysis.
/// `progress` is called by the writer thread after each commit.
pub fn ingest<W, I, P>(
    records: I,
    mut writer: W,
    seen: Option<&dyn Store>,
    pipeline: &Pipeline,
    cfg: &IngestConfig,
    mut progress: P,
) -> anyhow::Result<Summary>
where
    W: Store + Send,
    I: Iterator<Item = Record> + Send,
    P: FnMut(&Stats) + Send,
{
    let start = Instant::now();
    let batch = cfg.batch.max(1);
    let (batch_tx, batch_rx) = sync_channel::<Vec<Record>>(2);
    let (done_tx, done_rx) = sync_channel::<Done>(2);
    std::thread::scope(|s| {
        s.spawn(move || {
            let mut chunk = Vec::with_capacity(batch);
            let mut articles = 0;
            for r in records {
                articles += matches!(r, Record::Article(_)) as usize;
                chunk.push(r);
                if articles == batch {
                    if batch_tx.send(std::mem::take(&mut chunk)).is_err() {
                        return;
                    }
                    articles = 0;
                }
            }
            if !chunk.is_empty() {
                let _ = batch_tx.send(chunk);
            }
        });
        let write = s.spawn(move || -> anyhow::Result<Summary> {
            let mut sum = Summary::default();
            for d in done_rx {
                let out = writer.put_batch(&d.puts)?;
                let st = &mut sum.stats;
                st.articles += d.articles;
                st.stored += out.stored as u64;
                st.already += (d.puts.len() as u64).saturating_sub(out.stored as u64);
                st.bad += d.bad.len() as u64;
                st.ignored += d.ignored;
                st.sightings += out.sightings as u64;
                st.article_bytes += d.article_bytes;
                st.elapsed = start.elapsed();
                let room = cfg.max_listed.saturating_sub(sum.bad.len());
                sum.bad.extend(d.bad.into_iter().take(room));
                let room = cfg.max_listed.saturating_sub(sum.warnings.len());
                sum.warnings.extend(d.warnings.into_iter().take(room));
                progress(&sum.stats);
            }
            sum.stats.elapsed = start.elapsed();
            Ok(sum)
        });
        let pool = rayon::ThreadPoolBuilder::new().num_threads(cfg.threads.unwrap_or(0)).build()?;
        let mapped = (|| -> anyhow::Result<()> {
            for chunk in batch_rx {
                let done = analyse(chunk, seen, pipeline, &pool, cfg.max_bytes)?;
                if done_tx.send(done).is_err() {
                    break; // the writer failed: its error is returned below
                }
            }
            Ok(())
        })();
        drop(done_tx);
        let written = write.join().map_err(|_| anyhow::anyhow!("the writer thread panicked"))?;
        mapped?;
        written
    })
}

/// The map step over one batch, in parallel, keeping input order.
fn analyse(
    chunk: Vec<Record>,
    seen: Option<&dyn Store>,
    pipeline: &Pipeline,
    pool: &rayon::ThreadPool,
    max_bytes: usize,
) -> anyhow::Result<Done> {
    let mut done =
        Done { puts: Vec::new(), bad: Vec::new(), warnings: Vec::new(), ignored: 0, articles: 0, article_bytes: 0 };
    // Keys and the skip check first (the store handle is not shared across threads).
    let mut todo = Vec::with_capacity(chunk.len());
    for r in chunk {
        match r {
            Record::Article(a) => {
                done.articles += 1;
                done.article_bytes += a.body.len() as u64;
                let key = content_key(&a.body);
                let stored = match seen {
                    Some(s) => s.contains(&key)?,
                    None => false,
                };
                todo.push(Some((a, key, stored)));
            }
            Record::Bad(b) => {
                done.bad.push(b);
                todo.push(None);
            }
            Record::Ignored => done.ignored += 1,
        }
    }
    let results: Vec<_> = pool.install(|| {
        todo.into_par_iter()
            .map(|t| {
                t.map(|(a, key, stored)| {
                    if stored {
                        Ok((Put::Sighting(sighting(&a, &key)), Vec::new(), a.origin))
                    } else {
                        prepare(pipeline, &a, &key, max_bytes).map(|(d, w)| (Put::Document(Box::new(d)), w, a.origin))
                    }
                })
            })
            .collect()
    });
    for r in results.into_iter().flatten() {
        match r {
            Ok((put, warnings, origin)) => {
                done.puts.push(put);
                done.warnings.extend(warnings.into_iter().map(|w| BadRecord::new(origin.clone(), w)));
            }
            Err(b) => done.bad.push(b),
        }
    }
    Ok(done)
}
