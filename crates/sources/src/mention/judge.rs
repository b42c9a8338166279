//! Type, officialness and anonymity of a parsed noun phrase.

use super::heads::*;
use super::np::Np;
use crate::lexicon::{lexicon, norm, RoleClass};
use hearsay_core::SourceType;
use hearsay_lex::function::MENTION_OPENERS;
use hearsay_lex::media::MEDIA_SCOPE;
use hearsay_lex::speech::{FAMILY_NOUNS, OFFICIAL_SOURCE};

pub(super) fn np_type(np: &Np) -> SourceType {
    if !np.members.is_empty() {
        return SourceType::Group;
    }
    if let Some((_, t, _)) = &np.head {
        // "one of the kids", "one of the sources": a person (sources v2 train set f: fnc1/1781, fnc1/407)
        return if np.one_of && *t == SourceType::Group { SourceType::Person } else { *t };
    }
    if let Some(t) = np.name_type {
        return t;
    }
    if let Some(name) = &np.name {
        // a person's name takes no article and no "of" or "for" inside ("the Syrian Observatory
        // for Human Rights", "The Smoking Gun"); "the Clintons" is a family
        let institution = np.titles.is_empty()
            && np.possessor.is_none()
            && (np.the || name.contains(" of ") || name.contains(" for "));
        if institution && np.the && !name.contains(' ') && name.ends_with('s') {
            return SourceType::Group;
        }
        return if institution { SourceType::Organization } else { SourceType::Person };
    }
    SourceType::Unknown
}
pub(super) fn np_official(np: &Np, t: SourceType) -> bool {
    if !np.members.is_empty() {
        return np.members.iter().all(|m| np_official(m, np_type(m)));
    }
    if np.former {
        return false;
    }
    let aff = np.affiliation.as_deref().or(np.possessor.as_deref());
    // ("Government negotiator Hassan Tukur": one capitalised organization word; sources v2
    // train set f, fnc1/840)
    let aff_org = aff.and_then(name_type) == Some(SourceType::Organization)
        || np.affiliation.as_deref().is_some_and(|a| !a.contains(' ') && lexicon().org_heads.contains(&norm(a)))
        || np
            .affiliation
            .as_deref()
            .is_some_and(|a| a.split_whitespace().count() > 1 && !np.affiliation_is_outlet && t == SourceType::Person);
    match t {
        SourceType::Organization => true,
        SourceType::Outlet | SourceType::Unknown => false,
        // "the filings", "records show": what only an office, court or company issues
        SourceType::Document => {
            // "his Twitter account": a platform carries what others post
            let platform = aff.is_some_and(|a| lexicon().platforms.contains(&norm(a)));
            np.modifier_official
                || aff_org && !platform
                || np.head.as_ref().is_some_and(|h| lexicon().issued_heads.contains(&h.0))
        }
        SourceType::Person | SourceType::Group => {
            let classes = np.titles.iter().map(|(c, _)| *c).chain(np.head.as_ref().map(|h| h.2));
            // "a security source", "government sources": an unnamed source of an office
            let mut official = np.head.as_ref().is_some_and(|h| matches!(h.0.as_str(), "source" | "sources"))
                && np.role.as_deref().is_some_and(|r| {
                    let ws: Vec<&str> = r.split(' ').collect();
                    ws[..ws.len().saturating_sub(1)].iter().any(|w| OFFICIAL_SOURCE.contains(norm(w).as_str()))
                });
            for c in classes {
                // an agent of a named organization, or of one its modifier names ("a company representative")
                official |= c == RoleClass::Official || (c == RoleClass::Agent && (aff_org || np.modifier_official));
            }
            official
        }
    }
}
pub(super) fn np_anonymous(np: &Np, t: SourceType) -> bool {
    if !np.members.is_empty() {
        return np.members.iter().any(|m| np_anonymous(m, np_type(m)));
    }
    match t {
        _ if np.name.is_some() => false,
        // "British media reports", "Later Iraqi reports": plural reports whose modifiers are
        // nationalities name no issuer (sources v2 train sets e, f: fnc1/330, fnc1/346, fnc1/263)
        SourceType::Document => {
            let plural = np.head.as_ref().is_some_and(|h| h.0.ends_with('s'));
            // "Twitter accounts linked to the militants": a platform carries, it issues nothing
            np.affiliation
                .as_deref()
                .is_none_or(|a| plural && generic_modifier(a, false) || lexicon().platforms.contains(&norm(a)))
                && np.possessor.is_none()
                && !np.possessive_det
        }
        SourceType::Organization => np.indefinite && np.affiliation.is_none(),
        // "the Foley family": a family named by its surname
        SourceType::Group if np.head.as_ref().is_some_and(|h| FAMILY_NOUNS.contains(h.0.as_str())) => {
            np.affiliation.as_deref().is_none_or(|a| !a.starts_with(char::is_uppercase))
        }
        // "Rudaw online newspaper", "the Shafaq news agency": the capitalised modifier names
        // it; "a Texas newspaper" does not
        SourceType::Outlet => {
            // "Iraqi media", "Russian state TV", "the U.S. media": a nationality names no outlet
            np.indefinite || np.affiliation.as_deref().is_none_or(|a| generic_modifier(a, true))
        }
        _ => true,
    }
}

/// A modifier that names no one: every word a nationality (`hearsay_lex::speakers::DEMONYMS`:
/// "Iraqi", "British"; not an outlet's name), a media scope ("state", "local"), a sentence opener ([`MENTION_OPENERS`]), and with
/// `countries` a country the government list knows ("U.S.": "the U.S. media").
fn generic_modifier(a: &str, countries: bool) -> bool {
    let lx = lexicon();
    a.split(' ').all(|w| {
        let n = norm(w);
        let demonym = lx.demonyms.contains(&n) && !lx.outlets.contains(&n);
        demonym
            || MEDIA_SCOPE.contains(n.as_str())
            || MENTION_OPENERS.contains(n.as_str())
            || countries
                && w.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase())
                && lx.government.contains(&n)
    })
}
