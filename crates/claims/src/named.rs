//! Whether a claim's source is identified by name for the sourcing label.
//!
//! The label reads the sources stage's `anonymous` flag, with one addition from
//! shared/spec/ANNOTATION.md ("a pronoun or a role noun that refers back to a named source is
//! NOT anonymous: it is that source"): a source the sources stage left unnamed but that the
//! article only ever calls by a singular definite description, "the" or a third-person
//! possessive and a noun ("the pontiff", "The charity",
//! "the IG review", "The Archbishop of Camerino-San Severino") or a pronoun refers back to
//! something the article identifies, so it counts as named, unless
//! - one of its mentions is indefinite ("A Comcast agent … The Comcast agent"), or it is a
//!   group or a recording ("The video of him released this week" names no maker);
//! - its head noun is plural ("The pictures") or one of
//!   `crates/lex/data/unnamed_heads.txt` ("the source", "the media", "the evidence");
//! - an earlier indefinite phrase of the text has the same head: "an NBC source … the
//!   source", "A resident in Mosul … The Mosul resident" refer back to an unnamed source.

use crate::chain::is_recording;
use hearsay_core::{Doc, Pos, SourceType, Span};
use hearsay_lex::{function, pron};

/// Words looked back from a head for an indefinite determiner ("a senior Iraqi security
/// official").
const LOOKBACK: usize = 4;

/// What [`identified`] reads of a document, once per document ([`name_facts`]).
pub struct NameFacts {
    /// [`issued_tokens`] of the document.
    pub issued: Vec<bool>,
    /// The sources whose one-word name is a common noun the text also writes in lower case
    /// ([`common_nouns`]).
    pub common: Vec<bool>,
    /// For each source, a report of it nested in another source's report, if any
    /// ([`crate::chain::relayed_reports`]).
    pub relayed: Vec<Option<usize>>,
}

/// [`NameFacts`] of `doc`: one pass over its tokens and one over its text.
pub fn name_facts(doc: &Doc) -> NameFacts {
    NameFacts { issued: issued_tokens(doc), common: common_nouns(doc), relayed: crate::chain::relayed_reports(doc) }
}

/// Whether source `sid` counts as identified by name for the label (see the module doc);
/// `facts` is [`name_facts`] of the document.
pub fn identified(doc: &Doc, facts: &NameFacts, sid: usize) -> bool {
    let issued = &facts.issued[..];
    let Some(s) = doc.sources.get(sid) else { return false };
    if !s.anonymous {
        // a capitalised recording noun opening a sentence is no name ("*Pictures* posted to
        // social media show …")
        let recording = s
            .name
            .as_deref()
            .is_some_and(|n| !n.contains(' ') && crate::words::recording_nouns().contains(n.to_lowercase().as_str()));
        return !recording && !facts.common.get(sid).copied().unwrap_or(false);
    }
    if s.stype == SourceType::Person && (named_beside(doc, sid) || named_next(doc, sid).is_some()) {
        return true;
    }
    if s.stype == SourceType::Group || s.mentions.is_empty() || is_recording(doc, sid) {
        return false;
    }
    let mut definite = false;
    for &m in &s.mentions {
        let toks = word_tokens(doc, m);
        let Some(&first) = toks.first() else { return false };
        let w0 = doc.lower_at(first);
        if toks.len() == 1 && is_pronoun(&w0) {
            continue;
        }
        // "Jaish al-Fatah released *a statement* …": the named source's own document
        let document = s.stype == SourceType::Document;
        if document && !refers_back(&w0) && issued.get(first).copied().unwrap_or(false) {
            continue;
        }
        if !refers_back(&w0) {
            return false;
        }
        let Some(head) = head_of(doc, &toks) else { return false };
        let h = doc.lower_at(head);
        if plural(&h)
            || hearsay_lex::speakers::is_unnamed_head(&h)
            || indefinite_before(doc, m.start, &h, document, issued)
        {
            return false;
        }
        definite = true;
    }
    definite
}

/// For each source, whether its one-word "name" is a common noun the text also writes in
/// lower case ("*Suppliers* say Apple adjusts its plan …" where the article speaks of "its
/// suppliers in Asia"): capitalised only because it opens a sentence, it names no one (fresh
/// FNC-1 training bodies). One pass over the text's words, each looked up among the names'
/// lower-case forms.
fn common_nouns(doc: &Doc) -> Vec<bool> {
    let key = |name: &str| -> Option<String> {
        let one_capital = !name.contains(' ')
            && name.chars().next().is_some_and(char::is_uppercase)
            && !name.chars().skip(1).any(char::is_uppercase);
        one_capital.then(|| name.to_lowercase())
    };
    let keys: Vec<Option<String>> =
        doc.sources.iter().map(|s| if s.anonymous { None } else { s.name.as_deref().and_then(key) }).collect();
    let mut wanted: rustc_hash::FxHashMap<&str, bool> = keys.iter().flatten().map(|k| (k.as_str(), false)).collect();
    if !wanted.is_empty() {
        for w in doc.text.split(|c: char| !c.is_alphanumeric()) {
            if let Some(seen) = wanted.get_mut(w) {
                *seen = true;
            }
        }
    }
    keys.iter().map(|k| k.as_deref().is_some_and(|k| wanted.get(k).copied().unwrap_or(false))).collect()
}

/// Sentences after an indefinite person's first mention in which a sentence opening with a
/// name identifies them ("A New York judge has rejected … . The New York Times … . Manhattan
/// Supreme Court Justice Frank Nervo rejected …").
const NAME_AHEAD: usize = 2;

/// Whether a mention of person `sid` is followed by "named" or "called" and a capitalised
/// word ("A Comcast agent *named Jeremy*"), or holds, after a dash or a comma, a first name
/// of `crates/lex/data/first_names.txt` and a capitalised word ("A former Republican
/// presidential candidate *-- John McCain*, who lost …").
fn named_beside(doc: &Doc, sid: usize) -> bool {
    let Some(s) = doc.sources.get(sid) else { return false };
    s.mentions.iter().any(|&m| {
        let after = doc.text.get(m.end..).unwrap_or("");
        let mut words = after.split_whitespace().take(2);
        let (w1, w2) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
        if matches!(w1, "named" | "called") && w2.starts_with(char::is_uppercase) {
            return true;
        }
        let toks = word_tokens(doc, m);
        toks.windows(2).any(|w| {
            let gap =
                doc.text.get(doc.tokens[w[0]].span.start.saturating_sub(4)..doc.tokens[w[0]].span.start).unwrap_or("");
            let (a, b) = (doc.slice(doc.tokens[w[0]].span), doc.slice(doc.tokens[w[1]].span));
            gap.contains([',', '-', '—', '–'])
                && hearsay_lex::speakers::is_first_name(a)
                && b.starts_with(char::is_uppercase)
                && w[0] != toks[0]
        })
    })
}

/// The news lede that names its person a sentence or two later: person `sid`'s first mention
/// opens with "a" or "an" ("A Utah man who chugged a quart of eggnog … said …", "According to
/// *a British military expert* who has just returned from Iraq, …"), with no descriptor of
/// anonymity and a head noun that is not one of `crates/lex/data/unnamed_heads.txt` ("a
/// source", "an official" stay unnamed), and one of the next [`NAME_AHEAD`] sentences opens
/// with a name: the first mention of a named person the article has not mentioned before, or
/// a first name of `crates/lex/data/first_names.txt` and a capitalised word ("Ryan Roche,
/// whose victory was captured …"). `Some(Some(id))` gives that named source, `Some(None)` a
/// name that is no source.
pub fn named_next(doc: &Doc, sid: usize) -> Option<Option<usize>> {
    let s = doc.sources.get(sid)?;
    if s.stype != SourceType::Person || !s.descriptors.is_empty() {
        return None;
    }
    let first = *s.mentions.iter().min_by_key(|m| m.start)?;
    let toks = word_tokens(doc, first);
    let w0 = doc.lower_at(*toks.first()?);
    if w0 != "a" && w0 != "an" {
        return None;
    }
    let head = doc.lower_at(head_of(doc, &toks)?);
    if plural(&head) || hearsay_lex::speakers::is_unnamed_head(&head) {
        return None;
    }
    let sent = doc.sentence_at(first.start)?;
    for k in (sent + 1..doc.sentences.len()).take(NAME_AHEAD) {
        let range = doc.sentences[k].tokens.clone();
        let Some(t0) =
            range.clone().find(|&t| doc.slice(doc.tokens[t].span).chars().next().is_some_and(char::is_alphanumeric))
        else {
            continue;
        };
        let start = doc.tokens[t0].span.start;
        let named = doc.sources.iter().enumerate().find(|(o, n)| {
            *o != sid
                && !n.anonymous
                && n.stype == SourceType::Person
                && n.mentions.iter().map(|m| m.start).min() == Some(start)
        });
        if let Some((o, _)) = named {
            return Some(Some(o));
        }
        let next = doc.tokens.get(t0 + 1).map_or("", |t| doc.slice(t.span));
        if hearsay_lex::speakers::is_first_name(doc.slice(doc.tokens[t0].span))
            && next.starts_with(char::is_uppercase)
            && range.contains(&(t0 + 1))
        {
            return Some(None);
        }
    }
    None
}

/// "the" or a third-person possessive ("his attorney", "its statement"): not a demonstrative
/// ("this week") nor the writer's own side ("our correspondent").
fn refers_back(w: &str) -> bool {
    w == "the" || (function::DEFINITE.contains(w) && pron::PERSON.contains(w)) || matches!(w, "its" | "their")
}

fn is_pronoun(w: &str) -> bool {
    pron::SUBJECT.contains(w) || pron::PERSON.contains(w) || pron::RELATIVE.contains(w) || pron::THING.contains(w)
}

/// Indices of the word tokens (no punctuation) inside `span`, at most 16.
fn word_tokens(doc: &Doc, span: Span) -> Vec<usize> {
    let first = doc.tokens.partition_point(|t| t.span.start < span.start);
    (first..doc.tokens.len())
        .take_while(|&t| doc.tokens[t].span.end <= span.end)
        .take(16)
        .filter(|&t| doc.slice(doc.tokens[t].span).chars().next().is_some_and(char::is_alphanumeric))
        .collect()
}

/// The head of a noun phrase that opens with a determiner: the last noun before a comma, a
/// relative pronoun, a preposition or a participle ("The Archbishop | of Camerino", "The
/// statement | , which circulated", "The evidence thus far").
fn head_of(doc: &Doc, toks: &[usize]) -> Option<usize> {
    let mut head = None;
    let mut prev_end = doc.tokens[toks[0]].span.end;
    for &t in &toks[1..] {
        let gap = doc.text.get(prev_end..doc.tokens[t].span.start).unwrap_or("");
        if gap.contains([',', '(', '-', '—', '–']) || function::NP_END.contains(&doc.lower_at(t)) {
            break;
        }
        if matches!(doc.pos.get(t), Some(Pos::Noun | Pos::Propn)) {
            head = Some(t);
        }
        prev_end = doc.tokens[t].span.end;
    }
    head
}

/// A plural noun by its ending ("pictures", "officials"; not "press", "status", "analysis").
fn plural(w: &str) -> bool {
    w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is")
}

/// Tokens after a cue that may still name what the source issued ("said *in a statement*").
const ISSUED_AFTER_CUE: usize = 4;

/// Whether the text before `before` has an indefinite phrase ending in `head` ("an NBC
/// source", "A resident in Mosul" for "resident"): a definite one later refers back to it.
/// A `document` (a statement, a report) that a named source issues in its own report, in
/// its cue or just after it ("ISIS *released a statement* claiming …", "the ministry said *in
/// a statement*"), is that source's: "the statement" then refers back to something the
/// article identifies.
fn indefinite_before(doc: &Doc, before: usize, head: &str, document: bool, issued: &[bool]) -> bool {
    let end = doc.tokens.partition_point(|t| t.span.end <= before);
    (end.saturating_sub(LOOKBACK_TOKENS)..end).any(|t| {
        doc.lower_at(t) == head
            && (t.saturating_sub(LOOKBACK)..t).any(|k| {
                let w = doc.lower_at(k);
                function::INDEFINITE.contains(&w) && w != "as" && w != "that"
            })
            && !(document && issued.get(t).copied().unwrap_or(false))
    })
}

/// Most tokens [`indefinite_before`] looks back for an indefinite phrase: far above a news
/// article's length (PolNeAR's longest text has about 7,000 tokens), so only a huge document
/// is cut, and its cost stays linear.
const LOOKBACK_TOKENS: usize = 20_000;

/// For each token, whether it is in the cue of a named source's report or just after it
/// ("ISIS *released a statement* claiming …", "the ministry said *in a statement*"): what it
/// names is that source's. Read once per document for [`identified`].
pub fn issued_tokens(doc: &Doc) -> Vec<bool> {
    let n = doc.tokens.len();
    let mut out = vec![false; n];
    for a in &doc.attributions {
        let named = a.source_id.and_then(|s| doc.sources.get(s)).is_some_and(|s| !s.anonymous);
        let Some(cue) = a.cue.filter(|_| named) else { continue };
        let r = doc.tokens_within(cue);
        for x in out.iter_mut().take((r.end + ISSUED_AFTER_CUE).min(n)).skip(r.start) {
            *x = true;
        }
    }
    out
}
