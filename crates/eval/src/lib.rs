//! Evaluation: each benchmark's loader and scorer, printing metrics someone can rerun.

pub mod aeb;
pub mod aeb_text;
pub mod claims;
pub mod emergent;
pub mod gold_docs;
pub mod hedges;
pub mod metrics;
#[cfg(feature = "parser")]
pub mod parse;
pub mod polnear;
pub mod pos;
pub mod sources;
pub mod trail;
pub mod trail_gold;
pub mod ud;
pub mod verification_train;
pub mod verifications;
