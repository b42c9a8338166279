//! Sources stage: resolves source and actor mentions into speaker entities.

use hearsay_core::Doc;

/// Builds `doc.sources` from attribution sources and verification actors and sets their ids.
pub fn annotate(doc: &mut Doc) {
    let _ = doc;
}
