//! Source spans that run on into their own clause ("Judd Nelson rebuffs Internet", "Olsen
//! went on to basically", "The masked executioner spoke in English"): the subject before the
//! finite verb is the source.

use crate::scan::pos_at;
use hearsay_core::{Doc, Pos, Span};
use hearsay_lex::function::{CLAUSE_OPENERS, DETERMINERS};

/// Agent-noun endings: a plural in "-ers" is a noun even when the tagger calls it a verb
/// ("Sanders supporters").
const NOUN_ENDINGS: &[&str] = &["ers", "ors", "ists", "ians", "ss"];

/// How a lowercase word after a subject reads as its verb.
#[derive(Clone, Copy, PartialEq, Eq)]
enum VerbForm {
    /// An auxiliary, a modal, a present "-s" form or a past that is no participle ("spoke"):
    /// finite after any subject.
    Finite,
    /// A past "-ed" form: finite after a name or pronoun, a modifier after a common noun
    /// ("fighters quoted by Israel Radio").
    Past,
    /// Another verb form (participle, bare form): the subject phrase goes on or is unclear.
    Other,
    /// Not a verb.
    NotVerb,
}

/// The verb form of lowercase word `w` tagged `pos`, after a name or pronoun (`after_name`) or not.
fn verb_form(w: &str, pos: Pos, after_name: bool) -> VerbForm {
    let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
    if hearsay_lex::verbs::is_aux(w) || w.ends_with("n't") || w.ends_with("n’t") {
        return VerbForm::Finite;
    }
    // after a name, a verb of saying or of a verdict is a verb whatever the tagger says
    // ("Quillon denies"); after a common noun it may be a noun ("Israeli media reports")
    let speech = || {
        after_name
            && (hearsay_lex::speech::ATTRIBUTION.contains(w) || hearsay_lex::speech::VERDICT.contains(w))
            && !crate::lexicon::lexicon().documents.contains(w)
    };
    if !matches!(pos, Pos::Verb | Pos::Aux) && !speech() {
        return VerbForm::NotVerb;
    }
    if hearsay_lex::verbs::PAST_ONLY.contains(w) || w.ends_with('s') && !NOUN_ENDINGS.iter().any(|e| w.ends_with(e)) {
        VerbForm::Finite
    } else if w.ends_with("ed") {
        VerbForm::Past
    } else {
        VerbForm::Other
    }
}

/// `s` cut before the first finite verb of its own clause, when everything before the verb is a
/// plain subject: no punctuation, no relative word. After a name or a pronoun ("Rosenberg was
/// never in Kobani", "He was made famous", "Edward Snowden leaked") a past "-ed" form cuts too;
/// after a common noun only a finite form ([`VerbForm::Finite`]), so "fighters quoted by Israel
/// Radio" stays whole. A span whose next word is an "-ing" cue ("information showing",
/// "a special online story declaring") ends in the source itself and stays. Returns `s` when
/// nothing is cut.
pub(crate) fn cut_at_verb(doc: &Doc, s: Span) -> Span {
    let Some(text) = doc.text.get(s.start..s.end) else { return s };
    let next = doc.text[s.end..].split_whitespace().next().unwrap_or("");
    if next.trim_end_matches(|c: char| !c.is_alphanumeric()).ends_with("ing") {
        return s;
    }
    let mut pos = 0;
    let mut words: Vec<(usize, &str)> = Vec::new();
    for w in text.split(' ') {
        if !w.is_empty() {
            words.push((pos, w));
        }
        pos += w.len() + 1;
    }
    // only short subjects are read: a verb deep in a long span is seldom the subject's
    for k in 1..words.len().min(7) {
        let (_, prev) = words[k - 1];
        if prev.ends_with(|c: char| !c.is_alphanumeric()) {
            return s;
        }
        let prev_l = prev.to_lowercase();
        if CLAUSE_OPENERS.contains(prev_l.as_str()) || prev_l == "and" || prev_l == "or" || prev_l == "to" {
            return s;
        }
        let (p, w) = words[k];
        if !w.starts_with(|c: char| c.is_ascii_lowercase()) {
            continue;
        }
        let head = &words[..k];
        let pronoun = k == 1 && crate::mention::is_subject_pronoun(&prev_l);
        let name = !DETERMINERS.contains(head[0].1.to_lowercase().as_str())
            && head.iter().all(|(_, w)| w.starts_with(|c: char| c.is_uppercase()));
        let form = verb_form(w, pos_at(doc, s.start + p), pronoun || name);
        let cut = match form {
            VerbForm::NotVerb => continue,
            VerbForm::Finite => true,
            VerbForm::Past => pronoun || name,
            VerbForm::Other => false,
        };
        if !cut {
            return s;
        }
        return Span::new(s.start, s.start + words[k - 1].0 + prev.len());
    }
    s
}
