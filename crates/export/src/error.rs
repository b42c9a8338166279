//! Export errors.

/// What can go wrong in an export.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Reading the input or writing the output failed.
    #[error("{path}: {source}")]
    Io {
        /// The file involved.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// The store could not be read.
    #[error("store: {0}")]
    Store(#[from] hearsay_store::StoreError),
    /// Writing CSV failed.
    #[error("csv: {0}")]
    Csv(#[from] csv::Error),
    /// Writing Parquet failed.
    #[error("parquet: {0}")]
    Parquet(#[from] parquet::errors::ParquetError),
    /// Building an Arrow batch failed.
    #[error("arrow: {0}")]
    Arrow(#[from] arrow_schema::ArrowError),
    /// A stored analysis is not valid `hearsay.v1` JSON.
    #[error("stored analysis of {key}: {source}")]
    BadStoredAnalysis {
        /// The document's content key.
        key: String,
        /// The parse error.
        source: serde_json::Error,
    },
    /// A value does not fit its column (a bug in the row builder).
    #[error("table {table}, column {column}: {message}")]
    Schema {
        /// Table name.
        table: &'static str,
        /// Column name.
        column: &'static str,
        /// What is wrong.
        message: String,
    },
    /// An unknown format name.
    #[error("unknown format {0:?} (expected one of: jsonl, csv, parquet)")]
    UnknownFormat(String),
}

impl ExportError {
    /// An I/O error on `path`.
    pub fn io(path: &std::path::Path, source: std::io::Error) -> Self {
        ExportError::Io { path: path.display().to_string(), source }
    }
}

/// Result of an export operation.
pub type Result<T> = std::result::Result<T, ExportError>;
