//! Speech acts of cue lemmas (`data/speech_acts.tsv`): whether a cue asserts, believes,
//! fears, intends, requests, asks or evaluates, before a clause and before "to".

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// The table.
pub const TABLE: &str = include_str!("../data/speech_acts.tsv");

/// What a cue does with its content (the table's act names).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Act {
    /// States it.
    Assertion,
    /// Holds it true.
    Belief,
    /// Hopes, fears, wishes.
    Feeling,
    /// Plans, promises, refuses.
    Intention,
    /// Asks, urges or orders someone.
    Request,
    /// Asks whether.
    Question,
    /// Asserts an evaluation, even of a noun phrase ("called the bill a disaster").
    Evaluation,
}

impl Act {
    fn parse(s: &str) -> Option<Act> {
        Some(match s {
            "assertion" => Act::Assertion,
            "belief" => Act::Belief,
            "feeling" => Act::Feeling,
            "intention" => Act::Intention,
            "request" => Act::Request,
            "question" => Act::Question,
            "evaluation" => Act::Evaluation,
            _ => return None,
        })
    }
}

/// A cue's act before a clause and before "to".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CueActs {
    /// Before a clause or a noun phrase ("said that …", "fears the plant will close").
    pub clause: Act,
    /// Before "to" or "X to" ("vowed to …", "urged him to …").
    pub infinitive: Act,
}

type Maps = (HashMap<&'static str, CueActs>, HashMap<&'static str, &'static str>);

/// Cue → acts, and the first words of two-word cues ("call" of "call for") → themselves.
fn maps() -> &'static Maps {
    static MAPS: OnceLock<Maps> = OnceLock::new();
    MAPS.get_or_init(|| {
        let (mut m, mut heads) = (HashMap::default(), HashMap::default());
        for l in TABLE.lines().filter(|l| !l.is_empty() && !l.starts_with('#')) {
            let c: Vec<&str> = l.split('\t').collect();
            let acts =
                (c.len() == 3).then(|| Some(CueActs { clause: Act::parse(c[1])?, infinitive: Act::parse(c[2])? }));
            let Some(Some(acts)) = acts else { panic!("speech_acts.tsv: bad line {l:?}") };
            m.entry(c[0]).or_insert(acts);
            if let Some((head, _)) = c[0].split_once(' ') {
                heads.insert(head, head);
            }
        }
        (m, heads)
    })
}

/// The acts of a lower-cased cue word (inflections undone), or of a two-word cue such as
/// "call for" when `next` completes one; `None` when unlisted.
pub fn of_word(w: &str, next: Option<&str>, buf: &mut String) -> Option<CueActs> {
    if w.len() > 40 {
        return None;
    }
    let (m, heads) = maps();
    if let (Some(n), Some(head)) = (next, crate::inflect::lookup(heads, w, buf)) {
        if let Some(&a) = m.get(format!("{head} {n}").as_str()) {
            return Some(a);
        }
    }
    crate::inflect::lookup(m, w, buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_parses_and_inflections_find_their_lemma() {
        assert!(maps().0.len() > 50);
        let b = &mut String::new();
        assert_eq!(of_word("vowed", None, b).map(|a| a.infinitive), Some(Act::Intention));
        assert_eq!(of_word("fears", None, b).map(|a| a.clause), Some(Act::Feeling));
        assert_eq!(of_word("urging", None, b).map(|a| a.infinitive), Some(Act::Request));
        assert_eq!(of_word("called", Some("for"), b).map(|a| a.clause), Some(Act::Request));
        assert_eq!(of_word("called", Some("the"), b).map(|a| a.clause), Some(Act::Evaluation));
        assert_eq!(of_word("thought", None, b).map(|a| a.clause), Some(Act::Belief));
        assert_eq!(of_word("said", None, b).map(|a| a.clause), None, "said is an irregular form, not listed");
        assert_eq!(of_word("table", None, b), None);
    }
}
