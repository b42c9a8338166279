fn main() -> anyhow::Result<()> {
    let dir = std::path::Path::new("../shared/data/aeb");
    let out = std::path::Path::new("/tmp/aebtext");
    std::fs::create_dir_all(out)?;
    for p in hearsay_eval::aeb_text::pages(dir)? {
        std::fs::write(out.join(format!("{}.txt", p.id)), &p.text)?;
        let lines = hearsay_ingest::plain::lines(&p.text);
        let mut lab = String::new();
        let doc = hearsay_ingest::ingest(p.text.as_bytes(), &hearsay_ingest::IngestOptions { format: Some(hearsay_ingest::InputFormat::Text), id: Some("x".into()), ..Default::default() })?;
        for (l, b) in lines.iter().zip(&p.body) {
            let k = doc.segments.iter().find(|s| s.span.start <= l.span.start && l.span.start < s.span.end).map(|s| s.kind.as_str()).unwrap_or("?");
            let t = l.span.text(&p.text);
            let cap = p.captions.iter().any(|c| c.contains(t) || t.contains(c.as_str()));
            lab.push_str(&format!("{}\t{:10}\t{}\t{}\n", if *b { "B" } else { "-" }, k, if cap {"CAP"} else {""}, &t[..t.floor_char_boundary(100)]));
        }
        std::fs::write(out.join(format!("{}.{}.lab", p.id, if p.dev { "dev" } else { "train" })), lab)?;
    }
    Ok(())
}
