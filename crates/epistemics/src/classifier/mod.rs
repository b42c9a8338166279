//! The verdict classifier (issue 17): a multinomial logistic regression (crates/learn's
//! [`hearsay_learn::logistic`]) over candidate events, so that verification events phrased
//! without the cue table's words are found, and the table's events judged in their context.
//!
//! **Candidates** ([`candidates()`], candidates.rs), cheap and broad, in every prose sentence: every event the
//! cue table finds ([`Kind::Rule`]); every negation ("not", "n't", "never", "no", "neither",
//! "none", "nobody", "nothing", "nor") outside those cues, its cue the negated verb phrase
//! from the auxiliary before it to the first content word after it ("isn't stolen", "is not
//! one", "neither is named", "not the wife") ([`Kind::Negation`]); and every word of a few
//! verdict families (`hearsay_lex::hedge::verdict_words`: falsity "false", "hoax", "staged"; truth "true", "genuine";
//! evidence "showed", "found"; uncertainty "unclear", "unknown") outside both, with the
//! copula before it ([`Kind::Word`]). Word classes in words.rs. At most [`MAX_CANDIDATES`] a document.
//!
//! **Features** ([`features()`], features.rs; the article's shared context in context.rs), hashed into `2^BITS` rows of [`NCLASS`] weights): the kind, the
//! cue table's verdict and pattern, the trigger word, the cue's words, part-of-speech tags
//! and the words around it, the auxiliary before a negation and the content word after it,
//! whether the cue lies in an attribution's content (the attribution's kind, cue verb and
//! source shape), inside quotation marks, in a question or a condition, after "but", with a
//! modal or a hedge; the sentence's position; and how much the candidate restates the claim
//! in dispute: whether the negated word and the sentence's content words occur in the title
//! or lead and in the other sentences of the article (a negated restatement of what the
//! article reports elsewhere is the typical denial).
//!
//! **Decision** ([`decide()`], decide.rs): a cue-table event stands unless the classifier
//! scores `none` above its verdict by more than the model's veto threshold; any other
//! candidate becomes an event of its best verdict when that verdict outscores `none` by more
//! than its add threshold (that verdict's for a negation, one for all family words). The thresholds are chosen by cross-validation by
//! document on the training data (`hearsay train verifications --cv`). An added event's actor is the source of
//! the attribution whose content holds it, or none (the writer's own verdict); for verdicts
//! other than confirmed and denied, the subject of its clause first.

//!
//! **Model** (model.rs): [`VerdictModel`] holds the weights and thresholds; the pipeline's
//! verification component owns one (`Verifications::shipped()` reads models/verifications.bin
//! and checks its header), and [`train`] fits one with explicit [`TrainSettings`].

mod candidates;
mod context;
mod decide;
mod features;
mod model;
mod words;

#[cfg(test)]
mod tests;

use crate::verifications::RuleEvent;
use hearsay_core::{Span, Verdict};

pub use candidates::candidates;
pub use context::DocContext;
pub use decide::decide;
pub use features::features;
pub use model::{train, Example, TrainSettings, VerdictModel, CARD, SHIPPED_MODEL};

/// Classes: 0 is no event, `1 + k` is `Verdict::ALL[k]`.
pub const NCLASS: usize = 1 + Verdict::ALL.len();

/// Add thresholds: one a verdict (`[k]` for `Verdict::ALL[k]`), which a negation's best
/// verdict must outscore `none` by more than, and [`WORD_ADD`], the one for every
/// verdict-family word candidate. The family words ("lie", "misleading", "inaccurate") are
/// used as political attacks far more often than negations are read as verdicts (PolNeAR dev
/// out of fold: every family word scored above 0 is a false alarm), so the two kinds are
/// thresholded apart and the negations need not wait for the words.
pub type AddThresholds = [f32; NCLASS];

/// The entry of [`AddThresholds`] for [`Kind::Word`] candidates.
pub const WORD_ADD: usize = NCLASS - 1;

/// Feature table size: `2^BITS` rows.
pub const BITS: u32 = 18;

/// At most this many candidates a document besides the cue table's events.
pub const MAX_CANDIDATES: usize = 400;

/// Where a candidate comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// An event of the cue table.
    Rule,
    /// A negation and the verb phrase it negates.
    Negation,
    /// A word of a verdict family.
    Word,
}

/// A candidate event.
#[derive(Clone, Debug)]
pub struct Candidate {
    /// Where it comes from.
    pub kind: Kind,
    /// Its cue.
    pub cue: Span,
    /// First and last token of the cue.
    pub tokens: (usize, usize),
    /// The token that made it a candidate (the negation, the family word; the cue's first
    /// token for a cue-table event).
    pub trigger: usize,
    /// Index of its sentence.
    pub sentence: usize,
    /// The cue table's event, for [`Kind::Rule`].
    pub rule: Option<RuleEvent>,
}

/// The class of a verdict.
pub fn class_of(v: Verdict) -> usize {
    1 + Verdict::ALL.iter().position(|&x| x == v).unwrap_or(0)
}
