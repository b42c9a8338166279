//! The incremental cluster index: documents are added one at a time, in ingest order; each
//! mention joins the existing cluster holding its most similar earlier mention, or starts
//! a new one. Adding the same documents in the same order always gives the same clusters.

use crate::mention::{doc_info, mentions, DocInfo, Mention};
use crate::minhash::{band_keys, signature};
use hearsay_core::schema::Analysis;
use hearsay_lex::normalize::{content_stems, words};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Characters of a stem kept as its term ("chimpanzee" and "chimp" meet at "chimp").
const TERM_CHARS: usize = 5;

/// Pseudo-documents (containing no term) added to the document count for term weights.
const PRIOR_DOCS: f64 = 20.0;

/// Clustering settings.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClusterOptions {
    /// Minimum similarity for a mention to join a cluster.
    pub threshold: f64,
}

impl Default for ClusterOptions {
    fn default() -> Self {
        ClusterOptions { threshold: 0.2 }
    }
}

/// One clustered mention.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// The mention.
    pub mention: Mention,
    /// Index of its document in ingest order.
    pub doc: usize,
    /// Cluster id.
    pub cluster: u64,
    /// Its terms (sorted, unique).
    pub terms: Vec<String>,
}

/// All clusters so far.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct ClusterIndex {
    /// Settings.
    pub options: ClusterOptions,
    /// Documents in ingest order.
    pub docs: Vec<DocInfo>,
    /// Mentions in ingest order.
    pub entries: Vec<Entry>,
    /// Document frequency of each term.
    df: BTreeMap<String, u32>,
    /// Store sequence number of the last document added from a store.
    #[serde(default)]
    pub last_seq: i64,
    /// Store row id of each cluster mirrored into a store.
    #[serde(default)]
    pub store_ids: BTreeMap<u64, i64>,
    /// Clusters merged into another (a later mention matched both): old id → new id.
    #[serde(default)]
    pub merged: BTreeMap<u64, u64>,
    /// Clusters created so far (the next new cluster gets this plus one).
    #[serde(default)]
    created: u64,
    /// Document ids already added.
    #[serde(skip)]
    seen: HashMap<String, usize>,
    /// LSH buckets: band key → entry indices.
    #[serde(skip)]
    buckets: HashMap<u64, Vec<usize>>,
}

/// Terms of a text: stopword-free stems cut to [`TERM_CHARS`] characters, plus numbers.
pub fn terms(text: &str) -> Vec<String> {
    let mut t: BTreeSet<String> = content_stems(text)
        .into_iter()
        .filter(|w| w.chars().count() >= 2 || w.chars().all(|c| c.is_ascii_digit()))
        .map(|w| w.chars().take(TERM_CHARS).collect())
        .collect();
    if words(text).is_empty() {
        t.clear();
    }
    t.into_iter().collect()
}

impl ClusterIndex {
    /// An empty index.
    pub fn new(options: ClusterOptions) -> Self {
        ClusterIndex { options, ..Default::default() }
    }

    /// Restores the lookup tables after deserialising.
    pub fn rebuild(&mut self) {
        self.seen = self
            .docs
            .iter()
            .enumerate()
            .map(|(i, d)| (if d.key.is_empty() { d.doc_id.clone() } else { d.key.clone() }, i))
            .collect();
        self.buckets.clear();
        for i in 0..self.entries.len() {
            for k in band_keys(&signature(&self.entries[i].terms)) {
                self.buckets.entry(k).or_default().push(i);
            }
        }
    }

    /// Whether a document was added under `key`.
    pub fn contains(&self, key: &str) -> bool {
        self.seen.contains_key(key)
    }

    /// Number of clusters (merged ones not counted).
    pub fn cluster_count(&self) -> usize {
        self.created as usize - self.merged.len()
    }

    /// The cluster that `id` is now (following merges).
    pub fn resolve(&self, mut id: u64) -> u64 {
        while let Some(&to) = self.merged.get(&id) {
            id = to;
        }
        id
    }

    /// Weight of a term: rarer terms count more (inverse document frequency, smoothed by
    /// [`PRIOR_DOCS`] so that weights stay nearly flat while the corpus is small).
    fn weight(&self, t: &str) -> f64 {
        let n = self.docs.len() as f64 + PRIOR_DOCS;
        let df = *self.df.get(t).unwrap_or(&0) as f64;
        (1.0 + (n + 1.0) / (df + 1.0)).ln()
    }

    /// Weighted Jaccard similarity of two sorted term lists.
    pub fn similarity(&self, a: &[String], b: &[String]) -> f64 {
        let (mut i, mut j) = (0, 0);
        let (mut inter, mut union) = (0.0, 0.0);
        while i < a.len() || j < b.len() {
            let ord = match (a.get(i), b.get(j)) {
                (Some(x), Some(y)) => x.cmp(y),
                (Some(_), None) => std::cmp::Ordering::Less,
                _ => std::cmp::Ordering::Greater,
            };
            match ord {
                std::cmp::Ordering::Equal => {
                    let w = self.weight(&a[i]);
                    inter += w;
                    union += w;
                    i += 1;
                    j += 1;
                }
                std::cmp::Ordering::Less => {
                    union += self.weight(&a[i]);
                    i += 1;
                }
                std::cmp::Ordering::Greater => {
                    union += self.weight(&b[j]);
                    j += 1;
                }
            }
        }
        if union == 0.0 {
            0.0
        } else {
            inter / union
        }
    }

    /// Adds one analysed document under its document id; see [`ClusterIndex::add_keyed`].
    pub fn add(&mut self, a: &Analysis) -> Vec<u64> {
        self.add_keyed(&a.document.id, a)
    }

    /// Adds one analysed document under `key`; returns the clusters its mentions joined
    /// (sorted, unique). A key already added is skipped (its clusters are returned).
    pub fn add_keyed(&mut self, key: &str, a: &Analysis) -> Vec<u64> {
        if let Some(&d) = self.seen.get(key) {
            let mut c: Vec<u64> = self.entries.iter().filter(|e| e.doc == d).map(|e| e.cluster).collect();
            c.sort_unstable();
            c.dedup();
            return c;
        }
        let doc = self.docs.len();
        self.docs.push(DocInfo { key: key.to_string(), ..doc_info(a) });
        self.seen.insert(key.to_string(), doc);
        let ms = mentions(a);
        let mterms: Vec<Vec<String>> = ms.iter().map(|m| terms(&m.text)).collect();
        let doc_terms: BTreeSet<&String> = mterms.iter().flatten().collect();
        for t in doc_terms {
            *self.df.entry(t.clone()).or_default() += 1;
        }
        let mut joined = Vec::new();
        for (m, t) in ms.into_iter().zip(mterms) {
            if t.is_empty() {
                continue;
            }
            let keys = band_keys(&signature(&t));
            let mut candidates: Vec<usize> =
                keys.iter().filter_map(|k| self.buckets.get(k)).flatten().copied().collect();
            candidates.sort_unstable();
            candidates.dedup();
            let matched: BTreeSet<u64> = candidates
                .into_iter()
                .filter(|&c| self.similarity(&t, &self.entries[c].terms) >= self.options.threshold)
                .map(|c| self.entries[c].cluster)
                .collect();
            // Join the oldest matching cluster; a mention that matches several merges them.
            let cluster = match matched.first() {
                Some(&c) => c,
                None => {
                    self.created += 1;
                    self.created
                }
            };
            for &other in matched.iter().skip(1) {
                self.merged.insert(other, cluster);
                for e in self.entries.iter_mut().filter(|e| e.cluster == other) {
                    e.cluster = cluster;
                }
            }
            let e = self.entries.len();
            for k in keys {
                self.buckets.entry(k).or_default().push(e);
            }
            self.entries.push(Entry { mention: m, doc, cluster, terms: t });
            joined.push(cluster);
        }
        let mut joined: Vec<u64> = joined.into_iter().map(|c| self.resolve(c)).collect();
        joined.sort_unstable();
        joined.dedup();
        joined
    }

    /// Entries of cluster `id` (or of the cluster it was merged into), in ingest order.
    pub fn members(&self, id: u64) -> impl Iterator<Item = &Entry> {
        let id = self.resolve(id);
        self.entries.iter().filter(move |e| e.cluster == id)
    }

    /// Ids of every cluster, ascending.
    pub fn cluster_ids(&self) -> impl Iterator<Item = u64> + '_ {
        (1..=self.created).filter(|c| !self.merged.contains_key(c))
    }
}
