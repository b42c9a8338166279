//! Helpers shared by the CLI tests: run the real binary, scratch folders, output text.
#![allow(dead_code)] // each test file uses its own subset

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The `hearsay` binary under test.
pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_hearsay"))
}

/// Runs `hearsay args…`, feeding `stdin` when given; the binary may stop reading early (a
/// size limit), so a broken pipe is ignored.
pub fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child =
        bin().args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    if let Some(bytes) = stdin {
        let _ = child.stdin.take().unwrap().write_all(bytes);
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

/// A fresh, empty scratch folder `hearsay-PREFIX-PID-NAME` in the temp dir.
pub fn tmpdir(prefix: &str, name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("hearsay-{prefix}-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// A path as `&str` (test paths are UTF-8).
pub fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The standard error of a run, as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
