//! Source typing accuracy on a hand-labelled sample of PolNeAR dev sources.
//!
//! Sample: `data/sources/polnear-dev-sample.jsonl` (one line per gold Source span: `file`,
//! byte `start`/`end`, the short `mention`, and our labels `type`, `anonymous`, `official`;
//! see `data/sources/README.md`). For each article of the sample, the PolNeAR text is
//! ingested as plain text, the gold attributions of its first annotator file become the
//! attribution layer, and `hearsay_sources::annotate` runs on it: the labels are compared
//! with those of the source entity the sampled span resolves to (so pronouns and short
//! names are judged by what they were resolved to). Accuracy = correct / labelled items.

use hearsay_attribution::polnear::parse_ann;
use hearsay_core::{Attribution, AttributionKind, Component, Doc, SourceType, Span};
use hearsay_ingest::{ingest, IngestOptions, InputFormat};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

/// One labelled source mention.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct Item {
    /// Text file name in `polnear/dev/text` (the PolNeAR-dev sample).
    #[serde(default)]
    pub file: String,
    /// Document id (gold sets with a `.docs.tsv`: `fnc1/ID`, `polnear/SPLIT/NAME`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc: Option<String>,
    /// The document's split in that gold set (`dev`: only measured on).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub split: Option<String>,
    /// First byte of the gold Source span.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// The mention (for reading the file).
    #[serde(default)]
    pub mention: String,
    /// Gold type.
    #[serde(rename = "type")]
    pub stype: SourceType,
    /// Gold anonymity.
    pub anonymous: bool,
    /// Gold officialness.
    pub official: bool,
}

/// One disagreement, for reading.
#[derive(Clone, Debug, Serialize)]
pub struct Miss {
    /// The mention.
    pub mention: String,
    /// Gold (type, anonymous, official).
    pub gold: (SourceType, bool, bool),
    /// Predicted.
    pub predicted: (SourceType, bool, bool),
    /// Document id and the mention in its sentence (`evaluate_docs` with `errors`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
}

/// Accuracies over the sample.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// Labelled items.
    pub items: usize,
    /// Items whose span resolved to no source.
    pub unresolved: usize,
    /// Type accuracy.
    pub type_accuracy: f64,
    /// Anonymous accuracy.
    pub anonymous_accuracy: f64,
    /// Official accuracy.
    pub official_accuracy: f64,
    /// Disagreements.
    pub misses: Vec<Miss>,
    /// Print each disagreement with its context before the table.
    #[serde(skip)]
    pub errors: bool,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = |(t, a, o): (SourceType, bool, bool)| format!("{t:?}/{}/{}", anon(a), off(o));
        for m in self.misses.iter().filter(|_| self.errors) {
            let ctx = m.context.as_deref().unwrap_or(&m.mention);
            let got = if m.mention.ends_with("(not found)") { "NOT FOUND".to_string() } else { label(m.predicted) };
            writeln!(f, "gold {:<24} got {:<24} {ctx}", label(m.gold), got)?;
        }
        writeln!(
            f,
            "source typing on {} labelled sources ({} unresolved: no source found)",
            self.items, self.unresolved
        )?;
        writeln!(f, "  type accuracy       {:.3}", self.type_accuracy)?;
        writeln!(f, "  anonymous accuracy  {:.3}", self.anonymous_accuracy)?;
        write!(f, "  official accuracy   {:.3}", self.official_accuracy)
    }
}

fn anon(a: bool) -> &'static str {
    if a {
        "anon"
    } else {
        "named"
    }
}

fn off(o: bool) -> &'static str {
    if o {
        "official"
    } else {
        "-"
    }
}

/// `doc: …[mention]…` with up to 80 bytes either side, on one line.
fn context(id: &str, text: &str, s: Span) -> String {
    let a = text.floor_char_boundary(s.start.saturating_sub(80));
    let b = text.ceil_char_boundary(s.end + 80);
    let ctx = format!("{id}: …{}[{}]{}…", &text[a..s.start], &text[s.start..s.end], &text[s.end..b]);
    ctx.replace('\n', " ")
}

/// Reads the labelled sample.
pub fn load_sample(path: &Path) -> anyhow::Result<Vec<Item>> {
    let s = std::fs::read_to_string(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    s.lines().filter(|l| !l.trim().is_empty()).map(|l| Ok(serde_json::from_str(l)?)).collect()
}

/// The document of one PolNeAR article with gold attributions, after the sources stage.
fn annotated(text_stage: &hearsay_text::Text, dir: &Path, file: &str) -> anyhow::Result<Doc> {
    let bytes = std::fs::read(dir.join("text").join(file))?;
    let opts = IngestOptions { format: Some(InputFormat::Text), id: Some(file.to_string()), ..Default::default() };
    let mut doc = ingest(&bytes, &opts)?;
    text_stage.annotate(&mut doc);
    let stem = file.trim_end_matches(".txt");
    let mut anns: Vec<_> = std::fs::read_dir(dir.join("attributions"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension().is_some_and(|x| x == "ann")
                && p.file_stem()
                    .and_then(|s| s.to_str())
                    .and_then(|s| s.rsplit_once('_'))
                    .is_some_and(|(n, _)| n == stem)
        })
        .collect();
    anns.sort();
    let Some(ann) = anns.first() else { anyhow::bail!("no annotation file for {file}") };
    for g in parse_ann(&std::fs::read_to_string(ann)?, &doc.text) {
        let content_start = g.content.first().map_or(0, |c| c.start);
        let kind = if doc
            .text
            .get(content_start.saturating_sub(1)..content_start + 1)
            .is_some_and(|s| s.contains(['"', '“', '\'']))
        {
            AttributionKind::Direct
        } else {
            AttributionKind::Indirect
        };
        doc.attributions.push(Attribution::new(
            kind,
            g.source.first().copied().map(|s| Span::new(s.start, g.source.last().map_or(s.end, |l| l.end))),
            g.cue.first().copied(),
            g.content.clone(),
            1.0,
        ));
    }
    hearsay_sources::annotate(&mut doc);
    Ok(doc)
}

/// The document of one PolNeAR article (`file` in `dir/text`) with gold attributions, after the sources stage.
pub fn debug_doc(dir: &Path, file: &str) -> anyhow::Result<Doc> {
    annotated(&hearsay_text::Text::shipped()?, dir, file)
}

/// Running counts behind a [`Report`].
#[derive(Default)]
struct Tally {
    items: usize,
    unresolved: usize,
    correct: [usize; 3],
    misses: Vec<Miss>,
}

impl Tally {
    /// Counts one gold item against the labels of the source it resolved to (`None`: no
    /// source). An unresolved item is read as (unknown, anonymous, not official) when
    /// `unresolved_as_default`, else it is wrong on every label.
    fn add(
        &mut self,
        it: &Item,
        found: Option<(SourceType, bool, bool)>,
        unresolved_as_default: bool,
        context: Option<String>,
    ) {
        self.items += 1;
        let gold = (it.stype, it.anonymous, it.official);
        let pred = found.unwrap_or((SourceType::Unknown, true, false));
        let scored = found.is_some() || unresolved_as_default;
        if found.is_none() {
            self.unresolved += 1;
        }
        self.correct[0] += usize::from(scored && pred.0 == gold.0);
        self.correct[1] += usize::from(scored && pred.1 == gold.1);
        self.correct[2] += usize::from(scored && pred.2 == gold.2);
        if pred != gold || !scored {
            let mention = if found.is_none() && !unresolved_as_default {
                format!("{} (not found)", it.mention)
            } else {
                it.mention.clone()
            };
            self.misses.push(Miss { mention, gold, predicted: pred, context });
        }
    }

    fn report(self, errors: bool) -> Report {
        let n = self.items.max(1) as f64;
        Report {
            items: self.items,
            unresolved: self.unresolved,
            type_accuracy: self.correct[0] as f64 / n,
            anonymous_accuracy: self.correct[1] as f64 / n,
            official_accuracy: self.correct[2] as f64 / n,
            misses: self.misses,
            errors,
        }
    }
}

/// Scores gold sets made of document ids (`gold` a file or a directory of `*.jsonl`, each
/// with its `.docs.tsv`) through the whole pipeline, as a user gets it: each gold source
/// mention is matched to the source entity one of whose mentions overlaps it; a gold mention
/// with none is unresolved (not found) and counts as wrong on every label. `errors` prints each
/// disagreement in context, and is refused on the `dev` split (only measured on, never read).
pub fn evaluate_docs(gold: &Path, data: &Path, split: Option<&str>, errors: bool) -> anyhow::Result<Report> {
    anyhow::ensure!(!(errors && split != Some("train")), "--errors lists train disagreements only: add --split train");
    let mut tally = Tally::default();
    let mut gold_items: BTreeMap<std::path::PathBuf, Vec<Item>> = BTreeMap::new();
    crate::gold_docs::for_each_analysed(gold, data, split, |file, id, doc| {
        if !gold_items.contains_key(file) {
            gold_items.insert(file.to_path_buf(), load_sample(file)?);
        }
        for it in gold_items[file].iter().filter(|it| it.doc.as_deref() == Some(id)) {
            let span = Span::new(it.start, it.end);
            let found = doc.sources.iter().find(|s| s.mentions.iter().any(|m| m.overlaps(span)));
            let ctx = errors.then(|| context(id, &doc.text, span));
            tally.add(it, found.map(|s| (s.stype, s.anonymous, s.official)), false, ctx);
        }
        Ok(())
    })?;
    Ok(tally.report(errors))
}

/// Scores the sample against the PolNeAR split directory `dir` (`…/polnear/dev`).
pub fn evaluate(sample: &Path, dir: &Path) -> anyhow::Result<Report> {
    let items = load_sample(sample)?;
    let mut by_file: BTreeMap<&str, Vec<&Item>> = BTreeMap::new();
    for it in &items {
        by_file.entry(it.file.as_str()).or_default().push(it);
    }
    let mut tally = Tally::default();
    let text_stage = hearsay_text::Text::shipped()?;
    for (file, its) in by_file {
        let doc = annotated(&text_stage, dir, file)?;
        for it in its {
            let sid = doc
                .attributions
                .iter()
                .find(|a| a.source.is_some_and(|s| s.start == it.start))
                .and_then(|a| a.source_id);
            let found = sid.and_then(|i| doc.sources.get(i)).map(|s| (s.stype, s.anonymous, s.official));
            tally.add(it, found, true, None);
        }
    }
    Ok(tally.report(false))
}
