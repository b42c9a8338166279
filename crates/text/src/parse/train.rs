//! Training the parser on CoNLL-U data (`hearsay train parser`).
//!
//! Tags come from the POS tagger by two-fold jackknifing (each half tagged by a tagger
//! trained on the other half), so the parser learns from tags as noisy as at run time.
//! Transitions follow the static oracle; non-projective sentences are skipped. The
//! labeller learns from gold arcs.

use super::features::{label_features, transition_features, Sent};
use super::system::{oracle_sequence, State, NONE};
use super::Parser;
use crate::conllu::UdSentence;
use crate::pos;
use hearsay_core::{DepRel, Pos};
use hearsay_learn::rows::RowTrainer as Trainer;
use hearsay_learn::ModelFile;
use hearsay_learn::{argmax, SplitMix};

/// Training settings.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// Passes over the data.
    pub epochs: usize,
    /// Transition table: `2^bits` buckets.
    pub bits: u32,
    /// Labeller table: `2^label_bits` buckets.
    pub label_bits: u32,
    /// Shuffling seed.
    pub seed: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options { epochs: 10, bits: 17, label_bits: 15, seed: 23 }
    }
}

/// One training sentence.
#[derive(Clone, Debug)]
pub struct Example {
    /// Words.
    pub words: Vec<String>,
    /// Predicted tags.
    pub tags: Vec<Pos>,
    /// Gold heads (0-based, [`NONE`] for the root).
    pub heads: Vec<usize>,
    /// Gold relations.
    pub rels: Vec<DepRel>,
}

fn gold_examples(s: &UdSentence) -> Vec<Example> {
    let head0 = |h: u32| if h == 0 { NONE } else { h as usize - 1 };
    let gold = Example {
        words: s.words.iter().map(|w| w.form.clone()).collect(),
        tags: Vec::new(),
        heads: s.words.iter().map(|w| head0(w.head)).collect(),
        rels: s.words.iter().map(|w| DepRel::from_ud(&w.deprel)).collect(),
    };
    let r = s.retokenize();
    let ours = Example {
        words: r.words().into_iter().map(String::from).collect(),
        tags: Vec::new(),
        heads: r.heads.iter().map(|&h| head0(h)).collect(),
        rels: r.deprels.iter().map(|d| DepRel::from_ud(d)).collect(),
    };
    if ours.words != gold.words && !ours.words.is_empty() {
        vec![gold, ours]
    } else {
        vec![gold]
    }
}

/// Training examples with jackknifed tags; `log` receives progress lines.
pub fn examples(sents: &[UdSentence], pos_opts: pos::train::Options, mut log: impl FnMut(String)) -> Vec<Example> {
    let mut out = Vec::new();
    for fold in 0..2 {
        let other: Vec<UdSentence> =
            sents.iter().enumerate().filter(|(i, _)| i % 2 != fold).map(|(_, s)| s.clone()).collect();
        let tagger = pos::train::train(&pos::train::examples(&other), pos_opts, |_| {});
        log(format!("jackknife fold {}: tagger trained on {} sentences", fold + 1, other.len()));
        let mut scratch = pos::Scratch::default();
        for s in sents.iter().skip(fold).step_by(2) {
            for mut ex in gold_examples(s) {
                tagger.tag_into(&ex.words, &mut scratch, &mut ex.tags);
                out.push(ex);
            }
        }
    }
    out
}

/// Trains a parser; `log` receives one line per epoch.
pub fn train(data: &[Example], opts: Options, mut log: impl FnMut(String)) -> Parser {
    let seqs: Vec<Option<Vec<usize>>> = data.iter().map(|e| oracle_sequence(&e.heads)).collect();
    let usable = seqs.iter().filter(|s| s.is_some()).count();
    log(format!("{usable} of {} sentences are projective", data.len()));
    let mut tr = Trainer::new(opts.bits, 3);
    let mut lt = Trainer::new(opts.label_bits, DepRel::ALL.len());
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = SplitMix(opts.seed);
    let (mut buf, mut sent, mut feats) = (String::new(), Sent::default(), Vec::new());
    let mut st = State::new(0);
    let mut ts = [0f32; 3];
    let mut ls = [0f32; 27];
    for epoch in 0..opts.epochs {
        rng.shuffle(&mut order);
        let (mut right, mut total, mut lright, mut ltotal) = (0usize, 0usize, 0usize, 0usize);
        for &k in &order {
            let ex = &data[k];
            sent.fill(&ex.words, &ex.tags, &mut buf);
            if let Some(seq) = &seqs[k] {
                st.reset(ex.words.len());
                for &gold in seq {
                    transition_features(&st, &sent, opts.bits, &mut feats);
                    tr.tick();
                    tr.scores(&feats, &mut ts);
                    for (t, s) in ts.iter_mut().enumerate() {
                        if !st.valid(t) {
                            *s = f32::NEG_INFINITY;
                        }
                    }
                    let guess = argmax(&ts);
                    tr.update(gold, guess, &feats);
                    right += (guess == gold) as usize;
                    total += 1;
                    st.apply(gold);
                }
            }
            for d in 0..ex.words.len() {
                if ex.heads[d] == NONE || ex.heads[d] >= ex.words.len() {
                    continue;
                }
                label_features(&ex.heads, d, &sent, opts.label_bits, &mut feats);
                lt.tick();
                lt.scores(&feats, &mut ls);
                ls[DepRel::Root as usize] = f32::NEG_INFINITY;
                let guess = argmax(&ls);
                lt.update(ex.rels[d] as usize, guess, &feats);
                lright += (guess == ex.rels[d] as usize) as usize;
                ltotal += 1;
            }
        }
        log(format!(
            "epoch {}: transition accuracy {:.4}, label accuracy {:.4}",
            epoch + 1,
            right as f64 / total.max(1) as f64,
            lright as f64 / ltotal.max(1) as f64
        ));
    }
    Parser::new(tr.finish(), lt.finish()).expect("class counts")
}

/// Reads a CoNLL-U file, trains (tagger folds included), and writes the model to `out`;
/// returns its size in bytes.
pub fn train_file(
    train_path: &std::path::Path,
    out: &std::path::Path,
    opts: Options,
    mut log: impl FnMut(String),
) -> std::io::Result<usize> {
    crate::conllu::train_to_file(
        train_path,
        out,
        &mut log,
        |sents, log| examples(sents, pos::train::Options::default(), log),
        |data, log| train(data, opts, log).to_model_file(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::Scratch;

    #[test]
    fn learns_toy_trees() {
        use Pos::*;
        let ex = |w: &str, t: &[Pos], h: &[usize], r: &[DepRel]| Example {
            words: w.split(' ').map(String::from).collect(),
            tags: t.to_vec(),
            heads: h.to_vec(),
            rels: r.to_vec(),
        };
        let data = vec![
            ex("dogs bark", &[Noun, Verb], &[1, NONE], &[DepRel::Nsubj, DepRel::Root]),
            ex("cats see birds", &[Noun, Verb, Noun], &[1, NONE, 1], &[DepRel::Nsubj, DepRel::Root, DepRel::Obj]),
            ex("birds see dogs", &[Noun, Verb, Noun], &[1, NONE, 1], &[DepRel::Nsubj, DepRel::Root, DepRel::Obj]),
        ];
        let p = train(&data, Options { epochs: 10, bits: 12, label_bits: 10, seed: 3 }, |_| {});
        let r = p.parse(&["cows", "see", "cats"], &[Noun, Verb, Noun], &mut Scratch::default());
        assert_eq!(r.heads, [1, NONE, 1]);
        assert_eq!(r.rels, [DepRel::Nsubj, DepRel::Root, DepRel::Obj]);
    }
}
