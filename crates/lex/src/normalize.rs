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

/// The inflection fold that claims match words with (a lighter cut than [`stem`], whose
/// keys the stance model's features are trained on): a plural "s" dropped where a stem of
/// four or more letters stays that does not end in "s" ("soldiers" → "soldier", not
/// "press"), then an "-ing" or "-ed" ending where four or more letters stay ("killed",
/// "killing" and "kills" → "kill"). `w` is lowercase.
pub fn fold_inflection(w: &str) -> &str {
    let w = match w.strip_suffix('s') {
        Some(stem) if stem.len() >= 4 && !stem.ends_with('s') => stem,
        _ => w,
    };
    match w.strip_suffix("ing").or_else(|| w.strip_suffix("ed")) {
        Some(stem) if stem.len() >= 4 => stem,
        _ => w,
    }
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
        assert_eq!(fold_inflection("soldiers"), "soldier");
        assert_eq!(fold_inflection("press"), "press");
        assert_eq!([fold_inflection("killed"), fold_inflection("killing"), fold_inflection("kills")], ["kill"; 3]);
        assert_eq!(fold_inflection("used"), "used");
    }
}
