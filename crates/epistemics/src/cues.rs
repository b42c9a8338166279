//! Verification cue patterns, loaded from [`hearsay_lex::hedge::VERIFICATION_CUES`].

use crate::prefilter::Prefilter;
use hearsay_core::Verdict;
use regex::Regex;
use std::sync::OnceLock;

const SOURCE: &str = hearsay_lex::hedge::VERIFICATION_CUES;

const MACROS: [(&str, &str); 4] = [
    ("{NEG}", "(?:did not|didn't|does not|doesn't|do not|don't)"),
    (
        "{ABLE}",
        "(?:could not|couldn't|cannot|can't|can not|(?:was|were|is|are|has been|have been|had been) unable to|unable to)",
    ),
    (
        "{ADV}",
        "(?: [\"“”'])?(?: (?:immediately|independently|yet|publicly|officially|directly|fully|personally|specifically|also|still|further|previously|ever|actually|really|formally|explicitly|then|again|so far|now|initially|outright|even|themselves|itself|himself|herself|[a-z]+ly)(?: [\"“”'])?)?",
    ),
    (
        "{REQ}",
        "(?:(?:a|an|the|his|her|their|its|our|my|multiple|several|repeated|numerous|two|three|four|many|any|phone|telephone) )?(?:(?:phone|telephone|email|e-mail|voicemail|written|interview|emailed|repeated|multiple|follow-up) )?(?:requests?|calls?|messages?|emails?|e-mails?|inquiries|inquiry|queries|query|voicemails?|questions)(?: (?:for|seeking) (?:comment|an interview))?",
    ),
];

/// What a pattern says about the actor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActorMode {
    /// The subject phrase left of the cue.
    Subject,
    /// The subject phrase left of the `cue` group, inside the match ("DNA tests | showed"):
    /// the match names the kind of subject the cue needs.
    Head,
    /// No actor in the clause.
    None,
    /// The speaker: the source of the attribution whose content holds the cue (a falsity
    /// predicate inside reported speech: "the reports are false," the ministry said); none
    /// when no attribution holds it (the writer's own verdict).
    Speaker,
    /// As [`ActorMode::Speaker`], but only inside reported speech: with no attribution
    /// holding the cue there is no event (a negated statement is a rebuttal when a source
    /// makes it, "that is not the case," the spokesman said; in the writer's narrative it is
    /// mostly just narrative).
    Quoted,
}

/// One compiled cue pattern.
#[derive(Debug)]
pub struct CuePattern {
    /// Whether the pattern names a `cue` group.
    pub has_cue_group: bool,
    /// Verdict, or `None` for a blocker.
    pub verdict: Option<Verdict>,
    /// Where the actor is.
    pub actor: ActorMode,
    /// The compiled pattern (word-bounded).
    pub regex: Regex,
}

/// All patterns, in file order.
#[derive(Debug)]
pub struct CueTable {
    /// Patterns in file order.
    pub patterns: Vec<CuePattern>,
    /// Which patterns can match in a given text.
    pub prefilter: Prefilter,
    /// FNV-1a of each pattern's expanded source, in file order (the verdict classifier's
    /// pattern feature: a pattern keeps its weight when others are added or moved).
    pub source_hashes: Vec<u64>,
}

fn parse_verdict(s: &str) -> Option<Option<Verdict>> {
    if s == "none" {
        return Some(None);
    }
    Verdict::ALL.iter().copied().find(|v| v.as_str() == s).map(Some)
}

/// Expands the table's own word families (`define` lines, in file order, each of which may use
/// the ones before it), then the built-in macros.
fn expand(p: &str, defines: &[(String, String)]) -> String {
    let mut s = p.to_string();
    for (k, v) in defines.iter().rev() {
        s = s.replace(k.as_str(), v);
    }
    for (k, v) in MACROS {
        s = s.replace(k, v);
    }
    // ASCII word boundaries keep each pattern's literal prefilter usable (fast scans). A
    // pattern that ends on a punctuation token says so with `{END}`: a closing word boundary
    // after "." or "," could never hold (a space or the end of the text follows it).
    match s.strip_suffix("{END}") {
        Some(s) => format!(r"(?-u:\b)(?:{s})"),
        None => format!(r"(?-u:\b)(?:{s})(?-u:\b)"),
    }
}

/// Parses the cue table; panics only on a malformed shipped data file (caught by tests).
fn load() -> CueTable {
    let mut patterns = Vec::new();
    let mut sources = Vec::new();
    let mut defines: Vec<(String, String)> = Vec::new();
    for (n, line) in SOURCE.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(def) = line.strip_prefix("define\t") {
            let Some((name, re)) = def.split_once('\t') else {
                panic!("verification_cues.tsv line {}: expected define <TAB> {{NAME}} <TAB> REGEX", n + 1);
            };
            // a family may use the families defined before it
            let body = defines.iter().rev().fold(re.to_string(), |s, (k, v)| s.replace(k.as_str(), v));
            defines.push((name.to_string(), format!("(?:{body})")));
            continue;
        }
        let mut f = line.splitn(3, '\t');
        let (Some(v), Some(a), Some(re)) = (f.next(), f.next(), f.next()) else {
            panic!("verification_cues.tsv line {}: expected 3 tab-separated fields", n + 1);
        };
        let verdict =
            parse_verdict(v).unwrap_or_else(|| panic!("verification_cues.tsv line {}: unknown verdict {v}", n + 1));
        let actor = match a {
            "none" => ActorMode::None,
            "speaker" => ActorMode::Speaker,
            "quoted" => ActorMode::Quoted,
            "head" => ActorMode::Head,
            _ => ActorMode::Subject,
        };
        let src = expand(re, &defines);
        let regex = Regex::new(&src).unwrap_or_else(|e| panic!("verification_cues.tsv line {}: {e}", n + 1));
        sources.push(src);
        let has_cue_group = regex.capture_names().any(|n| n == Some("cue"));
        patterns.push(CuePattern { has_cue_group, verdict, actor, regex });
    }
    let prefilter = Prefilter::new(sources.iter().map(String::as_str));
    let source_hashes = sources.iter().map(|s| hearsay_learn::fnv1a(s.as_bytes())).collect();
    CueTable { patterns, prefilter, source_hashes }
}

/// The shipped cue table, compiled once.
pub fn table() -> &'static CueTable {
    static T: OnceLock<CueTable> = OnceLock::new();
    T.get_or_init(load)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_table_compiles_with_every_verdict() {
        let t = table();
        for v in Verdict::ALL {
            assert!(t.patterns.iter().any(|p| p.verdict == Some(v)), "no pattern for {v:?}");
        }
        assert!(t.patterns.iter().any(|p| p.verdict.is_none()));
    }

    #[test]
    fn nearly_every_pattern_is_prefiltered() {
        // a pattern with too many alternatives loses its literal sets and runs on every
        // paragraph: split it (the falsity predicates are two patterns for this reason)
        assert!(table().prefilter.always_run() <= 2, "{} patterns run everywhere", table().prefilter.always_run());
    }
}
