//! The word classes the candidates and features read: clause edges and the stems of the
//! overlap features; the verdict families, negations, auxiliaries and copulas are
//! `hearsay-lex` lists (`hedge::verdict_family`, `neg::NEGATION`, `verbs::aux_class`,
//! `verbs::COPULAS`).

use hearsay_core::Pos;

/// The family of verdict word `w` (`hearsay_lex::hedge::verdict_family`): falsity (0),
/// truth (1), evidence (2), uncertainty (3), conviction (4: "confident", "convinced").
#[inline]
pub(super) fn family(w: &str) -> Option<u8> {
    hearsay_lex::hedge::verdict_family(w)
}

/// Whether `w` is a negation word (`hearsay_lex::neg::NEGATION`).
#[inline]
pub(super) fn is_negation(w: &str) -> bool {
    hearsay_lex::neg::NEGATION.contains(w)
}

/// Whether `w` is an auxiliary or modal (`hearsay_lex::verbs::is_aux`).
#[inline]
pub(super) fn is_aux(w: &str) -> bool {
    hearsay_lex::verbs::is_aux(w)
}

/// Whether `w` is a copula or linking verb (`hearsay_lex::verbs::COPULAS`).
#[inline]
pub(super) fn is_copula(w: &str) -> bool {
    hearsay_lex::verbs::COPULAS.contains(w)
}

/// The auxiliary's class: copula 1, perfect 2, do-support 3, modal 4, other 5
/// (`hearsay_lex::verbs::aux_class`).
#[inline]
pub(super) fn aux_class(w: &str) -> u8 {
    hearsay_lex::verbs::aux_class(w)
}

pub(super) fn is_content_pos(p: Pos) -> bool {
    matches!(p, Pos::Verb | Pos::Adj | Pos::Noun | Pos::Propn | Pos::Num)
}

/// A word that counts towards the overlap with the claim in dispute, as its stem (the first
/// six bytes of its lowercase form).
pub(super) fn stem(w: &str) -> Option<u64> {
    let first = w.chars().next()?;
    if !first.is_alphabetic() || w.len() < 3 || hearsay_lex::stop::CORPUS.contains(w) || is_negation(w) {
        return None;
    }
    let end = w.floor_char_boundary(6);
    Some(hearsay_learn::fnv1a(&w.as_bytes()[..end]))
}

pub(super) fn is_clause_edge(w: &str) -> bool {
    matches!(
        w,
        "," | ";"
            | ":"
            | "—"
            | "–"
            | "("
            | ")"
            | "\""
            | "“"
            | "”"
            | "that"
            | "which"
            | "who"
            | "but"
            | "and"
            | "because"
            | "as"
            | "while"
            | "said"
            | "says"
            | "told"
            | "added"
    )
}
