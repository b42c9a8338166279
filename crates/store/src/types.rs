//! Rows going into and coming out of a store.

use hearsay_core::schema::Analysis;
use serde::{Deserialize, Serialize};

/// One analysed document to store.
#[derive(Clone, Debug)]
pub struct NewDocument {
    /// Content key of the input bytes ([`crate::content_key`]).
    pub key: String,
    /// Where it was first seen (caller id, url, outlet, date, origin).
    pub sighting: Sighting,
    /// Size of the input in bytes.
    pub input_bytes: u64,
    /// The analysis.
    pub analysis: Analysis,
    /// `analysis` serialised exactly as `hearsay analyze` prints it (compact, no newline).
    pub json: String,
}

impl NewDocument {
    /// A document to store; serialises `analysis` (a pure function of it).
    pub fn new(key: String, sighting: Sighting, input_bytes: u64, analysis: Analysis) -> crate::Result<Self> {
        let json = serde_json::to_string(&analysis)?;
        Ok(NewDocument { key, sighting, input_bytes, analysis, json })
    }
}

/// One write in a batch.
#[derive(Clone, Debug)]
pub enum Put {
    /// A document with its first sighting (ignored when the key is stored already,
    /// except for the sighting).
    Document(Box<NewDocument>),
    /// A further sighting of a stored document (same content elsewhere).
    Sighting(Sighting),
}

/// A place a document was seen. Two sightings are the same when document key, caller id,
/// url, outlet and published all agree; `origin` is informative only.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sighting {
    /// Content key of the document.
    pub key: String,
    /// Caller-given id (JSON Lines `id`, file name, WARC target URI).
    pub caller_id: Option<String>,
    /// URL.
    pub url: Option<String>,
    /// Outlet.
    pub outlet: Option<String>,
    /// Publication date as given.
    pub published: Option<String>,
    /// Where it was read from (`path`, `path:LINE`, `path@OFFSET`, `-`).
    pub origin: String,
}

/// What a batch did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BatchOutcome {
    /// Documents newly stored.
    pub stored: usize,
    /// Documents whose key was stored already.
    pub already: usize,
    /// Sightings newly recorded.
    pub sightings: usize,
}

/// A stored document, without its analysis.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentRow {
    /// Ingest order (1, 2, …), stable across re-runs.
    pub seq: i64,
    /// Content key.
    pub key: String,
    /// `document.id` of the analysis.
    pub doc_id: String,
    /// Url, outlet and published from the analysis metadata.
    pub url: Option<String>,
    /// Outlet.
    pub outlet: Option<String>,
    /// Publication date as given.
    pub published: Option<String>,
    /// Where it was first read from.
    pub origin: String,
    /// Input size in bytes.
    pub input_bytes: u64,
    /// Headline: the text of the document's first `title` segment, when it has one.
    pub title: Option<String>,
}

/// Which claims [`crate::Store::claims`] returns; every set field must match.
#[derive(Clone, Debug, Default)]
pub struct ClaimFilter {
    /// Full-text match on the claim text (words, all required).
    pub search: Option<String>,
    /// Assessment label (`unverified`, `corroborated`, …).
    pub label: Option<String>,
    /// A source on the chain whose name, role or affiliation contains this (any case).
    pub source: Option<String>,
    /// Document published on or after this (string comparison of ISO dates).
    pub since: Option<String>,
    /// Only documents ingested after this sequence number (incremental clustering).
    pub after_seq: Option<i64>,
    /// Only this document (content key).
    pub document: Option<String>,
    /// At most this many.
    pub limit: Option<usize>,
    /// Skip this many first (paging; with `limit`).
    pub offset: Option<usize>,
}

/// A stored claim with its document's metadata.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClaimRow {
    /// Store-wide claim key (use it for cluster membership).
    pub key: i64,
    /// Claim id within its document (`c1`, …).
    pub claim_id: String,
    /// Claim text.
    pub text: String,
    /// Assessment label.
    pub label: String,
    /// Source ids of the chain within the document, origin first.
    pub chain: Vec<String>,
    /// Verification ids within the document.
    pub verifications: Vec<String>,
    /// Attribution ids within the document.
    pub attributions: Vec<String>,
    /// The document: ingest order.
    pub doc_seq: i64,
    /// Content key of the document.
    pub doc_key: String,
    /// `document.id`.
    pub doc_id: String,
    /// Document url.
    pub url: Option<String>,
    /// Document outlet.
    pub outlet: Option<String>,
    /// Document publication date.
    pub published: Option<String>,
}

/// A stored source (speaker entity).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRow {
    /// Source id within its document (`s1`, …).
    pub source_id: String,
    /// Proper name.
    pub name: Option<String>,
    /// Type (`person`, `organization`, …).
    pub stype: String,
    /// Not identified by name.
    pub anonymous: bool,
    /// Speaks for an institution.
    pub official: bool,
    /// Role.
    pub role: Option<String>,
    /// Affiliation.
    pub affiliation: Option<String>,
}

/// A claim's membership in a cluster.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Membership {
    /// The claim ([`ClaimRow::key`]).
    pub claim: i64,
    /// The cluster ([`crate::Store::create_cluster`]).
    pub cluster: i64,
    /// The article's stance toward the cluster's claim: `supports`, `denies`, `reports`.
    pub stance: Option<String>,
    /// Similarity or confidence score, clusterer-defined.
    pub score: Option<f64>,
}

/// A claim cluster.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClusterRow {
    /// Cluster id.
    pub id: i64,
    /// Free JSON kept by the clusterer.
    pub info: String,
    /// Number of member claims.
    pub members: u64,
}

/// A stored claim's store-wide key and cluster, by document and claim id (a page of
/// [`crate::Store::claim_keys_between`]).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimKeyRow {
    /// The document's ingest order ([`DocumentRow::seq`]).
    pub doc_seq: i64,
    /// Claim id within the document (`c1`, …).
    pub claim_id: String,
    /// Store-wide claim key ([`ClaimRow::key`]).
    pub key: i64,
    /// The cluster the claim is in, if any.
    pub cluster: Option<i64>,
}

/// One claim in one cluster, with what an export needs of both (a page of
/// [`crate::Store::cluster_members_after`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClusterMemberRow {
    /// The cluster ([`ClusterRow::id`]).
    pub cluster: i64,
    /// The cluster's free JSON `info` (the clusterer's summary).
    pub info: String,
    /// The claim ([`ClaimRow::key`]).
    pub claim: i64,
    /// Claim id within its document.
    pub claim_id: String,
    /// Claim text.
    pub text: String,
    /// The claim's assessment label in its article.
    pub label: String,
    /// The article's stance toward the cluster's claim.
    pub stance: Option<String>,
    /// Clusterer-defined score.
    pub score: Option<f64>,
    /// The document's ingest order.
    pub doc_seq: i64,
    /// Content key of the document.
    pub doc_key: String,
    /// `document.id`.
    pub doc_id: String,
}
