//! hearsay: who says so, on whose authority, how hedged, and has anyone confirmed it?
//!
//! [`Pipeline`] runs the stages over one [`Doc`]: ingest → text → attribution → sources →
//! epistemics → claims. Results are pushed into a [`Sink`] (JSON, JSON Lines, and later
//! the database and the HTTP response), each a consumer of the same [`Analysis`].

pub mod sink;

pub use hearsay_core as core;
pub use hearsay_core::schema::Analysis;
pub use hearsay_core::Doc;
pub use hearsay_ingest::{IngestError, IngestOptions, InputFormat};
pub use sink::{JsonSink, Sink};

/// One pipeline stage: its name and the function that adds its layer.
pub type Stage = (&'static str, fn(&mut Doc));

/// The analysis pipeline; build once, run on many documents (it is `Sync`).
#[derive(Debug, Default)]
pub struct Pipeline {}

impl Pipeline {
    /// A pipeline with the shipped models.
    pub fn new() -> Self {
        Pipeline {}
    }

    /// The stages run after ingest, in order, with their names.
    pub const STAGES: [Stage; 6] = [
        ("text", hearsay_text::annotate),
        ("attribution", hearsay_attribution::annotate),
        ("hedges", hearsay_epistemics::annotate_hedges),
        ("verifications", hearsay_epistemics::annotate_verifications),
        ("sources", hearsay_sources::annotate),
        ("claims", hearsay_claims::annotate),
    ];

    /// Runs every stage after ingest on `doc`, adding its layers.
    pub fn annotate(&self, doc: &mut Doc) {
        for (_, stage) in Self::STAGES {
            stage(doc);
        }
    }

    /// Ingests `bytes` and runs every stage.
    pub fn analyze_bytes(&self, bytes: &[u8], opts: &IngestOptions) -> Result<Doc, IngestError> {
        let mut doc = hearsay_ingest::ingest(bytes, opts)?;
        self.annotate(&mut doc);
        Ok(doc)
    }

    /// Ingests `bytes`, runs every stage and returns the `hearsay.v1` view.
    pub fn analyze(&self, bytes: &[u8], opts: &IngestOptions) -> Result<Analysis, IngestError> {
        self.analyze_bytes(bytes, opts).map(|d| Analysis::from_doc(&d))
    }
}
