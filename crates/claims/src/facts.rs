//! What each attribution's relation to the verifications makes of it, found once per
//! document through position indexes (a scan of every verification per attribution made the
//! stage quadratic).

use hearsay_core::{Doc, Span, SpanSet, Verdict};

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
    /// The first verification, not a confirmation, in an appositive at the end of the
    /// attribution's content that names the content as a statement ("said that … through
    /// Mexico, *a claim that was immediately disputed* by the Obama administration"): it answers
    /// what the attribution says, which stays a claim ([`appositive`]).
    pub appended: Vec<Option<usize>>,
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
            // a verification in an appositive naming the content ("…, a claim that was
            // disputed") answers the content: the attribution still makes its claim
            let appended = a
                .content
                .iter()
                .flat_map(|c| open.within(*c).map(move |(_, v)| (*c, v)))
                .find(|&(c, v)| appositive(doc, c, v))
                .map(|(_, v)| v);
            // a "gave no further context" deep inside the content ("that Woods had been
            // suspended … and that an exempt player *he didn't name* had revealed it") says how
            // the claim is sourced, not that it answers one; one that opens the content ("he
            // *did not give details* of the release") is the content
            let answers_in = |c: Span, v: usize| {
                let x = &doc.verifications[v];
                // (counted up to the bound only: a long content holds many cues)
                let lead =
                    doc.text.get(c.start..x.cue.start).map_or(0, |t| t.split_whitespace().take(SOURCING_LEAD).count());
                !appositive(doc, c, v) && (x.verdict != Verdict::NoFurtherContext || lead < SOURCING_LEAD)
            };
            let response = a.content.iter().any(|c| open.within(*c).any(|(_, v)| answers_in(*c, v)))
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
            f.appended.push(appended);
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

/// Fewest words of a content before a "gave no further context" cue inside it for the cue to
/// say how the content is sourced rather than be what the content states (train part of
/// data/claims, fnc1/2330 and fnc1/837).
const SOURCING_LEAD: usize = 5;

/// Most words between an appositive's comma and the verification cue it holds.
const APPOSITIVE_WORDS: usize = 6;

/// Whether verification `v`, a denial or a could-not-confirm, lies in an appositive at the end
/// of `content` that names what precedes it as a statement: after the content's last comma
/// before the cue come an article or "which" and, for an article, a noun of `crates/lex/data/claim_nouns.txt` ("…, *a claim that was
/// immediately disputed* by …", "…, *which* the ministry denied"), with at most
/// [`APPOSITIVE_WORDS`] words before the cue.
pub fn appositive(doc: &Doc, content: hearsay_core::Span, v: usize) -> bool {
    let Some(x) = doc.verifications.get(v) else { return false };
    if !matches!(x.verdict, Verdict::Denied | Verdict::CouldNotConfirm) {
        return false;
    }
    let cue = x.cue;
    let Some(before) = doc.text.get(content.start..cue.start) else { return false };
    let Some(comma) = before.rfind(',') else { return false };
    if before[..comma].split_whitespace().count() < 3 {
        return false;
    }
    let words: Vec<String> = before[comma + 1..]
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() || words.len() > APPOSITIVE_WORDS {
        return false;
    }
    match words[0].as_str() {
        "which" => true,
        "a" | "an" | "the" => words.get(1).is_some_and(|w| crate::words::is_claim_noun(w)),
        _ => false,
    }
}
