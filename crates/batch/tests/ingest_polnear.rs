//! PolNeAR train+dev ingested from its directories and from a WARC.gz made of the same
//! files give the same stored analyses. Skips when ../shared/data is absent.

use flate2::write::GzEncoder;
use hearsay::{Analysis, Pipeline};
use hearsay_batch::{ingest, IngestConfig, Summary};
use hearsay_readers::{records, ByteCounter, ReadOptions};
use hearsay_store::{SqliteStore, Store};
use std::io::Write;
use std::path::{Path, PathBuf};

fn polnear() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/polnear");
    if p.join("train/text").is_dir() {
        Some(p)
    } else {
        let _ = std::io::Write::write_fmt(
            &mut std::io::stderr(),
            format_args!(
                "SKIPPED (needs ../shared, see README \"Tests\"): no PolNeAR at {} (shared data absent)\n",
                p.display()
            ),
        );
        None
    }
}

/// A WARC.gz with one gzip member per record: each file as an HTTP `text/plain` response.
fn make_warc(files: &[(String, Vec<u8>)], out: &Path) {
    let mut f = std::io::BufWriter::new(std::fs::File::create(out).unwrap());
    for (i, (uri, body)) in files.iter().enumerate() {
        let mut http = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {}\r\n\r\n",
            body.len()
        )
        .into_bytes();
        http.extend_from_slice(body);
        let mut rec = format!(
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n\
             WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{i:012}>\r\n\
             Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
            http.len()
        )
        .into_bytes();
        rec.extend_from_slice(&http);
        rec.extend_from_slice(b"\r\n\r\n");
        let mut gz = GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(&rec).unwrap();
        f.write_all(&gz.finish().unwrap()).unwrap();
    }
}

fn run(inputs: Vec<String>, db: &Path) -> Summary {
    let recs = records(inputs, ReadOptions::default(), ByteCounter::new());
    let cfg = IngestConfig::default();
    ingest(recs, SqliteStore::open(db).unwrap(), None, &Pipeline::new().expect("shipped pipeline"), &cfg, |_| {})
        .unwrap()
}

/// The analysis without what names the place it came from (document id, url).
fn placeless(mut a: Analysis) -> Analysis {
    a.document.id.clear();
    if let Some(m) = a.document.metadata.as_mut() {
        m.url = None;
    }
    if a.document.metadata.as_ref().is_some_and(|m| m.is_empty()) {
        a.document.metadata = None;
    }
    a
}

#[test]
#[cfg_attr(debug_assertions, ignore = "1,848 analyses: slow unoptimised; run with --release (as CI does)")]
fn directory_and_warc_gz_give_the_same_analyses() {
    let Some(root) = polnear() else { return };
    let dirs: Vec<PathBuf> = ["train", "dev"].iter().map(|s| root.join(s).join("text")).collect();
    let mut files = Vec::new();
    for d in &dirs {
        let mut names: Vec<_> = std::fs::read_dir(d).unwrap().map(|e| e.unwrap().path()).collect();
        names.sort();
        for p in names {
            let uri = format!("https://polnear.test/{}", p.file_name().unwrap().to_string_lossy());
            files.push((uri, std::fs::read(&p).unwrap()));
        }
    }
    assert_eq!(files.len(), 924);
    let tmp = tempfile::tempdir().unwrap();
    let warc = tmp.path().join("polnear.warc.gz");
    make_warc(&files, &warc);

    let from_dirs = tmp.path().join("dirs.db");
    let from_warc = tmp.path().join("warc.db");
    let a = run(dirs.iter().map(|d| d.display().to_string()).collect(), &from_dirs);
    let b = run(vec![warc.display().to_string()], &from_warc);
    assert_eq!((a.stats.articles, a.stats.bad), (924, 0), "{:?}", a.bad);
    assert_eq!((b.stats.articles, b.stats.bad), (924, 0), "{:?}", b.bad);
    assert_eq!(a.stats.stored, b.stats.stored);

    let (x, y) = (SqliteStore::open(&from_dirs).unwrap(), SqliteStore::open(&from_warc).unwrap());
    assert_eq!(x.counts().unwrap(), y.counts().unwrap());
    let mut checked = 0;
    let keys: Vec<String> = {
        let mut st = x.connection().prepare("SELECT key FROM documents ORDER BY seq").unwrap();
        let rows = st.query_map([], |r| r.get(0)).unwrap();
        rows.map(|r| r.unwrap()).collect()
    };
    for key in keys {
        let (ax, ay) = (x.analysis(&key).unwrap().unwrap(), y.analysis(&key).unwrap().unwrap());
        assert_eq!(ay.document.id, format!("https://polnear.test/{}", ax.document.id));
        assert_eq!(placeless(ax), placeless(ay), "document {key}");
        checked += 1;
    }
    assert_eq!(checked, a.stats.stored);
}
