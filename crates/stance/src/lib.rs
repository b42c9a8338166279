//! Stance of an article toward a claim: does its headline (or claim sentence) support,
//! deny or merely report the claim?
//!
//! A multinomial logistic regression over hashed features ([`features`]) trained on the
//! Emergent data set (Ferreira & Vlachos, NAACL 2016: claim vs. article headline labelled
//! for / against / observing, mapped to supports / denies / reports). The shipped model,
//! `models/stance.bin`, is embedded in the binary; `hearsay train stance` rebuilds it.

pub mod cv;
pub mod data;
pub mod features;
pub mod model;

pub use cv::{cross_validate, evaluate, StanceScores};
pub use data::{read_emergent, Pair};
pub use model::{StanceModel, TrainOptions};

use hearsay_learn::{Card, ModelError, ModelFile};
use serde::{Deserialize, Serialize};

/// An article's position toward a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    /// Asserts the claim is true (Emergent `for`).
    Supports,
    /// Asserts the claim is false (Emergent `against`).
    Denies,
    /// Repeats the claim without taking a position (Emergent `observing`).
    Reports,
}

impl Stance {
    /// All stances, in model output order.
    pub const ALL: [Stance; 3] = [Stance::Supports, Stance::Denies, Stance::Reports];

    /// Index in [`Stance::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The lowercase name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Supports => "supports",
            Stance::Denies => "denies",
            Stance::Reports => "reports",
        }
    }

    /// Maps an Emergent label (`for`, `against`, `observing`) or one of our names.
    pub fn parse(label: &str) -> Option<Stance> {
        match label.trim().to_ascii_lowercase().as_str() {
            "for" | "supports" | "agree" => Some(Stance::Supports),
            "against" | "denies" | "disagree" => Some(Stance::Denies),
            "observing" | "reports" | "discuss" => Some(Stance::Reports),
            _ => None,
        }
    }
}

impl std::fmt::Display for Stance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The shipped model file (`models/stance.bin`).
pub static SHIPPED_MODEL: &[u8] = include_bytes!("../../../models/stance.bin");

/// The stance model's card (MODELS.md): checked against the header of every model file.
pub const CARD: Card = Card {
    name: "stance",
    format: 1,
    features: "stance features 1: headline words and bigrams, novel words, refuting/hedging cues, negation, overlap",
    data: "Emergent training split (Ferreira & Vlachos 2016)",
    license: "MIT (the Emergent data set's licence)",
    command: "hearsay train stance",
};

/// The word lists the features read, canonical (their bytes enter the model's fingerprint).
pub fn lexicons() -> Vec<String> {
    use hearsay_lex::{stance, stop};
    [&stance::REFUTING, &stance::HEDGING, &stance::NEGATION, &stop::CORPUS].iter().map(|l| l.canonical()).collect()
}

/// The shipped model. Fails when the embedded file is corrupt or stale.
pub fn shipped() -> Result<StanceModel, ModelError> {
    StanceModel::from_model_file(SHIPPED_MODEL)
}

/// Default training file, relative to the repository root.
pub const EMERGENT_TRAIN: &str = "../shared/data/emergent/url-versions-2015-06-14-clean-train.csv";

/// Trains a model on an Emergent-layout CSV; returns it with the number of pairs used.
pub fn train_file(path: &std::path::Path, opts: &TrainOptions) -> anyhow::Result<(StanceModel, usize)> {
    let (pairs, _) = read_emergent(path)?;
    anyhow::ensure!(!pairs.is_empty(), "no labelled pairs in {}", path.display());
    Ok((StanceModel::train(&pairs, opts), pairs.len()))
}
