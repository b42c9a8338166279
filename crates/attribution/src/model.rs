//! The shipped attribution model: one hashed weight vector for the cue tagger and the
//! span pointers, trained by `hearsay train attribution` and embedded in the binary.

use crate::perceptron::Weights;
use std::sync::OnceLock;

const MAGIC: &[u8; 8] = b"HSATTR01";

/// The model file, embedded at build time (an empty file means "untrained").
static MODEL_BYTES: &[u8] = include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../models/attribution.bin"));

/// Serializes weights into the model file format.
pub fn to_bytes(w: &Weights) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.extend(w.to_bytes());
    out
}

/// Parses a model file; `None` when empty or malformed.
pub fn from_bytes(b: &[u8]) -> Option<Weights> {
    let rest = b.strip_prefix(MAGIC)?;
    Weights::from_bytes(rest).map(|(w, _)| w)
}

/// The embedded model, loaded once (`None` when the build carries no trained model).
pub fn shipped() -> Option<&'static Weights> {
    static M: OnceLock<Option<Weights>> = OnceLock::new();
    M.get_or_init(|| from_bytes(MODEL_BYTES)).as_ref()
}
