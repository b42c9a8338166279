//! The subject phrase of a verb of saying: a capitalised name or a phrase ending in a speaker
//! noun before it, with a post-modifier or an appositive, or inverted after it.

use super::{bare, capitalised, not_name_start, speaker_noun, NOT_BEFORE_SUBJECT, NOT_NAME_START, SUBJECT_STARTS};
use crate::lexicon::Lexicon;
use hearsay_core::Span;
use hearsay_lex::function::{CLAUSE_JOINERS, NAME_PARTICLES, POST_MODIFIERS};
use hearsay_lex::speech::{ATTRIBUTION, VERDICT};
use hearsay_lex::verbs::{AUX_HAVE, AUX_MODAL, FINITE_BE};

/// The subject phrase whose last word is `ws[j - 1]`.
pub(super) fn subject_phrase(ws: &[(usize, &str)], j: usize, lx: &Lexicon) -> Option<Span> {
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
            // ("he has sources who tell him": a verb or a subject pronoun is no part of it)
            if NOT_BEFORE_SUBJECT.contains(pl)
                || AUX_HAVE.contains(pl)
                || FINITE_BE.contains(pl)
                || AUX_MODAL.contains(pl)
                || crate::mention::is_subject_pronoun(pl)
                || ATTRIBUTION.contains(pl)
                || VERDICT.contains(pl)
                || pl == "that"
                || pl == "and"
            {
                break;
            }
            start_k -= 1;
            if SUBJECT_STARTS.contains(pl) || p.ends_with("'s") || p.ends_with("’s") {
                found_det = true;
                if SUBJECT_STARTS.contains(pl) {
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

/// A subject whose head is followed by a post-modifier, ending at `ws[j - 1]` ("a source
/// close to the situation", "residents there", "a spokesman for the ministry", "John Smith
/// of Harvard"): the head at most six words back, nothing between it and `ws[j - 1]` ending
/// in punctuation, and no connective or verb of saying in the modifier.
pub(super) fn modified_subject(ws: &[(usize, &str)], j: usize, lx: &Lexicon) -> Option<Span> {
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
        if hearsay_lex::function::CLAUSE_LINKS.contains(hl) || ATTRIBUTION.contains(hl) {
            return None;
        }
        let next: &str = &bare(ws[h + 1].1);
        if !POST_MODIFIERS.contains(next) {
            continue;
        }
        let named = capitalised(hw)
            && !NOT_NAME_START.contains(hl)
            && !SUBJECT_STARTS.contains(hl)
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
pub(super) fn appositive_subject(ws: &[(usize, &str)], j: usize, lx: &Lexicon) -> Option<Span> {
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
        if p.ends_with([',', '.', ';', ':', '"', '”']) || CLAUSE_JOINERS.contains(&bare(p)) {
            break;
        }
        c0 -= 1;
    }
    if c1 - c0 > 8
        || (c0 > 0 && !ws[c0 - 1].1.ends_with(|c: char| !c.is_alphanumeric()) && c1 - c0 > 0 && {
            let p: &str = &bare(ws[c0 - 1].1);
            !CLAUSE_JOINERS.contains(p)
        })
    {
        return None;
    }
    let name = |a: usize, b: usize| {
        b - a <= 5
            && ws[a..b].iter().all(|(_, w)| capitalised(w) || NAME_PARTICLES.contains(&bare(w)))
            && !NOT_NAME_START.contains(bare(ws[a].1).as_ref())
            && !ws[a..b].iter().any(|(_, w)| speaker_noun(&bare(w), lx))
    };
    let role = |a: usize, b: usize| {
        let first: &str = &bare(ws[a].1);
        (SUBJECT_STARTS.contains(first) || capitalised(ws[a].1) || lx.roles.contains_key(first))
            && ws[a..b].iter().any(|(_, w)| {
                let l: &str = &bare(w);
                lx.roles.contains_key(l) || lx.titles.contains_key(l)
            })
    };
    // "A source linked to the group, the region's main force, [said]": a phrase opened by a
    // determiner holding a speaker noun, then a description of something in it
    let speaker_head = |a: usize, b: usize| {
        b > a
            && SUBJECT_STARTS.contains(bare(ws[a].1).as_ref())
            && ws[a..b].iter().take(3).any(|(_, w)| speaker_noun(&bare(w), lx))
    };
    let description = |a: usize| matches!(bare(ws[a].1).as_ref(), "the" | "a" | "an");
    let end_k = if name(c0, c1) && role(c1, j) || role(c0, c1) && name(c1, j) {
        j
    } else if speaker_head(c0, c1) && description(c1) {
        c1
    } else {
        return None;
    };
    let (sp, sw) = ws[c0];
    let (ep, ew) = ws[end_k - 1];
    let start = sp + (sw.len() - sw.trim_start_matches(['"', '“', '(', '‘']).len());
    let end = ep + ew.trim_end_matches(|c: char| !c.is_alphanumeric() && c != ')').len();
    (end > start).then(|| Span::new(start, end))
}

/// The subject after a verb of saying at `ws[k]` that follows a comma or a closing quote
/// ("…, said historian Corlione Vest."): at most seven words up to the end of the clause or
/// a preposition, ending in a capitalised name or a speaker noun.
pub(super) fn inverted_subject(ws: &[(usize, &str)], k: usize, lx: &Lexicon) -> Option<Span> {
    let mut e = None;
    for (i, &(_, w)) in ws.iter().enumerate().skip(k + 1).take(7) {
        let l: &str = &bare(w);
        if i > k + 1 && (NOT_BEFORE_SUBJECT.contains(l) || matches!(l, "that" | "who" | "which" | "and")) {
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
    if e <= k + 1 || crate::mention::is_subject_pronoun(first) || NOT_NAME_START.contains(first) {
        return None;
    }
    let s = subject_phrase(ws, e, lx)?;
    // back over role words before a name ("historian Corlione Vest")
    let mut start_k = ws.partition_point(|(p, _)| *p < s.start);
    while start_k > k + 1 && {
        let l: &str = &bare(ws[start_k - 1].1);
        lx.roles.contains_key(l) || SUBJECT_STARTS.contains(l)
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
