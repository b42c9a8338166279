//! Function words: connectives, prepositions, determiners, quantifiers, adverbs and name
//! particles (`data/function.tsv`), and the lists that mix them with pronouns and verbs.

use crate::table::List;
use crate::{neg, pron, speech, verbs};

/// Function words with their lists.
pub const TABLE: &str = include_str!("../data/function.tsv");

/// Words that end a subject phrase met going leftwards: clause edges and reporting verbs
/// (epistemics actor finder).
pub static SUBJECT_BOUNDARY: List = List::new("subject_boundary", &[TABLE, speech::TABLE]);
/// Words skipped between a subject and its cue ("has also", "repeatedly"): adverbs,
/// quantifiers and auxiliaries (epistemics actor finder).
pub static SUBJECT_FILLERS: List = List::new("filler", &[TABLE, verbs::TABLE, neg::TABLE]);
/// Clause edges between a verification cue and the complement it may govern ("but",
/// "although", "while", a comma, a semicolon, a dash): a negation past one is not the
/// cue's complement (epistemics verdict decisions).
pub static COMPLEMENT_EDGES: List = List::new("complement_edge", &[TABLE]);
/// The [`COMPLEMENT_EDGES`] and "and": what ends the complement of a doubt before a
/// confirmation ("could not confirm it, and officials confirmed …") (epistemics).
pub static DOUBT_EDGES: List = List::new("doubt_edge", &[TABLE]);
/// Leading words that are not part of a subject ("But", "Meanwhile") (epistemics).
pub static LEADERS: List = List::new("leader", &[TABLE]);
/// Prepositions that put a gerund cue under the clause subject ("despite admitting") (epistemics).
pub static GERUND_PREPS: List = List::new("gerund_prep", &[TABLE]);
/// Prepositions a relative clause's antecedent follows ("shared by | officials who").
pub static RELATIVE_CUTS: List = List::new("relative_cut", &[TABLE]);
/// Prepositions that link a cue to the content right after them ("accused of", "warned
/// against") (attribution).
pub static LINKING_PREPOSITIONS: List = List::new("linking_prep", &[TABLE]);
/// Prepositions that bring a verification's actor after its cue ("No comment was available
/// from the university", "Messages left with the family were not returned") (sources).
pub static ACTOR_PREPOSITIONS: List = List::new("actor_prep", &[TABLE]);
/// Words that open a post-modifier of a speaker noun: prepositions, "close (to)", "familiar
/// (with)", "there" ("a source close to the talks", "residents there") (sources).
pub static POST_MODIFIERS: List = List::new("post_modifier", &[TABLE]);
/// Lowercase particles inside a personal name, also before a hyphen ("de Bretton-Gordon",
/// "al-Sisi") (sources).
pub static NAME_PARTICLES: List = List::new("name_particle", &[TABLE]);
/// Definite and possessive determiners (sources noun phrases).
pub static DEFINITE: List = List::new("definite", &[TABLE, crate::pron::TABLE]);
/// Indefinite determiners and quantifiers (sources noun phrases).
pub static INDEFINITE: List = List::new("indefinite", &[TABLE]);
/// Nouns of quantity before "of" that work as a determiner ("a number of local scientists",
/// "a lot of readers", "dozens of witnesses") (sources noun phrases).
pub static QUANTITY: List = List::new("quantity", &[TABLE]);
/// Lower-case words that end the core of a noun phrase and start a post-modifier: relative
/// pronouns, prepositions, participles, "said" (sources noun phrases).
pub static NP_END: List = List::new("np_end", &[TABLE, pron::TABLE, speech::TABLE]);
/// Words that commonly open a sentence: after an ambiguous abbreviation ("Inc.", "U.S.") the
/// sentence splitter breaks only before one of these.
pub static SENTENCE_STARTERS: List = List::new("starter", &[TABLE, pron::TABLE, neg::TABLE]);
/// Lower-case words allowed inside a speaker label ("Secretary of State") (attribution frames).
pub static LABEL_LINKS: List = List::new("label_link", &[TABLE]);
/// Lower-case words and symbols allowed inside a photo credit ("AFP via Getty", "AP file")
/// (ingest). **Model**: ingest's block model (its line rules feed the features).
pub static CREDIT_CONNECTORS: List = List::new("credit_connector", &[TABLE]);
/// Conjunctions after which a new clause and its subject start ("and", "but", "while",
/// "when"): a subject phrase found going leftwards stops at them (sources).
pub static CLAUSE_JOINERS: List = List::new("clause_joiner", &[TABLE]);
/// Adverbs that end a source phrase but are not part of it ("the World Health Organization
/// further", "Priebus later") (sources).
pub static TRAILING_ADVERBS: List = List::new("trailing_adverb", &[TABLE]);
/// Adverbs of [`TRAILING_ADVERBS`] that a title-case headline capitalises ("CNN Just
/// Responded To …"), cut after a name too (sources; "Democracy Now" keeps its "Now").
pub static HEADLINE_ADVERBS: List = List::new("headline_adverb", &[TABLE]);
/// Degree and focus adverbs between "to be" and a participle of feeling ("was *not so*
/// surprised", "were *deeply* troubled"; the claims stage's feeling test).
pub static DEGREE: List = List::new("degree", &[TABLE]);
/// The articles "the", "a", "an" (attribution and sources: where a noun phrase starts).
pub static ARTICLES: List = List::new("article", &[TABLE]);
/// Words that end a noun phrase by opening a clause or a second conjunct: "and", "or",
/// "but", "that", "who", "which" (attribution and sources: a speaker phrase stops there).
pub static CLAUSE_LINKS: List = List::new("clause_link", &[TABLE, crate::pron::TABLE]);
/// Words that open an embedded question: "whether", "if", "why", "how", "where", "what",
/// "who", "which" (epistemics: "asked whether …" is a question, not an assertion).
pub static INTERROGATIVES: List = List::new("interrogative", &[TABLE, crate::pron::TABLE]);

/// Capitalised words before a name that are not part of it.
/// (sources: `profile.rs`)
pub static NOT_NAME_WORDS: List = List::new("not_name_word", &[TABLE, speech::TABLE]);
/// Words that open a relative or other clause inside a subject phrase: a verb after one of them
/// belongs to that clause, not to the subject ("members who spoke with reporters").
/// (sources: `clause.rs`)
pub static CLAUSE_OPENERS: List = List::new("clause_opener", &[TABLE, crate::pron::TABLE]);
/// Determiners and possessives that open a common-noun phrase even when capitalised
/// ("The retired neurosurgeon", "His agent"): such a phrase is no name.
/// (sources: `clause.rs`)
pub static DETERMINERS: List = List::new("determiner", &[TABLE, crate::pron::TABLE]);
/// Capitalised function words of English and of the languages news quotes most that are
/// never a speaker on their own ("Que", "Due", "So"), beyond the stopword list.
/// (sources: `lib.rs`)
pub static FUNCTION_NAMES: List = List::new("function_name", &[TABLE]);
/// Words that open the modifier of a "those" group.
/// (sources: `share.rs`)
pub static THOSE_MODIFIERS: List = List::new("those_modifier", &[TABLE]);
/// Words allowed between a subject and its verb ("had claimed", "has also said", "they all
/// indicate", "Richards and Menendez both stressed"; sources v2 train sets b and f).
/// (sources: `scan/mod.rs`)
pub static SUBJECT_VERB_GAP: List = List::new("subject_verb_gap", &[TABLE, verbs::TABLE, neg::TABLE]);
/// Adjectives that raise a speaker before "to" and a verb of saying ("Vell was quick to
/// note", "she is careful to say"): the subject of "was" speaks.
/// (sources: `scan/verbal.rs`)
pub static RAISING_ADJECTIVES: List = List::new("raising_adjective", &[TABLE]);
/// Words that end a subject phrase on its left.
/// (sources: `scan/mod.rs`)
pub static SUBJECT_STARTS: List = List::new("subject_start", &[TABLE, crate::pron::TABLE]);
/// A word before a phrase that makes the phrase something other than a subject.
/// (sources: `scan/mod.rs`)
pub static NOT_BEFORE_SUBJECT: List = List::new("not_before_subject", &[TABLE]);
/// Capitalised words that do not start or make a name (with the calendar's time phrases:
/// `not_name_start`).
/// (sources: `scan/mod.rs`)
pub static NOT_NAME_START: List = List::new("not_name_start", &[TABLE, crate::pron::TABLE]);
/// Words after "For" / "To" opening a sentence that are no viewpoint ("For now", "To date").
/// (sources: `scan/nominal.rs`)
pub static NOT_VIEW: List = List::new("not_view", &[TABLE, crate::pron::TABLE]);
/// Capitalised sentence openers that modify no name ("Later Iraqi reports").
/// (sources: `mention/judge.rs`)
pub static MENTION_OPENERS: List = List::new("mention_opener", &[TABLE]);

/// Words opening a phrase that may stand before a clause's subject, up to a comma.
/// (epistemics: `acts.rs`)
pub static LEAD_OPENERS: List = List::new("lead_opener", &[TABLE]);

/// First words of a comma chunk after a mention's first chunk that add nothing to what the
/// mention names: a relative clause, "speaking on condition …", "familiar with …", "close
/// to …", "according to …".
/// (sources mention::analyze)
pub static CHUNK_SKIPS: List = List::new("chunk_skip", &[TABLE, crate::pron::TABLE]);
/// Words that open a title or a name in a comma chunk after a mention ("a report, titled …").
/// (sources mention::analyze)
pub static TITLING: List = List::new("titling", &[TABLE]);
/// Prepositions that open an affiliation after a mention's head ("of the Sierra Club", "by the
/// federal SEC").
/// (sources mention::np::tail_affiliation)
pub static AFFILIATION_PREPS: List = List::new("affiliation_prep", &[TABLE]);
/// Participles after which a prepositional phrase names whom a speaker or document is linked
/// to, not its issuer ("a blog linked to the group", "a website associated with the
/// militia": no name of theirs). (sources: `mention/np.rs`)
pub static LINKING_PARTICIPLES: List = List::new("linking_participle", &[TABLE]);
/// Determiners that open a clause with no "that" after a verb of thinking ("she thinks *the*
/// House is within reach").
/// (sources scan::verbal::missed_speakers)
pub static CLAUSE_DETERMINERS: List = List::new("clause_determiner", &[TABLE, crate::pron::TABLE]);
/// Words after "at" that make it a bound on a number, not a preposition ("*at least* two
/// officials", "at most"): the phrase is the acting party, not a circumstance.
/// (epistemics actor::noun_phrase_ending)
pub static AT_BOUNDS: List = List::new("at_bound", &[TABLE]);
/// Prepositions of a time phrase at an actor's edges ("as *of* Tuesday the police", "Apple
/// *on* Tuesday"): with the time word after them they are no part of the actor.
/// (epistemics actor_tidy::tidy_actor)
pub static TIME_PREPS: List = List::new("time_prep", &[TABLE]);
