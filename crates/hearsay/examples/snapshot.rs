//! Output snapshot: analyses every file under the given paths (plain text, HTML, `.gz`) and
//! prints one line per file, `SHA-256 of the compact hearsay.v1 JSON  path`, with paths
//! relative to the directory given in `HS_SNAPSHOT_ROOT` (default: none stripped).
//!
//! `tools/identical.sh` compares these lines with `tests/golden/analyze.sha256` to prove a
//! refactor leaves the output byte-identical. With `HS_SNAPSHOT_DIR=DIR` the JSON is also
//! written there, one file per input, for diffing.

use hearsay::{IngestOptions, Pipeline};
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::{Path, PathBuf};

fn files(p: &Path, out: &mut Vec<PathBuf>) {
    if p.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(p).unwrap().map(|e| e.unwrap().path()).collect();
        entries.sort();
        for e in entries {
            files(&e, out);
        }
    } else {
        out.push(p.to_path_buf());
    }
}

fn read(p: &Path) -> Vec<u8> {
    let raw = std::fs::read(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    if p.extension().is_some_and(|e| e == "gz") {
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(&raw[..]).read_to_end(&mut out).unwrap();
        out
    } else {
        raw
    }
}

fn main() {
    let root = std::env::var("HS_SNAPSHOT_ROOT").ok();
    let dump = std::env::var("HS_SNAPSHOT_DIR").ok().map(PathBuf::from);
    let mut all = Vec::new();
    for a in std::env::args().skip(1) {
        files(Path::new(&a), &mut all);
    }
    let pipeline = Pipeline::new().expect("shipped pipeline");
    for p in all {
        let name = p.file_name().unwrap().to_string_lossy().trim_end_matches(".gz").to_string();
        let opts = IngestOptions { id: Some(name.clone()), ..IngestOptions::default() };
        let shown = match &root {
            Some(r) => p.strip_prefix(r).unwrap_or(&p).display().to_string(),
            None => p.display().to_string(),
        };
        let json = match pipeline.analyze(&read(&p), &opts) {
            Ok(a) => serde_json::to_string(&a).unwrap(),
            Err(e) => format!("error: {e}"),
        };
        if let Some(d) = &dump {
            std::fs::create_dir_all(d).unwrap();
            std::fs::write(d.join(shown.replace('/', "__")), &json).unwrap();
        }
        println!("{:x}  {shown}", Sha256::digest(json.as_bytes()));
    }
}
