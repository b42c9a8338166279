//! What each attribution's relation to the verifications makes of it, found once per
//! document through position indexes (a scan of every verification per attribution made the
//! stage quadratic).

use hearsay_core::{Doc, SpanSet, Verdict};

/// Per attribution: the verdict of a verification sharing its cue, whether it responds to a
/// claim, whether it states none (see the functions of the same names in [`crate::group`]).
#[derive(Clone, Debug, Default)]
pub struct Facts {
    /// [`crate::group::verifying_verdict`] of each attribution.
    pub verdict: Vec<Option<Verdict>>,
    /// [`crate::group::is_response`] of each attribution.
    pub response: Vec<bool>,
    /// [`crate::group::states_no_claim`] of each attribution.
    pub no_claim: Vec<bool>,
    /// The first verification, not a confirmation, whose cue overlaps the attribution's cue:
    /// the one whose content the attribution's content is ("denied *that …*").
    pub answered: Vec<Option<usize>>,
    /// The first confirmation whose cue overlaps the attribution's cue ("the ministry
    /// *confirmed* a major operation had taken place"): it bears on the claim the attribution
    /// makes or joins.
    pub confirms: Vec<Option<usize>>,
}

impl Facts {
    /// Computes the facts of every attribution of `doc`.
    pub fn new(doc: &Doc) -> Self {
        let cues = SpanSet::new(doc.verifications.iter().enumerate().map(|(v, x)| (x.cue, v)));
        let open = SpanSet::new(
            doc.verifications
                .iter()
                .enumerate()
                .filter(|(_, x)| x.verdict != Verdict::Confirmed)
                .map(|(v, x)| (x.cue, v)),
        );
        let mut f = Facts::default();
        for (i, a) in doc.attributions.iter().enumerate() {
            let response = a.content.iter().any(|c| open.within(*c).next().is_some())
                || a.cue.is_some_and(|c| open.any_overlapping(c));
            // the first verification (in order) whose cue overlaps the attribution's cue
            let verdict = a
                .cue
                .and_then(|c| cues.overlapping(c).into_iter().map(|(_, v)| v).min())
                .map(|v| doc.verifications[v].verdict);
            // the first verification whose cue lies in one of its contents
            let held = a.content.iter().flat_map(|c| cues.within(*c).map(|(_, v)| v)).min();
            let no_claim = matches!(
                verdict,
                Some(
                    Verdict::DidNotRespond
                        | Verdict::DeclinedToComment
                        | Verdict::CouldNotBeReached
                        | Verdict::NoFurtherContext
                )
            ) || held.is_some_and(|v| crate::group::only_verification(doc, i, v));
            f.verdict.push(verdict);
            f.response.push(response);
            f.no_claim.push(no_claim);
            f.answered.push(a.cue.and_then(|c| open.overlapping(c).into_iter().map(|(_, v)| v).min()));
            f.confirms.push(a.cue.and_then(|c| {
                cues.overlapping(c)
                    .into_iter()
                    .map(|(_, v)| v)
                    .filter(|&v| doc.verifications[v].verdict == Verdict::Confirmed)
                    .min()
            }));
        }
        f
    }
}
