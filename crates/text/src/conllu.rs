//! Minimal CoNLL-U reader for Universal Dependencies treebanks, and re-tokenisation of a
//! UD sentence with this crate's [`tokenize`](crate::tokenize) so that models can be
//! trained and scored on the tokens they will see at run time.

use crate::tokenize;
use hearsay_core::{Pos, Span};

/// One syntactic word of a UD sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UdWord {
    /// FORM.
    pub form: String,
    /// UPOS (`X` when unknown).
    pub upos: Pos,
    /// HEAD: 1-based index of the head word, 0 for the root.
    pub head: u32,
    /// DEPREL without its subtype ("nsubj" for "nsubj:pass").
    pub deprel: String,
    /// False when MISC says `SpaceAfter=No`.
    pub space_after: bool,
}

/// A multiword token ("don't" = "do" + "n't"): words `first..=last` (0-based) share `form`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UdMultiword {
    /// Index of its first word.
    pub first: usize,
    /// Index of its last word.
    pub last: usize,
    /// Surface form.
    pub form: String,
    /// False when MISC says `SpaceAfter=No`.
    pub space_after: bool,
}

/// One UD sentence.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UdSentence {
    /// Words (empty nodes "8.1" are skipped).
    pub words: Vec<UdWord>,
    /// Multiword tokens.
    pub multiwords: Vec<UdMultiword>,
}

/// The steps the tagger's and the parser's training commands share: reads the CoNLL-U file
/// `train_path`, builds the examples, logs their count, trains, and writes the model file to
/// `out`; returns its size in bytes.
pub(crate) fn train_to_file<E>(
    train_path: &std::path::Path,
    out: &std::path::Path,
    log: &mut dyn FnMut(String),
    examples: impl FnOnce(&[UdSentence], &mut dyn FnMut(String)) -> Vec<E>,
    train: impl FnOnce(&[E], &mut dyn FnMut(String)) -> Vec<u8>,
) -> std::io::Result<usize> {
    let sents = read(train_path)?;
    let data = examples(&sents, &mut *log);
    log(format!("{} sentences, {} training examples", sents.len(), data.len()));
    let bytes = train(&data, log);
    std::fs::write(out, &bytes)?;
    Ok(bytes.len())
}

/// Reads and parses a CoNLL-U file; an unreadable file, or one with no sentence, is an
/// error that names it (the UD data lives in ../shared/data/ud_ewt).
pub fn read(path: &std::path::Path) -> std::io::Result<Vec<UdSentence>> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        std::io::Error::new(
            e.kind(),
            format!("cannot read {}: {e} (the UD data lives in ../shared/data/ud_ewt)", path.display()),
        )
    })?;
    let sents = parse(&text);
    if sents.is_empty() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("no sentences in {}", path.display()),
        ));
    }
    Ok(sents)
}

/// Parses CoNLL-U text; malformed lines are skipped, never a panic.
pub fn parse(text: &str) -> Vec<UdSentence> {
    let mut out = Vec::new();
    let mut cur = UdSentence::default();
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            if !cur.words.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            cur = UdSentence::default();
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 10 {
            continue;
        }
        let space_after = !cols[9].split('|').any(|m| m == "SpaceAfter=No");
        if let Some((a, b)) = cols[0].split_once('-') {
            if let (Ok(a), Ok(b)) = (a.parse::<usize>(), b.parse::<usize>()) {
                if a >= 1 && b >= a {
                    cur.multiwords.push(UdMultiword {
                        first: a - 1,
                        last: b - 1,
                        form: cols[1].to_string(),
                        space_after,
                    });
                }
            }
            continue;
        }
        if cols[0].contains('.') {
            continue;
        }
        let deprel = cols[7].split(':').next().unwrap_or("").to_string();
        cur.words.push(UdWord {
            form: cols[1].to_string(),
            upos: Pos::parse(cols[3]).unwrap_or(Pos::X),
            head: cols[6].parse().unwrap_or(0),
            deprel,
            space_after,
        });
    }
    if !cur.words.is_empty() {
        out.push(cur);
    }
    out
}

/// A UD sentence re-tokenised with [`tokenize`]: gold tags and heads mapped onto our tokens.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Retokenized {
    /// The sentence text rebuilt from its forms and `SpaceAfter`.
    pub text: String,
    /// Our tokens' spans in `text`.
    pub spans: Vec<Span>,
    /// Gold UPOS per token: the tag of the token's syntactic head word.
    pub upos: Vec<Pos>,
    /// Gold head per token: 1-based token index, 0 for the root.
    pub heads: Vec<u32>,
    /// Gold relation per token.
    pub deprels: Vec<String>,
}

impl Retokenized {
    /// The token strings.
    pub fn words(&self) -> Vec<&str> {
        self.spans.iter().map(|s| s.text(&self.text)).collect()
    }
}

impl UdSentence {
    /// The gold word forms.
    pub fn forms(&self) -> Vec<&str> {
        self.words.iter().map(|w| w.form.as_str()).collect()
    }

    /// Rebuilds the text and the span of every word (the words of a multiword token share its span).
    pub fn text_and_spans(&self) -> (String, Vec<Span>) {
        let mut text = String::new();
        let mut spans = vec![Span::new(0, 0); self.words.len()];
        let mut i = 0;
        while i < self.words.len() {
            if let Some(m) = self.multiwords.iter().find(|m| m.first == i && m.last < self.words.len()) {
                let s = text.len();
                text.push_str(&m.form);
                for sp in &mut spans[m.first..=m.last] {
                    *sp = Span::new(s, text.len());
                }
                if m.space_after {
                    text.push(' ');
                }
                i = m.last + 1;
            } else {
                let w = &self.words[i];
                let s = text.len();
                text.push_str(&w.form);
                spans[i] = Span::new(s, text.len());
                if w.space_after {
                    text.push(' ');
                }
                i += 1;
            }
        }
        (text, spans)
    }

    /// Maps the sentence onto our tokenizer's tokens.
    ///
    /// A token covering several words takes the tag, head and relation of the word among
    /// them whose head lies outside the token; a word split over several tokens gives its
    /// tag to each, its head to the first, and the others hang off the first (`goeswith`).
    pub fn retokenize(&self) -> Retokenized {
        let (text, wspans) = self.text_and_spans();
        let toks = tokenize(&text, Span::new(0, text.len()));
        let spans: Vec<Span> = toks.iter().map(|t| t.span).collect();
        let overlaps = |a: Span, b: Span| a.start < b.end && b.start < a.end;
        // first token of each word, and each token's covering words
        let mut tok_of_word = vec![usize::MAX; self.words.len()];
        let mut words_of_tok: Vec<Vec<usize>> = vec![Vec::new(); spans.len()];
        let mut first_word = 0;
        for (t, ts) in spans.iter().enumerate() {
            while first_word < wspans.len() && wspans[first_word].end <= ts.start {
                first_word += 1;
            }
            let mut w = first_word;
            while w < wspans.len() && wspans[w].start < ts.end {
                if overlaps(*ts, wspans[w]) {
                    words_of_tok[t].push(w);
                    if tok_of_word[w] == usize::MAX {
                        tok_of_word[w] = t;
                    }
                }
                w += 1;
            }
        }
        let mut out = Retokenized { text: String::new(), spans, ..Default::default() };
        for (t, ws) in words_of_tok.iter().enumerate() {
            let Some(&w0) = ws.first() else {
                out.upos.push(Pos::X);
                out.heads.push(0);
                out.deprels.push("dep".into());
                continue;
            };
            let head_word = ws
                .iter()
                .copied()
                .find(|&w| {
                    let h = self.words[w].head as usize;
                    h == 0 || !ws.contains(&(h - 1))
                })
                .unwrap_or(w0);
            let word = &self.words[head_word];
            out.upos.push(word.upos);
            if tok_of_word[head_word] != t {
                // a later piece of a word split over several tokens
                out.heads.push(tok_of_word[head_word] as u32 + 1);
                out.deprels.push("goeswith".into());
                continue;
            }
            let h = word.head as usize;
            let ht = if h == 0 || h > self.words.len() { 0 } else { tok_of_word[h - 1].wrapping_add(1) as u32 };
            out.heads.push(if ht as usize == t + 1 { 0 } else { ht });
            out.deprels.push(word.deprel.clone());
        }
        out.text = text;
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# text = They don't like e-mail.\n\
1\tThey\tthey\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n\
2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n\
2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_\n\
3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n\
4\tlike\tlike\tVERB\tVB\t_\t0\troot\t_\t_\n\
5\te\te\tNOUN\tNN\t_\t7\tcompound\t_\tSpaceAfter=No\n\
6\t-\t-\tPUNCT\tHYPH\t_\t7\tpunct\t_\tSpaceAfter=No\n\
7\tmail\tmail\tNOUN\tNN\t_\t4\tobj\t_\tSpaceAfter=No\n\
8\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n";

    #[test]
    fn reads_words_and_multiwords() {
        let s = parse(SAMPLE);
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].forms(), ["They", "do", "n't", "like", "e", "-", "mail", "."]);
        assert_eq!(s[0].words[1].upos, Pos::Aux);
        assert_eq!(s[0].multiwords[0].form, "don't");
        assert_eq!(s[0].text_and_spans().0, "They don't like e-mail. ");
    }

    #[test]
    fn retokenizes_onto_our_tokens() {
        let r = parse(SAMPLE)[0].retokenize();
        let ours: Vec<&str> =
            tokenize(&r.text, Span::new(0, r.text.len())).iter().map(|t| t.span.text(&r.text)).collect();
        assert_eq!(r.words(), ours);
        // our tokenizer keeps "e-mail" whole: it takes the tag, head and relation of "mail"
        let w = r.words();
        let email = w.iter().position(|x| *x == "e-mail").unwrap();
        let like = w.iter().position(|x| *x == "like").unwrap();
        assert_eq!(r.upos[email], Pos::Noun);
        assert_eq!(r.heads[email] as usize, like + 1);
        assert_eq!(r.deprels[email], "obj");
        assert_eq!(r.heads[like], 0);
        assert_eq!(r.upos[0], Pos::Pron);
        assert_eq!(r.upos.len(), w.len());
    }

    #[test]
    fn a_token_joining_words_takes_its_head_word() {
        // "cannot" = "can" + "not", written as one token with no multiword line
        let ud = "1\tI\tI\tPRON\t_\t_\t3\tnsubj\t_\t_\n2\tcan\tcan\tAUX\t_\t_\t3\taux\t_\tSpaceAfter=No\n\
3\tgo\tgo\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n4\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_\n\n";
        let r = parse(ud)[0].retokenize();
        assert_eq!(r.words(), ["I", "cango", "."]);
        assert_eq!(r.upos, [Pos::Pron, Pos::Verb, Pos::Punct]);
        assert_eq!(r.heads, [2, 0, 2]);
    }

    #[test]
    fn junk_is_skipped() {
        assert!(parse("garbage\n\n1\tx\n\n").is_empty());
    }
}
