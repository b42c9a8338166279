//! hearsay: who says so, on whose authority, how hedged, and has anyone confirmed it?
//!
//! [`Pipeline`] runs ingest and then each [`Component`] over one [`Doc`]: text →
//! attribution → hedges → verifications → acts → sources → claims. Each component declares the
//! layers it requires and assigns, and owns its model; the pipeline checks the order when it
//! is built. Results are pushed into a [`Sink`] (JSON, JSON Lines, the store, the HTTP
//! response), each a consumer of the same analysed [`Doc`].

mod pipeline;
pub mod sink;

pub use hearsay_core as core;
pub use hearsay_core::schema::Analysis;
pub use hearsay_core::{Component, Deadline, Doc, Layer};
pub use hearsay_ingest::{IngestError, IngestOptions, InputFormat};
pub use hearsay_learn::ModelError;
pub use pipeline::{AnalyzeError, Pipeline, PipelineBuilder, PipelineError};
pub use sink::{JsonSink, Sink};
