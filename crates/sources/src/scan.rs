//! Mentions that are not attribution sources or actors: recipients, "his source", later short names.

use crate::entity::Entity;
use crate::lexicon::{lexicon, norm};
use crate::resolve::Mention;
use hearsay_core::{Doc, SourceType, Span};
use hearsay_lex::speech::ADDRESSEE;

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
    let mut out = Vec::new();
    for (at, _) in t.match_indices("source") {
        let mut end = at + "source".len();
        if b.get(end) == Some(&b's') {
            end += 1;
        }
        if b.get(end).is_some_and(|&c| is_word_byte(c)) || (at > 0 && is_word_byte(b[at - 1])) || !in_prose(doc, at) {
            continue;
        }
        let line_start = t[..at].rfind('\n').map_or(0, |q| q + 1);
        let before = t[line_start..at].trim_end_matches(' ');
        let det_start = before.rfind(' ').map_or(line_start, |q| line_start + q + 1);
        let det = t[det_start..line_start + before.len()].to_lowercase();
        if !matches!(det.as_str(), "his" | "her" | "their" | "the" | "that" | "this") {
            continue;
        }
        let span = Span::new(det_start, end);
        if !taken.iter().any(|m| m.span.overlaps(span)) {
            out.push(span);
        }
    }
    out
}

/// Adds later short-name mentions ("Rachman") of named people whose surname is unambiguous.
pub fn surname_mentions(doc: &Doc, ents: &mut [Entity]) {
    let t = &doc.text;
    let b = t.as_bytes();
    let taken: Vec<Span> = ents.iter().flat_map(|e| e.source.mentions.iter().copied()).collect();
    let surnames: Vec<Option<String>> =
        ents.iter().map(|e| e.surname().filter(|s| s.len() >= 3).map(str::to_string)).collect();
    for (i, sn) in surnames.iter().enumerate() {
        let Some(sn) = sn else { continue };
        if surnames.iter().filter(|o| o.as_deref() == Some(sn.as_str())).count() > 1 {
            continue;
        }
        let first = ents[i].source.mentions.first().map_or(0, |m| m.start);
        let name_words: Vec<String> = ents[i].source.name.iter().flat_map(|n| n.split_whitespace().map(norm)).collect();
        for (p, _) in t.match_indices(sn.as_str()) {
            let span = Span::new(p, p + sn.len());
            if span.start < first
                || (span.start > 0 && is_word_byte(b[span.start - 1]))
                || b.get(span.end).is_some_and(|&c| is_word_byte(c))
                || taken.iter().any(|m| m.overlaps(span))
                || !in_prose(doc, span.start)
            {
                continue;
            }
            // preceded by another capitalised word that is not part of this name or a title: another person
            let line_start = t[..span.start].rfind('\n').map_or(0, |q| q + 1);
            let before = t[line_start..span.start].trim_end();
            let prev = before.rsplit(' ').next().unwrap_or("");
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
    let before = before.strip_suffix(',')?;
    let lx = lexicon();
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
                || lx.outlet_heads.contains(&l)
                || lx.groups.contains_key(&l)
                || lx.documents.contains(&l));
        let det = n > 0 && matches!(l.as_str(), "the" | "a" | "an");
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
