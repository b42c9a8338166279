//! Corpus mode: many articles at once.
//!
//! [`read`] turns files, directories, JSON Lines and WARC into a stream of articles and
//! [`ingest`] analyses them in parallel into a store; [`cluster`] groups claims that state
//! the same thing across documents and builds each cluster's trail; [`stance`] classifies each article's stance toward a claim.

pub mod cluster;
pub mod ingest;
pub mod read;
pub mod stance;
