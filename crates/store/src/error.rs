//! Store errors.

/// What can go wrong in a store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database said no.
    #[error("database: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// Stored JSON did not parse (or an analysis did not serialise).
    #[error("stored JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// A document that cannot be stored as given.
    #[error("{0}")]
    Invalid(String),
    /// The file has a schema newer than this build knows.
    #[error("database schema version {found} is newer than this hearsay ({known}); upgrade hearsay")]
    TooNew {
        /// Version in the file.
        found: u32,
        /// Newest version this build knows.
        known: u32,
    },
}

/// Store result.
pub type Result<T> = std::result::Result<T, StoreError>;
