//! The word classes the candidates and features read: the verdict families, clause edges, and
//! the stems of the overlap features; negations, auxiliaries and copulas are `hearsay-lex`
//! lists (`neg::NEGATION`, `verbs::aux_class`, `verbs::COPULAS`).

use hearsay_core::Pos;

/// The words of the verdict families and their family: falsity (0), truth (1), evidence (2),
/// uncertainty (3).
pub const WORDS: &[(&str, u8)] = &[
    ("false", 0),
    ("untrue", 0),
    ("fake", 0),
    ("faked", 0),
    ("hoax", 0),
    ("lie", 0),
    ("lies", 0),
    ("lying", 0),
    ("lied", 0),
    ("rumor", 0),
    ("rumors", 0),
    ("rumour", 0),
    ("rumours", 0),
    ("bogus", 0),
    ("staged", 0),
    ("doctored", 0),
    ("fabricated", 0),
    ("fabrication", 0),
    ("misleading", 0),
    ("wrong", 0),
    ("incorrect", 0),
    ("inaccurate", 0),
    ("unfounded", 0),
    ("baseless", 0),
    ("nonsense", 0),
    ("myth", 0),
    ("unlikely", 0),
    ("exaggerated", 0),
    ("fiction", 0),
    ("photoshopped", 0),
    ("satire", 0),
    ("smear", 0),
    ("unfair", 0),
    ("true", 1),
    ("correct", 1),
    ("right", 1),
    ("accurate", 1),
    ("genuine", 1),
    ("authentic", 1),
    ("legitimate", 1),
    ("official", 1),
    ("safe", 1),
    ("alive", 1),
    ("showed", 2),
    ("shows", 2),
    ("shown", 2),
    ("revealed", 2),
    ("proved", 2),
    ("proven", 2),
    ("found", 2),
    ("confirmation", 2),
    ("determined", 2),
    ("identified", 2),
    ("established", 2),
    ("unclear", 3),
    ("unknown", 3),
    ("uncertain", 3),
    ("unconfirmed", 3),
    ("unverified", 3),
    ("unsure", 3),
    ("doubt", 3),
    ("doubts", 3),
    ("mystery", 3),
];

/// The family of `w` in [`WORDS`] (a `match`: one test per token of every sentence).
pub(super) fn family(w: &str) -> Option<u8> {
    match w {
        "false" | "untrue" | "fake" | "faked" | "hoax" | "lie" | "lies" | "lying" | "lied" | "rumor" | "rumors"
        | "rumour" | "rumours" | "bogus" | "staged" | "doctored" | "fabricated" | "fabrication" | "misleading"
        | "wrong" | "incorrect" | "inaccurate" | "unfounded" | "baseless" | "nonsense" | "myth" | "unlikely"
        | "exaggerated" | "fiction" | "photoshopped" | "satire" | "smear" | "unfair" => Some(0),
        "true" | "correct" | "right" | "accurate" | "genuine" | "authentic" | "legitimate" | "official" | "safe"
        | "alive" => Some(1),
        "showed" | "shows" | "shown" | "revealed" | "proved" | "proven" | "found" | "confirmation" | "determined"
        | "identified" | "established" => Some(2),
        "unclear" | "unknown" | "uncertain" | "unconfirmed" | "unverified" | "unsure" | "doubt" | "doubts"
        | "mystery" => Some(3),
        _ => None,
    }
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
    let mut end = w.len().min(6);
    while !w.is_char_boundary(end) {
        end -= 1;
    }
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
