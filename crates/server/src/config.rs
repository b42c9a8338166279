//! Server limits and options.

use std::path::PathBuf;
use std::time::Duration;

/// How the server runs: its database and the limits a public deployment needs.
#[derive(Clone, Debug)]
pub struct Config {
    /// SQLite database (created when missing); `None` serves analysis only.
    pub db: Option<PathBuf>,
    /// Largest request body accepted, in bytes (413 above it).
    pub max_body_bytes: usize,
    /// Longest one analysis may take, waiting for a slot included (503 after it).
    pub analysis_timeout: Duration,
    /// Analyses running at once; further requests wait for a slot.
    pub max_concurrent: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            db: None,
            max_body_bytes: 2 * 1024 * 1024,
            analysis_timeout: Duration::from_secs(10),
            max_concurrent: std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2) * 2,
        }
    }
}
