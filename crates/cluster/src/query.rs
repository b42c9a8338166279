//! Filtering clusters for `hearsay claims`.

use crate::index::ClusterIndex;
use crate::time::parse_timestamp;
use crate::trail::{trail, Trail};
use hearsay_stance::StanceModel;

/// Which clusters to list; every set field must match.
#[derive(Clone, Debug, Default)]
pub struct ClusterQuery {
    /// Every word must occur (any case) in the claim or in some article's statement or headline.
    pub search: Option<String>,
    /// One of the cluster's labels (`unverified`, `disputed`, …).
    pub label: Option<String>,
    /// A speaker on some chain, a verification actor or an outlet containing this (any case).
    pub source: Option<String>,
    /// Seen in an article published at or after this ISO 8601 date or time.
    pub since: Option<i64>,
    /// At least this many articles.
    pub min_articles: usize,
}

fn has(hay: &str, needle: &str) -> bool {
    hay.to_lowercase().contains(needle)
}

impl ClusterQuery {
    /// Whether `t` matches.
    pub fn matches(&self, t: &Trail) -> bool {
        if t.summary.articles < self.min_articles {
            return false;
        }
        if let Some(q) = &self.search {
            let words: Vec<String> = q.to_lowercase().split_whitespace().map(String::from).collect();
            let texts: Vec<&str> = std::iter::once(t.summary.claim.as_str())
                .chain(t.steps.iter().map(|s| s.text.as_str()))
                .chain(t.steps.iter().filter_map(|s| s.title.as_deref()))
                .collect();
            if !words.iter().all(|w| texts.iter().any(|x| has(x, w))) {
                return false;
            }
        }
        if let Some(l) = &self.label {
            if !t.summary.labels.iter().any(|x| x.as_str().eq_ignore_ascii_case(l)) {
                return false;
            }
        }
        if let Some(src) = &self.source {
            let src = src.to_lowercase();
            let hit = t.steps.iter().any(|s| {
                s.chain.iter().any(|c| has(c, &src))
                    || s.outlet.as_deref().is_some_and(|o| has(o, &src))
                    || s.verifications.iter().any(|v| v.actor.as_deref().is_some_and(|a| has(a, &src)))
            });
            if !hit {
                return false;
            }
        }
        if let Some(since) = self.since {
            if !t.steps.iter().any(|s| s.published.as_deref().and_then(parse_timestamp).is_some_and(|p| p >= since)) {
                return false;
            }
        }
        true
    }
}

/// Trails of the clusters matching `q`: most articles first, then by id.
pub fn find(ix: &ClusterIndex, q: &ClusterQuery, stance: &StanceModel) -> Vec<Trail> {
    let mut out: Vec<Trail> =
        ix.cluster_ids().filter_map(|id| trail(ix, id, stance)).filter(|t| q.matches(t)).collect();
    out.sort_by(|a, b| b.summary.articles.cmp(&a.summary.articles).then(a.summary.id.cmp(&b.summary.id)));
    out
}
