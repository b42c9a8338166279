//! Abbreviations that end in a period without ending a sentence ([`hearsay_lex::titles`]).

use hearsay_lex::titles::{ABBREVIATIONS, TITLE_ABBREVIATIONS};

/// True for a title or rank abbreviation (without its period), e.g. `Lt`, `Gen`, `Mr`.
pub fn is_title_abbreviation(word: &str) -> bool {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    TITLE_ABBREVIATIONS.contains(&w)
}

/// True for any known abbreviation (without its final period), titles included.
pub fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    ABBREVIATIONS.contains(&w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_titles_and_others() {
        assert!(is_title_abbreviation("Lt"));
        assert!(is_title_abbreviation("Gen."));
        assert!(!is_title_abbreviation("Inc"));
        assert!(is_abbreviation("U.S"));
        assert!(is_abbreviation("a.m."));
        assert!(!is_abbreviation("said"));
    }
}
