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
    /// Longest one analysis may wait for a slot (503 with Retry-After after it), and then
    /// longest it may run (422 `too_costly` after it: the input is too costly to analyse).
    pub analysis_timeout: Duration,
    /// Analyses running at once; further requests wait for a slot.
    pub max_concurrent: usize,
    /// Inputs larger than this (bytes) are analysed in at most half the slots.
    pub heavy_bytes: usize,
    /// Longest a client may take to send a request's headers, also while a kept-alive
    /// connection is idle between requests (then the connection is closed).
    pub header_timeout: Duration,
    /// Longest a request body may stall between two of its pieces (408 after it).
    pub body_timeout: Duration,
    /// Open connections at most; at the limit a new one closes the one open longest.
    pub max_connections: usize,
    /// Requests handled at once (others wait, within the request timeout).
    pub max_in_flight: usize,
    /// Words a document search may have (422 above it).
    pub max_query_words: usize,
    /// How long a shutdown waits for requests in flight before it cancels their analyses.
    pub shutdown_grace: Duration,
}

impl Config {
    /// Longest any request may take (408 after it): a slot wait and an analysis, plus
    /// sending the body and writing the store.
    pub fn request_timeout(&self) -> Duration {
        self.analysis_timeout * 2 + self.body_timeout + Duration::from_secs(30)
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            db: None,
            max_body_bytes: 2 * 1024 * 1024,
            analysis_timeout: Duration::from_secs(10),
            max_concurrent: std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2) * 2,
            heavy_bytes: 64 * 1024,
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(10),
            max_connections: 1024,
            max_in_flight: 256,
            max_query_words: 32,
            shutdown_grace: Duration::from_secs(10),
        }
    }
}
