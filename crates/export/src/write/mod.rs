//! Table writers: JSON Lines, CSV and Parquet, each streaming rows to one file.
//!
//! A writer takes rows one at a time and keeps at most one batch in memory (Parquet: a few
//! thousand rows, cut earlier when their text passes [`BATCH_BYTES`]), so an export of
//! millions of rows runs in bounded memory. Output goes to `PATH.partial` and is renamed
//! to `PATH` by [`TableWriter::finish`], so a failed export leaves no truncated file
//! under the final name.

mod csv_file;
mod jsonl;
mod parquet_file;

pub use parquet_file::{arrow_schema, arrow_type};

use crate::column::Row;
use crate::error::{ExportError, Result};
use crate::table::Table;
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// Rows a Parquet writer buffers before it encodes them as one Arrow batch.
pub const BATCH_ROWS: usize = 4096;
/// Text bytes a Parquet writer buffers before it encodes them, whatever the row count.
pub const BATCH_BYTES: usize = 32 << 20;

/// An output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// JSON Lines: one object per row, keys in column order, null as `null`.
    Jsonl,
    /// CSV (RFC 4180) with a header row; null as an empty field, booleans `true`/`false`.
    Csv,
    /// Apache Parquet (Snappy-compressed), with the columns' Arrow types.
    Parquet,
}

impl Format {
    /// Every format.
    pub const ALL: [Format; 3] = [Format::Jsonl, Format::Csv, Format::Parquet];

    /// The format's name, as `--format` takes it; also its file extension.
    pub fn name(&self) -> &'static str {
        match self {
            Format::Jsonl => "jsonl",
            Format::Csv => "csv",
            Format::Parquet => "parquet",
        }
    }

    /// The file a table gets inside an export directory: `DIR/TABLE.EXT`.
    pub fn file_in(&self, dir: &Path, table: Table) -> PathBuf {
        dir.join(format!("{}.{}", table.name(), self.name()))
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = ExportError;

    fn from_str(s: &str) -> Result<Self> {
        Format::ALL.into_iter().find(|f| f.name() == s).ok_or_else(|| ExportError::UnknownFormat(s.to_string()))
    }
}

/// Writes the rows of one table to one file.
pub trait TableWriter {
    /// Appends one row (its values in the table's column order).
    fn write(&mut self, row: &Row) -> Result<()>;

    /// Flushes what is buffered, closes the file and moves it to its final path.
    fn finish(self: Box<Self>) -> Result<()>;
}

/// A writer of `table` in `format` to the file `path` (created or replaced; its parent
/// directory must exist).
pub fn create(format: Format, table: Table, path: &Path) -> Result<Box<dyn TableWriter>> {
    let out = Output::create(path)?;
    Ok(match format {
        Format::Jsonl => Box::new(jsonl::JsonlWriter::new(table, out)),
        Format::Csv => Box::new(csv_file::CsvWriter::new(table, out)?),
        Format::Parquet => Box::new(parquet_file::ParquetWriter::new(table, out)?),
    })
}

/// A file written under `PATH.partial` and renamed to `PATH` when complete.
pub(crate) struct Output {
    partial: PathBuf,
    path: PathBuf,
}

impl Output {
    fn create(path: &Path) -> Result<(Self, std::fs::File)> {
        let mut name = path.file_name().unwrap_or_default().to_os_string();
        name.push(".partial");
        let partial = path.with_file_name(name);
        let file = std::fs::File::create(&partial).map_err(|e| ExportError::io(&partial, e))?;
        Ok((Output { partial, path: path.to_path_buf() }, file))
    }

    /// Moves the finished file to its final name.
    fn commit(self) -> Result<()> {
        std::fs::rename(&self.partial, &self.path).map_err(|e| ExportError::io(&self.path, e))
    }

    /// The file being written (`PATH.partial`), for error messages.
    fn partial_path(&self) -> &Path {
        &self.partial
    }
}

impl Drop for Output {
    fn drop(&mut self) {
        // Gone after a successful rename; otherwise an unfinished file that must not stay.
        let _ = std::fs::remove_file(&self.partial);
    }
}

/// An error unless `row` has one value per column of `table`, each of its column's kind
/// (or null where the column allows it).
pub(crate) fn check_width(table: Table, row: &Row) -> Result<()> {
    let cols = table.columns();
    if row.len() != cols.len() {
        return Err(ExportError::Schema {
            table: table.name(),
            column: cols.get(row.len().min(cols.len().saturating_sub(1))).map_or("", |c| c.name),
            message: format!("row has {} values, the table {} columns", row.len(), cols.len()),
        });
    }
    for (c, v) in cols.iter().zip(row) {
        match v.kind() {
            None if !c.nullable => {
                return Err(ExportError::Schema { table: table.name(), column: c.name, message: "null".into() })
            }
            Some(k) if k != c.kind => {
                return Err(ExportError::Schema {
                    table: table.name(),
                    column: c.name,
                    message: format!("{} value in a {} column", k.name(), c.kind.name()),
                })
            }
            _ => {}
        }
    }
    Ok(())
}
