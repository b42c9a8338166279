//! Pronouns, possessive determiners and relative pronouns (`data/pronouns.tsv`).

use crate::table::List;

/// Pronoun forms with their lists.
pub const TABLE: &str = include_str!("../data/pronouns.tsv");

/// Subject pronouns: a complete subject on their own (epistemics actor finder).
pub static SUBJECT: List = List::new("subject", &[TABLE]);
/// Subject pronouns that can stand for a speaker named before: "he", "she", "it",
/// "they", "we" (sources: a pronoun speaker to resolve).
pub static SPEAKERS: List = List::new("speaker", &[TABLE]);
/// What may stand between a verb and its "that" ("tells me that"): object pronouns and
/// "reporters" (attribution's nested attributions).
pub static RECIPIENTS: List = List::new("recipient", &[TABLE]);
/// Third-person singular personal forms (he, his, herself …): a person (sources mentions).
pub static PERSON: List = List::new("person", &[TABLE]);
/// First-person forms: the speaker (sources mentions).
pub static FIRST_PERSON: List = List::new("first_person", &[TABLE]);
/// "it", "its" and relative "which": a thing (sources mentions).
pub static THING: List = List::new("thing", &[TABLE]);
/// Third-person plural forms: a group (sources mentions).
pub static PLURAL: List = List::new("plural", &[TABLE]);
/// Object pronouns that can open a small clause ("found him guilty", epistemics acts).
pub static OBJECT: List = List::new("object", &[TABLE]);
/// Relative pronouns for people, "who" and "whom" (sources mentions).
pub static RELATIVE: List = List::new("relative", &[TABLE]);
/// The words that open a relative clause: "who", "whom", "whose", "which", "that" (an
/// actor or speaker phrase ends before one; a verb after one belongs to the clause).
/// (epistemics: `verifications.rs`, `actor.rs`, `acts.rs`; sources: `lib.rs`)
pub static RELATIVE_WORDS: List = List::new("relative_word", &[TABLE, crate::function::TABLE]);
/// Emphatic and reflexive pronouns of the third person ("Apple itself said", attribution).
pub static REFLEXIVE: List = List::new("reflexive", &[TABLE]);

/// Relative pronouns (and their contractions with "is") that open a clause whose verb of
/// saying takes the phrase before them as its subject.
/// (sources: `scan/verbal.rs`)
pub static RELATIVE_OPENERS: List = List::new("relative_opener", &[TABLE, crate::function::TABLE]);

/// Objects of an evaluating cue that name nothing the claim could be about: pronouns and
/// bare plurals of people.
/// (epistemics: `acts.rs`)
pub static EVALUATED_UNNAMED: List = List::new("evaluated_unnamed", &[TABLE, crate::function::TABLE]);

/// Subject pronouns (and expletive "there") that open a clause with no "that" after a verb of
/// thinking ("she thinks *they* will win").
/// (sources scan::verbal::missed_speakers)
pub static CLAUSE_SUBJECTS: List = List::new("clause_subject", &[TABLE, crate::function::TABLE]);
