//! Media and documents: the nouns for what a statement was made in or found in
//! (`data/media.tsv`, `data/document_nouns.txt`, `data/recording_nouns.txt`).

use crate::table::List;

/// Medium nouns and intermediaries with their lists.
pub const TABLE: &str = include_str!("../data/media.tsv");

/// Nouns that name the medium of a statement ("in an X post", "in a statement"); a plural
/// "s" is also accepted by attribution's medium rule.
pub static MEDIA: List = List::new("medium", &[TABLE]);
/// Media and intermediaries ("through a spokesman") after which the epistemics actor finder
/// cuts a trailing phrase.
pub static ACTOR_MEDIUM: List = List::new("actor_medium", &[TABLE]);

/// Words for the reach of news media, capitalised only at a sentence's start ("Local media",
/// "State television"): no outlet's name. Read by the sources stage.
pub static MEDIA_SCOPE: List = List::new("media_scope", &[TABLE]);

/// Words before "reports" or "rumors" that keep it a noun ("local reports", "media reports
/// that", "unconfirmed rumors of"), not the verb of a subject before it. Read by sources.
pub static REPORT_MODIFIERS: List = List::new("report_modifier", &[TABLE]);

/// Nouns for documents, publications and findings ("report", "poll", "memo"), one a line.
pub const DOCUMENT_NOUNS: &str = include_str!("../data/document_nouns.txt");

/// Social platforms ("Twitter", "YouTube"), one a line: a document on one is its poster's.
pub const PLATFORMS: &str = include_str!("../data/platforms.txt");

/// Nouns for recordings ("video", "footage", "photos"), which show what happened first-hand:
/// an unnamed one is an origin of what it shows, not a relay. Read by claims.
pub const RECORDING_NOUNS: &str = include_str!("../data/recording_nouns.txt");
