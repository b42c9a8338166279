//! Features of one source entity for the learned source-type classifier: the rules' labels,
//! and what its naming mention looks like (head noun and its MiniLM word class, first and
//! last word, capitalisation shape, length, determiner, plural, possessive, list hits), the
//! pronouns that refer to it, the cue it takes and the words around it.
//!
//! Every feature is a 64-bit hash ([`FeatHash`]); a template id starts each one. Changing
//! what is hashed here changes the model: bump [`FEATURES`] and retrain.

use crate::lexicon::{lexicon, norm, RoleClass};
use hearsay_core::{Doc, Source, SourceType, Span};
use hearsay_learn::FeatHash;

/// Version of this feature code (enters the model's fingerprint).
pub const FEATURES: &str = "sources features 1: rule labels, head and class, edges, shape, length, determiner, \
plural, possessive, list hits, pronouns, cue and class, according to, for-phrase, next word";

/// Words that open a mention without being its head.
const DETERMINERS: [&str; 13] =
    ["a", "an", "the", "this", "that", "these", "those", "his", "her", "their", "its", "our", "another"];

/// Pronouns that refer to a source (their use tells person, organization or group).
const PRONOUNS: [&str; 14] =
    ["he", "she", "him", "her", "it", "they", "them", "we", "us", "i", "me", "his", "its", "their"];

/// Words that end the head phrase of a mention ("spokesman for X", "officials at X").
const HEAD_END: [&str; 10] = ["of", "for", "at", "with", "from", "in", "who", "which", "that", "on"];

fn type_byte(t: SourceType) -> u8 {
    t as u8
}

/// Words of a mention, outer punctuation trimmed, empty ones dropped.
fn words(s: &str) -> Vec<&str> {
    s.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '&'))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Capitalisation shape of a word: `A` all caps, `C` CamelCase, `X` Title case, `x`
/// lowercase, `d` with a digit, `o` other.
fn shape(w: &str) -> u8 {
    let mut chars = w.chars();
    let first = chars.next().unwrap_or(' ');
    if w.chars().any(|c| c.is_ascii_digit()) {
        return b'd';
    }
    let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() {
        return b'o';
    }
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        return b'A';
    }
    if first.is_uppercase() {
        if chars.any(|c| c.is_uppercase()) {
            b'C'
        } else {
            b'X'
        }
    } else if letters.iter().any(|c| c.is_uppercase()) {
        b'C'
    } else {
        b'x'
    }
}

fn possessive_stem(w: &str) -> (&str, bool) {
    for p in ["'s", "’s", "'", "’"] {
        if let Some(s) = w.strip_suffix(p) {
            if !s.is_empty() {
                return (s, true);
            }
        }
    }
    (w, false)
}

fn is_pronoun(text: &str) -> bool {
    let t = text.trim().to_lowercase();
    PRONOUNS.contains(&t.as_str())
}

/// The mention that names the entity best: its first mention that is not a pronoun (the
/// longest on ties of position), else its first.
fn naming_mention(doc: &Doc, s: &Source) -> Option<Span> {
    let ok =
        |m: &&Span| m.end <= doc.text.len() && doc.text.is_char_boundary(m.start) && doc.text.is_char_boundary(m.end);
    s.mentions.iter().filter(ok).find(|m| !is_pronoun(doc.slice(**m))).or_else(|| s.mentions.iter().find(ok)).copied()
}

/// The hashed features of source `idx` of `doc` (after the rules of the sources stage).
pub fn extract(doc: &Doc, idx: usize, out: &mut Vec<u64>) {
    out.clear();
    let Some(s) = doc.sources.get(idx) else { return };
    let lx = lexicon();
    let f = |t: u32| FeatHash::new(t);
    let rule = (type_byte(s.stype), s.anonymous as u8, s.official as u8);
    out.push(f(0).finish()); // bias
    out.push(f(1).byte(rule.0).finish());
    out.push(f(2).byte(rule.1).finish());
    out.push(f(3).byte(rule.2).finish());
    out.push(f(4).byte(rule.0).byte(rule.1).byte(rule.2).finish());
    out.push(
        f(5).byte(s.name.is_some() as u8).byte(s.role.is_some() as u8).byte(s.affiliation.is_some() as u8).finish(),
    );
    out.push(f(6).byte(s.mentions.len().min(4) as u8).finish());
    if !s.descriptors.is_empty() {
        out.push(f(7).finish());
    }
    // pronouns that refer to it
    for m in s.mentions.iter().filter(|m| m.end <= doc.text.len()) {
        let t = doc.text.get(m.start..m.end).unwrap_or("").trim();
        if t.len() <= 5 && is_pronoun(t) {
            out.push(f(8).bytes(t.to_lowercase().as_bytes()).finish());
        }
    }
    if let Some(name) = &s.name {
        let n = norm(name);
        out.push(
            f(9).byte(lx.outlets.contains(&n) as u8)
                .byte(lx.government.contains(&n) as u8)
                .byte(lx.organizations.contains(&n) as u8)
                .finish(),
        );
    }
    let Some(m) = naming_mention(doc, s) else { return };
    let text = doc.slice(m);
    let ws = words(text);
    if ws.is_empty() {
        return;
    }
    let lower: Vec<String> = ws.iter().map(|w| w.to_lowercase()).collect();
    let n = ws.len();
    out.push(f(10).byte(n.min(6) as u8).finish());
    out.push(f(11).bytes(lower[0].as_bytes()).finish());
    out.push(f(12).bytes(lower[n - 1].as_bytes()).finish());
    // determiner
    let det = DETERMINERS.iter().position(|d| *d == lower[0]).map_or(255, |p| p as u8);
    out.push(f(13).byte(det).finish());
    // shape: up to 4 words, and the whole
    let shapes: Vec<u8> = ws.iter().map(|w| shape(w)).collect();
    let mut sh: Vec<u8> = shapes.iter().take(4).copied().collect();
    sh.dedup();
    out.push(f(14).bytes(&sh).finish());
    let all = |c: u8| shapes.iter().all(|&x| x == c);
    let whole = if all(b'A') {
        1
    } else if all(b'x') {
        2
    } else if shapes.iter().all(|&x| x == b'X' || x == b'A' || x == b'C') {
        3
    } else {
        4
    };
    out.push(f(15).byte(whole).byte(rule.0).finish());
    // head: the last word before a preposition or relative word (after the first word)
    let end = (1..n).find(|&i| HEAD_END.contains(&lower[i].as_str())).unwrap_or(n);
    let (head, poss) = possessive_stem(&lower[end - 1]);
    let head = head.to_string();
    let any_poss = ws.iter().any(|w| possessive_stem(w).1);
    out.push(f(16).bytes(head.as_bytes()).finish());
    out.push(f(17).bytes(head.as_bytes()).byte(rule.0).finish());
    out.push(f(18).byte(poss as u8).byte(any_poss as u8).finish());
    let plural = head.len() > 3 && head.ends_with('s') && !head.ends_with("ss");
    out.push(f(19).byte(plural as u8).byte(shapes[end - 1]).finish());
    if let Some(c) = hearsay_lex::clusters::lookup(&head) {
        out.push(f(20).u64(c.fine as u64).finish());
        out.push(f(21).u64(c.coarse as u64).finish());
        out.push(f(22).u64(c.fine as u64).byte(plural as u8).finish());
    } else {
        out.push(f(20).bytes(b"?").byte(shapes[end - 1]).finish());
    }
    // list hits
    let whole_norm = norm(&ws[det.min(1) as usize..].join(" "));
    let head_phrase = norm(&ws[..end].join(" "));
    out.push(
        f(23)
            .byte(lx.outlets.contains(&whole_norm) as u8)
            .byte(lx.government.contains(&whole_norm) as u8)
            .byte(lx.organizations.contains(&whole_norm) as u8)
            .finish(),
    );
    out.push(
        f(24)
            .byte(
                lx.outlets.contains(&head_phrase) as u8 | (ws.iter().any(|w| lx.outlets.contains(&norm(w))) as u8) << 1,
            )
            .byte(ws.iter().any(|w| lx.government.contains(&norm(w))) as u8)
            .byte(ws.iter().any(|w| lx.organizations.contains(&norm(w))) as u8)
            .finish(),
    );
    let first_name = ws.iter().any(|w| lx.first_names.contains(&norm(w)) && shape(w) == b'X');
    out.push(f(25).byte(first_name as u8).byte(whole).finish());
    let class_byte = |c: Option<&RoleClass>| c.map_or(0, |c| *c as u8 + 1);
    let title = ws.iter().map(|w| norm(w)).find_map(|w| lx.titles.get(&w).copied());
    out.push(f(26).byte(class_byte(title.as_ref())).finish());
    let hn = norm(&head);
    let singular = hn.strip_suffix('s').unwrap_or(&hn).to_string();
    let hit = |set: &rustc_hash::FxHashSet<String>| set.contains(&hn) || set.contains(&singular);
    out.push(
        f(27)
            .byte(class_byte(lx.roles.get(&hn).or(lx.roles.get(&singular))))
            .byte(class_byte(lx.groups.get(&hn).or(lx.groups.get(&singular))))
            .byte(hit(&lx.org_heads) as u8)
            .byte(hit(&lx.outlet_heads) as u8)
            .byte(hit(&lx.documents) as u8)
            .finish(),
    );
    if let Some(t) = hearsay_lex::clusters::lookup(&hn).and_then(|c| lx.class_types.get(&c.fine)) {
        out.push(f(28).byte(type_byte(*t)).finish());
    }
    // "spokesman for X": the head before "for"/"of" and the shape after it
    if end < n {
        out.push(f(29).bytes(lower[end].as_bytes()).byte(shapes.get(end + 1).copied().unwrap_or(0)).finish());
    }
    // context: "according to" before, the next word after, inside quotes
    let before = doc.text[..m.start].trim_end();
    let cut = before.len().saturating_sub(12);
    if before.is_char_boundary(cut) && before[cut..].eq_ignore_ascii_case("according to") {
        out.push(f(30).finish());
    }
    let next = doc.text[m.end..].split_whitespace().next().unwrap_or("").to_lowercase();
    out.push(f(31).bytes(next.trim_matches(|c: char| !c.is_alphanumeric()).as_bytes()).finish());
    // the cue it takes (its first attribution), and its word class
    if let Some(cue) = doc.attributions.iter().filter(|a| a.source_id == Some(idx)).find_map(|a| a.cue) {
        let c = doc.text.get(cue.start..cue.end).unwrap_or("").to_lowercase();
        let last = c.split_whitespace().last().unwrap_or("");
        out.push(f(32).bytes(last.as_bytes()).finish());
        if let Some(k) = hearsay_lex::clusters::lookup(last) {
            out.push(f(33).u64(k.coarse as u64).byte(rule.0).finish());
        }
    } else {
        out.push(f(32).bytes(b"-").finish());
    }
    if doc.verifications.iter().any(|v| v.actor_id == Some(idx)) {
        out.push(f(34).finish());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_tell_caps_camel_title_and_lowercase() {
        assert_eq!(shape("NATO"), b'A');
        assert_eq!(shape("McCain"), b'C');
        assert_eq!(shape("eBay"), b'C');
        assert_eq!(shape("Reuters"), b'X');
        assert_eq!(shape("officials"), b'x');
        assert_eq!(shape("2016"), b'd');
        assert_eq!(possessive_stem("Obama's"), ("Obama", true));
        assert_eq!(words("“the spokesman,”"), vec!["the", "spokesman"]);
    }
}
