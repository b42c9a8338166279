//! Load test (ignored by default): 2,000 analyze requests at concurrency 32 against the
//! release binary on loopback; zero errors; prints p50/p99 latency and the server's peak
//! memory (VmHWM). Run it with
//!
//! ```text
//! cargo build --release -p hearsay-cli
//! cargo test --release -p hearsay-server --test load -- --ignored --nocapture
//! ```
//!
//! Articles are the PolNeAR dev texts under ../shared/data (read, never copied), else the
//! test article.

mod common;

use common::*;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

const REQUESTS: usize = 2000;
const CONCURRENCY: usize = 32;

fn articles() -> Vec<String> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/polnear/dev/text");
    let mut out: Vec<String> = std::fs::read_dir(&dir)
        .map(|rd| {
            let mut paths: Vec<_> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
            paths.sort();
            paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect()
        })
        .unwrap_or_default();
    if out.is_empty() {
        eprintln!("{} not found; using the test article", dir.display());
        out.push(ARTICLE.to_string());
    }
    out
}

fn vm_hwm_kib(pid: u32) -> Option<u64> {
    let s = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// The server process; killed on drop when the test ends early.
struct ServerProcess(std::process::Child);

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts the release binary's server on a free loopback port; `None` (and one SKIPPED
/// line) when the binary is not built.
async fn start_server() -> Option<(ServerProcess, u16)> {
    let bin = std::env::var_os("HEARSAY_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/release/hearsay"));
    if !bin.is_file() {
        eprintln!("SKIPPED: {} not built (cargo build --release -p hearsay-cli)", bin.display());
        return None;
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let child = ServerProcess(
        Command::new(&bin)
            .args(["serve", "--addr", &format!("127.0.0.1:{port}")])
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start hearsay serve"),
    );
    let t0 = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(t0.elapsed() < Duration::from_secs(20), "server did not start");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    Some((child, port))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "load test: run with --ignored after building the release binary"]
async fn two_thousand_requests_at_concurrency_32() {
    let Some((mut child, port)) = start_server().await else { return };
    let base = format!("http://127.0.0.1:{port}");
    let bodies: Arc<Vec<Vec<u8>>> =
        Arc::new(articles().iter().map(|t| serde_json::to_vec(&serde_json::json!({ "text": t })).unwrap()).collect());
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let start = Instant::now();
    let mut workers = Vec::new();
    for _ in 0..CONCURRENCY {
        let (bodies, next, url) = (bodies.clone(), next.clone(), format!("{base}/v1/analyze"));
        workers.push(tokio::spawn(async move {
            let c = client();
            let mut lat = Vec::new();
            let mut errors = 0usize;
            loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                if i >= REQUESTS {
                    break;
                }
                let body = bodies[i % bodies.len()].clone();
                let t = Instant::now();
                let r = send(&c, "POST", &url, Some("application/json"), body).await;
                lat.push(t.elapsed());
                if r.status != 200 || r.json()["schema"] != "hearsay.v1" {
                    errors += 1;
                    eprintln!("error {}: {}", r.status, String::from_utf8_lossy(&r.body));
                }
            }
            (lat, errors)
        }));
    }
    let mut lat = Vec::new();
    let mut errors = 0;
    for w in workers {
        let (l, e) = w.await.unwrap();
        lat.extend(l);
        errors += e;
    }
    let wall = start.elapsed();
    let pid = child.0.id();
    let hwm = vm_hwm_kib(pid);
    // Graceful stop on SIGTERM: the server exits 0.
    let killed = Command::new("kill").args(["-TERM", &pid.to_string()]).status();
    let exit = if killed.is_ok_and(|s| s.success()) { child.0.wait().ok() } else { None };
    lat.sort();
    let pct = |p: f64| lat[((lat.len() as f64 * p).ceil() as usize).clamp(1, lat.len()) - 1];
    println!(
        "load: {} requests, concurrency {}, {} errors, {:.1} s, {:.0} req/s, p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms, server peak memory (VmHWM) {} MiB",
        lat.len(),
        CONCURRENCY,
        errors,
        wall.as_secs_f64(),
        lat.len() as f64 / wall.as_secs_f64(),
        pct(0.50).as_secs_f64() * 1e3,
        pct(0.99).as_secs_f64() * 1e3,
        lat.last().unwrap().as_secs_f64() * 1e3,
        hwm.map(|k| format!("{:.1}", k as f64 / 1024.0)).unwrap_or_else(|| "?".into()),
    );
    assert_eq!(lat.len(), REQUESTS);
    assert_eq!(errors, 0);
    assert!(exit.is_some_and(|s| s.success()), "server did not stop cleanly on SIGTERM: {exit:?}");
}

/// Raises this process's open-file limit to its hard limit; returns the limit.
fn raise_fd_limit() -> u64 {
    let mut lim = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: getrlimit/setrlimit read and write the struct we pass and nothing else.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim) != 0 {
            return 1024;
        }
        lim.rlim_cur = lim.rlim_max;
        libc::setrlimit(libc::RLIMIT_NOFILE, &lim);
        libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim);
    }
    lim.rlim_cur
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "load test: run with --ignored after building the release binary"]
async fn twenty_thousand_idle_connections_do_not_lock_out_an_analysis() {
    let Some((_child, port)) = start_server().await else { return };
    // as many idle connections as this process may open, up to 20,000
    let want = 20_000usize.min(raise_fd_limit().saturating_sub(100) as usize);
    let t0 = Instant::now();
    let mut idle = Vec::with_capacity(want);
    for _ in 0..want {
        match std::net::TcpStream::connect(("127.0.0.1", port)) {
            Ok(c) => idle.push(c),
            Err(e) => {
                eprintln!("stopped opening connections at {}: {e}", idle.len());
                break;
            }
        }
    }
    let opened = idle.len();
    let took_open = t0.elapsed();
    let body = serde_json::to_vec(&serde_json::json!({ "text": ARTICLE })).unwrap();
    let t = Instant::now();
    let r =
        send(&client(), "POST", &format!("http://127.0.0.1:{port}/v1/analyze"), Some("application/json"), body).await;
    let took = t.elapsed();
    println!(
        "idle connections: {opened} opened in {:.1} s; then /v1/analyze answered {} in {:.0} ms",
        took_open.as_secs_f64(),
        r.status,
        took.as_secs_f64() * 1e3
    );
    assert!(opened >= 2_000, "only {opened} connections could be opened");
    assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
    assert!(took < Duration::from_secs(1), "{took:?}");
    drop(idle);
}
