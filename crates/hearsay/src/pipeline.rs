//! [`Pipeline`]: the components of the analysis, built once with their models and run on
//! many documents.

use hearsay_core::{Component, Deadline, Doc, Layer};
use hearsay_ingest::{IngestError, IngestOptions};
use hearsay_learn::ModelError;

/// Why a pipeline could not be built.
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    /// A shipped or given model file is corrupt or does not match this build.
    #[error(transparent)]
    Model(#[from] ModelError),
    /// A component needs a layer no earlier component (nor ingest) makes.
    #[error("component `{component}` needs {layer}, which no earlier component makes")]
    Missing {
        /// The component.
        component: &'static str,
        /// The layer.
        layer: &'static str,
    },
    /// Two components write the same layer.
    #[error("components `{first}` and `{second}` both write {layer}")]
    Conflict {
        /// The earlier component.
        first: &'static str,
        /// The later one.
        second: &'static str,
        /// The layer.
        layer: &'static str,
    },
    /// Two components share a name.
    #[error("two components are named `{0}`")]
    Duplicate(&'static str),
    /// A stage name that is not in the pipeline.
    #[error("no component named `{0}`")]
    UnknownStage(String),
}

/// Why [`Pipeline::analyze_bytes_until`] gave no document.
#[derive(Debug, thiserror::Error)]
pub enum AnalyzeError {
    /// The input could not be ingested.
    #[error(transparent)]
    Ingest(#[from] IngestError),
    /// The deadline passed (or was cancelled) before the analysis finished.
    #[error("the analysis did not finish before its deadline")]
    DeadlineExceeded,
}

/// The analysis pipeline: ingest, then each component in order. It is `Sync`: build it
/// once and share it between threads.
pub struct Pipeline {
    components: Vec<Box<dyn Component>>,
}

impl std::fmt::Debug for Pipeline {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.components.iter().map(|c| c.name())).finish()
    }
}

/// Builds a [`Pipeline`] from components, checking when built that each one's required
/// layers are made by ingest or an earlier component and that no layer is written twice.
#[derive(Default)]
pub struct PipelineBuilder {
    components: Vec<Box<dyn Component>>,
}

impl PipelineBuilder {
    /// Appends a component.
    pub fn component(mut self, c: impl Component + 'static) -> Self {
        self.components.push(Box::new(c));
        self
    }

    /// Checks the order and builds the pipeline.
    pub fn build(self) -> Result<Pipeline, PipelineError> {
        let mut made: Vec<(Layer, &'static str)> = vec![(Layer::Segments, "ingest")];
        let mut names: Vec<&'static str> = Vec::new();
        for c in &self.components {
            if names.contains(&c.name()) {
                return Err(PipelineError::Duplicate(c.name()));
            }
            names.push(c.name());
            for &l in c.requires() {
                if !made.iter().any(|&(m, _)| m == l) {
                    return Err(PipelineError::Missing { component: c.name(), layer: l.as_str() });
                }
            }
            for &l in c.assigns() {
                if let Some(&(_, first)) = made.iter().find(|&&(m, _)| m == l) {
                    return Err(PipelineError::Conflict { first, second: c.name(), layer: l.as_str() });
                }
                made.push((l, c.name()));
            }
        }
        Ok(Pipeline { components: self.components })
    }
}

/// A stage of the shipped pipeline: its name and how to build it with its shipped model.
type Stage = (&'static str, fn() -> Result<Box<dyn Component>, ModelError>);

/// The shipped stages, in order: the one place that says which components the pipeline runs.
const STAGES: [Stage; 7] = [
    ("text", || Ok(Box::new(hearsay_text::Text::shipped()?))),
    ("attribution", || Ok(Box::new(hearsay_attribution::Attribution::shipped()?))),
    ("hedges", || Ok(Box::new(hearsay_epistemics::Hedges))),
    ("verifications", || Ok(Box::new(hearsay_epistemics::Verifications::shipped()?))),
    ("acts", || Ok(Box::new(hearsay_epistemics::SpeechActs))),
    ("sources", || Ok(Box::new(hearsay_sources::Sources))),
    ("claims", || Ok(Box::new(hearsay_claims::Claims))),
];

impl Pipeline {
    /// The full pipeline with the shipped models: text → attribution → hedges →
    /// verifications → acts → sources → claims. Fails when a shipped model is corrupt or was
    /// trained for other features than this build computes.
    pub fn new() -> Result<Self, PipelineError> {
        Self::shipped(STAGES.len(), None)
    }

    /// The shipped stages that come before `stage`, with their models only: what training
    /// and evaluation of `stage` run, so that they see exactly what serving gives it (and
    /// need no model of `stage` or later).
    pub fn before(stage: &str) -> Result<Self, PipelineError> {
        let end = STAGES.iter().position(|s| s.0 == stage).ok_or_else(|| PipelineError::UnknownStage(stage.into()))?;
        Self::shipped(end, None)
    }

    /// The full pipeline with a given attribution component (other weights or B bias); the
    /// shipped attribution model is not loaded.
    pub fn with_attribution(attribution: hearsay_attribution::Attribution) -> Result<Self, PipelineError> {
        Self::shipped(STAGES.len(), Some(Box::new(attribution)))
    }

    /// The first `end` shipped stages, `attribution` standing in for the shipped one.
    fn shipped(end: usize, mut attribution: Option<Box<dyn Component>>) -> Result<Self, PipelineError> {
        // plain-text ingest's block model (models/blocks.bin): refused here, loudly, when bad
        hearsay_ingest::plain::block_model::shipped()?;
        let mut b = Self::builder();
        for (name, make) in &STAGES[..end] {
            let given = attribution.take_if(|_| *name == "attribution");
            b.components.push(match given {
                Some(c) => c,
                None => make()?,
            });
        }
        b.build()
    }

    /// An empty builder.
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder::default()
    }

    /// The components, in order.
    pub fn components(&self) -> impl Iterator<Item = &dyn Component> {
        self.components.iter().map(|c| c.as_ref())
    }

    /// Runs every component on `doc` (which ingest made), adding its layers.
    pub fn annotate(&self, doc: &mut Doc) {
        for c in &self.components {
            c.annotate(doc);
        }
    }

    /// Runs the components that come before `stage` (training and evaluation of a stage see
    /// exactly the layers that serving gives it).
    pub fn annotate_before(&self, doc: &mut Doc, stage: &str) -> Result<(), PipelineError> {
        let end = self.position(stage)?;
        for c in &self.components[..end] {
            c.annotate(doc);
        }
        Ok(())
    }

    /// Runs the components up to and including `stage`.
    pub fn annotate_through(&self, doc: &mut Doc, stage: &str) -> Result<(), PipelineError> {
        let end = self.position(stage)? + 1;
        for c in &self.components[..end] {
            c.annotate(doc);
        }
        Ok(())
    }

    fn position(&self, stage: &str) -> Result<usize, PipelineError> {
        self.components.iter().position(|c| c.name() == stage).ok_or_else(|| PipelineError::UnknownStage(stage.into()))
    }

    /// Ingests `bytes` and runs every component, stopping when `deadline` passes (stages
    /// check it cooperatively, between stages and inside their loops); the partial
    /// document is then dropped. An analysis that finishes in time is byte for byte what
    /// [`Pipeline::analyze_bytes`] gives.
    pub fn analyze_bytes_until(
        &self,
        bytes: &[u8],
        opts: &IngestOptions,
        deadline: Deadline,
    ) -> Result<Doc, AnalyzeError> {
        if deadline.expired() {
            return Err(AnalyzeError::DeadlineExceeded);
        }
        let mut doc = hearsay_ingest::ingest(bytes, opts)?;
        doc.deadline = deadline;
        for c in &self.components {
            if doc.expired() {
                return Err(AnalyzeError::DeadlineExceeded);
            }
            c.annotate(&mut doc);
        }
        if doc.expired() {
            return Err(AnalyzeError::DeadlineExceeded);
        }
        doc.deadline = Deadline::none();
        Ok(doc)
    }

    /// Ingests `bytes` and runs every component.
    pub fn analyze_bytes(&self, bytes: &[u8], opts: &IngestOptions) -> Result<Doc, IngestError> {
        let mut doc = hearsay_ingest::ingest(bytes, opts)?;
        self.annotate(&mut doc);
        Ok(doc)
    }

    /// Ingests `bytes`, runs every component and returns the `hearsay.v1` view.
    pub fn analyze(&self, bytes: &[u8], opts: &IngestOptions) -> Result<hearsay_core::schema::Analysis, IngestError> {
        self.analyze_bytes(bytes, opts).map(|d| hearsay_core::schema::Analysis::from_doc(&d))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fake(&'static str, &'static [Layer], &'static [Layer]);

    impl Component for Fake {
        fn name(&self) -> &'static str {
            self.0
        }
        fn requires(&self) -> &'static [Layer] {
            self.1
        }
        fn assigns(&self) -> &'static [Layer] {
            self.2
        }
        fn annotate(&self, doc: &mut Doc) {
            doc.warnings.push(self.0.to_string());
        }
    }

    #[test]
    fn the_builder_checks_what_each_component_reads_and_writes() {
        let text = || Fake("text", &[Layer::Segments], &[Layer::Tokens, Layer::Sentences]);
        let attr = || Fake("attribution", &[Layer::Tokens], &[Layer::Attributions]);
        let p = Pipeline::builder().component(text()).component(attr()).build().unwrap();
        let mut d = Doc::new("d", "x");
        p.annotate_before(&mut d, "attribution").unwrap();
        assert_eq!(d.warnings, ["text"]);
        p.annotate_through(&mut Doc::new("e", "y"), "attribution").unwrap();
        assert!(p.annotate_before(&mut d, "claims").is_err());
        // out of order: attribution needs tokens
        let e = Pipeline::builder().component(attr()).component(text()).build().unwrap_err();
        assert!(e.to_string().contains("needs tokens"), "{e}");
        // two writers of one layer
        let e = Pipeline::builder().component(text()).component(text()).build().unwrap_err();
        assert!(matches!(e, PipelineError::Duplicate("text")));
        let other = Fake("other", &[], &[Layer::Tokens]);
        let e = Pipeline::builder().component(text()).component(other).build().unwrap_err();
        assert!(e.to_string().contains("both write tokens"), "{e}");
    }

    #[test]
    fn the_shipped_pipeline_builds_in_stage_order() {
        let p = Pipeline::new().unwrap();
        let names: Vec<&str> = p.components().map(|c| c.name()).collect();
        assert_eq!(names, ["text", "attribution", "hedges", "verifications", "acts", "sources", "claims"]);
        let names: Vec<&str> = Pipeline::before("attribution").unwrap().components().map(|c| c.name()).collect();
        assert_eq!(names, ["text"]);
        assert!(Pipeline::before("nothing").is_err());
        let a = hearsay_attribution::Attribution::shipped().unwrap().with_b_bias(2.0);
        let names: Vec<&str> = Pipeline::with_attribution(a).unwrap().components().map(|c| c.name()).collect();
        assert_eq!(names, ["text", "attribution", "hedges", "verifications", "acts", "sources", "claims"]);
    }
}
