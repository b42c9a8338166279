//! Entities indexed by what the first resolution pass looks them up by: a mention's span,
//! a full or short name, an unnamed document's head noun, a description's head noun.
//!
//! The pass used to test every entity for every mention, a cost of mentions × entities that
//! grew with the square of the text. The index answers the same questions
//! ([`crate::resolve::same_name`], [`crate::resolve::antecedent_of_description`]) with the
//! same result; it is kept current by [`NameIndex::update`] after each change to an entity.

use crate::entity::Entity;
use crate::lexicon::{lexicon, norm, RoleClass};
use crate::mention::MentionInfo;
use hearsay_core::{SourceType, Span};
use rustc_hash::FxHashMap;
use std::collections::BTreeSet;

/// What one entity is found by, as last indexed.
#[derive(Clone, Debug, Default)]
struct Keys {
    /// Normalised name without a leading "the".
    full: Option<String>,
    /// A person's last name word, and whether the name has more than one word.
    last: Option<(String, bool)>,
    /// Heads of an anonymous document.
    doc_heads: Vec<String>,
    /// Offset of its latest mention.
    at: usize,
    /// An outlet.
    outlet: bool,
    /// Anonymous with a "source(s)" head.
    anon_source: bool,
    /// Its heads, with its type.
    head_type: Vec<(String, SourceType)>,
    /// A named person.
    named_person: bool,
}

/// The index (see the module documentation).
#[derive(Debug, Default)]
pub struct NameIndex {
    keys: Vec<Keys>,
    /// The entities holding each mention span.
    by_span: FxHashMap<Span, usize>,
    full: FxHashMap<String, BTreeSet<usize>>,
    last_single: FxHashMap<String, BTreeSet<usize>>,
    last_multi: FxHashMap<String, BTreeSet<usize>>,
    doc_heads: FxHashMap<String, BTreeSet<usize>>,
    outlets: BTreeSet<(usize, usize)>,
    anon_sources: BTreeSet<(usize, usize)>,
    head_type: FxHashMap<(String, SourceType), BTreeSet<(usize, usize)>>,
    named_persons: BTreeSet<(usize, usize)>,
}

fn keys_of(e: &Entity) -> Keys {
    let s = &e.source;
    let full = s.name.as_deref().map(|n| {
        let en = norm(n);
        en.strip_prefix("the ").map(str::to_string).unwrap_or(en)
    });
    let last = full.as_deref().filter(|_| s.stype == SourceType::Person).map(|en| {
        let elast = en.rsplit(' ').next().unwrap_or(en);
        (elast.to_string(), en.contains(' '))
    });
    let doc_heads = if s.stype == SourceType::Document && s.anonymous { e.heads.clone() } else { Vec::new() };
    Keys {
        full,
        last,
        doc_heads,
        at: e.last,
        outlet: s.stype == SourceType::Outlet,
        anon_source: s.anonymous && e.heads.iter().any(|h| h == "source" || h == "sources"),
        head_type: e.heads.iter().map(|h| (h.clone(), s.stype)).collect(),
        named_person: s.stype == SourceType::Person && s.name.is_some(),
    }
}

fn max_of(set: Option<&BTreeSet<usize>>) -> Option<usize> {
    set.and_then(|s| s.last().copied())
}

/// The latest (by last mention, then index) entry at or before `before`.
fn latest(set: Option<&BTreeSet<(usize, usize)>>, before: usize) -> Option<(usize, usize)> {
    set.and_then(|s| s.range(..=(before, usize::MAX)).next_back().copied())
}

impl NameIndex {
    /// Indexes `ents` as they are.
    pub fn new(ents: &[Entity]) -> Self {
        let mut ix = NameIndex::default();
        for (i, e) in ents.iter().enumerate() {
            ix.update(i, e);
            for &m in &e.source.mentions {
                ix.hold(i, m);
            }
        }
        ix
    }

    /// Re-indexes entity `i` after a change (or its creation); its mentions are recorded by
    /// [`NameIndex::hold`].
    pub fn update(&mut self, i: usize, e: &Entity) {
        if self.keys.len() <= i {
            self.keys.resize_with(i + 1, Keys::default);
        }
        let old = std::mem::take(&mut self.keys[i]);
        self.remove(i, &old);
        let new = keys_of(e);
        self.insert(i, &new);
        self.keys[i] = new;
    }

    /// Records that entity `i` holds mention `span`.
    pub fn hold(&mut self, i: usize, span: Span) {
        let slot = self.by_span.entry(span).or_insert(i);
        *slot = (*slot).min(i);
    }

    fn remove(&mut self, i: usize, k: &Keys) {
        if let Some(f) = &k.full {
            self.full.get_mut(f).map(|s| s.remove(&i));
        }
        if let Some((l, multi)) = &k.last {
            let map = if *multi { &mut self.last_multi } else { &mut self.last_single };
            map.get_mut(l).map(|s| s.remove(&i));
        }
        for h in &k.doc_heads {
            self.doc_heads.get_mut(h).map(|s| s.remove(&i));
        }
        self.outlets.remove(&(k.at, i));
        self.anon_sources.remove(&(k.at, i));
        for ht in &k.head_type {
            self.head_type.get_mut(ht).map(|s| s.remove(&(k.at, i)));
        }
        self.named_persons.remove(&(k.at, i));
    }

    fn insert(&mut self, i: usize, k: &Keys) {
        if let Some(f) = &k.full {
            self.full.entry(f.clone()).or_default().insert(i);
        }
        if let Some((l, multi)) = &k.last {
            let map = if *multi { &mut self.last_multi } else { &mut self.last_single };
            map.entry(l.clone()).or_default().insert(i);
        }
        for h in &k.doc_heads {
            self.doc_heads.entry(h.clone()).or_default().insert(i);
        }
        if k.outlet {
            self.outlets.insert((k.at, i));
        }
        if k.anon_source {
            self.anon_sources.insert((k.at, i));
        }
        for ht in &k.head_type {
            self.head_type.entry(ht.clone()).or_default().insert((k.at, i));
        }
        if k.named_person {
            self.named_persons.insert((k.at, i));
        }
    }

    /// The first entity holding mention `span`.
    pub fn holding(&self, span: Span) -> Option<usize> {
        self.by_span.get(&span).copied()
    }

    /// [`crate::resolve::same_name`], from the index.
    pub fn same_name(&self, info: &MentionInfo) -> Option<usize> {
        if let Some(name) = &info.name {
            let n = norm(name);
            let n = n.strip_prefix("the ").unwrap_or(&n).to_string();
            let last = n.rsplit(' ').next().unwrap_or(&n).to_string();
            let mut best = max_of(self.full.get(&n));
            if info.stype == SourceType::Person {
                best = best.max(max_of(self.last_single.get(&last)));
                if !n.contains(' ') {
                    best = best.max(max_of(self.last_multi.get(&last)));
                }
            } else if info.stype == SourceType::Unknown && !n.contains(' ') && best.is_none() {
                // a bare surname of unknown type ("Fulton's"): the person of that surname
                best = max_of(self.last_multi.get(&last)).or_else(|| max_of(self.last_single.get(&last)));
            } else if info.stype == SourceType::Organization && !n.contains(' ') && best.is_none() {
                // a one-word name the lists know as a place or body that is the surname of a
                // person named in full before ("Rep. Steve Israel" … "Israel said"): that person
                best = max_of(self.last_multi.get(&last));
            }
            return best;
        }
        if matches!(info.stype, SourceType::Document) && info.anonymous {
            return info.heads.iter().filter_map(|h| max_of(self.doc_heads.get(h))).max();
        }
        None
    }

    /// [`crate::resolve::antecedent_of_description`], from the index.
    pub fn antecedent_of_description(
        &self,
        ents: &[Entity],
        text: &str,
        info: &MentionInfo,
        before: usize,
    ) -> Option<usize> {
        let lx = lexicon();
        let head = info.heads.first()?;
        let best = if lx.outlet_heads.contains(head) && info.stype == SourceType::Outlet {
            latest(Some(&self.outlets), before)
        } else if head == "source" || head == "sources" {
            latest(Some(&self.anon_sources), before)
        } else {
            latest(self.head_type.get(&(head.clone(), info.stype)), before)
        };
        if let Some((_, i)) = best {
            return Some(i);
        }
        let other_role = lx.roles.get(head).is_none_or(|&c| c == RoleClass::Other);
        let unlinked = !other_role || hearsay_lex::speech::UNLINKED_ROLES.contains(head.as_str());
        // "her lawyer", "his agent": someone of the person, never that person
        let first = text.get(before..).and_then(|t| t.split(|c: char| !c.is_alphabetic()).next()).unwrap_or("");
        let first = first.to_lowercase();
        let possessive = hearsay_lex::function::DETERMINERS.contains(&first)
            && (hearsay_lex::pron::PERSON.contains(&first) || hearsay_lex::pron::PLURAL.contains(&first));
        if info.stype == SourceType::Person && !possessive {
            // the named people mentioned as sources lately, latest first (at most sixteen)
            let lo = before.saturating_sub(crate::resolve::SALIENCE_REACH);
            let near: Vec<usize> =
                self.named_persons.range((lo, 0)..=(before, usize::MAX)).rev().take(16).map(|&(_, i)| i).collect();
            return crate::resolve::compatible_person(ents, text, head, before, &near, unlinked);
        }
        if info.stype == SourceType::Document {
            return crate::resolve::recent_named_document(ents, before, info.affiliation.as_deref());
        }
        None
    }
}
