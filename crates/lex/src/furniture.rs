//! Page furniture: the text scrapers leave around an article (buttons, share widgets, photo
//! credits), read by the ingest stage.

/// Debris phrases, one a line, compared with a whole line after lower-casing and trimming.
pub const DEBRIS: &str = include_str!("../data/debris.txt");
/// Photo agencies and credit words, one a line, matched case-sensitively as whole words.
pub const PHOTO_AGENCIES: &str = include_str!("../data/photo_agencies.txt");
