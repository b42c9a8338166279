//! The learned source-type classifier (issue 17), stacked on the rules: for each source the
//! rules found, it reads the rules' labels and the source's features ([`features`]) and
//! decides its type, anonymity and officialness, keeping the rules' label where it is not
//! confident ([`model::SourceModel::decide`]). `models/sources.bin`, trained by `hearsay
//! train sources` on the train part of data/sources/v2 (MODELS.md), is embedded in the binary.
//!
//! [`LearnedSources`] is the pipeline's sources stage: the rules of [`crate::annotate`], then
//! the model it owns.

pub mod features;
pub mod model;
pub mod train;

pub use model::{Labels, SourceModel, TrainOptions};

use hearsay_core::{Component, Doc, Layer};
use hearsay_learn::{Card, ModelError, ModelFile};
use std::sync::Arc;

/// The shipped model file (`models/sources.bin`).
pub static SHIPPED_MODEL: &[u8] = include_bytes!("../../../../models/sources.bin");

/// The source classifier's card (MODELS.md): checked against the header of every model file.
pub const CARD: Card = Card {
    name: "sources",
    format: 1,
    features: features::FEATURES,
    data: "data/sources/v2 train part (a, b, e): the project's own labels",
    license: "Apache-2.0 (the project's own labels)",
    command: "hearsay train sources",
};

/// The word lists and tables the features read (their bytes enter the model's fingerprint).
pub fn lexicons() -> Vec<String> {
    use hearsay_lex::speakers as s;
    [
        s::OUTLETS,
        s::GOVERNMENT,
        s::ORGANIZATIONS,
        s::ORG_HEADS,
        s::OUTLET_HEADS,
        s::ROLES,
        s::TITLES,
        s::GROUP_NOUNS,
        s::FIRST_NAMES,
        hearsay_lex::media::DOCUMENT_NOUNS,
        hearsay_lex::clusters::TABLE,
    ]
    .iter()
    .map(|t| t.to_string())
    .collect()
}

/// The shipped model. Fails when the embedded file is corrupt or stale.
pub fn shipped() -> Result<SourceModel, ModelError> {
    SourceModel::from_model_file(SHIPPED_MODEL)
}

/// Relabels every source of `doc` (after the rules) with `model`.
pub fn relabel(doc: &mut Doc, model: &SourceModel) {
    let mut feats = Vec::with_capacity(64);
    for i in 0..doc.sources.len() {
        features::extract(doc, i, &mut feats);
        let s = &doc.sources[i];
        let (t, a, o) = model.decide(&feats, (s.stype, s.anonymous, s.official));
        let s = &mut doc.sources[i];
        s.stype = t;
        s.anonymous = a;
        s.official = o;
    }
}

/// The sources stage with its learned classifier: the rules, then [`relabel`].
#[derive(Clone, Debug)]
pub struct LearnedSources {
    model: Arc<SourceModel>,
}

impl LearnedSources {
    /// The stage with `model`.
    pub fn new(model: SourceModel) -> Self {
        LearnedSources { model: Arc::new(model) }
    }

    /// The stage with the shipped model.
    pub fn shipped() -> Result<Self, ModelError> {
        Ok(Self::new(shipped()?))
    }
}

impl Component for LearnedSources {
    fn name(&self) -> &'static str {
        crate::Sources.name()
    }
    fn requires(&self) -> &'static [Layer] {
        crate::Sources.requires()
    }
    fn assigns(&self) -> &'static [Layer] {
        crate::Sources.assigns()
    }
    fn annotate(&self, doc: &mut Doc) {
        crate::annotate(doc);
        relabel(doc, &self.model);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_model_loads_and_keeps_rules_below_its_margins() {
        let m = shipped().expect("models/sources.bin matches this build's features and lists");
        assert!(m.thresholds.iter().all(|&t| t >= 0.0));
        let rule = (hearsay_core::SourceType::Person, false, true);
        let mut strict = m;
        strict.thresholds = [f32::INFINITY; 3];
        assert_eq!(strict.decide(&[1, 2, 3], rule), rule);
    }
}
