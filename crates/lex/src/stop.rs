//! Stopwords: function words that carry no topic.

/// Function words and reporting verbs ignored when comparing claim contents,
/// whitespace-separated.
pub const CLAIMS: &str = include_str!("../data/stopwords.txt");
