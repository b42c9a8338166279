//! Verifications that name whose statements they answer: "it is difficult to assess *North
//! Korea's claims* about the potency of its test", "dismissed *the ministry's reports*". They
//! bear on every claim that source gives, not on the claim of another source that happens to
//! share their sentence (docs/ASSESSMENT.md, "Verifications", rule 0b).

use crate::attach::ClaimView;
use crate::words::{is_claim_noun, is_plural_claim_noun};
use hearsay_core::{Doc, Span};

/// Most words after a verification's cue, within its sentence, read for a possessed claim noun.
const AFTER_CUE: usize = 8;

/// Most capitalised words of a possessor ("North Korea's", "the Justice Department's").
const POSSESSOR_WORDS: usize = 4;

/// The claims (indices into `claims`, in order) that verification `v` names as the statements
/// of one source: a plural noun of [`crate::words::claim_nouns`] after a capitalised possessor that is a
/// source's name or one of its mentions ("North Korea's claims"): every claim of that source;
/// a singular one ("disputed *Hunter's claim*"): the first claim that source gives, the one
/// the article leads with. Claims with a report holding the cue are left out (a verification
/// inside a claim's own quote never bears on it). Empty when the cue names no such source.
pub fn possessed_claims(doc: &Doc, claims: &[ClaimView], v: usize) -> Vec<usize> {
    let cue = doc.verifications[v].cue;
    let Some((source, plural)) = possessor(doc, cue) else { return Vec::new() };
    let own = |c: &ClaimView| {
        c.attrs.iter().any(|&a| {
            let at = &doc.attributions[a];
            at.content.iter().any(|x| x.contains(cue)) || at.cue.is_some_and(|x| x.overlaps(cue))
        })
    };
    let of = claims.iter().enumerate().filter(|(_, c)| c.chain.contains(&source) && !own(c));
    if plural {
        of.map(|(i, _)| i).collect()
    } else {
        of.min_by_key(|(i, c)| (c.start, *i)).map(|(i, _)| i).into_iter().collect()
    }
}

/// The source named as the possessor of a claim noun within [`AFTER_CUE`] words after `cue` in
/// its sentence, and whether the noun is plural.
fn possessor(doc: &Doc, cue: Span) -> Option<(usize, bool)> {
    let end = doc.sentence_at(cue.start).map_or(cue.end, |si| doc.sentences[si].span.end).max(cue.end);
    let text = &doc.text[cue.end..end];
    // words with their byte ranges in `text`
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut start = None;
    for (k, ch) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        let inner = ch.is_alphanumeric() || ch == '\'' || ch == '’' || ch == '-' || ch == '.';
        match (inner, start) {
            (true, None) => start = Some(k),
            (false, Some(s)) => {
                words.push((s, &text[s..k]));
                start = None;
                if words.len() > AFTER_CUE {
                    break;
                }
            }
            _ => {}
        }
    }
    for k in 1..words.len() {
        let noun = words[k].1.to_lowercase();
        let plural = is_plural_claim_noun(&noun);
        let singular = is_claim_noun(&noun) && !plural;
        let Some(last) = words[k - 1].1.strip_suffix("'s").or_else(|| words[k - 1].1.strip_suffix("’s")) else {
            continue;
        };
        if !(plural || singular) || !last.starts_with(char::is_uppercase) {
            continue;
        }
        // the possessor: the capitalised words ending in "'s" ("North Korea's")
        let mut from = k - 1;
        while from > 0 && k - from < POSSESSOR_WORDS && words[from - 1].1.starts_with(char::is_uppercase) {
            from -= 1;
        }
        let name_end = words[k - 1].0 + last.len();
        let name = text[words[from].0..name_end].trim();
        return source_named(doc, name).map(|s| (s, plural));
    }
    None
}

/// The source whose name or one of whose mentions is `name` (case-sensitive, a leading
/// "the" set aside).
fn source_named(doc: &Doc, name: &str) -> Option<usize> {
    let bare = |s: &str| s.trim().trim_start_matches("the ").trim_start_matches("The ").to_string();
    let want = bare(name);
    doc.sources.iter().position(|s| {
        s.name.as_deref().is_some_and(|n| bare(n) == want) || s.mentions.iter().any(|m| bare(doc.slice(*m)) == want)
    })
}
