//! The shipped attribution model: one hashed weight vector for the cue tagger and the
//! span pointers, trained by `hearsay train attribution` and embedded in the binary.

use hearsay_learn::mixed::Weights;
use hearsay_learn::{Card, ModelError};

const MAGIC: &[u8; 8] = b"HSATTR01";

/// The model file, embedded at build time.
static MODEL_BYTES: &[u8] = include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../models/attribution.bin"));

/// The attribution model's card (MODELS.md): checked against the header of every model file.
pub const CARD: Card = Card {
    name: "attribution",
    format: 1,
    features: "attribution features 1: cue tagger (context.rs, cue.rs) and span pointers (slots.rs)",
    data: "PolNeAR train (840 articles)",
    license: "research use only: PolNeAR states no license",
    command: "hearsay train attribution",
};

/// The lexicons the features read (their bytes enter the model's fingerprint): the word
/// classes, the reporting verbs and the cue lemmas (the last two as sorted canonical text).
pub fn lexicons() -> [&'static [u8]; 3] {
    static LISTS: std::sync::OnceLock<(String, String)> = std::sync::OnceLock::new();
    let (verbs, lemmas) = LISTS
        .get_or_init(|| (hearsay_lex::speech::ATTRIBUTION.canonical(), hearsay_lex::speech::cue_lemmas_canonical()));
    [hearsay_lex::clusters::TABLE.as_bytes(), verbs.as_bytes(), lemmas.as_bytes()]
}

/// Serializes weights into a model file (header and weights).
pub fn to_bytes(w: &Weights) -> Vec<u8> {
    let mut payload = MAGIC.to_vec();
    payload.extend(w.to_bytes());
    CARD.write(&lexicons(), &payload)
}

/// Parses a model file, checking its header.
pub fn from_bytes(b: &[u8]) -> Result<Weights, ModelError> {
    let payload = CARD.read(&lexicons(), b)?;
    let rest =
        payload.strip_prefix(MAGIC).ok_or_else(|| ModelError("attribution payload has no HSATTR01 magic".into()))?;
    Weights::from_bytes(rest).map(|(w, _)| w).ok_or_else(|| ModelError("truncated attribution weights".into()))
}

/// The embedded model.
pub fn shipped() -> Result<Weights, ModelError> {
    from_bytes(MODEL_BYTES)
}
