//! The words that type a mention: titles before a name, role and head nouns, plural and
//! person suffixes, and the type a known or capitalised name implies.

use crate::lexicon::{lexicon, norm, RoleClass};
use crate::words::{split, Word};
use hearsay_core::SourceType;

pub(super) fn join(ws: &[Word]) -> String {
    let mut s = String::new();
    for w in ws.iter().filter(|w| !w.is_punct() || w.is_possessive() || w.text == "&") {
        if !s.is_empty() && !w.is_possessive() {
            s.push(' ');
        }
        s.push_str(w.text);
    }
    s
}

/// Role class of the longest title starting at `ws[0]`, with its length in words.
pub(super) fn title_at(ws: &[Word]) -> Option<(usize, RoleClass, String)> {
    let lx = lexicon();
    let mut best = None;
    let mut key = String::new();
    for (n, w) in ws.iter().take(lx.max_words).enumerate() {
        // "Secretary of State": "of" inside a title
        if !(w.is_cap() || w.is("the") || n > 0 && w.is("of")) {
            break;
        }
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(&w.lower());
        if let Some(&c) = lx.titles.get(&key) {
            best = Some((n + 1, c, key.clone()));
        } else if let Some(&c) = lx.roles.get(&key).filter(|_| w.is_cap() && (n == 0 || n == 1 && ws[0].is_cap())) {
            // a capitalised role noun before a name works as a title ("DNC Chairwoman Donna
            // Brazile"), and so does a two-word one ("House Minority Leader Nancy Pelosi")
            best = Some((n + 1, c, key.clone()));
        }
    }
    best
}

pub(super) fn class_of_head(w: &str) -> Option<(SourceType, RoleClass)> {
    let lx = lexicon();
    if let Some(&c) = lx.groups.get(w) {
        return Some((SourceType::Group, c));
    }
    if w == "source" {
        return Some((SourceType::Person, RoleClass::Other));
    }
    if let Some(&c) = lx.roles.get(w) {
        return Some((SourceType::Person, c));
    }
    // hearsay that names no document ("rumors claim")
    if lx.unknown_heads.contains(w) {
        return Some((SourceType::Unknown, RoleClass::Other));
    }
    // a document noun or its plural ("accounts", "photos")
    if lx.documents.contains(w) || plural_stem(w).is_some_and(|sg| lx.documents.contains(sg)) {
        return Some((SourceType::Document, RoleClass::Other));
    }
    if lx.outlet_heads.contains(w) {
        return Some((SourceType::Outlet, RoleClass::Other));
    }
    if lx.org_heads.contains(w) {
        return Some((SourceType::Organization, RoleClass::Official));
    }
    // "his ex-lover", "an ex-minister": the role noun after "ex-" (the phrase reads as former)
    if let Some(&c) = w.strip_prefix("ex-").and_then(|r| lx.roles.get(r)) {
        return Some((SourceType::Person, c));
    }
    // "a 41-year-old", "the 20-year-olds": people named by their age
    if w.ends_with("-year-old") {
        return Some((SourceType::Person, RoleClass::Other));
    }
    if w.ends_with("-year-olds") {
        return Some((SourceType::Group, RoleClass::Other));
    }
    // the plural of a role noun or title is a group ("reps", "MPs", "Republicans")
    plural_class(w).map(|c| (SourceType::Group, c))
}

/// The class of the role noun or title whose plural `w` is ("politicians", "witnesses", "deputies").
pub(super) fn plural_class(w: &str) -> Option<RoleClass> {
    let sg = plural_stem(w)?;
    let lx = lexicon();
    let known = |sg: &str| lx.roles.get(sg).or_else(|| lx.titles.get(sg)).copied();
    let ies = || w.strip_suffix("ies").and_then(|s| known(&format!("{s}y")));
    known(sg).or_else(|| w.strip_suffix("es").and_then(known)).or_else(ies)
}

/// A noun for a person by its ending: "-ist" and "-ian" ("psychologist", "psychotherapist",
/// "pediatrician", "novelist"), not a list ("checklist"), a verb ("persist") or "median"; with
/// `plural`, their plurals.
pub(super) fn person_suffix(w: &str, plural: bool) -> bool {
    let w = if plural {
        match w.strip_suffix('s') {
            Some(sg) => sg,
            None => return false,
        }
    } else {
        w
    };
    w.len() > 6
        && w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        && (w.ends_with("ist") && !w.ends_with("list") && !w.ends_with("sist")
            || ["alist", "elist", "llist"].iter().any(|x| w.ends_with(x))
            || w.ends_with("ian"))
        && !matches!(w, "median" | "meridian")
}

/// `w` without its plural "s" when it reads as a plural (over three letters, not "-ss").
pub(super) fn plural_stem(w: &str) -> Option<&str> {
    (w.len() > 3 && !w.ends_with("ss")).then(|| w.strip_suffix('s')).flatten()
}

/// Whether a name is on one of the name lists (outlets, governments, organizations).
pub fn listed(name: &str) -> bool {
    let lx = lexicon();
    let full = norm(name);
    let n = full.strip_prefix("the ").unwrap_or(&full);
    let on = |n: &str| lx.outlets.contains(n) || lx.government.contains(n) || lx.organizations.contains(n);
    // an entry may keep its article ("The Atlantic"): the name with it too
    on(n) || (n.len() < full.len() && on(&full))
}

/// The title that ends a run of words ("Vice President" in "Fox News Vice President").
pub(super) fn trailing_title(ws: &[Word]) -> Option<(RoleClass, String)> {
    (ws.len().saturating_sub(3)..ws.len())
        .find_map(|i| title_at(&ws[i..]).filter(|(n, _, _)| i + n == ws.len()).map(|(_, c, key)| (c, key)))
}

/// Whether a phrase ends in a title ("Fox News Vice President"): no name on its own.
pub fn ends_in_title(phrase: &str) -> bool {
    trailing_title(&split(phrase)).is_some()
}

/// Type of a capitalised name on its own ("The Kremlin", "NBC News", "Sierra Club", "NAACP").
pub fn name_type(name: &str) -> Option<SourceType> {
    let lx = lexicon();
    let full = norm(name);
    let n = full.strip_prefix("the ").unwrap_or(&full);
    // an entry may keep its article ("The Atlantic", "The Hill"): the name with it too (only
    // when there was one to strip)
    let article = n.len() < full.len();
    if lx.outlets.contains(n) || (article && lx.outlets.contains(&full)) {
        return Some(SourceType::Outlet);
    }
    let org = |n: &str| lx.government.contains(n) || lx.organizations.contains(n);
    if org(n) || (article && org(&full)) {
        return Some(SourceType::Organization);
    }
    // a joint poll or report of outlets ("CNN/ORC", "Washington Post-ABC News"): an outlet's
    let joint = name.contains(['/', '-']) && name.split(['/', '-']).any(|p| lx.outlets.contains(&norm(p.trim())));
    if joint {
        return Some(SourceType::Outlet);
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    // "Johnson & Johnson", "Ernst & Young": a person's name has no ampersand
    if words.len() > 2 && words.contains(&"&") {
        return Some(SourceType::Organization);
    }
    // a news site by its address ("Gizmodo.com", "news.com.au")
    let web = |w: &str| {
        let w = w.to_ascii_lowercase();
        w.len() > 4 && [".com", ".net", ".co.uk", ".com.au", ".tv"].iter().any(|d| w.ends_with(d))
    };
    if words.len() == 1 && web(words[0]) {
        return Some(SourceType::Outlet);
    }
    // a brand written with a lowercase initial and an inner capital ("rVotes", "eBay"): a company
    let brand = |w: &str| {
        let mut cs = w.trim_end_matches(['\'', '’', 's']).chars();
        cs.next().is_some_and(|c| c.is_ascii_lowercase()) && cs.any(|c| c.is_ascii_uppercase())
    };
    if words.len() == 1 && brand(words[0]) {
        return Some(SourceType::Organization);
    }
    let last = norm(words.last()?);
    // "Times", "Post"; or a nameplate word ending a capitalised name ("Philippine Star")
    let nameplate = lx.nameplates.contains(&last) && words.last().is_some_and(|w| w.starts_with(char::is_uppercase));
    if words.len() > 1 && (lx.outlet_heads.contains(&last) || nameplate) && !lx.roles.contains_key(&last) {
        return Some(SourceType::Outlet);
    }
    if words.len() > 1 && lx.org_heads.contains(&last) {
        return Some(SourceType::Organization);
    }
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    // an acronym ("NAACP"); a longer word in capitals, or a first name in capitals ("GUY:"),
    // is a name in a transcript ("BENENSON")
    if words.len() == 1
        && (2..=6).contains(&letters.len())
        && letters.iter().all(|c| c.is_uppercase())
        && !lx.first_names.contains(n)
    {
        return Some(SourceType::Organization);
    }
    None
}
