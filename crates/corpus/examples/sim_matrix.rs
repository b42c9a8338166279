use hearsay_corpus::cluster::*;
fn main() {
    let text = std::fs::read_to_string("../../tests/fixtures/claims/articles.jsonl").unwrap();
    let exp: serde_json::Value = serde_json::from_str(&std::fs::read_to_string("../../tests/fixtures/claims/expected.json").unwrap()).unwrap();
    let rest: Vec<String> = exp["restating"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect();
    let th: f64 = std::env::args().nth(1).map(|x| x.parse().unwrap()).unwrap_or(0.2);
    let mut idx = ClusterIndex::new(ClusterOptions { threshold: th });
    let mut ans = vec![];
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let opts = hearsay::IngestOptions { id: Some(v["id"].as_str().unwrap().into()), ..Default::default() };
        let mut doc = hearsay_ingest::ingest(v["text"].as_str().unwrap().as_bytes(), &opts).unwrap();
        doc.metadata.published = v["published"].as_str().map(String::from);
        doc.metadata.outlet = v["outlet"].as_str().map(String::from);
        hearsay::Pipeline::new().annotate(&mut doc);
        let a = hearsay::Analysis::from_doc(&doc);
        let c = idx.add(&a);
        if std::env::var("SHOW").is_ok() { for m in hearsay_corpus::cluster::mention::mentions(&a) { println!("   [{}] {:?} {:?}", m.key, m.text, m.chain); } }
        println!("{:<18} -> {:?}", a.document.id, c);
        ans.push(a);
    }
    let ts: Vec<(String, Vec<String>)> = idx.entries.iter().map(|e| (e.mention.doc_id.clone(), e.terms.clone())).collect();
    let mut minpos = 1.0f64; let mut maxneg = 0.0f64;
    for (i, (d1, t1)) in ts.iter().enumerate() {
        let r1 = rest.contains(d1);
        let mut bestpos = 0.0f64; let mut bestneg: (f64, String) = (0.0, String::new());
        for (j, (d2, t2)) in ts.iter().enumerate() {
            if i == j { continue; }
            let s = idx.similarity(t1, t2);
            if r1 && rest.contains(d2) { bestpos = bestpos.max(s); } else if s > bestneg.0 { bestneg = (s, d2.clone()); }
        }
        println!("{d1:<18} r={r1} bestpos={bestpos:.3} bestneg={:.3} ({})", bestneg.0, bestneg.1);
        if r1 { minpos = minpos.min(bestpos); }
        maxneg = maxneg.max(bestneg.0);
    }
    println!("min best-pos {minpos:.3}  max neg {maxneg:.3}");
}
#[allow(dead_code)]
fn _x() {}
