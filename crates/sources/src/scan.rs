//! Mentions that are not attribution sources or actors: recipients, "his source", later short names.

use crate::entity::Entity;
use crate::lexicon::{lexicon, norm};
use crate::occur::Occurrences;
use crate::resolve::Mention;
use hearsay_core::{Doc, Pos, SourceType, Span, SpanSet};
use hearsay_lex::calendar::{MONTHS, TIME_PHRASE};
use hearsay_lex::function::{NAME_PARTICLES, POST_MODIFIERS};
use hearsay_lex::speech::{ADDRESSEE, ATTRIBUTION};
use rustc_hash::FxHashMap;
use std::borrow::Cow;

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// The phrase naming whom a cue was addressed to: "told Task and Purpose", "tells me".
pub fn recipient(doc: &Doc, cue: Option<Span>) -> Option<Span> {
    let cue = cue?;
    let t = &doc.text;
    let last = doc.slice(cue).split_whitespace().last()?.to_lowercase();
    if !ADDRESSEE.contains(&last) {
        return None;
    }
    let rest = t.get(cue.end..)?;
    let start = cue.end + (rest.len() - rest.trim_start_matches([' ', '\t']).len());
    let mut end = start;
    let mut pos = start;
    let mut n = 0;
    for w in t[start..].split(' ') {
        let line_end = w.find('\n');
        let core = w[..line_end.unwrap_or(w.len())].trim_end_matches([',', '.', ';', ':', '"', '”', '’', ')']);
        let cut = core.len() < w.len();
        if n == 0 && matches!(core, "me" | "us") {
            return Some(Span::new(start, start + core.len()));
        }
        let cap = core.chars().next().is_some_and(char::is_uppercase);
        let connective = n > 0 && matches!(core, "and" | "&" | "of") && !cut;
        if !(cap || connective) {
            break;
        }
        if cap {
            end = pos + core.len();
        }
        pos += w.len() + 1;
        n += 1;
        if cut || n >= 6 {
            break;
        }
    }
    (end > start).then(|| Span::new(start, end))
}

/// True when byte `pos` lies in a title, standfirst or body segment.
fn in_prose(doc: &Doc, pos: usize) -> bool {
    doc.segment_at(pos).is_some_and(|i| doc.segments[i].kind.carries_prose())
}

/// "his source", "their sources", "the source": back-references to an anonymous source.
pub fn source_back_references(doc: &Doc, taken: &[Mention]) -> Vec<Span> {
    let t = &doc.text;
    let b = t.as_bytes();
    let taken = SpanSet::new(taken.iter().map(|m| (m.span, 0)));
    let mut out = Vec::new();
    for (at, _) in t.match_indices("source") {
        let mut end = at + "source".len();
        if b.get(end) == Some(&b's') {
            end += 1;
        }
        if b.get(end).is_some_and(|&c| is_word_byte(c)) || (at > 0 && is_word_byte(b[at - 1])) || !in_prose(doc, at) {
            continue;
        }
        // the word before, on the same line (found without walking back to the line's start)
        let head_end = t[..at].trim_end_matches(' ').len();
        let det_start = t[..head_end].rfind([' ', '\n']).map_or(0, |q| q + 1);
        let det = t[det_start..head_end].to_lowercase();
        if !matches!(det.as_ref(), "his" | "her" | "their" | "the" | "that" | "this") {
            continue;
        }
        let span = Span::new(det_start, end);
        if !taken.any_overlapping(span) {
            out.push(span);
        }
    }
    out
}

/// The word before byte `pos` on its line, as `line[..pos].trim_end().rsplit(' ').next()`
/// gives it, found without walking back to the start of the line.
/// The part of speech of the token starting at byte `at` (or holding it).
fn pos_at(doc: &Doc, at: usize) -> Pos {
    let i = doc.tokens.partition_point(|t| t.span.end <= at);
    doc.pos.get(i).copied().unwrap_or_default()
}

fn word_before(t: &str, pos: usize) -> &str {
    let head = t[..pos].trim_end_matches(|c: char| c.is_whitespace() && c != '\n');
    let start = head.rfind([' ', '\n']).map_or(0, |q| q + 1);
    &head[start..]
}

/// Adds later short-name mentions ("Rachman") of named people whose surname is unambiguous.
pub fn surname_mentions(doc: &Doc, ents: &mut [Entity]) {
    let t = &doc.text;
    let b = t.as_bytes();
    let taken = SpanSet::new(ents.iter().flat_map(|e| e.source.mentions.iter().map(|&m| (m, 0))));
    let surnames: Vec<Option<String>> =
        ents.iter().map(|e| e.surname().filter(|s| s.len() >= 3).map(str::to_string)).collect();
    let mut count: FxHashMap<&str, usize> = FxHashMap::default();
    for sn in surnames.iter().flatten() {
        *count.entry(sn.as_ref()).or_default() += 1;
    }
    let unique = |sn: &str| count.get(sn).copied() == Some(1);
    let occ = Occurrences::new(t, surnames.iter().flatten().map(String::as_str).filter(|s| unique(s)));
    for (i, sn) in surnames.iter().enumerate() {
        let Some(sn) = sn else { continue };
        if !unique(sn) {
            continue;
        }
        let first = ents[i].source.mentions.first().map_or(0, |m| m.start);
        let name_words: Vec<String> = ents[i].source.name.iter().flat_map(|n| n.split_whitespace().map(norm)).collect();
        for &p in occ.of(sn) {
            let span = Span::new(p, p + sn.len());
            if span.start < first
                || (span.start > 0 && is_word_byte(b[span.start - 1]))
                || b.get(span.end).is_some_and(|&c| is_word_byte(c))
                || taken.any_overlapping(span)
                || !in_prose(doc, span.start)
            {
                continue;
            }
            // preceded by another capitalised word that is not part of this name or a title: another person
            let prev = word_before(t, span.start);
            let prev_cap = prev.chars().next().is_some_and(char::is_uppercase);
            if prev_cap && !name_words.contains(&norm(prev)) && !lexicon().titles.contains_key(&norm(prev)) {
                continue;
            }
            if ents[i].source.stype == SourceType::Person {
                ents[i].source.mentions.push(span);
            }
        }
        ents[i].source.mentions.sort();
        ents[i].source.mentions.dedup();
    }
}

/// The noun phrase a relative pronoun hangs on: "the AP" in "the AP, which first reported".
pub fn relative_antecedent(doc: &Doc, rel: Span) -> Option<Span> {
    let t = &doc.text;
    let before = t.get(..rel.start)?.trim_end();
    let lx = lexicon();
    // "a man who says": without a comma, only after a person or group noun
    let before = match before.strip_suffix(',') {
        Some(b) => b,
        None => {
            let last = norm(before.rsplit([' ', '\n']).next().unwrap_or(""));
            if !(lx.roles.contains_key(&last) || lx.groups.contains_key(&last)) {
                return None;
            }
            before
        }
    };
    let mut start = before.len();
    let mut n = 0;
    for w in before.rsplit(' ') {
        if w.is_empty()
            || w.contains('\n')
            || (n > 0 && w.ends_with([',', ';', ':', '.', '"', '”']) && !w.ends_with("s."))
        {
            break;
        }
        let l = norm(w);
        let cap = w.chars().next().is_some_and(char::is_uppercase);
        let head = n == 0
            && (lx.org_heads.contains(&l)
                || lx.roles.contains_key(&l)
                || lx.outlet_heads.contains(&l)
                || lx.groups.contains_key(&l)
                || lx.documents.contains(&l));
        let det = n > 0 && matches!(l.as_ref(), "the" | "a" | "an");
        if !(cap || head || det) {
            break;
        }
        start -= w.len() + usize::from(start < before.len());
        n += 1;
        if det || n >= 6 {
            break;
        }
    }
    let span = Span::new(start, before.len());
    (n > 0 && !span.is_empty()).then_some(span)
}

/// Verbs of saying that take a source, beyond the attribution list: verdict verbs.
const VERDICT_VERBS: &[&str] = &[
    "denied",
    "denies",
    "deny",
    "rejected",
    "rejects",
    "disputed",
    "disputes",
    "dismissed",
    "dismisses",
    "refuted",
    "refutes",
    "negated",
    "cited",
    "cites",
    "quoted",
    "quotes",
    "tweeted",
    "tweets",
    "posted",
    "posts",
    "recalled",
    "recalls",
    "complained",
    "complains",
    "countered",
    "counters",
    "conceded",
    "concedes",
    "responded",
    "replied",
];
/// Verbs of the attribution list that take a source only before "that" ("found that").
const THAT_VERBS: &[&str] = &[
    "found",
    "finds",
    "showed",
    "shows",
    "believes",
    "believed",
    "believe",
    "thinks",
    "think",
    "suggested",
    "suggests",
    "concluded",
    "concludes",
    "predicted",
    "predicts",
    "noted",
    "notes",
    "report",
    "reports",
    "claims",
    "claim",
    "states",
    "write",
    "say",
    "tell",
    "warn",
    "add",
    "argue",
    "insist",
];
/// Verbs of belief that take a proposition ("feel that", "were convinced that"); feelings
/// and wishes ("fear", "hope") are no sources (ANNOTATION.md), and "believe" and "think" are
/// in the attribution list already.
const BELIEF_VERBS: &[&str] = &[
    "feel",
    "feels",
    "felt",
    "suspect",
    "suspects",
    "suspected",
    "assume",
    "assumes",
    "assumed",
    "agree",
    "agrees",
    "agreed",
    "understand",
    "understands",
    "understood",
    "realize",
    "realizes",
    "realized",
    "recognize",
    "recognizes",
    "recognized",
    "convinced",
];

/// A verb that takes a source before "that" beyond the attribution list: a verb of saying
/// or arguing of the cue lemmas ("contended", "stressed"), not a request ("asked that"), or
/// a verb of belief ([`BELIEF_VERBS`]).
fn proposition_verb(lw: &str, buf: &mut String) -> bool {
    BELIEF_VERBS.contains(&lw)
        || !matches!(lw, "ask" | "asks" | "asked")
            && hearsay_lex::speech::cue_class(lw, buf) == hearsay_lex::speech::SPEECH_CLASS
}

/// Words allowed between a subject and its verb ("had claimed", "has also said").
const BETWEEN: &[&str] = &[
    "has",
    "have",
    "had",
    "is",
    "was",
    "were",
    "are",
    "would",
    "will",
    "also",
    "previously",
    "later",
    "earlier",
    "then",
    "recently",
    "publicly",
    "repeatedly",
    "once",
    "first",
    "quickly",
    "flatly",
    "initially",
    "did",
    "does",
    "could",
    "can",
    "cannot",
    "not",
    "independently",
    "still",
    "yet",
    "never",
];
/// Verbs that take a verification actor after a negation or modal ("could not verify").
const CHECK_VERBS: &[&str] = &["verify", "confirm", "confirming", "comment", "commenting", "respond", "awaiting"];
/// Words that end a subject phrase on its left.
const SUBJECT_STARTS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "some", "many", "most", "several", "other", "one", "two",
    "three", "all", "both", "few",
];
/// A word before a phrase that makes the phrase something other than a subject.
const NOT_BEFORE: &[&str] =
    &["to", "of", "by", "with", "from", "for", "in", "on", "at", "about", "into", "than", "against", "over", "under"];

/// The words of `t[sp]` split at spaces, newlines and tabs, each with its byte offset.
fn words_at(t: &str, sp: Span) -> Vec<(usize, &str)> {
    let s = &t[sp.start..sp.end];
    let mut ws = Vec::with_capacity(s.len() / 5);
    let mut start = 0;
    // the separators are ASCII bytes, so every cut is a char boundary
    for end in memchr::memchr3_iter(b' ', b'\n', b'\t', s.as_bytes()).chain(std::iter::once(s.len())) {
        if end > start {
            ws.push((sp.start + start, &s[start..end]));
        }
        start = end + 1;
    }
    ws
}

/// A word lowercased without the punctuation around it ("Reuters," -> "reuters"); borrowed
/// when it is lowercase ASCII already.
fn bare(w: &str) -> Cow<'_, str> {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
    if w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(w)
    } else {
        Cow::Owned(w.to_lowercase())
    }
}

/// Speakers the attribution stage missed: the subject of a verb of saying ("Lebanese officials
/// had claimed", "it denied", "ISIS denied reports"), the object of "citing" and of "(as)
/// reported by". Only phrases that name a speaker: a pronoun, a capitalised name, or a phrase
/// ending in a known speaker noun (role, group, document, organization or outlet word).
pub fn missed_speakers(doc: &Doc, taken: &[Mention]) -> Vec<Span> {
    let t = &doc.text;
    let lx = lexicon();
    let taken = SpanSet::new(taken.iter().map(|m| (m.span, 0)));
    // the cues the attribution stage gave a source
    let sourced_cues =
        SpanSet::new(doc.attributions.iter().filter(|a| a.source.is_some()).filter_map(|a| a.cue).map(|c| (c, 0)));
    let mut out: Vec<Span> = Vec::new();
    let mut buf = String::new();
    // the spans of `out` (never overlapping) by start, so that a new one is checked in log time
    let mut found: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    for sent in &doc.sentences {
        let sp = sent.span;
        if sp.end > t.len() || !in_prose(doc, sp.start) {
            continue;
        }
        let ws = words_at(t, sp);
        let mut add = |s: Span, out: &mut Vec<Span>| {
            let clashes = found.range(..s.end).next_back().is_some_and(|(_, &end)| end > s.start);
            if !s.is_empty() && !taken.any_overlapping(s) && !clashes {
                found.insert(s.start, s.end);
                out.push(s);
            }
        };
        for k in 0..ws.len() {
            let (_, w) = ws[k];
            let lw: &str = &bare(w);
            // "citing a security official", "reported by BuzzFeed News"
            // "echoed by aides", "confirmed by the Pentagon"
            // ("echoed and augmented by aides")
            let by_verb = lw == "by"
                && k > 0
                && !ws[k - 1].1.ends_with(|c: char| !c.is_alphanumeric())
                && (BY_VERBS.contains(&bare(ws[k - 1].1).as_ref())
                    || k > 2 && ws[k - 2].1 == "and" && BY_VERBS.contains(&bare(ws[k - 3].1).as_ref()));
            let object = lw == "citing" || by_verb;
            // "Frank cites a celebratory White House memo": a document, a speaker or a name
            if matches!(lw, "cites" | "cited") && !w.ends_with(|c: char| !c.is_alphanumeric()) {
                if let Some(s) = cited_object(&ws, k + 1, lx) {
                    add(s, &mut out);
                }
                continue;
            }
            if object && !w.ends_with([',', '.', ';']) {
                let mut at = k + 1;
                // "citing a security official and a senior political source"
                while let Some(s) = object_phrase(&ws, at) {
                    add(s, &mut out);
                    match Some(ws.partition_point(|(p, _)| *p < s.end)) {
                        Some(n) if ws.get(n).is_some_and(|(_, w)| bare(w) == "and") => at = n + 1,
                        _ => break,
                    }
                }
                continue;
            }
            // "denied reports that", "reports of suspect cases", "despite reports to the contrary"
            // (a noun only: not "This military publication reports that", where a noun or
            // pronoun before it makes it the verb; "local media reports that" stays a noun)
            let noun_reading = || {
                k == 0 || ws[k - 1].1.ends_with(|c: char| !c.is_alphanumeric()) || {
                    let prev: &str = &bare(ws[k - 1].1);
                    matches!(prev, "local" | "media" | "news" | "unconfirmed" | "initial" | "earlier")
                        || !matches!(pos_at(doc, ws[k - 1].0), Pos::Noun | Pos::Propn | Pos::Pron)
                }
            };
            if matches!(lw, "reports" | "report" | "rumors" | "rumours")
                && noun_reading()
                && ws.get(k + 1).is_some_and(|n| matches!(bare(n.1).as_ref(), "that" | "of" | "to"))
                && !w.ends_with(|c: char| !c.is_alphanumeric())
            {
                let mut b = k;
                while b > 0 && k - b < 3 && !ws[b - 1].1.ends_with(|c: char| !c.is_alphanumeric()) {
                    let pl: &str = &bare(ws[b - 1].1);
                    if SUBJECT_STARTS.contains(&pl)
                        || matches!(pl, "local" | "media" | "news" | "unconfirmed" | "initial" | "earlier")
                    {
                        b -= 1;
                    } else {
                        break;
                    }
                }
                let (spos, sw) = ws[b];
                let start = spos + (sw.len() - sw.trim_start_matches(['"', '“', '(']).len());
                add(Span::new(start, ws[k].0 + w.len()), &mut out);
                continue;
            }
            let check = CHECK_VERBS.contains(&lw)
                && k > 0
                && matches!(bare(ws[k - 1].1).as_ref(), "not" | "cannot" | "independently" | "still" | "yet" | "never");
            let that_next = ws.get(k + 1).is_some_and(|n| bare(n.1) == "that");
            let verb = check
                || ATTRIBUTION.contains(lw)
                || VERDICT_VERBS.contains(&lw)
                || that_next && proposition_verb(lw, &mut buf);
            if !verb || w.ends_with(|c: char| !c.is_alphanumeric()) && !w.ends_with([',', '.', ':']) {
                continue;
            }
            // "…, said historian Corlione Vest.": the subject after the verb
            let cue_at = Span::new(ws[k].0, ws[k].0 + w.len());
            if k > 0
                && ws[k - 1].1.ends_with([',', '”', '"'])
                && !w.ends_with(|c: char| !c.is_alphanumeric())
                && !sourced_cues.any_overlapping(cue_at)
                && !ADDRESSEE.contains(lw)
            {
                if let Some(s) = inverted_subject(&ws, k, lx).filter(|&s| !taken.any_overlapping(s)) {
                    add(s, &mut out);
                    continue;
                }
            }
            // "reports", "notes" take a source only before "that", or after "as" ("As The
            // Daily Caller reports, …"; checked once the subject is known)
            let needs_as = THAT_VERBS.contains(&lw) && ws.get(k + 1).is_none_or(|n| bare(n.1) != "that");
            if needs_as && !w.ends_with(',') {
                continue;
            }
            // skip auxiliaries and adverbs back to the subject's last word
            let mut j = k;
            while j > 0 && BETWEEN.contains(&bare(ws[j - 1].1).as_ref()) && !ws[j - 1].1.ends_with([',', '.']) {
                j -= 1;
            }
            if j == 0 || j + 3 < k {
                continue;
            }
            let (lpos, last) = ws[j - 1];
            if last.ends_with(',') && !needs_as && !sourced_cues.any_overlapping(cue_at) {
                // "Anwar Muslim, head of the local government, told"
                if let Some(s) = appositive_subject(&ws, j, lx) {
                    add(s, &mut out);
                }
                continue;
            }
            if last.ends_with(|c: char| !c.is_alphanumeric() && c != ')') {
                continue;
            }
            let ll: &str = &bare(last);
            let last_end = lpos + last.len();
            let span = if crate::mention::is_subject_pronoun(ll) {
                Some(Span::new(
                    lpos + (last.len() - last.trim_start_matches(|c: char| !c.is_alphanumeric()).len()),
                    last_end,
                ))
            } else {
                // not a passive ("HBO's partner on the service is said to be")
                let passive = ws[j..k].iter().any(|(_, w)| matches!(bare(w).as_ref(), "is" | "was" | "were" | "are"));
                (!passive).then(|| modified_subject(&ws, j, lx)).flatten().or_else(|| subject_phrase(&ws, j, lx))
            };
            let Some(span) = span else { continue };
            // the phrase must not be the object of a preposition ("a report by the group said")
            let before = ws[..ws.partition_point(|(p, _)| *p < span.start)].last();
            let before_word = before.map(|(_, w)| bare(w)).unwrap_or_default();
            let before_raw = before.map(|(_, w)| *w).unwrap_or("");
            if NOT_BEFORE.contains(&before_word.as_ref()) && !before_raw.ends_with([',', '.', ';', ':']) {
                continue;
            }
            // "as" opening its clause ("As The Daily Caller reports,"; not "as diverse as the
            // United States,")
            let as_opens = || {
                let b = ws.partition_point(|(p, _)| *p < span.start);
                b > 0 && (b == 1 || ws[b - 2].1.ends_with(|c: char| !c.is_alphanumeric()))
            };
            if needs_as && (before_word != "as" || !as_opens()) {
                continue;
            }
            add(span, &mut out);
        }
    }
    out
}

/// The subject phrase whose last word is `ws[j - 1]`.
fn subject_phrase(ws: &[(usize, &str)], j: usize, lx: &crate::lexicon::Lexicon) -> Option<Span> {
    let (lpos, last) = ws[j - 1];
    let ll: &str = &bare(last);
    let cap = |w: &str| w.trim_start_matches(['"', '“', '(']).chars().next().is_some_and(char::is_uppercase);
    let end = lpos + last.trim_end_matches(|c: char| !c.is_alphanumeric() && c != ')').len();
    let known = lx.roles.contains_key(ll)
        || lx.groups.contains_key(ll)
        || lx.documents.contains(ll)
        || lx.org_heads.contains(ll)
        || lx.outlet_heads.contains(ll)
        || lx.government.contains(ll)
        || lx.outlets.contains(ll);
    let mut start_k = j - 1;
    if cap(last) && !known {
        // a capitalised name: the capitalised run, with "the" and name particles
        if not_name_start(ll) || ll.len() < 2 {
            return None;
        }
        while start_k > 0 {
            let (_, p) = ws[start_k - 1];
            if p.ends_with([',', '.', ';', ':', '"', '”']) && !(p.len() <= 4 && p.ends_with('.')) {
                break;
            }
            let pl: &str = &bare(p);
            if cap(p) && !not_name_start(pl) || pl == "of" || NAME_PARTICLES.contains(pl) {
                start_k -= 1;
            } else if pl == "the" {
                start_k -= 1;
                break;
            } else {
                break;
            }
        }
        if bare(ws[start_k].1) == "of" {
            start_k += 1;
        }
    } else if known {
        // a phrase ending in a speaker noun, back to its determiner (at most five words)
        let mut found_det = false;
        while start_k > 0 && j - start_k < 6 {
            let (_, p) = ws[start_k - 1];
            if p.ends_with([',', '.', ';', ':', '"', '”']) {
                break;
            }
            let pl: &str = &bare(p);
            if NOT_BEFORE.contains(&pl)
                || ATTRIBUTION.contains(pl)
                || VERDICT_VERBS.contains(&pl)
                || pl == "that"
                || pl == "and"
            {
                break;
            }
            start_k -= 1;
            if SUBJECT_STARTS.contains(&pl) || p.ends_with("'s") || p.ends_with("’s") {
                found_det = true;
                if SUBJECT_STARTS.contains(&pl) {
                    break;
                }
            }
        }
        if !found_det && !ll.ends_with('s') && !cap(ws[start_k].1) {
            return None;
        }
    } else {
        return None;
    }
    let (spos, sw) = ws[start_k];
    let start = spos + (sw.len() - sw.trim_start_matches(['"', '“', '(', '‘', '\'']).len());
    (end > start).then(|| Span::new(start, end))
}

/// Whether bare word `l` is a noun that names a speaker (role, group, document, organization
/// or outlet word, "source").
fn speaker_noun(l: &str, lx: &crate::lexicon::Lexicon) -> bool {
    lx.roles.contains_key(l)
        || lx.groups.contains_key(l)
        || lx.documents.contains(l)
        || lx.org_heads.contains(l)
        || lx.outlet_heads.contains(l)
        || matches!(l, "source" | "sources")
}

/// A subject whose head is followed by a post-modifier, ending at `ws[j - 1]` ("a source
/// close to the situation", "residents there", "a spokesman for the ministry", "John Smith
/// of Harvard"): the head at most six words back, nothing between it and `ws[j - 1]` ending
/// in punctuation, and no connective or verb of saying in the modifier.
fn modified_subject(ws: &[(usize, &str)], j: usize, lx: &crate::lexicon::Lexicon) -> Option<Span> {
    let last = j - 1;
    let (lpos, lw) = ws[last];
    // "All sources contacted", "Republicans polled": a speaker noun and a participle
    if last > 0 && bare(lw).ends_with("ed") && !ws[last - 1].1.ends_with(|c: char| !c.is_alphanumeric()) {
        let hl: &str = &bare(ws[last - 1].1);
        if lx.groups.contains_key(hl) || matches!(hl, "sources" | "people") {
            let head = subject_phrase(ws, last, lx)?;
            return Some(Span::new(head.start, lpos + lw.len()));
        }
    }
    // the modifier ends in a content word ("One of the reported incidents": no subject)
    if hearsay_lex::stop::CORPUS.contains(&bare(lw)) && bare(lw) != "there" {
        return None;
    }
    let end = lpos + lw.trim_end_matches(|c: char| !c.is_alphanumeric() && c != ')').len();
    for h in (last.saturating_sub(6)..last).rev() {
        let (_, hw) = ws[h];
        if hw.ends_with(|c: char| !c.is_alphanumeric()) {
            return None;
        }
        let hl: &str = &bare(hw);
        if matches!(hl, "and" | "or" | "that" | "who" | "which" | "but") || ATTRIBUTION.contains(hl) {
            return None;
        }
        let next: &str = &bare(ws[h + 1].1);
        if !POST_MODIFIERS.contains(next) {
            continue;
        }
        let named = capitalised(hw)
            && !NOT_NAME_START.contains(&hl)
            && !SUBJECT_STARTS.contains(&hl)
            && matches!(next, "of" | "at" | "from" | "with")
            && !speaker_noun(hl, lx);
        if !(speaker_noun(hl, lx) || named) {
            continue;
        }
        let head = subject_phrase(ws, h + 1, lx)?;
        return (end > head.end).then(|| Span::new(head.start, end));
    }
    None
}

/// A name with a role appositive before a verb of saying, `ws[j - 1]` ending the appositive
/// with a comma: "Anwar Muslim, head of the local government, [told]", "the governor of the
/// region, Abdiqadir Mohamed Nor, [told]". One part is a capitalised name (at most five
/// words), the other holds a role noun; the first opens its clause.
fn appositive_subject(ws: &[(usize, &str)], j: usize, lx: &crate::lexicon::Lexicon) -> Option<Span> {
    // the appositive: back to the previous comma (at most ten words)
    let mut c1 = j - 1;
    while c1 > 0 && j - c1 <= 10 && !ws[c1 - 1].1.ends_with(',') {
        c1 -= 1;
    }
    if c1 == 0 || j - c1 > 10 || !ws[c1 - 1].1.ends_with(',') {
        return None;
    }
    // the head phrase: back to a clause edge (at most eight words)
    let mut c0 = c1 - 1;
    while c0 > 0 && c1 - c0 <= 8 {
        let (_, p) = ws[c0 - 1];
        if p.ends_with([',', '.', ';', ':', '"', '”']) || matches!(bare(p).as_ref(), "and" | "but" | "while" | "when")
        {
            break;
        }
        c0 -= 1;
    }
    if c1 - c0 > 8
        || (c0 > 0 && !ws[c0 - 1].1.ends_with(|c: char| !c.is_alphanumeric()) && c1 - c0 > 0 && {
            let p: &str = &bare(ws[c0 - 1].1);
            !matches!(p, "and" | "but" | "while" | "when")
        })
    {
        return None;
    }
    let name = |a: usize, b: usize| {
        b - a <= 5
            && ws[a..b].iter().all(|(_, w)| capitalised(w) || NAME_PARTICLES.contains(&bare(w)))
            && !NOT_NAME_START.contains(&bare(ws[a].1).as_ref())
            && !ws[a..b].iter().any(|(_, w)| speaker_noun(&bare(w), lx))
    };
    let role = |a: usize, b: usize| {
        let first: &str = &bare(ws[a].1);
        (SUBJECT_STARTS.contains(&first) || capitalised(ws[a].1) || lx.roles.contains_key(first))
            && ws[a..b].iter().any(|(_, w)| {
                let l: &str = &bare(w);
                lx.roles.contains_key(l) || lx.titles.contains_key(l)
            })
    };
    if !(name(c0, c1) && role(c1, j) || role(c0, c1) && name(c1, j)) {
        return None;
    }
    let (sp, sw) = ws[c0];
    let (ep, ew) = ws[j - 1];
    let start = sp + (sw.len() - sw.trim_start_matches(['"', '“', '(', '‘']).len());
    let end = ep + ew.trim_end_matches(|c: char| !c.is_alphanumeric() && c != ')').len();
    (end > start).then(|| Span::new(start, end))
}

/// The subject after a verb of saying at `ws[k]` that follows a comma or a closing quote
/// ("…, said historian Corlione Vest."): at most seven words up to the end of the clause or
/// a preposition, ending in a capitalised name or a speaker noun.
fn inverted_subject(ws: &[(usize, &str)], k: usize, lx: &crate::lexicon::Lexicon) -> Option<Span> {
    let mut e = None;
    for (i, &(_, w)) in ws.iter().enumerate().skip(k + 1).take(7) {
        let l: &str = &bare(w);
        if i > k + 1 && (NOT_BEFORE.contains(&l) || matches!(l, "that" | "who" | "which" | "and")) {
            e = Some(i);
            break;
        }
        if w.ends_with(|c: char| !c.is_alphanumeric() && c != ')') {
            e = Some(i + 1);
            break;
        }
    }
    let e = e?;
    // after a comma, only a phrase that ends the sentence ("…, said historian Corlione Vest.")
    if ws[k - 1].1.ends_with(',') && !ws[e - 1].1.ends_with('.') {
        return None;
    }
    let first: &str = &bare(ws[k + 1].1);
    if e <= k + 1 || crate::mention::is_subject_pronoun(first) || NOT_NAME_START.contains(&first) {
        return None;
    }
    let s = subject_phrase(ws, e, lx)?;
    // back over role words before a name ("historian Corlione Vest")
    let mut start_k = ws.partition_point(|(p, _)| *p < s.start);
    while start_k > k + 1 && {
        let l: &str = &bare(ws[start_k - 1].1);
        lx.roles.contains_key(l) || SUBJECT_STARTS.contains(&l)
    } {
        start_k -= 1;
    }
    if start_k <= k {
        return None;
    }
    let (sp, sw) = ws[start_k];
    let start = sp + (sw.len() - sw.trim_start_matches(['"', '“', '(', '‘']).len());
    (s.end > start).then(|| Span::new(start, s.end))
}

/// Participles after which "by" introduces the speaker ("reported by BuzzFeed News",
/// "echoed by aides", "confirmed by the Pentagon").
const BY_VERBS: &[&str] = &[
    "reported",
    "echoed",
    "confirmed",
    "denied",
    "disputed",
    "quoted",
    "cited",
    "claimed",
    "alleged",
    "announced",
    "issued",
    "rejected",
    "dismissed",
];

/// The object of "cites" at `ws[k]` when it names a source: up to its last document or
/// speaker noun within six words ("a celebratory White House memo [saying …]", "witnesses").
fn cited_object(ws: &[(usize, &str)], k: usize, lx: &crate::lexicon::Lexicon) -> Option<Span> {
    let (sp, sw) = *ws.get(k)?;
    let mut end = None;
    for &(p, w) in ws.iter().skip(k).take(6) {
        let l: &str = &bare(w);
        if matches!(l, "and" | "that" | "as") || NOT_BEFORE.contains(&l) {
            break;
        }
        if speaker_noun(l, lx) && !hearsay_lex::stop::CORPUS.contains(l) && !SUBJECT_STARTS.contains(&l) {
            end = Some(p + w.trim_end_matches(|c: char| !c.is_alphanumeric()).len());
        }
        if w.ends_with(|c: char| !c.is_alphanumeric()) {
            break;
        }
    }
    let start = sp + (sw.len() - sw.trim_start_matches(['"', '“', '(']).len());
    end.filter(|&e| e > start).map(|e| Span::new(start, e))
}

/// Capitalised words that do not start or make a name (with the calendar's time phrases:
/// [`not_name_start`]).
const NOT_NAME_START: &[&str] = &[
    "but", "and", "or", "so", "then", "when", "while", "if", "as", "after", "before", "i", "we", "he", "she", "it",
    "they", "this", "that", "these", "those", "there", "here", "what", "who", "which", "in", "on", "at", "for",
    "however", "still", "yet", "also", "now", "a", "an", "some", "many",
];

/// A word that does not start or make a name: [`NOT_NAME_START`] or a day or time phrase of
/// the calendar ("Monday", "Today").
fn not_name_start(w: &str) -> bool {
    NOT_NAME_START.contains(&w) || hearsay_lex::calendar::TIME_PHRASE.contains(w)
}

/// The phrase after "citing" or "reported by": up to the first punctuation mark or "and".
fn object_phrase(ws: &[(usize, &str)], k: usize) -> Option<Span> {
    let (spos, sw) = *ws.get(k)?;
    let mut end = spos;
    for (i, &(p, w)) in ws.iter().enumerate().skip(k).take(6) {
        let l: &str = &bare(w);
        if l == "and" || l == "that" || l == "as" || l == "in" || l == "on" {
            break;
        }
        // the phrase ends before a verb, an auxiliary, a preposition or a time word
        // ("quoted by Reuters [said]", "by the Leadership newspaper [yesterday]")
        let in_name = ws.get(i + 1).is_some_and(|(_, n)| capitalised(n));
        let stop = ATTRIBUTION.contains(l)
            || BETWEEN.contains(&l)
            || NOT_BEFORE.contains(&l) && !matches!(l, "of" | "by") && !in_name
            || TIME_PHRASE.contains(l)
            || matches!(l, "late" | "this" | "last" | "next" | "earlier");
        if i > k && stop {
            break;
        }
        end = p + w.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
        if w.ends_with(|c: char| !c.is_alphanumeric()) {
            break;
        }
    }
    let start = spos + (sw.len() - sw.trim_start_matches(['"', '“', '(']).len());
    (end > start).then(|| Span::new(start, end))
}

/// Nouns of saying whose possessor or "from"/"by" object is the speaker ("Apple's claims",
/// "Carson's updated comments", "criticism from Giles, Millis and Harold Doley").
const SAYING_NOUNS: &[&str] = &[
    "claim",
    "claims",
    "comment",
    "comments",
    "remark",
    "remarks",
    "statement",
    "statements",
    "assertion",
    "assertions",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "account",
    "criticism",
    "criticisms",
    "denial",
    "denials",
    "warning",
    "warnings",
    "testimony",
    "announcement",
    "insistence",
    "admission",
    "argument",
    "arguments",
    "prediction",
    "predictions",
];
/// Substrings one of which a sentence must hold for [`nominal_speakers`] to read it: a
/// possessive, "from"/"by" after a saying noun, a poll noun, a relay verb.
const NOMINAL_TRIGGERS: &[&str] = &[
    "'s ",
    "’s ",
    "s' ",
    "s’ ",
    " from ",
    " by ",
    "poll",
    "survey",
    "report",
    "story",
    "article",
    "column",
    "editorial",
    "published",
    "relayed",
    "carried",
    "aired",
    "broadcast",
    "appeared",
];
/// Nouns of a poll ("fell to 10 percent in the latest CNN/ORC poll").
const POLL_NOUNS: &[&str] = &["poll", "polls", "survey", "surveys", "polling"];

/// `w` without surrounding punctuation, lowercased into `buf`, when it is a short ASCII word
/// that starts lowercase (the words [`nominal_speakers`] looks for); `None` otherwise.
fn small_lower<'b>(w: &str, buf: &'b mut [u8; 16]) -> Option<&'b str> {
    let core = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
    let b = core.as_bytes();
    if b.is_empty() || b.len() > buf.len() || !b[0].is_ascii_lowercase() || !core.is_ascii() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..b.len()]).ok()
}

/// Whether `w` starts with a capital letter (after an opening quote or parenthesis).
fn capitalised(w: &str) -> bool {
    w.trim_start_matches(['"', '“', '(', '‘', '\'']).chars().next().is_some_and(char::is_uppercase)
}

/// Speakers named by a noun of saying rather than a verb: the capitalised possessor of a
/// saying noun ("Mitt Romney’s “47 percent” comment", "Apple's claims"), the capitalised
/// names after "<saying noun> from/by" ("criticism from Giles, Millis and Harold Doley"),
/// and polls that results are given "in" ("in the latest CNN/ORC poll", "in national polls").
/// Each look-around is capped at a few words.
pub fn nominal_speakers(doc: &Doc, taken: &[Mention]) -> Vec<Span> {
    let t = &doc.text;
    let lx = lexicon();
    let taken = SpanSet::new(taken.iter().map(|m| (m.span, 0)));
    let mut out: Vec<Span> = Vec::new();
    for sent in &doc.sentences {
        let sp = sent.span;
        if sp.end > t.len() || !in_prose(doc, sp.start) {
            continue;
        }
        // only sentences with a trigger are split into words (cheap substring tests first)
        let st = &t[sp.start..sp.end];
        let opens_view = st.trim_start_matches(['"', '“']).starts_with("For ")
            || st.trim_start_matches(['"', '“']).starts_with("To ");
        if !opens_view && !NOMINAL_TRIGGERS.iter().any(|x| st.contains(x)) {
            continue;
        }
        let ws = words_at(t, sp);
        let add = |s: Span, out: &mut Vec<Span>| {
            if !s.is_empty() && !taken.any_overlapping(s) && !out.iter().any(|o| o.overlaps(s)) {
                out.push(s);
            }
        };
        // "For Jonathan Chait, Williamson is …", "For most Democrats today, the Clinton years
        // remain …", "To Frank, issues …": whose view the sentence gives
        if let Some(s) = view_frame(&ws, lx) {
            add(s, &mut out);
        }
        for k in 0..ws.len() {
            let (p, w) = ws[k];
            // only short lowercase words can be a preposition, a saying noun or a poll noun:
            // checked on a stack copy, without allocating
            let mut buf = [0u8; 16];
            let Some(lw) = small_lower(w, &mut buf) else { continue };
            // "published in Iraq's Al-Sabah newspaper, Rudaw online newspaper and on the
            // Shafaq news agency and were relayed through other media"
            // the verb up to four words back ("published on Aug. 31 in"), no comma between
            let relay = matches!(lw, "in" | "on" | "by" | "through")
                && (k.saturating_sub(4)..k).rev().take_while(|&j| !ws[j].1.ends_with(',')).any(|j| {
                    matches!(
                        bare(ws[j].1).as_ref(),
                        "published" | "relayed" | "carried" | "aired" | "broadcast" | "appeared"
                    )
                } || j + 1 == k && bare(ws[j].1) == "and");
            if relay {
                // "in X newspaper, Y online newspaper and on the Z news agency"
                let mut at = k + 1;
                while let Some(s) = media_phrase(&ws, at, lx) {
                    add(s, &mut out);
                    let mut next = ws.partition_point(|(q, _)| *q < s.end);
                    // "…, Rudaw online newspaper and on the Shafaq news agency"
                    let and = !t[s.end..].starts_with(',')
                        && ws.get(next).is_some_and(|(_, w)| *w == "and")
                        && ws.get(next + 1).is_some_and(|(_, w)| matches!(*w, "on" | "in" | "by"));
                    if and {
                        next += 2;
                    }
                    if !(t[s.end..].starts_with(',') || and) || next >= ws.len() {
                        break;
                    }
                    at = next;
                }
                continue;
            }
            if SAYING_NOUNS.contains(&lw) {
                // the possessor: up to three words back ("Carson’s updated comments")
                for b in (k.saturating_sub(3)..k).rev() {
                    let (bp, bw) = ws[b];
                    let core = bw.trim_end_matches(['"', '“', '”']);
                    let Some(name) = core.strip_suffix("'s").or_else(|| core.strip_suffix("’s")) else {
                        // "the Post's request for comment": a preposition ends the noun phrase
                        if bw.ends_with([',', '.', ';', ':']) || NOT_BEFORE.contains(&bare(bw).as_ref()) {
                            break;
                        }
                        continue;
                    };
                    if !capitalised(name) || not_name_start(&bare(name)) {
                        break;
                    }
                    let mut start_k = b;
                    while start_k > 0 && b - start_k < 4 {
                        let (_, pw) = ws[start_k - 1];
                        if pw.ends_with([',', '.', ';', ':', '"', '”']) && !(pw.len() <= 4 && pw.ends_with('.')) {
                            break;
                        }
                        if capitalised(pw) && !not_name_start(&bare(pw)) {
                            start_k -= 1;
                        } else {
                            break;
                        }
                    }
                    let (sp0, sw0) = ws[start_k];
                    let start = sp0 + (sw0.len() - sw0.trim_start_matches(['"', '“', '(', '‘']).len());
                    add(Span::new(start, bp + name.len()), &mut out);
                    break;
                }
                // the names after "from" / "by"
                if ws.get(k + 1).is_some_and(|(_, n)| matches!(bare(n).as_ref(), "from" | "by"))
                    && !w.ends_with([',', '.'])
                {
                    let mut at = k + 2;
                    let mut n = 0;
                    while n < 4 {
                        let Some(&(_, first)) = ws.get(at) else { break };
                        // "a statement from the Kansas City Health Department"
                        let the_name = bare(first) == "the" && ws.get(at + 1).is_some_and(|(_, n)| capitalised(n));
                        if !the_name && (!capitalised(first) || not_name_start(&bare(first))) {
                            break;
                        }
                        let Some(s) = object_phrase(&ws, at) else { break };
                        add(s, &mut out);
                        n += 1;
                        let next = ws.partition_point(|(q, _)| *q < s.end);
                        let ends_comma = t[s.end..].starts_with(',');
                        match ws.get(next) {
                            Some((_, nw)) if bare(nw) == "and" => at = next + 1,
                            Some(_) if ends_comma => at = next,
                            _ => break,
                        }
                    }
                }
            } else if POLL_NOUNS.contains(&lw) && !w.ends_with('-') {
                // "in (the latest CNN/ORC | national) poll(s)": back to the preposition
                let mut b = k;
                while b > 0 && k - b < 4 && !ws[b - 1].1.ends_with([',', '.', ';', ':']) {
                    let pl: &str = &bare(ws[b - 1].1);
                    if matches!(pl, "in" | "by") {
                        let end = p + w.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
                        add(Span::new(ws[b].0, end), &mut out);
                        break;
                    }
                    if NOT_BEFORE.contains(&pl) || pl == "and" || pl == "that" {
                        break;
                    }
                    b -= 1;
                }
            } else if STORY_NOUNS.contains(&lw)
                && !w.ends_with(|c: char| !c.is_alphanumeric())
                && ws.get(k + 1).is_some_and(|(_, n)| matches!(*n, "in" | "by"))
            {
                // "a report in The Wall Street Journal": the story and the outlet or author
                let at = k + 2 + usize::from(ws.get(k + 2).is_some_and(|(_, n)| *n == "the"));
                let Some(name) = ws
                    .get(at)
                    .filter(|(_, n)| capitalised(n) && !MONTHS.contains(&bare(n)))
                    .and_then(|_| object_phrase(&ws, at))
                else {
                    continue;
                };
                let mut b = k;
                while b > 0 && k - b < 3 && !ws[b - 1].1.ends_with(|c: char| !c.is_alphanumeric()) {
                    let pl: &str = &bare(ws[b - 1].1);
                    if NOT_BEFORE.contains(&pl) || ATTRIBUTION.contains(pl) || matches!(pl, "and" | "that") {
                        break;
                    }
                    b -= 1;
                    if SUBJECT_STARTS.contains(&pl) {
                        break;
                    }
                }
                let (sp0, sw0) = ws[b];
                let start = sp0 + (sw0.len() - sw0.trim_start_matches(['"', '“', '(', '‘']).len());
                add(Span::new(start, name.end), &mut out);
            }
        }
    }
    out
}

/// Nouns of a news story whose outlet or author follows "in"/"by" ("a report in The Wall
/// Street Journal", "an article by Jane Mayer").
const STORY_NOUNS: &[&str] = &["report", "reports", "story", "stories", "article", "articles", "column", "editorial"];

/// The subject pronoun opening a reported clause whose verb is a verification ("Glide said
/// [it] has verified the recording", "he said [he] could not confirm"): the reported
/// clause's speaker, as the verification's actor phrase may name the reporting clause's
/// subject instead. Only a pronoun followed by auxiliaries and adverbs up to the cue.
pub fn content_pronouns(doc: &Doc, taken: &[Mention]) -> Vec<Span> {
    let t = &doc.text;
    let taken = SpanSet::new(taken.iter().map(|m| (m.span, 0)));
    let contents = SpanSet::new(doc.attributions.iter().flat_map(|a| a.content.iter().map(|&c| (c, 0))));
    let mut out = Vec::new();
    let mut seen = rustc_hash::FxHashSet::default();
    for v in &doc.verifications {
        for (c, _) in contents.containing(Span::new(v.cue.start, v.cue.start + 1)) {
            let Some(head) = t.get(c.start..v.cue.start) else { continue };
            let mut words = head.split_whitespace();
            let Some(first) = words.next() else { continue };
            let p = first.trim_start_matches(['"', '“', '‘']).to_lowercase();
            // four words tell "more than three" (a long content costs no more than a short one)
            let rest: Vec<String> = words.take(4).map(|w| w.to_lowercase()).collect();
            if !crate::mention::is_subject_pronoun(&p)
                || rest.len() > 3
                || !rest.iter().all(|w| BETWEEN.contains(&w.as_ref()))
            {
                continue;
            }
            let at = c.start + (first.len() - first.trim_start_matches(['"', '“', '‘']).len());
            let span = Span::new(at, at + p.len());
            if !taken.any_overlapping(span) && seen.insert(span) {
                out.push(span);
            }
        }
    }
    out
}

/// Words after "For" / "To" opening a sentence that are no viewpoint ("For now", "To date").
const NOT_VIEW: &[&str] = &[
    "now", "example", "instance", "years", "months", "weeks", "days", "decades", "date", "be", "this", "that", "the",
    "a", "an", "his", "her", "their", "its", "our", "my", "your", "some", "all", "one", "many", "more", "much",
    "starters", "sure", "his", "what", "why", "how",
];

/// The viewpoint of a sentence opened by "For X," or "To X," (at most five words before the
/// comma): a capitalised name, or a phrase ending in a group noun ("most Democrats today").
fn view_frame(ws: &[(usize, &str)], lx: &crate::lexicon::Lexicon) -> Option<Span> {
    let (_, w0) = *ws.first()?;
    if !matches!(w0.trim_start_matches(['"', '“']), "For" | "To") {
        return None;
    }
    let comma = ws.iter().take(7).position(|(_, w)| w.ends_with(','))?;
    if !(1..=5).contains(&comma)
        || NOT_VIEW.contains(&bare(ws[1].1).as_ref()) && !lx.groups.contains_key(&*bare(ws[2].1))
    {
        return None;
    }
    let phrase = &ws[1..=comma];
    let words: Vec<String> = phrase.iter().map(|(_, w)| bare(w).into_owned()).collect();
    let named = phrase.iter().all(|(_, w)| capitalised(w)) && !words.iter().any(|w| not_name_start(w.as_ref()));
    // "most Democrats today": a group noun among the words, none of them a number or month
    let group =
        words.iter().any(|w| lx.groups.contains_key(w)) && !words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()));
    if !(named || group) || ws.len() < comma + 4 {
        return None;
    }
    let (sp, sw) = phrase[0];
    let (ep, ew) = phrase[phrase.len() - 1];
    let start = sp + (sw.len() - sw.trim_start_matches(['"', '“']).len());
    Some(Span::new(start, ep + ew.trim_end_matches(|c: char| !c.is_alphanumeric()).len()))
}

/// A news medium phrase starting at word `k` ("Iraq's Al-Sabah newspaper", "the Shafaq news
/// agency", "other media"): at most five words up to a comma or "and", ending in an outlet
/// noun or a known outlet name.
fn media_phrase(ws: &[(usize, &str)], k: usize, lx: &crate::lexicon::Lexicon) -> Option<Span> {
    let (sp, sw) = *ws.get(k)?;
    let mut end_k = None;
    for (j, &(_, w)) in ws.iter().enumerate().take(k + 5).skip(k) {
        let l: &str = &bare(w);
        if l == "and" || l == "in" || l == "on" || l == "that" {
            break;
        }
        end_k = Some(j);
        if w.ends_with(|c: char| !c.is_alphanumeric()) {
            break;
        }
    }
    let e = end_k?;
    let last: &str = &bare(ws[e].1);
    let words: Vec<String> = ws[k..=e].iter().map(|(_, w)| bare(w).into_owned()).collect();
    let outlet = lx.outlet_heads.contains(last)
        || last == "media"
        || e > k && lx.outlet_heads.contains(&format!("{} {last}", bare(ws[e - 1].1)))
        || lx.outlets.contains(&norm(&words.join(" ")))
        || lx.outlets.contains(&norm(words.iter().skip(1).cloned().collect::<Vec<_>>().join(" ").as_ref()));
    if !outlet {
        return None;
    }
    let (ep, ew) = ws[e];
    let start = sp + (sw.len() - sw.trim_start_matches(['"', '“', '(']).len());
    Some(Span::new(start, ep + ew.trim_end_matches(|c: char| !c.is_alphanumeric()).len()))
}

/// The left conjunct of a coordinated sentence subject ("The (Iraqi) Ministry of Health and
/// [the World Health Organization] further confirmed"): a capitalised phrase of at most
/// eight words that opens its sentence (after an opening quote) and ends in " and " right
/// before a source or actor phrase.
pub fn coordinated_subjects(doc: &Doc, taken: &[Mention]) -> Vec<Span> {
    let t = &doc.text;
    let set = SpanSet::new(taken.iter().map(|m| (m.span, 0)));
    let mut out: Vec<Span> = Vec::new();
    let mut seen = rustc_hash::FxHashSet::default();
    for m in taken {
        if matches!(m.slot, crate::resolve::Slot::Extra) || m.span.start < 5 {
            continue;
        }
        let Some(before) = t.get(..m.span.start).and_then(|b| b.strip_suffix(" and ")) else { continue };
        let Some(si) = doc.sentence_at(m.span.start) else { continue };
        let sent_start = doc.sentences[si].span.start;
        if sent_start >= before.len() || before.len() - sent_start > 100 {
            continue;
        }
        let Some(left) = t.get(sent_start..before.len()) else { continue };
        let lead = left.len() - left.trim_start_matches(['"', '“', '‘', ' ']).len();
        let phrase = &left[lead..];
        let words: Vec<&str> = phrase.split(' ').collect();
        let ok = !phrase.is_empty()
            && words.len() <= 8
            && words[0].chars().next().is_some_and(char::is_uppercase)
            && !not_name_start(&words[0].to_lowercase())
            && words.iter().all(|w| {
                w.trim_matches(['(', ')']).chars().next().is_some_and(char::is_uppercase)
                    || matches!(*w, "of" | "the" | "for" | "and" | "&")
            })
            && !phrase.contains([',', ';', ':']);
        let span = Span::new(sent_start + lead, before.len());
        if ok && !set.any_overlapping(span) && seen.insert(span) {
            out.push(span);
        }
    }
    out
}

/// The subject of a cue the attribution stage gave no source when the sentence opens with
/// it and a relative clause ("A SCHOOLBOY who was almost killed … claims he now has …"):
/// the phrase before "who", at most five words, ending in a person or group noun or a name.
pub fn relative_subjects(doc: &Doc, taken: &[Mention]) -> Vec<(usize, Span)> {
    let t = &doc.text;
    let lx = lexicon();
    let set = SpanSet::new(taken.iter().map(|m| (m.span, 0)));
    let mut out = Vec::new();
    for (i, a) in doc.attributions.iter().enumerate() {
        let (None, Some(cue)) = (a.source, a.cue) else { continue };
        let Some(si) = doc.sentence_at(cue.start) else { continue };
        let s0 = doc.sentences[si].span.start;
        let Some(head) = t.get(s0..cue.start) else { continue };
        // " who " within the first 60 bytes: only that prefix is searched (a long sentence
        // with many cues costs no more per cue)
        let mut lim = head.len().min(70);
        while !head.is_char_boundary(lim) {
            lim -= 1;
        }
        let Some(w) = head[..lim].find(" who ").filter(|&w| w > 0 && w < 60) else { continue };
        let np = &head[..w];
        let words: Vec<&str> = np.split(' ').collect();
        let last = norm(words.last().copied().unwrap_or(""));
        let known = lx.roles.contains_key(&last) || lx.groups.contains_key(&last);
        let named = words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase));
        if words.len() > 5 || np.contains([',', ';', ':', '"', '“']) || !(known || named) {
            continue;
        }
        let span = Span::new(s0, s0 + w);
        if !set.any_overlapping(span) {
            out.push((i, span));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_at_keeps_offsets_across_runs_of_separators() {
        let t = "x  “Écoute,”\tsaid\n\nthe  mayor ";
        let sp = Span::new(1, t.len());
        let got = words_at(t, sp);
        // what splitting at each separator and dropping empty pieces gives
        let mut want = Vec::new();
        let mut pos = sp.start;
        for w in t[sp.start..sp.end].split([' ', '\n', '\t']) {
            if !w.is_empty() {
                want.push((pos, w));
            }
            pos += w.len() + 1;
        }
        assert_eq!(got, want);
        assert_eq!(got.iter().map(|w| w.1).collect::<Vec<_>>(), ["“Écoute,”", "said", "the", "mayor"]);
        assert!(got.iter().all(|&(p, w)| &t[p..p + w.len()] == w));
    }
}
