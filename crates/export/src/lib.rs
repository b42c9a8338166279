//! hearsay exports: the `hearsay.v1` analyses of a store (or of a JSON Lines file) as six
//! documented tables for data frames — `documents`, `sources`, `attributions`,
//! `verifications`, `claims`, `clusters` — in JSON Lines, CSV or Parquet.
//!
//! The column schema of each table is [`Table::columns`], the one list that the rows,
//! the writers and docs/EXPORT.md all follow. Every row carries `document_id`; spans are
//! byte offsets into `documents.text` (`start`, `end`, and `source_*`, `cue_*`,
//! `content_*`, `actor_*` where a row has several spans) with the covered text beside
//! them; ids (`source_id`, `attribution_id`, `claim_id`, …) join the tables within a
//! document, and `document_key`, `claim_key` and `cluster_id` across a store.
//! Enumerations are their `hearsay.v1` strings; lists are JSON arrays kept as text.
//!
//! Stability: columns are added, never removed, renamed, retyped or given a new meaning.
//!
//! ```no_run
//! use hearsay_export::{export_store, Format, Target};
//! let store = hearsay_store::open_read_only("hearsay.db".as_ref()).unwrap();
//! let report = export_store(store.as_ref(), Format::Parquet, &Target::Dir("out".into())).unwrap();
//! println!("{} documents", report.documents);
//! ```

mod column;
mod columns;
pub mod docs;
mod error;
mod export;
mod rows;
mod table;
pub mod write;

pub use column::{Column, ColumnKind, Row, Value};
pub use error::{ExportError, Result};
pub use export::{export_jsonl, export_store, Report, Skipped, Target, MAX_LISTED};
pub use rows::{rows, rows_with, StoredExtra};
pub use table::{Table, UnknownTable};
pub use write::{create, Format, TableWriter};
