//! Regression test on the seed article: every gold attribution is found with matching
//! source, cue and content (after trimming), kind and nesting. The seed gold leaves a
//! leading complementizer "that" out of the content while PolNeAR (our training data)
//! keeps it in, so a leading "that" is trimmed too.

use hearsay_core::Component;
use hearsay_core::{AttributionKind, Doc, Span};
use hearsay_ingest::{IngestOptions, InputFormat};
use std::path::PathBuf;

fn shared() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/examples")
}

fn norm(text: &str, s: Span) -> String {
    let t = s.text(text).trim_matches(|c: char| c.is_whitespace() || (!c.is_alphanumeric() && c != '$' && c != '%'));
    t.strip_prefix("that ").unwrap_or(t).to_string()
}

fn gold_span(v: &serde_json::Value) -> Option<Span> {
    Some(Span::new(v.get("start")?.as_u64()? as usize, v.get("end")?.as_u64()? as usize))
}

#[test]
fn seed_article_attributions() {
    let dir = shared();
    let (Ok(text), Ok(gold)) = (
        std::fs::read_to_string(dir.join("seed-article.txt")),
        std::fs::read_to_string(dir.join("seed-article.gold.json")),
    ) else {
        let _ = std::io::Write::write_fmt(
            &mut std::io::stderr(),
            format_args!("SKIPPED (needs ../shared, see README \"Tests\"): {} not found\n", dir.display()),
        );
        return;
    };
    let gold: serde_json::Value = serde_json::from_str(&gold).expect("gold json");
    let opts = IngestOptions { format: Some(InputFormat::Text), ..Default::default() };
    let mut doc: Doc = hearsay_ingest::ingest(text.as_bytes(), &opts).expect("ingest");
    stages().0.annotate(&mut doc);
    stages().1.annotate(&mut doc);
    let t = &doc.text;
    let golds = gold["attributions"].as_array().expect("attributions");
    let ids: Vec<&str> = golds.iter().map(|g| g["id"].as_str().unwrap_or("")).collect();
    let mut problems = Vec::new();
    for g in golds {
        let id = g["id"].as_str().unwrap_or("?");
        let gcontent: Vec<String> =
            g["content"].as_array().into_iter().flatten().filter_map(gold_span).map(|s| norm(t, s)).collect();
        let gsource = gold_span(&g["source"]).map(|s| norm(t, s));
        let gcue = gold_span(&g["cue"]).map(|s| norm(t, s));
        let found = doc.attributions.iter().find(|a| {
            let c: Vec<String> = a.content.iter().map(|&s| norm(t, s)).collect();
            c == gcontent && a.source.map(|s| norm(t, s)) == gsource && a.cue.map(|s| norm(t, s)) == gcue
        });
        let Some(a) = found else {
            problems.push(format!("{id}: not found (source {gsource:?}, cue {gcue:?}, content {gcontent:?})"));
            continue;
        };
        let kind = serde_json::to_value(a.kind).unwrap_or_default();
        if kind != g["kind"] {
            problems.push(format!("{id}: kind {kind} instead of {}", g["kind"]));
        }
        let parent = a.parent.map(|p| &doc.attributions[p]);
        let gparent = g.get("parent").and_then(|p| p.as_str());
        match (parent, gparent) {
            (None, None) => {}
            (Some(p), Some(gp)) => {
                let pg = &golds[ids.iter().position(|x| *x == gp).expect("parent id")];
                let pc = gold_span(&pg["cue"]).map(|s| norm(t, s));
                if p.cue.map(|s| norm(t, s)) != pc {
                    problems.push(format!("{id}: wrong parent"));
                }
            }
            _ => problems.push(format!("{id}: parent {:?} instead of {gparent:?}", a.parent)),
        }
        let _ = AttributionKind::Direct;
    }
    for a in &doc.attributions {
        eprintln!(
            "pred {:?} src={:?} cue={:?} content={:?} parent={:?} medium={:?}",
            a.kind,
            a.source.map(|s| doc.slice(s)),
            a.cue.map(|s| doc.slice(s)),
            a.content.iter().map(|&s| doc.slice(s)).collect::<Vec<_>>(),
            a.parent,
            a.medium
        );
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The text and attribution stages with the shipped models, loaded once for all tests.
fn stages() -> &'static (hearsay_text::Text, hearsay_attribution::Attribution) {
    static S: std::sync::OnceLock<(hearsay_text::Text, hearsay_attribution::Attribution)> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        (
            hearsay_text::Text::shipped().expect("shipped tagger"),
            hearsay_attribution::Attribution::shipped().expect("shipped model"),
        )
    })
}
