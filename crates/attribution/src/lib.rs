//! Attribution stage: source, cue and content spans of every attributed statement.
//!
//! A cue tagger (averaged perceptron, Viterbi B/I/O) finds cues; for each cue, span
//! pointers choose the source and the content on either side ([`slots`]); rules then set
//! kinds, media, nesting and quotes that continue into the next paragraph ([`rules`]).
//! The model is trained on PolNeAR train by [`train::train`] and embedded in the binary.

pub mod context;
pub mod cue;
pub mod extract;
pub mod frames;
pub mod model;
pub mod nested;
pub mod polnear;
pub mod rules;
pub mod slots;
pub mod train;

use hearsay_core::{Component, Doc, Layer};
use hearsay_learn::mixed::Weights;
use hearsay_learn::ModelError;

/// Score added to the cue tagger's B class before decoding (tuned on PolNeAR dev: above 0
/// trades cue precision for recall).
pub const DEFAULT_B_BIAS: f32 = 0.0;

/// The attribution stage as a pipeline component; it owns the model.
#[derive(Clone, Debug)]
pub struct Attribution {
    weights: Weights,
    b_bias: f32,
}

impl Attribution {
    /// With the shipped model.
    pub fn shipped() -> Result<Self, ModelError> {
        Ok(Self::new(model::shipped()?))
    }

    /// With given weights.
    pub fn new(weights: Weights) -> Self {
        Attribution { weights, b_bias: DEFAULT_B_BIAS }
    }

    /// The same, with another B bias (for tuning runs; see [`DEFAULT_B_BIAS`]).
    pub fn with_b_bias(mut self, b_bias: f32) -> Self {
        self.b_bias = b_bias;
        self
    }

    /// The weights.
    pub fn weights(&self) -> &Weights {
        &self.weights
    }
}

impl Component for Attribution {
    fn name(&self) -> &'static str {
        "attribution"
    }
    fn requires(&self) -> &'static [Layer] {
        &[Layer::Segments, Layer::Tokens, Layer::Sentences, Layer::Pos]
    }
    fn assigns(&self) -> &'static [Layer] {
        &[Layer::Attributions]
    }
    fn annotate(&self, doc: &mut Doc) {
        annotate_with(&self.weights, self.b_bias, doc);
    }
}

/// Finds attributions in `doc` (needs tokens, sentences and tags) with weights `w` and B
/// bias `b_bias`, and adds them to `doc.attributions`.
pub fn annotate_with(w: &Weights, b_bias: f32, doc: &mut Doc) {
    if doc.tokens.is_empty() || doc.sentences.is_empty() {
        return;
    }
    let ctx = context::Ctx::new(doc);
    let raws = extract::extract_raw(w, &ctx, doc, b_bias);
    if doc.expired() {
        return;
    }
    let mut atts = extract::to_attributions(doc, &raws);
    rules::misplaced_sources(doc, &ctx, &mut atts);
    rules::trim_leading_adverbials(doc, &ctx, &mut atts);
    rules::unnamed_reporter(doc, &ctx, &mut atts);
    rules::age_as_source(doc, &ctx, &mut atts);
    rules::close_parenthesis(doc, &ctx, &mut atts);
    rules::trim_medium(doc, &ctx, &mut atts);
    rules::drop_furniture_labels(doc, &mut atts);
    rules::emphatic_reflexive(doc, &ctx, &mut atts);
    rules::set_kinds(doc, &ctx, &mut atts);
    frames::find_frames(doc, &ctx, &mut atts);
    rules::continue_quotes(doc, &ctx, &mut atts);
    nested::find_nested(doc, &ctx, &mut atts);
    atts.sort_by_key(|x| x.content.first().map(|c| c.start).unwrap_or(0));
    rules::set_media(doc, &mut atts);
    rules::set_parents(&mut atts);
    doc.attributions.extend(atts);
}
