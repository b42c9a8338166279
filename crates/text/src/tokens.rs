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
    let mut out = Vec::with_capacity(s.len() / 5);
    let mut i = 0;
    while let Some(c) = char_at(s, i) {
        let cl = c.len_utf8();
        if c.is_whitespace() || c == '\u{ad}' || c == '\u{200b}' || c == '\u{feff}' {
            i += cl;
            continue;
        }
        let start = i;
        i += cl;
        let kind;
        if c.is_alphabetic() {
            while let Some(d) = char_at(s, i) {
                let dl = d.len_utf8();
                let next = char_at(s, i + dl);
                let nl = next.map_or(0, char::len_utf8);
                if d.is_alphanumeric() || d == '\u{ad}' {
                    i += dl;
                } else if (is_apostrophe(d) || is_hyphen(d) || d == '&') && next.is_some_and(|x| x.is_alphanumeric()) {
                    i += dl + nl;
                } else if d == '.' && next.is_some_and(|x| x.is_alphabetic()) && dotted(&s[start..i]) {
                    // "U.S", "a.m", "Ph.D": single letters between periods
                    i += dl + nl;
                } else {
                    break;
                }
            }
            // take the final period of a dotted abbreviation: "U.S." "a.m."
            if char_at(s, i) == Some('.') && s[start..i].contains('.') {
                i += 1;
            }
            kind = TokenKind::Word;
        } else if c.is_ascii_digit() || (c.is_numeric() && !c.is_alphabetic()) {
            while let Some(d) = char_at(s, i) {
                let dl = d.len_utf8();
                let next = char_at(s, i + dl);
                let nl = next.map_or(0, char::len_utf8);
                if d.is_alphanumeric() {
                    i += dl;
                } else if (matches!(d, ',' | '.' | ':' | '/') && next.is_some_and(|x| x.is_ascii_digit()))
                    || (is_hyphen(d) && next.is_some_and(|x| x.is_alphanumeric()))
                {
                    i += dl + nl;
                } else {
                    break;
                }
            }
            kind = TokenKind::Number;
        } else if is_quote_char(c) {
            kind = TokenKind::Quote;
        } else {
            // keep runs of the same punctuation together: "...", "--", "?!" (all ASCII)
            if matches!(c, '.' | '-' | '?' | '!' | '*' | '=' | '_') {
                while s.as_bytes().get(i) == Some(&(c as u8)) {
                    i += 1;
                }
            }
            kind = TokenKind::Punct;
        }
        let (ts, te) = (start, i);
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

/// The char that starts at byte `i` of `s` (ASCII read directly), if any.
#[inline]
fn char_at(s: &str, i: usize) -> Option<char> {
    let b = *s.as_bytes().get(i)?;
    if b < 0x80 {
        Some(b as char)
    } else {
        s.get(i..)?.chars().next()
    }
}

/// True when `run` (a word so far, up to a period) ends in one or two letters after its last
/// period or start ("U", "U.S").
fn dotted(run: &str) -> bool {
    run.chars().rev().take_while(|&c| c != '.').take(3).count() <= 2
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
