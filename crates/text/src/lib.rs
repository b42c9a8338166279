//! Text stage: tokens and sentences with byte offsets, tuned for news prose.
//!
//! [`tokenize`] splits a stretch of text into [`Token`]s; [`split_sentences`] groups
//! tokens into sentences without breaking on titles and abbreviations ("Army Lt.",
//! "U.S.", "Mr.", "a.m."), initials or numbers, and keeps closing quotes with the
//! sentence they end. [`pos`] tags tokens with Universal POS tags. [`annotate`] tokenises,
//! splits and tags a document's prose segments; [`Text`] is the pipeline component that does
//! so with the tagger it owns.
//!
//! The dependency parser (`parse`) is built only with the `parser` feature: no stage of the
//! default pipeline reads a parse, so the default build leaves out its code and its 2.5 MB
//! model (`hearsay eval parser` and `hearsay train parser` need `--features parser`).

mod abbrev;
pub mod conllu;
#[cfg(feature = "parser")]
pub mod parse;
pub mod pos;
mod sentences;
mod tokens;

pub use abbrev::{is_abbreviation, is_title_abbreviation};
pub use sentences::split_sentences;
pub use tokens::{is_close_quote, is_open_quote, is_quote_char, tokenize};

use hearsay_core::{Component, Doc, Layer, Sentence};
use hearsay_learn::ModelError;

/// The text stage as a pipeline component: tokens, sentences and part-of-speech tags.
#[derive(Clone, Debug)]
pub struct Text {
    tagger: pos::Tagger,
}

impl Text {
    /// With the shipped tagger.
    pub fn shipped() -> Result<Self, ModelError> {
        Ok(Text { tagger: pos::Tagger::shipped()? })
    }

    /// With a given tagger.
    pub fn new(tagger: pos::Tagger) -> Self {
        Text { tagger }
    }

    /// The tagger.
    pub fn tagger(&self) -> &pos::Tagger {
        &self.tagger
    }
}

impl Component for Text {
    fn name(&self) -> &'static str {
        "text"
    }
    fn requires(&self) -> &'static [Layer] {
        &[Layer::Segments]
    }
    fn assigns(&self) -> &'static [Layer] {
        &[Layer::Tokens, Layer::Sentences, Layer::Pos]
    }
    fn annotate(&self, doc: &mut Doc) {
        annotate(&self.tagger, doc);
    }
}

/// Tokenise, sentence-split and POS-tag every prose segment (title, standfirst, body) of
/// `doc`.
pub fn annotate(tagger: &pos::Tagger, doc: &mut Doc) {
    let mut tokens = Vec::new();
    let mut sentences = Vec::new();
    for (si, seg) in doc.segments.iter().enumerate() {
        if !seg.kind.carries_prose() {
            continue;
        }
        if doc.expired() {
            return;
        }
        let base = tokens.len();
        let toks = tokenize(&doc.text, seg.span);
        for r in split_sentences(&doc.text, &toks) {
            let span = hearsay_core::Span::new(toks[r.start].span.start, toks[r.end - 1].span.end);
            sentences.push(Sentence { span, tokens: base + r.start..base + r.end, segment: si });
        }
        tokens.extend(toks);
    }
    doc.lower = hearsay_core::Lowercase::of(&doc.text, &tokens);
    doc.tokens = tokens;
    doc.sentences = sentences;
    if doc.expired() {
        return;
    }
    pos::tag_doc(tagger, doc);
}
