//! Development loop for the attribution model without rebuilding the CLI:
//! `cargo run --release -p hearsay-attribution --example attr_dev -- train OUT [EPOCHS]`,
//! `... -- dump MODEL DIR OUT` (one line per predicted attribution, byte offsets),
//! `... -- eval train|MODEL [EPOCHS] [B_BIASES,..]` (dev scores, tagger misses, timing;
//! `HS_SEED=N` trains one model with another shuffling order, `HS_SEEDS=0,1,2` averages one
//! model per seed as the shipped model does; `HS_DEV=DIR` scores another split than dev).

use hearsay_ingest::{IngestOptions, InputFormat};

fn prepare(text: &str) -> Option<hearsay_core::Doc> {
    let opts = IngestOptions { format: Some(InputFormat::Text), ..Default::default() };
    let mut d = hearsay_ingest::ingest(text.as_bytes(), &opts).ok()?;
    static TEXT: std::sync::OnceLock<hearsay_text::Text> = std::sync::OnceLock::new();
    let text_stage = TEXT.get_or_init(|| hearsay_text::Text::shipped().expect("shipped tagger"));
    hearsay_core::Component::annotate(text_stage, &mut d);
    Some(d)
}

/// The B bias of this run (`eval` sets it per round).
static B_BIAS: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);

fn b_bias() -> f32 {
    f32::from_bits(B_BIAS.load(std::sync::atomic::Ordering::Relaxed))
}

fn trim(span: hearsay_core::Span, text: &str) -> hearsay_core::Span {
    span.trim_matches(text, |c| c.is_whitespace() || (!c.is_alphanumeric() && !matches!(c, '$' | '%' | '€' | '£')))
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
                hearsay_attribution::annotate_with(&w, b_bias(), &mut d);
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
        Some("reach") => {
            // gold spans (trimmed) whose edges fall inside a token: no token span can match them
            let arts = hearsay_attribution::polnear::load_dir(arg(2, "../shared/data/polnear/dev").as_ref())?;
            let (mut n, mut bad) = ([0usize; 3], [0usize; 3]);
            for a in &arts {
                let d = prepare(&a.text).expect("ingest");
                let starts: std::collections::HashSet<usize> =
                    d.tokens.iter().map(|t| trim(t.span, &d.text)).filter(|s| !s.is_empty()).map(|s| s.start).collect();
                let ends: std::collections::HashSet<usize> =
                    d.tokens.iter().map(|t| trim(t.span, &d.text)).filter(|s| !s.is_empty()).map(|s| s.end).collect();
                for g in &a.attributions {
                    // cues in segments that carry no prose (no tokens): never found
                    if let Some(c) = g.cue.first() {
                        if let Some(seg) = d.segments.iter().find(|s| s.span.start <= c.start && c.start < s.span.end) {
                            if !seg.kind.carries_prose() {
                                println!("no-prose {:?}: {:?}", seg.kind, &d.text[seg.span.start..seg.span.end]);
                            }
                        }
                    }
                    for (r, v) in [&g.source, &g.cue, &g.content].iter().enumerate() {
                        for s in v.iter() {
                            let s = trim(*s, &d.text);
                            if s.is_empty() {
                                continue;
                            }
                            n[r] += 1;
                            if !starts.contains(&s.start) || !ends.contains(&s.end) {
                                bad[r] += 1;
                                if bad[r] <= 8 {
                                    let lo = d.text.floor_char_boundary(s.start.saturating_sub(15));
                                    let hi = d.text.ceil_char_boundary((s.end + 15).min(d.text.len()));
                                    println!("{r} {:?} in {:?}", &d.text[s.start..s.end], &d.text[lo..hi]);
                                }
                            }
                        }
                    }
                }
            }
            println!("spans {n:?} unreachable {bad:?}");
        }
        Some("tag") => {
            // tagger cues and raw slot choices for one text file
            let w = hearsay_attribution::model::from_bytes(&std::fs::read(arg(2, "models/attribution.bin"))?)
                .expect("bad model");
            let text = std::fs::read_to_string(arg(3, "/tmp/t.txt"))?;
            let d = prepare(&text).expect("ingest");
            let ctx = hearsay_attribution::context::Ctx::new(&d);
            for (s, e) in hearsay_attribution::cue::tag(&w, &ctx, &d, 0.0) {
                println!("cue {}", &d.text[d.tokens[s].span.start..d.tokens[e - 1].span.end]);
            }
            for r in hearsay_attribution::extract::extract_raw(&w, &ctx, &d, b_bias()) {
                let t = |(s, e): (usize, usize)| d.text[d.tokens[s].span.start..d.tokens[e].span.end].to_string();
                println!(
                    "raw {} | {:?} | {:?}",
                    t((r.cue.0, r.cue.1 - 1)),
                    r.source.map(t),
                    r.content.iter().map(|&c| t(c)).collect::<Vec<_>>()
                );
            }
        }
        Some("eval") => {
            // train (or load) then score exact source/cue/content on dev for several B biases
            let w = if arg(2, "train") == "train" {
                let epochs = arg(3, "6").parse().unwrap_or(6);
                // HS_SEED picks another shuffling order (seed-to-seed spread)
                // HS_SEEDS=0,1,2 averages the weights of one model per seed
                let seeds: Vec<u64> = std::env::var("HS_SEEDS")
                    .or_else(|_| std::env::var("HS_SEED"))
                    .unwrap_or_else(|_| "0".into())
                    .split(',')
                    .filter_map(|v| v.trim().parse().ok())
                    .collect();
                hearsay_attribution::train::train_averaged(
                    "../shared/data/polnear/train".as_ref(),
                    epochs,
                    &seeds,
                    prepare,
                    |l| eprintln!("{l}"),
                )?
            } else {
                hearsay_attribution::model::from_bytes(&std::fs::read(arg(2, ""))?).expect("bad model")
            };
            if let Ok(path) = std::env::var("HS_SAVE") {
                // keep the trained model for later runs
                std::fs::write(path, hearsay_attribution::model::to_bytes(&w))?;
            }
            let dev = std::env::var("HS_DEV").unwrap_or_else(|_| "../shared/data/polnear/dev".into());
            let arts = hearsay_attribution::polnear::load_dir(dev.as_ref())?;
            let docs: Vec<_> = arts.iter().map(|a| prepare(&a.text).expect("ingest")).collect();
            {
                // tagger-only cue scores (token ranges, before slots and rules)
                let (mut tp, mut np, mut ng, mut ov) = (0, 0, 0, 0);
                let mut missed: std::collections::HashMap<String, usize> = Default::default();
                for (a, d) in arts.iter().zip(&docs) {
                    let ctx = hearsay_attribution::context::Ctx::new(d);
                    let pred = hearsay_attribution::cue::tag(&w, &ctx, d, 0.0);
                    np += pred.len();
                    for g in &a.attributions {
                        let (Some(s), Some(e)) = (g.cue.first(), g.cue.last()) else { continue };
                        let r = d.tokens_overlapping(hearsay_core::Span::new(s.start, e.end.max(s.start)));
                        let (ts, te) = (r.start, r.end);
                        ng += 1;
                        if pred.contains(&(ts, te)) {
                            tp += 1;
                        } else if pred.iter().any(|&(x, y)| x < te && ts < y) {
                            ov += 1;
                        } else {
                            *missed.entry(d.text[s.start..e.end].to_lowercase()).or_default() += 1;
                        }
                    }
                }
                println!("tagger: pred {np} gold {ng} exact {tp} overlap-only {ov}");
                let mut m: Vec<_> = missed.into_iter().collect();
                m.sort_by_key(|b| std::cmp::Reverse(b.1));
                let top: Vec<String> = m.iter().take(60).map(|(k, v)| format!("{k}:{v}")).collect();
                println!("missed: {}", top.join(" | "));
            }
            for bias in arg(4, "0").split(',').map(|b| b.parse::<f32>().unwrap_or(0.0)) {
                B_BIAS.store(bias.to_bits(), std::sync::atomic::Ordering::Relaxed);
                let t = std::time::Instant::now();
                let mut tp = [0usize; 3];
                let (mut np, mut ng) = ([0usize; 3], [0usize; 3]);
                for (a, d0) in arts.iter().zip(&docs) {
                    let mut d = d0.clone();
                    hearsay_attribution::annotate_with(&w, b_bias(), &mut d);
                    let text = &d.text;
                    let item = |v: &[hearsay_core::Span]| {
                        let mut v: Vec<_> = v.iter().map(|s| trim(*s, text)).filter(|s| !s.is_empty()).collect();
                        v.sort();
                        v.dedup();
                        (!v.is_empty()).then_some(v)
                    };
                    for r in 0..3 {
                        let gold: Vec<_> =
                            a.attributions.iter().filter_map(|g| item([&g.source, &g.cue, &g.content][r])).collect();
                        let pred: Vec<_> = d
                            .attributions
                            .iter()
                            .filter(|p| p.parent.is_none())
                            .filter_map(|p| item([p.source.as_slice(), p.cue.as_slice(), &p.content][r]))
                            .collect();
                        np[r] += pred.len();
                        ng[r] += gold.len();
                        let mut pool = gold.clone();
                        for p in &pred {
                            if let Some(k) = pool.iter().position(|g| g == p) {
                                pool.swap_remove(k);
                                tp[r] += 1;
                            }
                        }
                    }
                }
                let _ = t;
                let mut best = f64::MAX;
                for _ in 0..5 {
                    let mut copies: Vec<_> = docs.to_vec();
                    let t = std::time::Instant::now();
                    for d in copies.iter_mut() {
                        hearsay_attribution::annotate_with(&w, b_bias(), d);
                    }
                    best = best.min(t.elapsed().as_secs_f64());
                }
                let ms = best * 1000.0 / arts.len() as f64;
                let (mut tc, mut tt) = (f64::MAX, f64::MAX);
                for _ in 0..5 {
                    let t = std::time::Instant::now();
                    let ctxs: Vec<_> = docs.iter().map(hearsay_attribution::context::Ctx::new).collect();
                    tc = tc.min(t.elapsed().as_secs_f64());
                    let t = std::time::Instant::now();
                    for (c, d) in ctxs.iter().zip(&docs) {
                        std::hint::black_box(hearsay_attribution::cue::tag(&w, c, d, 0.0));
                    }
                    tt = tt.min(t.elapsed().as_secs_f64());
                }
                let n = arts.len() as f64;
                eprintln!("ctx {:.3} ms, tag {:.3} ms per article", tc * 1000.0 / n, tt * 1000.0 / n);
                let mut line = format!("bias {bias:5.2} ({ms:.2} ms/article)");
                for (r, name) in ["source", "cue", "content"].iter().enumerate() {
                    let p = tp[r] as f64 / np[r].max(1) as f64;
                    let rc = tp[r] as f64 / ng[r].max(1) as f64;
                    line += &format!("  {name} P {p:.3} R {rc:.3} F {:.3}", 2.0 * p * rc / (p + rc).max(1e-9));
                }
                println!("{line}");
            }
        }
        _ => eprintln!(
            "usage: attr_dev train OUT [EPOCHS] [DIR] | dump MODEL DIR OUT | eval train|MODEL [EPOCHS] [BIASES]"
        ),
    }
    Ok(())
}
