//! hearsay storage: analysed documents and their normalised rows behind one [`Store`] trait.
//!
//! Every consumer (batch ingest, clustering, the server, the CLI) talks to [`Store`] and gets
//! one from [`open`], so a second backend (PostgreSQL) is a module of this crate and a case
//! in [`open`], nothing else. [`StoreSink`] writes analysed documents as a pipeline sink. [`SqliteStore`] is the default: one file, WAL, FTS5 over
//! document and claim text, schema versioned by `PRAGMA user_version` and ordered
//! migration scripts ([`sqlite::migrations`]).
//!
//! Each document is stored twice over: the exact `hearsay.v1` JSON that `hearsay analyze`
//! prints (so `hearsay show` reproduces it byte for byte), and normalised rows (segments,
//! sources, attributions, verifications, claims, claim chains) for querying. Documents are
//! keyed by a content hash of their input bytes ([`content_key`]); every place a document
//! was seen (caller id, url, outlet, date) is a [`Sighting`].
//!
//! Cross-article clustering (crates/cluster) keeps its results in `claim_clusters` and
//! `cluster_members` through [`Store::create_cluster`], [`Store::put_cluster_membership`],
//! [`Store::clusters`] and [`Store::cluster_members`], and its incremental state in the
//! key-value [`Store::get_meta`] / [`Store::set_meta`].

mod error;
mod sink;
pub mod sqlite;
mod types;

pub use error::{Result, StoreError};
pub use sink::{new_document, NewDocumentRef, StoreSink};
pub use sqlite::SqliteStore;
pub use types::*;

use hearsay_core::schema::Analysis;

/// A storage backend for analysed documents.
///
/// Writes come in batches, each applied atomically (one transaction): a crash loses at most
/// the batch in flight, and re-applying a batch is a no-op, so ingest is idempotent.
pub trait Store {
    /// The schema version the store is at.
    fn schema_version(&self) -> Result<u32>;

    /// True when a document with this content key is stored.
    fn contains(&self, key: &str) -> Result<bool>;

    /// Applies `batch` atomically. Documents already stored (same key) are not rewritten;
    /// sightings already recorded are ignored.
    fn put_batch(&mut self, batch: &[Put]) -> Result<BatchOutcome>;

    /// Documents matching `id`: a full content key, a caller id, or a key prefix of at
    /// least 8 hex digits; in ingest order.
    fn lookup(&self, id: &str) -> Result<Vec<DocumentRow>>;

    /// The stored `hearsay.v1` JSON of document `key`, exactly as `hearsay analyze` printed
    /// it (without the trailing newline).
    fn analysis_json(&self, key: &str) -> Result<Option<String>>;

    /// The stored analysis of document `key`, parsed.
    fn analysis(&self, key: &str) -> Result<Option<Analysis>> {
        match self.analysis_json(key)? {
            Some(j) => Ok(Some(serde_json::from_str(&j)?)),
            None => Ok(None),
        }
    }

    /// Row counts per table, in a fixed order.
    fn counts(&self) -> Result<Vec<(String, u64)>>;

    /// Full-text search over document text; best matches first.
    fn search_documents(&self, query: &str, limit: usize) -> Result<Vec<DocumentRow>>;

    /// Claims matching `filter`, in ingest order (document, then claim).
    fn claims(&self, filter: &ClaimFilter) -> Result<Vec<ClaimRow>>;

    /// How many claims match `filter`, its `limit` and `offset` aside (the total of a paged
    /// listing).
    fn count_claims(&self, filter: &ClaimFilter) -> Result<u64>;

    /// Sources on the chain of claim `claim` (a [`ClaimRow::key`]), origin first.
    fn claim_chain(&self, claim: i64) -> Result<Vec<SourceRow>>;

    /// Every place document `key` was seen, in the order first seen.
    fn sightings(&self, key: &str) -> Result<Vec<Sighting>>;

    /// A new, empty claim cluster with `info` (free JSON kept for the clusterer); its id.
    fn create_cluster(&mut self, info: &str) -> Result<i64>;

    /// Replaces the free JSON `info` of cluster `id`.
    fn set_cluster_info(&mut self, id: i64, info: &str) -> Result<()>;

    /// Puts each claim into a cluster (a claim is in at most one: a new membership
    /// replaces the old), atomically.
    fn put_cluster_membership(&mut self, members: &[Membership]) -> Result<()>;

    /// Every cluster with its member count, by id.
    fn clusters(&self) -> Result<Vec<ClusterRow>>;

    /// Members of cluster `id` with their claims, in ingest order.
    fn cluster_members(&self, id: i64) -> Result<Vec<(Membership, ClaimRow)>>;

    /// A value from the key-value table (clusterer state, last processed document…).
    fn get_meta(&self, key: &str) -> Result<Option<String>>;

    /// Sets a value in the key-value table.
    fn set_meta(&mut self, key: &str, value: &str) -> Result<()>;

    /// Up to `limit` documents stored after sequence number `seq`, in ingest order (for
    /// consumers that process the store incrementally, such as claim clustering).
    fn documents_after(&self, seq: i64, limit: usize) -> Result<Vec<DocumentRow>>;

    /// Up to `limit` documents stored after sequence number `seq`, in ingest order, each
    /// with its stored `hearsay.v1` JSON: one page of a streaming read of the whole store
    /// (exports read it page by page, passing the last `seq` of each page to the next call,
    /// so memory stays bounded by `limit`).
    fn analyses_after(&self, seq: i64, limit: usize) -> Result<Vec<(DocumentRow, String)>>;

    /// The claims of the documents whose sequence number is in `(after, upto]`, each with
    /// its store-wide key and cluster, ordered by document then claim key.
    fn claim_keys_between(&self, after: i64, upto: i64) -> Result<Vec<ClaimKeyRow>>;

    /// Up to `limit` cluster memberships after `(cluster, claim)`, ordered by cluster id then
    /// claim key, each with its claim, document and cluster `info`: one page of a streaming
    /// read of every cluster's members (start from `(0, 0)`; pass the last row's
    /// `(cluster, claim)` to get the next page).
    fn cluster_members_after(&self, after: (i64, i64), limit: usize) -> Result<Vec<ClusterMemberRow>>;
}

/// Opens (creating and migrating when needed) the store at `path`: the one place that
/// chooses a backend, so callers hold a `dyn Store`. Today every path is a SQLite file.
pub fn open(path: &std::path::Path) -> Result<Box<dyn Store + Send>> {
    Ok(Box::new(SqliteStore::open(path)?))
}

/// Opens the store at `path` for reading only.
pub fn open_read_only(path: &std::path::Path) -> Result<Box<dyn Store + Send>> {
    Ok(Box::new(SqliteStore::open_read_only(path)?))
}

/// The content key of an input: the first 128 bits of its SHA-256, in hex. Its first 16
/// hex digits are the id `hearsay analyze` gives a document that has none.
pub use hearsay_ingest::content_key;
