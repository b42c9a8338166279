//! Pipeline components: each stage declares what it reads and writes of a [`Doc`], so that a
//! pipeline can check, when it is built, that every layer a component needs is made by an
//! earlier one.

use crate::Doc;

/// A layer of a [`Doc`] (or a set of fields in one) that a component reads or writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Layer {
    /// `segments` and `metadata` (set by ingest, before any component).
    Segments,
    /// `tokens` and their lowercase forms (`lower`).
    Tokens,
    /// `sentences`.
    Sentences,
    /// `pos`, one tag per token.
    Pos,
    /// `attributions` (their spans, kinds, nesting, media).
    Attributions,
    /// `hedges`, and the `hedges` of each attribution.
    Hedges,
    /// `verifications` (verdict, cue, actor span).
    Verifications,
    /// `attributions[].act`.
    Acts,
    /// `sources`.
    Sources,
    /// The links to sources: `attributions[].source_id`/`recipient_id` and
    /// `verifications[].actor_id`.
    SourceLinks,
    /// `claims`.
    Claims,
    /// `verifications[].target`.
    VerificationTargets,
}

impl Layer {
    /// Lower-case name, for messages.
    pub fn as_str(self) -> &'static str {
        match self {
            Layer::Segments => "segments",
            Layer::Tokens => "tokens",
            Layer::Sentences => "sentences",
            Layer::Pos => "pos",
            Layer::Attributions => "attributions",
            Layer::Hedges => "hedges",
            Layer::Verifications => "verifications",
            Layer::Acts => "speech acts",
            Layer::Sources => "sources",
            Layer::SourceLinks => "source links",
            Layer::Claims => "claims",
            Layer::VerificationTargets => "verification targets",
        }
    }
}

/// One stage of the analysis: it reads the layers it `requires` and writes those it
/// `assigns`. A component owns its models; it is built once and run on many documents.
pub trait Component: Send + Sync {
    /// Stage name (`text`, `attribution`, …).
    fn name(&self) -> &'static str;
    /// Layers that must exist before it runs.
    fn requires(&self) -> &'static [Layer];
    /// Layers it writes.
    fn assigns(&self) -> &'static [Layer];
    /// Adds its layers to `doc`.
    fn annotate(&self, doc: &mut Doc);
}
