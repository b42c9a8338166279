//! Epistemics stage: hedge cues and verification events.
//!
//! Verification cues are regular expressions over a sentence's lowercased tokens, kept with
//! their verdict in `hearsay_lex::hedge::VERIFICATION_CUES` (crates/lex/data/verification_cues.tsv;
//! blockers there remove non-events such as "was denied entry"); the actor is the subject
//! phrase left of the cue. Hedge cues come from `hearsay_lex::hedge::HEDGE_CUES`
//! (crates/lex/data/hedge_cues.tsv).

mod actor;
mod actor_tidy;
pub mod acts;
pub mod classifier;
mod cues;
pub mod hedges;
mod prefilter;
pub mod verifications;
mod view;

use hearsay_core::{Component, Doc, Layer};

pub use hedges::{find_hedges, is_uncertain, CueSet};
pub use verifications::events_in;

/// The hedge stage as a pipeline component: finds hedge cues and attaches them to the
/// attributions whose content or frame holds them.
#[derive(Clone, Copy, Debug, Default)]
pub struct Hedges;

impl Component for Hedges {
    fn name(&self) -> &'static str {
        "hedges"
    }
    fn requires(&self) -> &'static [Layer] {
        &[Layer::Tokens, Layer::Sentences, Layer::Attributions]
    }
    fn assigns(&self) -> &'static [Layer] {
        &[Layer::Hedges]
    }
    fn annotate(&self, doc: &mut Doc) {
        hedges::annotate(doc);
    }
}

/// The verification stage as a pipeline component: finds verification events (confirmed,
/// denied, could not confirm, …); it owns the verdict model ([`classifier::VerdictModel`]).
#[derive(Clone, Debug)]
pub struct Verifications {
    model: classifier::VerdictModel,
}

impl Verifications {
    /// With the shipped verdict model (models/verifications.bin); fails when the file is
    /// corrupt or was trained for other features or word lists than this build computes.
    pub fn shipped() -> Result<Self, hearsay_learn::ModelError> {
        Ok(Self::new(classifier::VerdictModel::shipped()?))
    }

    /// With a given verdict model.
    pub fn new(model: classifier::VerdictModel) -> Self {
        Verifications { model }
    }

    /// The verdict model.
    pub fn model(&self) -> &classifier::VerdictModel {
        &self.model
    }
}

impl Component for Verifications {
    fn name(&self) -> &'static str {
        "verifications"
    }
    fn requires(&self) -> &'static [Layer] {
        &[Layer::Segments, Layer::Tokens, Layer::Sentences, Layer::Attributions]
    }
    fn assigns(&self) -> &'static [Layer] {
        &[Layer::Verifications]
    }
    fn annotate(&self, doc: &mut Doc) {
        verifications::annotate(doc, &self.model);
    }
}

/// The speech-act stage as a pipeline component: sets `attributions[].act` (see [`acts`]).
#[derive(Clone, Copy, Debug, Default)]
pub struct SpeechActs;

impl Component for SpeechActs {
    fn name(&self) -> &'static str {
        "acts"
    }
    fn requires(&self) -> &'static [Layer] {
        &[Layer::Tokens, Layer::Pos, Layer::Attributions, Layer::Verifications]
    }
    fn assigns(&self) -> &'static [Layer] {
        &[Layer::Acts]
    }
    fn annotate(&self, doc: &mut Doc) {
        acts::annotate(doc);
    }
}

#[cfg(test)]
mod verification_tests;

#[cfg(test)]
mod hedge_tests;

#[cfg(test)]
mod actor_tests;
