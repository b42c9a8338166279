//! PolNeAR attribution scorer: whole articles through the real pipeline against BRAT gold.
//!
//! Each `text/NAME.txt` of a split directory is ingested as plain text by
//! [`hearsay::Pipeline`]; its gold is the annotation file that sorts first
//! (`attributions/NAME_*.ann`, character offsets converted to bytes). Only predicted
//! attributions with `parent == None` are scored (PolNeAR is univocal: no nesting).
//!
//! **Items.** For each role (source, cue, content) every attribution gives one item: the
//! list of its spans for that role, each *trimmed* (whitespace and punctuation, quotation
//! marks included, removed at both edges; `$ % € £` are kept), empty spans dropped, sorted.
//! An attribution whose role is empty (no source, no cue) gives no item for that role.
//!
//! **Exact match.** A predicted item matches a gold item when the two lists are equal;
//! matching is one-to-one within an article (a gold item is used at most once).
//! P = matched / predicted items, R = matched / gold items.
//!
//! **Token overlap.** An item's tokens are the word and number tokens of the pipeline's
//! tokenization that its spans overlap. Pairs sharing tokens are matched one-to-one,
//! greedily by decreasing shared-token count (ties in text order). A matched pair earns
//! precision credit shared/|pred| and recall credit shared/|gold|; P and R are the credit
//! sums over all predicted and all gold items.
//!
//! **Attribution level.** A predicted and a gold attribution match when their cues overlap
//! (after trimming) and, *strict*: sources are equal (both absent counts as equal) and
//! contents are equal, as items above; *lenient*: sources share a token (or are both
//! absent) and contents share a token. One-to-one, greedy in text order of the gold.

use crate::metrics::Prf;
use hearsay::{IngestOptions, InputFormat, Pipeline};
use hearsay_attribution::polnear::{load_dir, GoldAttribution};
use hearsay_core::{Doc, Span, TokenKind};
use serde::Serialize;
use std::collections::HashMap;
use std::fmt;
use std::path::Path;
use std::time::Instant;

/// Precision, recall and F1 with the counts behind them.
#[derive(Clone, Copy, Debug, Default, Serialize)]
pub struct Score {
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
    /// Predicted items.
    pub predicted: usize,
    /// Gold items.
    pub gold: usize,
}

impl Score {
    fn from_prf(m: Prf, predicted: usize, gold: usize) -> Self {
        Score { precision: m.precision(), recall: m.recall(), f1: m.f1(), predicted, gold }
    }
}

/// Exact and overlap scores for one role.
#[derive(Clone, Copy, Debug, Default, Serialize)]
pub struct RoleScore {
    /// Exact span match after trimming.
    pub exact: Score,
    /// Token-overlap credit.
    pub overlap: Score,
}

/// The report of `hearsay eval polnear`.
#[derive(Debug, Serialize)]
pub struct PolnearReport {
    /// Directory scored.
    pub dir: String,
    /// Articles scored.
    pub articles: usize,
    /// Gold attributions.
    pub gold_attributions: usize,
    /// Predicted top-level attributions.
    pub predicted_attributions: usize,
    /// Source spans.
    pub source: RoleScore,
    /// Cue spans.
    pub cue: RoleScore,
    /// Content spans.
    pub content: RoleScore,
    /// Whole attributions: cue overlaps, source and content exact.
    pub attribution_strict: Score,
    /// Whole attributions: cue overlaps, source and content share tokens.
    pub attribution_lenient: Score,
    /// Pipeline throughput (ingest + every stage), single-threaded.
    pub articles_per_s: f64,
}

impl fmt::Display for PolnearReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "PolNeAR {}: {} articles, {} gold attributions, {} predicted (top-level)",
            self.dir, self.articles, self.gold_attributions, self.predicted_attributions
        )?;
        writeln!(f, "{:<22} {:>6} {:>6} {:>6}   {:>6} {:>6} {:>6}", "", "P", "R", "F1", "P~", "R~", "F1~")?;
        for (name, r) in [("source", &self.source), ("cue", &self.cue), ("content", &self.content)] {
            writeln!(
                f,
                "{name:<22} {:>6.3} {:>6.3} {:>6.3}   {:>6.3} {:>6.3} {:>6.3}",
                r.exact.precision, r.exact.recall, r.exact.f1, r.overlap.precision, r.overlap.recall, r.overlap.f1
            )?;
        }
        for (name, s) in
            [("attribution (strict)", &self.attribution_strict), ("attribution (lenient)", &self.attribution_lenient)]
        {
            writeln!(f, "{name:<22} {:>6.3} {:>6.3} {:>6.3}", s.precision, s.recall, s.f1)?;
        }
        writeln!(f, "(exact: trimmed spans equal; ~: token-overlap credit)")?;
        write!(f, "pipeline speed: {:.0} articles/s (one thread)", self.articles_per_s)
    }
}

/// Trims whitespace and edge punctuation (quotes included; currency and `%` kept).
pub fn trim(span: Span, text: &str) -> Span {
    span.trim_matches(text, |c| c.is_whitespace() || (!c.is_alphanumeric() && !matches!(c, '$' | '%' | '€' | '£')))
}

type Item = Vec<Span>;

fn item(spans: &[Span], text: &str) -> Option<Item> {
    let mut v: Item = spans.iter().map(|s| trim(*s, text)).filter(|s| !s.is_empty()).collect();
    v.sort();
    v.dedup();
    (!v.is_empty()).then_some(v)
}

/// One attribution as scoring items: (source, cue, content).
#[derive(Clone, Debug, Default)]
struct Triple {
    roles: [Option<Item>; 3],
}

fn triple(source: &[Span], cue: &[Span], content: &[Span], text: &str) -> Triple {
    Triple { roles: [item(source, text), item(cue, text), item(content, text)] }
}

/// Word/number token indices an item covers.
fn token_set(it: &Item, doc: &Doc) -> Vec<usize> {
    let mut out = Vec::new();
    for s in it {
        for i in doc.tokens_overlapping(*s) {
            if matches!(doc.tokens[i].kind, TokenKind::Word | TokenKind::Number) {
                out.push(i);
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

fn shared(a: &[usize], b: &[usize]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

#[derive(Default)]
struct Counts {
    exact: Prf,
    psum: f64,
    rsum: f64,
    pred: usize,
    gold: usize,
}

fn score_role(pred: &[Item], gold: &[Item], doc: &Doc, c: &mut Counts) {
    c.pred += pred.len();
    c.gold += gold.len();
    let mut pool: HashMap<&Item, usize> = HashMap::new();
    for g in gold {
        *pool.entry(g).or_default() += 1;
    }
    let mut tp = 0.0;
    for p in pred {
        if let Some(n) = pool.get_mut(p) {
            if *n > 0 {
                *n -= 1;
                tp += 1.0;
            }
        }
    }
    c.exact.add(Prf { tp, fp: pred.len() as f64 - tp, fn_: gold.len() as f64 - tp });
    let pt: Vec<Vec<usize>> = pred.iter().map(|p| token_set(p, doc)).collect();
    let gt: Vec<Vec<usize>> = gold.iter().map(|g| token_set(g, doc)).collect();
    let mut pairs = Vec::new();
    for (i, p) in pt.iter().enumerate() {
        for (j, g) in gt.iter().enumerate() {
            let n = shared(p, g);
            if n > 0 {
                pairs.push((n, i, j));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut up, mut ug) = (vec![false; pt.len()], vec![false; gt.len()]);
    for (n, i, j) in pairs {
        if up[i] || ug[j] {
            continue;
        }
        up[i] = true;
        ug[j] = true;
        c.psum += n as f64 / pt[i].len().max(1) as f64;
        c.rsum += n as f64 / gt[j].len().max(1) as f64;
    }
}

fn cues_overlap(a: &Option<Item>, b: &Option<Item>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.iter().any(|x| b.iter().any(|y| x.overlaps(*y))),
        _ => false,
    }
}

fn same_or_absent(a: &Option<Item>, b: &Option<Item>, doc: &Doc, lenient: bool) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => {
            if lenient {
                shared(&token_set(a, doc), &token_set(b, doc)) > 0
            } else {
                a == b
            }
        }
        _ => false,
    }
}

fn match_attributions(pred: &[Triple], gold: &[Triple], doc: &Doc, lenient: bool) -> f64 {
    let mut used = vec![false; pred.len()];
    let mut tp = 0.0;
    for g in gold {
        let hit = pred.iter().enumerate().position(|(i, p)| {
            !used[i]
                && cues_overlap(&p.roles[1], &g.roles[1])
                && same_or_absent(&p.roles[0], &g.roles[0], doc, lenient)
                && same_or_absent(&p.roles[2], &g.roles[2], doc, lenient)
        });
        if let Some(i) = hit {
            used[i] = true;
            tp += 1.0;
        }
    }
    tp
}

/// Runs the pipeline over every article of `dir` (as plain text) and scores its attributions.
pub fn evaluate(dir: &Path) -> anyhow::Result<PolnearReport> {
    let pipeline = Pipeline::new()?;
    let opts = IngestOptions { format: Some(InputFormat::Text), ..Default::default() };
    evaluate_with(dir, |text| Ok(pipeline.analyze_bytes(text.as_bytes(), &opts)?))
}

/// Scores the documents `analyze` makes of each article text of `dir`.
pub fn evaluate_with(dir: &Path, analyze: impl Fn(&str) -> anyhow::Result<Doc>) -> anyhow::Result<PolnearReport> {
    let articles = load_dir(dir).map_err(|e| anyhow::anyhow!("reading {}: {e}", dir.display()))?;
    anyhow::ensure!(
        !articles.is_empty(),
        "no annotated articles in {} (expected text/ and attributions/)",
        dir.display()
    );
    let mut docs = Vec::with_capacity(articles.len());
    let t = Instant::now();
    for a in &articles {
        docs.push(analyze(&a.text)?);
    }
    let secs = t.elapsed().as_secs_f64();
    let mut roles: [Counts; 3] = Default::default();
    let (mut strict, mut lenient) = (0.0, 0.0);
    let (mut npred, mut ngold) = (0, 0);
    for (a, doc) in articles.iter().zip(&docs) {
        let text = &doc.text;
        let gold: Vec<Triple> =
            a.attributions.iter().map(|g: &GoldAttribution| triple(&g.source, &g.cue, &g.content, text)).collect();
        let pred: Vec<Triple> = doc
            .attributions
            .iter()
            .filter(|p| p.parent.is_none())
            .map(|p| triple(p.source.as_slice(), p.cue.as_slice(), &p.content, text))
            .collect();
        npred += pred.len();
        ngold += gold.len();
        for (r, c) in roles.iter_mut().enumerate() {
            let pi: Vec<Item> = pred.iter().filter_map(|t| t.roles[r].clone()).collect();
            let gi: Vec<Item> = gold.iter().filter_map(|t| t.roles[r].clone()).collect();
            score_role(&pi, &gi, doc, c);
        }
        strict += match_attributions(&pred, &gold, doc, false);
        lenient += match_attributions(&pred, &gold, doc, true);
    }
    let role = |c: &Counts| RoleScore {
        exact: Score::from_prf(c.exact, c.pred, c.gold),
        overlap: {
            let p = if c.pred == 0 { 1.0 } else { c.psum / c.pred as f64 };
            let r = if c.gold == 0 { 1.0 } else { c.rsum / c.gold as f64 };
            Score { precision: p, recall: r, f1: crate::metrics::f1(p, r), predicted: c.pred, gold: c.gold }
        },
    };
    let att = |tp: f64| Score::from_prf(Prf { tp, fp: npred as f64 - tp, fn_: ngold as f64 - tp }, npred, ngold);
    Ok(PolnearReport {
        dir: dir.display().to_string(),
        articles: articles.len(),
        gold_attributions: ngold,
        predicted_attributions: npred,
        source: role(&roles[0]),
        cue: role(&roles[1]),
        content: role(&roles[2]),
        attribution_strict: att(strict),
        attribution_lenient: att(lenient),
        articles_per_s: articles.len() as f64 / secs.max(1e-9),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trimming_drops_edge_punctuation_and_quotes() {
        let t = " “Hello, world,” ";
        assert_eq!(trim(Span::new(0, t.len()), t).text(t), "Hello, world");
        assert_eq!(trim(Span::new(0, 3), "$5."), Span::new(0, 2));
    }

    #[test]
    fn exact_matching_is_one_to_one() {
        let mut doc = Doc::new("x", "he said it");
        doc.tokens = vec![];
        let a: Item = vec![Span::new(0, 2)];
        let mut c = Counts::default();
        score_role(&[a.clone(), a.clone()], std::slice::from_ref(&a), &doc, &mut c);
        assert_eq!(c.exact.tp, 1.0);
        assert_eq!(c.exact.fp, 1.0);
        assert_eq!(c.exact.fn_, 0.0);
    }
}
