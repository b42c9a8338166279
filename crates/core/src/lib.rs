//! The hearsay document model.
//!
//! One [`Doc`] owns the text; every annotation is a [`Span`] of half-open **byte**
//! offsets into it. Each pipeline stage adds a layer (segments, tokens, sentences,
//! attributions, sources, verifications, claims). [`schema`] is the serialised
//! `hearsay.v1` view of a finished `Doc` (see `docs/OUTPUT.md`).

pub mod check;
pub mod component;
pub mod deadline;
pub mod doc;
pub mod layers;
pub mod lowercase;
pub mod schema;
pub mod sink;
pub mod span;
pub mod spanset;

pub use component::{Component, Layer};
pub use deadline::Deadline;
pub use doc::{Doc, InputInfo, Metadata};
pub use layers::*;
pub use lowercase::Lowercase;
pub use sink::Sink;
pub use span::Span;
pub use spanset::SpanSet;
