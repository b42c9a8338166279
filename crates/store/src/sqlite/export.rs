//! Streaming reads of the whole store, page by page, for exports (crates/export).

use super::read::{doc_row, DOC_COLS};
use super::SqliteStore;
use crate::{ClaimKeyRow, ClusterMemberRow, DocumentRow, Result};
use rusqlite::params;

fn sql_limit(limit: usize) -> i64 {
    i64::try_from(limit).unwrap_or(i64::MAX)
}

impl SqliteStore {
    /// Up to `limit` documents after `seq` with their `hearsay.v1` JSON, in ingest order.
    pub(crate) fn analyses_after_seq(&self, seq: i64, limit: usize) -> Result<Vec<(DocumentRow, String)>> {
        let sql = format!("SELECT {DOC_COLS}, d.analysis FROM documents d WHERE d.seq > ?1 ORDER BY d.seq LIMIT ?2");
        let mut st = self.connection().prepare_cached(&sql)?;
        let rows = st
            .query_map(params![seq, sql_limit(limit)], |r| Ok((doc_row(r)?, r.get::<_, String>(9)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Claim keys and clusters of the documents with `after < seq <= upto`.
    pub(crate) fn claim_keys_in(&self, after: i64, upto: i64) -> Result<Vec<ClaimKeyRow>> {
        let mut st = self.connection().prepare_cached(
            "SELECT c.doc, c.claim_id, c.id, m.cluster FROM claims c LEFT JOIN cluster_members m ON m.claim = c.id
             WHERE c.doc > ?1 AND c.doc <= ?2 ORDER BY c.doc, c.id",
        )?;
        let rows = st
            .query_map(params![after, upto], |r| {
                Ok(ClaimKeyRow { doc_seq: r.get(0)?, claim_id: r.get(1)?, key: r.get(2)?, cluster: r.get(3)? })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Up to `limit` memberships after `(cluster, claim)`, by cluster then claim.
    pub(crate) fn cluster_members_from(&self, after: (i64, i64), limit: usize) -> Result<Vec<ClusterMemberRow>> {
        let mut st = self.connection().prepare_cached(
            "SELECT m.cluster, k.info, m.claim, c.claim_id, c.text, c.label, m.stance, m.score, d.seq, d.key, d.doc_id
             FROM cluster_members m JOIN claim_clusters k ON k.id = m.cluster JOIN claims c ON c.id = m.claim
             JOIN documents d ON d.seq = c.doc
             WHERE (m.cluster, m.claim) > (?1, ?2) ORDER BY m.cluster, m.claim LIMIT ?3",
        )?;
        let rows = st
            .query_map(params![after.0, after.1, sql_limit(limit)], |r| {
                Ok(ClusterMemberRow {
                    cluster: r.get(0)?,
                    info: r.get(1)?,
                    claim: r.get(2)?,
                    claim_id: r.get(3)?,
                    text: r.get(4)?,
                    label: r.get(5)?,
                    stance: r.get(6)?,
                    score: r.get(7)?,
                    doc_seq: r.get(8)?,
                    doc_key: r.get(9)?,
                    doc_id: r.get(10)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }
}
