//! One module per subcommand.

pub mod analyze;
pub mod bench;
pub mod claim;
pub mod claims;
pub mod eval;
pub mod export;
pub mod ingest;
pub mod input;
pub mod serve;
pub mod show;
pub mod train;
