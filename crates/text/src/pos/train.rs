//! Training the tagger on CoNLL-U data (`hearsay train pos`).

use super::features::{features, sentence_feats, START};
use super::tagdict::TagDict;
use super::Tagger;
use crate::conllu::UdSentence;
use hearsay_core::Pos;
use hearsay_learn::rows::RowTrainer as Trainer;
use hearsay_learn::ModelFile;
use hearsay_learn::{argmax, SplitMix};

/// Training settings.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// Passes over the data.
    pub epochs: usize,
    /// Hash table size: `2^bits` feature buckets.
    pub bits: u32,
    /// Shuffling seed.
    pub seed: u64,
    /// Tag dictionary: minimum count of a word.
    pub dict_min_freq: usize,
    /// Tag dictionary: minimum share of its commonest tag.
    pub dict_min_ratio: f64,
}

impl Default for Options {
    fn default() -> Self {
        Options { epochs: 8, bits: 18, seed: 17, dict_min_freq: 20, dict_min_ratio: 0.97 }
    }
}

/// A training sentence: words and their gold tags.
pub type Example = (Vec<String>, Vec<Pos>);

/// Training examples from UD sentences: each sentence on its gold tokens and, when our
/// tokenizer splits it differently (contractions, hyphenated compounds), on our tokens too.
pub fn examples(sents: &[UdSentence]) -> Vec<Example> {
    let mut out = Vec::with_capacity(sents.len() * 2);
    for s in sents {
        let forms: Vec<String> = s.words.iter().map(|w| w.form.clone()).collect();
        let r = s.retokenize();
        let ours: Vec<String> = r.words().into_iter().map(String::from).collect();
        if ours != forms && !ours.is_empty() {
            out.push((ours, r.upos));
        }
        out.push((forms, s.words.iter().map(|w| w.upos).collect()));
    }
    out
}

/// Trains a tagger; `log` receives one line per epoch.
pub fn train(data: &[Example], opts: Options, mut log: impl FnMut(String)) -> Tagger {
    let pairs = data.iter().flat_map(|(w, t)| w.iter().map(String::as_str).zip(t.iter().copied()));
    let dict = TagDict::build(pairs, opts.dict_min_freq, opts.dict_min_ratio);
    log(format!("tag dictionary: {} words", dict.len()));
    let mut tr = Trainer::new(opts.bits, Pos::ALL.len());
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut rng = SplitMix(opts.seed);
    let (mut buf, mut toks, mut feats) = (String::new(), Vec::new(), Vec::new());
    let mut scores = [0f32; 17];
    for epoch in 0..opts.epochs {
        rng.shuffle(&mut order);
        let (mut right, mut total) = (0usize, 0usize);
        for &k in &order {
            let (words, gold) = &data[k];
            sentence_feats(words, &mut buf, &mut toks);
            let (mut p1, mut p2) = (START, START);
            for (i, g) in gold.iter().enumerate() {
                if let Some(p) = dict.get(&words[i]) {
                    right += (p == *g) as usize;
                    total += 1;
                    p2 = p1;
                    p1 = p as usize;
                    continue;
                }
                features(&toks, i, p1, p2, opts.bits, &mut feats);
                tr.tick();
                tr.scores(&feats, &mut scores);
                let guess = argmax(&scores);
                tr.update(*g as usize, guess, &feats);
                right += (guess == *g as usize) as usize;
                total += 1;
                p2 = p1;
                p1 = guess;
            }
        }
        log(format!("epoch {}: train accuracy {:.4} on {total} tokens", epoch + 1, right as f64 / total.max(1) as f64));
    }
    Tagger::new(tr.finish(), dict).expect("17 classes")
}

/// Reads a CoNLL-U file, trains, and writes the model to `out`; returns its size in bytes.
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
        |sents, _| examples(sents),
        |data, log| train(data, opts, log).to_model_file(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_a_toy_language() {
        use Pos::*;
        let s = |w: &str, t: &[Pos]| (w.split(' ').map(String::from).collect::<Vec<_>>(), t.to_vec());
        let data = vec![
            s("the dog runs", &[Det, Noun, Verb]),
            s("a cat sleeps", &[Det, Noun, Verb]),
            s("the cat runs", &[Det, Noun, Verb]),
            s("dogs run", &[Noun, Verb]),
        ];
        let t = train(&data, Options { epochs: 5, bits: 12, seed: 1, dict_min_freq: 100, dict_min_ratio: 1.0 }, |_| {});
        assert_eq!(t.tag(&["a", "dog", "sleeps"]), [Det, Noun, Verb]);
    }
}
