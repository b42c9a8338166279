//! Extraction speed on the article-extraction-benchmark pages (`../shared/data/aeb`):
//! `cargo bench -p hearsay-ingest --bench aeb_speed` prints the median and mean ms/page,
//! single thread, HTML ingest only, next to plain `dom_smoothie` (parse + Readability,
//! text output) timed on the same pages in the same run, since a shared machine's load
//! moves absolute times. With `AEB_DUMP=DIR` it also writes each page's body
//! text to `DIR/ID.txt` and each segment as `kind<TAB>text` to `DIR/ID.segs.txt` for inspection.

use hearsay_core::SegmentKind;
use hearsay_ingest::{ingest, IngestOptions, InputFormat};
use std::io::Read;
use std::path::Path;
use std::time::Instant;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/aeb/html");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("skipped: {} is absent", dir.display());
        return;
    };
    let dump = std::env::var_os("AEB_DUMP").map(std::path::PathBuf::from);
    let mut pages: Vec<(String, Vec<u8>)> = Vec::new();
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().to_string();
        let Some(id) = name.strip_suffix(".html.gz") else {
            continue;
        };
        let mut bytes = Vec::new();
        let f = std::fs::File::open(e.path()).expect("readable page");
        flate2::read::GzDecoder::new(f).read_to_end(&mut bytes).expect("gzip page");
        pages.push((id.to_string(), bytes));
    }
    pages.sort();
    let opts = IngestOptions { format: Some(InputFormat::Html), ..Default::default() };
    let depths: Vec<usize> =
        pages.iter().map(|(_, b)| hearsay_ingest::html::prescan::max_depth(&String::from_utf8_lossy(b))).collect();
    println!(
        "nesting depth counted by the pre-scan: max {} (limit {})",
        depths.iter().max().unwrap_or(&0),
        hearsay_ingest::html::prescan::MAX_DEPTH
    );
    let (mut times, mut base) = (Vec::new(), Vec::new());
    for (id, bytes) in &pages {
        let t0 = Instant::now();
        let html = String::from_utf8_lossy(bytes);
        if let Ok(mut r) = dom_smoothie::Readability::new(html.as_ref(), None, None) {
            let _ = r.parse();
        }
        base.push(t0.elapsed().as_secs_f64() * 1000.0);
        let t0 = Instant::now();
        let doc = ingest(bytes, &opts);
        times.push(t0.elapsed().as_secs_f64() * 1000.0);
        if let (Some(d), Ok(doc)) = (&dump, &doc) {
            let body: Vec<&str> =
                doc.segments.iter().filter(|s| s.kind == SegmentKind::Body).map(|s| doc.slice(s.span)).collect();
            std::fs::write(d.join(format!("{id}.txt")), body.join("\n\n")).expect("dump");
            let segs: Vec<String> =
                doc.segments.iter().map(|s| format!("{}\t{}", s.kind.as_str(), doc.slice(s.span))).collect();
            std::fs::write(d.join(format!("{id}.segs.txt")), segs.join("\n")).expect("dump");
        }
    }
    report("hearsay html ingest", &mut times);
    report("dom_smoothie alone ", &mut base);
}

fn report(what: &str, times: &mut [f64]) {
    times.sort_by(f64::total_cmp);
    let mean = times.iter().sum::<f64>() / times.len().max(1) as f64;
    println!(
        "{what}: {} pages, median {:.2} ms/page, mean {:.2} ms/page, max {:.2} ms",
        times.len(),
        times.get(times.len() / 2).copied().unwrap_or(0.0),
        mean,
        times.last().copied().unwrap_or(0.0)
    );
}
