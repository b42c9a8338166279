//! Whether a claim's source is identified by name for the sourcing label.
//!
//! The label reads the sources stage's `anonymous` flag, with one addition from
//! shared/spec/ANNOTATION.md ("a pronoun or a role noun that refers back to a named source is
//! NOT anonymous: it is that source"): a source the sources stage left unnamed but that the
//! article only ever calls by a singular definite description, "the" or a third-person
//! possessive and a noun ("the pontiff", "The charity",
//! "the IG review", "The Archbishop of Camerino-San Severino") or a pronoun refers back to
//! something the article identifies, so it counts as named, unless
//! - one of its mentions is indefinite ("A Comcast agent … The Comcast agent"), or it is a
//!   group or a recording ("The video of him released this week" names no maker);
//! - its head noun is plural ("The pictures") or one of
//!   `crates/lex/data/unnamed_heads.txt` ("the source", "the media", "the evidence");
//! - an earlier indefinite phrase of the text has the same head: "an NBC source … the
//!   source", "A resident in Mosul … The Mosul resident" refer back to an unnamed source.

use crate::chain::is_recording;
use hearsay_core::{Doc, Pos, SourceType, Span};
use hearsay_lex::{function, pron};

/// Words looked back from a head for an indefinite determiner ("a senior Iraqi security
/// official").
const LOOKBACK: usize = 4;

/// Whether source `sid` counts as identified by name for the label (see the module doc).
pub fn identified(doc: &Doc, sid: usize) -> bool {
    let Some(s) = doc.sources.get(sid) else { return false };
    if !s.anonymous {
        return true;
    }
    if s.stype == SourceType::Group || s.mentions.is_empty() || is_recording(doc, sid) {
        return false;
    }
    let mut definite = false;
    for &m in &s.mentions {
        let toks = word_tokens(doc, m);
        let Some(&first) = toks.first() else { return false };
        let w0 = doc.lower_at(first);
        if toks.len() == 1 && is_pronoun(&w0) {
            continue;
        }
        if !refers_back(&w0) {
            return false;
        }
        let Some(head) = head_of(doc, &toks) else { return false };
        let h = doc.lower_at(head);
        if plural(&h) || hearsay_lex::speakers::is_unnamed_head(&h) || indefinite_before(doc, m.start, &h) {
            return false;
        }
        definite = true;
    }
    definite
}

/// "the" or a third-person possessive ("his attorney", "its statement"): not a demonstrative
/// ("this week") nor the writer's own side ("our correspondent").
fn refers_back(w: &str) -> bool {
    w == "the" || (function::DEFINITE.contains(w) && pron::PERSON.contains(w)) || matches!(w, "its" | "their")
}

fn is_pronoun(w: &str) -> bool {
    pron::SUBJECT.contains(w) || pron::PERSON.contains(w) || pron::RELATIVE.contains(w) || pron::THING.contains(w)
}

/// Indices of the word tokens (no punctuation) inside `span`, at most 16.
fn word_tokens(doc: &Doc, span: Span) -> Vec<usize> {
    let first = doc.tokens.partition_point(|t| t.span.start < span.start);
    (first..doc.tokens.len())
        .take_while(|&t| doc.tokens[t].span.end <= span.end)
        .take(16)
        .filter(|&t| doc.slice(doc.tokens[t].span).chars().next().is_some_and(char::is_alphanumeric))
        .collect()
}

/// The head of a noun phrase that opens with a determiner: the last noun before a comma, a
/// relative pronoun, a preposition or a participle ("The Archbishop | of Camerino", "The
/// statement | , which circulated", "The evidence thus far").
fn head_of(doc: &Doc, toks: &[usize]) -> Option<usize> {
    let mut head = None;
    let mut prev_end = doc.tokens[toks[0]].span.end;
    for &t in &toks[1..] {
        let gap = doc.text.get(prev_end..doc.tokens[t].span.start).unwrap_or("");
        if gap.contains([',', '(', '-', '—', '–']) || function::NP_END.contains(&doc.lower_at(t)) {
            break;
        }
        if matches!(doc.pos.get(t), Some(Pos::Noun | Pos::Propn)) {
            head = Some(t);
        }
        prev_end = doc.tokens[t].span.end;
    }
    head
}

/// A plural noun by its ending ("pictures", "officials"; not "press", "status", "analysis").
fn plural(w: &str) -> bool {
    w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is")
}

/// Whether the text before `before` has an indefinite phrase ending in `head` ("an NBC
/// source", "A resident in Mosul" for "resident"): a definite one later refers back to it.
fn indefinite_before(doc: &Doc, before: usize, head: &str) -> bool {
    let end = doc.tokens.partition_point(|t| t.span.end <= before);
    (0..end).any(|t| {
        doc.lower_at(t) == head
            && (t.saturating_sub(LOOKBACK)..t).any(|k| {
                let w = doc.lower_at(k);
                function::INDEFINITE.contains(&w) && w != "as" && w != "that"
            })
    })
}
