//! Part-of-speech tagger: a greedy averaged perceptron over hashed features, predicting
//! Universal POS tags, trained on UD English-EWT (`hearsay train pos`; see MODELS.md).
//!
//! The shipped model is embedded in the binary; [`Tagger::shipped`] loads it (the pipeline
//! does so once) and [`tag_doc`] fills [`Doc::pos`].

mod features;
pub mod tagdict;
pub mod train;

use features::{
    neighbour_features, own_features, pair_features, tag_pair_features, tag_word_features, Neighbour, TokFeats, START,
};
use hearsay_learn::rows::RowWeights as Weights;
use hearsay_learn::{argmax, ModelError};
use tagdict::TagDict;

#[cfg(feature = "parser")]
pub(crate) use features::word_hash as normalized_hash;
use hearsay_core::{Doc, Pos};
use hearsay_learn::{Card, ModelFile};
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};

/// Magic bytes opening a tagger model file.
pub const MAGIC: &[u8; 8] = b"HSPOS001";

static EMBEDDED: &[u8] = include_bytes!("../../../../models/pos.bin");

/// The tagger's model card (MODELS.md): checked against the header of every model file.
pub const CARD: Card = Card {
    name: "pos",
    format: 1,
    features: "pos features 1: word, prefix/suffix, shape, two tags back, tag dictionary",
    data: "UD English-EWT train (en_ewt-ud-train.conllu)",
    license: "CC BY-SA 4.0 (from UD English-EWT)",
    command: "hearsay train pos",
};

/// A trained tagger.
#[derive(Clone, Debug)]
pub struct Tagger {
    weights: Weights,
    dict: TagDict,
    /// Row sums of [`tag_pair_features`] for every pair of previous tags (`p1 * 18 + p2`).
    tag_pairs: Vec<[i32; 17]>,
    /// Neighbour sums of the four pads (before the sentence: 1, 2; after it: 3, 4).
    pads: [[[i32; 17]; 4]; 4],
    /// Tells this tagger's entries in [`WORDS`] from another tagger's (clones share it:
    /// same weights, same entries).
    id: u64,
}

/// What the tagger knows of a word form before it sees the sentence: its feature hashes,
/// the summed rows of its word-only features ([`own_features`]), of its features as each
/// [`Neighbour`] of another token ([`neighbour_features`]), and its tag-dictionary tag.
#[derive(Clone, Copy)]
struct WordEntry {
    feats: TokFeats,
    own: [i32; 17],
    near: [[i32; 17]; 4],
    known: Option<Pos>,
}

/// Most word forms [`WORDS`] keeps before it starts afresh (about 8 MB per thread: an entry
/// is about 470 bytes with its key).
const WORDS_CAP: usize = 16 * 1024;

/// Source of [`Tagger::id`].
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

thread_local! {
    /// [`WordEntry`]s per word form, memoised per thread for one tagger (the id): a pure
    /// function of the word and the model, and integer row sums add up the same in any
    /// order, so the cache changes nothing but the time.
    static WORDS: RefCell<(u64, FxHashMap<Box<str>, WordEntry>)> = RefCell::new((0, FxHashMap::default()));
}

/// Reusable buffers for tagging many sentences without allocating.
#[derive(Default)]
pub struct Scratch {
    buf: String,
    toks: Vec<TokFeats>,
    feats: Vec<u32>,
    fixed: Vec<[i32; 17]>,
    near: Vec<[[i32; 17]; 4]>,
    known: Vec<Option<Pos>>,
}

impl Tagger {
    /// Wraps trained weights (17 classes, one per [`Pos`]) and a tag dictionary.
    pub fn new(weights: Weights, dict: TagDict) -> Result<Self, ModelError> {
        if weights.nclass() != Pos::ALL.len() {
            return Err(ModelError(format!("a tagger has {} classes, not {}", Pos::ALL.len(), weights.nclass())));
        }
        let bits = weights.bits();
        let mut feats = Vec::new();
        let tag_pairs = (0..=START * (START + 1) + START)
            .map(|k| {
                feats.clear();
                tag_pair_features(k / (START + 1), k % (START + 1), bits, &mut feats);
                row_sums(&weights, &feats)
            })
            .collect();
        let pads = [1, 2, 3, 4].map(|k| near_sums(&weights, &TokFeats::pad(k), &mut feats));
        Ok(Tagger { weights, dict, tag_pairs, pads, id: NEXT_ID.fetch_add(1, Ordering::Relaxed) })
    }

    /// Loads a model file: the weights, then the tag dictionary.
    pub fn from_bytes(b: &[u8]) -> Result<Self, ModelError> {
        let (w, rest) = Weights::read(b, MAGIC)?;
        Self::new(w, TagDict::read(rest)?)
    }

    /// Serialises the model.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut b = self.weights.to_bytes(MAGIC);
        self.dict.write(&mut b);
        b
    }

    /// The shipped model, embedded in the binary.
    pub fn shipped() -> Result<Self, ModelError> {
        Self::from_model_file(EMBEDDED)
    }

    /// Tags one sentence of words.
    pub fn tag<S: AsRef<str>>(&self, words: &[S]) -> Vec<Pos> {
        let mut out = Vec::with_capacity(words.len());
        self.tag_into(words, &mut Scratch::default(), &mut out);
        out
    }

    /// The [`WordEntry`] of `word`, computed.
    fn entry(&self, word: &str, buf: &mut String, feats: &mut Vec<u32>) -> WordEntry {
        let tf = TokFeats::new(word, buf);
        feats.clear();
        own_features(&tf, self.weights.bits(), feats);
        let own = row_sums(&self.weights, feats);
        let near = near_sums(&self.weights, &tf, feats);
        WordEntry { feats: tf, own, near, known: self.dict.get(word) }
    }

    /// Tags one sentence, appending one tag per word to `out`.
    pub fn tag_into<S: AsRef<str>>(&self, words: &[S], scratch: &mut Scratch, out: &mut Vec<Pos>) {
        let Scratch { buf, toks, feats, fixed, near, known } = scratch;
        let bits = self.weights.bits();
        toks.clear();
        toks.extend([TokFeats::pad(1), TokFeats::pad(2)]);
        fixed.clear();
        near.clear();
        near.extend([self.pads[0], self.pads[1]]);
        known.clear();
        WORDS.with_borrow_mut(|(id, seen)| {
            if *id != self.id {
                seen.clear();
                *id = self.id;
            }
            // the fields are read from the cached entry in place (an entry is about 470
            // bytes: copying it out first cost more than the lookup)
            let mut push = |e: &WordEntry| {
                toks.push(e.feats);
                fixed.push(e.own);
                near.push(e.near);
                known.push(e.known);
            };
            for w in words {
                let w = w.as_ref();
                if let Some(e) = seen.get(w) {
                    push(e);
                    continue;
                }
                let e = self.entry(w, buf, feats);
                push(&e);
                if seen.len() >= WORDS_CAP {
                    seen.clear();
                }
                seen.insert(w.into(), e);
            }
        });
        toks.extend([TokFeats::pad(3), TokFeats::pad(4)]);
        near.extend([self.pads[2], self.pads[3]]);
        // Scores of the tag-independent features first: their table rows are fetched
        // with no dependency between tokens, which keeps the memory system busy. The
        // features of a neighbour alone come summed from its word entry; integer sums add
        // up the same in any order, so these are the sums of `features::context_features`.
        let mut s = [0i32; 17];
        for (i, k) in known.iter().enumerate() {
            if k.is_none() {
                feats.clear();
                pair_features(toks, i, bits, feats);
                self.weights.scores(feats, &mut s);
                let parts = [
                    &near[i][Neighbour::Prev2 as usize],
                    &near[i + 1][Neighbour::Prev as usize],
                    &near[i + 3][Neighbour::Next as usize],
                    &near[i + 4][Neighbour::Next2 as usize],
                ];
                for (c, f) in fixed[i].iter_mut().enumerate() {
                    *f += s[c] + parts[0][c] + parts[1][c] + parts[2][c] + parts[3][c];
                }
            }
        }
        let (mut p1, mut p2) = (START, START);
        let mut scores = [0i32; 17];
        for (i, base) in fixed.iter().enumerate() {
            if let Some(p) = known[i] {
                out.push(p);
                p2 = p1;
                p1 = p as usize;
                continue;
            }
            feats.clear();
            tag_word_features(toks, i, p1, bits, feats);
            self.weights.scores(feats, &mut scores);
            let pair = &self.tag_pairs[p1 * (START + 1) + p2];
            for ((s, b), p) in scores.iter_mut().zip(base).zip(pair) {
                *s += b + p;
            }
            let t = argmax(&scores);
            out.push(Pos::ALL[t]);
            p2 = p1;
            p1 = t;
        }
    }
}

/// The summed rows of `feats`, one integer score per tag.
fn row_sums(w: &Weights, feats: &[u32]) -> [i32; 17] {
    let mut s = [0i32; 17];
    w.scores(feats, &mut s);
    s
}

/// Row sums of [`neighbour_features`] of `tf` as each [`Neighbour`] (`feats` is scratch).
fn near_sums(w: &Weights, tf: &TokFeats, feats: &mut Vec<u32>) -> [[i32; 17]; 4] {
    Neighbour::ALL.map(|n| {
        feats.clear();
        neighbour_features(tf, n, w.bits(), feats);
        row_sums(w, feats)
    })
}

impl ModelFile for Tagger {
    const CARD: Card = CARD;
    fn to_payload(&self) -> Vec<u8> {
        self.to_bytes()
    }
    fn from_payload(b: &[u8]) -> Result<Self, ModelError> {
        Self::from_bytes(b)
    }
}

/// Fills `doc.pos` (one tag per token) sentence by sentence; tokens outside any sentence
/// get `X`.
pub fn tag_doc(tagger: &Tagger, doc: &mut Doc) {
    let mut pos = vec![Pos::X; doc.tokens.len()];
    {
        let t = tagger;
        let mut scratch = Scratch::default();
        let mut words: Vec<&str> = Vec::new();
        let mut tags = Vec::new();
        for s in &doc.sentences {
            let Some(toks) = doc.tokens.get(s.tokens.clone()) else {
                continue;
            };
            words.clear();
            words.extend(toks.iter().map(|t| t.span.text(&doc.text)));
            tags.clear();
            t.tag_into(&words, &mut scratch, &mut tags);
            pos[s.tokens.clone()].copy_from_slice(&tags);
        }
    }
    doc.pos = pos;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(s: &str) -> Vec<Pos> {
        let words: Vec<&str> = s.split(' ').collect();
        Tagger::shipped().expect("shipped model loads").tag(&words)
    }

    #[test]
    fn tags_plain_news_sentences() {
        use Pos::*;
        assert_eq!(tags("The minister said the plan would fail ."), [Det, Noun, Verb, Det, Noun, Aux, Verb, Punct]);
        assert_eq!(
            tags("Officials in Paris denied it on Tuesday ."),
            [Noun, Adp, Propn, Verb, Pron, Adp, Propn, Punct]
        );
    }

    #[test]
    fn taggers_in_one_thread_keep_their_word_caches_apart() {
        let words = ["Officials", "in", "Paris", "denied", "it", "on", "Tuesday", "."];
        let shipped = Tagger::shipped().unwrap();
        let first = shipped.tag(&words);
        // a tagger whose weights are all zero tags every word with the first class
        let zero = Tagger::new(Weights::quantize(10, 17, &vec![0.0; 17 << 10]), TagDict::default()).unwrap();
        assert!(zero.tag(&words).iter().all(|&p| p == Pos::ALL[0]));
        assert_eq!(shipped.tag(&words), first);
        // word-only and context features together are exactly the static features
        let (mut buf, mut toks) = (String::new(), Vec::new());
        features::sentence_feats(&words, &mut buf, &mut toks);
        let (mut all, mut split) = (Vec::new(), Vec::new());
        features::static_features(&toks, 2, 18, &mut all);
        own_features(&toks[4], 18, &mut split);
        features::context_features(&toks, 2, 18, &mut split);
        assert_eq!(all, split);
    }

    #[test]
    fn cached_sums_tag_as_the_full_feature_set_does() {
        // random weights, no tag dictionary: every token is scored, ties are rare but kept
        let mut rng = hearsay_learn::SplitMix(11);
        let w: Vec<f32> =
            (0..17usize << 12).map(|_| (rng.next_u64() >> 40) as f32 / (1u64 << 24) as f32 - 0.5).collect();
        let w = Weights::quantize(12, 17, &w);
        let tagger = Tagger::new(w.clone(), TagDict::default()).unwrap();
        for s in ["Yes", "He said", "Officials in Paris denied it on Tuesday .", "The U.S. can't confirm 3,000 reports"]
        {
            let words: Vec<&str> = s.split(' ').collect();
            let (mut buf, mut toks, mut f) = (String::new(), Vec::new(), Vec::new());
            features::sentence_feats(&words, &mut buf, &mut toks);
            let (mut p1, mut p2, mut want) = (START, START, Vec::new());
            for i in 0..words.len() {
                features::features(&toks, i, p1, p2, w.bits(), &mut f);
                let mut sc = [0i32; 17];
                w.scores(&f, &mut sc);
                let t = argmax(&sc);
                want.push(Pos::ALL[t]);
                (p2, p1) = (p1, t);
            }
            assert_eq!(tagger.tag(&words), want, "{s}");
            // twice: the second time every word comes from the cache
            assert_eq!(tagger.tag(&words), want, "{s}");
        }
    }

    #[test]
    fn tags_our_tokenizer_output() {
        let text = "She didn't confirm the e-mail's long-term deal, officials said.";
        let toks = crate::tokenize(text, hearsay_core::Span::new(0, text.len()));
        let words: Vec<&str> = toks.iter().map(|t| t.span.text(text)).collect();
        let tags = Tagger::shipped().unwrap().tag(&words);
        let tag_of = |w: &str| tags[words.iter().position(|x| *x == w).unwrap()];
        assert_eq!(tag_of("She"), Pos::Pron);
        assert_eq!(tag_of("confirm"), Pos::Verb);
        assert_eq!(tag_of("deal"), Pos::Noun);
        assert_eq!(tag_of("said"), Pos::Verb);
        assert_eq!(tag_of(","), Pos::Punct);
    }

    #[test]
    fn annotate_fills_the_pos_layer() {
        let mut d = Doc::new("t", "Reporters asked him. He declined to discuss the matter.");
        d.segments.push(hearsay_core::Segment {
            kind: hearsay_core::SegmentKind::Body,
            span: hearsay_core::Span::new(0, d.text.len()),
        });
        crate::annotate(&Tagger::shipped().unwrap(), &mut d);
        assert_eq!(d.pos.len(), d.tokens.len());
        let verbs: Vec<&str> =
            d.tokens.iter().zip(&d.pos).filter(|(_, p)| **p == Pos::Verb).map(|(t, _)| d.slice(t.span)).collect();
        assert_eq!(verbs, ["asked", "declined", "discuss"]);
    }

    #[test]
    fn bad_model_files_are_rejected() {
        assert!(Tagger::from_bytes(b"").is_err());
        assert!(Tagger::from_bytes(b"HSPOS001\x12\0\0\0\x11\0\0\0\0\0\x80\x3f").is_err());
        let m = Tagger::shipped().unwrap();
        assert!(Tagger::from_bytes(&m.to_bytes()).is_ok());
        assert!(m.tag::<&str>(&[]).is_empty());
    }
}
