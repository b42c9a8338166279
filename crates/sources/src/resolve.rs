//! Groups mentions into entities: names and short names, definite descriptions, pronouns.

use crate::entity::Entity;
use crate::lexicon::{lexicon, norm};
use crate::mention::{analyze, MentionInfo, Pronoun, Reference};
use crate::names::NameIndex;
use hearsay_core::{AttributionKind, Doc, SourceType, Span, SpanSet};
use hearsay_lex::speech::UNLINKED_ROLES;
use std::collections::BTreeSet;

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

/// The rest of the mention's clause: up to the sentence end or the cue, at most 160 bytes.
fn after_context(doc: &Doc, span: Span, stop: Option<usize>) -> &str {
    let t = &doc.text;
    let mut end = doc.sentence_at(span.start).map_or(span.end, |i| doc.sentences[i].span.end).max(span.end);
    if let Some(s) = stop.filter(|&s| s >= span.end) {
        end = end.min(s);
    }
    let end = t.floor_char_boundary(end.min(span.end + 160));
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
            let info = analyze(doc.slice(m.span), after_context(doc, m.span, stop));
            match surname_role(doc, m.span, &info) {
                Some(name) => MentionInfo {
                    name: Some(name),
                    stype: SourceType::Person,
                    anonymous: false,
                    role: None,
                    reference: Reference::Fresh,
                    heads: Vec::new(),
                    ..info
                },
                None => info,
            }
        })
        .collect();
    // pass 1: names and descriptions, in text order
    let mut index = NameIndex::new(ents);
    for (k, m) in mentions.iter().enumerate() {
        let info = &infos[k];
        if matches!(info.reference, Reference::Pronoun(_)) {
            continue;
        }
        let e = match index.holding(m.span) {
            Some(e) => {
                ents[e].absorb(info, m.span);
                e
            }
            None => {
                let found = match info.reference {
                    Reference::Definite => index.antecedent_of_description(ents, &doc.text, info, m.span.start),
                    _ => index.same_name(info),
                };
                // "the campaign manager" after "Carson campaign manager Barry Bennett", a
                // phrase no source mention carried: that person, by name
                let named = found
                    .is_none()
                    .then(|| named_description(&doc.text, info, m.span.start))
                    .flatten()
                    .map(|name| MentionInfo { name: Some(name), anonymous: false, ..info.clone() });
                match (found, named) {
                    // "Israel said" after "Rep. Steve Israel": the person's surname, not the body
                    (Some(e), _)
                        if ents[e].source.stype == SourceType::Person && info.stype == SourceType::Organization =>
                    {
                        let person = MentionInfo {
                            stype: SourceType::Person,
                            official: false,
                            heads: Vec::new(),
                            ..info.clone()
                        };
                        ents[e].absorb(&person, m.span);
                        e
                    }
                    (Some(e), _) => {
                        ents[e].absorb(info, m.span);
                        e
                    }
                    (None, Some(named)) => match index.same_name(&named) {
                        Some(e) => {
                            ents[e].absorb(&named, m.span);
                            e
                        }
                        None => {
                            ents.push(Entity::new(&named, m.span));
                            ents.len() - 1
                        }
                    },
                    (None, None) => {
                        ents.push(Entity::new(info, m.span));
                        ents.len() - 1
                    }
                }
            }
        };
        index.update(e, &ents[e]);
        index.hold(e, m.span);
        out[k] = Some(e);
    }
    (out, infos)
}

/// A one-word capitalised role noun that the text gave before as a person's surname
/// ("Rep. Duncan D. Hunter" … "“…,” Hunter told Fox News"; "hunter" is also a role): that
/// name. Looks back at most [`SALIENCE_REACH`] bytes.
fn surname_role(doc: &Doc, span: Span, info: &MentionInfo) -> Option<String> {
    let word = doc.slice(span).trim();
    let cap = word.starts_with(|c: char| c.is_uppercase()) && word.chars().skip(1).all(|c| c.is_lowercase());
    if info.name.is_some() || info.stype != SourceType::Person || !cap || word.len() < 3 {
        return None;
    }
    let text = &doc.text;
    let from = text.floor_char_boundary(span.start.saturating_sub(SALIENCE_REACH));
    let window = &text[from..text.floor_char_boundary(span.start)];
    window
        .match_indices(word)
        .any(|(k, _)| {
            let end = k + word.len();
            let bounded = !window[end..].starts_with(|c: char| c.is_alphanumeric());
            // the word before: a capitalised name or initial, not a determiner or a sentence end
            let before = &window[..k];
            let prev = before.strip_suffix(' ').and_then(|b| b.rsplit([' ', '\n']).next()).unwrap_or("");
            let title = prev
                .strip_suffix('.')
                .is_some_and(|t| t.len() == 1 || hearsay_lex::titles::TITLE_ABBREVIATIONS.contains(&t.to_lowercase()));
            let name_word = prev.starts_with(|c: char| c.is_uppercase())
                && prev.chars().all(char::is_alphabetic)
                && !hearsay_lex::stop::CORPUS.contains(&prev.to_lowercase());
            bounded && (title || name_word)
        })
        .then(|| word.to_string())
}

/// The name the text gives right after the latest use of a definite person description's
/// role noun within [`DESCRIPTION_REACH`] before `before` ("the commissioner" … "NHL
/// commissioner Gary Bettman", "the president" … "President Obama"), when no source mention
/// carried it, with the description's modifiers ("the Home Secretary" is not "Foreign
/// Secretary Philip Hammond"). Not a longer title ("Vice President Joe Biden" for "the
/// president"), not a former holder, and not a name the lists know as an organization or outlet.
pub fn named_description(text: &str, info: &MentionInfo, before: usize) -> Option<String> {
    if info.stype != SourceType::Person || info.name.is_some() {
        return None;
    }
    let head = info.heads.first()?;
    if head.len() < 3 || matches!(head.as_str(), "source" | "person" | "man" | "woman") {
        return None;
    }
    let lx = lexicon();
    let before = text.floor_char_boundary(before);
    let from = text.floor_char_boundary(before.saturating_sub(DESCRIPTION_REACH));
    let window = text[from..before].to_ascii_lowercase();
    // the words before the head in the description ("Home" in "the Home Secretary", "Mueller
    // family" in "the Mueller family spokesperson") must come before it in the text too
    let role = info.role.as_deref().map(str::to_ascii_lowercase).unwrap_or_default();
    let modifier = role.strip_suffix(head.as_str()).unwrap_or("").trim();
    for (k, _) in window.rmatch_indices(head.as_str()) {
        if !window[..k].trim_end().ends_with(modifier) {
            continue;
        }
        let (at, end) = (from + k, from + k + head.len());
        if text[..at].ends_with(|c: char| c.is_alphanumeric() || c == '-')
            || text[end..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
        {
            continue;
        }
        // the word before: a longer title or a former office
        let prev = text[..at].trim_end_matches(' ').rsplit([' ', '\n']).next().unwrap_or("");
        let prev_l = norm(prev);
        let longer =
            lx.titles.contains_key(&format!("{prev_l} {head}")) || lx.roles.contains_key(&format!("{prev_l} {head}"));
        if longer || matches!(prev_l.as_str(), "former" | "ex" | "then" | "late" | "retired") {
            continue;
        }
        let Some(rest) = text[end..].strip_prefix(' ') else { continue };
        let mut name: Vec<&str> = Vec::new();
        for w in rest.split([' ', '\n']).take(3) {
            let bare = w.trim_end_matches([',', ';', ':', ')', '.']);
            let bare = ["'s", "’s"].iter().find_map(|x| bare.strip_suffix(x)).unwrap_or(bare);
            let word = bare.len() > 1
                && bare.starts_with(|c: char| c.is_uppercase())
                && bare.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'));
            if !word {
                break;
            }
            name.push(bare);
            // a name ends at its punctuation or possessive ("Bennett's", "Bettman,")
            if bare.len() != w.len() && !(w.len() == 2 && w.ends_with('.')) {
                break;
            }
        }
        let Some(first) = name.first() else { continue };
        let first_l = norm(first);
        if hearsay_lex::stop::CORPUS.contains(&first_l)
            || hearsay_lex::calendar::MONTHS.contains(&first_l)
            || hearsay_lex::calendar::TIME_PHRASE.contains(&first_l)
        {
            continue;
        }
        let name = name.join(" ");
        if crate::mention::name_type(&name).is_some() || lx.titles.contains_key(&first_l) {
            continue;
        }
        return Some(name);
    }
    None
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

/// Bytes back a document description looks for a named document of another head.
const DOCUMENT_REACH: usize = 2000;

/// The latest named document mentioned before `before` (within [`DOCUMENT_REACH`]): what a
/// document description with no same-head antecedent points back to ("the study" after "A
/// report by the Brookings Institution"). A description with an owner of its own (`owner`:
/// its affiliation, "*Apple's* previous statements") points back only to a document of that
/// owner, never to another's ("Sanders' fundraising email").
pub(crate) fn recent_named_document(ents: &[Entity], before: usize, owner: Option<&str>) -> Option<usize> {
    let near = |e: &Entity| e.last <= before && before - e.last <= DOCUMENT_REACH;
    let named_doc = |e: &Entity| {
        e.source.stype == SourceType::Document
            && !e.source.anonymous
            && owner.is_none_or(|o| e.source.affiliation.as_deref() == Some(o))
    };
    ents.iter().enumerate().filter(|(_, e)| named_doc(e) && near(e)).max_by_key(|(i, e)| (e.last, *i)).map(|(i, _)| i)
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
    if best.is_none() && info.stype == SourceType::Document {
        return recent_named_document(ents, before, info.affiliation.as_deref());
    }
    let other_role = lx.roles.get(head).is_none_or(|&c| c == crate::lexicon::RoleClass::Other);
    let unlinked = !other_role || UNLINKED_ROLES.contains(head.as_str());
    if best.is_none() && info.stype == SourceType::Person {
        // a role noun no earlier mention carried ("the candidate", "the retired neurosurgeon"):
        // a recent named person it fits
        let mut near: Vec<usize> = (0..ents.len())
            .filter(|&i| {
                let e = &ents[i];
                e.source.stype == SourceType::Person
                    && e.source.name.is_some()
                    && e.last <= before
                    && before - e.last <= SALIENCE_REACH
            })
            .collect();
        near.sort_by_key(|&i| std::cmp::Reverse((ents[i].last, i)));
        near.truncate(16);
        return compatible_person(ents, "", head, before, &near, unlinked);
    }
    best
}

/// How far back (bytes) a role noun looks for the named person it stands for.
pub(crate) const DESCRIPTION_REACH: usize = 1500;
/// How far back (bytes) the people a role noun may stand for are looked up, and their names counted.
pub(crate) const SALIENCE_REACH: usize = 8000;

/// The named person a role noun no earlier mention carried stands for ("the commissioner" …
/// Gary Bettman), among `cands` (named people mentioned as sources within [`SALIENCE_REACH`]
/// before `before`, latest first): the latest one the text describes with that noun (a head,
/// role or descriptor of its mentions, or the words around its first mention: "retired
/// neurosurgeon Ben Carson", "Bettman, the commissioner"); else, of those named within
/// [`DESCRIPTION_REACH`] before it, the only one, or the one named more than twice as often
/// as any other in the last [`SALIENCE_REACH`] bytes (the article's subject); else nobody
/// ("the singer" is not the hockey commissioner named just before). With `described_only`
/// (official roles, and roles that usually introduce someone new: [`UNLINKED_ROLES`]), only
/// a person described with that noun.
pub(crate) fn compatible_person(
    ents: &[Entity],
    text: &str,
    head: &str,
    before: usize,
    cands: &[usize],
    described_only: bool,
) -> Option<usize> {
    let has_word = |s: &str| s.split(|c: char| !c.is_alphanumeric()).any(|w| w.eq_ignore_ascii_case(head));
    let described = |e: &Entity| {
        e.heads.iter().any(|h| h == head)
            || e.source.role.as_deref().is_some_and(has_word)
            || e.source.descriptors.iter().any(|d| has_word(d))
            || e.source.mentions.first().is_some_and(|m| {
                // the words around the first mention, within its paragraph ("Gary Bettman, the
                // commissioner"; not "Obama announced …" and, next paragraph, "A masked man …")
                let from = text.floor_char_boundary(m.start.saturating_sub(60));
                let to = text.floor_char_boundary(m.end.saturating_add(80).min(text.len()));
                let (Some(left), Some(right)) = (text.get(from..m.start), text.get(m.end..to)) else {
                    return false;
                };
                let left = left.rfind('\n').map_or(left, |k| &left[k + 1..]);
                let right = right.find('\n').map_or(right, |k| &right[..k]);
                has_word(left) || has_word(right)
            })
    };
    // described with the noun: the latest such among the candidates (no text scan beyond
    // the words around each one's first mention)
    if let Some(&i) = cands.iter().find(|&&i| described(&ents[i])) {
        return Some(i);
    }
    if described_only || cands.is_empty() {
        return None;
    }
    let before = text.floor_char_boundary(before);
    // someone introduced unnamed shortly before ("A masked man dressed in black …" … "the
    // masked man says") is that unnamed person, not the named person nearest by salience
    let intro = &text[text.floor_char_boundary(before.saturating_sub(DESCRIPTION_REACH))..before];
    if introduced_unnamed(intro, head) {
        return None;
    }
    let window = &text[text.floor_char_boundary(before.saturating_sub(SALIENCE_REACH))..before];
    let base = before - window.len();
    // (entity, last place named, times named) in the window, for those named within reach
    let mut near: Vec<(usize, usize, usize)> = Vec::new();
    for &i in cands.iter().take(8) {
        let e = &ents[i];
        let mentions = e.source.mentions.iter().filter(|m| m.start < before);
        let (mut last, mut count) = mentions.fold((0, 0), |(l, n), m| (l.max(m.start), n + 1));
        if let Some(sn) = e.surname().filter(|s| s.len() >= 3) {
            let mut named = 0;
            for (k, _) in window.match_indices(sn) {
                last = last.max(base + k);
                named += 1;
            }
            count = count.max(named);
        }
        if last + DESCRIPTION_REACH >= before {
            near.push((i, last, count));
        }
    }
    near.sort_by_key(|&(i, last, _)| std::cmp::Reverse((last, i)));
    match near.as_slice() {
        [] => None,
        [(only, _, _)] => Some(*only),
        _ => {
            let &(top, _, n) = near.iter().max_by_key(|&&(_, _, n)| n)?;
            near.iter().all(|&(i, _, m)| i == top || n > 2 * m).then_some(top)
        }
    }
}

/// Words between an indefinite article and the head noun it introduces that
/// [`introduced_unnamed`] looks across ("a masked man").
const INTRO_SPAN: usize = 3;

/// Whether `text` introduces someone by the head noun `head` after an indefinite article
/// ("a man", "an elderly masked man"), within [`INTRO_SPAN`] words. An introduction followed
/// by the person's name ("a woman, Natalia Korovin") is caught before, as a description of
/// that named person.
fn introduced_unnamed(text: &str, head: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).collect();
    words.iter().enumerate().any(|(i, w)| {
        w.eq_ignore_ascii_case(head)
            && words[i.saturating_sub(INTRO_SPAN)..i]
                .iter()
                .any(|a| a.eq_ignore_ascii_case("a") || a.eq_ignore_ascii_case("an"))
    })
}

/// The latest mention starting before `pos`, by bisection: an entity's mentions are kept
/// sorted ([`Entity::absorb`]).
fn latest_before(mentions: &[Span], pos: usize) -> Option<Span> {
    let k = mentions.partition_point(|m| m.start < pos);
    k.checked_sub(1).map(|k| mentions[k])
}

/// How far back (bytes) a pronoun's antecedent may be mentioned last: a long article's
/// length. Without a reach each pronoun would look at every entity of the document, and a
/// book-length input would cost time quadratic in its length (issue 18).
pub const PRONOUN_REACH: usize = 30_000;

/// The mentions of every entity by position, kept up to date as pronouns are resolved, so
/// that a pronoun looks only at the entities mentioned within [`PRONOUN_REACH`] before it.
/// Pronouns come in text order: the window slides, each mention entering and leaving it
/// once, and a query costs the number of entities in the window, not of their mentions.
#[derive(Debug, Default)]
pub struct RecentMentions {
    /// Every mention, as (start, entity).
    all: BTreeSet<(usize, usize)>,
    /// The window `[lo, hi)` of mention starts counted now.
    lo: usize,
    hi: usize,
    /// Mentions in the window, per entity.
    count: Vec<usize>,
    /// Entities with a mention in the window.
    active: BTreeSet<usize>,
}

impl RecentMentions {
    /// Indexes the mentions of `ents`.
    pub fn new(ents: &[Entity]) -> Self {
        let all =
            ents.iter().enumerate().flat_map(|(i, e)| e.source.mentions.iter().map(move |m| (m.start, i))).collect();
        RecentMentions { all, ..Default::default() }
    }

    /// Records that entity `e` is mentioned at `span`.
    pub fn add(&mut self, e: usize, span: Span) {
        if self.all.insert((span.start, e)) && (self.lo..self.hi).contains(&span.start) {
            self.enter(e);
        }
    }

    fn enter(&mut self, e: usize) {
        if self.count.len() <= e {
            self.count.resize(e + 1, 0);
        }
        self.count[e] += 1;
        if self.count[e] == 1 {
            self.active.insert(e);
        }
    }

    fn leave(&mut self, e: usize) {
        self.count[e] -= 1;
        if self.count[e] == 0 {
            self.active.remove(&e);
        }
    }

    /// Moves the window to `[pos - PRONOUN_REACH, pos)`.
    fn slide(&mut self, pos: usize) {
        let (lo, hi) = (pos.saturating_sub(PRONOUN_REACH), pos);
        if hi < self.hi || lo < self.lo {
            // backwards (never in text order): count afresh
            for e in std::mem::take(&mut self.active) {
                self.count[e] = 0;
            }
            self.lo = lo;
            self.hi = lo;
        }
        let leaving: Vec<usize> = self.all.range((self.lo, 0)..(lo.min(self.hi), 0)).map(|&(_, e)| e).collect();
        let entering: Vec<usize> = self.all.range((lo.max(self.hi), 0)..(hi, 0)).map(|&(_, e)| e).collect();
        leaving.into_iter().for_each(|e| self.leave(e));
        entering.into_iter().for_each(|e| self.enter(e));
        (self.lo, self.hi) = (lo, hi);
    }

    /// The entities mentioned within [`PRONOUN_REACH`] bytes before `pos`, by index.
    fn near(&mut self, pos: usize) -> Vec<usize> {
        self.slide(pos);
        self.active.iter().copied().collect()
    }
}

/// The entity a pronoun at `pos` refers to, among the entities of `recent` mentioned within
/// [`PRONOUN_REACH`] before it.
pub fn antecedent_of_pronoun(
    ents: &[Entity],
    recent: &mut RecentMentions,
    p: Pronoun,
    pos: usize,
    speaker: Option<usize>,
) -> Option<usize> {
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
    for i in recent.near(pos) {
        let e = &ents[i];
        let Some(m) = latest_before(&e.source.mentions, pos) else {
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
    Quotes::new(doc).holding(doc, pos)
}

/// The content spans of direct and mixed attributions, indexed to ask which hold a position.
#[derive(Clone, Debug, Default)]
pub struct Quotes {
    contents: SpanSet,
}

impl Quotes {
    /// Indexes the quotes of `doc`.
    pub fn new(doc: &Doc) -> Self {
        let contents = SpanSet::new(
            doc.attributions
                .iter()
                .enumerate()
                .filter(|(_, a)| matches!(a.kind, AttributionKind::Direct | AttributionKind::Mixed))
                .flat_map(|(i, a)| a.content.iter().map(move |&c| (c, i))),
        );
        Quotes { contents }
    }

    /// [`quoting_attribution`]: the attribution with the least content in all among those
    /// holding `pos`, the first of equals.
    pub fn holding(&self, doc: &Doc, pos: usize) -> Option<usize> {
        let mut held: Vec<usize> =
            self.contents.containing(Span::new(pos, pos.saturating_add(1))).into_iter().map(|(_, i)| i).collect();
        held.sort_unstable();
        held.dedup();
        held.into_iter().min_by_key(|&i| (doc.attributions[i].content.iter().map(|c| c.len()).sum::<usize>(), i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pronouns_look_back_within_the_reach_only() {
        let person = |at: usize| Entity::new(&analyze("Anna Rachman", ""), Span::new(at, at + 12));
        let mut ents = vec![person(0), person(50_000)];
        ents[1].source.name = Some("Omar Okafor".into());
        let mut recent = RecentMentions::new(&ents);
        // just after each mention: that person
        assert_eq!(antecedent_of_pronoun(&ents, &mut recent, Pronoun::Person, 500, None), Some(0));
        assert_eq!(antecedent_of_pronoun(&ents, &mut recent, Pronoun::Person, 50_500, None), Some(1));
        // past the reach of the first and before the second: nobody
        assert_eq!(antecedent_of_pronoun(&ents, &mut recent, Pronoun::Person, PRONOUN_REACH + 100, None), None);
        // a mention added later counts
        recent.add(0, Span::new(60_000, 60_003));
        ents[0].absorb(&analyze("she", ""), Span::new(60_000, 60_003));
        assert_eq!(antecedent_of_pronoun(&ents, &mut recent, Pronoun::Person, 60_100, None), Some(0));
        // asked out of text order, the window is counted afresh
        assert_eq!(antecedent_of_pronoun(&ents, &mut recent, Pronoun::Person, 700, None), Some(0));
        assert_eq!(antecedent_of_pronoun(&ents, &mut recent, Pronoun::Person, 50_100, None), Some(1));
    }
}
