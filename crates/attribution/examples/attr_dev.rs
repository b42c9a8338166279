//! Development loop for the attribution model without rebuilding the CLI:
//! `cargo run --release -p hearsay-attribution --example attr_dev -- train OUT [EPOCHS]`,
//! `... -- dump MODEL DIR OUT` (one line per predicted attribution, byte offsets).

use hearsay_ingest::{IngestOptions, InputFormat};

fn prepare(text: &str) -> Option<hearsay_core::Doc> {
    let opts = IngestOptions { format: Some(InputFormat::Text), ..Default::default() };
    let mut d = hearsay_ingest::ingest(text.as_bytes(), &opts).ok()?;
    hearsay_text::annotate(&mut d);
    Some(d)
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let arg = |i: usize, d: &str| args.get(i).cloned().unwrap_or_else(|| d.to_string());
    match args.get(1).map(String::as_str) {
        Some("train") => {
            let epochs = arg(3, "5").parse().unwrap_or(5);
            let w = hearsay_attribution::train::train(
                arg(4, "../shared/data/polnear/train").as_ref(),
                epochs,
                prepare,
                |l| eprintln!("{l}"),
            )?;
            std::fs::write(arg(2, "/tmp/attr.bin"), hearsay_attribution::model::to_bytes(&w))?;
        }
        Some("dump") => {
            let bytes = std::fs::read(arg(2, "/tmp/attr.bin"))?;
            let w = hearsay_attribution::model::from_bytes(&bytes).expect("bad model");
            let arts = hearsay_attribution::polnear::load_dir(arg(3, "../shared/data/polnear/dev").as_ref())?;
            let mut out = String::new();
            let t = std::time::Instant::now();
            let mut docs = Vec::new();
            for a in &arts {
                let mut d = prepare(&a.text).expect("ingest");
                hearsay_attribution::annotate_with(&w, &mut d);
                docs.push(d);
            }
            eprintln!("{:.0} articles/s (ingest+text+attribution)", arts.len() as f64 / t.elapsed().as_secs_f64());
            for (a, d) in arts.iter().zip(&docs) {
                for x in &d.attributions {
                    let sp =
                        |s: Option<hearsay_core::Span>| s.map(|s| format!("{} {}", s.start, s.end)).unwrap_or_default();
                    let c: Vec<String> = x.content.iter().map(|s| format!("{} {}", s.start, s.end)).collect();
                    let p = x.parent.map(|p| p as i64).unwrap_or(-1);
                    out.push_str(&format!(
                        "{}\t{:?}\t{}\t{}\t{}\t{}\n",
                        a.name,
                        x.kind,
                        sp(x.source),
                        sp(x.cue),
                        c.join(";"),
                        p
                    ));
                }
            }
            std::fs::write(arg(4, "/tmp/pred.tsv"), out)?;
        }
        _ => eprintln!("usage: attr_dev train OUT [EPOCHS] [DIR] | dump MODEL DIR OUT"),
    }
    Ok(())
}
