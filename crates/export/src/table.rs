//! The export tables.

use crate::column::Column;
use crate::columns;
use std::fmt;
use std::str::FromStr;

/// One export table. Every table but `documents` has one row per item of the `hearsay.v1`
/// array of the same name (`clusters`: per claim in a cross-article cluster of a store).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Table {
    /// One row per document: metadata, text, segments, counts.
    Documents,
    /// One row per speaker entity (`sources[]`).
    Sources,
    /// One row per attribution (`attributions[]`).
    Attributions,
    /// One row per verification event (`verifications[]`).
    Verifications,
    /// One row per claim (`claims[]`), with its assessment.
    Claims,
    /// One row per claim in a cross-article cluster (stores only).
    Clusters,
}

impl Table {
    /// Every table, in the order exports write them.
    pub const ALL: [Table; 6] =
        [Table::Documents, Table::Sources, Table::Attributions, Table::Verifications, Table::Claims, Table::Clusters];

    /// The table's name: lowercase plural, as `--table` takes it and as its file is named.
    pub fn name(&self) -> &'static str {
        match self {
            Table::Documents => "documents",
            Table::Sources => "sources",
            Table::Attributions => "attributions",
            Table::Verifications => "verifications",
            Table::Claims => "claims",
            Table::Clusters => "clusters",
        }
    }

    /// The table's columns, in order (docs/EXPORT.md).
    pub fn columns(&self) -> &'static [Column] {
        match self {
            Table::Documents => columns::DOCUMENTS,
            Table::Sources => columns::SOURCES,
            Table::Attributions => columns::ATTRIBUTIONS,
            Table::Verifications => columns::VERIFICATIONS,
            Table::Claims => columns::CLAIMS,
            Table::Clusters => columns::CLUSTERS,
        }
    }

    /// One sentence on what a row is (docs/EXPORT.md).
    pub fn doc(&self) -> &'static str {
        match self {
            Table::Documents => "One row per document: its metadata, its text (which every offset indexes), its segments and how many rows it has in the other tables.",
            Table::Sources => "One row per speaker entity (`sources[]`).",
            Table::Attributions => "One row per attribution (`attributions[]`): who says what, with the source, cue and content spans.",
            Table::Verifications => "One row per verification event (`verifications[]`): who confirmed, denied or would not say.",
            Table::Claims => "One row per claim (`claims[]`), with its assessment and relay chain.",
            Table::Clusters => "One row per claim in a cross-article cluster of a store (crates/cluster); empty when exported from JSON Lines, and as up to date as the store's clusters (`hearsay claims --db FILE` brings them up to date).",
        }
    }
}

impl fmt::Display for Table {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A name that is not a table.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown table {0:?} (expected one of: documents, sources, attributions, verifications, claims, clusters)")]
pub struct UnknownTable(pub String);

impl FromStr for Table {
    type Err = UnknownTable;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Table::ALL.into_iter().find(|t| t.name() == s).ok_or_else(|| UnknownTable(s.to_string()))
    }
}
