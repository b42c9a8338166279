//! Text normalisation shared by cross-article clustering and the stance model (whose
//! features depend on it: changing it means `hearsay train stance`): lowercase word tokens, a light
//! suffix stemmer and the stopword test.

/// Lowercase word tokens: runs of letters and digits, inner apostrophes and hyphens kept
/// out (split), typographic apostrophes folded ("isn’t" → "isn't").
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_alphanumeric() {
            cur.extend(c.to_lowercase());
        } else if (c == '\'' || c == '’') && !cur.is_empty() && chars.peek().is_some_and(|n| n.is_alphabetic()) {
            cur.push('\'');
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// A crude suffix stemmer: enough to map "voted"/"votes"/"voting" to one key.
pub fn stem(w: &str) -> String {
    let w = w.strip_suffix("'s").unwrap_or(w);
    if w.len() <= 3 || !w.is_ascii() {
        return w.to_string();
    }
    for suf in ["ations", "ation", "ings", "ing", "edly", "ies", "ied", "ers", "ed", "es", "er", "ly", "s"] {
        if let Some(base) = w.strip_suffix(suf) {
            if base.len() >= 3 {
                return match suf {
                    "ies" | "ied" => format!("{base}y"),
                    _ => base.strip_suffix('e').unwrap_or(base).to_string(),
                };
            }
        }
    }
    w.strip_suffix('e').unwrap_or(w).to_string()
}

/// Function words that carry no topic ([`crate::stop::CORPUS`]).
pub fn is_stopword(w: &str) -> bool {
    crate::stop::CORPUS.contains(w)
}

/// Stemmed content words of `text` (stopwords dropped), in order.
pub fn content_stems(text: &str) -> Vec<String> {
    words(text).into_iter().filter(|w| !is_stopword(w)).map(|w| stem(&w)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_stems() {
        assert_eq!(words("Chimp VOTED, isn’t it?"), ["chimp", "voted", "isn't", "it"]);
        assert_eq!(stem("voted"), stem("votes"));
        assert_eq!(stem("voting"), stem("vote"));
        assert_eq!(stem("stories"), "story");
        assert_eq!(content_stems("The zoo said it was voting"), ["zoo", "vot"]);
    }
}
