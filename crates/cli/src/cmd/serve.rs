//! `hearsay serve`: the HTTP API and web page.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// Arguments of `hearsay serve`.
#[derive(clap::Args)]
pub struct Args {
    /// SQLite database to store analyses in and read claims from (created when missing).
    #[arg(long)]
    db: Option<PathBuf>,
    /// Address to listen on; loopback unless told otherwise.
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// Largest request body in bytes.
    #[arg(long, default_value_t = hearsay_server::Config::default().max_body_bytes)]
    max_body_bytes: usize,
    /// Longest one analysis may wait for a slot (then 503), and then run (then 422), in
    /// milliseconds.
    #[arg(long, default_value_t = 10_000)]
    timeout_ms: u64,
    /// Analyses running at once (default: twice the CPU count).
    #[arg(long)]
    max_concurrent: Option<usize>,
    /// Open connections at most (more are closed at once).
    #[arg(long, default_value_t = hearsay_server::Config::default().max_connections)]
    max_connections: usize,
}

/// Runs `hearsay serve` until ctrl-c or SIGTERM.
pub fn run(a: Args) -> anyhow::Result<()> {
    let mut config = hearsay_server::Config {
        db: a.db,
        max_body_bytes: a.max_body_bytes,
        analysis_timeout: Duration::from_millis(a.timeout_ms),
        max_connections: a.max_connections,
        ..Default::default()
    };
    if let Some(n) = a.max_concurrent {
        config.max_concurrent = n.max(1);
    }
    hearsay_server::run(config, a.addr)
}
