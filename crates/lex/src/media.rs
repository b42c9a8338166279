//! Media and documents: the nouns for what a statement was made in or found in.

/// Nouns for documents, publications and findings ("report", "poll", "memo"), one a line.
pub const DOCUMENT_NOUNS: &str = include_str!("../data/document_nouns.txt");
