//! Rows of the per-document tables, built from one `hearsay.v1` analysis (and, for a
//! stored document, what the store adds: content key, ingest order, claim keys, clusters).

use crate::column::{Row, Value};
use crate::table::Table;
use hearsay_core::schema::{Analysis, AttributionOut, ClaimOut, SourceOut, VerificationOut};
use hearsay_core::span::TextSpan;
use hearsay_core::SegmentKind;
use hearsay_store::DocumentRow;
use serde::Serialize;
use std::collections::HashMap;

/// What a store knows about a document beyond its analysis.
#[derive(Clone, Debug, Default)]
pub struct StoredExtra {
    /// The document's row (content key, ingest order, origin, input size).
    pub document: Option<DocumentRow>,
    /// Per claim id (`c1`, …): its store-wide claim key and the cluster it is in, if any.
    pub claims: HashMap<String, (i64, Option<i64>)>,
}

/// The rows `analysis` contributes to `table`: one per item of the matching array (one for
/// `documents`; none for `clusters`, whose rows come from a store's cluster membership).
pub fn rows(table: Table, analysis: &Analysis) -> Vec<Row> {
    rows_with(table, analysis, &StoredExtra::default())
}

/// [`rows`] for a stored document: the store columns (`document_key`, `seq`, `origin`,
/// `input_bytes`, `claim_key`, `cluster_id`) filled from `extra`.
pub fn rows_with(table: Table, analysis: &Analysis, extra: &StoredExtra) -> Vec<Row> {
    let key = extra.document.as_ref().map(|d| d.key.as_str());
    match table {
        Table::Documents => vec![document_row(analysis, extra)],
        Table::Sources => analysis.sources.iter().map(|s| source_row(analysis, key, s)).collect(),
        Table::Attributions => analysis.attributions.iter().map(|a| attribution_row(analysis, key, a)).collect(),
        Table::Verifications => analysis.verifications.iter().map(|v| verification_row(analysis, key, v)).collect(),
        Table::Claims => analysis.claims.iter().map(|c| claim_row(analysis, extra, c)).collect(),
        Table::Clusters => Vec::new(),
    }
}

/// The `hearsay.v1` name of an enumeration value (its serde name).
fn enum_str<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}

/// `v` as JSON text (arrays of strings or spans; these cannot fail to serialise).
fn json<T: Serialize + ?Sized>(v: &T) -> Value {
    Value::Str(serde_json::to_string(v).unwrap_or_else(|_| "[]".to_string()))
}

fn id(s: &str) -> Value {
    Value::Str(s.to_string())
}

fn span_start(s: Option<&TextSpan>) -> Value {
    Value::opt_int(s.map(|s| s.start as i64))
}
fn span_end(s: Option<&TextSpan>) -> Value {
    Value::opt_int(s.map(|s| s.end as i64))
}
fn span_text(s: Option<&TextSpan>) -> Value {
    Value::opt_str(s.map(|s| s.text.as_str()))
}

/// The spans sorted in text order.
fn in_order(spans: &[TextSpan]) -> Vec<&TextSpan> {
    let mut v: Vec<&TextSpan> = spans.iter().collect();
    v.sort_by_key(|s| (s.start, s.end));
    v
}

/// The smallest range covering every span, or `None` when there is none.
fn extent<'a>(spans: impl IntoIterator<Item = &'a TextSpan>) -> Option<(usize, usize)> {
    spans.into_iter().fold(None, |acc, s| match acc {
        None => Some((s.start, s.end)),
        Some((a, b)) => Some((a.min(s.start), b.max(s.end))),
    })
}

fn document_row(a: &Analysis, extra: &StoredExtra) -> Row {
    let d = &a.document;
    let stored = extra.document.as_ref();
    let meta = d.metadata.as_ref();
    let title = d
        .segments
        .iter()
        .find(|s| s.kind == SegmentKind::Title)
        .map(|s| d.text.get(s.start..s.end).unwrap_or(&s.text).trim())
        .filter(|t| !t.is_empty());
    let segments: Vec<serde_json::Value> = d
        .segments
        .iter()
        .map(|s| serde_json::json!({"kind": enum_str(&s.kind), "start": s.start, "end": s.end}))
        .collect();
    let authors = meta.map(|m| &m.authors).filter(|a| !a.is_empty());
    vec![
        id(&d.id),
        Value::opt_str(stored.map(|s| s.key.as_str())),
        Value::opt_int(stored.map(|s| s.seq)),
        Value::opt_str(title),
        Value::opt_str(meta.and_then(|m| m.url.as_deref())),
        Value::opt_str(meta.and_then(|m| m.published.as_deref())),
        Value::opt_str(meta.and_then(|m| m.outlet.as_deref())),
        Value::opt_str(meta.and_then(|m| m.language.as_deref())),
        authors.map_or(Value::Null, json),
        Value::opt_str(stored.map(|s| s.origin.as_str())),
        Value::opt_int(stored.map(|s| i64::try_from(s.input_bytes).unwrap_or(i64::MAX))),
        Value::usize(d.text.len()),
        Value::Str(d.text.clone()),
        json(&segments),
        Value::usize(a.sources.len()),
        Value::usize(a.attributions.len()),
        Value::usize(a.verifications.len()),
        Value::usize(a.claims.len()),
    ]
}

fn source_row(a: &Analysis, key: Option<&str>, s: &SourceOut) -> Row {
    let mentions = in_order(&s.mentions);
    let first = mentions.first().copied();
    let speaks = a.attributions.iter().filter(|x| x.source_id.as_deref() == Some(s.id.as_str())).count();
    let acts = a.verifications.iter().filter(|v| v.actor_id.as_deref() == Some(s.id.as_str())).count();
    vec![
        id(&a.document.id),
        Value::opt_str(key),
        id(&s.id),
        Value::opt_str(s.name.as_deref()),
        Value::Str(enum_str(&s.stype)),
        Value::Bool(s.anonymous),
        Value::Bool(s.official),
        Value::opt_str(s.role.as_deref()),
        Value::opt_str(s.affiliation.as_deref()),
        json(&s.descriptors),
        span_start(first),
        span_end(first),
        span_text(first),
        Value::usize(s.mentions.len()),
        json(&mentions),
        Value::usize(speaks),
        Value::usize(acts),
    ]
}

/// A float as it reads in JSON (an `f32` confidence of 0.9 stays 0.9, not 0.8999999761).
fn float_of_f32(x: f32) -> Value {
    x.to_string().parse::<f64>().map_or(Value::Null, Value::Float)
}

fn attribution_row(a: &Analysis, key: Option<&str>, x: &AttributionOut) -> Row {
    let whole = extent(x.source.iter().chain(x.cue.iter()).chain(x.content.iter()));
    let content = extent(x.content.iter());
    let content_text: Vec<&str> = in_order(&x.content).into_iter().map(|c| c.text.as_str()).collect();
    let claim = a.claims.iter().find(|c| c.attributions.contains(&x.id)).map(|c| c.id.as_str());
    vec![
        id(&a.document.id),
        Value::opt_str(key),
        id(&x.id),
        Value::Str(enum_str(&x.kind)),
        Value::Str(enum_str(&x.act)),
        Value::opt_int(whole.map(|w| w.0 as i64)),
        Value::opt_int(whole.map(|w| w.1 as i64)),
        Value::opt_str(x.source_id.as_deref()),
        span_start(x.source.as_ref()),
        span_end(x.source.as_ref()),
        span_text(x.source.as_ref()),
        span_start(x.cue.as_ref()),
        span_end(x.cue.as_ref()),
        span_text(x.cue.as_ref()),
        Value::opt_int(content.map(|c| c.0 as i64)),
        Value::opt_int(content.map(|c| c.1 as i64)),
        if content_text.is_empty() { Value::Null } else { Value::Str(content_text.join(" … ")) },
        json(&in_order(&x.content)),
        Value::opt_str(x.parent.as_deref()),
        Value::opt_str(x.medium.as_deref()),
        Value::opt_str(x.recipient_id.as_deref()),
        Value::Bool(!x.hedges.is_empty()),
        json(&in_order(&x.hedges)),
        x.confidence.map_or(Value::Null, float_of_f32),
        Value::opt_str(claim),
    ]
}

fn verification_row(a: &Analysis, key: Option<&str>, v: &VerificationOut) -> Row {
    let (start, end) = extent(v.actor.iter().chain(std::iter::once(&v.cue))).unwrap_or((v.cue.start, v.cue.end));
    let target_kind =
        v.target.as_deref().map(|t| if a.claims.iter().any(|c| c.id == t) { "claim" } else { "attribution" });
    let claim = match (target_kind, v.target.as_deref()) {
        (Some("claim"), Some(t)) => Some(t),
        _ => a.claims.iter().find(|c| c.verifications.contains(&v.id)).map(|c| c.id.as_str()),
    };
    vec![
        id(&a.document.id),
        Value::opt_str(key),
        id(&v.id),
        Value::Str(enum_str(&v.verdict)),
        Value::usize(start),
        Value::usize(end),
        Value::usize(v.cue.start),
        Value::usize(v.cue.end),
        Value::Str(v.cue.text.clone()),
        Value::opt_str(v.actor_id.as_deref()),
        span_start(v.actor.as_ref()),
        span_end(v.actor.as_ref()),
        span_text(v.actor.as_ref()),
        Value::opt_str(v.target.as_deref()),
        Value::opt_str(target_kind),
        Value::opt_str(claim),
    ]
}

fn claim_row(a: &Analysis, extra: &StoredExtra, c: &ClaimOut) -> Row {
    let key = extra.document.as_ref().map(|d| d.key.as_str());
    let mentions = in_order(&c.mentions);
    let first = mentions.first().copied();
    let origin = c.chain.first().map(|s| s.as_str());
    let origin_name = origin.and_then(|o| a.sources.iter().find(|s| s.id == o)).and_then(|s| s.name.as_deref());
    let hedged = a.attributions.iter().any(|x| !x.hedges.is_empty() && c.attributions.contains(&x.id));
    let stored = extra.claims.get(&c.id);
    vec![
        id(&a.document.id),
        Value::opt_str(key),
        id(&c.id),
        Value::Str(c.text.clone()),
        Value::Str(enum_str(&c.assessment.label)),
        json(&c.assessment.reasons),
        span_start(first),
        span_end(first),
        span_text(first),
        Value::usize(c.mentions.len()),
        json(&mentions),
        Value::usize(c.attributions.len()),
        json(&c.attributions),
        Value::opt_str(origin),
        Value::opt_str(origin_name),
        Value::usize(c.chain.len()),
        json(&c.chain),
        Value::usize(c.verifications.len()),
        json(&c.verifications),
        Value::Bool(hedged),
        Value::opt_int(stored.map(|s| s.0)),
        Value::opt_int(stored.and_then(|s| s.1)),
    ]
}
