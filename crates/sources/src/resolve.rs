//! Groups mentions into entities: names and short names, definite descriptions, pronouns.

use crate::entity::Entity;
use crate::lexicon::{lexicon, norm};
use crate::mention::{analyze, MentionInfo, Pronoun, Reference};
use hearsay_core::{AttributionKind, Doc, SourceType, Span};

/// Where a mention came from, so its entity id can be written back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    /// `doc.attributions[i].source`.
    Source(usize),
    /// `doc.attributions[i]` recipient.
    Recipient(usize),
    /// `doc.verifications[i].actor`.
    Actor(usize),
    /// A mention found elsewhere ("his source").
    Extra,
}

/// One mention to resolve.
#[derive(Clone, Debug)]
pub struct Mention {
    /// Where it is.
    pub span: Span,
    /// Where to write its entity.
    pub slot: Slot,
}

/// Byte offset `i` moved down to a char boundary of `s`.
pub fn floor_char(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The rest of the mention's clause: up to the sentence end or the cue, at most 160 bytes.
fn after_context(doc: &Doc, span: Span, stop: Option<usize>) -> &str {
    let t = &doc.text;
    let mut end = doc.sentence_at(span.start).map_or(span.end, |i| doc.sentences[i].span.end).max(span.end);
    if let Some(s) = stop.filter(|&s| s >= span.end) {
        end = end.min(s);
    }
    let end = floor_char(t, end.min(span.end + 160));
    t.get(span.end..end).unwrap_or("")
}

/// Resolves every non-pronoun mention into `ents` (pass 1); returns each mention's entity
/// (`None` for pronouns) and what each mention says.
pub fn resolve(doc: &Doc, mentions: &[Mention], ents: &mut Vec<Entity>) -> (Vec<Option<usize>>, Vec<MentionInfo>) {
    let mut out = vec![None; mentions.len()];
    let infos: Vec<MentionInfo> = mentions
        .iter()
        .map(|m| {
            let stop = match m.slot {
                Slot::Source(i) => doc.attributions[i].cue.map(|c| c.start),
                Slot::Actor(i) => Some(doc.verifications[i].cue.start),
                _ => None,
            };
            analyze(doc.slice(m.span), after_context(doc, m.span, stop))
        })
        .collect();
    // pass 1: names and descriptions, in text order
    for (k, m) in mentions.iter().enumerate() {
        let info = &infos[k];
        if matches!(info.reference, Reference::Pronoun(_)) {
            continue;
        }
        if let Some(e) = ents.iter().position(|e| e.source.mentions.contains(&m.span)) {
            ents[e].absorb(info, m.span);
            out[k] = Some(e);
            continue;
        }
        let found = match info.reference {
            Reference::Definite => antecedent_of_description(ents, info, m.span.start),
            _ => same_name(ents, info),
        };
        out[k] = Some(match found {
            Some(e) => {
                ents[e].absorb(info, m.span);
                e
            }
            None => {
                ents.push(Entity::new(info, m.span));
                ents.len() - 1
            }
        });
    }
    (out, infos)
}

/// An earlier entity a name refers to: same name, or a short name of it ("Rachman").
pub fn same_name(ents: &[Entity], info: &MentionInfo) -> Option<usize> {
    if let Some(name) = &info.name {
        let n = norm(name);
        let n = n.strip_prefix("the ").unwrap_or(&n).to_string();
        let last = n.rsplit(' ').next().unwrap_or(&n).to_string();
        return ents.iter().rposition(|e| {
            let Some(en) = e.source.name.as_deref() else {
                return false;
            };
            let en = norm(en);
            let en = en.strip_prefix("the ").unwrap_or(&en);
            if en == n {
                return true;
            }
            let person = info.stype == SourceType::Person && e.source.stype == SourceType::Person;
            let elast = en.rsplit(' ').next().unwrap_or(en);
            person && elast == last && (!n.contains(' ') || !en.contains(' '))
        });
    }
    // the same unnamed document or group phrase again ("a report" … "a report")
    if matches!(info.stype, SourceType::Document) && info.anonymous {
        return ents.iter().rposition(|e| {
            e.source.stype == info.stype && e.source.anonymous && e.heads.iter().any(|h| info.heads.contains(h))
        });
    }
    None
}

/// The entity a definite description points back to ("the spokesman", "This military publication", "his source").
pub fn antecedent_of_description(ents: &[Entity], info: &MentionInfo, before: usize) -> Option<usize> {
    let lx = lexicon();
    let head = info.heads.first()?;
    let mut best: Option<usize> = None;
    for (i, e) in ents.iter().enumerate() {
        if e.last > before {
            continue;
        }
        let ok = if lx.outlet_heads.contains(head) && info.stype == SourceType::Outlet {
            e.source.stype == SourceType::Outlet
        } else if head == "source" || head == "sources" {
            e.source.anonymous && e.heads.iter().any(|h| h == "source" || h == "sources")
        } else {
            e.heads.contains(head) && e.source.stype == info.stype
        };
        if ok && best.is_none_or(|b| ents[b].last <= e.last) {
            best = Some(i);
        }
    }
    let other_role = lx.roles.get(head).is_none_or(|&c| c == crate::lexicon::RoleClass::Other);
    if best.is_none() && info.stype == SourceType::Person && other_role && !UNLINKED_ROLES.contains(&head.as_str()) {
        // a role noun no earlier mention carried ("the candidate", "the retired neurosurgeon"):
        // the named person mentioned last, when recent
        best = ents
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                e.source.stype == SourceType::Person
                    && e.source.name.is_some()
                    && e.last <= before
                    && before - e.last < 1500
            })
            .max_by_key(|(_, e)| e.last)
            .map(|(i, _)| i);
    }
    best
}

/// Role nouns that usually introduce someone new rather than point back to a named person.
const UNLINKED_ROLES: &[&str] = &[
    "source",
    "sources",
    "official",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "person",
    "aide",
    "witness",
    "officer",
    "staffer",
    "adviser",
    "advisor",
    "insider",
];

/// The entity a pronoun at `pos` refers to.
pub fn antecedent_of_pronoun(ents: &[Entity], p: Pronoun, pos: usize, speaker: Option<usize>) -> Option<usize> {
    if p == Pronoun::First {
        return speaker;
    }
    let fits = |e: &Entity| match p {
        Pronoun::Person | Pronoun::Relative => e.source.stype == SourceType::Person,
        Pronoun::Plural => matches!(e.source.stype, SourceType::Group | SourceType::Organization),
        Pronoun::Thing => {
            matches!(e.source.stype, SourceType::Organization | SourceType::Outlet | SourceType::Document)
        }
        Pronoun::First => false,
    };
    let mut best: Option<(usize, usize, bool)> = None;
    for (i, e) in ents.iter().enumerate() {
        let Some(&m) = e.source.mentions.iter().filter(|m| m.start < pos).max_by_key(|m| m.start) else {
            continue;
        };
        if !fits(e) {
            continue;
        }
        let named = e.source.name.is_some();
        let better = match best {
            None => true,
            Some((_, bm, bn)) => {
                (named && !bn && bm < m.start + 400) || (m.start > bm && (named || !bn || m.start > bm + 400))
            }
        };
        if better {
            best = Some((i, m.start, named));
        }
    }
    best.map(|b| b.0)
}

/// The direct or mixed attribution whose quoted content holds `pos`, innermost first.
pub fn quoting_attribution(doc: &Doc, pos: usize) -> Option<usize> {
    doc.attributions
        .iter()
        .enumerate()
        .filter(|(_, a)| matches!(a.kind, AttributionKind::Direct | AttributionKind::Mixed))
        .filter(|(_, a)| a.content.iter().any(|c| c.start <= pos && pos < c.end))
        .min_by_key(|(_, a)| a.content.iter().map(|c| c.len()).sum::<usize>())
        .map(|(i, _)| i)
}
