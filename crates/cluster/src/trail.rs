//! A cluster's trail across articles: who said it where and when, with each article's
//! stance and every verification seen, plus a summary for listings.

use crate::index::{ClusterIndex, Entry};
use crate::mention::{MentionKind, SeenVerification};
use crate::time::parse_timestamp;
use hearsay_core::{Label, Verdict};
use hearsay_stance::{Stance, StanceModel};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// One article's appearance in a cluster.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TrailStep {
    /// Document id.
    pub doc_id: String,
    /// Publication time as given.
    pub published: Option<String>,
    /// Outlet.
    pub outlet: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// What this article says (its matching mention).
    pub text: String,
    /// Speakers, origin first.
    pub chain: Vec<String>,
    /// Its stance toward the cluster's claim.
    pub stance: Stance,
    /// Verifications in this article.
    pub verifications: Vec<SeenVerification>,
    /// Claim assessment labels it gave.
    pub labels: Vec<Label>,
}

/// A cluster as a whole.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClusterSummary {
    /// Cluster id.
    pub id: u64,
    /// The claim, as first stated (headline for leads).
    pub claim: String,
    /// Articles in it.
    pub articles: usize,
    /// First appearance: document id and its publication time.
    pub first_doc: String,
    /// Publication time of the first appearance, when known.
    pub first_published: Option<String>,
    /// Outlets, in order of first appearance.
    pub outlets: Vec<String>,
    /// Speakers who originated it (first in some chain).
    pub originators: Vec<String>,
    /// Speakers who relayed it (later in some chain).
    pub relays: Vec<String>,
    /// Every verification seen, with the article it was seen in.
    pub verifications: Vec<(String, SeenVerification)>,
    /// Articles by stance: supports, denies, reports.
    pub stances: StanceCounts,
    /// Derived from all articles' stances and verdicts: `denied`, `disputed`,
    /// `corroborated` or `unverified`.
    pub label: Label,
    /// That label plus every assessment label the claims stage gave in some article, by name.
    pub labels: Vec<Label>,
}

/// Articles per stance.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StanceCounts {
    /// Supporting.
    pub supports: usize,
    /// Denying.
    pub denies: usize,
    /// Reporting without position.
    pub reports: usize,
}

/// The summary and the time-ordered steps.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Trail {
    /// Summary.
    pub summary: ClusterSummary,
    /// One step per article, by publication time, else ingest order.
    pub steps: Vec<TrailStep>,
}

/// The claim of a mention as a short statement: a lead's headline, else its text.
fn claim_of(e: &Entry) -> String {
    match e.mention.kind {
        MentionKind::Lead => e.mention.text.lines().next().unwrap_or("").to_string(),
        _ => e.mention.text.clone(),
    }
}

/// Sort key: dated articles by time, then undated ones; ingest order breaks ties.
fn order_key(ix: &ClusterIndex, doc: usize) -> (bool, i64, usize) {
    let t = ix.docs[doc].published.as_deref().and_then(parse_timestamp);
    (t.is_none(), t.unwrap_or(0), doc)
}

/// The trail of cluster `id`, with each article's stance by `stance`, or `None` when the
/// cluster does not exist.
pub fn trail(ix: &ClusterIndex, id: u64, stance: &StanceModel) -> Option<Trail> {
    let mut members: Vec<&Entry> = ix.members(id).collect();
    if members.is_empty() {
        return None;
    }
    members.sort_by_key(|e| order_key(ix, e.doc));
    let claim = claim_of(members[0]);
    let mut steps: Vec<TrailStep> = Vec::new();
    let mut docs_done: Vec<usize> = Vec::new();
    for e in &members {
        if docs_done.contains(&e.doc) {
            continue;
        }
        docs_done.push(e.doc);
        let same_doc: Vec<&&Entry> = members.iter().filter(|m| m.doc == e.doc).collect();
        let info = &ix.docs[e.doc];
        let headline = info.title.clone().unwrap_or_else(|| claim_of(e));
        let mut chain: Vec<String> = Vec::new();
        let mut verifications: Vec<SeenVerification> = Vec::new();
        let mut labels: Vec<Label> = Vec::new();
        for m in &same_doc {
            for s in &m.mention.chain {
                if !chain.contains(s) {
                    chain.push(s.clone());
                }
            }
            for v in &m.mention.verifications {
                if !verifications.contains(v) {
                    verifications.push(v.clone());
                }
            }
            if let Some(l) = m.mention.label {
                if !labels.contains(&l) {
                    labels.push(l);
                }
            }
        }
        steps.push(TrailStep {
            doc_id: info.doc_id.clone(),
            published: info.published.clone(),
            outlet: info.outlet.clone(),
            url: info.url.clone(),
            title: info.title.clone(),
            text: claim_of(e),
            chain,
            stance: stance.predict(&claim, &headline),
            verifications,
            labels,
        });
    }
    Some(Trail { summary: summarise(id, claim, &steps), steps })
}

fn summarise(id: u64, claim: String, steps: &[TrailStep]) -> ClusterSummary {
    let mut outlets = Vec::new();
    let (mut originators, mut relays) = (Vec::new(), Vec::new());
    let mut verifications = Vec::new();
    let mut stances = StanceCounts::default();
    let mut labels = BTreeSet::new();
    for s in steps {
        if let Some(o) = &s.outlet {
            if !outlets.contains(o) {
                outlets.push(o.clone());
            }
        }
        for (i, who) in s.chain.iter().enumerate() {
            let list = if i == 0 { &mut originators } else { &mut relays };
            if !list.contains(who) {
                list.push(who.clone());
            }
        }
        for v in &s.verifications {
            verifications.push((s.doc_id.clone(), v.clone()));
        }
        match s.stance {
            Stance::Supports => stances.supports += 1,
            Stance::Denies => stances.denies += 1,
            Stance::Reports => stances.reports += 1,
        }
        labels.extend(s.labels.iter().map(|l| l.as_str()));
    }
    relays.retain(|r| !originators.contains(r));
    let verdict = |v: Verdict| verifications.iter().any(|(_, x): &(String, SeenVerification)| x.verdict == v);
    let derived = if verdict(Verdict::Denied) || stances.denies > 0 {
        if stances.supports > 0 || verdict(Verdict::Confirmed) {
            Label::Disputed
        } else {
            Label::Denied
        }
    } else if verdict(Verdict::Confirmed) {
        Label::Corroborated
    } else {
        Label::Unverified
    };
    labels.insert(derived.as_str());
    ClusterSummary {
        id,
        claim,
        articles: steps.len(),
        first_doc: steps.first().map(|s| s.doc_id.clone()).unwrap_or_default(),
        first_published: steps.first().and_then(|s| s.published.clone()),
        outlets,
        originators,
        relays,
        verifications,
        stances,
        label: derived,
        labels: labels.into_iter().filter_map(Label::parse).collect(),
    }
}
