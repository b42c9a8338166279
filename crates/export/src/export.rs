//! Whole exports: every document of a store, or of a JSON Lines file of `hearsay.v1`
//! analyses, streamed into one file per table.

use crate::column::{Row, Value};
use crate::error::{ExportError, Result};
use crate::rows::{rows_with, StoredExtra};
use crate::table::Table;
use crate::write::{create, Format, TableWriter};
use hearsay_core::schema::{Analysis, SCHEMA};
use hearsay_store::{ClusterMemberRow, Store};
use std::collections::HashMap;
use std::io::BufRead;
use std::path::{Path, PathBuf};

/// Stored documents read per page.
const DOC_PAGE: usize = 256;
/// Cluster memberships read per page.
const MEMBER_PAGE: usize = 4096;
/// Skipped records listed one by one in a [`Report`] (the rest are only counted).
pub const MAX_LISTED: usize = 100;

/// Where an export goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// One table, to one file.
    File(Table, PathBuf),
    /// Every table, one file each (`DIR/documents.parquet`, …), in a directory created
    /// when missing.
    Dir(PathBuf),
}

/// A record an export could not use, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    /// Where it was: `LINE` of the JSON Lines input (counting from 1), or a stored
    /// document's content key.
    pub at: String,
    /// Why it was skipped.
    pub reason: String,
}

/// What an export wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Documents exported.
    pub documents: u64,
    /// Rows written per table, in [`Table::ALL`] order (only the tables exported).
    pub rows: Vec<(Table, u64)>,
    /// Files written, in table order.
    pub files: Vec<PathBuf>,
    /// Records skipped (the first [`MAX_LISTED`]).
    pub skipped: Vec<Skipped>,
    /// Records skipped in all.
    pub skipped_total: u64,
}

impl Report {
    /// Rows written to `table`, if it was exported.
    pub fn rows_of(&self, table: Table) -> Option<u64> {
        self.rows.iter().find(|(t, _)| *t == table).map(|(_, n)| *n)
    }

    fn skip(&mut self, at: String, reason: String) {
        self.skipped_total += 1;
        if self.skipped.len() < MAX_LISTED {
            self.skipped.push(Skipped { at, reason });
        }
    }
}

/// The open writers of one export.
struct Writers {
    open: Vec<(Table, Box<dyn TableWriter>, u64)>,
    files: Vec<PathBuf>,
}

impl Writers {
    fn open(format: Format, target: &Target) -> Result<Self> {
        let files: Vec<(Table, PathBuf)> = match target {
            Target::File(t, path) => {
                if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                    std::fs::create_dir_all(dir).map_err(|e| ExportError::io(dir, e))?;
                }
                vec![(*t, path.clone())]
            }
            Target::Dir(dir) => {
                std::fs::create_dir_all(dir).map_err(|e| ExportError::io(dir, e))?;
                Table::ALL.iter().map(|&t| (t, format.file_in(dir, t))).collect()
            }
        };
        let mut open = Vec::new();
        for (t, p) in &files {
            open.push((*t, create(format, *t, p)?, 0));
        }
        Ok(Writers { open, files: files.into_iter().map(|(_, p)| p).collect() })
    }

    fn wants(&self, table: Table) -> bool {
        self.open.iter().any(|(t, _, _)| *t == table)
    }

    fn add_analysis(&mut self, a: &Analysis, extra: &StoredExtra) -> Result<()> {
        for (t, w, n) in &mut self.open {
            for row in rows_with(*t, a, extra) {
                w.write(&row)?;
                *n += 1;
            }
        }
        Ok(())
    }

    fn add_cluster_row(&mut self, row: &Row) -> Result<()> {
        for (t, w, n) in &mut self.open {
            if *t == Table::Clusters {
                w.write(row)?;
                *n += 1;
            }
        }
        Ok(())
    }

    fn finish(self, report: &mut Report) -> Result<()> {
        for (t, w, n) in self.open {
            w.finish()?;
            report.rows.push((t, n));
        }
        report.files = self.files;
        Ok(())
    }
}

/// Exports every document of `store` (and its cluster membership) in `format` to
/// `target`, reading the store a page at a time.
pub fn export_store(store: &dyn Store, format: Format, target: &Target) -> Result<Report> {
    let mut w = Writers::open(format, target)?;
    let mut report = Report::default();
    let per_doc = Table::ALL.iter().any(|&t| t != Table::Clusters && w.wants(t));
    let mut last = 0i64;
    loop {
        if !per_doc {
            break;
        }
        let page = store.analyses_after(last, DOC_PAGE)?;
        let Some(upto) = page.last().map(|(d, _)| d.seq) else { break };
        let mut claims: HashMap<i64, HashMap<String, (i64, Option<i64>)>> = HashMap::new();
        if w.wants(Table::Claims) {
            for c in store.claim_keys_between(last, upto)? {
                claims.entry(c.doc_seq).or_default().insert(c.claim_id, (c.key, c.cluster));
            }
        }
        for (doc, json) in page {
            let analysis: Analysis = match serde_json::from_str(&json) {
                Ok(a) => a,
                Err(e) => {
                    report.skip(doc.key.clone(), format!("stored analysis is not hearsay.v1 JSON: {e}"));
                    continue;
                }
            };
            let extra = StoredExtra { claims: claims.remove(&doc.seq).unwrap_or_default(), document: Some(doc) };
            w.add_analysis(&analysis, &extra)?;
            report.documents += 1;
        }
        last = upto;
    }
    if w.wants(Table::Clusters) {
        let mut after = (0i64, 0i64);
        let mut info: Option<(i64, ClusterInfo)> = None;
        loop {
            let page = store.cluster_members_after(after, MEMBER_PAGE)?;
            let Some(end) = page.last().map(|m| (m.cluster, m.claim)) else { break };
            for m in &page {
                if info.as_ref().is_none_or(|(id, _)| *id != m.cluster) {
                    info = Some((m.cluster, ClusterInfo::parse(&m.info)));
                }
                let ci = info.as_ref().map(|(_, i)| i).cloned().unwrap_or_default();
                w.add_cluster_row(&cluster_row(m, &ci))?;
            }
            after = end;
        }
    }
    w.finish(&mut report)?;
    Ok(report)
}

/// Exports the `hearsay.v1` analyses in `input` (JSON Lines, one object per line, as
/// `hearsay analyze` and batch runs print them) in `format` to `target`. Blank lines are
/// ignored; a line that is not a `hearsay.v1` object is skipped and listed in the report.
/// `clusters` gets no rows: clusters live in a store.
pub fn export_jsonl(mut input: impl BufRead, format: Format, target: &Target, name: &Path) -> Result<Report> {
    let mut w = Writers::open(format, target)?;
    let mut report = Report::default();
    let mut line = Vec::new();
    let mut n = 0u64;
    loop {
        line.clear();
        let got = input.read_until(b'\n', &mut line).map_err(|e| ExportError::io(name, e))?;
        if got == 0 {
            break;
        }
        n += 1;
        if line.iter().all(|b| b.is_ascii_whitespace()) {
            continue;
        }
        match parse_record(&line) {
            Ok(a) => {
                w.add_analysis(&a, &StoredExtra::default())?;
                report.documents += 1;
            }
            Err(reason) => report.skip(n.to_string(), reason),
        }
    }
    w.finish(&mut report)?;
    Ok(report)
}

/// One JSON Lines record as an analysis, or why it is not one.
fn parse_record(line: &[u8]) -> std::result::Result<Analysis, String> {
    let text = std::str::from_utf8(line).map_err(|e| format!("not UTF-8: {e}"))?;
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
    match value.get("schema").and_then(|s| s.as_str()) {
        Some(SCHEMA) => {}
        Some(other) => return Err(format!("schema is {other:?}, not {SCHEMA:?}")),
        None => return Err(format!("not a {SCHEMA} object (no \"schema\" field)")),
    }
    let a: Analysis = serde_json::from_value(value).map_err(|e| format!("not a valid {SCHEMA} object: {e}"))?;
    check_spans(&a)?;
    Ok(a)
}

/// An error when a span of `a` lies outside its text (offsets must index `document.text`).
fn check_spans(a: &Analysis) -> std::result::Result<(), String> {
    let len = a.document.text.len();
    let bad = |what: &str, s: usize, e: usize| -> std::result::Result<(), String> {
        if s <= e && e <= len {
            Ok(())
        } else {
            Err(format!("{what} span {s}..{e} outside the text ({len} bytes)"))
        }
    };
    for s in &a.document.segments {
        bad("segment", s.start, s.end)?;
    }
    for s in &a.sources {
        for m in &s.mentions {
            bad(&format!("source {} mention", s.id), m.start, m.end)?;
        }
    }
    for x in &a.attributions {
        for sp in x.source.iter().chain(x.cue.iter()).chain(x.content.iter()).chain(x.hedges.iter()) {
            bad(&format!("attribution {}", x.id), sp.start, sp.end)?;
        }
    }
    for v in &a.verifications {
        for sp in v.actor.iter().chain(std::iter::once(&v.cue)) {
            bad(&format!("verification {}", v.id), sp.start, sp.end)?;
        }
    }
    for c in &a.claims {
        for m in &c.mentions {
            bad(&format!("claim {} mention", c.id), m.start, m.end)?;
        }
    }
    Ok(())
}

/// What the clusters table shows of a cluster's summary (`info` JSON).
#[derive(Clone, Debug, Default)]
struct ClusterInfo {
    claim: Option<String>,
    label: Option<String>,
    articles: Option<i64>,
}

impl ClusterInfo {
    fn parse(info: &str) -> Self {
        let v: serde_json::Value = serde_json::from_str(info).unwrap_or_default();
        ClusterInfo {
            claim: v.get("claim").and_then(|c| c.as_str()).map(str::to_string),
            label: v.get("label").and_then(|c| c.as_str()).map(str::to_string),
            articles: v.get("articles").and_then(|c| c.as_i64()),
        }
    }
}

fn cluster_row(m: &ClusterMemberRow, info: &ClusterInfo) -> Row {
    vec![
        Value::Str(m.doc_id.clone()),
        Value::Str(m.doc_key.clone()),
        Value::Int(m.cluster),
        Value::Int(m.claim),
        Value::Str(m.claim_id.clone()),
        Value::Str(m.text.clone()),
        Value::Str(m.label.clone()),
        Value::opt_str(m.stance.as_deref()),
        m.score.filter(|s| s.is_finite()).map_or(Value::Null, Value::Float),
        Value::opt_str(info.claim.as_deref()),
        Value::opt_str(info.label.as_deref()),
        Value::opt_int(info.articles),
    ]
}
