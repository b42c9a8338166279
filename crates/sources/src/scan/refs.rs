//! References around the attribution stage's sources: whom a cue was addressed to, "his
//! source", later surnames, relative antecedents, and subjects the stage left out (a
//! coordinated left conjunct, a subject before "who", the pronoun opening a reported clause).

use super::{in_prose, is_word_byte, not_name_start, SUBJECT_VERB_GAP};
use crate::entity::Entity;
use crate::lexicon::{lexicon, norm};
use crate::occur::Occurrences;
use crate::resolve::Mention;
use hearsay_core::{Doc, SourceType, Span, SpanSet};
use hearsay_lex::speech::ADDRESSEE;
use rustc_hash::FxHashMap;

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
    // "a man who says", "a note that reads": without a comma, only after a person, group or
    // document noun
    let before = match before.strip_suffix(',') {
        Some(b) => b,
        None => {
            let last = norm(before.rsplit([' ', '\n']).next().unwrap_or(""));
            if !(lx.roles.contains_key(&last) || lx.groups.contains_key(&last) || lx.documents.contains(&last)) {
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
                || !rest.iter().all(|w| SUBJECT_VERB_GAP.contains(w.as_ref()))
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

/// The left conjunct of a coordinated subject ("The (Iraqi) Ministry of Health and [the World
/// Health Organization] further confirmed"): a phrase of at most eight words that ends in " and "
/// right before a source or actor phrase (or one of `heads`, speakers the scans found) and
/// opens its sentence (after an opening quote) or follows a comma ("…, who grew up in London,
/// the BBC and the Washington Post newspaper reported"; sources v2 train sets a and f). The
/// phrase is a capitalised name ("the BBC" with its article): unnamed coordinations are one
/// span (CONVENTIONS.md).
pub fn coordinated_subjects(doc: &Doc, taken: &[Mention], heads: &[Span]) -> Vec<Span> {
    let t = &doc.text;
    let set = SpanSet::new(taken.iter().map(|m| (m.span, 0)));
    let mut out: Vec<Span> = Vec::new();
    let mut seen = rustc_hash::FxHashSet::default();
    let spans = taken
        .iter()
        .filter(|m| !matches!(m.slot, crate::resolve::Slot::Extra))
        .map(|m| m.span)
        .chain(heads.iter().copied());
    for sp in spans {
        if sp.start < 5 {
            continue;
        }
        let Some(before) = t.get(..sp.start).and_then(|b| b.strip_suffix(" and ")) else { continue };
        let Some(si) = doc.sentence_at(sp.start) else { continue };
        let sent_start = doc.sentences[si].span.start;
        if sent_start >= before.len() {
            continue;
        }
        // the clause start: the sentence's, or just after the last comma before the "and"
        let from = before.len().saturating_sub(100).max(sent_start);
        let from = t.floor_char_boundary(from);
        let (start, after_comma) = match t[from..before.len()].rfind(", ") {
            Some(c) => (from + c + 2, true),
            None if before.len() - sent_start <= 100 => (sent_start, false),
            None => continue,
        };
        let Some(left) = t.get(start..before.len()) else { continue };
        let lead = left.len() - left.trim_start_matches(['"', '“', '‘', ' ']).len();
        let phrase = &left[lead..];
        let words: Vec<&str> = phrase.split(' ').collect();
        if phrase.is_empty() || words.len() > 8 || phrase.contains([',', ';', ':']) {
            continue;
        }
        let name_word = |w: &&str| {
            w.trim_matches(['(', ')']).chars().next().is_some_and(char::is_uppercase)
                || matches!(*w, "of" | "the" | "for" | "and" | "&")
        };
        // "the BBC": a name after its article (after a comma only: a sentence opens capitalised)
        let body = if after_comma { words.strip_prefix(&["the"][..]).unwrap_or(&words[..]) } else { &words[..] };
        let named = !body.is_empty()
            && body[0].chars().next().is_some_and(char::is_uppercase)
            && !not_name_start(&body[0].to_lowercase())
            && body.iter().all(name_word);
        let span = Span::new(start + lead, before.len());
        if named && !set.any_overlapping(span) && seen.insert(span) {
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
