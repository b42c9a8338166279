//! Times the POS tagger, then the dependency parser, on a directory of plain-text articles.
//!
//! `cargo run --release -p hearsay-text --features parser --example text_speed [DIR] [ROUNDS]`
//! (default DIR: ../shared/data/polnear/dev/text, 5 rounds); `POS_MODEL=FILE` times another model.

use hearsay_core::{Doc, Segment, SegmentKind, Span};
use hearsay_learn::ModelFile;
use std::time::Instant;

/// On-CPU time of this thread in seconds (Linux), so that a busy machine does not skew it.
fn cpu_secs() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(s.split_whitespace().next()?.parse::<f64>().ok()? / 1e9)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "../shared/data/polnear/dev/text".into());
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(5);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("cannot read {dir}");
        return;
    };
    let tagger = match std::env::var("POS_MODEL") {
        Ok(p) => hearsay_text::pos::Tagger::from_model_file(&std::fs::read(p).expect("model file")),
        Err(_) => hearsay_text::pos::Tagger::shipped(),
    }
    .expect("model loads");
    let mut docs: Vec<Doc> = entries
        .filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
        .map(|t| {
            let mut d = Doc::new("x", t);
            d.segments.push(Segment { kind: SegmentKind::Body, span: Span::new(0, d.text.len()) });
            hearsay_text::annotate(&tagger, &mut d);
            d
        })
        .collect();
    let tokens: usize = docs.iter().map(|d| d.tokens.len()).sum::<usize>() * rounds;
    let mut scratch = hearsay_text::pos::Scratch::default();
    let t = Instant::now();
    let c0 = cpu_secs();
    for _ in 0..rounds {
        for d in &mut docs {
            let mut tags = Vec::with_capacity(d.tokens.len());
            for s in &d.sentences {
                let words: Vec<&str> = d.tokens[s.tokens.clone()].iter().map(|t| d.slice(t.span)).collect();
                tagger.tag_into(&words, &mut scratch, &mut tags);
            }
            d.pos = tags;
        }
    }
    let wall = t.elapsed().as_secs_f64();
    let s = match (c0, cpu_secs()) {
        (Some(a), Some(b)) => b - a,
        _ => wall,
    };
    let n = docs.len() * rounds;
    println!(
        "tagged {n} articles, {tokens} tokens in {s:.3} s CPU ({wall:.3} s wall): {:.0} tokens/s, {:.3} ms/article",
        tokens as f64 / s,
        s * 1e3 / n as f64
    );
    let t = Instant::now();
    let c0 = cpu_secs();
    let parser = hearsay_text::parse::Parser::shipped().expect("parser model loads");
    for _ in 0..rounds {
        for d in &mut docs {
            hearsay_text::parse::parse_doc(&parser, d);
        }
    }
    let wall = t.elapsed().as_secs_f64();
    let s = match (c0, cpu_secs()) {
        (Some(a), Some(b)) => b - a,
        _ => wall,
    };
    println!(
        "parsed {n} articles, {tokens} tokens in {s:.3} s CPU ({wall:.3} s wall): {:.0} tokens/s, {:.3} ms/article",
        tokens as f64 / s,
        s * 1e3 / n as f64
    );
}
