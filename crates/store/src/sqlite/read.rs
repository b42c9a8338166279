//! Queries.

use crate::{ClaimFilter, ClaimRow, ClusterRow, DocumentRow, Membership, Result, Sighting, SourceRow};
use rusqlite::types::Value;
use rusqlite::{params, Connection, OptionalExtension, Row};

/// Tables in the order [`counts`] and [`fingerprint`] report them, with their key order.
const TABLES: &[(&str, &str)] = &[
    ("documents", "seq"),
    ("sightings", "id"),
    ("segments", "doc, idx"),
    ("sources", "id"),
    ("attributions", "id"),
    ("verifications", "id"),
    ("claims", "id"),
    ("claim_chain", "claim, pos"),
    ("claim_clusters", "id"),
    ("cluster_members", "claim"),
];

/// Columns read by [`doc_row`], in its order, over `documents d`. The title is the text of
/// the document's first `title` segment (segments are byte offsets, hence the BLOB slice).
pub(super) const DOC_COLS: &str = "d.seq, d.key, d.doc_id, d.url, d.outlet, d.published, d.origin, d.input_bytes,
    (SELECT CAST(substr(CAST(d.text AS BLOB), s.start + 1, s.end - s.start) AS TEXT)
     FROM segments s WHERE s.doc = d.seq AND s.kind = 'title' ORDER BY s.idx LIMIT 1)";

/// One `documents` row selected with [`DOC_COLS`].
pub(super) fn doc_row(r: &Row) -> rusqlite::Result<DocumentRow> {
    Ok(DocumentRow {
        seq: r.get(0)?,
        key: r.get(1)?,
        doc_id: r.get(2)?,
        url: r.get(3)?,
        outlet: r.get(4)?,
        published: r.get(5)?,
        origin: r.get(6)?,
        input_bytes: r.get::<_, i64>(7)? as u64,
        title: r.get::<_, Option<String>>(8)?.map(|t| t.trim().to_string()).filter(|t| !t.is_empty()),
    })
}

pub(crate) fn contains(conn: &Connection, key: &str) -> Result<bool> {
    Ok(conn.prepare_cached("SELECT 1 FROM documents WHERE key = ?1")?.exists([key])?)
}

pub(crate) fn lookup(conn: &Connection, id: &str) -> Result<Vec<DocumentRow>> {
    let mut st = conn.prepare_cached(&format!(
        "SELECT {DOC_COLS} FROM documents d WHERE d.key = ?1 OR d.doc_id = ?1 OR d.caller_id = ?1 ORDER BY d.seq"
    ))?;
    let exact: Vec<DocumentRow> = st.query_map([id], doc_row)?.collect::<rusqlite::Result<_>>()?;
    if !exact.is_empty() || id.len() < 8 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(exact);
    }
    // A key prefix: keys are lowercase hex, so a range scan on the unique index finds it.
    let lo = id.to_ascii_lowercase();
    let hi = format!("{lo}g");
    let mut st = conn.prepare_cached(&format!(
        "SELECT {DOC_COLS} FROM documents d WHERE d.key >= ?1 AND d.key < ?2 ORDER BY d.seq"
    ))?;
    let rows = st.query_map([&lo, &hi], doc_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

pub(crate) fn analysis_json(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT analysis FROM documents WHERE key = ?1")?
        .query_row([key], |r| r.get(0))
        .optional()?)
}

pub(crate) fn counts(conn: &Connection) -> Result<Vec<(String, u64)>> {
    TABLES
        .iter()
        .map(|(t, _)| {
            let n: i64 = conn.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))?;
            Ok((t.to_string(), n as u64))
        })
        .collect()
}

pub(crate) fn fingerprint(conn: &Connection) -> Result<Vec<(String, u64, String)>> {
    use sha2::{Digest, Sha256};
    let mut out = Vec::new();
    for (t, order) in TABLES {
        let mut st = conn.prepare(&format!("SELECT * FROM {t} ORDER BY {order}"))?;
        let ncols = st.column_count();
        let mut rows = st.query([])?;
        let mut h = Sha256::new();
        let mut n = 0u64;
        while let Some(r) = rows.next()? {
            n += 1;
            for i in 0..ncols {
                let v: Value = r.get(i)?;
                h.update(format!("{v:?}\u{1f}").as_bytes());
            }
            h.update(b"\x1e");
        }
        let hex = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
        out.push((t.to_string(), n, hex));
    }
    Ok(out)
}

/// An FTS5 query that matches all the words of `text`, whatever punctuation it holds.
pub(crate) fn fts_query(text: &str) -> Option<String> {
    let words: Vec<String> =
        text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(|w| format!("\"{w}\"")).collect();
    (!words.is_empty()).then(|| words.join(" "))
}

pub(crate) fn search_documents(conn: &Connection, query: &str, limit: usize) -> Result<Vec<DocumentRow>> {
    let Some(q) = fts_query(query) else {
        return Ok(Vec::new());
    };
    let mut st = conn.prepare_cached(&format!(
        "SELECT {DOC_COLS} FROM documents_fts f JOIN documents d ON d.seq = f.rowid
         WHERE documents_fts MATCH ?1 ORDER BY f.rank LIMIT ?2"
    ))?;
    let rows = st.query_map(params![q, limit as i64], doc_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

const CLAIM_SELECT: &str = "SELECT c.id, c.claim_id, c.text, c.label, c.chain, c.verifications, c.attributions,
    d.seq, d.key, d.doc_id, d.url, d.outlet, d.published FROM claims c JOIN documents d ON d.seq = c.doc";

fn json_list(s: String) -> Vec<String> {
    serde_json::from_str(&s).unwrap_or_default()
}

fn claim_row(r: &Row, at: usize) -> rusqlite::Result<ClaimRow> {
    Ok(ClaimRow {
        key: r.get(at)?,
        claim_id: r.get(at + 1)?,
        text: r.get(at + 2)?,
        label: r.get(at + 3)?,
        chain: json_list(r.get(at + 4)?),
        verifications: json_list(r.get(at + 5)?),
        attributions: json_list(r.get(at + 6)?),
        doc_seq: r.get(at + 7)?,
        doc_key: r.get(at + 8)?,
        doc_id: r.get(at + 9)?,
        url: r.get(at + 10)?,
        outlet: r.get(at + 11)?,
        published: r.get(at + 12)?,
    })
}

/// The WHERE clause (empty or starting with " WHERE") and its arguments for `f`, or `None`
/// when nothing can match (a search with no words).
fn claim_where(f: &ClaimFilter) -> Option<(String, Vec<Value>)> {
    // Each condition names its argument `?N` (N = its place in `args`).
    let mut wh: Vec<String> = Vec::new();
    let mut args: Vec<Value> = Vec::new();
    let mut push = |cond: &str, v: Value| {
        args.push(v);
        wh.push(cond.replace("?N", &format!("?{}", args.len())));
    };
    if let Some(s) = &f.search {
        push("c.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?N)", Value::Text(fts_query(s)?));
    }
    if let Some(l) = &f.label {
        push("c.label = ?N", Value::Text(l.clone()));
    }
    if let Some(s) = &f.source {
        push(
            "EXISTS (SELECT 1 FROM claim_chain cc JOIN sources s ON s.id = cc.source WHERE cc.claim = c.id
             AND (instr(lower(s.name), lower(?N)) OR instr(lower(s.role), lower(?N)) OR instr(lower(s.affiliation), lower(?N))))",
            Value::Text(s.clone()),
        );
    }
    if let Some(s) = &f.since {
        push("d.published >= ?N", Value::Text(s.clone()));
    }
    if let Some(s) = f.after_seq {
        push("d.seq > ?N", Value::Integer(s));
    }
    if let Some(k) = &f.document {
        push("d.key = ?N", Value::Text(k.clone()));
    }
    let clause = if wh.is_empty() { String::new() } else { format!(" WHERE {}", wh.join(" AND ")) };
    Some((clause, args))
}

fn sql_int(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

pub(crate) fn claims(conn: &Connection, f: &ClaimFilter) -> Result<Vec<ClaimRow>> {
    let Some((clause, args)) = claim_where(f) else {
        return Ok(Vec::new());
    };
    let mut sql = format!("{CLAIM_SELECT}{clause} ORDER BY d.seq, c.id");
    if f.limit.is_some() || f.offset.is_some() {
        // LIMIT -1 is no limit in SQLite.
        let limit = f.limit.map_or(-1, sql_int);
        sql += &format!(" LIMIT {limit} OFFSET {}", sql_int(f.offset.unwrap_or(0)));
    }
    let mut st = conn.prepare(&sql)?;
    let rows = st.query_map(rusqlite::params_from_iter(args), |r| claim_row(r, 0))?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

pub(crate) fn count_claims(conn: &Connection, f: &ClaimFilter) -> Result<u64> {
    let Some((clause, args)) = claim_where(f) else {
        return Ok(0);
    };
    let sql = format!("SELECT COUNT(*) FROM claims c JOIN documents d ON d.seq = c.doc{clause}");
    let n: i64 = conn.query_row(&sql, rusqlite::params_from_iter(args), |r| r.get(0))?;
    Ok(n.max(0) as u64)
}

pub(crate) fn claim_chain(conn: &Connection, claim: i64) -> Result<Vec<SourceRow>> {
    let mut st = conn.prepare_cached(
        "SELECT s.source_id, s.name, s.type, s.anonymous, s.official, s.role, s.affiliation
         FROM claim_chain cc JOIN sources s ON s.id = cc.source WHERE cc.claim = ?1 ORDER BY cc.pos",
    )?;
    let rows = st
        .query_map([claim], |r| {
            Ok(SourceRow {
                source_id: r.get(0)?,
                name: r.get(1)?,
                stype: r.get(2)?,
                anonymous: r.get(3)?,
                official: r.get(4)?,
                role: r.get(5)?,
                affiliation: r.get(6)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

pub(crate) fn sightings(conn: &Connection, key: &str) -> Result<Vec<Sighting>> {
    let mut st = conn.prepare_cached(
        "SELECT s.caller_id, s.url, s.outlet, s.published, s.origin FROM sightings s JOIN documents d ON d.seq = s.doc
         WHERE d.key = ?1 ORDER BY s.id",
    )?;
    let some = |s: String| (!s.is_empty()).then_some(s);
    let rows = st
        .query_map([key], |r| {
            Ok(Sighting {
                key: key.to_string(),
                caller_id: some(r.get(0)?),
                url: some(r.get(1)?),
                outlet: some(r.get(2)?),
                published: some(r.get(3)?),
                origin: r.get(4)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

pub(crate) fn clusters(conn: &Connection) -> Result<Vec<ClusterRow>> {
    let mut st = conn.prepare_cached(
        "SELECT k.id, k.info, (SELECT count(*) FROM cluster_members m WHERE m.cluster = k.id) FROM claim_clusters k ORDER BY k.id",
    )?;
    let rows = st
        .query_map([], |r| Ok(ClusterRow { id: r.get(0)?, info: r.get(1)?, members: r.get::<_, i64>(2)? as u64 }))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

pub(crate) fn cluster_members(conn: &Connection, id: i64) -> Result<Vec<(Membership, ClaimRow)>> {
    let sql = CLAIM_SELECT.replacen("SELECT c.id", "SELECT m.cluster, m.stance, m.score, c.id", 1).replacen(
        "FROM claims c",
        "FROM cluster_members m JOIN claims c ON c.id = m.claim",
        1,
    ) + " WHERE m.cluster = ?1 ORDER BY d.seq, c.id";
    let mut st = conn.prepare_cached(&sql)?;
    let rows = st
        .query_map([id], |r| {
            let c = claim_row(r, 3)?;
            Ok((Membership { claim: c.key, cluster: r.get(0)?, stance: r.get(1)?, score: r.get(2)? }, c))
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}
