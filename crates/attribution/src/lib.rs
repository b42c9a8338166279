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
pub mod lexicon;
pub mod model;
pub mod nested;
pub mod perceptron;
pub mod polnear;
pub mod rules;
pub mod slots;
pub mod train;

use hearsay_core::Doc;
use std::sync::atomic::{AtomicU32, Ordering};

/// Score added to the cue tagger's B class before decoding (tuned on PolNeAR dev: above 0
/// trades cue precision for recall).
pub const DEFAULT_B_BIAS: f32 = 0.0;

static B_BIAS: AtomicU32 = AtomicU32::new(0);
static B_BIAS_SET: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Overrides the B bias (for tuning runs); see [`DEFAULT_B_BIAS`].
pub fn set_b_bias(v: f32) {
    B_BIAS.store(v.to_bits(), Ordering::Relaxed);
    B_BIAS_SET.store(true, Ordering::Relaxed);
}

/// The B bias in effect.
pub fn b_bias() -> f32 {
    if B_BIAS_SET.load(Ordering::Relaxed) {
        f32::from_bits(B_BIAS.load(Ordering::Relaxed))
    } else {
        DEFAULT_B_BIAS
    }
}

/// Finds attributions in `doc` (needs tokens and sentences) and adds them to `doc.attributions`.
pub fn annotate(doc: &mut Doc) {
    let Some(w) = model::shipped() else { return };
    annotate_with(w, doc);
}

/// [`annotate`] with given weights.
pub fn annotate_with(w: &perceptron::Weights, doc: &mut Doc) {
    if doc.tokens.is_empty() || doc.sentences.is_empty() {
        return;
    }
    let ctx = context::Ctx::new(doc);
    let raws = extract::extract_raw(w, &ctx, doc);
    let mut atts = extract::to_attributions(doc, &raws);
    rules::set_kinds(doc, &ctx, &mut atts);
    frames::find_frames(doc, &ctx, &mut atts);
    rules::continue_quotes(doc, &ctx, &mut atts);
    nested::find_nested(doc, &ctx, &mut atts);
    atts.sort_by_key(|x| x.content.first().map(|c| c.start).unwrap_or(0));
    rules::set_media(doc, &mut atts);
    rules::set_parents(&mut atts);
    doc.attributions.extend(atts);
}
