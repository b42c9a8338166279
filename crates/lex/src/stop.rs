//! Stopwords: function words that carry no topic (`data/stopwords.tsv`).

use crate::table::List;

/// Stopwords with their lists.
pub const TABLE: &str = include_str!("../data/stopwords.tsv");

/// Topic-free words of cross-article clustering and the stance model ([`crate::normalize`]).
/// **Model** (stance) and persisted cluster terms: changing it means `hearsay train stance`
/// and rebuilding cluster indexes.
pub static CORPUS: List = List::new("corpus", &[TABLE]);
/// Function words and reporting verbs ignored when comparing claim contents (claims).
pub static CLAIMS: List = List::new("claims", &[TABLE]);
