//! Batched writes: one transaction per batch.

use crate::{BatchOutcome, Membership, NewDocument, Put, Result, Sighting};
use hearsay_core::schema::Analysis;
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde::Serialize;
use std::collections::HashMap;

/// The serialised name of a unit enum variant (`body`, `person`, `could_not_confirm`).
fn name<T: Serialize>(t: &T) -> String {
    match serde_json::to_value(t) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

pub(crate) fn put_batch(conn: &mut Connection, batch: &[Put]) -> Result<BatchOutcome> {
    let tx = conn.transaction()?;
    let mut out = BatchOutcome::default();
    for put in batch {
        match put {
            Put::Document(d) => {
                match insert_document(&tx, d)? {
                    Some(seq) => {
                        insert_rows(&tx, seq, &d.analysis)?;
                        out.stored += 1;
                    }
                    None => out.already += 1,
                }
                out.sightings += insert_sighting(&tx, &d.sighting)?;
            }
            Put::Sighting(s) => out.sightings += insert_sighting(&tx, s)?,
        }
    }
    tx.commit()?;
    Ok(out)
}

/// Inserts the document row unless its key is stored; its new `seq`.
fn insert_document(tx: &Transaction, d: &NewDocument) -> Result<Option<i64>> {
    let doc = &d.analysis.document;
    let meta = doc.metadata.as_ref();
    let metadata_json = meta.map(serde_json::to_string).transpose()?;
    // Look first rather than INSERT OR IGNORE: an ignored insert can still use up a
    // sequence number, and ingest order must not depend on timing.
    if tx.prepare_cached("SELECT 1 FROM documents WHERE key = ?1")?.exists([&d.key])? {
        return Ok(None);
    }
    tx.prepare_cached(
        "INSERT INTO documents(key, doc_id, caller_id, url, published, outlet, metadata, text, origin, input_bytes, analysis)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        d.key,
        doc.id,
        d.sighting.caller_id,
        meta.and_then(|m| m.url.as_deref()),
        meta.and_then(|m| m.published.as_deref()),
        meta.and_then(|m| m.outlet.as_deref()),
        metadata_json,
        doc.text,
        d.sighting.origin,
        d.input_bytes as i64,
        d.json,
    ])?;
    let seq = tx.last_insert_rowid();
    tx.prepare_cached("INSERT INTO documents_fts(rowid, text) VALUES (?1, ?2)")?.execute(params![seq, doc.text])?;
    Ok(Some(seq))
}

/// 1 when the sighting is new.
fn insert_sighting(tx: &Transaction, s: &Sighting) -> Result<usize> {
    let seq: Option<i64> =
        tx.prepare_cached("SELECT seq FROM documents WHERE key = ?1")?.query_row([&s.key], |r| r.get(0)).optional()?;
    let Some(seq) = seq else { return Ok(0) };
    let e = |o: &Option<String>| o.clone().unwrap_or_default();
    Ok(tx
        .prepare_cached(
            "INSERT OR IGNORE INTO sightings(doc, caller_id, url, outlet, published, origin) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![seq, e(&s.caller_id), e(&s.url), e(&s.outlet), e(&s.published), s.origin])?)
}

/// The normalised rows of one analysis.
fn insert_rows(tx: &Transaction, doc: i64, a: &Analysis) -> Result<()> {
    let mut st = tx.prepare_cached("INSERT INTO segments(doc, idx, kind, start, end) VALUES (?1, ?2, ?3, ?4, ?5)")?;
    for (i, s) in a.document.segments.iter().enumerate() {
        st.execute(params![doc, i as i64, name(&s.kind), s.start as i64, s.end as i64])?;
    }
    let mut st = tx.prepare_cached(
        "INSERT INTO sources(doc, source_id, name, type, anonymous, official, role, affiliation, descriptors, mentions)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    let mut source_rows = HashMap::new();
    for s in &a.sources {
        st.execute(params![
            doc,
            s.id,
            s.name,
            name(&s.stype),
            s.anonymous,
            s.official,
            s.role,
            s.affiliation,
            serde_json::to_string(&s.descriptors)?,
            s.mentions.len() as i64,
        ])?;
        source_rows.insert(s.id.as_str(), tx.last_insert_rowid());
    }
    let mut st = tx.prepare_cached(
        "INSERT INTO attributions(doc, attr_id, kind, source_id, source_text, cue_text, content, start, end, parent, medium, hedges, confidence)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
    )?;
    for at in &a.attributions {
        let content: Vec<&str> = at.content.iter().map(|c| c.text.as_str()).collect();
        let hedges: Vec<&str> = at.hedges.iter().map(|h| h.text.as_str()).collect();
        st.execute(params![
            doc,
            at.id,
            name(&at.kind),
            at.source_id,
            at.source.as_ref().map(|s| s.text.as_str()),
            at.cue.as_ref().map(|s| s.text.as_str()),
            content.join(" … "),
            at.content.iter().map(|c| c.start as i64).min(),
            at.content.iter().map(|c| c.end as i64).max(),
            at.parent,
            at.medium,
            serde_json::to_string(&hedges)?,
            at.confidence.map(f64::from),
        ])?;
    }
    let mut st = tx.prepare_cached(
        "INSERT INTO verifications(doc, ver_id, verdict, actor_id, actor_text, cue_text, target)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for v in &a.verifications {
        st.execute(params![
            doc,
            v.id,
            name(&v.verdict),
            v.actor_id,
            v.actor.as_ref().map(|s| s.text.as_str()),
            v.cue.text,
            v.target,
        ])?;
    }
    let mut st = tx.prepare_cached(
        "INSERT INTO claims(doc, claim_id, text, label, reasons, attributions, chain, verifications)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    let mut fts = tx.prepare_cached("INSERT INTO claims_fts(rowid, text) VALUES (?1, ?2)")?;
    let mut chain = tx.prepare_cached("INSERT OR IGNORE INTO claim_chain(claim, pos, source) VALUES (?1, ?2, ?3)")?;
    for c in &a.claims {
        st.execute(params![
            doc,
            c.id,
            c.text,
            c.assessment.label.as_str(),
            serde_json::to_string(&c.assessment.reasons)?,
            serde_json::to_string(&c.attributions)?,
            serde_json::to_string(&c.chain)?,
            serde_json::to_string(&c.verifications)?,
        ])?;
        let claim = tx.last_insert_rowid();
        fts.execute(params![claim, c.text])?;
        for (pos, sid) in c.chain.iter().enumerate() {
            if let Some(row) = source_rows.get(sid.as_str()) {
                chain.execute(params![claim, pos as i64, row])?;
            }
        }
    }
    Ok(())
}

pub(crate) fn put_memberships(conn: &mut Connection, members: &[Membership]) -> Result<()> {
    let tx = conn.transaction()?;
    {
        let mut st = tx.prepare_cached(
            "INSERT INTO cluster_members(claim, cluster, stance, score) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT(claim) DO UPDATE SET cluster = excluded.cluster, stance = excluded.stance, score = excluded.score",
        )?;
        for m in members {
            st.execute(params![m.claim, m.cluster, m.stance, m.score])?;
        }
    }
    tx.commit()?;
    Ok(())
}
