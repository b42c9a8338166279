//! The sources and claims stages on the seed article, with the gold attribution and
//! verification layers as input (so this runs before the upstream stages exist).
//! Skips when ../shared/examples is absent.

use hearsay_core::*;
use serde_json::Value;
use std::collections::HashMap;
use std::path::PathBuf;

fn shared() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/examples")
}

fn span(v: &Value) -> Span {
    Span::new(v["start"].as_u64().unwrap() as usize, v["end"].as_u64().unwrap() as usize)
}

fn seg_kind(s: &str) -> SegmentKind {
    serde_json::from_value(Value::String(s.into())).unwrap()
}

/// The seed article with gold segments, attributions and verifications, after sources and claims.
fn seed() -> Option<(Doc, Value)> {
    let dir = shared();
    let Ok(text) = std::fs::read_to_string(dir.join("seed-article.txt")) else {
        let _ = std::io::Write::write_fmt(
            &mut std::io::stderr(),
            format_args!("SKIPPED (needs ../shared, see README \"Tests\"): {} not found\n", dir.display()),
        );
        return None;
    };
    let gold: Value = serde_json::from_str(&std::fs::read_to_string(dir.join("seed-article.gold.json")).ok()?).ok()?;
    let mut doc = Doc::new("seed", text);
    for s in gold["segments"].as_array()? {
        doc.segments.push(Segment { kind: seg_kind(s["kind"].as_str()?), span: span(s) });
    }
    hearsay_core::Component::annotate(&hearsay_text::Text::shipped().expect("shipped tagger"), &mut doc);
    let ids: HashMap<&str, usize> =
        gold["attributions"].as_array()?.iter().enumerate().map(|(i, a)| (a["id"].as_str().unwrap(), i)).collect();
    for a in gold["attributions"].as_array()? {
        doc.attributions.push(Attribution {
            kind: serde_json::from_value(a["kind"].clone()).ok()?,
            source: a.get("source").filter(|s| !s.is_null()).map(span),
            cue: a.get("cue").filter(|s| !s.is_null()).map(span),
            content: a["content"].as_array()?.iter().map(span).collect(),
            parent: a.get("parent").and_then(|p| p.as_str()).map(|p| ids[p]),
            medium: a.get("medium").and_then(|m| m.as_str()).map(String::from),
            source_id: None,
            recipient_id: None,
            hedges: vec![],
            confidence: 1.0,
            act: Default::default(),
        });
    }
    for v in gold["verifications"].as_array()? {
        doc.verifications.push(Verification {
            verdict: serde_json::from_value(v["verdict"].clone()).ok()?,
            actor: v.get("actor").filter(|s| !s.is_null()).map(span),
            actor_id: None,
            cue: span(&v["cue"]),
            target: None,
        });
    }
    hearsay_sources::annotate(&mut doc);
    hearsay_claims::annotate(&mut doc);
    Some((doc, gold))
}

/// Gold source id -> our source index, by shared mentions.
fn source_map(doc: &Doc, gold: &Value) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    for g in gold["sources"].as_array().unwrap() {
        let gm: Vec<Span> = g["mentions"].as_array().unwrap().iter().map(span).collect();
        if let Some(i) = doc.sources.iter().position(|s| s.mentions.iter().any(|x| gm.contains(x))) {
            m.insert(g["id"].as_str().unwrap().to_string(), i);
        }
    }
    m
}

#[test]
fn nine_sources_with_gold_types_and_mentions() {
    let Some((doc, gold)) = seed() else { return };
    let map = source_map(&doc, &gold);
    assert_eq!(doc.sources.len(), 9, "{:#?}", doc.sources);
    for g in gold["sources"].as_array().unwrap() {
        let id = g["id"].as_str().unwrap();
        let s = &doc.sources[*map.get(id).unwrap_or_else(|| panic!("{id} not found"))];
        let t: SourceType = serde_json::from_value(g["type"].clone()).unwrap();
        assert_eq!(
            (s.stype, s.anonymous, s.official),
            (t, g["anonymous"].as_bool().unwrap(), g["official"].as_bool().unwrap()),
            "{id}"
        );
        for m in g["mentions"].as_array().unwrap() {
            assert!(s.mentions.contains(&span(m)), "{id} lacks mention {m}");
        }
        for f in ["name", "role", "affiliation"] {
            if let Some(want) = g.get(f).and_then(|v| v.as_str()) {
                let got = match f {
                    "name" => s.name.as_deref(),
                    "role" => s.role.as_deref(),
                    _ => s.affiliation.as_deref(),
                };
                assert_eq!(got, Some(want), "{id} {f}");
            }
        }
        if let Some(d) = g.get("descriptors") {
            assert_eq!(serde_json::to_value(&s.descriptors).unwrap(), *d, "{id}");
        }
    }
}

#[test]
fn attribution_and_verification_ids_follow_gold() {
    let Some((doc, gold)) = seed() else { return };
    let map = source_map(&doc, &gold);
    for (i, a) in gold["attributions"].as_array().unwrap().iter().enumerate() {
        let want = a["source_id"].as_str().map(|s| map[s]);
        assert_eq!(doc.attributions[i].source_id, want, "{} source_id", a["id"]);
        if let Some(r) = a.get("recipient_id").and_then(|r| r.as_str()) {
            assert_eq!(doc.attributions[i].recipient_id, Some(map[r]), "{} recipient", a["id"]);
        }
    }
    for (i, v) in gold["verifications"].as_array().unwrap().iter().enumerate() {
        assert_eq!(doc.verifications[i].actor_id, v["actor_id"].as_str().map(|s| map[s]), "{} actor", v["id"]);
    }
}

#[test]
fn claim_c1_chain_verifications_and_label() {
    let Some((doc, gold)) = seed() else { return };
    let map = source_map(&doc, &gold);
    let c1 = &doc.claims[0];
    assert_eq!(c1.attributions, [0, 3, 4], "{:#?}", doc.claims);
    let chain: Vec<usize> = ["s_anon", "s_rachman", "s_report"].iter().map(|s| map[*s]).collect();
    assert_eq!(c1.chain, chain);
    assert_eq!(
        c1.verifications,
        [0, 1, 2, 3, 4],
        "{:?} {:?}",
        doc.claims.iter().map(|c| (&c.attributions, &c.verifications)).collect::<Vec<_>>(),
        doc.verifications.iter().map(|v| v.target).collect::<Vec<_>>()
    );
    assert_eq!(c1.assessment.label, hearsay_core::Label::Unverified);
    assert!(
        c1.assessment.reasons.iter().any(|r| r.contains("\"A normally reliable source\" (bytes 915..941)")),
        "{:#?}",
        c1.assessment
    );
    for v in &doc.verifications {
        assert_eq!(v.target, Some(Target::Claim(0)));
    }
    // the official's own quote is a response, not part of the claim
    assert!(doc.claims.iter().all(|c| !c.attributions.contains(&5) || c.attributions.len() <= 2));
}
