//! One report stating two propositions: "She said the plant closed in May *and that* 300 jobs
//! were lost" gives two claims (docs/CLAIMS.md, "one claim per distinct proposition").
//!
//! A reported-speech content (not a quote: a quote's sentences stay one claim) splits where a
//! coordinator joins two clauses: "and that" (a second complement of the same cue), or
//! "but" or a comma and "while" with a clause after it (a finite verb within
//! [`CLAUSE_WORDS`] words: "the day began quietly*, but* there had since been six strikes",
//! "China expects 6.5 percent growth*, while* the U.S. will see 2 percent"). Each piece needs
//! a verb and at least [`PIECE_WORDS`] content words; otherwise the content stays whole.

use crate::words::content_words;
use hearsay_core::{AttributionKind, Doc, Pos, Span, Token};

/// Words after a coordinator within which the clause it opens needs its finite verb.
pub const CLAUSE_WORDS: usize = 5;

/// Fewest content words each piece of a split content needs.
pub const PIECE_WORDS: usize = 2;

/// Most pieces one content splits into.
pub const MAX_PIECES: usize = 4;

/// Coordinators that join two clauses of one content. After "and that" (a second
/// complement) the clause opens with anything but a verb ("and that *is* a terrible thing" is
/// no second complement; "and that — despite …, he is …" is); after the others it needs its
/// own subject and verb ([`opens_clause`]).
/// A comma and a bare "and" is left out: it joins list items and clauses alike ("… a
/// writer, producer, and director on the series, said …"), and splitting there cost more
/// false claims than it found (train part of data/claims).
const JOINS: &[&str] = &[", and that ", " and that ", ", but ", " but ", ", while "];

/// A bare "and" (with or without a comma before it) joins two verb phrases of one subject
/// when an auxiliary opens the second ("it has agreed to a ceasefire *and will* release the
/// girls", "the robot runs for 24 hours*, and can* recharge in 20 minutes"): two propositions.
/// After any other word it stays a list or one predicate ([`JOINS`]).
const AND_JOINS: &[&str] = &[", and ", " and "];

/// The tokens within `s` with their tags, in order (`None`: the document is not tagged).
fn tagged(doc: &Doc, s: Span) -> Option<impl Iterator<Item = (&Token, &Pos)>> {
    if doc.pos.len() != doc.tokens.len() {
        return None;
    }
    let from = doc.tokens.partition_point(|t| t.span.start < s.start);
    Some(doc.tokens[from..].iter().zip(&doc.pos[from..]).take_while(move |(t, _)| t.span.end <= s.end))
}

/// Whether a tag is a verb or an auxiliary.
fn verbal(p: &Pos) -> bool {
    matches!(p, Pos::Verb | Pos::Aux)
}

/// Whether the tokens of `s` hold a verb or an auxiliary.
fn has_verb(doc: &Doc, s: Span) -> bool {
    tagged(doc, s).is_some_and(|mut toks| toks.any(|(_, p)| verbal(p)))
}

/// Whether `s` opens with a clause: a subject (a pronoun, determiner, noun, name or number
/// first) and a verb or auxiliary within [`CLAUSE_WORDS`] words, before any punctuation ("*there
/// had* since been …", "*the U.S. will* likely see …"; not "*director* on the series, said …").
fn opens_clause(doc: &Doc, s: Span) -> bool {
    let Some(mut toks) = tagged(doc, s) else { return false };
    let subject =
        toks.next().is_some_and(|(_, p)| matches!(p, Pos::Pron | Pos::Det | Pos::Noun | Pos::Propn | Pos::Num));
    subject
        && toks
            .take(CLAUSE_WORDS)
            .take_while(|(t, p)| **p != Pos::Punct || doc.slice(t.span) == ".")
            .any(|(_, p)| verbal(p))
}

/// Whether `s` opens with a finite auxiliary (a modal, perfect "have", a finite "be": not
/// do-support, "be", "been" or "being") followed by a word ("*will release* more than 200 …",
/// "*was* from Quebec"): a second verb phrase of the subject before it. Do-support ("… for
/// personal reasons *and does* not constitute an endorsement") more often goes on with one
/// statement, a non-finite form ("pleaded guilty to threatening … *and being* a felon") with
/// the same verb phrase (train part of data/claims; PolNeAR and AEB outputs). False when the
/// document is not tagged.
fn opens_with_aux(doc: &Doc, s: Span) -> bool {
    use hearsay_lex::verbs::{AUX_HAVE, AUX_MODAL, FINITE_BE};
    let Some(mut toks) = tagged(doc, s) else { return false };
    toks.next().is_some_and(|(t, p)| {
        let w = doc.slice(t.span).to_lowercase();
        *p == Pos::Aux && (AUX_MODAL.contains(&w) || AUX_HAVE.contains(&w) || FINITE_BE.contains(&w))
    }) && toks.next().is_some_and(|(t, p)| *p != Pos::Punct && !doc.slice(t.span).eq_ignore_ascii_case("that"))
}

/// Whether `tail`, the words after the last comma of what comes before a join, opens with a
/// relative word ("Eric Fanning*, who* was his chief of staff at the time and is now …"): the
/// clause is a relative one, whose verb phrases describe a noun rather than state the
/// content's propositions.
fn opens_relative(tail: &str) -> bool {
    tail.split_whitespace().next().is_some_and(|w| hearsay_lex::pron::RELATIVE_WORDS.contains(&w.to_lowercase()))
}

/// Whether the first token of `s` is a verb or an auxiliary (also when `s` holds no token
/// or the document is not tagged).
fn opens_with_verb(doc: &Doc, s: Span) -> bool {
    tagged(doc, s).is_none_or(|mut toks| toks.next().is_none_or(|(_, p)| verbal(p)))
}

/// The pieces mention `m` of attribution `a` splits into (see the module doc), or `None`
/// when it stays whole.
pub fn pieces(doc: &Doc, a: usize, m: Span) -> Option<Vec<Span>> {
    let at = doc.attributions.get(a)?;
    if !matches!(at.kind, AttributionKind::Indirect | AttributionKind::AccordingTo) {
        return None;
    }
    let text = doc.text.get(m.start..m.end)?;
    // a quote the attribution stage read as reported speech ("''I oppose abortion, but …''")
    let before = doc.text.get(..m.start).unwrap_or("").trim_end();
    if before.ends_with(['"', '“', '\'', '‘', '’']) {
        return None;
    }
    // a quoted fragment or an aside holds its own commas
    if text.contains(['"', '“', '”', '(', ';']) || text.contains("''") {
        return None;
    }
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut from = 0;
    // each join with its next occurrence at or after `from`, searched again only once `from`
    // has passed it (one pass over the text per join, not one per cut tried)
    let mut joins: Vec<(&str, bool, Option<usize>)> = JOINS
        .iter()
        .map(|&j| (j, false))
        .chain(AND_JOINS.iter().map(|&j| (j, true)))
        .map(|(j, b)| (j, b, None))
        .collect();
    for (j, _, at) in joins.iter_mut() {
        *at = text.find(*j);
    }
    // words after a colon hold their own commas ("the message was: sorry, Preet, but …"):
    // no cut after the content's first colon
    let colon = text.find(':');
    let before_colon = |k: usize| colon.is_none_or(|c| c >= k);
    // the last comma before a join, found by reading only the text passed since the last join
    // (a search back from each join would make a long unpunctuated content quadratic)
    let (mut comma, mut read_to): (Option<usize>, usize) = (None, 0);
    while from < text.len() && cuts.len() < MAX_PIECES - 1 {
        for (j, _, at) in joins.iter_mut() {
            if at.is_some_and(|k| k < from) {
                *at = text[from..].find(*j).map(|k| from + k);
            }
        }
        let next = joins
            .iter()
            .filter_map(|&(j, bare, at)| at.map(|k| (k, j.len(), bare)))
            .min_by_key(|&(k, len, _)| (k, std::cmp::Reverse(len)));
        let Some((k, len, bare)) = next else { break };
        let right = Span::new(m.start + k + len, m.end);
        let complement = text[k..k + len].ends_with("that ");
        let ok = if bare {
            if let Some(c) = text[read_to..k].rfind(',') {
                comma = Some(read_to + c);
            }
            read_to = k;
            let relative = comma.is_some_and(|c| opens_relative(&text[c + 1..k]));
            before_colon(k) && !relative && opens_with_aux(doc, right)
        } else if complement {
            !opens_with_verb(doc, right)
        } else {
            before_colon(k) && opens_clause(doc, right)
        };
        if ok {
            cuts.push((k, k + len));
        }
        from = k + len;
    }
    if cuts.is_empty() {
        return None;
    }
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    for &(s, e) in &cuts {
        out.push(Span::new(m.start + start, m.start + s));
        start = e;
    }
    out.push(Span::new(m.start + start, m.end));
    let whole = out.iter().all(|&p| content_words(doc.slice(p)).len() >= PIECE_WORDS && has_verb(doc, p));
    whole.then_some(out)
}
