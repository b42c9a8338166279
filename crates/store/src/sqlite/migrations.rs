//! Schema migrations: ordered scripts; `PRAGMA user_version` is the number applied.
//!
//! Never edit a released script: append a new one.

use crate::{Result, StoreError};
use rusqlite::{Connection, TransactionBehavior};

/// Migration scripts; script `i` takes the schema from version `i` to `i + 1`.
pub const MIGRATIONS: &[&str] = &[V1];

/// The newest schema version.
pub const LATEST: u32 = MIGRATIONS.len() as u32;

const V1: &str = r#"
CREATE TABLE documents (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,  -- ingest order
    key         TEXT NOT NULL UNIQUE,               -- content hash of the input bytes
    doc_id      TEXT NOT NULL,                      -- document.id of the analysis
    caller_id   TEXT,
    url         TEXT,
    published   TEXT,
    outlet      TEXT,
    metadata    TEXT,                               -- document.metadata as JSON, or NULL
    text        TEXT NOT NULL,
    origin      TEXT NOT NULL,
    input_bytes INTEGER NOT NULL,
    analysis    TEXT NOT NULL                       -- hearsay.v1 JSON as `analyze` prints it
);
CREATE INDEX documents_doc_id ON documents(doc_id);
CREATE INDEX documents_caller_id ON documents(caller_id);
CREATE INDEX documents_published ON documents(published);

CREATE TABLE sightings (
    id        INTEGER PRIMARY KEY,
    doc       INTEGER NOT NULL REFERENCES documents(seq),
    caller_id TEXT NOT NULL,   -- '' when none (so that the unique index applies)
    url       TEXT NOT NULL,
    outlet    TEXT NOT NULL,
    published TEXT NOT NULL,
    origin    TEXT NOT NULL
);
CREATE UNIQUE INDEX sightings_unique ON sightings(doc, caller_id, url, outlet, published);

CREATE TABLE segments (
    doc   INTEGER NOT NULL REFERENCES documents(seq),
    idx   INTEGER NOT NULL,
    kind  TEXT NOT NULL,
    start INTEGER NOT NULL,
    end   INTEGER NOT NULL,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    doc         INTEGER NOT NULL REFERENCES documents(seq),
    source_id   TEXT NOT NULL,
    name        TEXT,
    type        TEXT NOT NULL,
    anonymous   INTEGER NOT NULL,
    official    INTEGER NOT NULL,
    role        TEXT,
    affiliation TEXT,
    descriptors TEXT NOT NULL,  -- JSON array
    mentions    INTEGER NOT NULL
);
CREATE UNIQUE INDEX sources_doc ON sources(doc, source_id);
CREATE INDEX sources_name ON sources(name);

CREATE TABLE attributions (
    id          INTEGER PRIMARY KEY,
    doc         INTEGER NOT NULL REFERENCES documents(seq),
    attr_id     TEXT NOT NULL,
    kind        TEXT NOT NULL,
    source_id   TEXT,
    source_text TEXT,
    cue_text    TEXT,
    content     TEXT NOT NULL,   -- content spans' text joined by ' … '
    start       INTEGER,         -- first content byte
    end         INTEGER,         -- last content byte + 1
    parent      TEXT,
    medium      TEXT,
    hedges      TEXT NOT NULL,   -- JSON array of hedge cue texts
    confidence  REAL
);
CREATE UNIQUE INDEX attributions_doc ON attributions(doc, attr_id);

CREATE TABLE verifications (
    id         INTEGER PRIMARY KEY,
    doc        INTEGER NOT NULL REFERENCES documents(seq),
    ver_id     TEXT NOT NULL,
    verdict    TEXT NOT NULL,
    actor_id   TEXT,
    actor_text TEXT,
    cue_text   TEXT NOT NULL,
    target     TEXT
);
CREATE UNIQUE INDEX verifications_doc ON verifications(doc, ver_id);

CREATE TABLE claims (
    id            INTEGER PRIMARY KEY,   -- store-wide claim key
    doc           INTEGER NOT NULL REFERENCES documents(seq),
    claim_id      TEXT NOT NULL,
    text          TEXT NOT NULL,
    label         TEXT NOT NULL,
    reasons       TEXT NOT NULL,   -- JSON array
    attributions  TEXT NOT NULL,   -- JSON array of attribution ids
    chain         TEXT NOT NULL,   -- JSON array of source ids, origin first
    verifications TEXT NOT NULL    -- JSON array of verification ids
);
CREATE UNIQUE INDEX claims_doc ON claims(doc, claim_id);
CREATE INDEX claims_label ON claims(label);

CREATE TABLE claim_chain (
    claim  INTEGER NOT NULL REFERENCES claims(id),
    pos    INTEGER NOT NULL,
    source INTEGER NOT NULL REFERENCES sources(id),
    PRIMARY KEY (claim, pos)
) WITHOUT ROWID;
CREATE INDEX claim_chain_source ON claim_chain(source);

CREATE TABLE claim_clusters (
    id   INTEGER PRIMARY KEY,
    info TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE cluster_members (
    claim   INTEGER PRIMARY KEY REFERENCES claims(id),
    cluster INTEGER NOT NULL REFERENCES claim_clusters(id),
    stance  TEXT,
    score   REAL
);
CREATE INDEX cluster_members_cluster ON cluster_members(cluster);

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE VIRTUAL TABLE documents_fts USING fts5(text, content='documents', content_rowid='seq');
CREATE VIRTUAL TABLE claims_fts USING fts5(text, content='claims', content_rowid='id');
"#;

/// Brings `conn` to [`LATEST`], one transaction per script.
pub fn migrate(conn: &mut Connection) -> Result<u32> {
    loop {
        // Immediate: a second process opening the same new file waits, then sees the bump.
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let v: u32 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if v > LATEST {
            return Err(StoreError::TooNew { found: v, known: LATEST });
        }
        if v == LATEST {
            return Ok(v);
        }
        tx.execute_batch(MIGRATIONS[v as usize])?;
        tx.execute_batch(&format!("PRAGMA user_version = {}", v + 1))?;
        tx.commit()?;
    }
}
