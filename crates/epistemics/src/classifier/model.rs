//! The verdict model: weights, thresholds, the model file and training.

use super::{candidates, decide, features, AddThresholds, DocContext, BITS, NCLASS};
use crate::verifications::RuleEvent;
use hearsay_core::{Doc, SpanSet, Verification};
use hearsay_learn::rows::RowWeights;
use hearsay_learn::{Card, ModelError, ModelFile, SplitMix};

/// Seeds of the training shuffles: one model is trained with each and their weights are
/// averaged.
const SEEDS: [u64; 4] = [17, 3, 99, 5];

/// Payload magic.
const MAGIC: &[u8; 8] = b"HSVERD02";

/// The verdict model's card.
pub const CARD: Card = Card {
    name: "verifications",
    format: 3,
    features: "verification candidates v3: rule (pattern hash), negation and family-word candidates; cue, context, attribution, quote, dispute overlap, restatement, article rule counts",
    data: "our verification labels: data/verifications/v2, train split (FNC-1 train bodies and \
           PolNeAR train texts; counts in MODELS.md), and data/verifications/polnear-dev.jsonl (84 PolNeAR dev texts)",
    license: "Apache-2.0 (our labels); the texts' terms apply to their use (FNC-1; PolNeAR: research use)",
    command: "hearsay train verifications",
};

/// The shipped model file.
pub static SHIPPED_MODEL: &[u8] = include_bytes!("../../../../models/verifications.bin");

/// The verdict model: `2^BITS` rows of [`NCLASS`] weights and the thresholds.
#[derive(Clone, Debug)]
pub struct VerdictModel {
    w: RowWeights,
    /// An added candidate's best verdict must outscore `none` by more than this verdict's
    /// entry (a negation's) or the family words' entry ([`super::WORD_ADD`]).
    pub add: AddThresholds,
    /// A cue-table event is dropped when `none` outscores its verdict by more than this.
    pub veto: f32,
}

impl VerdictModel {
    /// A model of trained weights `w` with thresholds.
    pub fn new(w: RowWeights, add: AddThresholds, veto: f32) -> Self {
        VerdictModel { w, add, veto }
    }

    /// Class scores of features `feats`, in weight units.
    pub fn scores(&self, feats: &[u32]) -> [f32; NCLASS] {
        let mut s = [0i32; NCLASS];
        self.w.scores(feats, &mut s);
        s.map(|x| x as f32 / self.w.scale())
    }

    /// The shipped model (models/verifications.bin), read and checked against this build.
    pub fn shipped() -> Result<Self, ModelError> {
        Self::from_model_file(SHIPPED_MODEL)
    }

    /// The events of `doc` given the cue table's events `rules`.
    pub fn events(&self, doc: &Doc, contents: &SpanSet, rules: Vec<RuleEvent>) -> Vec<Verification> {
        let cands = candidates(doc, rules);
        if cands.is_empty() {
            return Vec::new();
        }
        let ctx = DocContext::new(doc, contents, &cands);
        let mut feats = Vec::with_capacity(64);
        let scores: Vec<[f32; NCLASS]> = cands
            .iter()
            .map(|c| {
                features(&ctx, c, &mut feats);
                self.scores(&feats)
            })
            .collect();
        decide(doc, contents, &cands, &scores, &self.add, self.veto)
    }
}

/// One training example: features and class (0 none, `1 + k` for `Verdict::ALL[k]`).
pub type Example = (Vec<u32>, usize);

/// How [`train`] fits the weights.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TrainSettings {
    /// Passes over the examples.
    pub epochs: usize,
    /// AdaGrad learning rate.
    pub rate: f32,
    /// L2 penalty.
    pub l2: f32,
    /// Weight of an example with a verdict (those without weigh 1).
    pub pos_weight: f32,
}

impl Default for TrainSettings {
    /// The shipped model's settings (chosen by cross-validation on the train split).
    fn default() -> Self {
        TrainSettings { epochs: 10, rate: 0.1, l2: 1e-5, pos_weight: 1.0 }
    }
}

/// Trains the weights on `examples`: multinomial logistic regression (AdaGrad, L2), each
/// seed of [`SEEDS`] shuffling once, the weights averaged over seeds.
pub fn train(examples: &[Example], s: &TrainSettings) -> RowWeights {
    let n = (1usize << BITS) * NCLASS;
    let mut sum = vec![0f32; n];
    let mut order: Vec<usize> = (0..examples.len()).collect();
    for seed in SEEDS {
        let mut t = hearsay_learn::logistic::LogisticTrainer::new(BITS, NCLASS, s.rate, s.l2);
        let mut rng = SplitMix(seed);
        for _ in 0..s.epochs {
            rng.shuffle(&mut order);
            for &i in &order {
                let (f, y) = &examples[i];
                t.step(f, *y, if *y > 0 { s.pos_weight } else { 1.0 });
            }
        }
        for (a, x) in sum.iter_mut().zip(t.weights()) {
            *a += x / SEEDS.len() as f32;
        }
    }
    RowWeights::quantize(BITS, NCLASS, &sum)
}

impl ModelFile for VerdictModel {
    const CARD: Card = CARD;

    fn lexicons() -> Vec<String> {
        vec![
            hearsay_lex::stop::CORPUS.canonical(),
            hearsay_lex::pron::SUBJECT.canonical(),
            hearsay_lex::hedge::VERIFICATION_CUES.to_string(),
            hearsay_lex::neg::NEGATION.canonical(),
            hearsay_lex::verbs::AUX_BE.canonical(),
            hearsay_lex::verbs::AUX_HAVE.canonical(),
            hearsay_lex::verbs::AUX_DO.canonical(),
            hearsay_lex::verbs::AUX_MODAL.canonical(),
            hearsay_lex::verbs::COPULAS.canonical(),
            hearsay_lex::hedge::verdict_words().iter().map(|(w, f)| format!("{w}\t{f}")).collect::<Vec<_>>().join("\n"),
        ]
    }

    /// The add thresholds (one f32 a verdict, in `Verdict::ALL` order, then the family
    /// words' one) and the veto threshold (f32), then the sparse weight rows.
    fn to_payload(&self) -> Vec<u8> {
        let mut out = Vec::new();
        for a in self.add {
            out.extend_from_slice(&a.to_le_bytes());
        }
        out.extend_from_slice(&self.veto.to_le_bytes());
        out.extend_from_slice(&self.w.to_sparse_bytes(MAGIC));
        out
    }

    fn from_payload(b: &[u8]) -> Result<Self, ModelError> {
        let f = |k: usize| -> Result<f32, ModelError> {
            b.get(k..k + 4)
                .and_then(|s| s.try_into().ok())
                .map(f32::from_le_bytes)
                .ok_or_else(|| ModelError("verifications model payload is truncated".into()))
        };
        let mut add: AddThresholds = [0.0; NCLASS];
        for (k, a) in add.iter_mut().enumerate() {
            *a = f(4 * k)?;
        }
        let head = 4 * (NCLASS + 1);
        let veto = f(head - 4)?;
        let (w, rest) = RowWeights::read_sparse(&b[head..], MAGIC)?;
        if !rest.is_empty() {
            return Err(ModelError("verifications model payload has trailing bytes".into()));
        }
        if w.bits() != BITS || w.nclass() != NCLASS {
            return Err(ModelError(format!("verifications model has {} bits and {} classes", w.bits(), w.nclass())));
        }
        Ok(VerdictModel { w, add, veto })
    }
}
