//! Documents in ingest order, for consumers that process the store incrementally (claim
//! clustering in crates/corpus).

use super::SqliteStore;
use crate::{DocumentRow, Result};

impl SqliteStore {
    /// Up to `limit` documents ingested after sequence number `seq`, in ingest order.
    pub fn documents_after(&self, seq: i64, limit: usize) -> Result<Vec<DocumentRow>> {
        let mut st = self.connection().prepare_cached(
            "SELECT seq, key, doc_id, url, outlet, published, origin, input_bytes FROM documents \
             WHERE seq > ?1 ORDER BY seq LIMIT ?2",
        )?;
        let rows = st
            .query_map(rusqlite::params![seq, limit.min(i64::MAX as usize) as i64], |r| {
                Ok(DocumentRow {
                    seq: r.get(0)?,
                    key: r.get(1)?,
                    doc_id: r.get(2)?,
                    url: r.get(3)?,
                    outlet: r.get(4)?,
                    published: r.get(5)?,
                    origin: r.get(6)?,
                    input_bytes: r.get::<_, i64>(7)? as u64,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }
}
