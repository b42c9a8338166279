//! A sentence seen as lowercased tokens joined by single spaces, for pattern matching.

use hearsay_core::{Span, Token};

/// Lowercased, apostrophe-normalised token text of one stretch, with a map back to tokens.
#[derive(Debug, Default)]
pub struct TokenView {
    /// Tokens joined by one space.
    pub text: String,
    /// Byte offset in `text` where each token starts ("n't" is glued to its host: "didn't").
    starts: Vec<usize>,
}

impl TokenView {
    /// Builds the view of `tokens` over `doc_text`.
    pub fn new(doc_text: &str, tokens: &[Token]) -> Self {
        let mut text = String::with_capacity(tokens.len() * 6);
        let mut starts = Vec::with_capacity(tokens.len());
        for (i, t) in tokens.iter().enumerate() {
            let tt = t.span.text(doc_text);
            let clitic = i > 0 && tokens[i - 1].span.end == t.span.start && matches!(tt, "n't" | "n’t" | "N'T" | "N’T");
            if i > 0 && !clitic {
                text.push(' ');
            }
            starts.push(text.len());
            if tt.bytes().all(|b| b.is_ascii() && b != b'`' && b != b' ') {
                // the common case: what the char loop below does to such a token
                let at = text.len();
                text.push_str(tt);
                text[at..].make_ascii_lowercase();
                continue;
            }
            for c in tt.chars() {
                match c {
                    '’' | '‘' | '`' | 'ʼ' => text.push('\''),
                    ' ' => text.push('_'),
                    c if c.is_ascii() => text.push(c.to_ascii_lowercase()),
                    c => text.extend(c.to_lowercase()),
                }
            }
        }
        TokenView { text, starts }
    }

    /// Index of the token holding byte `pos` of `text`.
    pub fn token_at(&self, pos: usize) -> usize {
        match self.starts.binary_search(&pos) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// Byte offset in `text` where token `i` starts (the end of `text` past the last token).
    pub fn start_of(&self, i: usize) -> usize {
        self.starts.get(i).copied().unwrap_or(self.text.len())
    }

    /// Token range `[first, last]` (inclusive) covered by `text[start..end]`, if it is not empty.
    pub fn tokens_of(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        if end <= start || self.starts.is_empty() {
            return None;
        }
        Some((self.token_at(start), self.token_at(end - 1)))
    }
}

/// The document span from the start of token `a` to the end of token `b`.
pub fn span_of(tokens: &[Token], a: usize, b: usize) -> Span {
    Span::new(tokens[a].span.start, tokens[b].span.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_tokens_read_as_the_char_mapping_does() {
        // the char mapping, token by token, as the view applied it before its ASCII shortcut
        let by_chars = |t: &str| -> String {
            t.chars()
                .flat_map(|c| match c {
                    '’' | '‘' | '`' | 'ʼ' => vec!['\''],
                    ' ' => vec!['_'],
                    c => c.to_lowercase().collect(),
                })
                .collect()
        };
        for text in ["He SAID ``No'' to McCain’s DIDN'T plan.", "Ünïcode İstanbul and ASCII Mixed 42%"] {
            let toks = hearsay_text::tokenize(text, Span::new(0, text.len()));
            let v = TokenView::new(text, &toks);
            for (i, t) in toks.iter().enumerate() {
                let end = if i + 1 < toks.len() { v.start_of(i + 1) } else { v.text.len() };
                assert_eq!(v.text[v.start_of(i)..end].trim_end(), by_chars(t.span.text(text)), "{text:?} token {i}");
            }
        }
    }

    #[test]
    fn maps_matches_back_to_tokens() {
        let text = "The Kremlin DIDN’T respond.";
        let toks = hearsay_text::tokenize(text, Span::new(0, text.len()));
        let v = TokenView::new(text, &toks);
        assert_eq!(v.text, "the kremlin didn't respond .");
        let at = v.text.find("didn't respond").unwrap();
        let (a, b) = v.tokens_of(at, at + "didn't respond".len()).unwrap();
        assert_eq!(span_of(&toks, a, b).text(text), "DIDN’T respond");
    }
}
