//! Reporting verbs: a small hand-written list (written for this project) used where the
//! learned model is blind: verbs followed by "that" and speech reported inside quotes.

/// Communication and finding verbs that introduce reported speech.
pub const REPORTING_VERBS: &[&str] = &[
    "said", "says", "say", "told", "tells", "tell", "reported", "reports", "report", "claimed", "claims", "claim",
    "wrote", "writes", "write", "added", "adds", "argued", "argues", "insisted", "insists", "warned", "warns",
    "acknowledged", "acknowledges", "announced", "announces", "believes", "believed", "believe", "thinks", "think",
    "stated", "states", "noted", "notes", "explained", "explains", "suggested", "suggests", "revealed", "reveals",
    "confirmed", "confirms", "found", "finds", "showed", "shows", "concluded", "concludes", "alleged", "alleges",
    "admitted", "admits", "predicted", "predicts", "declared", "declares", "asserted", "asserts", "maintains",
];

/// Pronouns and nouns that may sit between a verb and its "that" ("tells me that").
pub const RECIPIENTS: &[&str] = &["me", "us", "him", "her", "them", "reporters", "you"];

/// Whether `w` (lower case) is a reporting verb.
pub fn is_reporting_verb(w: &str) -> bool {
    REPORTING_VERBS.contains(&w)
}
