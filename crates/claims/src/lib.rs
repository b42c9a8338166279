//! Claims stage: groups attributions into claims, orders relay chains, assesses sourcing.

use hearsay_core::Doc;

/// Builds `doc.claims`, sets verification targets and assessments.
pub fn annotate(doc: &mut Doc) {
    let _ = doc;
}
