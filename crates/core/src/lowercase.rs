//! The lowercase form of every token, computed once per document by the text stage so that
//! later stages compare words without lowercasing (and allocating) them again.

use crate::Token;
use std::ops::Index;

/// Lowercase forms of a document's tokens (parallel to `Doc::tokens`), back to back in one
/// buffer. Each form is exactly `str::to_lowercase` of the token's text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lowercase {
    /// The forms, back to back.
    text: String,
    /// Where each form ends in `text` (a form starts where the one before ends).
    ends: Vec<u32>,
}

impl Lowercase {
    /// The forms of `tokens`, spans over `text`.
    pub fn of(text: &str, tokens: &[Token]) -> Self {
        let mut out = Lowercase { text: String::with_capacity(text.len()), ends: Vec::with_capacity(tokens.len()) };
        for t in tokens {
            out.push(t.span.text(text));
        }
        out
    }

    /// Adds the form of one more token.
    #[inline]
    pub fn push(&mut self, word: &str) {
        if word.is_ascii() {
            let start = self.text.len();
            self.text.push_str(word);
            self.text[start..].make_ascii_lowercase();
        } else {
            // the library's rules (a final sigma among them), not char by char
            self.text.push_str(&word.to_lowercase());
        }
        self.ends.push(self.text.len() as u32);
    }

    /// Number of forms.
    #[inline]
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// True when there are no forms.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The form of token `i`, if there is one.
    #[inline]
    pub fn get(&self, i: usize) -> Option<&str> {
        (i < self.len()).then(|| &self[i])
    }

    /// The forms in token order.
    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.len()).map(|i| &self[i])
    }
}

impl Index<usize> for Lowercase {
    type Output = str;

    /// The form of token `i`; panics when out of range, like a slice.
    #[inline]
    fn index(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Span, TokenKind};

    fn tok(a: usize, b: usize) -> Token {
        Token { span: Span::new(a, b), kind: TokenKind::Word }
    }

    #[test]
    fn forms_match_the_library_lowercase() {
        let text = "The ÉLYSÉE said ΟΔΟΣ";
        let tokens = [tok(0, 3), tok(4, 12), tok(13, 17), tok(18, text.len())];
        let lower = Lowercase::of(text, &tokens);
        assert_eq!(lower.len(), 4);
        for (i, t) in tokens.iter().enumerate() {
            assert_eq!(&lower[i], t.span.text(text).to_lowercase());
        }
        assert_eq!(lower.get(4), None);
        assert_eq!(lower.iter().take(3).collect::<Vec<_>>(), ["the", "élysée", "said"]);
    }
}
