//! Claims stage: groups attributions into claims, orders relay chains, attaches
//! verifications and assesses sourcing.
//!
//! Attributions form one claim when one is nested in the other (a source quoted inside a
//! quote) or when their contents share enough document-weighted content words (a headline
//! restating the body, a quote and its paraphrase). Reports that respond to a claim ("I
//! cannot confirm …") are never merged into it. The assessment labels and the rules that
//! produce them are defined in docs/ASSESSMENT.md.

pub mod assess;
pub mod attach;
pub mod chain;
pub mod group;
mod table;
pub mod words;

use hearsay_core::{Claim, Component, Doc, Layer, SegmentKind, Target};
use rustc_hash::FxHashSet;
use words::{content_words, Idf};

/// Longest claim text, in words.
const MAX_WORDS: usize = 30;

/// A short statement of the claim: the origin report's first content span, trimmed.
pub fn claim_text(doc: &Doc, attrs: &[usize]) -> String {
    let origin = attrs.iter().copied().max_by_key(|&i| (chain::depth(doc, i), std::cmp::Reverse(i)));
    let Some(span) = origin.and_then(|i| doc.attributions[i].content.first().copied()) else {
        return String::new();
    };
    let mut s = doc.slice(span).trim().trim_matches(|c: char| !c.is_alphanumeric() && c != '$' && c != '%').to_string();
    if let Some(rest) = s.strip_prefix("that ") {
        s = rest.to_string();
    }
    if let Some(p) = s.find(". ") {
        s.truncate(p);
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() > MAX_WORDS {
        s = format!("{} …", words[..MAX_WORDS].join(" "));
    }
    s
}

/// The claims stage as a pipeline component.
#[derive(Clone, Copy, Debug, Default)]
pub struct Claims;

impl Component for Claims {
    fn name(&self) -> &'static str {
        "claims"
    }
    fn requires(&self) -> &'static [Layer] {
        &[
            Layer::Segments,
            Layer::Sentences,
            Layer::Attributions,
            Layer::Verifications,
            Layer::Acts,
            Layer::Sources,
            Layer::SourceLinks,
        ]
    }
    fn assigns(&self) -> &'static [Layer] {
        &[Layer::Claims, Layer::VerificationTargets]
    }
    fn annotate(&self, doc: &mut Doc) {
        annotate(doc);
    }
}

/// Builds `doc.claims`, sets verification targets and assessments.
pub fn annotate(doc: &mut Doc) {
    doc.claims.clear();
    if doc.attributions.is_empty() {
        return;
    }
    let idf = Idf::new(doc.sentences.iter().map(|s| s.span.text(&doc.text)));
    let words = group::attribution_words(doc);
    let groups = group::group(doc, &words, &idf);
    let chains: Vec<Vec<usize>> = groups.iter().map(|g| chain::chain(doc, g)).collect();
    let views: Vec<attach::ClaimView> = groups
        .iter()
        .zip(&chains)
        .map(|(g, c)| {
            let mut w: Vec<String> = Vec::new();
            let mut seen: FxHashSet<&str> = FxHashSet::default();
            for &i in g {
                for x in &words[i] {
                    if seen.insert(x.as_str()) {
                        w.push(x.clone());
                    }
                }
            }
            attach::ClaimView { attrs: g, chain: c, words: w }
        })
        .collect();
    let main = main_claim(doc, &views, &idf);
    let targets = attach::attach(doc, &views, main, &idf);
    let mut claims: Vec<Claim> = Vec::with_capacity(groups.len());
    for (ci, (g, c)) in groups.iter().zip(&chains).enumerate() {
        let verifs: Vec<usize> = targets.iter().enumerate().filter(|(_, t)| **t == Some(ci)).map(|(v, _)| v).collect();
        claims.push(Claim {
            text: claim_text(doc, g),
            attributions: g.clone(),
            chain: c.clone(),
            assessment: assess::assess(doc, g, c, &verifs),
            verifications: verifs,
        });
    }
    for (v, t) in targets.iter().enumerate() {
        if let Some(c) = t {
            doc.verifications[v].target = Some(Target::Claim(*c));
        }
    }
    doc.claims = claims;
}

/// The claim the article is about: the one its title restates best, else the one with most reports.
fn main_claim(doc: &Doc, views: &[attach::ClaimView], idf: &Idf) -> Option<usize> {
    let title: Vec<String> = doc
        .segments
        .iter()
        .filter(|s| s.kind == SegmentKind::Title)
        .flat_map(|s| content_words(doc.slice(s.span)))
        .collect();
    let score = |c: &attach::ClaimView| {
        if title.is_empty() {
            0.0
        } else {
            idf.covered(&title, &c.words)
        }
    };
    views
        .iter()
        .enumerate()
        .max_by(|(i, a), (j, b)| score(a).total_cmp(&score(b)).then(a.attrs.len().cmp(&b.attrs.len())).then(j.cmp(i)))
        .map(|(i, _)| i)
}
