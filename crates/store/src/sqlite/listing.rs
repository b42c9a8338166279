//! Documents in ingest order, for consumers that process the store incrementally (claim
//! clustering in crates/cluster).

use super::read::{doc_row, DOC_COLS};
use super::SqliteStore;
use crate::{DocumentRow, Result};

impl SqliteStore {
    /// Up to `limit` documents ingested after sequence number `seq`, in ingest order.
    pub(crate) fn documents_after_seq(&self, seq: i64, limit: usize) -> Result<Vec<DocumentRow>> {
        let sql = format!("SELECT {DOC_COLS} FROM documents d WHERE d.seq > ?1 ORDER BY d.seq LIMIT ?2");
        let mut st = self.connection().prepare_cached(&sql)?;
        let rows = st
            .query_map(rusqlite::params![seq, limit.min(i64::MAX as usize) as i64], doc_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }
}
