//! The SQLite backend: one file, WAL journal, FTS5, versioned schema.

mod export;
mod listing;
pub mod migrations;
mod read;
mod write;

use crate::{
    BatchOutcome, ClaimFilter, ClaimKeyRow, ClaimRow, ClusterMemberRow, ClusterRow, DocumentRow, Membership, Put,
    Result, Sighting, SourceRow, Store,
};
use rusqlite::{Connection, OpenFlags};
use std::path::Path;

/// A hearsay database in one SQLite file.
///
/// Open one per thread: a writer and any number of readers may use the same file at once
/// (WAL). Committed batches survive a killed process.
pub struct SqliteStore {
    conn: Connection,
}

impl SqliteStore {
    /// Opens (creating when missing) the database at `path` and migrates it to the
    /// newest schema.
    pub fn open(path: impl AsRef<Path>) -> Result<Self> {
        let conn = Connection::open(path)?;
        Self::setup(conn)
    }

    /// Opens an existing database without writing to it (queries only).
    pub fn open_read_only(path: impl AsRef<Path>) -> Result<Self> {
        let conn =
            Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        Ok(SqliteStore { conn })
    }

    /// A private in-memory database (tests).
    pub fn open_in_memory() -> Result<Self> {
        Self::setup(Connection::open_in_memory()?)
    }

    fn setup(mut conn: Connection) -> Result<Self> {
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        // WAL: readers do not block the writer; NORMAL sync loses nothing committed when a
        // process dies (only an OS crash can roll back the last commits).
        conn.query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))?;
        conn.execute_batch("PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -65536;")?;
        migrations::migrate(&mut conn)?;
        Ok(SqliteStore { conn })
    }

    /// Per table: row count and a SHA-256 over every row in key order. Two databases with
    /// equal fingerprints hold the same rows (used to check crash-safety and idempotence).
    pub fn fingerprint(&self) -> Result<Vec<(String, u64, String)>> {
        read::fingerprint(&self.conn)
    }

    /// The underlying connection, for ad-hoc queries.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}

impl Store for SqliteStore {
    fn schema_version(&self) -> Result<u32> {
        Ok(self.conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    fn contains(&self, key: &str) -> Result<bool> {
        read::contains(&self.conn, key)
    }

    fn put_batch(&mut self, batch: &[Put]) -> Result<BatchOutcome> {
        write::put_batch(&mut self.conn, batch)
    }

    fn lookup(&self, id: &str) -> Result<Vec<DocumentRow>> {
        read::lookup(&self.conn, id)
    }

    fn analysis_json(&self, key: &str) -> Result<Option<String>> {
        read::analysis_json(&self.conn, key)
    }

    fn counts(&self) -> Result<Vec<(String, u64)>> {
        read::counts(&self.conn)
    }

    fn search_documents(&self, query: &str, limit: usize) -> Result<Vec<DocumentRow>> {
        read::search_documents(&self.conn, query, limit)
    }

    fn claims(&self, filter: &ClaimFilter) -> Result<Vec<ClaimRow>> {
        read::claims(&self.conn, filter)
    }

    fn count_claims(&self, filter: &ClaimFilter) -> Result<u64> {
        read::count_claims(&self.conn, filter)
    }

    fn claim_chain(&self, claim: i64) -> Result<Vec<SourceRow>> {
        read::claim_chain(&self.conn, claim)
    }

    fn sightings(&self, key: &str) -> Result<Vec<Sighting>> {
        read::sightings(&self.conn, key)
    }

    fn create_cluster(&mut self, info: &str) -> Result<i64> {
        self.conn.execute("INSERT INTO claim_clusters(info) VALUES (?1)", [info])?;
        Ok(self.conn.last_insert_rowid())
    }

    fn set_cluster_info(&mut self, id: i64, info: &str) -> Result<()> {
        self.conn.execute("UPDATE claim_clusters SET info = ?2 WHERE id = ?1", rusqlite::params![id, info])?;
        Ok(())
    }

    fn put_cluster_membership(&mut self, members: &[Membership]) -> Result<()> {
        write::put_memberships(&mut self.conn, members)
    }

    fn clusters(&self) -> Result<Vec<ClusterRow>> {
        read::clusters(&self.conn)
    }

    fn cluster_members(&self, id: i64) -> Result<Vec<(Membership, ClaimRow)>> {
        read::cluster_members(&self.conn, id)
    }

    fn get_meta(&self, key: &str) -> Result<Option<String>> {
        use rusqlite::OptionalExtension;
        Ok(self.conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0)).optional()?)
    }

    fn set_meta(&mut self, key: &str, value: &str) -> Result<()> {
        self.conn.execute(
            "INSERT INTO meta(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )?;
        Ok(())
    }

    fn documents_after(&self, seq: i64, limit: usize) -> Result<Vec<DocumentRow>> {
        self.documents_after_seq(seq, limit)
    }

    fn analyses_after(&self, seq: i64, limit: usize) -> Result<Vec<(DocumentRow, String)>> {
        self.analyses_after_seq(seq, limit)
    }

    fn claim_keys_between(&self, after: i64, upto: i64) -> Result<Vec<ClaimKeyRow>> {
        self.claim_keys_in(after, upto)
    }

    fn cluster_members_after(&self, after: (i64, i64), limit: usize) -> Result<Vec<ClusterMemberRow>> {
        self.cluster_members_from(after, limit)
    }
}
