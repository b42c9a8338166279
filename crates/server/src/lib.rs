//! hearsay's HTTP API and web page.
//!
//! [`routes::table`] lists every endpoint: `POST /v1/analyze` returns the `hearsay.v1`
//! document of a posted article (and stores it on request), `GET /v1/documents/{id}` and
//! `GET /v1/claims` read the store, `GET /v1/clusters` and `GET /v1/clusters/{id}` give
//! claims across articles and their trails, `GET /v1/openapi.json` describes them all, and `/`
//! and `/claims` are the web pages (plain JS, embedded, no external resources). Errors are
//! JSON `{"error": {"code", "message"}}` with a fitting status ([`error::ApiError`]).
//! Analyses run on blocking threads under a concurrency limit and a timeout; a store write
//! that has begun always finishes, also during a graceful shutdown.

pub mod analyze;
pub mod assets;
pub mod claims;
pub mod clusters;
pub mod config;
pub mod documents;
pub mod error;
pub mod paging;
pub mod routes;
pub mod state;

pub use config::Config;
pub use routes::router;
pub use state::AppState;

use std::future::Future;
use tokio::net::TcpListener;

/// Serves `state` on `listener` until `shutdown` resolves, then stops accepting and waits
/// for the requests in flight (and their store writes) to finish.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router(state)).with_graceful_shutdown(shutdown).await
}

/// Resolves on ctrl-c or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}

/// Binds `addr`, serves until ctrl-c or SIGTERM and returns once every request in flight
/// has finished (the blocking entry point of `hearsay serve`).
pub fn run(config: Config, addr: std::net::SocketAddr) -> anyhow::Result<()> {
    let threads = config.max_concurrent.clamp(2, 64);
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().max_blocking_threads(threads).build()?;
    let state = AppState::new(config)?;
    rt.block_on(async move {
        let listener = TcpListener::bind(addr).await?;
        eprintln!("hearsay: serving on http://{}/ (ctrl-c to stop)", listener.local_addr()?);
        serve(listener, state, shutdown_signal()).await?;
        eprintln!("hearsay: stopped");
        Ok::<_, anyhow::Error>(())
    })?;
    // Dropping the runtime waits for blocking tasks, so a store write still running ends.
    drop(rt);
    Ok(())
}
