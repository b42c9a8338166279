//! Mentions that are not attribution sources or actors: recipients, "his source", later short
//! names, subjects of verbs of saying the attribution stage missed, speakers named by a noun.
//!
//! - [`refs`]: recipients, back-references, surnames, relative and coordinated subjects;
//! - [`verbal`]: speakers of verbs of saying the attribution stage gave no source;
//! - [`subject`]: the subject phrase before or after such a verb;
//! - [`nominal`]: speakers named by a noun of saying, a poll, a story or a medium;
//! - [`headline`]: the speaker a headline names before a colon.

mod headline;
mod nominal;
mod refs;
mod subject;
mod verbal;

pub use headline::headline_speakers;
pub use nominal::nominal_speakers;
pub use refs::{
    content_pronouns, coordinated_subjects, recipient, relative_antecedent, relative_subjects, source_back_references,
    surname_mentions,
};
pub use verbal::{actorless_objects, missed_speakers};

use crate::lexicon::Lexicon;
use hearsay_core::{Doc, Pos, Span};
use hearsay_lex::function::{NOT_BEFORE_SUBJECT, NOT_NAME_START, SUBJECT_STARTS, SUBJECT_VERB_GAP};
use std::borrow::Cow;

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// True when byte `pos` lies in a title, standfirst or body segment.
fn in_prose(doc: &Doc, pos: usize) -> bool {
    doc.segment_at(pos).is_some_and(|i| doc.segments[i].kind.carries_prose())
}

/// The part of speech of the token starting at byte `at` (or holding it).
pub(crate) fn pos_at(doc: &Doc, at: usize) -> Pos {
    let i = doc.tokens.partition_point(|t| t.span.end <= at);
    doc.pos.get(i).copied().unwrap_or_default()
}

/// The words of `t[sp]` split at spaces, newlines and tabs, each with its byte offset.
fn words_at(t: &str, sp: Span) -> Vec<(usize, &str)> {
    let s = &t[sp.start..sp.end];
    let mut ws = Vec::with_capacity(s.len() / 5);
    let mut start = 0;
    // the separators are ASCII bytes, so every cut is a char boundary
    for end in memchr::memchr3_iter(b' ', b'\n', b'\t', s.as_bytes()).chain(std::iter::once(s.len())) {
        if end > start {
            ws.push((sp.start + start, &s[start..end]));
        }
        start = end + 1;
    }
    ws
}

/// A word lowercased without the punctuation around it ("Reuters," -> "reuters"); borrowed
/// when it is lowercase ASCII already.
fn bare(w: &str) -> Cow<'_, str> {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
    if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(w)
    } else {
        Cow::Owned(w.to_lowercase())
    }
}

/// Whether bare word `l` is a noun that names a speaker (role, group, document, organization
/// or outlet word, "source").
fn speaker_noun(l: &str, lx: &Lexicon) -> bool {
    lx.roles.contains_key(l)
        || lx.groups.contains_key(l)
        || lx.documents.contains(l)
        || lx.org_heads.contains(l)
        || lx.outlet_heads.contains(l)
        || matches!(l, "source" | "sources")
}

/// A word that does not start or make a name: [`NOT_NAME_START`] or a day or time phrase of
/// the calendar ("Monday", "Today").
fn not_name_start(w: &str) -> bool {
    NOT_NAME_START.contains(w) || hearsay_lex::calendar::TIME_PHRASE.contains(w)
}

/// Whether `w` starts with a capital letter (after an opening quote or parenthesis).
fn capitalised(w: &str) -> bool {
    w.trim_start_matches(['"', '“', '(', '‘', '\'']).chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_at_keeps_offsets_across_runs_of_separators() {
        let t = "x  “Écoute,”\tsaid\n\nthe  mayor ";
        let sp = Span::new(1, t.len());
        let got = words_at(t, sp);
        // what splitting at each separator and dropping empty pieces gives
        let mut want = Vec::new();
        let mut pos = sp.start;
        for w in t[sp.start..sp.end].split([' ', '\n', '\t']) {
            if !w.is_empty() {
                want.push((pos, w));
            }
            pos += w.len() + 1;
        }
        assert_eq!(got, want);
        assert_eq!(got.iter().map(|w| w.1).collect::<Vec<_>>(), ["“Écoute,”", "said", "the", "mayor"]);
        assert!(got.iter().all(|&(p, w)| &t[p..p + w.len()] == w));
    }
}
