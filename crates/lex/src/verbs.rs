//! Auxiliaries, modals and other verbs the rules read (`data/verbs.tsv`).

use crate::table::List;

/// Auxiliaries, modals, raising verbs and participles of feeling with their lists.
pub const TABLE: &str = include_str!("../data/verbs.tsv");

/// Auxiliaries of a passive ("was accused", "got fired"), read by attribution's passive test.
pub static PASSIVE_AUX: List = List::new("passive_aux", &[TABLE]);
/// Verbs that raise the subject of a cue before "to" ("has appeared to acknowledge"), read
/// by the epistemics actor finder.
pub static RAISERS: List = List::new("raiser", &[TABLE]);
/// Verbs of the writer's own speculation ("she also seems to …", "the officer appeared to be
/// delayed"): a report cued by nothing else states no claim (docs/ASSESSMENT.md). Read by claims.
pub static SPECULATION: List = List::new("speculation", &[TABLE]);
/// Participles of feeling and conviction: after "be" they make the subject the one who
/// holds the view ("Republicans were frustrated that …"), not a passive. Read by attribution.
pub static STATE_PARTICIPLES: List = List::new("state_participle", &[TABLE]);
/// Verbs that end a clause-initial subject read left to right (auxiliaries, modals and a few
/// speech verbs), read by the epistemics actor finder.
pub static SUBJECT_END: List = List::new("subject_end", &[TABLE, crate::speech::TABLE]);
/// Verbs that, after "will"/"would", tell what a thing does by itself or to others rather
/// than what someone sets out to do ("it will *be* difficult", "it would *cost* billions",
/// "it will *help* …"): a future of them is a forecast, not a plan. Read by claims.
pub static NON_AGENTIVE: List = List::new("non_agentive", &[TABLE]);
