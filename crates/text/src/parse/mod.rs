//! Dependency parser: greedy arc-hybrid transitions scored by an averaged perceptron over
//! hashed features, then an arc labeller over a compact set of UD relations ([`DepRel`]).
//! Trained on UD English-EWT (`hearsay train parser`; see MODELS.md).
//!
//! [`parse_doc`] fills [`Doc::heads`] and [`Doc::deprels`] (needs [`Doc::pos`]);
//! [`head`], [`children`] and [`subtree_span`] read them back.

mod features;
pub mod system;
pub mod train;

use features::{label_features, transition_features, Sent};
use hearsay_core::{DepRel, Doc, Pos, Span};
use hearsay_learn::rows::RowWeights as Weights;
use hearsay_learn::{argmax, ModelError};
use hearsay_learn::{Card, ModelFile};
use system::{State, LEFT, NONE, RIGHT, SHIFT};

/// Magic bytes opening the transition table of a parser model file.
pub const MAGIC: &[u8; 8] = b"HSDEP001";
/// Magic bytes opening the labeller table.
pub const LABEL_MAGIC: &[u8; 8] = b"HSLAB001";

static EMBEDDED: &[u8] = include_bytes!("../../../../models/parser.bin");

/// The parser's model card (MODELS.md): checked against the header of every model file.
pub const CARD: Card = Card {
    name: "parser",
    format: 1,
    features: "parser features 1: arc-hybrid stack/buffer words and tags, labeller head/dependent",
    data: "UD English-EWT train (en_ewt-ud-train.conllu)",
    license: "CC BY-SA 4.0 (from UD English-EWT)",
    command: "hearsay train parser",
};

/// A trained parser.
#[derive(Clone, Debug)]
pub struct Parser {
    trans: Weights,
    labels: Weights,
}

/// Reusable buffers.
#[derive(Default)]
pub struct Scratch {
    buf: String,
    sent: Sent,
    feats: Vec<u32>,
    state: Option<State>,
}

/// A parse: 0-based head per token ([`NONE`](system::NONE) for the root) and relations.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Parse {
    /// Head of each token.
    pub heads: Vec<usize>,
    /// Relation of each token to its head.
    pub rels: Vec<DepRel>,
}

impl Parser {
    /// Wraps trained tables (3 transitions; one class per [`DepRel`]).
    pub fn new(trans: Weights, labels: Weights) -> Result<Self, ModelError> {
        if trans.nclass() != 3 || labels.nclass() != DepRel::ALL.len() {
            return Err(ModelError(format!("unexpected class counts {} and {}", trans.nclass(), labels.nclass())));
        }
        Ok(Parser { trans, labels })
    }

    /// Loads a model file.
    pub fn from_bytes(b: &[u8]) -> Result<Self, ModelError> {
        let (t, rest) = Weights::read(b, MAGIC)?;
        Self::new(t, Weights::from_bytes(rest, LABEL_MAGIC)?)
    }

    /// Serialises the model.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut b = self.trans.to_bytes(MAGIC);
        b.extend(self.labels.to_bytes(LABEL_MAGIC));
        b
    }

    /// The shipped model, embedded in the binary.
    pub fn shipped() -> Result<Self, ModelError> {
        Self::from_model_file(EMBEDDED)
    }

    /// Parses one sentence given its words and tags (equal lengths; extra ones are ignored).
    pub fn parse<S: AsRef<str>>(&self, words: &[S], tags: &[Pos], scratch: &mut Scratch) -> Parse {
        let n = words.len().min(tags.len());
        let Scratch { buf, sent, feats, state } = scratch;
        sent.fill(&words[..n], &tags[..n], buf);
        let st = state.get_or_insert_with(|| State::new(0));
        st.reset(n);
        let mut scores = [0i32; 3];
        while !st.done() {
            // a forced move needs no scoring
            let only = [SHIFT, LEFT, RIGHT].into_iter().filter(|&t| st.valid(t));
            if only.clone().count() == 1 {
                st.apply(only.into_iter().next().unwrap_or(SHIFT));
                continue;
            }
            transition_features(st, sent, self.trans.bits(), feats);
            self.trans.scores(feats, &mut scores);
            for (t, s) in scores.iter_mut().enumerate() {
                if !st.valid(t) {
                    *s = i32::MIN;
                }
            }
            st.apply(argmax(&scores));
        }
        let heads = st.heads.clone();
        let mut rels = Vec::with_capacity(n);
        let mut ls = [0i32; 27];
        for d in 0..n {
            if heads[d] == NONE {
                rels.push(DepRel::Root);
                continue;
            }
            label_features(&heads, d, sent, self.labels.bits(), feats);
            self.labels.scores(feats, &mut ls);
            ls[DepRel::Root as usize] = i32::MIN;
            rels.push(DepRel::ALL[argmax(&ls)]);
        }
        Parse { heads, rels }
    }
}

impl ModelFile for Parser {
    const CARD: Card = CARD;
    fn to_payload(&self) -> Vec<u8> {
        self.to_bytes()
    }
    fn from_payload(b: &[u8]) -> Result<Self, ModelError> {
        Self::from_bytes(b)
    }
}

/// Fills `doc.heads` and `doc.deprels` sentence by sentence with `p`, using
/// `doc.pos` (tag the document first). Only sentences with a verb or auxiliary are parsed
/// (headlines without one are not worth the time); the tokens of the others are their own
/// heads with [`DepRel::Other`]. The layers stay empty when the tags are missing.
pub fn parse_doc(p: &Parser, doc: &mut Doc) {
    doc.heads.clear();
    doc.deprels.clear();
    if doc.pos.len() != doc.tokens.len() {
        return;
    }
    doc.heads = (0..doc.tokens.len() as u32).collect();
    doc.deprels = vec![DepRel::Other; doc.tokens.len()];
    let mut scratch = Scratch::default();
    let mut words: Vec<&str> = Vec::new();
    for s in &doc.sentences {
        let r = s.tokens.clone();
        if r.end > doc.tokens.len() || !doc.pos[r.clone()].iter().any(|p| matches!(p, Pos::Verb | Pos::Aux)) {
            continue;
        }
        words.clear();
        words.extend(doc.tokens[r.clone()].iter().map(|t| t.span.text(&doc.text)));
        let parse = p.parse(&words, &doc.pos[r.clone()], &mut scratch);
        for (k, (&h, &rel)) in parse.heads.iter().zip(&parse.rels).enumerate() {
            let i = r.start + k;
            doc.heads[i] = if h == NONE { i as u32 } else { (r.start + h) as u32 };
            doc.deprels[i] = rel;
        }
    }
}

/// Head of token `i`, or `None` for a root, an unparsed token or a bad index.
pub fn head(doc: &Doc, i: usize) -> Option<usize> {
    let h = *doc.heads.get(i)? as usize;
    (h != i).then_some(h)
}

/// Dependents of token `i`, in text order (searched within its sentence).
pub fn children(doc: &Doc, i: usize) -> Vec<usize> {
    let Some(range) = sentence_range(doc, i) else {
        return Vec::new();
    };
    range.filter(|&j| j != i && doc.heads.get(j).is_some_and(|&h| h as usize == i)).collect()
}

fn sentence_range(doc: &Doc, i: usize) -> Option<std::ops::Range<usize>> {
    let tok = doc.tokens.get(i)?;
    let s = doc.sentence_at(tok.span.start)?;
    let r = doc.sentences[s].tokens.clone();
    (r.end <= doc.heads.len()).then_some(r)
}

/// Token indices of the subtree of `i` (itself and everything below it), in text order.
pub fn subtree(doc: &Doc, i: usize) -> Vec<usize> {
    let Some(range) = sentence_range(doc, i) else {
        return if i < doc.tokens.len() { vec![i] } else { Vec::new() };
    };
    range
        .filter(|&j| {
            // walk up from j; the sentence length bounds the walk even on a malformed tree
            let mut k = j;
            for _ in 0..=doc.heads.len() {
                if k == i {
                    return true;
                }
                match head(doc, k) {
                    Some(h) => k = h,
                    None => return false,
                }
            }
            false
        })
        .collect()
}

/// Byte span from the first to the last token of the subtree of `i` (`None` for a bad index).
pub fn subtree_span(doc: &Doc, i: usize) -> Option<Span> {
    let t = subtree(doc, i);
    let (a, b) = (*t.first()?, *t.last()?);
    Some(Span::new(doc.tokens[a].span.start, doc.tokens[b].span.end))
}

#[cfg(test)]
mod tests {
    use super::*;
    use hearsay_core::{Segment, SegmentKind};

    fn doc(text: &str) -> Doc {
        let mut d = Doc::new("t", text);
        d.segments.push(Segment { kind: SegmentKind::Body, span: Span::new(0, d.text.len()) });
        crate::annotate(&crate::pos::Tagger::shipped().unwrap(), &mut d);
        parse_doc(&Parser::shipped().unwrap(), &mut d);
        d
    }

    fn find(d: &Doc, w: &str) -> usize {
        d.tokens.iter().position(|t| d.slice(t.span) == w).unwrap()
    }

    #[test]
    fn parses_reported_speech() {
        let d = doc("The senator said the agency had failed to act.");
        assert_eq!(d.heads.len(), d.tokens.len());
        let said = find(&d, "said");
        assert_eq!(head(&d, said), None, "the reporting verb is the root");
        assert_eq!(d.deprels[said], DepRel::Root);
        let senator = find(&d, "senator");
        assert_eq!(head(&d, senator), Some(said));
        assert_eq!(d.deprels[senator], DepRel::Nsubj);
        let failed = find(&d, "failed");
        assert_eq!(head(&d, failed), Some(said));
        assert_eq!(d.deprels[failed], DepRel::Ccomp);
        assert_eq!(d.slice(subtree_span(&d, failed).unwrap()), "the agency had failed to act");
        assert_eq!(d.slice(subtree_span(&d, senator).unwrap()), "The senator");
        assert!(children(&d, said).contains(&senator));
    }

    #[test]
    fn every_sentence_is_a_tree() {
        let d = doc("Critics, however, argued that the plan, which passed on Monday, was rushed. \"We will appeal,\" she told reporters.");
        for s in &d.sentences {
            let roots = s.tokens.clone().filter(|&i| head(&d, i).is_none()).count();
            assert_eq!(roots, 1);
            for i in s.tokens.clone() {
                assert!(s.tokens.contains(&(d.heads[i] as usize)));
            }
        }
        let told = find(&d, "told");
        let quote = d.tokens.iter().position(|t| d.slice(t.span) == "appeal").unwrap();
        assert!(head(&d, quote) == Some(told) || head(&d, told) == Some(quote));
    }

    #[test]
    fn verbless_sentences_are_left_unparsed() {
        let d = doc("Storm over the capital");
        assert_eq!(d.heads.len(), d.tokens.len());
        assert!((0..d.tokens.len()).all(|i| head(&d, i).is_none()));
        assert!(d.deprels.iter().all(|r| *r == DepRel::Other));
    }

    #[test]
    fn helpers_tolerate_bad_input() {
        let d = Doc::new("t", "");
        assert_eq!(head(&d, 3), None);
        assert!(children(&d, 3).is_empty());
        assert_eq!(subtree_span(&d, 3), None);
        let p = Parser::shipped().unwrap();
        let r = p.parse::<&str>(&[], &[], &mut Scratch::default());
        assert!(r.heads.is_empty());
        assert!(Parser::from_bytes(b"junk").is_err());
        assert!(Parser::from_bytes(&p.to_bytes()).is_ok());
    }
}
