//! A person first described by a role and named later ("A PGA Tour golfer said he has
//! sources …" … "PGA Tour golfer Dan Olsen went on a radio interview"): the description is
//! the named person's mention (CONVENTIONS.md: cataphora takes the entity, so it is named).

use crate::entity::Entity;
use crate::lexicon::{lexicon, norm};
use crate::occur::Occurrences;
use hearsay_core::{Doc, SourceType};
use hearsay_lex::speech::ANONYMOUS_ROLES;

/// Words of an appositive after a name within which a role noun describes it ("Dan Olsen, a
/// golfer from Michigan").
const ROLE_WORDS_AFTER: usize = 6;

/// Whether the text describes a name occurring at `p..end` with role noun `role`: the word
/// right before it ("golfer Dan Olsen", "golfer, Dan Olsen") or a word of an appositive right
/// after it ("Tim Cook, the CEO of Apple"). With `affiliation` ("Defence Ministry" of "a
/// Defence Ministry spokesman") the description must name it too: "Mike Omeri, the Nigerian
/// government's spokesman" is another spokesman.
fn described_as(t: &str, p: usize, end: usize, role: &str, affiliation: Option<&str>) -> bool {
    let from = t.floor_char_boundary(p.saturating_sub(60));
    let to = t.floor_char_boundary(end + 80);
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
            hearsay_lex::function::ARTICLES.contains(w) || w.ends_with("'s") || w.ends_with("’s")
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
            t[t.floor_char_boundary(window.0)..t.floor_char_boundary(window.1)].to_ascii_lowercase().contains(&a)
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
    // the named people by their first mention, so that each role looks only at the names
    // within NAME_WINDOW bytes of its own first mention (cost linear in the text)
    let mut by_first: Vec<(usize, usize)> = named.iter().map(|&b| (first(&ents[b]), b)).collect();
    by_first.sort_unstable();
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
        let lo = by_first.partition_point(|&(at, _)| at < a0.saturating_sub(NAME_WINDOW));
        let hi = by_first.partition_point(|&(at, _)| at <= a0.saturating_add(NAME_WINDOW));
        let fits: Vec<usize> = by_first[lo..hi]
            .iter()
            .map(|&(_, b)| b)
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
        } else if fits.is_empty() {
            if let Some(b) = lead_name(doc, ents, &named, a) {
                out.push((a, b));
            }
        }
    }
    out
}

/// Bytes from the text's start within which a role description opens a delayed-identification
/// lede ("A lawmaker in the Philippines is calling for …" … "Joey Salceda said").
const LEDE_BYTES: usize = 400;

/// Farthest a named person's first mention may stand from a role's first mention, either
/// way, for [`role_then_name`] to compare them: above the longest news article (PolNeAR's
/// longest text is 34 KB), so only a huge document is cut, and its cost stays linear.
const NAME_WINDOW: usize = 64 * 1024;
/// Bytes after the description within which the lede names the person (in its paragraph or
/// the next, two on from a headline).
const LEDE_NAME_REACH: usize = 600;

/// The person a lede describes by role before naming them ("SEIU chief says …", "The head of
/// the Service Employees International Union is worried …" … "Mary Kay Henry said"): for
/// an unnamed person `a` first mentioned in the text's first [`LEDE_BYTES`] by an indefinite
/// or bare role phrase ("A lawmaker", "SEIU chief") or "the" + role + "of" ("The head of
/// …"), the first named person mentioned after it (within [`LEDE_NAME_REACH`]) when no role
/// of their own is given anywhere. A definite description ("the U.S. presidential candidate")
/// points back, not forward, and is left alone.
fn lead_name(doc: &Doc, ents: &[Entity], named: &[usize], a: usize) -> Option<usize> {
    let e = &ents[a];
    let m0 = *e.source.mentions.first()?;
    if m0.start >= LEDE_BYTES {
        return None;
    }
    let text = doc.slice(m0);
    let lower = text.to_lowercase();
    let definite = ["the ", "this ", "that ", "his ", "her ", "its ", "their "].iter().any(|d| lower.starts_with(d));
    let of_role = lower.strip_prefix("the ").is_some_and(|r| {
        let mut ws = r.split(' ');
        ws.next().is_some_and(|w| lexicon().roles.contains_key(&norm(w))) && ws.next() == Some("of")
    });
    // unnamed officials and spokespeople are most often never named ("a law enforcement
    // official confirmed"): no lede
    let anonymous_role = e.heads.iter().any(|h| ANONYMOUS_ROLES.contains(h.as_str()));
    if definite && !of_role || anonymous_role {
        return None;
    }
    let first = |b: usize| ents[b].source.mentions.first().map_or(usize::MAX, |m| m.start);
    let b = named.iter().copied().filter(|&b| first(b) > m0.start).min_by_key(|&b| first(b))?;
    // a person's full name, opening with a first name ("Mary Kay Henry"; not "Cuba", "The
    // Federalist"), given no role of their own
    // (or one given an age right after it: "Nikolai Kryaglyachenko, 12, had been walking")
    let aged = |n: &str| {
        ents[b].source.mentions.first().is_some_and(|m| {
            let rest = doc.slice(*m).strip_prefix(n).unwrap_or("");
            rest.strip_prefix(", ").is_some_and(|r| {
                let age = r.split([',', ' ']).next().unwrap_or("");
                (1..=3).contains(&age.len()) && age.bytes().all(|c| c.is_ascii_digit())
            })
        })
    };
    let full_name = ents[b].source.name.as_deref().is_some_and(|n| {
        n.split_once(' ').is_some_and(|(f, _)| lexicon().first_names.contains(&norm(f)) || f.len() > 1 && aged(n))
    });
    let fresh = full_name && ents[b].heads.is_empty() && !ents[b].former;
    // named in the description's paragraph or the next one (two on from a headline): a
    // bystander of the opening scene named paragraphs later is someone else
    let (Some(pa), Some(pb)) = (doc.segment_at(m0.start), doc.segment_at(first(b))) else {
        return None;
    };
    let paragraphs = if pa == 0 { 2 } else { 1 };
    (fresh && first(b) - m0.start <= LEDE_NAME_REACH && pb <= pa + paragraphs).then_some(b)
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
