//! Sentence splitter over tokens.

use crate::abbrev::{is_abbreviation, is_title_abbreviation};
use crate::tokens::{is_close_quote, is_open_quote};
use hearsay_core::{Token, TokenKind};
use hearsay_lex::function::SENTENCE_STARTERS;
use std::ops::Range;

fn is_terminal(t: &str) -> bool {
    matches!(t, "." | "!" | "?" | "…" | "?!" | "!?")
        || t.starts_with("..")
        || t.chars().all(|c| c == '?' || c == '!') && !t.is_empty()
}

/// Groups `tokens` (from [`crate::tokenize`]) into sentences; returns token-index ranges
/// that cover every token exactly once.
pub fn split_sentences(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let n = tokens.len();
    let mut out = Vec::new();
    let mut start = 0;
    let tx = |i: usize| tokens[i].span.text(text);
    let mut i = 0;
    while i < n {
        let t = tx(i);
        let dotted_end = tokens[i].kind == TokenKind::Word && t.ends_with('.') && t.len() > 1;
        let newline_after = i + 1 < n && text[tokens[i].span.end..tokens[i + 1].span.start].contains('\n');
        if !(is_terminal(t) || dotted_end || newline_after) {
            i += 1;
            continue;
        }
        // take closing quotes and brackets that follow the terminal mark
        let mut j = i + 1;
        if !newline_after {
            while j < n && closes(text, tokens, j) {
                j += 1;
            }
        }
        if j >= n {
            break;
        }
        let gap_newline = text[tokens[j - 1].span.end..tokens[j].span.start].contains('\n');
        if gap_newline || breaks_before(text, tokens, i, j, dotted_end) {
            out.push(start..j);
            start = j;
        }
        i = j;
    }
    if start < n {
        out.push(start..n);
    }
    out
}

/// True when token `j` is a closing quote or bracket attached to what precedes it.
fn closes(text: &str, tokens: &[Token], j: usize) -> bool {
    let t = tokens[j].span.text(text);
    let c = t.chars().next().unwrap_or(' ');
    if matches!(c, ')' | ']' | '}') || is_close_quote(c) {
        return true;
    }
    if c == '"' || c == '\'' {
        // a straight quote right after the mark, with no space, closes
        return tokens[j].span.start == tokens[j - 1].span.end;
    }
    false
}

/// Decide whether a sentence ends before token `j`, the terminal mark being token `i`.
fn breaks_before(text: &str, tokens: &[Token], i: usize, j: usize, dotted_end: bool) -> bool {
    let next = tokens[j].span.text(text);
    let nc = next.chars().next().unwrap_or(' ');
    let starts_upper = nc.is_uppercase() || nc.is_ascii_digit();
    let opens = is_open_quote(nc) || matches!(nc, '"' | '\'' | '(' | '[' | '—' | '–' | '-' | '•');
    if !(starts_upper || opens) {
        return false;
    }
    let mark = tokens[i].span.text(text);
    if mark != "." && !dotted_end {
        return true; // ! ? …
    }
    // the word carrying or preceding the period
    let word = if dotted_end {
        mark
    } else if i > 0 && tokens[i - 1].span.end == tokens[i].span.start {
        tokens[i - 1].span.text(text)
    } else {
        return true;
    };
    if j > i + 1 {
        // a closing quote or bracket after the period: the sentence ends there
        return true;
    }
    if !dotted_end && is_title_abbreviation(word) {
        return false;
    }
    // an initial: "J. Smith", "George W. Bush"
    let mut wc = word.chars();
    if let (Some(a), None) = (wc.next(), wc.next()) {
        if a.is_uppercase() && nc.is_uppercase() {
            return false;
        }
    }
    if dotted_end || is_abbreviation(word) {
        let lower = next.to_lowercase();
        return opens || SENTENCE_STARTERS.contains(&lower);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize;
    use hearsay_core::Span;

    fn sents(t: &str) -> Vec<String> {
        let toks = tokenize(t, Span::new(0, t.len()));
        split_sentences(t, &toks)
            .into_iter()
            .map(|r| t[toks[r.start].span.start..toks[r.end - 1].span.end].to_string())
            .collect()
    }

    #[test]
    fn titles_and_abbreviations_do_not_break() {
        assert_eq!(
            sents("Defense Department spokesman Army Lt. Charlie Dietz told reporters. He left at 5 p.m. on Monday."),
            ["Defense Department spokesman Army Lt. Charlie Dietz told reporters.", "He left at 5 p.m. on Monday."]
        );
        assert_eq!(
            sents("The U.S. Army said so. Gen. Smith agreed."),
            ["The U.S. Army said so.", "Gen. Smith agreed."]
        );
        assert_eq!(sents("George W. Bush spoke. It rained."), ["George W. Bush spoke.", "It rained."]);
    }

    #[test]
    fn abbreviation_at_sentence_end() {
        assert_eq!(sents("He moved to the U.S. The move was quiet."), ["He moved to the U.S.", "The move was quiet."]);
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        assert_eq!(
            sents("“We are focusing on it. As for access, ask Moscow.” Dietz said. “Why?” he asked."),
            ["“We are focusing on it.", "As for access, ask Moscow.”", "Dietz said.", "“Why?” he asked."]
        );
        assert_eq!(sents("He said \"no.\" Then he left."), ["He said \"no.\"", "Then he left."]);
    }

    #[test]
    fn numbers_and_lowercase_continuations() {
        assert_eq!(sents("It cost $3.5 million. Shares fell 2.5%."), ["It cost $3.5 million.", "Shares fell 2.5%."]);
        assert_eq!(sents("Is it? no."), ["Is it? no."]);
    }
}
