//! Test helpers: a real server on a loopback port and a small HTTP client.
#![allow(dead_code)]

pub mod browser;

use hearsay_server::{AppState, Config};
use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper_util::client::legacy::{connect::HttpConnector, Client};
use hyper_util::rt::TokioExecutor;
use std::net::SocketAddr;
use tokio::sync::oneshot;

/// A server running on 127.0.0.1 with an ephemeral port.
pub struct TestServer {
    pub addr: SocketAddr,
    pub state: AppState,
    stop: Option<oneshot::Sender<()>>,
    handle: Option<tokio::task::JoinHandle<std::io::Result<()>>>,
}

impl TestServer {
    pub async fn start(config: Config) -> TestServer {
        let state = AppState::new(config).expect("state");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().unwrap();
        let (tx, rx) = oneshot::channel::<()>();
        let st = state.clone();
        let handle = tokio::spawn(async move {
            hearsay_server::serve(listener, st, async move {
                let _ = rx.await;
            })
            .await
        });
        TestServer { addr, state, stop: Some(tx), handle: Some(handle) }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    /// Asks for a graceful shutdown.
    pub fn begin_shutdown(&mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
    }

    /// Shuts down gracefully and waits until the server has stopped.
    pub async fn stop(mut self) {
        self.begin_shutdown();
        if let Some(h) = self.handle.take() {
            h.await.expect("join").expect("serve");
        }
    }
}

/// A response, read whole.
pub struct Reply {
    pub status: u16,
    pub headers: hyper::HeaderMap,
    pub body: Bytes,
}

impl Reply {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }

    /// The `error.code` of a JSON error.
    pub fn error_code(&self) -> String {
        self.json()["error"]["code"].as_str().unwrap_or("").to_string()
    }
}

pub fn client() -> Client<HttpConnector, Full<Bytes>> {
    Client::builder(TokioExecutor::new()).build_http()
}

pub async fn send(
    client: &Client<HttpConnector, Full<Bytes>>,
    method: &str,
    url: &str,
    content_type: Option<&str>,
    body: impl Into<Bytes>,
) -> Reply {
    let mut req = hyper::Request::builder().method(method).uri(url);
    if let Some(ct) = content_type {
        req = req.header("content-type", ct);
    }
    let res = client.request(req.body(Full::new(body.into())).unwrap()).await.expect("request");
    let status = res.status().as_u16();
    let headers = res.headers().clone();
    let body = res.into_body().collect().await.expect("body").to_bytes();
    Reply { status, headers, body }
}

pub async fn get(url: &str) -> Reply {
    send(&client(), "GET", url, None, Bytes::new()).await
}

pub async fn post_json(url: &str, v: &serde_json::Value) -> Reply {
    send(&client(), "POST", url, Some("application/json"), serde_json::to_vec(v).unwrap()).await
}

/// The seed article of the shared examples, when present.
pub fn seed_article() -> Option<String> {
    let p = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/examples/seed-article.txt");
    std::fs::read_to_string(p).ok()
}

/// A short article written for these tests.
pub const ARTICLE: &str = "Officials weigh new bridge\n\n\
The city council will allegedly approve the new bridge next week, according to a report that a \
council spokesman could not confirm.\n\n\
“We have not decided anything yet,” Mayor Ana Costa told reporters on Tuesday.\n\n\
A normally reliable source said the plan may cost twice the estimate.\n";
