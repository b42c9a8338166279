//! The lexical layer of hearsay: every word list, stemmer and word-class table that more
//! than one place reads, in one crate, so that each exists once.
//!
//! Most lists are tags of one tagged table per word family ([`table`]): a word is written
//! once in its family's data file with every list it belongs to, and each stage reads the
//! named [`List`] it needs. Families:
//!
//! - [`speech`]: reporting and speech verbs, the attribution cue lemmas and [`speech::cue_class`];
//! - [`acts`]: the speech act of each cue lemma (assertion, belief, feeling, intention, …);
//! - [`inflect`]: undoing common inflections to find a lemma in a map;
//! - [`verbs`]: auxiliaries and their classes, modals, copulas, raising verbs, participles of
//!   feeling;
//! - [`neg`]: negation words;
//! - [`pron`]: pronouns and possessive determiners;
//! - [`function`]: connectives, prepositions, determiners, quantifiers, name particles;
//! - [`morph`]: look-alike word forms;
//! - [`calendar`]: months, days and time words;
//! - [`titles`]: period abbreviations and the words around titles;
//! - [`speakers`]: outlets, government bodies, roles, titles and other speaker words;
//! - [`media`]: media and document nouns;
//! - [`hedge`]: hedge cues, verification cue patterns, response-to-comment words;
//! - [`furniture`]: page furniture (debris lines, photo credits, section labels);
//! - [`quotes`]: quotation-mark character classes;
//! - [`stop`]: the stopwords of clustering, stance and claims;
//! - [`stance`]: the stance model's refuting, hedging and negation cues;
//! - [`normalize`]: lowercase word tokens and the light suffix stemmer shared by cross-article
//!   clustering and the stance model;
//! - [`clusters`]: distributional word classes (MiniLM k-means), read by the attribution
//!   model's features.
//!
//! Lists whose membership a trained model's features depend on are marked **Model** in their
//! doc comments: changing them means retraining that model (its file header carries a
//! fingerprint of the lists, so a stale model is refused at load time). Each data file in
//! `data/` names its origin and license in its header lines (see `data/README.md`).

pub mod acts;
pub mod calendar;
pub mod clusters;
pub mod function;
pub mod furniture;
pub mod hedge;
pub mod inflect;
pub mod media;
pub mod morph;
pub mod neg;
pub mod normalize;
pub mod pron;
pub mod quotes;
pub mod speakers;
pub mod speech;
pub mod stance;
pub mod stop;
pub mod table;
pub mod titles;
pub mod verbs;

pub use table::{List, TableTags, WordTags};

/// Every named list, by path; `tests/lists.rs` pins each one's membership.
pub static LISTS: &[(&str, &List)] = &[
    ("speech::ATTRIBUTION", &speech::ATTRIBUTION),
    ("speech::SPEAKS_FOR_IT", &speech::SPEAKS_FOR_IT),
    ("speech::ADDRESSEE", &speech::ADDRESSEE),
    ("speech::TELL", &speech::TELL),
    ("speech::QUOTES_SPEAKER", &speech::QUOTES_SPEAKER),
    ("speech::QUOTED_AS", &speech::QUOTED_AS),
    ("speech::DESCRIPTOR_END", &speech::DESCRIPTOR_END),
    ("speech::CONCESSION", &speech::CONCESSION),
    ("speech::VERDICT", &speech::VERDICT),
    ("speech::THAT_ONLY", &speech::THAT_ONLY),
    ("speech::THAT_OPTIONAL", &speech::THAT_OPTIONAL),
    ("speech::SMALL_CLAUSE", &speech::SMALL_CLAUSE),
    ("speech::BELIEF", &speech::BELIEF),
    ("speech::BY_AGENT", &speech::BY_AGENT),
    ("speech::CHECK", &speech::CHECK),
    ("speech::SOURCE_VERB", &speech::SOURCE_VERB),
    ("speech::SAYING_NOUNS", &speech::SAYING_NOUNS),
    ("speech::POLL_NOUNS", &speech::POLL_NOUNS),
    ("speech::STORY_NOUNS", &speech::STORY_NOUNS),
    ("speech::FAMILY_NOUNS", &speech::FAMILY_NOUNS),
    ("speech::OFFICIAL_SOURCE", &speech::OFFICIAL_SOURCE),
    ("verbs::PASSIVE_AUX", &verbs::PASSIVE_AUX),
    ("verbs::RAISERS", &verbs::RAISERS),
    ("verbs::SPECULATION", &verbs::SPECULATION),
    ("verbs::NON_AGENTIVE", &verbs::NON_AGENTIVE),
    ("verbs::STATE_PARTICIPLES", &verbs::STATE_PARTICIPLES),
    ("verbs::SUBJECT_END", &verbs::SUBJECT_END),
    ("verbs::AUX_BE", &verbs::AUX_BE),
    ("verbs::FINITE_BE", &verbs::FINITE_BE),
    ("verbs::FUTURE_MODALS", &verbs::FUTURE_MODALS),
    ("verbs::AUX_HAVE", &verbs::AUX_HAVE),
    ("verbs::AUX_DO", &verbs::AUX_DO),
    ("verbs::AUX_MODAL", &verbs::AUX_MODAL),
    ("verbs::COPULAS", &verbs::COPULAS),
    ("verbs::CLITIC_TAILS", &verbs::CLITIC_TAILS),
    ("verbs::PAST_ONLY", &verbs::PAST_ONLY),
    ("neg::FORWARD_STOPS", &neg::FORWARD_STOPS),
    ("neg::NEGATION", &neg::NEGATION),
    ("pron::SUBJECT", &pron::SUBJECT),
    ("pron::SPEAKERS", &pron::SPEAKERS),
    ("pron::RECIPIENTS", &pron::RECIPIENTS),
    ("pron::PERSON", &pron::PERSON),
    ("pron::FIRST_PERSON", &pron::FIRST_PERSON),
    ("pron::THING", &pron::THING),
    ("pron::PLURAL", &pron::PLURAL),
    ("pron::RELATIVE", &pron::RELATIVE),
    ("pron::REFLEXIVE", &pron::REFLEXIVE),
    ("pron::OBJECT", &pron::OBJECT),
    ("function::SUBJECT_BOUNDARY", &function::SUBJECT_BOUNDARY),
    ("function::COMPLEMENT_EDGES", &function::COMPLEMENT_EDGES),
    ("function::DOUBT_EDGES", &function::DOUBT_EDGES),
    ("function::SUBJECT_FILLERS", &function::SUBJECT_FILLERS),
    ("function::LEADERS", &function::LEADERS),
    ("function::GERUND_PREPS", &function::GERUND_PREPS),
    ("function::RELATIVE_CUTS", &function::RELATIVE_CUTS),
    ("function::ACTOR_PREPOSITIONS", &function::ACTOR_PREPOSITIONS),
    ("function::LINKING_PREPOSITIONS", &function::LINKING_PREPOSITIONS),
    ("function::POST_MODIFIERS", &function::POST_MODIFIERS),
    ("function::NAME_PARTICLES", &function::NAME_PARTICLES),
    ("function::DEFINITE", &function::DEFINITE),
    ("function::INDEFINITE", &function::INDEFINITE),
    ("function::QUANTITY", &function::QUANTITY),
    ("function::NP_END", &function::NP_END),
    ("function::SENTENCE_STARTERS", &function::SENTENCE_STARTERS),
    ("function::LABEL_LINKS", &function::LABEL_LINKS),
    ("function::CREDIT_CONNECTORS", &function::CREDIT_CONNECTORS),
    ("function::DEGREE", &function::DEGREE),
    ("function::ARTICLES", &function::ARTICLES),
    ("function::CLAUSE_LINKS", &function::CLAUSE_LINKS),
    ("function::INTERROGATIVES", &function::INTERROGATIVES),
    ("function::CLAUSE_JOINERS", &function::CLAUSE_JOINERS),
    ("function::TRAILING_ADVERBS", &function::TRAILING_ADVERBS),
    ("function::HEADLINE_ADVERBS", &function::HEADLINE_ADVERBS),
    ("morph::NOT_ADVERBS", &morph::NOT_ADVERBS),
    ("calendar::MONTHS", &calendar::MONTHS),
    ("calendar::TIME_PHRASE", &calendar::TIME_PHRASE),
    ("calendar::RELATIVE_DAYS", &calendar::RELATIVE_DAYS),
    ("calendar::TIME_NOUNS", &calendar::TIME_NOUNS),
    ("titles::TITLE_ABBREVIATIONS", &titles::TITLE_ABBREVIATIONS),
    ("titles::ABBREVIATIONS", &titles::ABBREVIATIONS),
    ("titles::NAME_MODIFIERS", &titles::NAME_MODIFIERS),
    ("titles::FORMER", &titles::FORMER),
    ("titles::NAME_SUFFIXES", &titles::NAME_SUFFIXES),
    ("media::MEDIA", &media::MEDIA),
    ("media::ACTOR_MEDIUM", &media::ACTOR_MEDIUM),
    ("media::MEDIA_SCOPE", &media::MEDIA_SCOPE),
    ("media::REPORT_MODIFIERS", &media::REPORT_MODIFIERS),
    ("furniture::NOT_SPEAKERS", &furniture::NOT_SPEAKERS),
    ("furniture::CREDIT_LABELS", &furniture::CREDIT_LABELS),
    ("furniture::CAPTION_LABELS", &furniture::CAPTION_LABELS),
    ("furniture::CAPTION_TOGGLES", &furniture::CAPTION_TOGGLES),
    ("furniture::CAPTION_VERBS", &furniture::CAPTION_VERBS),
    ("furniture::SCENE_PREPS", &furniture::SCENE_PREPS),
    ("furniture::NAME_LINKS", &furniture::NAME_LINKS),
    ("furniture::SCENE_SUBJECTS", &furniture::SCENE_SUBJECTS),
    ("furniture::FIGURE_POSITIONS", &furniture::FIGURE_POSITIONS),
    ("furniture::COMMENT_OPENERS", &furniture::COMMENT_OPENERS),
    ("furniture::SOCIAL_NETWORKS", &furniture::SOCIAL_NETWORKS),
    ("furniture::LINK_PHRASES", &furniture::LINK_PHRASES),
    ("stop::CORPUS", &stop::CORPUS),
    ("stop::CLAIMS", &stop::CLAIMS),
    ("hedge::MODAL_EXTENSION", &hedge::MODAL_EXTENSION),
    ("hedge::NUMBER_WORDS", &hedge::NUMBER_WORDS),
    ("hedge::PRESENTS_AS_REPORTED", &hedge::PRESENTS_AS_REPORTED),
    ("stance::REFUTING", &stance::REFUTING),
    ("stance::HEDGING", &stance::HEDGING),
    ("stance::NEGATION", &stance::NEGATION),
    ("speech::CANDIDATE_HEADS", &speech::CANDIDATE_HEADS),
    ("speech::CANDIDACY", &speech::CANDIDACY),
    ("speech::UNLINKED_ROLES", &speech::UNLINKED_ROLES),
    ("speech::ANONYMOUS_ROLES", &speech::ANONYMOUS_ROLES),
    ("function::NOT_NAME_WORDS", &function::NOT_NAME_WORDS),
    ("function::CLAUSE_OPENERS", &function::CLAUSE_OPENERS),
    ("function::DETERMINERS", &function::DETERMINERS),
    ("function::FUNCTION_NAMES", &function::FUNCTION_NAMES),
    ("function::THOSE_MODIFIERS", &function::THOSE_MODIFIERS),
    ("function::SUBJECT_VERB_GAP", &function::SUBJECT_VERB_GAP),
    ("function::RAISING_ADJECTIVES", &function::RAISING_ADJECTIVES),
    ("function::SUBJECT_STARTS", &function::SUBJECT_STARTS),
    ("function::NOT_BEFORE_SUBJECT", &function::NOT_BEFORE_SUBJECT),
    ("function::NOT_NAME_START", &function::NOT_NAME_START),
    ("function::NOT_VIEW", &function::NOT_VIEW),
    ("function::MENTION_OPENERS", &function::MENTION_OPENERS),
    ("verbs::CLAUSE_VERBS", &verbs::CLAUSE_VERBS),
    ("pron::RELATIVE_OPENERS", &pron::RELATIVE_OPENERS),
    ("pron::RELATIVE_WORDS", &pron::RELATIVE_WORDS),
    ("pron::EVALUATED_UNNAMED", &pron::EVALUATED_UNNAMED),
    ("function::LEAD_OPENERS", &function::LEAD_OPENERS),
    ("function::CHUNK_SKIPS", &function::CHUNK_SKIPS),
    ("function::TITLING", &function::TITLING),
    ("function::AFFILIATION_PREPS", &function::AFFILIATION_PREPS),
    ("function::LINKING_PARTICIPLES", &function::LINKING_PARTICIPLES),
    ("function::AT_BOUNDS", &function::AT_BOUNDS),
    ("function::TIME_PREPS", &function::TIME_PREPS),
    ("function::CLAUSE_DETERMINERS", &function::CLAUSE_DETERMINERS),
    ("verbs::ISSUING", &verbs::ISSUING),
    ("pron::CLAUSE_SUBJECTS", &pron::CLAUSE_SUBJECTS),
    ("titles::PRIOR", &titles::PRIOR),
    ("furniture::VERBLESS_SCENE_PREPS", &furniture::VERBLESS_SCENE_PREPS),
    ("furniture::CAPTION_NAME_WORDS", &furniture::CAPTION_NAME_WORDS),
    ("furniture::PICTURE_VERBS", &furniture::PICTURE_VERBS),
];
