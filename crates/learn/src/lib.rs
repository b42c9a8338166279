//! The one learning module of hearsay: every learned piece (the part-of-speech tagger, the
//! dependency parser, the attribution tagger and span pointers, the stance model) hashes its
//! features, shuffles its data, averages its perceptron, quantises its weights and reads and
//! writes its model file through this crate.
//!
//! - [`hash`]: FNV-1a ([`fnv1a`]), the chained feature hash [`FeatHash`] and the two-value
//!   index mix [`mix_index`];
//! - [`rng`]: [`SplitMix`], the seeded shuffler;
//! - [`averaged`]: [`Averager`], lazy averaging of perceptron weights;
//! - [`rows`]: class-row tables (a row of `nclass` weights per hashed feature, `i16`), used
//!   by the tagger and parser;
//! - [`logistic`]: multinomial logistic regression (AdaGrad, L2) over class-row tables,
//!   used by the verdict classifier;
//! - [`mixed`]: class-mixed tables (feature and class hashed to one index, one byte per
//!   weight on a log scale), used by the attribution model;
//! - [`model`]: the model file header (name, format version, fingerprint of the feature code
//!   and lexicons, license), checked on load.

pub mod averaged;
pub mod hash;
pub mod logistic;
pub mod mixed;
pub mod model;
pub mod rng;
pub mod rows;

pub use averaged::Averager;
pub use hash::{fnv1a, mix_index, FeatHash};
pub use model::{Card, ModelError, ModelFile, ModelMeta};
pub use rng::SplitMix;

/// Index of the largest score (the first on ties).
pub fn argmax<T: PartialOrd + Copy>(s: &[T]) -> usize {
    let mut best = 0;
    for i in 1..s.len() {
        if s[i] > s[best] {
            best = i;
        }
    }
    best
}
