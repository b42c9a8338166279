//! Verification events against a hand-annotated gold file (`data/verifications/*.jsonl`).
//!
//! Each gold line: `{"file", "verdict", "cue": [start, end], "actor": [start, end] | null}` in
//! byte offsets into the exact file bytes. The pipeline runs on every file of the texts
//! directory (events in files without gold lines count as false positives). A predicted
//! event matches a gold one with the same verdict whose cue it overlaps (one-to-one,
//! greedy in text order); the exact-cue score also requires equal cue spans after
//! trimming whitespace and punctuation. Actor accuracy is over overlap-matched events: both
//! absent, or equal after trimming.

use crate::metrics::Prf;
use hearsay::{IngestOptions, InputFormat, Pipeline};
use hearsay_core::{Span, Verification};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

/// One gold event.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldEvent {
    /// File name inside the texts directory (the PolNeAR-dev gold).
    #[serde(default)]
    pub file: String,
    /// Document id (gold sets with a `.docs.tsv`: `fnc1/ID`, `polnear/SPLIT/NAME`).
    #[serde(default)]
    pub doc: Option<String>,
    /// The document's split in that gold set (`train`: rules may be tuned on it; `dev`: only
    /// measured on).
    #[serde(default)]
    pub split: Option<String>,
    /// The cue's text, when the gold gives it (checked against the offsets).
    #[serde(default)]
    pub cue_text: Option<String>,
    /// `hearsay.v1` verdict name.
    pub verdict: String,
    /// Cue byte offsets.
    pub cue: [usize; 2],
    /// Actor byte offsets, or null.
    pub actor: Option<[usize; 2]>,
}

/// The report of `hearsay eval verifications`.
#[derive(Debug, Default, Serialize)]
pub struct VerificationReport {
    /// Gold file.
    pub gold: String,
    /// Texts directory.
    pub texts: String,
    /// Documents run.
    pub documents: usize,
    /// Gold events.
    pub gold_events: usize,
    /// Predicted events.
    pub predicted_events: usize,
    /// Verdict + overlapping cue.
    pub verdict_cue: Prf,
    /// Verdict + exact cue.
    pub exact_cue: Prf,
    /// Matched events whose actor is right.
    pub actor_correct: usize,
    /// Matched events.
    pub actor_total: usize,
    /// Verdict + overlapping cue, per verdict.
    pub by_verdict: BTreeMap<String, Prf>,
    /// Unmatched predicted concessions ("admitted", "acknowledged", "conceded" as `confirmed`)
    /// left out of the precision of a gold that does not mark them (ANNOTATION.md: "neither
    /// counted for nor against"); counting them as false alarms adds this many to `fp`.
    pub concessions_ignored: usize,
    /// Human-readable misses and false alarms (with `errors`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<String>,
}

fn trim(s: Span, text: &str) -> Span {
    s.trim_matches(text, |c| c.is_whitespace() || (c.is_ascii_punctuation() && c != '\'') || "“”‘’—–".contains(c))
}

fn valid(s: [usize; 2], text: &str) -> Option<Span> {
    (s[0] <= s[1] && s[1] <= text.len() && text.is_char_boundary(s[0]) && text.is_char_boundary(s[1]))
        .then(|| Span::new(s[0], s[1]))
}

/// Reads a JSON Lines gold file.
pub fn read_gold(path: &Path) -> anyhow::Result<Vec<GoldEvent>> {
    let text = std::fs::read_to_string(path).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", path.display()))?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let g: GoldEvent =
            serde_json::from_str(line).map_err(|e| anyhow::anyhow!("{} line {}: {e}", path.display(), i + 1))?;
        out.push(g);
    }
    Ok(out)
}

fn context(text: &str, s: Span) -> String {
    let a = text.floor_char_boundary(s.start.saturating_sub(60));
    let b = text.ceil_char_boundary(s.end + 40);
    format!("…{}[{}]{}…", &text[a..s.start], s.text(text), &text[s.end..b]).replace('\n', " ")
}

/// Whether a predicted event is a concession: a `confirmed` whose cue opens with "admit",
/// "acknowledge" or "concede" in any form.
fn is_concession(p: &Verification, text: &str) -> bool {
    let first = p.cue.text(text).split_whitespace().next().unwrap_or("").to_lowercase();
    p.verdict == hearsay_core::Verdict::Confirmed
        && ["admit", "acknowledg", "conced"].iter().any(|stem| first.starts_with(stem))
}

/// Scores one document; returns its counts and adds error lines. With `free_concessions`
/// (a gold that does not mark concessions) an unmatched concession is no false alarm.
pub(crate) fn score_doc(
    name: &str,
    text: &str,
    gold: &[&GoldEvent],
    pred: &[Verification],
    r: &mut VerificationReport,
    errors: bool,
    free_concessions: bool,
) -> anyhow::Result<()> {
    let mut used = vec![false; pred.len()];
    let mut used_exact = vec![false; pred.len()];
    let mut tp_by: BTreeMap<String, f64> = BTreeMap::new();
    for g in gold {
        let cue = valid(g.cue, text).ok_or_else(|| anyhow::anyhow!("{name}: bad cue offsets {:?}", g.cue))?;
        let actor = match g.actor {
            Some(a) => Some(valid(a, text).ok_or_else(|| anyhow::anyhow!("{name}: bad actor offsets {a:?}"))?),
            None => None,
        };
        let m =
            (0..pred.len()).find(|&i| !used[i] && pred[i].verdict.as_str() == g.verdict && pred[i].cue.overlaps(cue));
        if let Some(i) = m {
            used[i] = true;
            r.verdict_cue.tp += 1.0;
            *tp_by.entry(g.verdict.clone()).or_default() += 1.0;
            r.actor_total += 1;
            let ok = match (actor, pred[i].actor) {
                (None, None) => true,
                (Some(a), Some(b)) => trim(a, text).text(text) == trim(b, text).text(text),
                _ => false,
            };
            if ok {
                r.actor_correct += 1;
            } else if errors {
                let show = |s: Option<Span>| s.map_or("-".to_string(), |s| s.text(text).to_string());
                r.errors.push(format!(
                    "ACTOR {name} {}: gold {:?} got {:?}",
                    g.verdict,
                    show(actor),
                    show(pred[i].actor)
                ));
            }
        } else {
            r.verdict_cue.fn_ += 1.0;
            r.by_verdict.entry(g.verdict.clone()).or_default().fn_ += 1.0;
            if errors {
                r.errors.push(format!("MISS  {name} {}: {}", g.verdict, context(text, cue)));
            }
        }
        let e = (0..pred.len()).find(|&i| {
            !used_exact[i] && pred[i].verdict.as_str() == g.verdict && trim(pred[i].cue, text) == trim(cue, text)
        });
        match e {
            Some(i) => {
                used_exact[i] = true;
                r.exact_cue.tp += 1.0;
            }
            None => r.exact_cue.fn_ += 1.0,
        }
    }
    for (v, tp) in tp_by {
        r.by_verdict.entry(v).or_default().tp += tp;
    }
    for (i, p) in pred.iter().enumerate() {
        if !used[i] && free_concessions && is_concession(p, text) {
            r.concessions_ignored += 1;
            if errors {
                r.errors.push(format!("SKIP  {name} {} (concession): {}", p.verdict.as_str(), context(text, p.cue)));
            }
            continue;
        }
        if !used[i] {
            r.verdict_cue.fp += 1.0;
            r.by_verdict.entry(p.verdict.as_str().to_string()).or_default().fp += 1.0;
            if errors {
                r.errors.push(format!("FALSE {name} {}: {}", p.verdict.as_str(), context(text, p.cue)));
            }
        }
        if !used_exact[i] {
            r.exact_cue.fp += 1.0;
        }
    }
    Ok(())
}

/// Runs the pipeline over `texts` and scores its verification events against `gold`.
pub fn evaluate(gold: &Path, texts: &Path, errors: bool) -> anyhow::Result<VerificationReport> {
    let events = read_gold(gold)?;
    let mut files: Vec<_> = std::fs::read_dir(texts)
        .map_err(|e| anyhow::anyhow!("cannot read {}: {e} (PolNeAR lives in ../shared/data/polnear)", texts.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    let known: std::collections::HashSet<String> =
        files.iter().filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned())).collect();
    if let Some(g) = events.iter().find(|g| !known.contains(&g.file)) {
        anyhow::bail!("gold file names {} which is not in {}", g.file, texts.display());
    }
    let mut r = VerificationReport {
        gold: gold.display().to_string(),
        texts: texts.display().to_string(),
        gold_events: events.len(),
        ..Default::default()
    };
    let pipeline = Pipeline::new()?;
    for p in &files {
        let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let bytes = std::fs::read(p)?;
        let opts = IngestOptions { format: Some(InputFormat::Text), ..Default::default() };
        let Ok(doc) = pipeline.analyze_bytes(&bytes, &opts) else {
            continue;
        };
        anyhow::ensure!(
            doc.text.as_bytes() == bytes.as_slice(),
            "{name}: ingest changed the bytes; offsets would not hold"
        );
        let gold: Vec<&GoldEvent> = events.iter().filter(|g| g.file == name).collect();
        r.documents += 1;
        r.predicted_events += doc.verifications.len();
        score_doc(&name, &doc.text, &gold, &doc.verifications, &mut r, errors, false)?;
    }
    Ok(r)
}

/// Scores gold sets made of document ids (`gold` a file or a directory of `*.jsonl`, each
/// with its `.docs.tsv`), documents read from `data` (`../shared/data`), keeping only the
/// documents of `split` when given. Every covered document counts, events or none.
pub fn evaluate_docs(
    gold: &Path,
    data: &Path,
    split: Option<&str>,
    errors: bool,
) -> anyhow::Result<VerificationReport> {
    let mut r = VerificationReport {
        gold: gold.display().to_string(),
        texts: format!("{} (split {})", data.display(), split.unwrap_or("all")),
        ..Default::default()
    };
    let mut events: BTreeMap<std::path::PathBuf, Vec<GoldEvent>> = BTreeMap::new();
    crate::gold_docs::for_each_analysed(gold, data, split, |file, id, doc| {
        if !events.contains_key(file) {
            events.insert(file.to_path_buf(), read_gold(file)?);
        }
        let events = &events[file];
        let gold: Vec<&GoldEvent> = events.iter().filter(|g| g.doc.as_deref() == Some(id)).collect();
        for g in &gold {
            if let Some(t) = &g.cue_text {
                let at = valid(g.cue, &doc.text).map(|s| s.text(&doc.text));
                anyhow::ensure!(at == Some(t.as_str()), "{id}: gold cue {:?} is {at:?} in the text", t);
            }
        }
        r.gold_events += gold.len();
        r.documents += 1;
        r.predicted_events += doc.verifications.len();
        score_doc(id, &doc.text, &gold, &doc.verifications, &mut r, errors, true)?;
        Ok(())
    })?;
    Ok(r)
}

impl fmt::Display for VerificationReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for e in &self.errors {
            writeln!(f, "{e}")?;
        }
        writeln!(f, "verification events: {} documents from {}, gold {}", self.documents, self.texts, self.gold)?;
        writeln!(f, "gold events {}, predicted {}", self.gold_events, self.predicted_events)?;
        writeln!(
            f,
            "{:<24} {:>5} {:>5} {:>5} {:>9} {:>9} {:>9}",
            "score", "tp", "fp", "fn", "precision", "recall", "F1"
        )?;
        let row = |f: &mut fmt::Formatter<'_>, n: &str, m: &Prf| {
            writeln!(
                f,
                "{:<24} {:>5} {:>5} {:>5} {:>9.4} {:>9.4} {:>9.4}",
                n,
                m.tp,
                m.fp,
                m.fn_,
                m.precision(),
                m.recall(),
                m.f1()
            )
        };
        row(f, "verdict + cue (overlap)", &self.verdict_cue)?;
        row(f, "verdict + exact cue", &self.exact_cue)?;
        for (v, m) in &self.by_verdict {
            row(f, &format!("  {v}"), m)?;
        }
        let acc = if self.actor_total == 0 { 1.0 } else { self.actor_correct as f64 / self.actor_total as f64 };
        writeln!(f, "actor accuracy over matched events: {}/{} = {acc:.4}", self.actor_correct, self.actor_total)?;
        if self.concessions_ignored > 0 {
            writeln!(
                f,
                "unmatched concessions not scored (the gold does not mark them): {}",
                self.concessions_ignored
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hearsay_core::Verdict;

    #[test]
    fn overlap_exact_and_actor_scoring() {
        let text = "The mayor did not respond. Police confirmed it.";
        let g1 = GoldEvent {
            file: "a".into(),
            verdict: "did_not_respond".into(),
            cue: [10, 25],
            actor: Some([0, 9]),
            doc: None,
            split: None,
            cue_text: None,
        };
        let g2 = GoldEvent {
            file: "a".into(),
            verdict: "denied".into(),
            cue: [34, 43],
            actor: None,
            doc: None,
            split: None,
            cue_text: None,
        };
        let pred = vec![
            Verification {
                verdict: Verdict::DidNotRespond,
                actor: Some(Span::new(4, 9)),
                actor_id: None,
                cue: Span::new(14, 25),
                target: None,
            },
            Verification {
                verdict: Verdict::Confirmed,
                actor: None,
                actor_id: None,
                cue: Span::new(34, 43),
                target: None,
            },
        ];
        let mut r = VerificationReport::default();
        score_doc("a", text, &[&g1, &g2], &pred, &mut r, true, false).unwrap();
        assert_eq!((r.verdict_cue.tp, r.verdict_cue.fp, r.verdict_cue.fn_), (1.0, 1.0, 1.0));
        assert_eq!((r.exact_cue.tp, r.exact_cue.fp, r.exact_cue.fn_), (0.0, 2.0, 2.0));
        assert_eq!((r.actor_correct, r.actor_total), (0, 1));
        assert_eq!(r.errors.len(), 3);
    }

    #[test]
    fn an_unmatched_concession_is_free_only_where_the_gold_leaves_them_out() {
        let text = "He admitted the error.";
        let pred = vec![Verification {
            verdict: Verdict::Confirmed,
            actor: Some(Span::new(0, 2)),
            actor_id: None,
            cue: Span::new(3, 11),
            target: None,
        }];
        let mut r = VerificationReport::default();
        score_doc("a", text, &[], &pred, &mut r, false, true).unwrap();
        assert_eq!((r.verdict_cue.fp, r.exact_cue.fp, r.concessions_ignored), (0.0, 0.0, 1));
        let mut r = VerificationReport::default();
        score_doc("a", text, &[], &pred, &mut r, false, false).unwrap();
        assert_eq!((r.verdict_cue.fp, r.concessions_ignored), (1.0, 0));
    }

    #[test]
    fn bad_offsets_are_errors_not_panics() {
        let g = GoldEvent {
            file: "a".into(),
            verdict: "denied".into(),
            cue: [5, 500],
            actor: None,
            doc: None,
            split: None,
            cue_text: None,
        };
        let mut r = VerificationReport::default();
        assert!(score_doc("a", "short", &[&g], &[], &mut r, false, false).is_err());
    }
}
