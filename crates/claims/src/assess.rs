//! The sourcing assessment of a claim (labels and rules: docs/ASSESSMENT.md).

use crate::chain::origins_with;
use crate::named::identified;
use hearsay_core::{Assessment, Doc, Label, Span, Verdict};

/// `corroborated` (see [`Label`]).
pub const CORROBORATED: Label = Label::Corroborated;
/// `single_named_source`.
pub const SINGLE_NAMED: Label = Label::SingleNamedSource;
/// `single_anonymous_source`.
pub const SINGLE_ANONYMOUS: Label = Label::SingleAnonymousSource;
/// `disputed`.
pub const DISPUTED: Label = Label::Disputed;
/// `denied`.
pub const DENIED: Label = Label::Denied;
/// `unverified`.
pub const UNVERIFIED: Label = Label::Unverified;

/// `"text" (bytes S..E)`.
pub fn quote(doc: &Doc, s: Span) -> String {
    format!("\"{}\" (bytes {}..{})", doc.slice(s).trim(), s.start, s.end)
}

/// The source's mention in one of the claim's reports, else its longest mention.
fn source_ref(doc: &Doc, attrs: &[usize], sid: usize) -> String {
    let in_claim =
        attrs.iter().filter(|&&a| doc.attributions[a].source_id == Some(sid)).find_map(|&a| doc.attributions[a].source);
    let longest = doc.sources.get(sid).and_then(|s| s.mentions.iter().max_by_key(|m| m.len()).copied());
    match in_claim.or(longest) {
        Some(m) => quote(doc, m),
        None => format!("source s{}", sid + 1),
    }
}

/// The actor span, with the resolved name when the span does not give it ("I" → Charlie Dietz).
fn actor_ref(doc: &Doc, actor: Option<Span>, actor_id: Option<usize>) -> String {
    let Some(a) = actor else {
        return "someone".into();
    };
    let name = actor_id.and_then(|i| doc.sources.get(i)).and_then(|s| s.name.as_deref());
    match name {
        Some(n) if !doc.slice(a).contains(n) && !n.contains(doc.slice(a).trim()) => {
            format!("{} ({n})", quote(doc, a))
        }
        _ => quote(doc, a),
    }
}

fn verdict_phrase(v: Verdict) -> &'static str {
    match v {
        Verdict::Confirmed => "confirmed it",
        Verdict::Denied => "denied it",
        Verdict::CouldNotConfirm => "could not confirm it",
        Verdict::DeclinedToComment => "declined to comment",
        Verdict::DidNotRespond => "did not respond",
        Verdict::CouldNotBeReached => "could not be reached",
        Verdict::NoFurtherContext => "gave no further context",
    }
}

/// Words of a source's own phrase after which an outlet received its statement ("three
/// intelligence sources who *spoke to* Fox News", "Another intelligence source *speaking to*
/// Fox News").
const RECEIVED: &[&str] = &["spoke to ", "speaking to ", "talking to ", "talked to ", "told "];

/// The outlet of `crates/lex/data/outlets.txt` that the source's phrase in one of the claim's
/// reports says received its statement ("who spoke to *Fox News*"), if any: the attribution
/// stage reads a recipient only after the cue ("told NBC").
fn received_by(doc: &Doc, attrs: &[usize], sid: usize) -> Option<Span> {
    static OUTLETS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let outlets = OUTLETS.get_or_init(|| {
        let mut v: Vec<&'static str> = hearsay_lex::speakers::OUTLETS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        // longest first: "Fox News" before "Fox"
        v.sort_by_key(|o| std::cmp::Reverse(o.len()));
        v
    });
    attrs.iter().filter(|&&a| doc.attributions[a].source_id == Some(sid)).find_map(|&a| {
        let m = doc.attributions[a].source?;
        let text = doc.slice(m);
        RECEIVED.iter().find_map(|r| {
            let at = text.find(r)? + r.len();
            let rest = text[at..].strip_prefix("the ").map_or(&text[at..], |x| x);
            let skip = text.len() - rest.len();
            let o = outlets
                .iter()
                .find(|o| rest.starts_with(**o) && !rest[o.len()..].starts_with(|c: char| c.is_alphanumeric()))?;
            Some(Span::new(m.start + skip, m.start + skip + o.len()))
        })
    })
}

/// The number of independent origins among `orig`: each named origin, and the unnamed ones
/// (the sources stage's `anonymous`, so two definite descriptions of one unnamed source the
/// article names elsewhere, "the pontiff" and "the Pope", count once) counted once per kind: people (a person or a group), organizations, documents and outlets
/// (one of unknown kind may be any of them). Two unnamed people ("counterterrorism officials"
/// and "one official") or two unnamed documents ("the pictures" and "the two photos") may be
/// one source named twice; an unnamed speaker and an unnamed video are two. An indefinite
/// person the next sentences name ([`crate::named::named_next`]) is that named origin.
pub fn independent_origins(doc: &Doc, orig: &[usize]) -> usize {
    use hearsay_core::SourceType as T;
    let mut kinds = [false; 4];
    let mut named = 0;
    // last words of the named origins counted so far ("Graydon Carter" twice, "President
    // George W. Bush" and "President Bush": one source the sources stage left as two)
    let mut surnames: Vec<String> = Vec::new();
    let mut pronouns = false;
    for (&o, s) in orig.iter().filter_map(|o| Some((o, doc.sources.get(*o)?))) {
        // the lede's "A Utah man" that the next sentence names ("Ryan Roche, whose …") is
        // that named origin again
        if crate::named::named_next(doc, o).flatten().is_some_and(|n| orig.contains(&n)) {
            continue;
        }
        // a source only ever called by a pronoun ("she", "they") may be anyone the article
        // names: it is a second origin of nothing
        if only_pronouns(doc, o) {
            pronouns = true;
            continue;
        }
        if !s.anonymous {
            let last = s.name.as_deref().and_then(|n| n.split_whitespace().next_back()).map(str::to_lowercase);
            // a one-word "name" that is another origin's head noun ("scans" … "Scans show …")
            let head_of_other = |w: &str| {
                !s.name.as_deref().is_some_and(|n| n.contains(' '))
                    && orig.iter().filter(|&&x| x != o).any(|&x| {
                        doc.sources.get(x).is_some_and(|t| {
                            t.mentions.iter().any(|m| {
                                doc.slice(*m).split_whitespace().next_back().is_some_and(|h| h.eq_ignore_ascii_case(w))
                            })
                        })
                    })
            };
            match last {
                Some(l) if surnames.contains(&l) => {}
                Some(l) if head_of_other(&l) => {}
                Some(l) => {
                    surnames.push(l);
                    named += 1;
                }
                None => named += 1,
            }
            continue;
        }
        let kind = match s.stype {
            T::Person | T::Group => 0,
            T::Organization => 1,
            T::Outlet | T::Document => 2,
            T::Unknown => 3,
        };
        kinds[kind] = true;
    }
    // an unnamed source of unknown kind may be any of the others
    let known = kinds[..3].iter().filter(|&&k| k).count();
    let n = named + known.max(usize::from(kinds[3]));
    n.max(usize::from(pronouns))
}

/// Whether every mention of source `sid` is one pronoun ("she", "they", "He"): the sources
/// stage resolved it to no one.
fn only_pronouns(doc: &Doc, sid: usize) -> bool {
    use hearsay_lex::pron;
    doc.sources.get(sid).is_some_and(|s| {
        !s.mentions.is_empty()
            && s.mentions.iter().all(|m| {
                let w = doc.slice(*m).trim().to_lowercase();
                !w.contains(' ')
                    && (pron::SUBJECT.contains(&w) || pron::PERSON.contains(&w) || pron::OBJECT.contains(&w))
            })
    })
}

/// Assesses the claim made by `attrs` with source chain `chain`, verifications `verifs` and
/// the hedge cues (`hedges`: "reportedly") of sentences that present it as reported.
pub fn assess(doc: &Doc, attrs: &[usize], chain: &[usize], verifs: &[usize], hedges: &[Span]) -> Assessment {
    let facts = crate::named::name_facts(doc);
    assess_with(doc, attrs, chain, verifs, hedges, &|i| crate::group::verifying_verdict(doc, i), &facts)
}

/// [`assess`], with each attribution's [`crate::group::verifying_verdict`] given by `verdict`,
/// and the document's [`crate::named::name_facts`] in `facts`.
pub fn assess_with(
    doc: &Doc,
    attrs: &[usize],
    chain: &[usize],
    verifs: &[usize],
    hedges: &[Span],
    verdict: &dyn Fn(usize) -> Option<Verdict>,
    facts: &crate::named::NameFacts,
) -> Assessment {
    let mut reasons = Vec::new();
    let orig = origins_with(doc, attrs, verdict);
    for &o in &orig {
        let s = &doc.sources[o];
        let mut r = format!("{} originates it", source_ref(doc, attrs, o));
        if !identified(doc, facts, o) {
            r.push_str(" and is not identified by name");
            if !s.descriptors.is_empty() {
                r.push_str(&format!(
                    " (described as {})",
                    s.descriptors.iter().map(|d| format!("\"{d}\"")).collect::<Vec<_>>().join(", ")
                ));
            }
        }
        r.push('.');
        reasons.push(r);
    }
    let relays: Vec<usize> = chain.iter().copied().filter(|s| !orig.contains(s)).collect();
    for &r in &relays {
        let how = attrs
            .iter()
            .find(|&&a| doc.attributions[a].source_id == Some(r))
            .and_then(|&a| doc.attributions[a].medium.clone())
            .map(|m| format!(" (medium: {m})"))
            .unwrap_or_default();
        reasons.push(format!("{} relays it second-hand{how}.", source_ref(doc, attrs, r)));
    }
    // an unnamed origin that "spoke to Fox News" reaches the article through that outlet
    let received: Vec<Span> = orig.iter().filter_map(|&o| received_by(doc, attrs, o)).collect();
    for &r in &received {
        reasons.push(format!("{} relays it second-hand.", quote(doc, r)));
    }
    // a concession ("admitted", "acknowledges") is listed but corroborates nothing
    let concession = |cue: Span| {
        let first = doc.slice(cue).split_whitespace().next().unwrap_or("").to_lowercase();
        hearsay_lex::speech::CONCESSION.contains(&first)
    };
    let has = |v: Verdict| verifs.iter().any(|&i| doc.verifications[i].verdict == v);
    // a confirmation counts when it is one of the claim's reports ("the ministry confirmed a
    // major operation had taken place") or comes from outside its origins: a source confirming
    // what it says itself elsewhere ("Hagel confirmed the killing and said …") adds nothing
    let own_cue = |cue: Span| attrs.iter().any(|&a| doc.attributions[a].cue.is_some_and(|c| c.overlaps(cue)));
    let confirmations = || {
        verifs.iter().map(|&i| &doc.verifications[i]).filter(|v| v.verdict == Verdict::Confirmed && !concession(v.cue))
    };
    let outside = confirmations().any(|v| v.actor_id.is_none_or(|a| !orig.contains(&a)));
    let confirmed = outside || confirmations().any(|v| own_cue(v.cue));
    let (denied, not_confirmed) = (has(Verdict::Denied), has(Verdict::CouldNotConfirm));
    // giving no further context bears on what one passes on oneself ("Rachman provided no
    // further context about how his source knew") and in the article's own voice ("…, without
    // any evidence"); someone else's silence about detail ("it did not explain why") says
    // nothing of this claim's sourcing
    let no_context = verifs.iter().map(|&i| &doc.verifications[i]).any(|v| {
        v.verdict == Verdict::NoFurtherContext && (v.actor.is_none() || v.actor_id.is_some_and(|a| chain.contains(&a)))
    });
    for &i in verifs {
        let v = &doc.verifications[i];
        let who = actor_ref(doc, v.actor, v.actor_id);
        let phrase = if v.verdict == Verdict::Confirmed && concession(v.cue) {
            "conceded it"
        } else {
            verdict_phrase(v.verdict)
        };
        reasons.push(format!("{who} {phrase}: {}.", quote(doc, v.cue)));
    }
    for &h in hedges {
        reasons.push(format!("The article presents it as reported ({}) without naming who reports it.", quote(doc, h)));
    }
    let independent = independent_origins(doc, &orig);
    // one origin with a report that opens with an unnamed speaker passing it on ("Murillo said
    // *a team formed to study the event believed* …"): that speaker is where it comes from
    let nested: Option<Span> = if independent == 1 { nested_origin(doc, attrs, &orig) } else { None };
    if let Some(n) = nested {
        reasons.push(format!(
            "{} gives it inside that report and is not identified by name: the report relays it second-hand.",
            quote(doc, n)
        ));
    }
    // one origin, or several unnamed ones that may be one source named twice
    let anonymous_origin = !orig.is_empty() && orig.iter().all(|&o| !identified(doc, facts, o)) && independent == 1;
    // an unnamed origin that another report of it shows reaching the article through a relay
    // ("According to Page Six, an NBC source says …" … "…,” said the source") is second-hand
    // here too
    let elsewhere: Option<Span> = if anonymous_origin && relays.is_empty() && received.is_empty() && nested.is_none() {
        orig.iter()
            .filter_map(|&o| facts.relayed.get(o).copied().flatten())
            .find(|i| !attrs.contains(i))
            .and_then(|i| doc.attributions[i].parent)
            .and_then(|p| doc.attributions[p].source)
    } else {
        None
    };
    if let Some(r) = elsewhere {
        reasons.push(format!("{} relays its other report in the article second-hand.", quote(doc, r)));
    }
    let member = if anonymous_origin && relays.is_empty() && received.is_empty() && elsewhere.is_none() {
        crate::group::member_after(doc, attrs, &orig)
    } else {
        None
    };
    if let Some(m) = member {
        reasons.push(format!("{} is one of them and gives it too.", source_ref(doc, attrs, m)));
    }
    let independent = independent + usize::from(member.is_some());
    let label = if denied && (confirmed || independent >= 2) {
        DISPUTED
    } else if denied {
        DENIED
    } else if confirmed || independent >= 2 {
        CORROBORATED
    } else if not_confirmed
        || no_context
        || orig.is_empty()
        || (anonymous_origin && (!relays.is_empty() || !received.is_empty() || elsewhere.is_some()))
        || nested.is_some()
    {
        UNVERIFIED
    } else if anonymous_origin {
        SINGLE_ANONYMOUS
    } else {
        SINGLE_NAMED
    };
    reasons.push(
        match label {
            DISPUTED => "It is both denied and supported by a confirmation or a second independent source.",
            DENIED => "It is denied and nothing in the article confirms it.",
            CORROBORATED if outside => "A confirmation from outside its own sources supports it.",
            CORROBORATED if confirmed => "Its source gives it as a confirmation.",
            CORROBORATED => "Two or more independent sources give it.",
            UNVERIFIED if orig.is_empty() => "No source for it is identified.",
            UNVERIFIED => "No one confirms it and there is no independent corroboration.",
            SINGLE_ANONYMOUS => "It rests on one source not identified by name, with no corroboration.",
            _ => "It rests on one named source, with no corroboration.",
        }
        .to_string(),
    );
    Assessment { label, reasons }
}

/// The unnamed speaker inside the origins' reports ([`crate::nested::unnamed_speaker`]),
/// when one report of the claim by one of `orig` opens its first content with one ("the man
/// said *doctors found* a spider had burrowed …", beside his quote of the same finding, "they
/// finally found out it was a spider"): the first such speaker.
fn nested_origin(doc: &Doc, attrs: &[usize], orig: &[usize]) -> Option<Span> {
    attrs.iter().filter(|&&a| doc.attributions[a].source_id.is_some_and(|s| orig.contains(&s))).find_map(|&a| {
        let c = *doc.attributions[a].content.first()?;
        crate::nested::unnamed_speaker(doc, a, c)
    })
}
