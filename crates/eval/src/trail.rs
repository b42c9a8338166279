//! Cross-article matching as `hearsay eval trail` scores it: every article of a gold part
//! ([`crate::trail_gold`]) is analysed and added, in id order, to one
//! [`hearsay_cluster::ClusterIndex`]; two articles are predicted the same story when some
//! cluster holds both. Scored as body pairs against the gold pairs, with the largest
//! cluster and the clusters that join two articles no gold pair relates.

use crate::metrics::Prf;
use crate::trail_gold::{self, Split, TrailGold};
use hearsay::{IngestOptions, InputFormat, Pipeline};
use hearsay_cluster::{ClusterIndex, ClusterOptions};
use hearsay_core::schema::Analysis;
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};
use std::fmt;
use std::path::Path;
use std::time::Instant;

/// Scores of one corpus part.
#[derive(Debug, Default, Serialize)]
pub struct PairScores {
    /// What was scored (`FNC-1 train bodies`, `Emergent headlines`).
    pub corpus: String,
    /// `tune`, `dev` or `all`.
    pub split: String,
    /// Articles.
    pub articles: usize,
    /// Stories (connected groups of related articles).
    pub stories: usize,
    /// Gold same-story pairs.
    pub gold_pairs: usize,
    /// Predicted pairs (share a cluster).
    pub predicted_pairs: usize,
    /// Pair counts.
    pub pairs: Prf,
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
    /// Clusters holding two or more articles.
    pub multi_article_clusters: usize,
    /// Articles in the largest cluster.
    pub largest_cluster: usize,
    /// Clusters holding two articles that no gold pair relates.
    pub cross_story_clusters: usize,
    /// Up to five of those, as up to eight of their articles' ids each.
    pub cross_story_examples: Vec<Vec<String>>,
    /// Clusters holding articles of two different stories (connected groups of related
    /// articles): a stricter failure than `cross_story_clusters`, which also counts two
    /// articles of one story that no single headline (or claim) relates directly.
    pub cross_group_clusters: usize,
    /// Up to five of those, as up to eight of their articles' ids each.
    pub cross_group_examples: Vec<Vec<String>>,
    /// Wall-clock seconds (analysis and clustering).
    pub seconds: f64,
}

/// The report of `hearsay eval trail`.
#[derive(Debug, Serialize)]
pub struct TrailReport {
    /// Data root.
    pub data: String,
    /// Clustering settings used.
    pub options: ClusterOptions,
    /// FNC-1 train bodies.
    pub fnc1: PairScores,
    /// Emergent headlines grouped by claim (absent when the file is missing).
    pub emergent: Option<PairScores>,
}

/// Scores cross-article matching on the `split` part of FNC-1 (and Emergent when present)
/// under `data` (`../shared/data`).
pub fn evaluate(data: &Path, split: Split, options: ClusterOptions) -> anyhow::Result<TrailReport> {
    let pipeline = Pipeline::new()?;
    let gold = trail_gold::fnc1(data, split)?;
    let fnc1 = score("FNC-1 train bodies", split, &gold, &pipeline, options)?;
    let emergent = if data.join("emergent/url-versions-2015-06-14-clean-train.csv").is_file() {
        let gold = trail_gold::emergent(data, split)?;
        Some(score("Emergent headlines by claimId", split, &gold, &pipeline, options)?)
    } else {
        None
    };
    Ok(TrailReport { data: data.display().to_string(), options, fnc1, emergent })
}

/// Clusters the articles of `gold` and scores the pairs.
pub fn score(
    corpus: &str,
    split: Split,
    gold: &TrailGold,
    pipeline: &Pipeline,
    options: ClusterOptions,
) -> anyhow::Result<PairScores> {
    let start = Instant::now();
    let mut ix = ClusterIndex::new(options);
    for (id, text) in &gold.articles {
        let opts = IngestOptions { format: Some(InputFormat::Text), id: Some(id.clone()), ..Default::default() };
        let doc = match pipeline.analyze_bytes(text.as_bytes(), &opts) {
            Ok(d) => d,
            Err(_) => continue, // empty or binary input: never clustered, still counted in gold
        };
        ix.add_keyed(id, &Analysis::from_doc(&doc));
    }
    let seconds = start.elapsed().as_secs_f64();
    let at: HashMap<&str, usize> = gold.articles.iter().enumerate().map(|(i, (id, _))| (id.as_str(), i)).collect();
    let mut members: HashMap<u64, BTreeSet<usize>> = HashMap::new();
    for e in &ix.entries {
        if let Some(&i) = at.get(ix.docs[e.doc].key.as_str()) {
            members.entry(ix.resolve(e.cluster)).or_default().insert(i);
        }
    }
    let mut clusters: Vec<Vec<usize>> =
        members.into_values().map(|s| s.into_iter().collect::<Vec<_>>()).filter(|v| v.len() >= 2).collect();
    clusters.sort();
    let mut predicted: BTreeSet<(usize, usize)> = BTreeSet::new();
    let mut out = PairScores {
        corpus: corpus.to_string(),
        split: split.as_str().to_string(),
        articles: gold.articles.len(),
        stories: gold.stories,
        gold_pairs: gold.pairs.len(),
        multi_article_clusters: clusters.len(),
        seconds,
        ..Default::default()
    };
    for c in &clusters {
        out.largest_cluster = out.largest_cluster.max(c.len());
        let mut crosses = false;
        for (x, &a) in c.iter().enumerate() {
            for &b in &c[x + 1..] {
                predicted.insert((a, b));
                crosses |= !gold.pairs.contains(&(a, b));
            }
        }
        if c.iter().any(|&a| gold.story_of[a] != gold.story_of[c[0]]) {
            out.cross_group_clusters += 1;
            if out.cross_group_examples.len() < 5 {
                out.cross_group_examples.push(c.iter().take(8).map(|&i| gold.articles[i].0.clone()).collect());
            }
        }
        if crosses {
            out.cross_story_clusters += 1;
            if out.cross_story_examples.len() < 5 {
                out.cross_story_examples.push(c.iter().take(8).map(|&i| gold.articles[i].0.clone()).collect());
            }
        }
    }
    let tp = predicted.intersection(&gold.pairs).count() as f64;
    out.predicted_pairs = predicted.len();
    out.pairs = Prf { tp, fp: predicted.len() as f64 - tp, fn_: gold.pairs.len() as f64 - tp };
    out.precision = out.pairs.precision();
    out.recall = out.pairs.recall();
    out.f1 = out.pairs.f1();
    Ok(out)
}

impl fmt::Display for PairScores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{} ({} part): {} articles, {} stories, {} gold pairs",
            self.corpus, self.split, self.articles, self.stories, self.gold_pairs
        )?;
        writeln!(
            f,
            "  body pairs: P {:.3}  R {:.3}  F1 {:.3}  ({} predicted, {} right)",
            self.precision, self.recall, self.f1, self.predicted_pairs, self.pairs.tp
        )?;
        writeln!(
            f,
            "  clusters with 2+ articles: {}  largest: {} articles  cross-story: {}",
            self.multi_article_clusters, self.largest_cluster, self.cross_story_clusters
        )?;
        for ex in &self.cross_story_examples {
            writeln!(f, "    cross-story: {}", ex.join(" "))?;
        }
        writeln!(f, "  clusters joining two stories (connected groups): {}", self.cross_group_clusters)?;
        for ex in &self.cross_group_examples {
            writeln!(f, "    cross-group: {}", ex.join(" "))?;
        }
        write!(f, "  time: {:.1} s", self.seconds)
    }
}

impl fmt::Display for TrailReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "Cross-article matching on {} (threshold {}, floor {}; stories {}, floor {})",
            self.data,
            self.options.threshold,
            self.options.floor,
            self.options.story_threshold,
            self.options.story_floor
        )?;
        writeln!(f, "  parts: stories split by FNV-1a(\"trail-split:\" + smallest id): even = tune, odd = dev")?;
        write!(f, "{}", self.fnc1)?;
        if let Some(e) = &self.emergent {
            write!(f, "\n{e}")?;
        }
        Ok(())
    }
}
