//! Dependency parsing accuracy on a CoNLL-U file (UD English-EWT dev or test).
//!
//! UAS and LAS (relations in the parser's compact set, subtypes dropped), punctuation
//! included, with tags predicted by the shipped POS tagger: on the treebank's gold tokens,
//! and on our tokenizer's tokens of the same text (gold heads mapped onto them).

use hearsay_core::{DepRel, Pos};
use hearsay_learn::ModelFile;
use hearsay_text::conllu::{self, UdSentence};
use hearsay_text::parse::{system::NONE, Parser, Scratch};
use hearsay_text::pos::Tagger;
use serde::Serialize;
use std::fmt;
use std::path::Path;

/// Attachment scores over one tokenisation.
#[derive(Debug, Default, Serialize)]
pub struct Attachment {
    /// Tokens scored.
    pub tokens: usize,
    /// Right head.
    pub head_correct: usize,
    /// Right head and relation.
    pub labeled_correct: usize,
    /// Unlabeled attachment score.
    pub uas: f64,
    /// Labeled attachment score.
    pub las: f64,
}

impl Attachment {
    fn add(&mut self, head_ok: bool, rel_ok: bool) {
        self.tokens += 1;
        self.head_correct += head_ok as usize;
        self.labeled_correct += (head_ok && rel_ok) as usize;
    }

    fn finish(&mut self) {
        self.uas = self.head_correct as f64 / self.tokens.max(1) as f64;
        self.las = self.labeled_correct as f64 / self.tokens.max(1) as f64;
    }
}

/// The report of `hearsay eval parser`.
#[derive(Debug, Serialize)]
pub struct ParseReport {
    /// The file scored.
    pub file: String,
    /// Sentences.
    pub sentences: usize,
    /// On the treebank's tokens.
    pub gold_tokens: Attachment,
    /// On our tokenizer's tokens.
    pub our_tokens: Attachment,
    /// Tagging plus parsing speed on gold tokens, tokens per second (one core).
    pub tokens_per_second: f64,
}

fn head0(h: u32) -> usize {
    if h == 0 {
        NONE
    } else {
        h as usize - 1
    }
}

/// Scores `parser` (with tags from `tagger`) on parsed sentences.
pub fn score(tagger: &Tagger, parser: &Parser, sents: &[UdSentence], file: &str) -> ParseReport {
    let mut gold_tokens = Attachment::default();
    let mut our_tokens = Attachment::default();
    let mut scratch = Scratch::default();
    let mut secs = 0.0;
    let run = |words: &[&str], scratch: &mut Scratch| {
        let tags: Vec<Pos> = tagger.tag(words);
        parser.parse(words, &tags, scratch)
    };
    for s in sents {
        let forms = s.forms();
        let t = std::time::Instant::now();
        let p = run(&forms, &mut scratch);
        secs += t.elapsed().as_secs_f64();
        for (k, w) in s.words.iter().enumerate() {
            gold_tokens.add(p.heads[k] == head0(w.head), p.rels[k] == DepRel::from_ud(&w.deprel));
        }
        let r = s.retokenize();
        let p = run(&r.words(), &mut scratch);
        for k in 0..r.heads.len() {
            our_tokens.add(p.heads[k] == head0(r.heads[k]), p.rels[k] == DepRel::from_ud(&r.deprels[k]));
        }
    }
    gold_tokens.finish();
    our_tokens.finish();
    let tokens_per_second = gold_tokens.tokens as f64 / f64::max(secs, 1e-9);
    ParseReport { file: file.to_string(), sentences: sents.len(), gold_tokens, our_tokens, tokens_per_second }
}

/// Scores the shipped parser, or the model file `model` when given, on a CoNLL-U file.
pub fn evaluate(file: &Path, model: Option<&Path>) -> anyhow::Result<ParseReport> {
    let sents = conllu::read(file)?;
    let tagger = hearsay_text::pos::Tagger::shipped()?;
    let parser = match model {
        Some(p) => Parser::from_model_file(&std::fs::read(p)?)?,
        None => Parser::shipped()?,
    };
    Ok(score(&tagger, &parser, &sents, &file.display().to_string()))
}

impl fmt::Display for ParseReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "dependency attachment on {} ({} sentences, predicted tags)", self.file, self.sentences)?;
        writeln!(f, "{:<10} {:>7} {:>8} {:>8}", "tokens", "count", "UAS", "LAS")?;
        for (name, a) in [("UD gold", &self.gold_tokens), ("ours", &self.our_tokens)] {
            writeln!(f, "{:<10} {:>7} {:>8.4} {:>8.4}", name, a.tokens, a.uas, a.las)?;
        }
        writeln!(f, "speed (tag + parse): {:.0} tokens/s", self.tokens_per_second)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_a_hand_written_sentence() {
        let ud = "1\tShe\tshe\tPRON\t_\t_\t2\tnsubj\t_\t_\n2\tleft\tleave\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n";
        let sents = conllu::parse(ud);
        let r = score(&hearsay_text::pos::Tagger::shipped().unwrap(), &Parser::shipped().unwrap(), &sents, "mem");
        assert_eq!(r.gold_tokens.tokens, 3);
        assert_eq!(r.gold_tokens.head_correct, 3);
        assert_eq!(r.gold_tokens.labeled_correct, 3);
        assert_eq!(r.our_tokens.tokens, 3);
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
        assert!(r.gold_tokens.uas > 0.78, "{}", r.gold_tokens.uas);
        assert!(r.gold_tokens.las > 0.72, "{}", r.gold_tokens.las);
    }
}
