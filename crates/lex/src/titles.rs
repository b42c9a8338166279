//! Abbreviations and titles (`data/abbreviations.tsv`) and the words written around titles
//! (`data/title_words.tsv`). The speaker titles with their roles are in
//! [`crate::speakers::TITLES`].

use crate::table::List;

/// Period abbreviations with their lists (lower case, final period left out).
pub const ABBREVIATIONS_TABLE: &str = include_str!("../data/abbreviations.tsv");
/// Words around titles with their lists.
pub const TITLE_WORDS_TABLE: &str = include_str!("../data/title_words.tsv");

/// Title and rank abbreviations that precede a name ("lt", "gen", "mr"): never a sentence end.
pub static TITLE_ABBREVIATIONS: List = List::new("title", &[ABBREVIATIONS_TABLE]);
/// Every abbreviation that usually does not end a sentence, titles, months and days included.
pub static ABBREVIATIONS: List = List::new("abbreviation", &[ABBREVIATIONS_TABLE, crate::calendar::TABLE]);
/// Lower-case modifiers kept before a name ("senior", "deputy") (sources profiles).
pub static NAME_MODIFIERS: List = List::new("name_modifier", &[TITLE_WORDS_TABLE]);
/// Words that mark a former holder of a title ("former", "retired", "ex") (sources).
pub static FORMER: List = List::new("former", &[TITLE_WORDS_TABLE]);
/// Words before a title that say its holder held it before ("former", "retired", "then
/// Secretary of State …"): the office is not spoken for now (sources profiles).
pub static PRIOR: List = List::new("prior", &[TITLE_WORDS_TABLE]);
/// Generational suffixes after a name ("Jr", "III"): never a name on their own (sources).
pub static NAME_SUFFIXES: List = List::new("name_suffix", &[TITLE_WORDS_TABLE]);
