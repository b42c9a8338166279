//! Orders a claim's sources from origin to last relay.

use hearsay_core::{AttributionKind, Doc, SourceType, Verdict};
use rustc_hash::FxHashSet;

/// Nesting depth of attribution `i` (0 = not inside another report).
pub fn depth(doc: &Doc, i: usize) -> usize {
    let mut d = 0;
    let mut cur = doc.attributions[i].parent;
    while let Some(p) = cur.filter(|&p| p < doc.attributions.len() && d < 16) {
        d += 1;
        cur = doc.attributions[p].parent;
    }
    d
}

/// True for an unnamed document or outlet ("a report", "reports"): it passes a claim on
/// rather than originating it when a speaker also gives it.
pub fn is_anonymous_relay(doc: &Doc, sid: usize) -> bool {
    doc.sources.get(sid).is_some_and(|s| s.anonymous && matches!(s.stype, SourceType::Document | SourceType::Outlet))
}

/// Whether a report with this verifying verdict (its cue is a verification's cue) only
/// verifies a claim rather than putting it forward: every verdict but a confirmation. A
/// source that *confirms* a proposition ("the ministry confirmed a major operation had taken
/// place") asserts it: it is the claim's origin, and its confirmation counts too.
pub fn verifies_only(v: Option<Verdict>) -> bool {
    v.is_some_and(|v| v != Verdict::Confirmed)
}

/// For each source, the first of its reports that another source's report holds ("According
/// to the New York Post's Page Six, *an NBC source says* …"), if any: one pass over the
/// attributions. An unnamed source that reaches the article through a relay once reaches it
/// the same way when it speaks again ("…,” *said the source*): docs/ASSESSMENT.md, Chain.
pub fn relayed_reports(doc: &Doc) -> Vec<Option<usize>> {
    let mut out = vec![None; doc.sources.len()];
    for (i, a) in doc.attributions.iter().enumerate() {
        let (Some(sid), Some(p)) = (a.source_id, a.parent) else { continue };
        let Some(parent) = doc.attributions.get(p) else { continue };
        if parent.source.is_none() || parent.source_id.is_none_or(|ps| ps == sid) {
            continue;
        }
        if let Some(slot) = out.get_mut(sid).filter(|s| s.is_none()) {
            *slot = Some(i);
        }
    }
    out
}

fn kind_rank(k: AttributionKind) -> u8 {
    match k {
        AttributionKind::Direct | AttributionKind::Mixed => 0,
        AttributionKind::Indirect => 1,
        AttributionKind::AccordingTo | AttributionKind::Other => 2,
    }
}

/// Source ids of the claim's attributions, origin first: the most deeply nested report first,
/// then the speakers quoting it, then documents and outlets passing it on, then the outlets
/// its speakers gave it to ("told NBC": `recipient_id`); ties in text order.
pub fn chain(doc: &Doc, attrs: &[usize]) -> Vec<usize> {
    chain_with(doc, attrs, &|i| crate::group::verifying_verdict(doc, i))
}

/// [`chain`], with each attribution's [`crate::group::verifying_verdict`] given by `verdict`.
pub fn chain_with(doc: &Doc, attrs: &[usize], verdict: &dyn Fn(usize) -> Option<Verdict>) -> Vec<usize> {
    let mut order: Vec<usize> = attrs
        .iter()
        .copied()
        .filter(|&i| doc.attributions[i].source_id.is_some() && !verifies_only(verdict(i)) && !expletive(doc, i))
        .collect();
    order.sort_by_key(|&i| {
        let a = &doc.attributions[i];
        let sid = a.source_id.unwrap_or(usize::MAX);
        let relay = doc.sources.get(sid).is_some_and(|s| matches!(s.stype, SourceType::Document | SourceType::Outlet));
        (std::cmp::Reverse(depth(doc, i)), relay, kind_rank(a.kind), a.content.first().map_or(0, |c| c.start))
    });
    let mut out: Vec<usize> = Vec::new();
    let mut seen: FxHashSet<usize> = FxHashSet::default();
    for &i in &order {
        if let Some(s) = doc.attributions[i].source_id {
            if seen.insert(s) {
                out.push(s);
            }
        }
    }
    // an outlet the statement was given to ("a Trump campaign source *told NBC*", "Weaver told
    // CNN") passes it on to the article: the last relay
    for &i in &order {
        let outlet = doc.attributions[i]
            .recipient_id
            .filter(|&r| doc.sources.get(r).is_some_and(|s| s.stype == SourceType::Outlet));
        if let Some(r) = outlet {
            if seen.insert(r) {
                out.push(r);
            }
        }
    }
    out
}

/// Source ids that originate the claim independently: sources of reports nothing in the
/// claim nests inside, leaving out speakers who relay a nested report of it, and unnamed
/// documents and outlets when a speaker is also an origin (unless the document is a
/// recording, [`is_recording`]: it shows the claim first-hand).
pub fn origins(doc: &Doc, attrs: &[usize]) -> Vec<usize> {
    origins_with(doc, attrs, &|i| crate::group::verifying_verdict(doc, i))
}

/// [`origins`], with each attribution's [`crate::group::verifying_verdict`] given by `verdict`.
pub fn origins_with(doc: &Doc, attrs: &[usize], verdict: &dyn Fn(usize) -> Option<Verdict>) -> Vec<usize> {
    // a speaker who passes on someone else's report of the claim is a relay, not an origin;
    // one who nests their own words ("He said that … and said that …") or a report with no
    // source of its own names no one earlier and stays the origin
    let members: FxHashSet<usize> = attrs.iter().copied().collect();
    let relays: FxHashSet<usize> = attrs
        .iter()
        .filter_map(|&j| {
            let child = &doc.attributions[j];
            let parent = doc.attributions.get(child.parent?)?;
            let (c, p) = (child.source_id?, parent.source_id?);
            (c != p && members.contains(&child.parent?) && !verifies_only(verdict(j))).then_some(p)
        })
        .collect();
    let mut relays = relays;
    relays.extend(trailing_relays(doc, attrs, verdict));
    let mut out: Vec<usize> = Vec::new();
    let mut seen: FxHashSet<usize> = FxHashSet::default();
    for &i in attrs {
        // a source that only verifies the claim ("cannot confirm that …") does not originate it
        if verifies_only(verdict(i)) || expletive(doc, i) {
            continue;
        }
        if doc.attributions[i].source_id.is_some_and(|s| relays.contains(&s)) {
            continue;
        }
        if let Some(s) = doc.attributions[i].source_id {
            if seen.insert(s) {
                out.push(s);
            }
        }
    }
    // an unnamed recording ("Video shows …") shows it first-hand: an origin beside a speaker
    let passes_on = |s: usize| is_anonymous_relay(doc, s) && !is_recording(doc, s);
    if out.iter().any(|&s| !passes_on(s)) {
        out.retain(|&s| !passes_on(s));
    }
    out
}

/// Whether a source is a recording: a document each of whose mentions ends in a noun of
/// [`crate::words::recording_nouns`] ("Video", "the footage", "photos posted online" does not).
pub fn is_recording(doc: &Doc, sid: usize) -> bool {
    doc.sources.get(sid).is_some_and(|s| {
        s.stype == SourceType::Document
            && !s.mentions.is_empty()
            && s.mentions.iter().all(|m| {
                let last = doc.slice(*m).rsplit(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()).unwrap_or("");
                crate::words::recording_nouns().contains(last.to_lowercase().as_str())
            })
    })
}

/// Whether report `i`'s source is the expletive "it" of a passive of saying ("*It's claimed*
/// he imports vast quantities", "*It is alleged* that …"): the sentence presents its clause
/// as reported without naming who reports it, as "reportedly" does, so "it" is no source:
/// neither in the chain nor an origin (docs/ASSESSMENT.md, "Origins"). The source span is one
/// word of `hearsay_lex::pron::THING` that is not a relative ("which") or a possessive
/// ("its"), and the cue holds a form of "be" (`hearsay_lex::verbs::AUX_BE`); "It said in a
/// statement" (a company's "it") keeps its source.
pub fn expletive(doc: &Doc, i: usize) -> bool {
    let a = &doc.attributions[i];
    let (Some(src), Some(cue)) = (a.source, a.cue) else { return false };
    let w = doc.slice(src).trim().to_lowercase();
    let it = hearsay_lex::pron::THING.contains(&w) && !hearsay_lex::pron::RELATIVE.contains(&w) && !w.ends_with('s');
    if !it || cue.start < src.end {
        return false;
    }
    // the words from the source's end to the cue's end: "'s claimed", "is alleged", "has been reported"
    let Some(between) = doc.text.get(src.end..cue.end) else { return false };
    between
        .split(|c: char| c.is_whitespace())
        .filter(|t| !t.is_empty())
        .any(|t| hearsay_lex::verbs::AUX_BE.contains(&t.to_lowercase()))
}

/// Most bytes between the end of a report's content and the source of the report that
/// passes it on after it (`," the`: a comma, quote marks and spaces; a semicolon or a colon
/// between opens another clause, "…; 26 percent of Democrats say").
const TRAILING_GAP: usize = 8;

/// Sources of the claim's reports that pass on a whole report of the claim they follow: the
/// report's content ends, then only punctuation and spaces, then the second report's source
/// and its cue ("*Doctors told* Mr Thomas he had just been bitten by a small insect …, *the NT
/// News reports*", "One local said: "No one went to help the man …," *the Daily Mirror
/// reports*"). The attribution stage gives the second report no nesting, but it relays the
/// first speaker's words: the first speaker is the origin, the second a relay (fresh FNC-1
/// training bodies outside every gold file, each a wrong `corroborated`).
fn trailing_relays(doc: &Doc, attrs: &[usize], verdict: &dyn Fn(usize) -> Option<Verdict>) -> Vec<usize> {
    // the reports a second one may follow, by the end of their content: each second report
    // looks only at contents ending at most TRAILING_GAP bytes before its source (a claim
    // can hold thousands of reports; comparing every pair was quadratic)
    let mut ends: Vec<(usize, usize)> = attrs
        .iter()
        .filter_map(|&i| {
            let a = &doc.attributions[i];
            let (_, asrc, last) = (a.source_id?, a.source?, a.content.last()?);
            (asrc.start < last.start).then_some((last.end, i))
        })
        .collect();
    ends.sort_unstable();
    let mut out = Vec::new();
    for &j in attrs {
        let b = &doc.attributions[j];
        let (Some(bs), Some(bsrc), Some(bcue)) = (b.source_id, b.source, b.cue) else { continue };
        if verifies_only(verdict(j)) || bcue.start < bsrc.end {
            continue;
        }
        let from = ends.partition_point(|&(end, _)| end < bsrc.start.saturating_sub(TRAILING_GAP));
        let follows = ends[from..].iter().take_while(|&&(end, _)| end <= bsrc.start).any(|&(end, i)| {
            doc.attributions[i].source_id != Some(bs)
                && doc.text.get(end..bsrc.start).is_some_and(|g| {
                    g.contains(',') && g.chars().all(|c| c.is_whitespace() || c == ',' || "\"'“”‘’".contains(c))
                })
        });
        if follows {
            out.push(bs);
        }
    }
    out
}
