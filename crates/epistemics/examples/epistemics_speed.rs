//! Time of the epistemics stage alone on a directory of articles (default: PolNeAR dev).
//!
//! `cargo run --release -p hearsay-epistemics --example epistemics_speed [DIR]`

use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "../shared/data/polnear/dev/text".into());
    // documents as the pipeline gives them to the epistemics stages
    let before = hearsay::Pipeline::before("hedges")?;
    let mut docs = Vec::new();
    for e in std::fs::read_dir(&dir)? {
        let bytes = std::fs::read(e?.path())?;
        let mut d = hearsay_ingest::ingest(&bytes, &Default::default())?;
        before.annotate(&mut d);
        docs.push(d);
    }
    let rounds = 5;
    let n = docs.len() * rounds;
    let verifications = hearsay_epistemics::Verifications::shipped()?;
    let stages: [&dyn hearsay::Component; 2] = [&hearsay_epistemics::Hedges, &verifications];
    for stage in stages {
        let name = stage.name();
        let t = Instant::now();
        for _ in 0..rounds {
            for d in &docs {
                let mut d = d.clone();
                stage.annotate(&mut d);
                std::hint::black_box(&d);
            }
        }
        let s = t.elapsed().as_secs_f64();
        println!(
            "{name:<14} {n} articles in {s:.3} s: {:.0} articles/s ({:.3} ms/article)",
            n as f64 / s,
            1e3 * s / n as f64
        );
    }
    Ok(())
}
