//! Article-extraction benchmark (AEB): HTML main content against gold bodies.
//!
//! Data: scrapinghub/article-extraction-benchmark (MIT), `DIR/html/ID.html.gz` and
//! `DIR/ground-truth.json` (`{ID: {"articleBody", "url"}}`). The metric is the benchmark's
//! own `evaluate.py`: texts are split into `\w+` tokens, each text becomes a multiset of
//! 4-token shingles (a text with fewer than 4 tokens is one shorter shingle), per page
//! tp/fp/fn are counted and divided by their sum, precision is averaged over pages with
//! tp + fp > 0, recall over pages with tp + fn > 0, and F1 is computed from the two averages.
//! Our extracted body is the `body` segments only (no title, captions or credits).

use hearsay_core::{Doc, SegmentKind};
use hearsay_ingest::{ingest, IngestOptions, InputFormat};
use serde::Serialize;
use std::collections::HashMap;
use std::fmt;
use std::io::Read;
use std::path::Path;
use std::time::Instant;

/// Shingle length used by the benchmark.
const SHINGLE: usize = 4;

/// One page's score.
#[derive(Clone, Debug, Serialize)]
pub struct PageScore {
    /// Page id (file stem).
    pub id: String,
    /// Shingle precision on this page.
    pub precision: f64,
    /// Shingle recall on this page.
    pub recall: f64,
    /// Extraction time in milliseconds.
    pub ms: f64,
    /// Ingest error, when extraction failed (the body then counts as empty).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// The report of `hearsay eval aeb`.
#[derive(Debug, Serialize)]
pub struct AebReport {
    /// Pages scored.
    pub pages: usize,
    /// F1 of the averaged precision and recall.
    pub f1: f64,
    /// Shingle precision averaged over pages.
    pub precision: f64,
    /// Shingle recall averaged over pages.
    pub recall: f64,
    /// Eligible figcaptions (see [`caption_leaks`]).
    pub captions: usize,
    /// Eligible figcaptions found inside our extracted body.
    pub captions_leaked: usize,
    /// `captions_leaked / captions` (0 when there are none).
    pub caption_leakage: f64,
    /// Median extraction time per page, milliseconds (single thread, ingest only).
    pub median_ms: f64,
    /// Pages where ingest returned an error.
    pub failures: usize,
    /// The ten pages with the lowest F1, worst first.
    pub worst: Vec<PageScore>,
}

impl fmt::Display for AebReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "AEB (scrapinghub/article-extraction-benchmark, MIT): {} pages", self.pages)?;
        writeln!(f, "F1         {:.4}", self.f1)?;
        writeln!(f, "precision  {:.4}", self.precision)?;
        writeln!(f, "recall     {:.4}", self.recall)?;
        writeln!(
            f,
            "caption leakage {:.1} % ({} of {} figcaptions not in the gold body are in ours)",
            100.0 * self.caption_leakage,
            self.captions_leaked,
            self.captions
        )?;
        writeln!(f, "median     {:.2} ms/page (one thread, CPU time, extraction only)", self.median_ms)?;
        write!(f, "failures   {}", self.failures)?;
        for p in &self.worst {
            write!(
                f,
                "\n  low: {} P {:.3} R {:.3}{}",
                p.id,
                p.precision,
                p.recall,
                p.error.as_deref().map(|e| format!(" ({e})")).unwrap_or_default()
            )?;
        }
        Ok(())
    }
}

/// Splits `text` into `\w+` tokens: runs of alphanumeric characters and `_` (Unicode).
pub fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let w = c.is_alphanumeric() || c == '_';
        match (w, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

/// The multiset of shingles of `text`, as in the benchmark's `_ngrams`.
fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let t = tokens(text);
    let mut m = HashMap::new();
    if t.len() < SHINGLE {
        if !t.is_empty() {
            m.insert(t, 1);
        }
        return m;
    }
    for w in t.windows(SHINGLE) {
        *m.entry(w.to_vec()).or_insert(0) += 1;
    }
    m
}

/// Normalised (tp, fp, fn) of `pred` against `gold`, summing to 1 unless all are 0.
pub fn shingle_match(gold: &str, pred: &str) -> (f64, f64, f64) {
    let g = shingles(gold);
    let p = shingles(pred);
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for (k, &gc) in &g {
        let pc = p.get(k).copied().unwrap_or(0);
        tp += gc.min(pc);
        fn_ += gc.saturating_sub(pc);
    }
    for (k, &pc) in &p {
        fp += pc.saturating_sub(g.get(k).copied().unwrap_or(0));
    }
    let s = (tp + fp + fn_) as f64;
    if s == 0.0 {
        return (0.0, 0.0, 0.0);
    }
    (tp as f64 / s, fp as f64 / s, fn_ as f64 / s)
}

pub(crate) fn precision_score(tp: f64, fp: f64, fn_: f64) -> f64 {
    if fp == 0.0 && fn_ == 0.0 {
        1.0
    } else if tp == 0.0 && fp == 0.0 {
        0.0
    } else {
        tp / (tp + fp)
    }
}

pub(crate) fn recall_score(tp: f64, fp: f64, fn_: f64) -> f64 {
    if fp == 0.0 && fn_ == 0.0 {
        1.0
    } else if tp == 0.0 && fn_ == 0.0 {
        0.0
    } else {
        tp / (tp + fn_)
    }
}

/// Precision, recall and F1 over pages exactly as `evaluate.py`'s `metrics_from_tp_fp_fns`.
pub fn metrics(per_page: &[(f64, f64, f64)]) -> (f64, f64, f64) {
    let mean = |v: Vec<f64>| {
        if v.is_empty() {
            0.0
        } else {
            v.iter().sum::<f64>() / v.len() as f64
        }
    };
    let p = mean(per_page.iter().filter(|t| t.0 + t.1 > 0.0).map(|t| precision_score(t.0, t.1, t.2)).collect());
    let r = mean(per_page.iter().filter(|t| t.0 + t.2 > 0.0).map(|t| recall_score(t.0, t.1, t.2)).collect());
    let f1 = if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f1)
}

/// Lower-cased tokens joined by single spaces, with a space at each end, so that token
/// sequences can be found with a substring search.
fn token_string(text: &str) -> String {
    let mut s = String::with_capacity(text.len() + 2);
    s.push(' ');
    for t in tokens(text) {
        s.push_str(&t.to_lowercase());
        s.push(' ');
    }
    s
}

/// Caption leakage counts for one page: `(eligible, leaked)`.
///
/// The eligible captions of a page are the distinct texts of the `<figcaption>` elements
/// of its original HTML that have at least one `\w+` token and whose token sequence is
/// not found in the gold body. A caption has leaked when its whole token sequence
/// (lower-cased) occurs contiguously in the token sequence of our extracted body.
pub fn caption_leaks(captions: &[String], gold: &str, ours: &str) -> (usize, usize) {
    let gold = token_string(gold);
    let ours = token_string(ours);
    let mut seen = std::collections::HashSet::new();
    let (mut eligible, mut leaked) = (0, 0);
    for c in captions {
        let t = token_string(c);
        if t.len() <= 1 || !seen.insert(t.clone()) || gold.contains(&t) {
            continue;
        }
        eligible += 1;
        if ours.contains(&t) {
            leaked += 1;
        }
    }
    (eligible, leaked)
}

/// The text of a document's `body` segments, paragraphs separated by a blank line.
pub fn body_text(doc: &Doc) -> String {
    let parts: Vec<&str> =
        doc.segments.iter().filter(|s| s.kind == SegmentKind::Body).map(|s| doc.slice(s.span)).collect();
    parts.join("\n\n")
}

#[derive(serde::Deserialize)]
struct Gold {
    #[serde(rename = "articleBody", default)]
    article_body: String,
}

/// The gold bodies of the benchmark in `dir`, by page id.
pub fn read_gold(dir: &Path) -> anyhow::Result<HashMap<String, String>> {
    let gt_path = dir.join("ground-truth.json");
    let gt_text = std::fs::read_to_string(&gt_path).map_err(|e| {
        anyhow::anyhow!(
            "cannot read {} ({e}); the AEB data lives in ../shared/data/aeb (scrapinghub/article-extraction-benchmark)",
            gt_path.display()
        )
    })?;
    let gold: HashMap<String, Gold> = serde_json::from_str(&gt_text)?;
    Ok(gold.into_iter().map(|(k, g)| (k, g.article_body)).collect())
}

/// The HTML bytes of page `id` (`DIR/html/ID.html.gz`).
pub fn read_page(dir: &Path, id: &str) -> anyhow::Result<Vec<u8>> {
    let path = dir.join("html").join(format!("{id}.html.gz"));
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(std::fs::File::open(&path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?)
        .read_to_end(&mut bytes)
        .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    Ok(bytes)
}

/// Median of `v` (0 when empty); sorts `v`.
pub(crate) fn median(v: &mut [f64]) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// Scores HTML extraction on the benchmark in `dir`.
pub fn evaluate(dir: &Path) -> anyhow::Result<AebReport> {
    let gt_path = dir.join("ground-truth.json");
    let gold = read_gold(dir)?;
    let mut ids: Vec<&String> = gold.keys().collect();
    ids.sort();
    let opts = IngestOptions { format: Some(InputFormat::Html), ..Default::default() };
    let mut per_page = Vec::with_capacity(ids.len());
    let mut scores = Vec::with_capacity(ids.len());
    let mut times = Vec::with_capacity(ids.len());
    let (mut captions, mut leaked, mut failures) = (0, 0, 0);
    for id in ids {
        let bytes = read_page(dir, id)?;
        let (t0, c0) = (Instant::now(), crate::metrics::thread_cpu_secs());
        let result = ingest(&bytes, &opts);
        let wall_ms = t0.elapsed().as_secs_f64() * 1000.0;
        let cpu = crate::metrics::thread_cpu_secs() - c0;
        // CPU time of this thread: what one core spends, whatever else the machine runs
        let ms = if cpu > 0.0 { cpu * 1000.0 } else { wall_ms };
        times.push(ms);
        let (ours, error) = match result {
            Ok(doc) => (body_text(&doc), None),
            Err(e) => {
                failures += 1;
                (String::new(), Some(e.to_string()))
            }
        };
        let gold_body = &gold[id];
        let t = shingle_match(gold_body, &ours);
        per_page.push(t);
        let html = String::from_utf8_lossy(&bytes);
        let (c, l) = caption_leaks(&hearsay_ingest::html::figcaption_texts(&html), gold_body, &ours);
        captions += c;
        leaked += l;
        scores.push(PageScore {
            id: id.clone(),
            precision: precision_score(t.0, t.1, t.2),
            recall: recall_score(t.0, t.1, t.2),
            ms,
            error,
        });
    }
    anyhow::ensure!(!per_page.is_empty(), "no pages in {}", gt_path.display());
    let (precision, recall, f1) = metrics(&per_page);
    let median_ms = median(&mut times);
    let f1_of = |p: &PageScore| {
        if p.precision + p.recall > 0.0 {
            2.0 * p.precision * p.recall / (p.precision + p.recall)
        } else {
            0.0
        }
    };
    scores.sort_by(|a, b| f1_of(a).total_cmp(&f1_of(b)));
    scores.truncate(10);
    Ok(AebReport {
        pages: per_page.len(),
        f1,
        precision,
        recall,
        captions,
        captions_leaked: leaked,
        caption_leakage: if captions == 0 { 0.0 } else { leaked as f64 / captions as f64 },
        median_ms,
        failures,
        worst: scores,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_word_runs() {
        assert_eq!(tokens("It's 3:45 — café_au lait!"), vec!["It", "s", "3", "45", "café_au", "lait"]);
        assert!(tokens(" .,;— ").is_empty());
    }

    #[test]
    fn shingle_counts_are_multisets_and_normalised() {
        let (tp, fp, fn_) = shingle_match("a b c d e", "a b c d");
        // gold shingles {abcd, bcde}, pred {abcd}
        assert!((tp - 0.5).abs() < 1e-9 && fp == 0.0 && (fn_ - 0.5).abs() < 1e-9);
        // a repeated shingle predicted once matches once
        let (tp, _, fn_) = shingle_match("a b c d a b c d", "a b c d");
        assert!(tp > 0.0 && fn_ > tp);
        // short texts are one shingle
        assert_eq!(shingle_match("a b", "a b"), (1.0, 0.0, 0.0));
        assert_eq!(shingle_match("", ""), (0.0, 0.0, 0.0));
    }

    #[test]
    fn averages_follow_evaluate_py() {
        // page 1 perfect, page 2 nothing predicted (excluded from precision), recall 0
        let (p, r, f1) = metrics(&[(1.0, 0.0, 0.0), (0.0, 0.0, 1.0)]);
        assert_eq!(p, 1.0);
        assert_eq!(r, 0.5);
        assert!((f1 - 2.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn leakage_skips_captions_in_gold() {
        let caps = vec![
            "A man walks his dog.".to_string(),
            "Rain fell all day".to_string(),
            "A man walks his dog.".to_string(),
            " — ".to_string(),
        ];
        let gold = "Rain fell all day, the mayor said.";
        let ours = "Rain fell all day, the mayor said. A man walks his dog";
        assert_eq!(caption_leaks(&caps, gold, ours), (1, 1));
        assert_eq!(caption_leaks(&caps, gold, gold), (1, 0));
    }
}

#[cfg(test)]
mod shared_data {
    /// Runs the benchmark on ../shared/data/aeb when present (`--ignored --nocapture`
    /// prints the report; the CLI equivalent is `hearsay eval aeb`).
    #[test]
    #[ignore = "reads ../shared/data/aeb; a few seconds"]
    fn aeb_on_shared_data() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/aeb");
        if !dir.join("ground-truth.json").exists() {
            let _ = std::io::Write::write_fmt(
                &mut std::io::stderr(),
                format_args!("SKIPPED (needs ../shared, see README \"Tests\"): {} is absent\n", dir.display()),
            );
            return;
        }
        let r = super::evaluate(&dir).unwrap();
        println!("{r}");
        assert_eq!(r.pages, 181);
        assert!(r.f1 > 0.9, "F1 {}", r.f1);
    }
}
