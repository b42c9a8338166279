//! Auxiliaries, modals and other verbs the rules read (`data/verbs.tsv`).

use crate::table::List;

/// Auxiliaries, modals, raising verbs and participles of feeling with their lists.
pub const TABLE: &str = include_str!("../data/verbs.tsv");

/// Auxiliaries of a passive ("was accused", "got fired"), read by attribution's passive test.
pub static PASSIVE_AUX: List = List::new("passive_aux", &[TABLE]);
/// Verbs that raise the subject of a cue before "to" ("has appeared to acknowledge"), read
/// by the epistemics actor finder.
pub static RAISERS: List = List::new("raiser", &[TABLE]);
/// Verbs of the writer's own speculation ("she also seems to …", "the officer appeared to be
/// delayed"): a report cued by nothing else states no claim (docs/ASSESSMENT.md). Read by claims.
pub static SPECULATION: List = List::new("speculation", &[TABLE]);
/// Participles of feeling and conviction: after "be" they make the subject the one who
/// holds the view ("Republicans were frustrated that …"), not a passive. Read by attribution.
pub static STATE_PARTICIPLES: List = List::new("state_participle", &[TABLE]);
/// Verbs that end a clause-initial subject read left to right (auxiliaries, modals and a few
/// speech verbs), read by the epistemics actor finder.
pub static SUBJECT_END: List = List::new("subject_end", &[TABLE, crate::speech::TABLE]);
/// Verbs that, after "will"/"would", tell what a thing does by itself or to others rather
/// than what someone sets out to do ("it will *be* difficult", "it would *cost* billions",
/// "it will *help* …"): a future of them is a forecast, not a plan. Read by claims.
pub static NON_AGENTIVE: List = List::new("non_agentive", &[TABLE]);

/// Simple past forms that are never participles ("went", "spoke", "wrote"): after a subject
/// they are its finite verb, not a modifier ("fighters quoted by …" may be either). Read by
/// the sources stage, which cuts a source span that runs on into its own clause.
pub static PAST_ONLY: List = List::new("past_only", &[TABLE]);

/// Forms of "be" as auxiliaries, clitics included ("is", "been", "'s", "'m"). **Model**: the
/// verifications model (auxiliary class 1 of its features).
pub static AUX_BE: List = List::new("aux_be", &[TABLE]);
/// The finite forms of "be" written out ("is", "are", "was", "were"; no clitic, no "be",
/// "been" or "being"): a passive or a copula right before a word (sources, epistemics).
pub static FINITE_BE: List = List::new("finite_be", &[TABLE]);
/// Modals of the future and of a plan ("will", "would", "shall" and their negations): an
/// organisation's "would post …" announces a plan (claims).
pub static FUTURE_MODALS: List = List::new("future_modal", &[TABLE]);
/// Forms of perfect "have" ("has", "have", "had"). **Model**: the verifications model
/// (auxiliary class 2).
pub static AUX_HAVE: List = List::new("aux_have", &[TABLE]);
/// Forms of do-support ("do", "does", "did"). **Model**: the verifications model (auxiliary
/// class 3).
pub static AUX_DO: List = List::new("aux_do", &[TABLE]);
/// Modals, the stems the tokenizer leaves of "can't"/"won't" and the clitics "'d"/"'ll"
/// included ("could", "ca", "wo", "'ll"). **Model**: the verifications model (auxiliary class 4).
pub static AUX_MODAL: List = List::new("aux_modal", &[TABLE]);
/// Copulas and linking verbs before a predicate adjective or noun ("is", "'s", "remains",
/// "seems", "looked"): the verdict classifier backs over one to open a family-word candidate
/// ("the photo *is* fake"). **Model**: the verifications model.
pub static COPULAS: List = List::new("copula", &[TABLE]);
/// What follows the apostrophe of a verb clitic ("he's", "we're", "I'm", "they've",
/// "she'll", "I'd"): "s", "re", "m", "ve", "ll", "d".
pub static CLITIC_TAILS: List = List::new("clitic_tail", &[TABLE]);

/// The class of auxiliary `w`: a form of "be" 1, perfect "have" 2, do-support 3, a modal 4,
/// anything else 5 (the verdict classifier's auxiliary classes).
pub fn aux_class(w: &str) -> u8 {
    if AUX_BE.contains(w) {
        1
    } else if AUX_HAVE.contains(w) {
        2
    } else if AUX_DO.contains(w) {
        3
    } else if AUX_MODAL.contains(w) {
        4
    } else {
        5
    }
}

/// Whether `w` is an auxiliary or modal (classes 1–4 of [`aux_class`]).
pub fn is_aux(w: &str) -> bool {
    aux_class(w) != 5
}

/// Finite forms of "be" and "have" that mark a clause inside a source span.
/// (sources: `lib.rs`)
pub static CLAUSE_VERBS: List = List::new("clause_verb", &[TABLE]);

/// Participles between a document and the one who issued it ("a report *released by* the
/// Sierra Club"), skipped before the affiliation's preposition.
/// (sources mention::np::tail_affiliation)
pub static ISSUING: List = List::new("issuing", &[TABLE]);
