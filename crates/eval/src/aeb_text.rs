//! AEB text track: the article inside the whole visible text of a page.
//!
//! Each of the benchmark's pages becomes a plain text the way a text extractor gives it
//! ([`hearsay_ingest::html::visible::visible_text`]: every text node, block elements on
//! their own lines, no main-content extraction), made here at run time from
//! `../shared/data/aeb` (the texts are never stored in the repository). Plain-text ingest
//! must find the article in it; its `body` segments are scored with the HTML track's
//! metric ([`crate::aeb`]) and caption leakage. Pages are split for good: a page is in the
//! **dev** part when the FNV-1a hash of its id is divisible by 3 ([`is_dev`]; 60 of 181
//! pages), else in the **train** part. Only the train part is used to train and tune.

use crate::aeb::{
    body_text, caption_leaks, metrics, precision_score, read_gold, read_page, recall_score, shingle_match,
};
use hearsay_core::SegmentKind;
use hearsay_ingest::plain::block_model::{BlockModel, TrainDoc};
use hearsay_ingest::{ingest, plain, IngestOptions, InputFormat};
use serde::Serialize;
use std::collections::HashSet;
use std::fmt;
use std::path::Path;
use std::time::Instant;

/// True when page `id` is in the dev part (measured only, never tuned on).
pub fn is_dev(id: &str) -> bool {
    hearsay_learn::fnv1a(id.as_bytes()).is_multiple_of(3)
}

/// One full-page text with its gold.
#[derive(Clone, Debug)]
pub struct TextPage {
    /// Page id.
    pub id: String,
    /// The whole visible text of the page.
    pub text: String,
    /// For each line of [`plain::lines`]`(text)`: whether it is article body ([`label`]).
    pub body: Vec<bool>,
    /// The gold article body.
    pub gold: String,
    /// The page's figcaption texts (for caption leakage).
    pub captions: Vec<String>,
    /// For each line: whether it is a figure caption ([`caption_lines`]).
    pub caption: Vec<bool>,
    /// In the dev part.
    pub dev: bool,
}

/// Lower-cased `\w+` tokens.
fn lower_tokens(s: &str) -> Vec<String> {
    crate::aeb::tokens(s).into_iter().map(str::to_lowercase).collect()
}

/// Labels each line of `text` as article body or not, from the gold body: a line of four
/// tokens or more is body when at least half of its 4-token shingles are shingles of the
/// gold; a shorter line when its tokens occur, in order, in the gold and a body line of
/// four tokens or more is within two lines of it.
pub fn label(text: &str, gold: &str) -> Vec<bool> {
    let g = lower_tokens(gold);
    let grams: HashSet<&[String]> = g.windows(4).collect();
    let gold_string = format!(" {} ", g.join(" "));
    let lines = plain::lines(text);
    let toks: Vec<Vec<String>> = lines.iter().map(|l| lower_tokens(l.span.text(text))).collect();
    let mut body: Vec<Option<bool>> = toks
        .iter()
        .map(|t| {
            if t.len() >= 4 {
                let hit = t.windows(4).filter(|w| grams.contains(w)).count();
                Some(2 * hit >= t.len() - 3)
            } else {
                None
            }
        })
        .collect();
    let long_body: Vec<bool> = body.iter().map(|b| *b == Some(true)).collect();
    for (i, t) in toks.iter().enumerate() {
        if body[i].is_none() {
            let near = (i.saturating_sub(2)..(i + 3).min(toks.len())).any(|j| long_body[j]);
            let inside = !t.is_empty() && gold_string.contains(&format!(" {} ", t.join(" ")));
            body[i] = Some(near && inside);
        }
    }
    body.into_iter().map(|b| b == Some(true)).collect()
}

/// Marks the lines of `text` that are not `body` and hold a figcaption's whole token
/// sequence, or whose tokens are a run of one figcaption's — three tokens at least, or the
/// whole caption — so that a menu word that happens to occur in a caption ("News", "China")
/// is not one.
pub fn caption_lines(text: &str, body: &[bool], captions: &[String]) -> Vec<bool> {
    let caps: Vec<String> =
        captions.iter().map(|c| format!(" {} ", lower_tokens(c).join(" "))).filter(|c| c.len() > 2).collect();
    plain::lines(text)
        .iter()
        .zip(body)
        .map(|(l, &b)| {
            let toks = lower_tokens(l.span.text(text));
            let t = format!(" {} ", toks.join(" "));
            !b && !toks.is_empty()
                && caps.iter().any(|c| t.contains(c.as_str()) || c.contains(&t) && (toks.len() >= 3 || *c == t))
        })
        .collect()
}

/// Shortest figcaption (tokens) that [`whole_captions`] looks for.
const WHOLE_CAPTION_TOKENS: usize = 4;

/// Marks the lines of `text` that are mostly one figcaption: they hold the whole token
/// sequence of a caption of [`WHOLE_CAPTION_TOKENS`] tokens or more that the gold body does
/// not hold, and that caption is at least half of the line's tokens. [`label`] calls such a
/// line body when the caption repeats a sentence of the article (a pull quote, a caption
/// that restates the lead) or holds one glued to its photo credit; the gold leaves the
/// caption out, so the line is a caption, not body (train part: 4 of 98 captions were in the
/// labelled body this way).
pub fn whole_captions(text: &str, gold: &str, captions: &[String]) -> Vec<bool> {
    let gold = format!(" {} ", lower_tokens(gold).join(" "));
    let caps: Vec<(usize, String)> = captions
        .iter()
        .map(|c| lower_tokens(c))
        .filter(|t| t.len() >= WHOLE_CAPTION_TOKENS)
        .map(|t| (t.len(), format!(" {} ", t.join(" "))))
        .filter(|(_, c)| !gold.contains(c.as_str()))
        .collect();
    plain::lines(text)
        .iter()
        .map(|l| {
            let toks = lower_tokens(l.span.text(text));
            let t = format!(" {} ", toks.join(" "));
            caps.iter().any(|(n, c)| 2 * n >= toks.len() && t.contains(c.as_str()))
        })
        .collect()
}

/// Every page of the benchmark in `dir` as a full-page text, sorted by id.
pub fn pages(dir: &Path) -> anyhow::Result<Vec<TextPage>> {
    let gold = read_gold(dir)?;
    let mut ids: Vec<&String> = gold.keys().collect();
    ids.sort();
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        let bytes = read_page(dir, id)?;
        let html = String::from_utf8_lossy(&bytes);
        let text = hearsay_ingest::html::visible::visible_text(&html);
        let captions = hearsay_ingest::html::figcaption_texts(&html);
        let mut body = label(&text, &gold[id]);
        for (b, c) in body.iter_mut().zip(whole_captions(&text, &gold[id], &captions)) {
            *b &= !c;
        }
        out.push(TextPage {
            id: id.clone(),
            caption: caption_lines(&text, &body, &captions),
            body,
            gold: gold[id].clone(),
            captions,
            dev: is_dev(id),
            text,
        });
    }
    Ok(out)
}

/// A copy of train page `p` with its own figure captions (those not in the gold body, of 4
/// to 60 words) moved between paragraphs of its article, one line each, labelled caption
/// (their lines at the old place are left out, so the copy shows each caption once, as a
/// page does; when they stayed, most captions inside the copies were lines the page
/// repeats, which the caption model read as a caption's mark, and the held-out copies'
/// leakage was 7.1 % where it is 12.2 % now, same CV F1): the
/// train part's captions mostly sit above or below the article, where the page around it
/// hides them, so the caption model sees few inside one; these copies show it captions inside
/// articles, with their real text, in the layout a page that places its figures inside the
/// story gives. The places are drawn from the page id (deterministic): after a body line of 12
/// words or more that ends a sentence and before another body line, at most
/// [`SYNTH_CAPTIONS`] a page; half of those that end in a photo credit have it on a line of
/// its own (5-fold CV on the train part over three sets of training seeds: F1 0.8925 with
/// every caption on one line, 0.8944 so). `None` where the page has no such caption or place.
pub fn with_inner_captions(p: &TextPage) -> Option<TextPage> {
    let gold = format!(" {} ", lower_tokens(&p.gold).join(" "));
    let mut caps: Vec<&str> = Vec::new();
    for c in &p.captions {
        let t = lower_tokens(c);
        let words = c.split_whitespace().count();
        if (4..=60).contains(&words) && !gold.contains(&format!(" {} ", t.join(" "))) && !caps.contains(&c.as_str()) {
            caps.push(c);
        }
    }
    if caps.is_empty() {
        return None;
    }
    let lines = plain::lines(&p.text);
    let texts: Vec<&str> = lines.iter().map(|l| l.span.text(&p.text)).collect();
    let places: Vec<usize> = (0..texts.len().saturating_sub(1))
        .filter(|&i| {
            p.body[i] && p.body[i + 1] && texts[i].split_whitespace().nth(11).is_some() && {
                let t = texts[i].trim_end_matches(['”', '"', '’', '\'', ')']);
                t.ends_with(['.', '!', '?'])
            }
        })
        .collect();
    if places.is_empty() {
        return None;
    }
    let mut rng = hearsay_learn::SplitMix(hearsay_learn::fnv1a(p.id.as_bytes()));
    let mut chosen: Vec<(usize, &str)> = Vec::new();
    for c in caps.iter().take(SYNTH_CAPTIONS) {
        let at = places[(rng.next_u64() % places.len() as u64) as usize];
        if chosen.iter().all(|(a, _)| *a != at) {
            chosen.push((at, c));
        }
    }
    // the figure moves: its caption's lines at their old place are left out, so that the
    // caption inside the article is not a line the page repeats (a real page shows it once)
    let moved: Vec<String> = chosen.iter().map(|(_, c)| format!(" {} ", lower_tokens(c).join(" "))).collect();
    let (mut text, mut body, mut caption) = (String::new(), Vec::new(), Vec::new());
    for (i, t) in texts.iter().enumerate() {
        let toks = lower_tokens(t);
        if p.caption[i] && !toks.is_empty() && {
            let l = format!(" {} ", toks.join(" "));
            moved.iter().any(|c| c.contains(&l) || l.contains(c.as_str()))
        } {
            continue;
        }
        text.push_str(t);
        text.push('\n');
        body.push(p.body[i]);
        caption.push(p.caption[i]);
        for (_, c) in chosen.iter().filter(|(a, _)| *a == i) {
            // half the captions that end in a credit put it on a line of its own
            let cut = plain::split_credit(c).filter(|_| rng.next_u64().is_multiple_of(2));
            let parts = match cut {
                Some(k) => vec![c[..k].trim(), c[k..].trim()],
                None => vec![*c],
            };
            for part in parts {
                text.push_str(part);
                text.push('\n');
                body.push(false);
                caption.push(true);
            }
        }
    }
    Some(TextPage {
        id: format!("{}+captions", p.id),
        text,
        body,
        gold: p.gold.clone(),
        captions: p.captions.clone(),
        caption,
        dev: false,
    })
}

/// Most captions set into one page by [`with_inner_captions`].
pub const SYNTH_CAPTIONS: usize = 3;

/// The training documents of `pages` for the block model.
pub fn train_docs<'a>(pages: &[&'a TextPage]) -> Vec<TrainDoc<'a>> {
    pages
        .iter()
        .map(|p| {
            let (lines, rules) = plain::line_rules(&p.text);
            TrainDoc {
                lines: lines.iter().map(|l| l.span.text(&p.text)).collect(),
                rules,
                body: p.body.clone(),
                caption: p.caption.clone(),
            }
        })
        .collect()
}

/// The plain texts (`*.txt`) of a directory of ordinary articles, sorted by name (PolNeAR
/// train `text/`): the block model also learns from them that every line of an article that
/// is only an article is body.
pub fn article_texts(dir: &Path) -> anyhow::Result<Vec<String>> {
    let mut paths: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| anyhow::anyhow!("cannot read {} ({e})", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths.iter().map(|p| std::fs::read_to_string(p).map_err(|e| anyhow::anyhow!("{}: {e}", p.display()))).collect()
}

/// A training document of an ordinary article: every line the rules leave unclassified is
/// body, except the first (the headline).
pub fn article_doc(text: &str) -> TrainDoc<'_> {
    let (lines, rules) = plain::line_rules(text);
    let first = rules.iter().position(|r| *r == hearsay_ingest::plain::block_features::Rule::None);
    let body = rules
        .iter()
        .enumerate()
        .map(|(i, r)| *r == hearsay_ingest::plain::block_features::Rule::None && Some(i) != first)
        .collect();
    TrainDoc {
        caption: vec![false; lines.len()],
        lines: lines.iter().map(|l| l.span.text(text)).collect(),
        rules,
        body,
    }
}

/// Folds of the cross-validation over the train part ([`cross_validate`]).
pub const FOLDS: usize = 5;

/// `FOLDS`-fold cross-validation over the train part only (fold = position in id order
/// modulo `FOLDS`): a block model trained on the other folds (and `articles`, see
/// [`article_doc`]) segments each fold. What
/// tuning reads, so that the dev part stays unseen.
pub fn cross_validate(dir: &Path, articles: &[String], epochs: usize) -> anyhow::Result<PartScore> {
    cross_validate_dump(dir, articles, epochs, None)
}

/// [`cross_validate`], and when `dump` is given, each train page's lines with their
/// out-of-fold reading written to it, one line each: gold (`B` body, `C` caption, `.`
/// other), the segment kind ingest gave the line's start, the body and caption margins, the
/// text. Train part only: the dev part is never read here.
pub fn cross_validate_dump(
    dir: &Path,
    articles: &[String],
    epochs: usize,
    dump: Option<&mut dyn std::io::Write>,
) -> anyhow::Result<PartScore> {
    Ok(cross_validate_full(dir, articles, epochs, 0, dump)?.0)
}

/// [`cross_validate_dump`], with the score on the held-out folds' copies with captions set
/// inside their articles ([`with_inner_captions`]): how the caption decisions carry over to
/// a layout the train part has little of. The models are trained with their seeds mixed with
/// `salt` ([`BlockModel::train_salted`]; 0: the shipped seeds).
pub fn cross_validate_full(
    dir: &Path,
    articles: &[String],
    epochs: usize,
    salt: u64,
    mut dump: Option<&mut dyn std::io::Write>,
) -> anyhow::Result<(PartScore, PartScore)> {
    let all = pages(dir)?;
    let train: Vec<&TextPage> = all.iter().filter(|p| !p.dev).collect();
    let synth: Vec<Option<TextPage>> = train.iter().map(|p| with_inner_captions(p)).collect();
    let mut bodies = vec![String::new(); train.len()];
    let mut synth_bodies = vec![None; train.len()];
    // figure-caption lines, and those left body: (real, copies)
    let (mut kept, mut synth_kept) = ((0, 0), (0, 0));
    for k in 0..FOLDS {
        let rest: Vec<&TextPage> = train.iter().enumerate().filter(|(i, _)| i % FOLDS != k).map(|(_, p)| *p).collect();
        let mut docs = train_docs(&rest);
        let extra: Vec<&TextPage> =
            synth.iter().enumerate().filter(|(i, _)| i % FOLDS != k).filter_map(|(_, p)| p.as_ref()).collect();
        docs.extend(train_docs(&extra));
        docs.extend(articles.iter().map(|t| article_doc(t)));
        let model = BlockModel::train_salted(&docs, epochs, salt);
        let body_of = |text: &str| {
            let segs = plain::segment_with_model(text, &model);
            let parts: Vec<&str> =
                segs.iter().filter(|s| s.kind == SegmentKind::Body).map(|s| s.span.text(text)).collect();
            (parts.join("\n\n"), segs)
        };
        for (i, p) in train.iter().enumerate().filter(|(i, _)| i % FOLDS == k) {
            let (b, segs) = body_of(&p.text);
            add_pair(&mut kept, caption_lines_kept(p, &segs));
            if let Some(out) = dump.as_mut() {
                dump_page(*out, p, &model, &segs)?;
            }
            bodies[i] = b;
            if let Some(sp) = &synth[i] {
                let (b, segs) = body_of(&sp.text);
                add_pair(&mut synth_kept, caption_lines_kept(sp, &segs));
                if let Some(out) = dump.as_mut() {
                    dump_page(*out, sp, &model, &segs)?;
                }
                synth_bodies[i] = Some(b);
            }
        }
    }
    let mut i = 0;
    let mut real = score(&train, |_| {
        i += 1;
        std::mem::take(&mut bodies[i - 1])
    });
    (real.caption_lines, real.caption_lines_body) = kept;
    let sp: Vec<&TextPage> = synth.iter().flatten().collect();
    let mut sb = synth_bodies.into_iter().flatten();
    let mut synthetic = score(&sp, |_| sb.next().unwrap_or_default());
    (synthetic.caption_lines, synthetic.caption_lines_body) = synth_kept;
    Ok((real, synthetic))
}

fn add_pair(to: &mut (usize, usize), (a, b): (usize, usize)) {
    to.0 += a;
    to.1 += b;
}

/// How many lines of page `p` are figure-caption lines ([`TextPage::caption`]), and how many
/// of them `segs` leaves `body` (the segment holding the line's first byte): a finer count
/// than [`caption_leaks`], which counts a caption once per page and only when its whole text
/// is in the body.
pub fn caption_lines_kept(p: &TextPage, segs: &[hearsay_core::Segment]) -> (usize, usize) {
    let lines = plain::lines(&p.text);
    let (mut total, mut kept) = (0, 0);
    for (l, _) in lines.iter().zip(&p.caption).filter(|(_, c)| **c) {
        total += 1;
        let body = segs
            .iter()
            .find(|s| s.span.start <= l.span.start && l.span.start < s.span.end.max(s.span.start + 1))
            .is_some_and(|s| s.kind == SegmentKind::Body);
        kept += body as usize;
    }
    (total, kept)
}

/// Writes one train page's lines with their reading ([`cross_validate_dump`]).
fn dump_page(
    out: &mut dyn std::io::Write,
    p: &TextPage,
    model: &BlockModel,
    segs: &[hearsay_core::Segment],
) -> anyhow::Result<()> {
    anyhow::ensure!(!p.dev, "dev pages are never dumped");
    let (lines, rules) = plain::line_rules(&p.text);
    let texts: Vec<&str> = lines.iter().map(|l| l.span.text(&p.text)).collect();
    let page = plain::block_features::Page::new(&texts, &rules);
    let m = model.margins(&model.body_features(&page));
    let c = model.caption_margins(&model.caption_features(&page));
    writeln!(out, "=== {}", p.id)?;
    for (i, l) in lines.iter().enumerate() {
        let kind = segs
            .iter()
            .find(|s| s.span.start <= l.span.start && l.span.start < s.span.end.max(s.span.start + 1))
            .map_or("?", |s| s.kind.as_str());
        let gold = if p.body[i] {
            'B'
        } else if p.caption[i] {
            'C'
        } else {
            '.'
        };
        let t: String = texts[i].chars().take(2000).collect();
        writeln!(out, "{gold} {kind:10} {:6.1} {:6.1} {t}", m[i], c[i])?;
    }
    Ok(())
}

/// Scores of one part.
#[derive(Clone, Debug, Default, Serialize)]
pub struct PartScore {
    /// Pages scored.
    pub pages: usize,
    /// Shingle precision averaged over pages.
    pub precision: f64,
    /// Shingle recall averaged over pages.
    pub recall: f64,
    /// F1 of the averaged precision and recall.
    pub f1: f64,
    /// Eligible figcaptions ([`caption_leaks`]).
    pub captions: usize,
    /// Eligible figcaptions inside our body.
    pub captions_leaked: usize,
    /// `captions_leaked / captions`.
    pub caption_leakage: f64,
    /// Figure-caption lines ([`TextPage::caption`]; filled by the cross-validation only).
    pub caption_lines: usize,
    /// Figure-caption lines left body ([`caption_lines_kept`]; cross-validation only).
    pub caption_lines_body: usize,
    /// Median plain-text ingest time per page, milliseconds (one thread, CPU time).
    pub median_ms: f64,
    /// The five pages with the lowest F1 (id, precision, recall), worst first.
    pub worst: Vec<(String, f64, f64)>,
}

/// The report of `hearsay eval aeb --track text`.
#[derive(Debug, Serialize)]
pub struct AebTextReport {
    /// Train part (tuned on).
    pub train: PartScore,
    /// Dev part (only measured).
    pub dev: PartScore,
    /// The ceiling: all pages, with exactly the lines [`label`] calls body as the body.
    pub labels: PartScore,
}

impl fmt::Display for AebTextReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "AEB text track (whole visible text of each page, plain-text ingest; scrapinghub/article-extraction-benchmark, MIT)")?;
        for (name, p) in [("train", &self.train), ("dev", &self.dev), ("labels", &self.labels)] {
            if p.pages == 0 {
                continue;
            }
            write!(
                f,
                "{name:6} {:3} pages  body P {:.4}  R {:.4}  F1 {:.4}  caption leakage {:.1} % ({} of {})  median {:.2} ms/page",
                p.pages,
                p.precision,
                p.recall,
                p.f1,
                100.0 * p.caption_leakage,
                p.captions_leaked,
                p.captions,
                p.median_ms
            )?;
            for (id, pr, rc) in &p.worst {
                write!(f, "\n      low: {id} P {pr:.3} R {rc:.3}")?;
            }
            writeln!(f)?;
        }
        Ok(())
    }
}

/// The body made of the lines labelled body.
fn labelled_body(p: &TextPage) -> String {
    let lines = plain::lines(&p.text);
    let parts: Vec<&str> = lines.iter().zip(&p.body).filter(|(_, b)| **b).map(|(l, _)| l.span.text(&p.text)).collect();
    parts.join("\n\n")
}

/// The body that plain-text ingest (shipped model) finds in a page.
fn ingested_body(p: &TextPage) -> String {
    let opts = IngestOptions { format: Some(InputFormat::Text), id: Some("page".into()), ..Default::default() };
    ingest(p.text.as_bytes(), &opts).map(|d| body_text(&d)).unwrap_or_default()
}

fn score(pages: &[&TextPage], mut body_of: impl FnMut(&TextPage) -> String) -> PartScore {
    let mut per_page = Vec::with_capacity(pages.len());
    let mut times = Vec::with_capacity(pages.len());
    let mut worst = Vec::with_capacity(pages.len());
    let (mut captions, mut leaked) = (0, 0);
    for p in pages {
        let (t0, c0) = (Instant::now(), crate::metrics::thread_cpu_secs());
        let ours = body_of(p);
        let cpu = crate::metrics::thread_cpu_secs() - c0;
        times.push(if cpu > 0.0 { cpu * 1000.0 } else { t0.elapsed().as_secs_f64() * 1000.0 });
        let t = shingle_match(&p.gold, &ours);
        per_page.push(t);
        let (pr, rc) = (precision_score(t.0, t.1, t.2), recall_score(t.0, t.1, t.2));
        worst.push((p.id.clone(), pr, rc));
        let (c, l) = caption_leaks(&p.captions, &p.gold, &ours);
        captions += c;
        leaked += l;
    }
    let (precision, recall, f1) = metrics(&per_page);
    let f = |x: &(String, f64, f64)| if x.1 + x.2 > 0.0 { 2.0 * x.1 * x.2 / (x.1 + x.2) } else { 0.0 };
    worst.sort_by(|a, b| f(a).total_cmp(&f(b)));
    worst.truncate(if pages.len() > 100 { 12 } else { 5 });
    PartScore {
        pages: pages.len(),
        precision,
        recall,
        f1,
        captions,
        captions_leaked: leaked,
        caption_leakage: if captions == 0 { 0.0 } else { leaked as f64 / captions as f64 },
        caption_lines: 0,
        caption_lines_body: 0,
        median_ms: crate::aeb::median(&mut times),
        worst,
    }
}

/// Scores plain-text ingest on the full-page texts of the benchmark in `dir`, per part.
pub fn evaluate(dir: &Path) -> anyhow::Result<AebTextReport> {
    evaluate_parts(dir, true)
}

/// [`evaluate`]; without `dev`, the train part alone (the dev part is neither scored nor
/// printed, and the labels' ceiling is that of the train part).
pub fn evaluate_parts(dir: &Path, dev: bool) -> anyhow::Result<AebTextReport> {
    let mut all = pages(dir)?;
    anyhow::ensure!(!all.is_empty(), "no pages in {}", dir.display());
    if !dev {
        all.retain(|p| !p.dev);
    }
    let train: Vec<&TextPage> = all.iter().filter(|p| !p.dev).collect();
    let dev: Vec<&TextPage> = all.iter().filter(|p| p.dev).collect();
    let every: Vec<&TextPage> = all.iter().collect();
    Ok(AebTextReport {
        train: score(&train, ingested_body),
        dev: score(&dev, ingested_body),
        labels: score(&every, labelled_body),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_labelled_by_the_gold_body() {
        let text =
            "Home\nWorld\nRain fell all day on the town\nIt stopped.\nShare\nMost read: a dog bites a man today\n";
        let gold = "Rain fell all day on the town. It stopped. Then the sun came out.";
        assert_eq!(label(text, gold), vec![false, false, true, true, false, false]);
    }

    #[test]
    fn a_line_that_is_a_caption_the_gold_leaves_out_is_no_body() {
        let text = "The mayor said the bridge will be rebuilt by spring.\nThe mayor said the bridge will be rebuilt by spring. (Photo: Jane Roe)\nShort caption here\n";
        let gold = "The mayor said the bridge will be rebuilt by spring. Work starts soon.";
        let caps = [
            "The mayor said the bridge will be rebuilt by spring. (Photo: Jane Roe)".to_string(),
            "Short caption".to_string(),
            "The mayor said the bridge".to_string(),
        ];
        assert_eq!(label(text, gold), vec![true, true, false]);
        // the second line is the first caption, which the gold leaves out; the last caption is in the gold
        assert_eq!(whole_captions(text, gold, &caps), vec![false, true, false]);
    }

    #[test]
    fn caption_lines_hold_a_caption_not_a_word_of_one() {
        let text = "News\nSmoke rises over the harbour in Doha\nJane Roe/Reuters\nThe port reopened on Monday.\n";
        let body = [false, false, false, true];
        let caps = ["News: Smoke rises over the harbour in Doha. Jane Roe/Reuters".to_string()];
        assert_eq!(caption_lines(text, &body, &caps), vec![false, true, true, false]);
    }

    #[test]
    fn a_copy_moves_its_caption_into_the_article() {
        let text = "Home\nSmoke rises over the old harbour in Doha on Monday\n\
                    The port reopened on Monday after a week of repairs to the main quay.\n\
                    Ships waited offshore for days, and the owners counted their losses in the meantime.\n\
                    Most read\n";
        let gold = "The port reopened on Monday after a week of repairs to the main quay. \
                    Ships waited offshore for days, and the owners counted their losses in the meantime.";
        let captions = vec!["Smoke rises over the old harbour in Doha on Monday".to_string()];
        let body = label(text, gold);
        let p = TextPage {
            id: "page".into(),
            text: text.into(),
            caption: caption_lines(text, &body, &captions),
            body,
            gold: gold.into(),
            captions,
            dev: false,
        };
        assert_eq!(p.caption, vec![false, true, false, false, false]);
        let c = with_inner_captions(&p).unwrap();
        let lines: Vec<&str> = c.text.lines().collect();
        // the caption left its place above the article and stands once, between its paragraphs
        assert_eq!(lines[1], "The port reopened on Monday after a week of repairs to the main quay.");
        assert_eq!(lines[2], "Smoke rises over the old harbour in Doha on Monday");
        assert_eq!(lines.iter().filter(|l| l.starts_with("Smoke")).count(), 1);
        assert_eq!(c.caption, vec![false, false, true, false, false]);
        assert_eq!(c.body, vec![false, true, false, true, false]);
    }

    #[test]
    fn caption_lines_left_body_are_counted_line_by_line() {
        use hearsay_core::{Segment, Span};
        let text = "The port reopened on Monday.\nSmoke rises over the harbour\nJane Roe/Reuters\nShips waited.\n";
        let p = TextPage {
            id: "page".into(),
            text: text.into(),
            body: vec![true, false, false, true],
            gold: String::new(),
            captions: Vec::new(),
            caption: vec![false, true, true, false],
            dev: false,
        };
        let seg = |kind, a: usize, b: usize| Segment { kind, span: Span::new(a, b) };
        // the caption's first line is left body, its credit line is a credit
        let segs =
            [seg(SegmentKind::Body, 0, 57), seg(SegmentKind::Credit, 58, 74), seg(SegmentKind::Body, 75, text.len())];
        assert_eq!(&text[29..57], "Smoke rises over the harbour");
        assert_eq!(caption_lines_kept(&p, &segs), (2, 1));
        let caption = [seg(SegmentKind::Body, 0, 28), seg(SegmentKind::Caption, 29, 74)];
        assert_eq!(caption_lines_kept(&p, &caption), (2, 0));
    }

    #[test]
    fn the_split_is_fixed_by_the_id() {
        assert_eq!(is_dev("abc"), is_dev("abc"));
        let n = (0..300).filter(|i| is_dev(&format!("page{i}"))).count();
        assert!((70..130).contains(&n), "{n}");
    }
}

#[cfg(test)]
mod shared_data {
    /// The text track on ../shared/data/aeb when present (`--ignored --nocapture` prints it).
    #[test]
    #[ignore = "reads ../shared/data/aeb; a few seconds in release"]
    fn aeb_text_track_on_shared_data() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/aeb");
        if !dir.join("ground-truth.json").exists() {
            let _ = std::io::Write::write_fmt(
                &mut std::io::stderr(),
                format_args!("SKIPPED (needs ../shared, see README \"Tests\"): {} is absent\n", dir.display()),
            );
            return;
        }
        let r = super::evaluate(&dir).unwrap();
        println!("{r}");
        assert_eq!(r.train.pages + r.dev.pages, 181);
        // regression floor below the measured level (dev F1 0.884, P 0.892, caption leakage
        // 37.5 %; one page's extent moves P or R by 0.018); issue 20's bar (F1 0.90, caption
        // leakage 5 %) is not met yet
        assert!(r.dev.f1 >= 0.87 && r.dev.precision >= 0.88, "{r}");
    }
}
