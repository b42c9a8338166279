//! Helpers shared by the epistemics integration tests: the shipped pipeline over a sentence,
//! and the denials it finds as (cue text, actor text).

// each test file compiles this module and uses only some of it
#![allow(dead_code)]

use hearsay::{IngestOptions, Pipeline};
use hearsay_core::{Doc, Verdict};

/// Runs the shipped pipeline over `text`.
pub fn run(text: &str) -> Doc {
    Pipeline::new().expect("shipped pipeline").analyze_bytes(text.as_bytes(), &IngestOptions::default()).unwrap()
}

/// The `denied` events of `d` as (cue text, actor text).
pub fn denials(d: &Doc) -> Vec<(String, Option<String>)> {
    d.verifications
        .iter()
        .filter(|v| v.verdict == Verdict::Denied)
        .map(|v| (d.slice(v.cue).to_string(), v.actor.map(|a| d.slice(a).to_string())))
        .collect()
}
