//! Sentence-boundary F1 on a CoNLL-U treebank (UD English-EWT).
//!
//! Each document's sentences are joined with one space (paragraph breaks dropped, so no
//! newline gives a boundary away); the splitter runs on that text and every predicted
//! sentence end inside the document is compared with the gold ends. The "well-punctuated"
//! subset keeps documents whose every sentence starts with a capital, digit or quote and
//! ends in `.`, `!` or `?` (optionally followed by a quote or bracket): the news-like case.

use crate::metrics::Prf;
use hearsay_core::Span;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

/// Scores for one slice of the treebank.
#[derive(Debug, Default, Serialize)]
pub struct Slice {
    /// Documents.
    pub documents: usize,
    /// Gold sentences.
    pub sentences: usize,
    /// Boundary counts.
    pub boundaries: Prf,
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
}

/// The report of `hearsay eval ud`.
#[derive(Debug, Serialize)]
pub struct UdReport {
    /// The file scored.
    pub file: String,
    /// All documents.
    pub all: Slice,
    /// Documents whose sentences are all well punctuated.
    pub well_punctuated: Slice,
    /// Per genre (the prefix of the document id).
    pub by_genre: BTreeMap<String, Slice>,
}

struct UdDoc {
    id: String,
    sentences: Vec<String>,
}

fn read_docs(text: &str) -> Vec<UdDoc> {
    let mut docs: Vec<UdDoc> = Vec::new();
    for line in text.lines() {
        if let Some(id) = line.strip_prefix("# newdoc id = ") {
            docs.push(UdDoc { id: id.trim().to_string(), sentences: Vec::new() });
        } else if let Some(t) = line.strip_prefix("# text = ") {
            if docs.is_empty() {
                docs.push(UdDoc { id: "doc".into(), sentences: Vec::new() });
            }
            docs.last_mut().unwrap().sentences.push(t.trim().to_string());
        }
    }
    docs
}

fn well_punctuated(s: &str) -> bool {
    let first = s.chars().next().unwrap_or(' ');
    let starts = first.is_uppercase() || first.is_ascii_digit() || matches!(first, '"' | '“' | '\'' | '(');
    let t = s.trim_end_matches(['"', '”', '\'', '’', ')']);
    starts && t.ends_with(['.', '!', '?'])
}

/// Counts boundary matches for one document.
pub fn score_document(sentences: &[String]) -> Prf {
    let text = sentences.join(" ");
    let mut gold = Vec::new();
    let mut pos = 0;
    for s in sentences {
        pos += s.len();
        gold.push(pos);
        pos += 1;
    }
    gold.pop(); // the document end is not a decision
    let toks = hearsay_text::tokenize(&text, Span::new(0, text.len()));
    let mut pred: Vec<usize> =
        hearsay_text::split_sentences(&text, &toks).into_iter().map(|r| toks[r.end - 1].span.end).collect();
    pred.pop();
    let tp = pred.iter().filter(|p| gold.contains(p)).count() as f64;
    Prf { tp, fp: pred.len() as f64 - tp, fn_: gold.len() as f64 - tp }
}

fn finish(s: &mut Slice) {
    s.precision = s.boundaries.precision();
    s.recall = s.boundaries.recall();
    s.f1 = s.boundaries.f1();
}

/// Scores the sentence splitter on a CoNLL-U file.
pub fn evaluate(file: &Path) -> anyhow::Result<UdReport> {
    let text = std::fs::read_to_string(file).map_err(|e| {
        anyhow::anyhow!("cannot read {}: {e} (the UD data lives in ../shared/data/ud_ewt)", file.display())
    })?;
    let docs = read_docs(&text);
    anyhow::ensure!(!docs.is_empty(), "no sentences in {}", file.display());
    let mut all = Slice::default();
    let mut wp = Slice::default();
    let mut by_genre: BTreeMap<String, Slice> = BTreeMap::new();
    for d in &docs {
        let m = score_document(&d.sentences);
        let genre = d.id.split('-').next().unwrap_or("?").to_string();
        let add = |s: &mut Slice| {
            s.documents += 1;
            s.sentences += d.sentences.len();
            s.boundaries.add(m);
        };
        add(&mut all);
        add(by_genre.entry(genre).or_default());
        if d.sentences.iter().all(|s| well_punctuated(s)) {
            add(&mut wp);
        }
    }
    finish(&mut all);
    finish(&mut wp);
    by_genre.values_mut().for_each(finish);
    Ok(UdReport { file: file.display().to_string(), all, well_punctuated: wp, by_genre })
}

impl fmt::Display for UdReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "sentence boundaries on {}", self.file)?;
        writeln!(f, "{:<18} {:>6} {:>7} {:>9} {:>9} {:>9}", "slice", "docs", "sents", "precision", "recall", "F1")?;
        let row = |f: &mut fmt::Formatter<'_>, name: &str, s: &Slice| {
            writeln!(
                f,
                "{:<18} {:>6} {:>7} {:>9.4} {:>9.4} {:>9.4}",
                name, s.documents, s.sentences, s.precision, s.recall, s.f1
            )
        };
        row(f, "all", &self.all)?;
        row(f, "well-punctuated", &self.well_punctuated)?;
        for (g, s) in &self.by_genre {
            row(f, &format!("  {g}"), s)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perfect_and_missed_boundaries() {
        let s = vec!["Lt. Smith left.".to_string(), "He came back.".to_string()];
        let m = score_document(&s);
        assert_eq!((m.tp, m.fp, m.fn_), (1.0, 0.0, 0.0));
        let s = vec!["it was fine".to_string(), "then it was not".to_string()];
        let m = score_document(&s);
        assert_eq!((m.tp, m.fp, m.fn_), (0.0, 0.0, 1.0));
    }
}
