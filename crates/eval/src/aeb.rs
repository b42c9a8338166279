//! Article-extraction benchmark (AEB): HTML main content against gold bodies.
//! (Scorer implemented in a later step.)

use serde::Serialize;
use std::fmt;
use std::path::Path;

/// The report of `hearsay eval aeb`.
#[derive(Debug, Serialize)]
pub struct AebReport {
    /// Pages scored.
    pub pages: usize,
}

impl fmt::Display for AebReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "pages: {}", self.pages)
    }
}

/// Scores HTML extraction on the benchmark in `dir`.
pub fn evaluate(dir: &Path) -> anyhow::Result<AebReport> {
    anyhow::bail!("AEB scoring is not built yet ({})", dir.display())
}
