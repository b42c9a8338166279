#[path = "../../sources/tests/common/mod.rs"]
mod common;
use hearsay_core::*;
use std::collections::HashMap;
#[test]
fn all_train() {
    let dir = std::path::Path::new("../../../shared/data/polnear/train");
    let mut anns: Vec<_> = std::fs::read_dir(dir.join("attributions")).unwrap().map(|e| e.unwrap().path()).collect();
    anns.sort();
    let mut seen = std::collections::HashSet::new();
    let mut labels = std::collections::BTreeMap::new();
    let (mut n, mut nsrc, mut nattr, mut unres, mut claims, mut multi) = (0, 0, 0, 0, 0, 0);
    let mut dt = std::time::Duration::ZERO;
    for p in anns {
        let stem = p.file_stem().unwrap().to_str().unwrap().to_string();
        let name = stem.rsplit_once('_').unwrap().0.to_string();
        if !seen.insert(name.clone()) { continue; }
        let text = std::fs::read_to_string(dir.join("text").join(format!("{name}.txt"))).unwrap();
        let b: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let mut sp: HashMap<String, (String, Span)> = HashMap::new();
        let mut evs = vec![];
        for l in std::fs::read_to_string(&p).unwrap().lines() {
            let f: Vec<&str> = l.split('\t').collect();
            if f.len() < 2 { continue; }
            if f[0].starts_with('T') {
                let mut it = f[1].split(|c| c == ' ' || c == ';');
                let lab = it.next().unwrap().to_string();
                let s: usize = it.next().unwrap().parse().unwrap();
                let e: usize = it.next().unwrap().parse().unwrap();
                sp.insert(f[0].to_string(), (lab, Span::new(b[s.min(b.len() - 1)], b[e.min(b.len() - 1)])));
            } else if f[0].starts_with('E') { evs.push(f[1].to_string()); }
        }
        let mut doc = common::doc(&text);
        for e in evs {
            let (mut s, mut c, mut ct) = (None, None, vec![]);
            for arg in e.split_whitespace() {
                let (_, t) = arg.split_once(':').unwrap();
                if let Some((lab, span)) = sp.get(t) { match lab.as_str() { "Source" => s = Some(*span), "Cue" => c = Some(*span), "Content" => ct.push(*span), _ => {} } }
            }
            doc.attributions.push(Attribution { kind: AttributionKind::Indirect, source: s, cue: c, content: ct, parent: None, medium: None, source_id: None, recipient_id: None, hedges: vec![], confidence: 1.0 });
        }
        let t = std::time::Instant::now();
        hearsay_sources::annotate(&mut doc);
        hearsay_claims::annotate(&mut doc);
        dt += t.elapsed();
        n += 1;
        nsrc += doc.sources.len();
        nattr += doc.attributions.len();
        unres += doc.attributions.iter().filter(|x| x.source.is_some() && x.source_id.is_none()).count();
        claims += doc.claims.len();
        multi += doc.claims.iter().filter(|c| c.attributions.len() > 1).count();
        for c in &doc.claims { *labels.entry(c.assessment.label.clone()).or_insert(0) += 1; }
    }
    println!("{n} articles, {nattr} attributions, {nsrc} sources, {unres} unresolved, {claims} claims ({multi} multi) {labels:?}; sources+claims {:?}", dt);
}
