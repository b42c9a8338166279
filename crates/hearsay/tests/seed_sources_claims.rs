//! The seed article through the whole pipeline: the nine gold sources (type, anonymous,
//! official), the verifications' actors, and claim c1's chain and label. Spans from the
//! upstream stages are matched to the gold by overlap. Skipped when ../shared is absent.

use hearsay::core::{Doc, SourceType, Span, Target};
use hearsay::{IngestOptions, Pipeline};
use serde_json::Value;
use std::collections::HashMap;
use std::path::PathBuf;

fn shared(p: &str) -> Option<PathBuf> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared").join(p);
    path.exists().then_some(path)
}

fn span(v: &Value) -> Span {
    Span::new(v["start"].as_u64().unwrap() as usize, v["end"].as_u64().unwrap() as usize)
}

fn seed() -> Option<(Doc, Value)> {
    let (Some(txt), Some(gold)) = (shared("examples/seed-article.txt"), shared("examples/seed-article.gold.json"))
    else {
        let _ = std::io::Write::write_fmt(
            &mut std::io::stderr(),
            format_args!("SKIPPED (needs ../shared, see README \"Tests\"): ../shared/examples not found\n"),
        );
        return None;
    };
    let bytes = std::fs::read(txt).ok()?;
    let gold: Value = serde_json::from_slice(&std::fs::read(gold).ok()?).ok()?;
    let doc = Pipeline::new().expect("shipped pipeline").analyze_bytes(&bytes, &IngestOptions::default()).ok()?;
    Some((doc, gold))
}

/// Gold source id -> our source index: the source with a mention overlapping a gold mention.
fn source_map(doc: &Doc, gold: &Value) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    for g in gold["sources"].as_array().unwrap() {
        let gm: Vec<Span> = g["mentions"].as_array().unwrap().iter().map(span).collect();
        if let Some(i) = doc.sources.iter().position(|s| s.mentions.iter().any(|x| gm.iter().any(|y| x.overlaps(*y)))) {
            m.insert(g["id"].as_str().unwrap().to_string(), i);
        }
    }
    m
}

#[test]
fn seed_sources_have_gold_type_anonymity_and_officialness() {
    let Some((doc, gold)) = seed() else { return };
    let map = source_map(&doc, &gold);
    for g in gold["sources"].as_array().unwrap() {
        let id = g["id"].as_str().unwrap();
        let i = *map.get(id).unwrap_or_else(|| panic!("gold source {id} not found in {:#?}", doc.sources));
        let s = &doc.sources[i];
        let t: SourceType = serde_json::from_value(g["type"].clone()).unwrap();
        let want = (t, g["anonymous"].as_bool().unwrap(), g["official"].as_bool().unwrap());
        assert_eq!((s.stype, s.anonymous, s.official), want, "{id}");
    }
    let distinct: std::collections::HashSet<usize> = map.values().copied().collect();
    assert_eq!(distinct.len(), 9, "the nine gold sources are nine entities");
}

#[test]
fn seed_verification_actors_resolve_to_gold_sources() {
    let Some((doc, gold)) = seed() else { return };
    let map = source_map(&doc, &gold);
    for g in gold["verifications"].as_array().unwrap() {
        let cue = span(&g["cue"]);
        let v = doc
            .verifications
            .iter()
            .find(|v| v.cue.overlaps(cue))
            .unwrap_or_else(|| panic!("verification {} not found", g["id"]));
        assert_eq!(v.actor_id, Some(map[g["actor_id"].as_str().unwrap()]), "{} actor", g["id"]);
    }
}

#[test]
fn seed_claim_c1_chain_and_label() {
    let Some((doc, gold)) = seed() else { return };
    let map = source_map(&doc, &gold);
    let anon = map["s_anon"];
    let c = doc
        .claims
        .iter()
        .position(|c| c.chain.first() == Some(&anon))
        .unwrap_or_else(|| panic!("no claim originating with the anonymous source: {:#?}", doc.claims));
    let claim = &doc.claims[c];
    let want: Vec<usize> = ["s_anon", "s_rachman", "s_report"].iter().map(|s| map[*s]).collect();
    assert_eq!(claim.chain, want);
    assert_eq!(claim.assessment.label, hearsay_core::Label::Unverified, "{:#?}", claim.assessment);
    // the four verifications bearing on it (v1..v4) target it
    for g in &gold["verifications"].as_array().unwrap()[..4] {
        let cue = span(&g["cue"]);
        let v = doc.verifications.iter().find(|v| v.cue.overlaps(cue)).unwrap();
        assert_eq!(v.target, Some(Target::Claim(c)), "{} target", g["id"]);
    }
}

/// The spurious claims the seed once had are gone: the headline's "The US cannot confirm that
/// …" and the Dietz quote ("I cannot confirm …") answer claim c1 rather than make claims of
/// their own; "a report that a Pentagon official could not confirm" is no claim; every five
/// gold verifications target c1, and the headline's words are one of c1's mentions.
#[test]
fn seed_responses_are_no_claims_of_their_own() {
    let Some((doc, gold)) = seed() else { return };
    let map = source_map(&doc, &gold);
    let c1 = doc.claims.iter().position(|c| c.chain.first() == Some(&map["s_anon"])).expect("claim c1");
    let dietz = span(&gold["attributions"].as_array().unwrap()[5]["content"][0]);
    for (i, c) in doc.claims.iter().enumerate() {
        let text = |s: &Span| doc.slice(*s).to_string();
        assert!(
            !c.mentions.iter().any(|m| m.overlaps(dietz)),
            "claim {i} states the Dietz quote: {:?}",
            c.mentions.iter().map(text).collect::<Vec<_>>()
        );
        assert!(!c.text.contains("Pentagon official"), "claim {i}: {}", c.text);
        assert!(c.attributions.iter().all(|&a| doc.attributions[a].act.asserts()), "claim {i} holds a non-assertion");
    }
    let headline = Span::new(35, 130);
    assert!(doc.claims[c1].mentions.iter().any(|m| m.overlaps(headline)), "the headline restates c1");
    for g in gold["verifications"].as_array().unwrap() {
        let v = doc.verifications.iter().find(|v| v.cue.overlaps(span(&g["cue"]))).expect("gold verification");
        assert_eq!(v.target, Some(Target::Claim(c1)), "{} target", g["id"]);
    }
}
