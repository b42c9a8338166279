//! Epistemics stage: hedge cues and verification events.

use hearsay_core::Doc;

/// Finds hedge cues and attaches them to the attributions whose content or frame holds them.
pub fn annotate_hedges(doc: &mut Doc) {
    let _ = doc;
}

/// Finds verification events (confirmed, denied, could not confirm, …).
pub fn annotate_verifications(doc: &mut Doc) {
    let _ = doc;
}
