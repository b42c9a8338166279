//! A person first described by a role and named later ("A PGA Tour golfer said he has
//! sources …" … "PGA Tour golfer Dan Olsen went on a radio interview"): the description is
//! the named person's mention (CONVENTIONS.md: cataphora takes the entity, so it is named).

use crate::entity::Entity;
use crate::lexicon::{lexicon, norm};
use crate::occur::Occurrences;
use crate::resolve::floor_char;
use hearsay_core::{Doc, SourceType};

/// Words of an appositive after a name within which a role noun describes it ("Dan Olsen, a
/// golfer from Michigan").
const ROLE_WORDS_AFTER: usize = 6;

/// Whether the text describes a name occurring at `p..end` with role noun `role`: the word
/// right before it ("golfer Dan Olsen", "golfer, Dan Olsen") or a word of an appositive right
/// after it ("Tim Cook, the CEO of Apple"). With `affiliation` ("Defence Ministry" of "a
/// Defence Ministry spokesman") the description must name it too: "Mike Omeri, the Nigerian
/// government's spokesman" is another spokesman.
fn described_as(t: &str, p: usize, end: usize, role: &str, affiliation: Option<&str>) -> bool {
    let from = floor_char(t, p.saturating_sub(60));
    let to = floor_char(t, end + 80);
    let left = &t[from..p];
    // the nearest word that is not part of a longer name ("golfer" before "Dan Olsen" for "Olsen")
    let mut words = left.strip_suffix(' ').unwrap_or("").rsplit([' ', '\n']);
    let mut nearest = words.next().unwrap_or("");
    for _ in 0..2 {
        if nearest.starts_with(char::is_uppercase) && !nearest.ends_with([',', '.']) {
            nearest = words.next().unwrap_or("");
        }
    }
    let nearest = nearest.strip_suffix(',').unwrap_or(nearest);
    let mut window = (p, end);
    let mut found = !nearest.is_empty() && norm(nearest) == role;
    if found {
        window.0 = p - left.len().min(60);
    }
    let right = &t[end..to];
    if !found {
        // an appositive that opens with an article or a possessive ("Tim Cook, the CEO of
        // Apple"; not "a report on DeepDotWeb, Comcast customer representatives have …")
        let appositive = right.strip_prefix(", ").filter(|app| {
            let w = app.split(' ').next().unwrap_or("");
            matches!(w, "the" | "a" | "an") || w.ends_with("'s") || w.ends_with("’s")
        });
        if let Some(app) = appositive {
            let stop = app.find([',', '.', ';', ':', '\n']).unwrap_or(app.len());
            let app = &app[..stop];
            found = app.split(' ').take(ROLE_WORDS_AFTER).any(|w| norm(w) == role);
            window.1 = end + 2 + stop;
        }
    }
    found
        && affiliation.is_none_or(|a| {
            let a = a.to_ascii_lowercase();
            t[floor_char(t, window.0)..floor_char(t, window.1)].to_ascii_lowercase().contains(&a)
        })
}

/// Pairs (unnamed, named) of entities to merge: an unnamed, anonymous person whose mentions
/// end in a role noun of the lexicon ("A PGA Tour golfer", "the CEO"), and the one named person
/// whose first mention comes after it and whom the text describes with that same role
/// noun ([`described_as`], or a role of its mentions); or a named person one of whose mentions
/// holds one of its own ("PGA Tour golfer" in "PGA Tour golfer, Dan Olsen"). When two named
/// people fit, nothing is merged.
pub fn role_then_name(doc: &Doc, ents: &[Entity]) -> Vec<(usize, usize)> {
    let t = &doc.text;
    let lx = lexicon();
    let first = |e: &Entity| e.source.mentions.first().map_or(usize::MAX, |m| m.start);
    let named: Vec<usize> = (0..ents.len())
        .filter(|&i| {
            let s = &ents[i].source;
            s.stype == SourceType::Person && !s.anonymous && s.name.is_some()
        })
        .collect();
    if named.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut occ: Option<Occurrences> = None;
    for (a, e) in ents.iter().enumerate() {
        let s = &e.source;
        if s.stype != SourceType::Person || !s.anonymous || s.name.is_some() || e.former {
            continue;
        }
        let roles: Vec<&String> = e.heads.iter().filter(|h| lx.roles.contains_key(h.as_str())).collect();
        if roles.is_empty() {
            continue;
        }
        let a0 = first(e);
        let occ = occ
            .get_or_insert_with(|| Occurrences::new(t, named.iter().filter_map(|&b| ents[b].source.name.as_deref())));
        // "PGA Tour golfer" inside "PGA Tour golfer, Dan Olsen": the same person
        let nested = |b: usize| {
            s.mentions
                .iter()
                .any(|m| ents[b].source.mentions.iter().any(|n| n.start <= m.start && m.end <= n.end && n != m))
        };
        let fits: Vec<usize> = named
            .iter()
            .copied()
            .filter(|&b| {
                nested(b)
                    || first(&ents[b]) > a0 && {
                        let n = ents[b].source.name.as_deref().unwrap_or("");
                        let aff = e.source.affiliation.as_deref();
                        // the roles of its mentions count for a full name only: a one-word name may be
                        // an outlet or a company read as a person
                        roles.iter().any(|r| {
                            aff.is_none() && n.contains(' ') && ents[b].heads.contains(r)
                                || occ.of(n).iter().any(|&p| described_as(t, p, p + n.len(), r.as_str(), aff))
                        })
                    }
            })
            .collect();
        if let [b] = fits[..] {
            out.push((a, b));
        }
    }
    out
}

/// Moves the mentions and labels of entity `from` into entity `into` (officialness adds up:
/// "the CEO" speaks for the company whatever its name). `from` stays in place, emptied of
/// nothing: the caller removes it and remaps the ids.
pub fn absorb_into(ents: &mut [Entity], from: usize, into: usize) {
    let gone = ents[from].clone();
    let e = &mut ents[into];
    for m in &gone.source.mentions {
        if let Err(i) = e.source.mentions.binary_search(m) {
            e.source.mentions.insert(i, *m);
        }
    }
    e.source.official |= gone.source.official;
    if e.source.role.is_none() {
        e.source.role = gone.source.role;
    }
    if e.source.affiliation.is_none() {
        e.source.affiliation = gone.source.affiliation;
    }
    for h in gone.heads {
        if !e.heads.contains(&h) {
            e.heads.push(h);
        }
    }
    e.last = e.last.max(gone.last);
}
