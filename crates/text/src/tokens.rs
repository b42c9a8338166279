//! Tokenizer: words, numbers, quotes and punctuation with byte offsets.

use hearsay_core::{Span, Token, TokenKind};
pub use hearsay_lex::quotes::{is_close_quote, is_open_quote, is_quote_char};

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// Splits `span` of `text` into tokens.
///
/// Words keep inner apostrophes ("don't"), hyphens ("third-order") and the periods of
/// dotted abbreviations ("U.S.", "a.m."); a trailing possessive ("Russia's") is split off.
/// Numbers keep inner separators ("10,000", "3.5"). Every other non-space char is a
/// token of its own (quotes, dashes, periods).
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let s = span.text(text);
    let base = span.start;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let n = chars.len();
    let end_of = |i: usize| if i < n { chars[i].0 } else { s.len() };
    let mut out = Vec::with_capacity(n / 4);
    let mut i = 0;
    while i < n {
        let c = chars[i].1;
        if c.is_whitespace() || c == '\u{ad}' || c == '\u{200b}' || c == '\u{feff}' {
            i += 1;
            continue;
        }
        let start = i;
        let kind;
        if c.is_alphabetic() {
            i += 1;
            loop {
                if i >= n {
                    break;
                }
                let d = chars[i].1;
                let next = chars.get(i + 1).map(|x| x.1);
                if d.is_alphanumeric() || d == '\u{ad}' {
                    i += 1;
                } else if (is_apostrophe(d) || is_hyphen(d) || d == '&') && next.is_some_and(|x| x.is_alphanumeric()) {
                    i += 2;
                } else if d == '.' && next.is_some_and(|x| x.is_alphabetic()) && dotted(&chars, start, i) {
                    // "U.S", "a.m", "Ph.D": single letters between periods
                    i += 2;
                } else {
                    break;
                }
            }
            // take the final period of a dotted abbreviation: "U.S." "a.m."
            if i < n && chars[i].1 == '.' && has_inner_period(&chars[start..i]) {
                i += 1;
            }
            kind = TokenKind::Word;
        } else if c.is_ascii_digit() || (c.is_numeric() && !c.is_alphabetic()) {
            i += 1;
            while i < n {
                let d = chars[i].1;
                let next = chars.get(i + 1).map(|x| x.1);
                if d.is_alphanumeric() {
                    i += 1;
                } else if (matches!(d, ',' | '.' | ':' | '/') && next.is_some_and(|x| x.is_ascii_digit()))
                    || (is_hyphen(d) && next.is_some_and(|x| x.is_alphanumeric()))
                {
                    i += 2;
                } else {
                    break;
                }
            }
            kind = TokenKind::Number;
        } else if is_quote_char(c) {
            i += 1;
            kind = TokenKind::Quote;
        } else {
            i += 1;
            // keep runs of the same punctuation together: "...", "--", "?!"
            while i < n
                && (chars[i].1 == c || (c == '.' && chars[i].1 == '.'))
                && matches!(c, '.' | '-' | '?' | '!' | '*' | '=' | '_')
            {
                i += 1;
            }
            kind = TokenKind::Punct;
        }
        let (ts, te) = (chars[start].0, end_of(i));
        // split a possessive or contraction clitic: "Russia's" -> "Russia" "'s", "don't" -> "do" "n't"
        if kind == TokenKind::Word {
            let w = &s[ts..te];
            if let Some(cut) = clitic_cut(w) {
                out.push(Token { span: Span::new(base + ts, base + ts + cut), kind: TokenKind::Word });
                out.push(Token { span: Span::new(base + ts + cut, base + te), kind: TokenKind::Word });
                continue;
            }
        }
        out.push(Token { span: Span::new(base + ts, base + te), kind });
    }
    out
}

/// True when chars[start..i] is a run of single letters separated by periods ("U", "U.S").
fn dotted(chars: &[(usize, char)], start: usize, i: usize) -> bool {
    // the run since the last period (or start) must be one or two letters
    let mut k = i;
    let mut len = 0;
    while k > start && chars[k - 1].1 != '.' {
        k -= 1;
        len += 1;
    }
    len <= 2
}

fn has_inner_period(chars: &[(usize, char)]) -> bool {
    chars.iter().any(|c| c.1 == '.')
}

/// Byte offset where a clitic starts inside word `w`, if it has one.
fn clitic_cut(w: &str) -> Option<usize> {
    // every clitic holds an apostrophe, and lowercasing makes none
    if !w.contains(['\'', '’']) {
        return None;
    }
    let lower = w.to_lowercase();
    if lower.len() != w.len() {
        return None;
    }
    for suf in ["n't", "n’t"] {
        if lower.ends_with(suf) && w.len() > suf.len() {
            return Some(w.len() - suf.len());
        }
    }
    for suf in ["'s", "’s", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d", "'m", "’m"] {
        if lower.ends_with(suf) && w.len() > suf.len() {
            return Some(w.len() - suf.len());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(t: &str) -> Vec<&str> {
        tokenize(t, Span::new(0, t.len())).iter().map(|k| k.span.text(t)).collect()
    }

    #[test]
    fn news_tokens() {
        assert_eq!(
            toks("Army Lt. Charlie Dietz told the U.S. team at 10 a.m."),
            ["Army", "Lt", ".", "Charlie", "Dietz", "told", "the", "U.S.", "team", "at", "10", "a.m."]
        );
        assert_eq!(toks("“We can’t,” he said—"), ["“", "We", "ca", "n’t", ",", "”", "he", "said", "—"]);
        assert_eq!(toks("Russia's 10,000 third-order"), ["Russia", "'s", "10,000", "third-order"]);
        assert_eq!(toks("wait..."), ["wait", "..."]);
    }

    #[test]
    fn offsets_are_bytes_into_the_text() {
        let t = "Café «ok» 3.5%";
        for k in tokenize(t, Span::new(0, t.len())) {
            assert!(t.is_char_boundary(k.span.start) && t.is_char_boundary(k.span.end));
        }
        let sub = Span::new(6, t.len());
        let ks = tokenize(t, sub);
        assert_eq!(ks[0].span.text(t), "«");
    }
}
