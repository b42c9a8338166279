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
pub mod conns;
pub mod documents;
pub mod error;
pub mod paging;
pub mod routes;
pub mod state;

pub use config::Config;
pub use routes::router;
pub use state::AppState;

use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use std::future::Future;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::watch;

/// Serves `state` on `listener` until `shutdown` resolves, then stops accepting and waits
/// for the requests in flight (and their store writes) to finish, at most
/// `shutdown_grace`; analyses still running then are cancelled (they stop at their next
/// check) and their requests answered 503.
///
/// Connections are served by hyper with its own limits: the request headers must arrive
/// within `header_timeout`, which also closes a kept-alive connection idle that long. At
/// `max_connections`, a new connection closes the one open longest ([`conns`]), so idle
/// clients can neither use up the file descriptors nor lock other clients out.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let config = state.config.clone();
    let stop = state.stop.clone();
    let app = router(state);
    let conns = conns::Connections::new(config.max_connections);
    // every connection task holds a receiver: sending asks them to close gracefully, and
    // the channel closes when the last has finished
    let (closing, closing_rx) = watch::channel(());
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new()).header_read_timeout(config.header_timeout).keep_alive(true);
    tokio::pin!(shutdown);
    loop {
        let (stream, _) = tokio::select! {
            c = listener.accept() => match c {
                Ok(c) => c,
                Err(e) => {
                    // out of file descriptors and the like: pause instead of spinning
                    eprintln!("hearsay-server: accept failed: {e}");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = &mut shutdown => break,
        };
        let admission = conns.admit();
        let svc = TowerToHyperService::new(app.clone());
        let conn = http.serve_connection(TokioIo::new(stream), svc);
        let mut server_closing = closing_rx.clone();
        tokio::spawn(async move {
            tokio::pin!(conn);
            tokio::select! {
                _ = conn.as_mut() => return,
                _ = admission.displaced() => {}
                _ = server_closing.changed() => {}
            }
            // finish the request in flight, if any, then close
            conn.as_mut().graceful_shutdown();
            let _ = conn.await;
            drop(server_closing);
        });
    }
    drop(listener);
    drop(closing_rx);
    let _ = closing.send(());
    let drained = closing.closed();
    tokio::pin!(drained);
    tokio::select! {
        _ = &mut drained => {}
        _ = tokio::time::sleep(config.shutdown_grace) => {
            eprintln!("hearsay-server: requests still running after {:?}; cancelling their analyses", config.shutdown_grace);
            stop.cancel();
            // the cancelled requests are answered (503) within moments; then stop regardless
            let _ = tokio::time::timeout(Duration::from_secs(2), drained).await;
        }
    }
    Ok(())
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
