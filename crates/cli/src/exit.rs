//! Exit codes (documented in README.md).

use hearsay::IngestError;

/// Success.
pub const OK: i32 = 0;
/// Unexpected failure (I/O while writing output, internal error).
pub const FAILURE: i32 = 1;
/// Bad command line (clap uses 2 as well).
pub const USAGE: i32 = 2;
/// Input missing or unreadable.
pub const INPUT_UNREADABLE: i32 = 3;
/// Input empty.
pub const INPUT_EMPTY: i32 = 4;
/// Input over the size limit.
pub const INPUT_TOO_LARGE: i32 = 5;
/// Input is binary or has no readable text.
pub const INPUT_NOT_TEXT: i32 = 6;

/// A failure reading the input file.
#[derive(Debug)]
pub struct Unreadable(pub String);

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for Unreadable {}

/// A command line that asks for something this build or these arguments cannot do (exit 2).
#[derive(Debug)]
pub struct Usage(pub String);

impl std::fmt::Display for Usage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for Usage {}

/// A [`Usage`] error.
pub fn usage(msg: &str) -> anyhow::Error {
    anyhow::Error::new(Usage(msg.to_string()))
}

/// Maps an error to its exit code.
pub fn code_for(e: &anyhow::Error) -> i32 {
    let _ = OK;
    if let Some(ie) = e.downcast_ref::<IngestError>() {
        return match ie {
            IngestError::Empty => INPUT_EMPTY,
            IngestError::TooLarge { .. } => INPUT_TOO_LARGE,
            IngestError::Binary(_) | IngestError::NoText => INPUT_NOT_TEXT,
        };
    }
    if e.downcast_ref::<Unreadable>().is_some() {
        return INPUT_UNREADABLE;
    }
    if e.downcast_ref::<Usage>().is_some() {
        return USAGE;
    }
    FAILURE
}
