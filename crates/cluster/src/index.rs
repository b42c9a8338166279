//! The incremental cluster index: documents are added one at a time, in ingest order; each
//! mention joins the existing cluster it matches best, or starts a new one. Adding the same
//! documents in the same order always gives the same clusters.
//!
//! Matching never chains: a mention is compared with a cluster's representatives (its
//! first [`REPRESENTATIVES`] members), not with whichever member happens to be nearest,
//! and joins only when its average weighted similarity to them reaches
//! [`ClusterOptions::threshold`] and every one of them reaches [`ClusterOptions::floor`]
//! while sharing an anchor with it (a name or number, [`crate::anchor`]). Clusters are never
//! merged. Candidates come from MinHash/LSH buckets, each capped, so adding a mention costs
//! a bounded amount of work however large the index grows.

use crate::anchor::{anchors, compatible, share};
use crate::mention::{doc_info, gist_text, mentions, DocInfo, Mention, MentionKind, GIST_WORDS};
use crate::minhash::{band_keys, signature};
use hearsay_core::schema::Analysis;
use hearsay_lex::normalize::{content_stems, words};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// Salt mixed into the LSH keys of gists, so that gists and statements never share a bucket.
const GIST_SALT: u64 = 0x6a09_e667_f3bc_c909;

/// Characters of a stem kept as its term ("chimpanzee" and "chimp" meet at "chimp").
const TERM_CHARS: usize = 5;

/// Pseudo-documents (containing no term) added to the document count for term weights.
const PRIOR_DOCS: f64 = 20.0;

/// Members of a cluster a new mention is compared with: its first ones.
pub const REPRESENTATIVES: usize = 32;

/// Entries one LSH bucket keeps (later ones sharing that band are not indexed under it:
/// a band shared by that many statements says little).
pub const BUCKET_CAP: usize = 64;

/// Candidate clusters scored per mention (those with the most shared bands).
pub const CANDIDATE_CLUSTERS: usize = 16;

/// Smallest gist cosine between a statement's document and a representative's document for
/// the statement to match that representative: statements of two different stories that
/// happen to share a name and a verb ("Culkin died", "Haider al-Abadi") stay apart.
pub const SAME_STORY: f64 = 0.3;

/// Clustering settings.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClusterOptions {
    /// Minimum average similarity to a cluster's representatives for a mention to join it.
    pub threshold: f64,
    /// Minimum similarity to every representative (each must also share an anchor).
    #[serde(default = "default_floor")]
    pub floor: f64,
    /// Minimum average gist cosine to a story (lead) cluster's representatives for a lead
    /// to join it.
    #[serde(default = "default_story_threshold")]
    pub story_threshold: f64,
    /// Minimum gist cosine to every representative of a story cluster (each must also
    /// share an anchor with the gist).
    #[serde(default = "default_story_floor")]
    pub story_floor: f64,
}

fn default_floor() -> f64 {
    ClusterOptions::default().floor
}

fn default_story_threshold() -> f64 {
    ClusterOptions::default().story_threshold
}

fn default_story_floor() -> f64 {
    ClusterOptions::default().story_floor
}

impl Default for ClusterOptions {
    fn default() -> Self {
        ClusterOptions { threshold: 0.2, floor: 0.1, story_threshold: 0.2, story_floor: 0.08 }
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
    /// Its anchors: the terms of the names and numbers it names (sorted, unique).
    #[serde(default)]
    pub anchors: Vec<String>,
    /// A lead's document gist ([`gist_text`]): its terms (sorted, unique); empty for
    /// other mentions and for leads saved by earlier versions (their terms stand in).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub gist: Vec<String>,
    /// The gist's anchors.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub gist_anchors: Vec<String>,
}

impl Entry {
    /// What a lead is matched on: its gist, else its own terms and anchors.
    fn story(&self) -> (&[String], &[String]) {
        if self.gist.is_empty() {
            (&self.terms, &self.anchors)
        } else {
            (&self.gist, &self.gist_anchors)
        }
    }
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
    /// Clusters merged into another: old id → new id. Only indexes saved by earlier
    /// versions, which merged clusters a mention matched together, have any.
    #[serde(default)]
    pub merged: BTreeMap<u64, u64>,
    /// Clusters created so far (the next new cluster gets this plus one).
    #[serde(default)]
    created: u64,
    /// Document ids already added.
    #[serde(skip)]
    seen: HashMap<String, usize>,
    /// LSH buckets: band key → entry indices (at most [`BUCKET_CAP`]).
    #[serde(skip)]
    buckets: HashMap<u64, Vec<usize>>,
    /// Representatives of each cluster: its first [`REPRESENTATIVES`] entries.
    #[serde(skip)]
    reps: HashMap<u64, Vec<usize>>,
    /// Clusters started by a lead: story clusters, matched on gists.
    #[serde(skip)]
    lead_clusters: HashSet<u64>,
    /// The lead entry of each document that has one.
    #[serde(skip)]
    lead_of: HashMap<usize, usize>,
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
        self.reps.clear();
        self.lead_clusters.clear();
        self.lead_of.clear();
        for i in 0..self.entries.len() {
            if self.entries[i].anchors.is_empty() {
                self.entries[i].anchors = anchors(&self.entries[i].mention.text, TERM_CHARS);
            }
            self.index_entry(i);
        }
    }

    /// Puts entry `i` in its LSH buckets and, while its cluster has room, its representatives.
    fn index_entry(&mut self, i: usize) {
        let e = &self.entries[i];
        let lead = e.mention.kind == MentionKind::Lead;
        let keys = if lead { gist_keys(e.story().0) } else { band_keys(&signature(&e.terms)) };
        let cluster = e.cluster;
        let new_cluster = !self.reps.contains_key(&cluster);
        if new_cluster && lead {
            self.lead_clusters.insert(cluster);
        }
        if lead {
            self.lead_of.insert(e.doc, i);
        }
        for k in keys {
            let b = self.buckets.entry(k).or_default();
            if b.len() < BUCKET_CAP {
                b.push(i);
            }
        }
        let r = self.reps.entry(self.entries[i].cluster).or_default();
        if r.len() < REPRESENTATIVES {
            r.push(i);
        }
    }

    /// How well `terms` (with `anchors`) matches cluster `id`: the average and the smallest
    /// similarity to its representatives, a representative it is not [`compatible`] with,
    /// or whose document's gist is not the same story as `gist` (`same_story`; no gate when
    /// `gist` is empty), counting 0.
    fn link(
        &self,
        terms: &[String],
        anchors: &[String],
        gist: &[String],
        same_story: &mut HashMap<usize, bool>,
        id: u64,
    ) -> (f64, f64) {
        let Some(reps) = self.reps.get(&id).filter(|r| !r.is_empty()) else {
            return (0.0, 0.0);
        };
        let (mut sum, mut min) = (0.0, f64::INFINITY);
        for &r in reps {
            let e = &self.entries[r];
            let s = if compatible(terms, anchors, &e.terms, &e.anchors) && self.same_story(gist, e.doc, same_story) {
                self.similarity(terms, &e.terms)
            } else {
                0.0
            };
            sum += s;
            min = min.min(s);
        }
        (sum / reps.len() as f64, min)
    }

    /// How well a gist matches lead cluster `id`: the average cosine to its representatives'
    /// gists and the smallest, a representative it is not [`compatible`] with (no shared name
    /// or number, or nothing else in common) counting 0.
    fn story_link(&self, gist: &[String], anchors: &[String], id: u64) -> (f64, f64) {
        let Some(reps) = self.reps.get(&id).filter(|r| !r.is_empty()) else {
            return (0.0, 0.0);
        };
        let (mut sum, mut min) = (0.0, f64::INFINITY);
        for &r in reps {
            let (t, a) = self.entries[r].story();
            let s = if compatible(gist, anchors, t, a) { self.cosine(gist, t) } else { 0.0 };
            sum += s;
            min = min.min(s);
        }
        (sum / reps.len() as f64, min)
    }

    /// IDF-weighted cosine of two sorted term sets.
    pub fn cosine(&self, a: &[String], b: &[String]) -> f64 {
        let norm = |x: &[String]| x.iter().map(|t| self.weight(t).powi(2)).sum::<f64>();
        let (mut i, mut j, mut dot) = (0, 0, 0.0);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Equal => {
                    dot += self.weight(&a[i]).powi(2);
                    i += 1;
                    j += 1;
                }
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
            }
        }
        let n = (norm(a) * norm(b)).sqrt();
        if n == 0.0 {
            0.0
        } else {
            dot / n
        }
    }

    /// The lead cluster a gist joins, if any: among the lead clusters of its (capped) LSH
    /// candidates, the one with the highest average cosine passing both bars. When none
    /// does, the lead statement (`lead`: headline and lead paragraph, terms and anchors)
    /// decides among the candidates whose every representative's gist still reaches
    /// `story_floor`: the one whose representatives' leads it matches best as a statement
    /// (`link`, `threshold` and `floor` as for claims). An article whose
    /// opening restates a story but whose body wanders off (a fact check of it, a denial)
    /// joins that story; one merely set in the same place or among the same people does not.
    fn best_story(&self, gist: &[String], anchors: &[String], lead: (&[String], &[String])) -> Option<u64> {
        if anchors.is_empty() {
            return None;
        }
        let mut hits: HashMap<u64, usize> = HashMap::new();
        for k in gist_keys(gist) {
            for &c in self.buckets.get(&k).into_iter().flatten() {
                let e = &self.entries[c];
                let id = self.resolve(e.cluster);
                if self.lead_clusters.contains(&id) && share(anchors, e.story().1) {
                    *hits.entry(id).or_default() += 1;
                }
            }
        }
        let mut by_hits: Vec<(usize, u64)> = hits.into_iter().map(|(c, n)| (n, c)).collect();
        by_hits.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        by_hits.truncate(CANDIDATE_CLUSTERS);
        let (t, f) = (self.options.story_threshold, self.options.story_floor);
        let better =
            |best: Option<(f64, u64)>, avg: f64, c: u64| best.is_none_or(|(b, bc)| avg > b || (avg == b && c < bc));
        // The best cluster by gist, and the best by lead statement: (average, cluster id).
        let mut best: Option<(f64, u64)> = None;
        let mut by_lead: Option<(f64, u64)> = None;
        for (_, c) in by_hits {
            let (avg, min) = self.story_link(gist, anchors, c);
            if min < f {
                continue;
            }
            if avg >= t {
                if better(best, avg, c) {
                    best = Some((avg, c));
                }
            } else if best.is_none() {
                // The lead as a statement against the representatives' leads, as claims are
                // matched (no gist gate: `story_link` already passed the floor).
                let (avg, min) = self.link(lead.0, lead.1, &[], &mut HashMap::new(), c);
                if avg >= self.options.threshold && min >= self.options.floor && better(by_lead, avg, c) {
                    by_lead = Some((avg, c));
                }
            }
        }
        best.or(by_lead).map(|(_, c)| c)
    }

    /// Whether document `doc` tells the same story as the document whose gist is `gist`:
    /// their gists' cosine reaches [`SAME_STORY`] (true when either has no gist, as in
    /// indexes saved by earlier versions). Memoised per document in `memo`.
    fn same_story(&self, gist: &[String], doc: usize, memo: &mut HashMap<usize, bool>) -> bool {
        if gist.is_empty() {
            return true;
        }
        *memo.entry(doc).or_insert_with(|| {
            self.lead_of
                .get(&doc)
                .map(|&l| &self.entries[l])
                .filter(|e| !e.gist.is_empty())
                .is_none_or(|e| self.cosine(gist, &e.gist) >= SAME_STORY)
        })
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
        let gist = gist_text(a, GIST_WORDS);
        let gist_terms = terms(&gist);
        let gist_anchors = anchors(&gist, TERM_CHARS);
        let doc_terms: BTreeSet<&String> = mterms.iter().flatten().chain(&gist_terms).collect();
        for t in doc_terms {
            *self.df.entry(t.clone()).or_default() += 1;
        }
        let mut joined = Vec::new();
        for (m, t) in ms.into_iter().zip(mterms) {
            if t.is_empty() {
                continue;
            }
            let anchors = anchors(&m.text, TERM_CHARS);
            let lead = m.kind == MentionKind::Lead;
            let (gist, gist_anchors) =
                if lead { (gist_terms.clone(), gist_anchors.clone()) } else { (Vec::new(), Vec::new()) };
            let found = if lead && !gist.is_empty() {
                self.best_story(&gist, &gist_anchors, (&t, &anchors))
            } else {
                self.best_cluster(&t, &anchors, &gist_terms)
            };
            let cluster = match found {
                Some(c) => c,
                None => {
                    self.created += 1;
                    self.created
                }
            };
            let e = self.entries.len();
            self.entries.push(Entry { mention: m, doc, cluster, terms: t, anchors, gist, gist_anchors });
            self.index_entry(e);
            joined.push(cluster);
        }
        let mut joined: Vec<u64> = joined.into_iter().map(|c| self.resolve(c)).collect();
        joined.sort_unstable();
        joined.dedup();
        joined
    }

    /// The cluster a mention with `terms` and `anchors` joins, if any: among the clusters of
    /// the (capped) LSH candidates that share an anchor with it, the one with the highest
    /// average link passing both bars; ties go to the older cluster.
    fn best_cluster(&self, terms: &[String], anchors: &[String], gist: &[String]) -> Option<u64> {
        if anchors.is_empty() {
            return None;
        }
        let mut hits: HashMap<u64, usize> = HashMap::new();
        for k in band_keys(&signature(terms)) {
            for &c in self.buckets.get(&k).into_iter().flatten() {
                let e = &self.entries[c];
                let id = self.resolve(e.cluster);
                if share(anchors, &e.anchors) && !self.lead_clusters.contains(&id) {
                    *hits.entry(id).or_default() += 1;
                }
            }
        }
        let mut by_hits: Vec<(usize, u64)> = hits.into_iter().map(|(c, n)| (n, c)).collect();
        by_hits.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        by_hits.truncate(CANDIDATE_CLUSTERS);
        let mut same_story = HashMap::new();
        let mut best: Option<(f64, u64)> = None;
        for (_, c) in by_hits {
            let (avg, min) = self.link(terms, anchors, gist, &mut same_story, c);
            let passes = avg >= self.options.threshold && min >= self.options.floor;
            if passes && best.is_none_or(|(b, bc)| avg > b || (avg == b && c < bc)) {
                best = Some((avg, c));
            }
        }
        best.map(|(_, c)| c)
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

/// LSH keys of a gist (salted apart from statements' keys).
fn gist_keys(gist: &[String]) -> Vec<u64> {
    band_keys(&signature(gist)).into_iter().map(|k| k ^ GIST_SALT).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(doc: usize, text: &str) -> Mention {
        Mention {
            doc_id: format!("d{doc}"),
            key: "c1".into(),
            kind: MentionKind::Claim,
            text: text.into(),
            chain: Vec::new(),
            verifications: Vec::new(),
            label: None,
        }
    }

    /// Puts `text` of a new document in cluster 1 (as if it had joined it).
    fn push(ix: &mut ClusterIndex, text: &str) {
        let doc = ix.docs.len();
        ix.docs.push(DocInfo { doc_id: format!("d{doc}"), ..Default::default() });
        let t = terms(text);
        for x in &t {
            *ix.df.entry(x.clone()).or_default() += 1;
        }
        let a = anchors(text, TERM_CHARS);
        ix.entries.push(Entry {
            mention: claim(doc, text),
            doc,
            cluster: 1,
            terms: t,
            anchors: a,
            gist: Vec::new(),
            gist_anchors: Vec::new(),
        });
        ix.created = 1;
        ix.index_entry(ix.entries.len() - 1);
    }

    #[test]
    fn a_mention_must_match_members_beyond_the_first_eight() {
        let same = "Police say Acme recalled 500 cars in Ohio";
        let mut ix = ClusterIndex::new(ClusterOptions::default());
        for _ in 0..10 {
            push(&mut ix, same);
        }
        let t = terms(same);
        let a = anchors(same, TERM_CHARS);
        assert_eq!(ix.best_cluster(&t, &a, &[]), Some(1), "matches every member");
        // an eleventh member the mention shares no name or number with
        push(&mut ix, "Officials say Zenith sold trucks in Texas");
        assert_eq!(ix.best_cluster(&t, &a, &[]), None, "the eleventh member is compared too");
    }
}
