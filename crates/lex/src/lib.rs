//! The lexical layer of hearsay: every word list, stemmer and word-class table that more
//! than one place reads, in one crate, so that each exists once.
//!
//! - [`normalize`]: lowercase word tokens, the light suffix stemmer and the stopword list
//!   shared by cross-article clustering and the stance model;
//! - [`clusters`]: distributional word classes (MiniLM k-means), read by the attribution
//!   model's features;
//! - [`stop`]: stopwords;
//! - [`speakers`]: outlets, government bodies, roles, titles and other speaker words;
//! - [`media`]: media and document nouns;
//! - [`hedge`]: hedge cues, verification cue patterns, response-to-comment words;
//! - [`furniture`]: page furniture (debris lines, photo credits).
//!
//! Lists whose membership a trained model's features depend on are marked as such in their
//! doc comments: changing them means retraining that model (its file header carries a
//! fingerprint of the lists, so a stale model is refused at load time). Each data file in
//! `data/` names its origin and license in its header lines or in MODELS.md.

pub mod clusters;
pub mod furniture;
pub mod hedge;
pub mod media;
pub mod normalize;
pub mod speakers;
pub mod stop;
