//! Part-of-speech accuracy on a CoNLL-U file (UD English-EWT dev or test).
//!
//! Two scores: on the treebank's gold tokens (the standard UPOS accuracy), and on our
//! tokenizer's tokens of the same sentence text (what the pipeline sees: a token that
//! joins several UD words, "don't", is gold-tagged with its head word's tag).

use hearsay_learn::ModelFile;
use hearsay_text::conllu::{self, UdSentence};
use hearsay_text::pos::Tagger;
use serde::Serialize;
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

/// Accuracy over one tokenisation.
#[derive(Debug, Default, Serialize)]
pub struct Accuracy {
    /// Tokens scored.
    pub tokens: usize,
    /// Tokens tagged right.
    pub correct: usize,
    /// `correct / tokens`.
    pub accuracy: f64,
}

impl Accuracy {
    fn add(&mut self, right: bool) {
        self.tokens += 1;
        self.correct += right as usize;
    }

    fn finish(&mut self) {
        self.accuracy = self.correct as f64 / self.tokens.max(1) as f64;
    }
}

/// The report of `hearsay eval pos`.
#[derive(Debug, Serialize)]
pub struct PosReport {
    /// The file scored.
    pub file: String,
    /// Sentences.
    pub sentences: usize,
    /// On the treebank's tokens.
    pub gold_tokens: Accuracy,
    /// On our tokenizer's tokens.
    pub our_tokens: Accuracy,
    /// Per gold tag, on the treebank's tokens.
    pub by_tag: BTreeMap<String, Accuracy>,
    /// Tagging speed on gold tokens, tokens per second (one core).
    pub tokens_per_second: f64,
}

/// Scores `tagger` on parsed sentences.
pub fn score(tagger: &Tagger, sents: &[UdSentence], file: &str) -> PosReport {
    let mut gold_tokens = Accuracy::default();
    let mut our_tokens = Accuracy::default();
    let mut by_tag: BTreeMap<String, Accuracy> = BTreeMap::new();
    let mut secs = 0.0;
    for s in sents {
        let forms = s.forms();
        let t = std::time::Instant::now();
        let pred = tagger.tag(&forms);
        secs += t.elapsed().as_secs_f64();
        for (w, p) in s.words.iter().zip(&pred) {
            gold_tokens.add(w.upos == *p);
            by_tag.entry(w.upos.as_str().to_string()).or_default().add(w.upos == *p);
        }
        let r = s.retokenize();
        let pred = tagger.tag(&r.words());
        for (g, p) in r.upos.iter().zip(&pred) {
            our_tokens.add(g == p);
        }
    }
    gold_tokens.finish();
    our_tokens.finish();
    by_tag.values_mut().for_each(Accuracy::finish);
    let tokens_per_second = gold_tokens.tokens as f64 / secs.max(1e-9);
    PosReport { file: file.to_string(), sentences: sents.len(), gold_tokens, our_tokens, by_tag, tokens_per_second }
}

/// Scores the shipped tagger, or the model file `model` when given, on a CoNLL-U file.
pub fn evaluate(file: &Path, model: Option<&Path>) -> anyhow::Result<PosReport> {
    let sents = conllu::read(file)?;
    let tagger = match model {
        Some(p) => Tagger::from_model_file(&std::fs::read(p)?)?,
        None => Tagger::shipped()?,
    };
    Ok(score(&tagger, &sents, &file.display().to_string()))
}

impl fmt::Display for PosReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "UPOS accuracy on {} ({} sentences)", self.file, self.sentences)?;
        let row = |f: &mut fmt::Formatter<'_>, name: &str, a: &Accuracy| {
            writeln!(f, "{:<14} {:>7} {:>9.4}", name, a.tokens, a.accuracy)
        };
        writeln!(f, "{:<14} {:>7} {:>9}", "tokens", "count", "accuracy")?;
        row(f, "UD gold", &self.gold_tokens)?;
        row(f, "ours", &self.our_tokens)?;
        for (t, a) in &self.by_tag {
            row(f, &format!("  {t}"), a)?;
        }
        writeln!(f, "speed: {:.0} tokens/s", self.tokens_per_second)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_a_hand_written_sentence() {
        let ud = "1\tShe\tshe\tPRON\t_\t_\t2\tnsubj\t_\t_\n2\tleft\tleave\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n";
        let sents = conllu::parse(ud);
        let r = score(&Tagger::shipped().unwrap(), &sents, "mem");
        assert_eq!(r.gold_tokens.tokens, 3);
        assert_eq!(r.our_tokens.tokens, 3);
        assert!(r.gold_tokens.correct >= 2);
        assert_eq!(r.by_tag["PUNCT"].correct, 1);
    }

    #[test]
    fn dev_accuracy_when_the_data_is_present() {
        let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/ud_ewt/en_ewt-ud-dev.conllu");
        if !p.exists() {
            let _ = std::io::Write::write_fmt(
                &mut std::io::stderr(),
                format_args!("SKIPPED (needs ../shared, see README \"Tests\"): {} not found\n", p.display()),
            );
            return;
        }
        let r = evaluate(&p, None).unwrap();
        assert!(r.gold_tokens.accuracy > 0.93, "{}", r.gold_tokens.accuracy);
        assert!(r.our_tokens.accuracy > 0.92, "{}", r.our_tokens.accuracy);
    }
}
