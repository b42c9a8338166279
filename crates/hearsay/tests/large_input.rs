//! A book-length input (about 1 MB of generated news prose: many speakers, quotes, reports,
//! verifications and hedges) goes through the whole pipeline (issue 18: every stage linear
//! or n·log n). No time is asserted here; `hearsay bench` and the cost notes measure it.
//! A debug build analyses a fifth of it, so that `cargo test` without `--release` stays quick.

use hearsay::{IngestOptions, Pipeline};

const FIRST: &[&str] = &["Anna", "Omar", "Li", "Maria", "John", "Aisha", "Pedro", "Yuki", "Ivan", "Grace"];
const LAST: &[&str] = &["Rachman", "Okafor", "Chen", "Novak", "Silva", "Haddad", "Tanaka", "Moreau", "Berg", "Quinn"];
const ROLE: &[&str] = &["spokesman", "senator", "minister", "analyst", "official", "mayor"];
const TOPIC: &[&str] = &[
    "the harbor expansion will cost twice the estimate",
    "the ministry ignored three safety warnings",
    "the ceasefire collapsed on Tuesday",
    "the contract went to a company owned by a donor",
    "the vaccine shipment arrived late",
    "the mine polluted the river for a decade",
];

/// A deterministic article of about `bytes` bytes.
fn article(bytes: usize) -> String {
    let mut out = String::from("Officials trade claims over the project\n\n");
    let mut x: u64 = 42;
    let mut next = |n: usize| {
        x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (x >> 33) as usize % n
    };
    while out.len() < bytes {
        let (f, l, r, t) = (FIRST[next(10)], LAST[next(10)], ROLE[next(6)], TOPIC[next(6)]);
        let p = match next(6) {
            0 => format!("{f} {l}, a {r}, said that {t}. {l} added that the figures were checked.\n\n"),
            1 => format!("“We know that {t},” {l} told reporters. “Nobody has denied it.”\n\n"),
            2 => format!("According to a report by the Herald, {t}. The {r} could not confirm the report.\n\n"),
            3 => format!("{t}, reportedly. {f} {l} declined to comment, and the ministry did not respond.\n\n"),
            4 => format!("The {r} denied that {t}. “It is false,” he said, citing a security official.\n\n"),
            _ => format!("Sources close to {l} said {t}, but analysts believe the numbers may change.\n\n"),
        };
        out.push_str(&p);
    }
    out
}

#[test]
fn a_megabyte_of_prose_finishes() {
    let size = if cfg!(debug_assertions) { 200_000 } else { 1_000_000 };
    let text = article(size);
    let doc = Pipeline::new().unwrap().analyze_bytes(text.as_bytes(), &IngestOptions::default()).unwrap();
    assert!(doc.attributions.len() > size / 400, "{} attributions", doc.attributions.len());
    assert!(!doc.sources.is_empty() && !doc.claims.is_empty() && !doc.verifications.is_empty());
    // every span in bounds and on char boundaries, every index in range
    hearsay::core::check::doc(&doc).unwrap();
}
