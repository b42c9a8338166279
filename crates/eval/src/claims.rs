//! Claims against the project's hand-annotated claim gold (`data/claims/*.jsonl`, defined in
//! docs/CLAIMS.md).
//!
//! The whole pipeline runs on every document the gold covers (of one split when asked).
//! Propositions match by their mentions: a predicted claim's `mentions` (its attributions'
//! content spans and the sentences that hedge it), a gold claim's `mentions`. A predicted and a gold mention
//! match when their overlap covers at least half of the gold mention and at least a fifth of
//! the predicted one (so a two-word fragment inside a gold clause does not match it, and a
//! long quote holding the clause does). Claims are paired one to one, best overlap first:
//! claim precision = paired predicted / predicted, recall = paired gold / gold. A predicted
//! claim that matches only gold claims already paired is a *split* (one proposition given as
//! two claims); it counts as a false positive and is also reported on its own line.
//!
//! Over paired claims: label accuracy (the `assessment.label` equals the gold label), origin
//! accuracy (the predicted origins, `hearsay_claims::chain::origins`, pair one to one with
//! the gold origins by any mention of the source overlapping the gold origin span; a gold
//! origin with a null span pairs with no predicted origin), and chain accuracy (origins
//! right, and the rest of the predicted chain pairs one to one with the gold relays).

use crate::gold_docs::{for_each_analysed, gold_files};
use crate::metrics::Prf;
use hearsay_core::{Doc, Span};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

/// A gold span with its text.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldSpan {
    /// Byte offsets, or null (an origin the text does not give).
    pub span: Option<[usize; 2]>,
    /// The text at the span.
    #[serde(default)]
    pub text: Option<String>,
}

/// One gold claim.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldClaim {
    /// Short paraphrase.
    pub text: String,
    /// Places the proposition is stated.
    pub mentions: Vec<GoldSpan>,
    /// Who first asserts it.
    #[serde(default)]
    pub origins: Vec<GoldSpan>,
    /// Who passes it on, origin to article.
    #[serde(default)]
    pub relays: Vec<GoldSpan>,
    /// Sourcing label (`hearsay.v1` names).
    pub label: String,
}

/// One gold document.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldDoc {
    /// Document id (`fnc1/ID`, `polnear/SPLIT/NAME`).
    pub doc: String,
    /// `train` (may be tuned on) or `dev` (only measured on).
    pub split: String,
    /// Its claims.
    pub claims: Vec<GoldClaim>,
}

/// The report of `hearsay eval claims`.
#[derive(Debug, Default, Serialize)]
pub struct ClaimReport {
    /// Gold path.
    pub gold: String,
    /// Split measured (`all` when none).
    pub split: String,
    /// Documents run.
    pub documents: usize,
    /// Gold claims.
    pub gold_claims: usize,
    /// Predicted claims.
    pub predicted_claims: usize,
    /// Claims paired one to one.
    pub claims: Prf,
    /// Predicted claims that only restate an already paired gold claim (counted in `fp`).
    pub splits: usize,
    /// Paired claims with the gold label.
    pub label_correct: usize,
    /// Paired claims with the gold origins.
    pub origin_correct: usize,
    /// Paired claims with the gold origins and relays.
    pub chain_correct: usize,
    /// Paired claims.
    pub paired: usize,
    /// Gold label → predicted label → count, over paired claims.
    pub labels: BTreeMap<String, BTreeMap<String, usize>>,
    /// Misses, false claims and wrong labels (with `errors`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<String>,
}

/// Reads the gold documents of a file or directory.
pub fn read_gold(path: &Path) -> anyhow::Result<BTreeMap<String, GoldDoc>> {
    let mut out = BTreeMap::new();
    for file in gold_files(path)? {
        let text = std::fs::read_to_string(&file).map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
        for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let d: GoldDoc =
                serde_json::from_str(line).map_err(|e| anyhow::anyhow!("{}:{}: {e}", file.display(), n + 1))?;
            out.insert(d.doc.clone(), d);
        }
    }
    Ok(out)
}

/// Whether a predicted mention `p` states the gold mention `g` (see the module doc); the
/// overlap score when it does.
pub fn mention_match(p: Span, g: Span) -> Option<f64> {
    let inter = p.end.min(g.end).saturating_sub(p.start.max(g.start)) as f64;
    let (gl, pl) = (g.len().max(1) as f64, p.len().max(1) as f64);
    (inter / gl >= 0.5 && inter / pl >= 0.2).then_some(inter / gl + inter / pl)
}

fn span(s: &[usize; 2], text: &str) -> Option<Span> {
    (s[0] <= s[1] && s[1] <= text.len()).then(|| Span::new(s[0], s[1]))
}

fn best_score(doc: &Doc, c: usize, g: &GoldClaim) -> Option<f64> {
    let ps = &doc.claims[c].mentions;
    g.mentions
        .iter()
        .filter_map(|m| m.span.as_ref().and_then(|s| span(s, &doc.text)))
        .flat_map(|gs| ps.iter().filter_map(move |&p| mention_match(p, gs)))
        .max_by(|a, b| a.total_cmp(b))
}

/// Whether predicted source `sid` is the gold source at `g`.
fn source_is(doc: &Doc, sid: usize, g: Span) -> bool {
    doc.sources.get(sid).is_some_and(|s| s.mentions.iter().any(|m| m.overlaps(g)))
}

/// Pairs predicted sources with gold spans one to one; true when every one on both sides pairs.
fn same_sources(doc: &Doc, predicted: &[usize], gold: &[Span]) -> bool {
    if predicted.len() != gold.len() {
        return false;
    }
    let mut used = vec![false; predicted.len()];
    gold.iter().all(|&g| {
        let hit = (0..predicted.len()).find(|&k| !used[k] && source_is(doc, predicted[k], g));
        hit.map(|k| used[k] = true).is_some()
    })
}

fn score_doc(doc: &Doc, gold: &GoldDoc, r: &mut ClaimReport, errors: bool) {
    let n = doc.claims.len();
    let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
    for c in 0..n {
        for (k, g) in gold.claims.iter().enumerate() {
            if let Some(s) = best_score(doc, c, g) {
                pairs.push((s, c, k));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut pred_of, mut gold_of) = (vec![None; gold.claims.len()], vec![None; n]);
    for &(_, c, k) in &pairs {
        if pred_of[k].is_none() && gold_of[c].is_none() {
            pred_of[k] = Some(c);
            gold_of[c] = Some(k);
        }
    }
    r.documents += 1;
    r.gold_claims += gold.claims.len();
    r.predicted_claims += n;
    let quote = |c: usize| format!("{}: predicted \"{}\"", gold.doc, doc.claims[c].text);
    for (c, paired) in gold_of.iter().enumerate() {
        match paired {
            Some(_) => r.claims.tp += 1.0,
            None => {
                r.claims.fp += 1.0;
                let split = pairs.iter().any(|&(_, pc, _)| pc == c);
                r.splits += usize::from(split);
                if errors {
                    let what = if split { "split" } else { "false claim" };
                    r.errors.push(format!("{what}: {}", quote(c)));
                }
            }
        }
    }
    for (k, g) in gold.claims.iter().enumerate() {
        let Some(c) = pred_of[k] else {
            r.claims.fn_ += 1.0;
            if errors {
                r.errors.push(format!("missed: {}: gold \"{}\"", gold.doc, g.text));
            }
            continue;
        };
        r.paired += 1;
        let label = doc.claims[c].assessment.label.as_str();
        *r.labels.entry(g.label.clone()).or_default().entry(label.to_string()).or_default() += 1;
        if label == g.label {
            r.label_correct += 1;
        } else if errors {
            let why = doc.claims[c].assessment.reasons.join(" ");
            r.errors.push(format!(
                "label {label} (gold {}): {} / gold \"{}\" / because: {why}",
                g.label,
                quote(c),
                g.text
            ));
        }
        let origins = hearsay_claims::chain::origins(doc, &doc.claims[c].attributions);
        let gold_origins: Vec<Span> =
            g.origins.iter().filter_map(|o| o.span.as_ref().and_then(|s| span(s, &doc.text))).collect();
        let origin_ok = same_sources(doc, &origins, &gold_origins);
        r.origin_correct += usize::from(origin_ok);
        let relays: Vec<usize> = doc.claims[c].chain.iter().copied().filter(|s| !origins.contains(s)).collect();
        let gold_relays: Vec<Span> =
            g.relays.iter().filter_map(|o| o.span.as_ref().and_then(|s| span(s, &doc.text))).collect();
        r.chain_correct += usize::from(origin_ok && same_sources(doc, &relays, &gold_relays));
    }
}

/// Runs the pipeline over the gold's documents (read from the data root `data`) and scores
/// its claims.
pub fn evaluate(gold: &Path, data: &Path, split: Option<&str>, errors: bool) -> anyhow::Result<ClaimReport> {
    let docs = read_gold(gold)?;
    let mut r = ClaimReport {
        gold: gold.display().to_string(),
        split: split.unwrap_or("all").to_string(),
        ..Default::default()
    };
    for_each_analysed(gold, data, split, |_, id, doc| {
        let g = docs.get(id).ok_or_else(|| anyhow::anyhow!("{id} is listed but has no gold line"))?;
        score_doc(&doc, g, &mut r, errors);
        Ok(())
    })?;
    Ok(r)
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Label names in the order of the label rules (docs/ASSESSMENT.md), with a short column head.
const LABELS: [(&str, &str); 6] = [
    ("disputed", "disp"),
    ("denied", "deni"),
    ("corroborated", "corr"),
    ("unverified", "unve"),
    ("single_anonymous_source", "anon"),
    ("single_named_source", "name"),
];

/// The confusion table of paired claims: one row per gold label, one column per predicted
/// label, the row's total and the share it gets right.
fn write_confusion(f: &mut fmt::Formatter<'_>, labels: &BTreeMap<String, BTreeMap<String, usize>>) -> fmt::Result {
    let mut names: Vec<&str> = LABELS.iter().map(|l| l.0).collect();
    let extra = labels.iter().flat_map(|(g, row)| std::iter::once(g).chain(row.keys())).map(String::as_str);
    for n in extra {
        if !names.contains(&n) {
            names.push(n);
        }
    }
    let short = |n: &str| LABELS.iter().find(|l| l.0 == n).map_or(n.chars().take(4).collect(), |l| l.1.to_string());
    write!(f, "labels (rows gold, columns predicted):\n  {:<24}", "")?;
    for n in &names {
        write!(f, " {:>5}", short(n))?;
    }
    writeln!(f, " {:>6} {:>6}", "total", "right")?;
    for g in &names {
        let Some(row) = labels.get(*g) else { continue };
        write!(f, "  {g:<24}")?;
        for p in &names {
            match row.get(*p) {
                Some(n) => write!(f, " {n:>5}")?,
                None => write!(f, " {:>5}", ".")?,
            }
        }
        let total: usize = row.values().sum();
        writeln!(f, " {total:>6} {:>6.3}", ratio(row.get(*g).copied().unwrap_or(0), total))?;
    }
    Ok(())
}

impl fmt::Display for ClaimReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "claims: {} (split {}), {} documents", self.gold, self.split, self.documents)?;
        writeln!(f, "gold claims {}, predicted {}", self.gold_claims, self.predicted_claims)?;
        writeln!(
            f,
            "claim      P {:.3}  R {:.3}  F1 {:.3}  ({} splits among the false claims)",
            self.claims.precision(),
            self.claims.recall(),
            self.claims.f1(),
            self.splits
        )?;
        writeln!(
            f,
            "label      accuracy {:.3}  ({}/{})",
            ratio(self.label_correct, self.paired),
            self.label_correct,
            self.paired
        )?;
        writeln!(
            f,
            "origin     accuracy {:.3}  ({}/{})",
            ratio(self.origin_correct, self.paired),
            self.origin_correct,
            self.paired
        )?;
        writeln!(
            f,
            "chain      accuracy {:.3}  ({}/{})",
            ratio(self.chain_correct, self.paired),
            self.chain_correct,
            self.paired
        )?;
        write_confusion(f, &self.labels)?;
        for e in &self.errors {
            writeln!(f, "  {e}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_label_confusion_is_printed_as_a_table() {
        let mut r = ClaimReport::default();
        r.labels.entry("denied".into()).or_default().insert("single_named_source".into(), 3);
        r.labels.entry("denied".into()).or_default().insert("denied".into(), 1);
        let out = r.to_string();
        assert!(out.contains("labels (rows gold, columns predicted):"), "{out}");
        let head = out.lines().find(|l| l.contains("disp")).expect("column heads");
        assert!(head.contains("deni") && head.contains("name") && head.contains("right"), "{head}");
        let row = out.lines().find(|l| l.trim_start().starts_with("denied")).expect("denied row");
        let cells: Vec<&str> = row.split_whitespace().collect();
        // disputed ., denied 1, corroborated ., unverified ., anonymous ., named 3, total 4, right 0.250
        assert_eq!(cells, ["denied", ".", "1", ".", ".", ".", "3", "4", "0.250"], "{row}");
    }

    #[test]
    fn a_fragment_inside_a_clause_does_not_state_it() {
        let clause = Span::new(100, 200);
        assert!(mention_match(Span::new(120, 130), clause).is_none(), "ten bytes of a hundred");
        assert!(mention_match(Span::new(90, 210), clause).is_some(), "the clause with 'that' and a comma");
        assert!(mention_match(Span::new(100, 500), clause).is_some(), "a quote holding the clause");
        assert!(mention_match(Span::new(100, 700), clause).is_none(), "a long quote that says much more");
        assert!(mention_match(Span::new(300, 400), clause).is_none(), "elsewhere");
    }
}
