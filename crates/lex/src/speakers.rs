//! Who speaks: news outlets, government bodies, organisation and outlet head words, person
//! roles, titles, group nouns and reliability descriptors (read by the sources stage).
//!
//! Each constant is a data file in `data/` (see `data/README.md`): one entry per line, `#`
//! starts a comment; the sources stage parses and normalises them.

/// News outlets, wire services, broadcasters, fact-checkers, polling aggregators.
pub const OUTLETS: &str = include_str!("../data/outlets.txt");
/// Governments, government bodies, agencies, courts, international bodies, capitals.
pub const GOVERNMENT: &str = include_str!("../data/government.txt");
/// Companies, non-governmental and international organizations, parties and armed groups
/// named on their own ("Apple", "WikiLeaks", "Hamas").
pub const ORGANIZATIONS: &str = include_str!("../data/organizations.txt");
/// People who held national executive office or led an international body in 2014–2016, the
/// corpora's years ("Barack Obama", "Angela Merkel"): official when named, unless former.
pub const OFFICEHOLDERS: &str = include_str!("../data/officeholders.txt");
/// Candidates of the 2016 US presidential election ("Ted Cruz", "Hillary Clinton"): they
/// speak as candidates, not for an office they hold.
pub const CANDIDATES: &str = include_str!("../data/candidates.txt");
/// Last words that make a capitalised phrase an organisation ("… Committee").
pub const ORG_HEADS: &str = include_str!("../data/org_heads.txt");
/// Last words of outlet names and nouns that refer back to an outlet ("the newspaper").
pub const OUTLET_HEADS: &str = include_str!("../data/outlet_heads.txt");
/// Nameplate words: last words of newspaper names that are no outlet noun on their own
/// ("The Telegraph", "the Philippine Star"), read only as the last word of a capitalised name.
pub const NAMEPLATES: &str = include_str!("../data/nameplates.txt");
/// Nationality and regional adjectives ("British", "Iraqi"), lowercase.
pub const DEMONYMS: &str = include_str!("../data/demonyms.txt");
/// Person role nouns with their class (`official`, `agent`, `other`).
pub const ROLES: &str = include_str!("../data/roles.txt");
/// Titles, ranks and labels before a name, with class and the role noun they imply.
pub const TITLES: &str = include_str!("../data/titles.txt");
/// Plural or collective nouns for unnamed groups of speakers, with class.
pub const GROUP_NOUNS: &str = include_str!("../data/group_nouns.txt");
/// Head nouns that leave a source unnamed even after "the" ("the source", "the media"; read
/// by claims).
pub const UNNAMED_HEADS: &str = include_str!("../data/unnamed_heads.txt");

/// Whether a lower-cased word is one of [`UNNAMED_HEADS`] (read by claims and by the
/// epistemics actor trim).
pub fn is_unnamed_head(w: &str) -> bool {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| UNNAMED_HEADS.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect())
        .contains(w)
}
/// Reliability and access phrases ("normally reliable", "familiar with").
pub const DESCRIPTORS: &str = include_str!("../data/descriptors.txt");
/// Common first names (US Census 1990 via the PyPI package `names`; see the file's header).
pub const FIRST_NAMES: &str = include_str!("../data/first_names.txt");

/// Whether a word is one of [`FIRST_NAMES`], as written there ("James"; read by claims).
pub fn is_first_name(w: &str) -> bool {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| FIRST_NAMES.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect())
        .contains(w)
}
