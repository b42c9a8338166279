//! Sources stage: resolves source and actor mentions into speaker entities.
//!
//! Every attribution source span, verification actor span and recipient ("told Task and
//! Purpose") is read on its own ([`mention::analyze`]: type, name, role, affiliation,
//! anonymity, officialness, descriptors), then grouped with earlier mentions of the same
//! speaker: full names and short names, definite descriptions ("the spokesman", "This
//! military publication", "his source") and pronouns ("he"; "I" and "me" inside a quote
//! are the quote's speaker). Word lists live in `hearsay-lex` (crates/lex/data, see its README.md).

mod cataphora;
mod clause;
pub mod entity;
pub mod lexicon;
pub mod mention;
mod names;
mod occur;
mod profile;
pub mod resolve;
mod scan;
mod share;
pub mod words;

use entity::Entity;
use hearsay_core::{AttributionKind, Component, Doc, Layer, Source, SourceType, Span, SpanSet};
use hearsay_lex::function::FUNCTION_NAMES;
use hearsay_lex::function::{HEADLINE_ADVERBS, TRAILING_ADVERBS};
use hearsay_lex::verbs::CLAUSE_VERBS;
use mention::{MentionInfo, Pronoun, Reference};
use resolve::{antecedent_of_pronoun, resolve, Mention, Quotes, RecentMentions, Slot};

/// The sources stage as a pipeline component.
#[derive(Clone, Copy, Debug, Default)]
pub struct Sources;

impl Component for Sources {
    fn name(&self) -> &'static str {
        "sources"
    }
    fn requires(&self) -> &'static [Layer] {
        &[Layer::Segments, Layer::Tokens, Layer::Sentences, Layer::Attributions, Layer::Verifications]
    }
    fn assigns(&self) -> &'static [Layer] {
        &[Layer::Sources, Layer::SourceLinks]
    }
    fn annotate(&self, doc: &mut Doc) {
        annotate(doc);
    }
}

/// Builds `doc.sources` from attribution sources and verification actors and sets their ids
/// (`source_id`, `recipient_id`, `actor_id`).
pub fn annotate(doc: &mut Doc) {
    let mut mentions: Vec<Mention> = Vec::new();
    let mut recipients: Vec<Span> = Vec::new();
    let verification_cues = SpanSet::new(doc.verifications.iter().map(|v| (v.cue, 0)));
    for (i, a) in doc.attributions.iter().enumerate() {
        if let Some(s) = a
            .source
            .filter(|s| !s.is_empty() && s.end <= doc.text.len())
            .map(|s| tidy(doc, past_verification(doc, &verification_cues, s)))
            // "a handwritten note that reads": the relative "that" stands for the phrase before it
            .map(|s| relative_that(doc, s).unwrap_or(s))
            .filter(|&s| !function_word(doc, s))
        {
            match named_members(doc, s) {
                // "Braynard and Chrabaszcz": one source each, the attribution's the first
                Some((x, y)) => {
                    mentions.push(Mention { span: x, slot: Slot::Source(i) });
                    mentions.push(Mention { span: y, slot: Slot::Extra });
                }
                None => mentions.push(Mention { span: s, slot: Slot::Source(i) }),
            }
        }
        if let Some(r) = scan::recipient(doc, a.cue) {
            mentions.push(Mention { span: r, slot: Slot::Recipient(i) });
            recipients.push(r);
        }
    }
    recipients.sort_unstable_by_key(|r| (r.start, r.end));
    for (i, v) in doc.verifications.iter().enumerate() {
        if let Some(s) = v
            .actor
            .filter(|s| !s.is_empty() && s.end <= doc.text.len())
            .map(|s| past_recipient(doc, &recipients, s))
            .map(|s| tidy(doc, s))
        {
            if function_word(doc, s) {
                continue;
            }
            match named_members(doc, s) {
                // "Braynard and Chrabaszcz did not respond": one actor each
                Some((x, y)) => {
                    mentions.push(Mention { span: x, slot: Slot::Actor(i) });
                    mentions.push(Mention { span: y, slot: Slot::Extra });
                }
                None => mentions.push(Mention { span: s, slot: Slot::Actor(i) }),
            }
        }
    }
    for s in scan::source_back_references(doc, &mentions) {
        mentions.push(Mention { span: s, slot: Slot::Extra });
    }
    for (i, s) in scan::relative_subjects(doc, &mentions) {
        mentions.push(Mention { span: s, slot: Slot::Source(i) });
    }
    for s in scan::coordinated_subjects(doc, &mentions, &[]) {
        mentions.push(Mention { span: s, slot: Slot::Extra });
    }
    for s in scan::content_pronouns(doc, &mentions) {
        mentions.push(Mention { span: s, slot: Slot::Extra });
    }
    let missed: Vec<Span> = scan::missed_speakers(doc, &mentions)
        .into_iter()
        .map(|s| without_trailing_adverb(doc, s))
        .filter(|&s| !function_word(doc, s))
        .collect();
    mentions.extend(missed.iter().map(|&s| Mention { span: s, slot: Slot::Extra }));
    // "the BBC and [the Washington Post newspaper] reported": the left conjunct of a missed one
    for s in scan::coordinated_subjects(doc, &mentions, &missed) {
        mentions.push(Mention { span: s, slot: Slot::Extra });
    }
    for s in scan::actorless_objects(doc, &mentions) {
        mentions.push(Mention { span: s, slot: Slot::Extra });
    }
    for s in scan::nominal_speakers(doc, &mentions) {
        mentions.push(Mention { span: s, slot: Slot::Extra });
    }
    for s in scan::headline_speakers(doc, &mentions) {
        mentions.push(Mention { span: s, slot: Slot::Extra });
    }
    mentions.sort_by_key(|m| (m.span.start, m.span.end));

    let mut ents: Vec<Entity> = Vec::new();
    let (mut ids, infos) = resolve(doc, &mentions, &mut ents);
    write_ids(doc, &mentions, &ids);

    // pass 2: pronouns in text order, first-person ones last ("I" inside a quote is its
    // speaker, who may be a pronoun after the quote: "“I …,” she said")
    let mut author: Option<usize> = None;
    let mut order: Vec<usize> =
        (0..mentions.len()).filter(|&k| matches!(infos[k].reference, Reference::Pronoun(_))).collect();
    order.sort_by_key(|&k| (infos[k].reference == Reference::Pronoun(Pronoun::First), mentions[k].span.start));
    let quotes = Quotes::new(doc);
    let marks = QuoteMarks::new(doc);
    let mut recent = RecentMentions::new(&ents);
    for k in order {
        let m = &mentions[k];
        let Reference::Pronoun(p) = infos[k].reference else {
            continue;
        };
        let speaker = quote_speaker(doc, &quotes, &marks, m.span.start);
        // "“…,” it reads.": what reads is a text, a document of whoever wrote it
        let reads = p == Pronoun::Thing && reads_after(&doc.text, m.span.end);
        let mut e = relative_entity(doc, &mut ents, &mut recent, m.span)
            .or_else(|| antecedent_of_pronoun(&ents, &mut recent, p, m.span.start, speaker))
            .filter(|&i| !reads || ents[i].source.stype == SourceType::Document);
        if e.is_none() && p == Pronoun::First && !is_quoted(doc, &quotes, &marks, m.span.start) {
            e = Some(*author.get_or_insert_with(|| {
                ents.push(author_entity(doc, &infos[k], m.span));
                ents.len() - 1
            }));
        }
        let e = e.unwrap_or_else(|| {
            let mut ent = Entity::new(&infos[k], m.span);
            unresolved_pronoun(&mut ent, p);
            if reads {
                ent.source.stype = SourceType::Document;
            }
            ents.push(ent);
            ents.len() - 1
        });
        ents[e].absorb(&MentionInfo { name: None, ..infos[k].clone() }, m.span);
        recent.add(e, m.span);
        ids[k] = Some(e);
        write_ids(doc, &mentions[k..=k], &ids[k..=k]);
    }
    continue_quotes(doc);
    scan::surname_mentions(doc, &mut ents);
    profile::apply(doc, &mut ents);
    merge_role_then_name(doc, &mut ents);
    profile::one_word_organizations(doc, &mut ents);
    profile::reporting_outlets(doc, &mut ents);
    profile::organization_agents(&mut ents);
    profile::officeholders(doc, &mut ents);
    profile::candidates(&mut ents);
    profile::campaigners(doc, &mut ents);
    profile::former_officeholders(&mut ents);
    profile::outlet_reports(doc, &mut ents);
    profile::outlet_descriptions(doc, &mut ents);
    profile::named_documents(&mut ents);
    profile::statement_documents(doc, &mut ents);
    doc.sources = ents.into_iter().map(|e| e.source).collect::<Vec<Source>>();
}

/// An actor span that opens with the recipient of a "told" ("Reuters the Pentagon" in "told
/// Reuters the Pentagon could not verify the video"): the words after the recipient.
fn past_recipient(doc: &Doc, recipients: &[Span], s: Span) -> Span {
    // `recipients` sorted: those starting where the actor starts, by bisection
    let from = recipients.partition_point(|r| r.start < s.start);
    let same = recipients[from..].iter().take_while(|r| r.start == s.start);
    match same.filter(|r| r.end < s.end).last() {
        Some(r) => {
            let rest = &doc.text[r.end..s.end];
            let start = s.end - rest.trim_start().len();
            if start < s.end {
                Span::new(start, s.end)
            } else {
                s
            }
        }
        None => s,
    }
}

/// A source span that runs over a verification's cue ("Haddad shot down Fulton's", the source
/// of the noun cue "claims" in "Haddad shot down Fulton's claims: …") names whose claim it
/// is at its end: its last word, when a possessive ("Fulton's"). `cues`: the verifications' cues.
fn past_verification(doc: &Doc, cues: &SpanSet, s: Span) -> Span {
    if !cues.overlapping(s).iter().any(|(c, _)| c.start > s.start) {
        return s;
    }
    let text = doc.slice(s).trim_end();
    // after the last whitespace char (which may be wider than a byte: a no-break space)
    let last = text.char_indices().rfind(|(_, c)| c.is_whitespace()).map_or(0, |(k, c)| k + c.len_utf8());
    let word = &text[last..];
    let possessive = word.ends_with("'s") || word.ends_with("’s");
    if possessive && word.starts_with(char::is_uppercase) {
        Span::new(s.start + last, s.start + text.len())
    } else {
        s
    }
}

/// Whether `w` ends a source phrase without being part of it: one of the lex
/// [`TRAILING_ADVERBS`], or one of the [`HEADLINE_ADVERBS`] capitalised as in a title-case
/// headline ("CNN Just Responded To …").
fn trailing_adverb(w: &str) -> bool {
    TRAILING_ADVERBS.contains(w) || {
        let mut cs = w.chars();
        cs.next().is_some_and(|c| c.is_ascii_uppercase())
            && cs.as_str().chars().all(|c| c.is_ascii_lowercase())
            && HEADLINE_ADVERBS.contains(&w.to_ascii_lowercase())
    }
}
/// A time noun of the calendar (`TIME_NOUNS`) or a day of the calendar's time phrases ("last Monday").
fn is_time_noun(w: &str) -> bool {
    hearsay_lex::calendar::TIME_NOUNS.contains(w) || hearsay_lex::calendar::TIME_PHRASE.contains(w)
}

/// `s` without a last word of [`trailing_adverb`] ("CNN Just" in a title-case headline); never empty.
fn without_trailing_adverb(doc: &Doc, s: Span) -> Span {
    let Some(text) = doc.text.get(s.start..s.end) else { return s };
    match text.rsplit_once(' ') {
        Some((left, last)) if trailing_adverb(last) && !left.trim_end().is_empty() => {
            Span::new(s.start, s.start + left.trim_end().len())
        }
        _ => s,
    }
}

/// A source or actor span with what is not part of the phrase cut off: the text after a
/// spaced dash ("Apple design chief Jony Ive - costs $7,000 …"), a leading time phrase
/// ("last month ISIS"), trailing adverbs ("… Organization further"), and a clause before
/// the last "and" ("Six people were killed in the attack and Somali authorities"). Never empty.
fn tidy(doc: &Doc, s: Span) -> Span {
    let Some(text) = doc.text.get(s.start..s.end) else { return s };
    // "- Gary Bettman" is "Gary Bettman": leading dashes, bullets and stray marks go
    let lead = text.len() - text.trim_start_matches(|c: char| !c.is_alphanumeric() && !"\"“‘'(".contains(c)).len();
    let (mut a, mut b) = (lead, text.len());
    if a >= b {
        return s;
    }
    if let Some((d, n)) = [" - ", " – ", " — "].iter().filter_map(|p| text.find(p).map(|d| (d, p.len()))).min() {
        // not "Steven Sotloff – and in the video, the victim …", whose speaker comes after
        let right = text[d + n..].trim_start_matches(|c: char| !c.is_alphanumeric());
        if d > 0 && !right.starts_with("and ") {
            b = d;
        }
    }
    let words = |a: usize, b: usize| -> Vec<(usize, &str)> {
        let mut v = Vec::new();
        let mut pos = a;
        for w in text[a..b].split(' ') {
            if !w.is_empty() {
                v.push((pos, w));
            }
            pos += w.len() + 1;
        }
        v
    };
    let ws = words(a, b);
    if ws.len() >= 3 && a == lead {
        let w0 = ws[0].1.to_lowercase();
        let w1 = ws[1].1.trim_end_matches(',').to_lowercase();
        if matches!(w0.as_str(), "last" | "this" | "next") && is_time_noun(&w1) {
            a = ws[2].0;
        }
    }
    // "But I", "And Clinton": a sentence-opening conjunction is not part of the source
    if let [(_, w0), (p1, _), ..] = words(a, b)[..] {
        if matches!(w0, "But" | "And" | "So" | "Yet" | "Or" | "Both") {
            a = p1;
        }
    }
    loop {
        let ws = words(a, b);
        match ws[..] {
            [.., _, (p, w)] if trailing_adverb(w) => b = text[..p].trim_end().len(),
            // "Priebus later Thursday"
            [.., _, (p, w), (_, d)] if TRAILING_ADVERBS.contains(w) && is_time_noun(&d.to_lowercase()) => {
                b = text[..p].trim_end().len()
            }
            _ => break,
        }
    }
    let ws = words(a, b);
    let relative = ws.iter().position(|(_, w)| hearsay_lex::pron::RELATIVE_WORDS.contains(&w.to_lowercase()));
    if let Some(v) = ws.iter().position(|(_, w)| CLAUSE_VERBS.contains(w)) {
        if relative.is_none_or(|r| r > v) {
            if let Some(k) = ws.iter().rposition(|(_, w)| *w == "and").filter(|&k| k > v && k + 1 < ws.len()) {
                a = ws[k + 1].0;
            }
        }
    }
    let trimmed = text[a..b].trim_end_matches([',', ' ', ';', ':', '-', '–', '—']);
    if trimmed.is_empty() {
        return s;
    }
    clause::cut_at_verb(doc, Span::new(s.start + a, s.start + a + trimmed.len()))
}

/// A one-word phrase that is a function word, not a pronoun: no source ("Que", "So", "Due").
fn function_word(doc: &Doc, s: Span) -> bool {
    let w = doc.slice(s).trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    if w.is_empty() || w.contains(' ') || mention::is_subject_pronoun(&w) {
        return false;
    }
    // a lone letter ("'s" split from its name) names nobody; "I" is a pronoun
    if w.chars().count() == 1 && w != "i" {
        return true;
    }
    if !(FUNCTION_NAMES.contains(w.as_str()) || hearsay_lex::stop::CORPUS.contains(&w)) {
        return false;
    }
    // quantifiers stand for people ("some argue", "Others said")
    let quantifier = matches!(
        w.as_str(),
        "some" | "many" | "most" | "others" | "all" | "few" | "several" | "both" | "one" | "none" | "those" | "each"
    );
    let pronoun = quantifier || matches!(mention::analyze(&w, "").reference, mention::Reference::Pronoun(_));
    !pronoun
}

/// The antecedent of a source that is a restrictive relative "that" ("a letter that reads",
/// "donors that say"): lower-case, right after a word (no comma or sentence mark before it,
/// not "That said, …" nor "In Wyoming, that meant"), a phrase ending in a person, group or
/// document noun.
fn relative_that(doc: &Doc, s: Span) -> Option<Span> {
    if doc.slice(s) != "that" {
        return None;
    }
    let before = doc.text.get(..s.start)?.trim_end_matches(' ');
    if !before.ends_with(char::is_alphanumeric) {
        return None;
    }
    scan::relative_antecedent(doc, s)
}

/// The two people of a coordination of two names ("Braynard and Chrabaszcz", "Donald Trump
/// and Sen. Ted Cruz (R-Texas)"), each with its own span.
fn named_members(doc: &Doc, span: Span) -> Option<(Span, Span)> {
    let t = doc.slice(span);
    // "Neither the FBI nor the Justice Department": one source each too
    let neither = ["Neither ", "neither "].iter().find_map(|n| t.strip_prefix(n)).filter(|r| r.contains(" nor "));
    let (body, sep) = match neither {
        Some(r) => (r, " nor "),
        None => (t, " and "),
    };
    let (i, _) = body.match_indices(sep).next()?;
    // a list ("A, B and C") is no pair; an appositive of the second is ("Ortiz and his deputy, Lena Park")
    if body[i + sep.len()..].contains(sep) || body[..i].contains(',') || mention::listed(t) {
        return None;
    }
    let left = body[..i].trim_end();
    let right = body[i + sep.len()..].trim_start();
    // two people by name, or two institutions by name ("the FBI", "the Justice Department")
    let named = |p: &str| {
        let m = mention::analyze(p, "");
        // capitalised, or named in an appositive ("his deputy, Lena Park")
        let person = m.stype == SourceType::Person && (p.starts_with(char::is_uppercase) || p.contains(','));
        let body = matches!(m.stype, SourceType::Organization | SourceType::Outlet) && !m.anonymous;
        m.name.is_some() && (person || body)
    };
    // "Vice President and Managing Editor Bill Sammon": one person with two titles
    // ("Neither the U.S. Army nor the Pentagon": an organization's name ending in a title
    // word is no title; sources v2 train set f, fnc1/352)
    let title = mention::ends_in_title(left) && mention::analyze(left, "").stype != SourceType::Organization;
    // a person by name and unnamed people ("Matson and others in the area", "Maria Lopez and
    // her lawyer"): the name is a source of its own (sources v2 train set f, fnc1/352), the
    // rest one more; the left name a single capitalised phrase, not a title's start
    let people = |p: &str| {
        let m = mention::analyze(p, "");
        matches!(m.stype, SourceType::Person | SourceType::Group)
            && m.name.is_none()
            && p.starts_with(|c: char| c.is_lowercase())
    };
    // the name: capitalised words only, its last a proper noun and no group word ("Federal
    // and state officials", "Current and former officials", "Muslims and some other groups",
    // "Sen. Jim Whelan who represents Atlantic City and served …" stay one span)
    let l0 = span.start + (t.len() - body.len());
    let person_left = {
        let m = mention::analyze(left, "");
        let last = left.rsplit(' ').next().unwrap_or("");
        m.stype == SourceType::Person
            && m.name.is_some()
            && left.split(' ').all(|w| w.starts_with(char::is_uppercase))
            && scan::pos_at(doc, l0 + left.len() - last.len()) == hearsay_core::Pos::Propn
            && !lexicon::lexicon().groups.contains_key(&lexicon::norm(last))
    };
    // the unnamed people open with a determiner, a pronoun, an adjective or a noun ("his
    // aides", "other labor leaders", "others in the area"), not a preposition or a verb
    let r0 = span.end - right.len();
    let right_opens = matches!(
        scan::pos_at(doc, r0),
        hearsay_core::Pos::Det | hearsay_core::Pos::Pron | hearsay_core::Pos::Adj | hearsay_core::Pos::Noun
    );
    let mixed = neither.is_none() && person_left && right_opens && people(right);
    if !(named(left) && named(right) || mixed) || title {
        return None;
    }
    let l = span.start + (t.len() - body.len());
    let r = span.end - right.len();
    Some((Span::new(l, l + left.len()), Span::new(r, span.end)))
}

/// What a pronoun with no antecedent among the sources most often is: "it" an organization
/// speaking for itself, "they" an unnamed group.
fn unresolved_pronoun(e: &mut Entity, p: Pronoun) {
    match p {
        Pronoun::Thing => {
            e.source.stype = SourceType::Organization;
            e.source.official = true;
        }
        Pronoun::Plural => e.source.anonymous = true,
        _ => {}
    }
}

/// Whether the word after byte `at` is "reads" or "read" ("it reads", "it read:").
fn reads_after(t: &str, at: usize) -> bool {
    let rest = t.get(at..).unwrap_or("");
    let Some(rest) = rest.strip_prefix(' ') else { return false };
    let word = rest.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    matches!(word, "reads" | "read")
}

/// "the AP, which first reported": resolves the phrase before a relative pronoun.
fn relative_entity(doc: &Doc, ents: &mut Vec<Entity>, recent: &mut RecentMentions, rel: Span) -> Option<usize> {
    if !matches!(doc.slice(rel).to_lowercase().as_str(), "which" | "who") {
        return None;
    }
    let a = scan::relative_antecedent(doc, rel)?;
    let mut info = mention::analyze(doc.slice(a), "");
    if doc.slice(rel).eq_ignore_ascii_case("which") && info.stype == SourceType::Person {
        // "which" never refers to a person: a capitalised name before it is an organization
        info.stype = SourceType::Organization;
        info.official = true;
    }
    if info.stype == SourceType::Unknown && info.name.is_none() {
        return None;
    }
    // "state television, which": the antecedent scan stops at a lower-case modifier, so the
    // source already found over the whole phrase is the referent
    let holding = ents.iter().position(|e| e.source.mentions.iter().any(|m| m.start <= a.start && a.end <= m.end));
    if let Some(e) = holding {
        recent.add(e, a);
        return Some(e);
    }
    let e = resolve::same_name(ents, &info).unwrap_or_else(|| {
        ents.push(Entity::new(&info, a));
        ents.len() - 1
    });
    ents[e].absorb(&info, a);
    recent.add(e, a);
    Some(e)
}

/// True when `pos` is quoted: inside an attribution's quote, or between curly quotation marks.
fn is_quoted(doc: &Doc, quotes: &Quotes, marks: &QuoteMarks, pos: usize) -> bool {
    if quotes.holding(doc, pos).is_some() {
        return true;
    }
    let Some(seg) = doc.segment_at(pos).map(|i| doc.segments[i].span) else {
        return false;
    };
    let (curly, _, closes) = marks.before(doc, seg.start, pos).unwrap_or_default();
    curly > closes
}

/// The quotation marks of a document (“, " and ”) by position, to count those between a
/// paragraph's start and a pronoun without reading the paragraph again for each pronoun (an
/// unbroken page is one paragraph), and each paragraph's attributions whose cue and source it
/// holds, in order.
struct QuoteMarks {
    curly: Vec<usize>,
    straight: Vec<usize>,
    closes: Vec<usize>,
    in_segment: Vec<Vec<usize>>,
}

impl QuoteMarks {
    fn new(doc: &Doc) -> QuoteMarks {
        let (mut curly, mut straight, mut closes) = (Vec::new(), Vec::new(), Vec::new());
        for (i, c) in doc.text.char_indices() {
            match c {
                '“' => curly.push(i),
                '"' => straight.push(i),
                '”' => closes.push(i),
                _ => {}
            }
        }
        // segments are in text order: those that can hold a cue start at or before it and
        // end at or after it
        let mut in_segment = vec![Vec::new(); doc.segments.len()];
        for (i, a) in doc.attributions.iter().enumerate() {
            let (Some(c), Some(src)) = (a.cue, a.source) else { continue };
            let first = doc.segments.partition_point(|g| g.span.end < c.start);
            for (k, g) in doc.segments.iter().enumerate().skip(first) {
                if g.span.start > c.start {
                    break;
                }
                if g.span.contains(c) && g.span.contains(src) {
                    in_segment[k].push(i);
                }
            }
        }
        QuoteMarks { curly, straight, closes, in_segment }
    }

    /// How many “, " and ” lie in `from..pos`; `None` where that is not a slice of the text.
    fn before(&self, doc: &Doc, from: usize, pos: usize) -> Option<(usize, usize, usize)> {
        doc.text.get(from..pos)?;
        let count = |v: &[usize]| v.partition_point(|&p| p < pos) - v.partition_point(|&p| p < from);
        Some((count(&self.curly), count(&self.straight), count(&self.closes)))
    }
}

fn author_entity(doc: &Doc, info: &MentionInfo, span: Span) -> Entity {
    let mut e = Entity::new(info, span);
    e.source.stype = SourceType::Person;
    e.source.name = doc.metadata.authors.first().cloned();
    e.source.anonymous = false;
    e.source.role = Some("author".into());
    e.heads.push("author".into());
    e
}

/// The resolved speaker of the quote holding `pos`: the attribution whose quoted content
/// holds it, else, when `pos` is between quotation marks, the speaker attributed in the same paragraph.
fn quote_speaker(doc: &Doc, quotes: &Quotes, marks: &QuoteMarks, pos: usize) -> Option<usize> {
    if let Some(q) = quotes.holding(doc, pos) {
        return doc.attributions[q].source_id;
    }
    let si = doc.segment_at(pos)?;
    let seg = doc.segments.get(si)?.span;
    let (curly, straight, closes) = marks.before(doc, seg.start, pos)?;
    let opens = curly + straight;
    let inside = if curly > 0 { opens > closes } else { opens % 2 == 1 };
    if !inside {
        return None;
    }
    // the first with a source id now: pronouns resolved earlier in this pass have theirs
    marks.in_segment.get(si)?.iter().find_map(|&i| doc.attributions[i].source_id)
}

fn write_ids(doc: &mut Doc, mentions: &[Mention], ids: &[Option<usize>]) {
    for (m, &id) in mentions.iter().zip(ids) {
        let Some(id) = id else { continue };
        match m.slot {
            Slot::Source(i) => doc.attributions[i].source_id = Some(id),
            Slot::Recipient(i) => doc.attributions[i].recipient_id = Some(id),
            Slot::Actor(i) => doc.verifications[i].actor_id = Some(id),
            Slot::Extra => {}
        }
    }
}

/// Merges each person first described by a role and named later into the named person
/// ([`cataphora::role_then_name`]) and renumbers the ids the attributions and verifications hold.
fn merge_role_then_name(doc: &mut Doc, ents: &mut Vec<Entity>) {
    let mut pairs = cataphora::role_then_name(doc, ents);
    if pairs.is_empty() {
        return;
    }
    // removed from the highest index down, so that the indices still to remove stay valid
    pairs.sort_unstable_by_key(|p| std::cmp::Reverse(p.0));
    for k in 0..pairs.len() {
        let (from, into) = pairs[k];
        cataphora::absorb_into(ents, from, into);
        ents.remove(from);
        // the named entities still to merge into move down past the removed one
        for p in pairs[k + 1..].iter_mut() {
            if p.1 > from {
                p.1 -= 1;
            }
        }
        let remap = |id: &mut Option<usize>| {
            if let Some(i) = *id {
                *id = Some(match i.cmp(&from) {
                    std::cmp::Ordering::Less => i,
                    std::cmp::Ordering::Equal => into - usize::from(into > from),
                    std::cmp::Ordering::Greater => i - 1,
                });
            }
        };
        for a in doc.attributions.iter_mut() {
            remap(&mut a.source_id);
            remap(&mut a.recipient_id);
        }
        for v in doc.verifications.iter_mut() {
            remap(&mut v.actor_id);
        }
    }
}

/// A quote with no source continues the previous quote's speaker.
fn continue_quotes(doc: &mut Doc) {
    let mut order: Vec<usize> = (0..doc.attributions.len()).collect();
    order.sort_by_key(|&i| doc.attributions[i].content.first().map_or(0, |c| c.start));
    let mut prev: Option<usize> = None;
    for i in order {
        let a = &doc.attributions[i];
        if a.source.is_none()
            && a.source_id.is_none()
            && matches!(a.kind, AttributionKind::Direct | AttributionKind::Mixed)
        {
            doc.attributions[i].source_id = prev;
        }
        if doc.attributions[i].source_id.is_some() && doc.attributions[i].parent.is_none() {
            prev = doc.attributions[i].source_id;
        }
    }
}

/// Reads one mention phrase on its own (for evaluation and tools).
pub fn describe(mention: &str) -> MentionInfo {
    mention::analyze(mention, "")
}
