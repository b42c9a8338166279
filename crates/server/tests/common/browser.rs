//! Driving Debian's headless Chromium through chromedriver (WebDriver, via fantoccini).

use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Browser tests run one at a time: the machine is small.
pub static ONE_AT_A_TIME: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

fn find_program(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).flat_map(|d| names.iter().map(move |n| d.join(n))).find(|p| p.is_file())
}

/// Chromium with chromedriver; killed on drop.
pub struct Browser {
    pub client: Client,
    driver: Child,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// Starts chromedriver and a headless Chromium session, or `None` (with a message)
    /// when either is not installed.
    pub async fn start() -> Option<Browser> {
        let (Some(chromium), Some(driver)) =
            (find_program(&["chromium", "chromium-browser"]), find_program(&["chromedriver"]))
        else {
            eprintln!(
                "SKIPPED: browser test needs chromium and chromedriver on PATH \
                 (apt-get install -y chromium chromium-driver)"
            );
            return None;
        };
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let child = Command::new(driver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let t0 = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(t0.elapsed() < Duration::from_secs(20), "chromedriver did not start");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let profile = tempfile::tempdir().unwrap();
        let args = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--window-size=1400,1400",
        ]
        .iter()
        .map(|s| s.to_string())
        .chain([format!("--user-data-dir={}", profile.path().display())])
        .collect::<Vec<_>>();
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), "chrome".into());
        caps.insert(
            "goog:chromeOptions".into(),
            serde_json::json!({ "binary": chromium.to_string_lossy(), "args": args }),
        );
        let mut driver_guard = child;
        let client = match ClientBuilder::new(HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
        {
            Ok(c) => c,
            Err(e) => {
                let _ = driver_guard.kill();
                let _ = driver_guard.wait();
                panic!("cannot start a Chromium session: {e}");
            }
        };
        Some(Browser { client, driver: driver_guard, _profile: profile })
    }

    /// Waits for an element matching `css`.
    pub async fn wait_for(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(60))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no element {css}: {e}"))
    }

    /// Runs `script` (a function body; arguments in `arguments`) and returns its value.
    pub async fn js(&self, script: &str, args: Vec<serde_json::Value>) -> serde_json::Value {
        self.client.execute(script, args).await.unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// Moves the mouse onto the first element matching `css` (a real hover: mouseenter,
    /// mouseover, :hover).
    pub async fn hover(&self, css: &str) {
        use fantoccini::actions::{InputSource, MouseActions, PointerAction};
        let element = self.wait_for(css).await;
        let mouse = MouseActions::new("mouse".into()).then(PointerAction::MoveToElement {
            element,
            duration: None,
            x: 0.0,
            y: 0.0,
        });
        self.client.perform_actions(mouse).await.unwrap_or_else(|e| panic!("hover {css}: {e}"));
    }

    /// Focuses the first element matching `css` (as Tab would).
    pub async fn focus_first(&self, css: &str) {
        self.wait_for(css).await;
        self.js("document.querySelector(arguments[0]).focus(); return 1;", vec![serde_json::json!(css)]).await;
    }

    /// Resizes the window so the page's viewport is `width` CSS pixels wide (the window
    /// frame, if any, is added on top); returns the viewport width reached.
    pub async fn viewport_width(&self, width: u32, height: u32) -> u64 {
        self.client.set_window_size(width, height).await.expect("resize");
        let inner = self.js("return window.innerWidth;", vec![]).await.as_u64().unwrap();
        let frame = width.saturating_sub(u32::try_from(inner).unwrap_or(width));
        if frame > 0 {
            self.client.set_window_size(width + frame, height).await.expect("resize");
        }
        self.js("return window.innerWidth;", vec![]).await.as_u64().unwrap()
    }

    /// Saves a screenshot to target/test-artifacts/NAME.png and returns its path.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/test-artifacts");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(format!("{name}.png"));
        let png = self.client.screenshot().await.expect("screenshot");
        std::fs::write(&path, png).unwrap();
        eprintln!("screenshot: {}", path.display());
        path
    }

    /// Ends the session and chromedriver.
    pub async fn close(mut self) {
        let _ = self.client.clone().close().await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}
