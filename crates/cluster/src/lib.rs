//! Claims that state the same thing across documents.
//!
//! Each analysed document gives [`mention`]s (its claims, else its top-level attribution
//! contents, plus its headline and lead). [`index::ClusterIndex`] clusters them
//! incrementally: MinHash/LSH over normalised content terms finds candidates, which must
//! share a name or number ([`anchor`]); an IDF-weighted Jaccard similarity (names and other
//! rare words count most) to each cluster's first members decides, so unrelated stories
//! never join through a chain of near neighbours.
//! [`trail`] summarises a cluster: first appearance, outlets, chains, verifications and
//! each article's stance.

pub mod anchor;
pub mod index;
pub mod mention;
pub mod minhash;
pub mod persist;
pub mod query;
pub mod time;
pub mod trail;

pub use index::{ClusterIndex, ClusterOptions};
pub use mention::{DocInfo, Mention, MentionKind};
pub use query::{find, ClusterQuery};
pub use trail::{trail, ClusterSummary, Trail, TrailStep};
