//! Quotation marks: the character classes the tokenizer and sentence splitter read.
//!
//! The stages still decide "inside a quotation" each in their own way (attribution's
//! `Ctx::inq`, the sources stage's `is_quoted` and `quote_speaker`); see lex-inventory §3.9.

/// True for any quotation mark, straight or curly (apostrophes included).
pub fn is_quote_char(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '”' | '‘' | '’' | '«' | '»' | '„' | '‟' | '‹' | '›' | '`')
}

/// True for a mark that can only open a quotation.
pub fn is_open_quote(c: char) -> bool {
    matches!(c, '“' | '‘' | '«' | '„' | '‹' | '`')
}

/// True for a mark that can only close a quotation.
pub fn is_close_quote(c: char) -> bool {
    matches!(c, '”' | '’' | '»' | '›')
}
