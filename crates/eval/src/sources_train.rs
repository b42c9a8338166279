//! Training examples for the learned source classifier (`hearsay train sources`): the train
//! part of a typed-sources gold set (data/sources/v2), each gold mention paired with the
//! source the rules resolved it to (as `hearsay eval sources` matches them). The `dev` part
//! is never read here.

use crate::gold_docs::{covered, gold_files, GoldDocs};
use crate::sources::load_sample;
use hearsay_core::Span;
use hearsay_sources::classifier::train::{example, Example};
use std::path::Path;

/// The examples of a gold set's train part, with the number of train mentions the rules
/// found no source for.
pub struct Examples {
    /// One per found gold mention.
    pub examples: Vec<Example>,
    /// Gold mentions with no source.
    pub unfound: usize,
    /// Documents read.
    pub docs: usize,
}

/// Runs the stages before sources and the sources rules over every train document of `gold`
/// (a file or a directory of `*.jsonl`), read from `data`, and pairs each gold mention with
/// the source one of whose mentions overlaps it.
pub fn train_examples(gold: &Path, data: &Path) -> anyhow::Result<Examples> {
    let before = hearsay::Pipeline::before("sources")?;
    let mut docs = GoldDocs::new(data);
    let mut out = Examples { examples: Vec::new(), unfound: 0, docs: 0 };
    for file in gold_files(gold)? {
        let items = load_sample(&file)?;
        for (id, split) in covered(&file)? {
            if split != "train" {
                continue;
            }
            let bytes = docs.load(&id)?;
            let opts = hearsay::IngestOptions {
                format: Some(hearsay::InputFormat::Text),
                id: Some(id.clone()),
                ..Default::default()
            };
            let mut doc = hearsay_ingest::ingest(&bytes, &opts)?;
            before.annotate(&mut doc);
            hearsay_sources::annotate(&mut doc);
            let d = out.docs;
            out.docs += 1;
            for it in
                items.iter().filter(|it| it.doc.as_deref() == Some(id.as_str()) && it.split.as_deref() == Some("train"))
            {
                let span = Span::new(it.start, it.end);
                match doc.sources.iter().position(|s| s.mentions.iter().any(|m| m.overlaps(span))) {
                    Some(i) => out.examples.push(example(&doc, d, i, (it.stype, it.anonymous, it.official))),
                    None => out.unfound += 1,
                }
            }
        }
    }
    Ok(out)
}
