//! Training and cross-validation of the verdict classifier (`hearsay train verifications`,
//! crates/epistemics/src/classifier.rs) on our verification gold: the **train** split of
//! data/verifications/v2 (the dev split is never read here) and, when given, the older gold
//! on the PolNeAR dev texts (data/verifications/polnear-dev.jsonl).
//!
//! Each document runs through the stages before verifications, exactly as serving gives
//! them; its candidates are labelled with the verdict of a gold event whose cue they overlap
//! (`none` otherwise). Cross-validation is by document ([`FOLDS`] folds by a hash of the
//! document id): each fold's candidates are scored by a model trained on the other folds,
//! and the events [`decide`] makes of those scores under each pair of thresholds are scored
//! with `hearsay eval verifications`' own scorer. The thresholds kept are those with the best
//! out-of-fold F1 on the v2 train documents among those that keep the PolNeAR-dev documents'
//! out-of-fold F1 at [`POLNEAR_FLOOR`] or more, a less conservative pair winning only by more
//! than [`MIN_GAIN`]; then each verdict's add threshold is moved on its own along
//! [`ADD_GRID`] under the same rule ([`refine`]).

use crate::gold_docs::{covered, docs_listed, gold_files, GoldDocs};
use crate::verifications::{read_gold, score_doc, GoldEvent, VerificationReport};
use hearsay_core::{Doc, SpanSet, Verdict};
use hearsay_epistemics::classifier::{
    self, decide, AddThresholds, Candidate, DocContext, Example, TrainSettings, VerdictModel, NCLASS, WORD_ADD,
};
use hearsay_epistemics::verifications::{content_set, rule_events};
use std::path::Path;

/// Folds of the cross-validation.
pub const FOLDS: u64 = 5;

/// The least out-of-fold F1 on the PolNeAR-dev documents a threshold pair may give (when they
/// are in the training data).
pub const POLNEAR_FLOOR: f64 = 0.84;

/// How much higher a threshold pair's out-of-fold v2 F1 must be to replace the pair kept so
/// far in [`sweep`]'s conservative-first order (about three events of 1,500): smaller
/// differences are fold noise, and the pair that adds and vetoes less is kept.
pub const MIN_GAIN: f64 = 0.002;

/// How many more events than at the sweep's kept pair the per-kind and per-verdict thresholds
/// of [`split_kinds`] and [`refine`] may predict on the unseen PolNeAR train texts
/// ([`GoldSet::Unseen`]): a lower threshold that wins on the gold but fires more on news no
/// gold covers mostly adds false alarms there (stop 29: "have not unified", "no means",
/// "can't just assume" after new gold).
pub const FA_MARGIN: usize = 3;

/// Add thresholds tried (weight units).
pub const ADD_GRID: [f32; 21] = [
    -8.0, -6.0, -5.0, -4.0, -3.0, -2.5, -2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0, 16.0,
];
/// Veto thresholds tried (weight units; infinity: never veto).
pub const VETO_GRID: [f32; 9] = [0.0, 1.0, 2.0, 3.0, 4.0, 6.0, 10.0, 15.0, f32::INFINITY];

/// Which gold a document comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoldSet {
    /// data/verifications/v2, train split (concessions unmarked: free).
    V2,
    /// data/verifications/polnear-dev.jsonl (concessions count).
    PolnearDev,
    /// A PolNeAR train text outside every gold file of the project: never trained on; the
    /// events predicted on these are counted as a false-alarm proxy ([`FA_MARGIN`]).
    Unseen,
}

/// One training document: its analysis up to verifications, its gold events, its candidates
/// with their features and labels.
pub struct TrainDoc {
    /// Document id (`fnc1/ID`, `polnear/train/NAME`, or a PolNeAR dev file name).
    pub id: String,
    /// Its gold set.
    pub set: GoldSet,
    /// The analysis before the verifications stage.
    pub doc: Doc,
    /// Its gold events.
    pub gold: Vec<GoldEvent>,
    /// The content spans of its attributions.
    pub contents: SpanSet,
    /// Its candidates.
    pub cands: Vec<Candidate>,
    /// Each candidate's features.
    pub feats: Vec<Vec<u32>>,
    /// Each candidate's class.
    pub labels: Vec<usize>,
}

fn verdict_of(name: &str) -> Option<Verdict> {
    Verdict::ALL.iter().copied().find(|v| v.as_str() == name)
}

fn prepare(
    id: String,
    set: GoldSet,
    bytes: &[u8],
    gold: Vec<GoldEvent>,
    pipeline: &hearsay::Pipeline,
) -> anyhow::Result<TrainDoc> {
    let opts =
        hearsay::IngestOptions { format: Some(hearsay::InputFormat::Text), id: Some(id.clone()), ..Default::default() };
    let doc = pipeline.analyze_bytes(bytes, &opts)?;
    anyhow::ensure!(doc.text.as_bytes() == bytes, "{id}: ingest changed the bytes");
    let contents = content_set(&doc);
    let cands = classifier::candidates(&doc, rule_events(&doc, &contents));
    let labels = cands
        .iter()
        .map(|c| {
            gold.iter()
                .find(|g| g.cue[0] < c.cue.end && c.cue.start < g.cue[1])
                .and_then(|g| verdict_of(&g.verdict))
                .map_or(0, classifier::class_of)
        })
        .collect();
    let mut feats = Vec::with_capacity(cands.len());
    {
        let ctx = DocContext::new(&doc, &contents, &cands);
        let mut f = Vec::new();
        for c in &cands {
            classifier::features(&ctx, c, &mut f);
            feats.push(f.clone());
        }
    }
    Ok(TrainDoc { id, set, doc, gold, contents, cands, feats, labels })
}

/// The training documents: the `train` split of every gold file of `gold` (documents read
/// from `data`), and, when `polnear_dev` is given, the PolNeAR dev texts of `polnear_texts`
/// with that gold.
///
/// When `unseen` names a directory (the repository's data/), the PolNeAR train texts that no
/// `*.docs.tsv` under it covers are added as [`GoldSet::Unseen`] documents (no gold, never
/// trained on).
pub fn load(
    gold: &Path,
    data: &Path,
    polnear_dev: Option<&Path>,
    polnear_texts: &Path,
    unseen: Option<&Path>,
) -> anyhow::Result<Vec<TrainDoc>> {
    let pipeline = hearsay::Pipeline::before("verifications")?;
    let mut docs = GoldDocs::new(data);
    let mut out = Vec::new();
    for file in gold_files(gold)? {
        let events = read_gold(&file)?;
        for (id, split) in covered(&file)? {
            if split != "train" {
                continue;
            }
            let bytes = docs.load(&id)?;
            let g: Vec<GoldEvent> = events.iter().filter(|g| g.doc.as_deref() == Some(id.as_str())).cloned().collect();
            anyhow::ensure!(
                g.iter().all(|g| g.split.as_deref() != Some("dev")),
                "{id}: a dev event in a train document"
            );
            out.push(prepare(id, GoldSet::V2, &bytes, g, &pipeline)?);
        }
    }
    if let Some(p) = polnear_dev {
        let events = read_gold(p)?;
        let mut files: Vec<_> = std::fs::read_dir(polnear_texts)
            .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", polnear_texts.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file())
            .collect();
        files.sort();
        for f in files {
            let name = f.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let bytes = std::fs::read(&f)?;
            let g: Vec<GoldEvent> = events.iter().filter(|g| g.file == name).cloned().collect();
            out.push(prepare(name, GoldSet::PolnearDev, &bytes, g, &pipeline)?);
        }
    }
    if let Some(root) = unseen {
        let mut gold_ids = std::collections::HashSet::new();
        let mut stack = vec![root.to_path_buf()];
        while let Some(dir) = stack.pop() {
            for e in std::fs::read_dir(&dir).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", dir.display()))? {
                let p = e?.path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.ends_with(".docs.tsv")) {
                    gold_ids.extend(docs_listed(&p)?.into_iter().map(|(id, _)| id));
                }
            }
        }
        let dir = data.join("polnear/train/text");
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .map_err(|e| anyhow::anyhow!("cannot read {}: {e}", dir.display()))?
            .filter_map(|e| e.ok().and_then(|e| e.file_name().to_str().map(str::to_string)))
            .filter(|n| n.ends_with(".txt") && !gold_ids.contains(&format!("polnear/train/{n}")))
            .collect();
        names.sort();
        for n in names {
            let id = format!("polnear/train/{n}");
            let bytes = docs.load(&id)?;
            out.push(prepare(id, GoldSet::Unseen, &bytes, Vec::new(), &pipeline)?);
        }
    }
    Ok(out)
}

/// The training examples of `docs` (the unseen texts' candidates are not among them).
pub fn examples<'a>(docs: impl Iterator<Item = &'a TrainDoc>) -> Vec<Example> {
    docs.filter(|d| d.set != GoldSet::Unseen)
        .flat_map(|d| d.feats.iter().cloned().zip(d.labels.iter().copied()))
        .collect()
}

/// A document's fold.
pub fn fold_of(id: &str) -> u64 {
    hearsay_learn::fnv1a(id.as_bytes()) % FOLDS
}

/// Out-of-fold class scores of every candidate of every document.
pub fn out_of_fold(docs: &[TrainDoc], settings: &TrainSettings) -> Vec<Vec<[f32; NCLASS]>> {
    let mut scores: Vec<Vec<[f32; NCLASS]>> = docs.iter().map(|d| vec![[0.0; NCLASS]; d.cands.len()]).collect();
    for k in 0..FOLDS {
        let ex = examples(docs.iter().filter(|d| fold_of(&d.id) != k));
        let model = VerdictModel::new(classifier::train(&ex, settings), [0.0; NCLASS], 0.0);
        for (d, s) in docs.iter().zip(scores.iter_mut()) {
            if fold_of(&d.id) == k {
                for (f, out) in d.feats.iter().zip(s.iter_mut()) {
                    *out = model.scores(f);
                }
            }
        }
    }
    scores
}

/// Scores of the events the candidates make under `add` and `veto`: (v2 report, PolNeAR-dev
/// report, events predicted on the unseen texts).
pub fn score(
    docs: &[TrainDoc],
    scores: &[Vec<[f32; NCLASS]>],
    add: &AddThresholds,
    veto: f32,
    errors: bool,
) -> anyhow::Result<(VerificationReport, VerificationReport, usize)> {
    let mut v2 = VerificationReport::default();
    let mut pn = VerificationReport::default();
    let mut fa = 0;
    for (d, s) in docs.iter().zip(scores) {
        let events = decide(&d.doc, &d.contents, &d.cands, s, add, veto);
        if d.set == GoldSet::Unseen {
            fa += events.len();
            continue;
        }
        let r = if d.set == GoldSet::V2 { &mut v2 } else { &mut pn };
        let gold: Vec<&GoldEvent> = d.gold.iter().collect();
        r.documents += 1;
        r.gold_events += gold.len();
        r.predicted_events += events.len();
        score_doc(&d.id, &d.doc.text, &gold, &events, r, errors, d.set == GoldSet::V2)?;
    }
    Ok((v2, pn, fa))
}

/// One tried threshold setting: (add, veto, v2 F1, PolNeAR-dev F1, events on the unseen texts).
pub type Tried = (f32, f32, f64, f64, usize);

/// The threshold pair with the best v2 F1 among those that keep the PolNeAR-dev F1 at
/// [`POLNEAR_FLOOR`] (when there are PolNeAR-dev documents), with both reports; and every
/// pair's (add, veto, v2 F1, PolNeAR-dev F1).
pub type Sweep = ((f32, f32), Vec<Tried>);

/// Sweeps [`ADD_GRID`] × [`VETO_GRID`] over out-of-fold `scores`.
pub fn sweep(docs: &[TrainDoc], scores: &[Vec<[f32; NCLASS]>]) -> anyhow::Result<Sweep> {
    let has_pn = docs.iter().any(|d| d.set == GoldSet::PolnearDev);
    let mut all = Vec::new();
    // tried conservative first: the higher add threshold (fewer events added), then the
    // higher veto threshold (fewer of the cue table's events dropped)
    for &add in ADD_GRID.iter().rev() {
        for &veto in VETO_GRID.iter().rev() {
            let (v2, pn, fa) = score(docs, scores, &[add; NCLASS], veto, false)?;
            all.push((add, veto, v2.verdict_cue.f1(), pn.verdict_cue.f1(), fa));
        }
    }
    let kept = pick(&all, has_pn, None).ok_or_else(|| {
        // the table still helps to see what the floor costs
        for (a, v, f, p, n) in &all {
            eprintln!("  add {a:>5} veto {v:>5}: {f:.4} | {p:.4} | {n}");
        }
        let best = all.iter().map(|t| t.3).fold(0.0, f64::max);
        anyhow::anyhow!("no threshold pair keeps PolNeAR dev at {POLNEAR_FLOOR} (best {best:.4})")
    })?;
    Ok((kept, all))
}

/// The negations' and the family words' add thresholds apart, under `veto`: every pair of
/// [`ADD_GRID`] values (the family words' highest first, then the negations' highest first),
/// [`pick`] choosing as in [`sweep`] (the PolNeAR-dev floor kept, a gain over [`MIN_GAIN`]),
/// the pair `(add, add)` of [`sweep`] tried first. Negations never go below `add`: they are
/// the noisiest candidates ("countries that have no militaries", "are not worth"), and a lower
/// threshold for them added mostly false alarms on PolNeAR train texts (stop 26: about 12 of
/// 17 new events). No pair may predict more than [`FA_MARGIN`] events more than `(add, add)`
/// on the unseen texts. Returns (negations, family words).
pub fn split_kinds(
    docs: &[TrainDoc],
    scores: &[Vec<[f32; NCLASS]>],
    add: f32,
    veto: f32,
) -> anyhow::Result<(f32, f32)> {
    let has_pn = docs.iter().any(|d| d.set == GoldSet::PolnearDev);
    let at = |neg: f32, word: f32| -> anyhow::Result<Tried> {
        let mut t = [neg; NCLASS];
        t[WORD_ADD] = word;
        let (v2, pn, fa) = score(docs, scores, &t, veto, false)?;
        Ok((neg, word, v2.verdict_cue.f1(), pn.verdict_cue.f1(), fa))
    };
    let mut tried = vec![at(add, add)?];
    let cap = tried[0].4 + FA_MARGIN;
    for &word in ADD_GRID.iter().rev() {
        for &neg in ADD_GRID.iter().rev().filter(|&&neg| neg >= add) {
            if (neg, word) != (add, add) {
                tried.push(at(neg, word)?);
            }
        }
    }
    Ok(pick(&tried, has_pn, Some(cap)).unwrap_or((add, add)))
}

/// The add thresholds of `refine`: starting from `start` under `veto`, each verdict's
/// threshold in `Verdict::ALL` order (then the family words' one) tried at every value of [`ADD_GRID`]
/// (highest first), the others held, and moved when [`pick`] prefers the new value (the
/// PolNeAR-dev floor kept, a gain over [`MIN_GAIN`]); one pass. With each verdict's
/// threshold for it, a verdict whose added candidates are mostly right (v2 train out of fold:
/// declined_to_comment, no_further_context) adds more without the others' false alarms.
/// All moves together may predict at most [`FA_MARGIN`] events more than `fa_base` (the
/// sweep's kept pair's count) on the unseen texts.
pub fn refine(
    docs: &[TrainDoc],
    scores: &[Vec<[f32; NCLASS]>],
    start: AddThresholds,
    veto: f32,
    fa_base: usize,
) -> anyhow::Result<AddThresholds> {
    let has_pn = docs.iter().any(|d| d.set == GoldSet::PolnearDev);
    let cap = fa_base + FA_MARGIN;
    let mut adds = start;
    let (v2, pn, fa) = score(docs, scores, &adds, veto, false)?;
    let mut current = (v2.verdict_cue.f1(), pn.verdict_cue.f1(), fa);
    for k in 0..adds.len() {
        let mut tried = vec![(adds[k], veto, current.0, current.1, current.2.min(cap))];
        for &a in ADD_GRID.iter().rev().filter(|&&a| a != adds[k]) {
            let mut t = adds;
            t[k] = a;
            let (v2, pn, fa) = score(docs, scores, &t, veto, false)?;
            tried.push((a, veto, v2.verdict_cue.f1(), pn.verdict_cue.f1(), fa));
        }
        if let Some((a, _)) = pick(&tried, has_pn, Some(cap)) {
            if let Some(&(_, _, f, p, n)) = tried.iter().find(|t| t.0 == a) {
                adds[k] = a;
                current = (f, p, n);
            }
        }
    }
    Ok(adds)
}

/// The pair kept from `all` (add, veto, v2 F1, PolNeAR-dev F1, events on the unseen texts),
/// tried in order (most conservative first): among the pairs that keep PolNeAR dev at
/// [`POLNEAR_FLOOR`] (when `has_pn`) and predict at most `fa_cap` events on the unseen texts
/// (when given), a later pair replaces the one kept only when its v2 F1 is higher by more
/// than [`MIN_GAIN`].
pub fn pick(all: &[Tried], has_pn: bool, fa_cap: Option<usize>) -> Option<(f32, f32)> {
    let mut best: Option<(f64, f32, f32)> = None;
    for &(add, veto, f, p, n) in all {
        let ok = (!has_pn || p >= POLNEAR_FLOOR) && fa_cap.is_none_or(|c| n <= c);
        if ok && best.is_none_or(|(bf, ..)| f > bf + MIN_GAIN) {
            best = Some((f, add, veto));
        }
    }
    best.map(|(_, add, veto)| (add, veto))
}

/// Candidate recall: the share of gold events that some candidate overlaps with the right
/// verdict class possible (any candidate overlapping its cue).
pub fn candidate_recall(docs: &[TrainDoc]) -> (usize, usize) {
    let mut hit = 0;
    let mut total = 0;
    for d in docs {
        for g in &d.gold {
            total += 1;
            if d.cands.iter().any(|c| g.cue[0] < c.cue.end && c.cue.start < g.cue[1]) {
                hit += 1;
            }
        }
    }
    (hit, total)
}

/// Writes every candidate with its out-of-fold reading as tab-separated lines: document, kind,
/// the cue's byte offsets (start, end), gold class, best verdict class, its margin over
/// `none`, the cue and its sentence.
pub fn dump(docs: &[TrainDoc], scores: &[Vec<[f32; NCLASS]>], w: &mut dyn std::io::Write) -> std::io::Result<()> {
    for (d, s) in docs.iter().zip(scores) {
        for ((c, sc), &y) in d.cands.iter().zip(s).zip(&d.labels) {
            let k = 1 + hearsay_learn::argmax(&sc[1..]);
            let sent = d.doc.sentences[c.sentence].span.text(&d.doc.text).replace(['\n', '\t'], " ");
            writeln!(
                w,
                "{}\t{:?}\t{}\t{}\t{}\t{}\t{:.2}\t{}\t{}",
                d.id,
                c.kind,
                c.cue.start,
                c.cue.end,
                y,
                k,
                sc[k] - sc[0],
                c.cue.text(&d.doc.text).replace(['\n', '\t'], " "),
                sent
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_conservative_pair_stays_unless_another_is_clearly_better() {
        let inf = f32::INFINITY;
        // stop 21's sweep: veto 6 gains 0.0009 over never vetoing, add 2 breaks the floor
        let all = [
            (16.0, inf, 0.5614, 0.8488, 10),
            (3.0, inf, 0.5899, 0.8439, 20),
            (3.0, 6.0, 0.5908, 0.8439, 20),
            (2.0, inf, 0.6039, 0.8391, 30),
        ];
        assert_eq!(pick(&all, true, None), Some((3.0, inf)));
        // without PolNeAR-dev documents the floor does not apply
        assert_eq!(pick(&all, false, None), Some((2.0, inf)));
        // nothing keeps the floor
        assert_eq!(pick(&all[3..], true, None), None);
    }

    #[test]
    fn a_setting_that_fires_more_on_unseen_texts_is_refused() {
        let inf = f32::INFINITY;
        let all = [(3.0, inf, 0.70, 0.85, 100), (2.0, inf, 0.72, 0.85, 110), (2.5, inf, 0.71, 0.85, 102)];
        assert_eq!(pick(&all, true, None), Some((2.0, inf)));
        assert_eq!(pick(&all, true, Some(100 + FA_MARGIN)), Some((2.5, inf)));
        assert_eq!(pick(&all[..2], true, Some(100 + FA_MARGIN)), Some((3.0, inf)));
    }
}
