//! Gold for cross-article matching: articles and which pairs of them tell the same story.
//!
//! - FNC-1 training data (`fnc1/train_bodies.csv`, `fnc1/train_stances.reconstructed.csv`):
//!   the articles are the bodies; two bodies are the same story when some headline relates
//!   to both (stance `agree`, `disagree` or `discuss`).
//! - Emergent (`emergent/url-versions-2015-06-14-clean-train.csv`): the articles are the
//!   article headlines; two are the same story when they share a `claimId`.
//!
//! Both are split the same way into a **tune** part (matching may be tuned on it) and a
//! **dev** part (only measured on): stories are the connected groups of related articles
//! (FNC-1) or the claims (Emergent), and a story is in `tune` when the FNV-1a hash of
//! `trail-split:` plus its smallest article id is even, else in `dev`. No story is in both.

use hearsay_learn::fnv1a;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

/// The part of the gold scored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Split {
    /// Stories matching may be tuned on.
    Tune,
    /// Stories only measured on.
    Dev,
    /// Both.
    All,
}

impl Split {
    /// `tune`, `dev` or `all`.
    pub fn parse(s: &str) -> Option<Split> {
        match s {
            "tune" => Some(Split::Tune),
            "dev" => Some(Split::Dev),
            "all" => Some(Split::All),
            _ => None,
        }
    }

    /// The name `parse` reads.
    pub fn as_str(self) -> &'static str {
        match self {
            Split::Tune => "tune",
            Split::Dev => "dev",
            Split::All => "all",
        }
    }

    /// Whether a story whose smallest article id is `key` belongs to this part.
    pub fn holds(self, key: &str) -> bool {
        let tune = fnv1a(format!("trail-split:{key}").as_bytes()) & 1 == 0;
        match self {
            Split::Tune => tune,
            Split::Dev => !tune,
            Split::All => true,
        }
    }
}

/// Articles with their gold pairs.
#[derive(Clone, Debug, Default)]
pub struct TrailGold {
    /// `(id, text)` per article, in ingest order (by id).
    pub articles: Vec<(String, String)>,
    /// Same-story pairs `(i, j)`, `i < j`, as indices into `articles`.
    pub pairs: BTreeSet<(usize, usize)>,
    /// Stories (connected groups of articles) in the part.
    pub stories: usize,
    /// The story (connected group) of each article, as an index below `stories`.
    pub story_of: Vec<usize>,
}

/// Reads a CSV's rows as string maps keyed by header.
fn rows(path: &Path) -> anyhow::Result<Vec<HashMap<String, String>>> {
    let mut r = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(path)
        .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    let header: Vec<String> = r.headers()?.iter().map(|h| h.trim().to_string()).collect();
    let mut out = Vec::new();
    for row in r.records() {
        let row = row.map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        out.push(header.iter().cloned().zip(row.iter().map(String::from)).collect());
    }
    Ok(out)
}

/// Numeric ids sort as numbers, others after them as text.
fn id_order(a: &str, b: &str) -> std::cmp::Ordering {
    match (a.parse::<u64>(), b.parse::<u64>()) {
        (Ok(x), Ok(y)) => x.cmp(&y),
        (Ok(_), Err(_)) => std::cmp::Ordering::Less,
        (Err(_), Ok(_)) => std::cmp::Ordering::Greater,
        _ => a.cmp(b),
    }
}

/// Builds the gold of one part from `texts` (id → text) and `groups` (sets of ids that are
/// pairwise the same story).
fn build(texts: &BTreeMap<String, String>, groups: &[BTreeSet<String>], split: Split) -> TrailGold {
    // Stories: connected components of the groups (union-find over ids, gold side only).
    let ids: Vec<&String> = texts.keys().collect();
    let at: HashMap<&str, usize> = ids.iter().enumerate().map(|(i, s)| (s.as_str(), i)).collect();
    let mut parent: Vec<usize> = (0..ids.len()).collect();
    fn root(p: &mut [usize], mut x: usize) -> usize {
        while p[x] != x {
            p[x] = p[p[x]];
            x = p[x];
        }
        x
    }
    for g in groups {
        let members: Vec<usize> = g.iter().filter_map(|id| at.get(id.as_str()).copied()).collect();
        for w in members.windows(2) {
            let (a, b) = (root(&mut parent, w[0]), root(&mut parent, w[1]));
            parent[a] = b;
        }
    }
    let mut story_key: HashMap<usize, &str> = HashMap::new();
    for (i, id) in ids.iter().enumerate() {
        let r = root(&mut parent, i);
        let k = story_key.entry(r).or_insert(id.as_str());
        if id_order(id, k).is_lt() {
            *k = id.as_str();
        }
    }
    let mut kept: Vec<usize> = (0..ids.len()).filter(|&i| split.holds(story_key[&root(&mut parent, i)])).collect();
    kept.sort_by(|&a, &b| id_order(ids[a], ids[b]));
    let index: HashMap<&str, usize> = kept.iter().enumerate().map(|(n, &i)| (ids[i].as_str(), n)).collect();
    let mut pairs = BTreeSet::new();
    for g in groups {
        let members: Vec<usize> = g.iter().filter_map(|id| index.get(id.as_str()).copied()).collect();
        for (x, &a) in members.iter().enumerate() {
            for &b in &members[x + 1..] {
                pairs.insert((a.min(b), a.max(b)));
            }
        }
    }
    let mut story_index: HashMap<usize, usize> = HashMap::new();
    let mut story_of = Vec::with_capacity(kept.len());
    for &i in &kept {
        let r = root(&mut parent, i);
        let next = story_index.len();
        story_of.push(*story_index.entry(r).or_insert(next));
    }
    TrailGold {
        articles: kept.iter().map(|&i| (ids[i].clone(), texts[ids[i]].clone())).collect(),
        pairs,
        stories: story_index.len(),
        story_of,
    }
}

/// FNC-1 training bodies under `data` (`../shared/data`), `split` part.
pub fn fnc1(data: &Path, split: Split) -> anyhow::Result<TrailGold> {
    let dir = data.join("fnc1");
    let mut texts = BTreeMap::new();
    for r in rows(&dir.join("train_bodies.csv"))? {
        if let (Some(id), Some(body)) = (r.get("Body ID"), r.get("articleBody")) {
            texts.insert(id.trim().to_string(), body.clone());
        }
    }
    let mut by_headline: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for r in rows(&dir.join("train_stances.reconstructed.csv"))? {
        let (Some(h), Some(b), Some(s)) = (r.get("Headline"), r.get("Body ID"), r.get("Stance")) else { continue };
        if matches!(s.trim(), "agree" | "disagree" | "discuss") && texts.contains_key(b.trim()) {
            by_headline.entry(h.clone()).or_default().insert(b.trim().to_string());
        }
    }
    anyhow::ensure!(!texts.is_empty(), "no FNC-1 bodies under {}", dir.display());
    let groups: Vec<BTreeSet<String>> = by_headline.into_values().collect();
    Ok(build(&texts, &groups, split))
}

/// Emergent's article headlines under `data`, grouped by `claimId`, `split` part.
pub fn emergent(data: &Path, split: Split) -> anyhow::Result<TrailGold> {
    let path = data.join("emergent/url-versions-2015-06-14-clean-train.csv");
    let mut texts = BTreeMap::new();
    let mut by_claim: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for r in rows(&path)? {
        let (Some(h), Some(a), Some(c)) = (r.get("articleHeadline"), r.get("articleId"), r.get("claimId")) else {
            continue;
        };
        if h.trim().is_empty() || a.trim().is_empty() {
            continue;
        }
        texts.insert(a.trim().to_string(), h.trim().to_string());
        by_claim.entry(c.trim().to_string()).or_default().insert(a.trim().to_string());
    }
    anyhow::ensure!(!texts.is_empty(), "no Emergent headlines in {}", path.display());
    let groups: Vec<BTreeSet<String>> = by_claim.into_values().collect();
    Ok(build(&texts, &groups, split))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_disjoint_and_pairs_follow_groups() {
        let texts: BTreeMap<String, String> = (0..40).map(|i| (i.to_string(), format!("text {i}"))).collect();
        let groups: Vec<BTreeSet<String>> =
            (0..10).map(|g| (0..4).map(|k| (g * 4 + k).to_string()).collect()).collect();
        let all = build(&texts, &groups, Split::All);
        assert_eq!((all.articles.len(), all.pairs.len(), all.stories), (40, 60, 10));
        let (t, d) = (build(&texts, &groups, Split::Tune), build(&texts, &groups, Split::Dev));
        assert_eq!(t.articles.len() + d.articles.len(), 40);
        assert_eq!(t.pairs.len() + d.pairs.len(), 60);
        assert!(t.stories > 0 && d.stories > 0, "both parts hold stories");
        let tune_ids: BTreeSet<&String> = t.articles.iter().map(|(i, _)| i).collect();
        assert!(d.articles.iter().all(|(i, _)| !tune_ids.contains(i)));
        // Two groups sharing an article make one story: its articles get one story index.
        let mut chained = groups.clone();
        chained.push(["3".to_string(), "4".to_string()].into_iter().collect());
        let c = build(&texts, &chained, Split::All);
        assert_eq!(c.stories, 9);
        let of = |id: &str| c.story_of[c.articles.iter().position(|(i, _)| i == id).unwrap()];
        assert_eq!(of("0"), of("7"), "0..3 and 4..7 are chained through 3-4");
        assert_ne!(of("0"), of("8"));
        assert_eq!(Split::parse("dev"), Some(Split::Dev));
        assert_eq!(Split::parse("test"), None);
    }
}
