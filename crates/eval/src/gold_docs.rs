//! Documents of the project's own gold sets, by id, read exactly as the gold's offsets
//! index them: `polnear/{train,dev}/NAME.txt` is a PolNeAR text file, `fnc1/ID` the
//! `articleBody` of Body ID in FNC-1's `train_bodies.csv` (tools/gold/docs.py reads the same).
//! Each gold file `X.jsonl` lists the documents it covers in `X.docs.tsv` (`id<TAB>split`), so
//! documents with no gold item count too.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Reads gold documents under a data root (`../shared/data`).
pub struct GoldDocs {
    root: PathBuf,
    fnc1: Option<HashMap<String, String>>,
}

impl GoldDocs {
    /// Documents under `root`.
    pub fn new(root: &Path) -> Self {
        GoldDocs { root: root.to_path_buf(), fnc1: None }
    }

    /// The bytes of document `id`.
    pub fn load(&mut self, id: &str) -> anyhow::Result<Vec<u8>> {
        if let Some(body) = id.strip_prefix("fnc1/") {
            if self.fnc1.is_none() {
                self.fnc1 = Some(read_fnc1(&self.root.join("fnc1/train_bodies.csv"))?);
            }
            let bodies = self.fnc1.as_ref().expect("just read");
            return bodies
                .get(body)
                .map(|b| b.clone().into_bytes())
                .ok_or_else(|| anyhow::anyhow!("no FNC-1 body {body}"));
        }
        if let Some(rest) = id.strip_prefix("polnear/") {
            let (split, name) = rest.split_once('/').ok_or_else(|| anyhow::anyhow!("bad document id {id}"))?;
            let p = self.root.join("polnear").join(split).join("text").join(name);
            return std::fs::read(&p).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()));
        }
        anyhow::bail!("unknown document id {id} (expected fnc1/ID or polnear/SPLIT/NAME)")
    }
}

fn read_fnc1(path: &Path) -> anyhow::Result<HashMap<String, String>> {
    let mut r = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(path)
        .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    let mut out = HashMap::new();
    for row in r.records() {
        let row = row?;
        if let (Some(id), Some(body)) = (row.get(0), row.get(1)) {
            out.insert(id.to_string(), body.to_string());
        }
    }
    Ok(out)
}

/// Runs the shipped pipeline over every document the gold files of `gold` cover (of `split`
/// when given), read from `data` as plain text, and calls `f(gold file, document id, doc)`.
pub fn for_each_analysed(
    gold: &Path,
    data: &Path,
    split: Option<&str>,
    mut f: impl FnMut(&Path, &str, hearsay::Doc) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let mut docs = GoldDocs::new(data);
    let pipeline = hearsay::Pipeline::new()?;
    for file in gold_files(gold)? {
        for (id, doc_split) in covered(&file)? {
            if split.is_some_and(|s| s != doc_split) {
                continue;
            }
            let bytes = docs.load(&id)?;
            let opts = hearsay::IngestOptions {
                format: Some(hearsay::InputFormat::Text),
                id: Some(id.clone()),
                ..Default::default()
            };
            let doc = pipeline.analyze_bytes(&bytes, &opts)?;
            anyhow::ensure!(doc.text.as_bytes() == bytes.as_slice(), "{id}: ingest changed the bytes");
            f(&file, &id, doc)?;
        }
    }
    Ok(())
}

/// The documents a gold file covers: `id<TAB>split` lines of the `.docs.tsv` beside it.
pub fn covered(gold: &Path) -> anyhow::Result<Vec<(String, String)>> {
    let name = gold.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    docs_listed(&gold.with_file_name(format!("{}.docs.tsv", name.trim_end_matches(".jsonl"))))
}

/// The `id<TAB>split` lines of a `.docs.tsv` file.
pub fn docs_listed(tsv: &Path) -> anyhow::Result<Vec<(String, String)>> {
    let text = std::fs::read_to_string(tsv).map_err(|e| anyhow::anyhow!("{}: {e}", tsv.display()))?;
    Ok(text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (id, split) = l.split_once('\t').unwrap_or((l, ""));
            (id.trim().to_string(), split.trim().to_string())
        })
        .collect())
}

/// The gold files a path names: the file itself, or every `*.jsonl` of a directory.
pub fn gold_files(path: &Path) -> anyhow::Result<Vec<PathBuf>> {
    if !path.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let mut v: Vec<PathBuf> = std::fs::read_dir(path)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    v.sort();
    Ok(v)
}
