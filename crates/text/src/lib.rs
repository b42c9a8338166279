//! Text stage: tokens and sentences with byte offsets, tuned for news prose.
//!
//! [`tokenize`] splits a stretch of text into [`Token`]s; [`split_sentences`] groups
//! tokens into sentences without breaking on titles and abbreviations ("Army Lt.",
//! "U.S.", "Mr.", "a.m."), initials or numbers, and keeps closing quotes with the
//! sentence they end. [`pos`] tags tokens with Universal POS tags and [`parse`] adds
//! dependency heads and relations. [`annotate`] tokenises, splits and tags a document's
//! prose segments.

mod abbrev;
pub mod clusters;
pub mod conllu;
pub mod parse;
pub mod perceptron;
pub mod pos;
mod sentences;
mod tokens;

pub use abbrev::{is_abbreviation, is_title_abbreviation};
pub use sentences::split_sentences;
pub use tokens::{is_close_quote, is_open_quote, is_quote_char, tokenize};

use hearsay_core::{Doc, Sentence};

/// Tokenise, sentence-split and POS-tag every prose segment (title, standfirst, body) of
/// `doc`. Dependency parsing ([`parse::parse_doc`]) is not run here: no stage of the default
/// pipeline uses it yet, and it costs about as much as every other stage together.
pub fn annotate(doc: &mut Doc) {
    let mut tokens = Vec::new();
    let mut sentences = Vec::new();
    for (si, seg) in doc.segments.iter().enumerate() {
        if !seg.kind.carries_prose() {
            continue;
        }
        let base = tokens.len();
        let toks = tokenize(&doc.text, seg.span);
        for r in split_sentences(&doc.text, &toks) {
            let span = hearsay_core::Span::new(toks[r.start].span.start, toks[r.end - 1].span.end);
            sentences.push(Sentence { span, tokens: base + r.start..base + r.end, segment: si });
        }
        tokens.extend(toks);
    }
    doc.tokens = tokens;
    doc.sentences = sentences;
    pos::tag_doc(doc);
}
