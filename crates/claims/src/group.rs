//! Groups attributions that assert or relay the same content.

use crate::facts::Facts;
use crate::table::WordTable;
use crate::words::{content_words, Idf};
use hearsay_core::{Doc, SourceType, Span, SpeechAct, Verdict};

/// Content overlap at or above which two attributions state the same claim: the share of
/// one content's words (weighted by rarity) that the other holds, for the better-covered side.
pub const SAME_CLAIM: f64 = 0.34;
/// The least share the other side must cover too, so that a long quote does not absorb every
/// short report whose few words it happens to hold (tuned on the train part of data/claims:
/// claim F1 0.672 → 0.690; 0.2 scored alike but split the seed article's relayed report from
/// its claim).
pub const BOTH_SIDES: f64 = 0.15;
/// The same, for reports by two different sources (neither an unnamed report passing the
/// claim on): their merging makes the claim corroborated, so both must say much the same
/// (train part of data/claims: label accuracy 0.657 → 0.680, claim recall 0.686 → 0.721).
pub const INDEPENDENT_BOTH_SIDES: f64 = 0.35;

/// Content words of each attribution's content spans.
pub fn attribution_words(doc: &Doc) -> Vec<Vec<String>> {
    doc.attributions
        .iter()
        .map(|a| {
            let mut w = Vec::new();
            for c in &a.content {
                for x in content_words(doc.slice(*c)) {
                    if !w.contains(&x) {
                        w.push(x);
                    }
                }
            }
            w
        })
        .collect()
}

/// True when an attribution's content reports a verification ("I cannot confirm …"; not one in
/// an appositive naming the content, [`crate::facts::appositive`]), or its cue is a
/// verification cue ("provided no further context"): it responds to a claim rather than
/// asserting one.
pub fn is_response(doc: &Doc, i: usize) -> bool {
    let a = &doc.attributions[i];
    doc.verifications.iter().enumerate().any(|(k, v)| {
        v.verdict != Verdict::Confirmed
            && (a.content.iter().any(|c| c.contains(v.cue) && !crate::facts::appositive(doc, *c, k))
                || a.cue.is_some_and(|c| c.overlaps(v.cue)))
    })
}

/// The verdict of a verification whose cue is this attribution's cue ("The US *cannot
/// confirm* that …"): its source verifies a claim rather than asserting or relaying it.
pub fn verifying_verdict(doc: &Doc, i: usize) -> Option<Verdict> {
    let cue = doc.attributions[i].cue?;
    doc.verifications.iter().find(|v| v.cue.overlaps(cue)).map(|v| v.verdict)
}

/// Whether an attribution states no claim at all: its cue is a verification about the
/// exchange itself ("did not respond to the Post's request", "provided no further context
/// about how …"), so its content is not a proposition anyone asserts.
pub fn states_no_claim(doc: &Doc, i: usize) -> bool {
    matches!(
        verifying_verdict(doc, i),
        Some(
            Verdict::DidNotRespond
                | Verdict::DeclinedToComment
                | Verdict::CouldNotBeReached
                | Verdict::NoFurtherContext
        )
    ) || only_a_verification(doc, i)
}

/// Whether the attribution's content is nothing but a verification ("a report that a
/// Pentagon official could not confirm"): fewer than two content words remain once the
/// verification's actor and cue are set aside.
fn only_a_verification(doc: &Doc, i: usize) -> bool {
    let a = &doc.attributions[i];
    doc.verifications
        .iter()
        .position(|v| a.content.iter().any(|c| c.contains(v.cue)))
        .is_some_and(|v| only_verification(doc, i, v))
}

/// Whether fewer than two content words of attribution `i` remain once verification `v`'s
/// actor and cue are set aside.
pub(crate) fn only_verification(doc: &Doc, i: usize, v: usize) -> bool {
    let a = &doc.attributions[i];
    let v = &doc.verifications[v];
    let mut rest = 0;
    for c in &a.content {
        let cuts = [v.actor, Some(v.cue)];
        let mut at = c.start;
        let mut pieces = Vec::new();
        for cut in cuts.iter().flatten().filter(|x| c.contains(**x)) {
            if cut.start > at {
                pieces.push(hearsay_core::Span::new(at, cut.start));
            }
            at = at.max(cut.end);
        }
        if c.end > at {
            pieces.push(hearsay_core::Span::new(at, c.end));
        }
        rest += pieces.iter().map(|p| content_words(doc.slice(*p)).len()).sum::<usize>();
    }
    rest < 2
}

/// Whether attribution `i` can make or join a claim: its act puts a proposition forward
/// (an assertion or a belief), or it responds to one (kept apart from the claims it responds
/// to, below). Intentions, feelings, requests, questions and references never do.
pub fn claimable(doc: &Doc, i: usize) -> bool {
    let act = doc.attributions[i].act;
    (act.asserts()
        && !speculates(doc, i)
        && !organization_plans(doc, i)
        && !verbless(doc, i)
        && !feels(doc, i)
        && !known_as(doc, i)
        && !writers_own(doc, i)
        && !caption_label(doc, i))
        || act == SpeechAct::Response
}

/// Bytes around a caption label read for another mention of its word ([`caption_label`]).
const LABEL_REACH: usize = 64 * 1024;

/// Whether the report is a picture caption's label taken for a speaker: its source is one word
/// in capitals that opens its line, its cue is the colon after it, and the word appears
/// nowhere else in the text, in any case ("*AGONY:* After a five hour surgery medics managed
/// to reattach his penis", "*URGENT:* ISIS kills 300 Iraqi soldiers …"). A speaker named in
/// capitals ("NASA: …", a transcript's "TRUMP: …") is named again in the article; a label is not. Fresh FNC-1 training
/// bodies outside every gold file open lines with such labels ("MORE", "PHOTOS",
/// "BREAKING", "AGONY", "REVENGE").
pub fn caption_label(doc: &Doc, i: usize) -> bool {
    let a = &doc.attributions[i];
    let (Some(src), Some(cue)) = (a.source, a.cue) else { return false };
    let word = doc.slice(src).trim();
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 || word.chars().any(|c| c.is_lowercase() || c.is_whitespace()) {
        return false;
    }
    if !doc.slice(cue).trim_start().starts_with(':') {
        return false;
    }
    // the line opens with the word (only the spaces before it are read)
    let Some(before) = doc.text.get(..src.start) else { return false };
    let before = before.trim_end_matches(|c: char| c.is_whitespace() && c != '\n');
    if !(before.is_empty() || before.ends_with('\n')) {
        return false;
    }
    // named nowhere else, in any case ("TRUMP: …" in a transcript names Trump, whom the article
    // names again): one pass over the words within LABEL_REACH of it, only those of the word's
    // length compared (bounded, so that a text of many labels stays linear)
    let base = doc.text.as_ptr() as usize;
    let lower = word.to_lowercase();
    let lo = doc.text.floor_char_boundary(src.start.saturating_sub(LABEL_REACH));
    let hi = doc.text.ceil_char_boundary(src.end + LABEL_REACH);
    !doc.text[lo..hi].split(|c: char| !c.is_alphanumeric()).any(|w| {
        w.len() == word.len()
            && (w.as_ptr() as usize).saturating_sub(base) != src.start
            && (w.eq_ignore_ascii_case(word) || w.to_lowercase() == lower)
    })
}

/// Whether the cue is "known" with a preposition after it ("formerly *known as* …", "is best
/// *known for* appearances …", "little *is known about* …", "where *known*"): a name or a
/// reputation, no proposition (train part of data/claims, set e: fnc1/2492, the Daily Show
/// and HuffPost articles).
pub fn known_as(doc: &Doc, i: usize) -> bool {
    use hearsay_core::Pos;
    let Some(cue) = doc.attributions[i].cue else { return false };
    let Some(k) = doc.tokens_within(cue).rev().find(|&t| doc.lower_at(t) == "known") else { return false };
    // the preposition in the cue or right after it
    let next = (k + 1..doc.tokens.len()).find(|&t| doc.slice(doc.tokens[t].span).chars().any(char::is_alphanumeric));
    let prep = next.is_some_and(|t| doc.pos.get(t) == Some(&Pos::Adp) || doc.lower_at(t) == "as");
    let relative = k > 0 && matches!(doc.lower_at(k - 1).as_ref(), "where" | "when");
    prep || relative
}

/// Whether the report has no source and its cue opens its sentence ("*Assuming* Clinton
/// remains …", "*Expected*: battery life was …", "*Think* this is the 7th time"): the writer's
/// own reasoning, as the writer's hedges are (docs/CLAIMS.md). A passive of saying or thinking
/// with its subject before it ("It *is believed* …", "he *is said* to …") does not open its
/// sentence, and a cue that opens with a noun phrase ("The assumption fueling that fire is
/// that …") names a view as held: both stay claims.
pub fn writers_own(doc: &Doc, i: usize) -> bool {
    let a = &doc.attributions[i];
    if a.source.is_some() || a.source_id.is_some() {
        return false;
    }
    let Some(cue) = a.cue else { return false };
    let Some(si) = doc.sentence_at(cue.start) else { return false };
    let first = doc.sentences[si]
        .tokens
        .clone()
        .find(|&t| doc.slice(doc.tokens[t].span).chars().next().is_some_and(char::is_alphanumeric));
    // a verb, not a noun phrase naming what is held ("*The assumption* fueling that fire is
    // that …" presents a view as held, as "it is believed" does)
    let nominal = |t: usize| {
        matches!(
            doc.pos.get(t),
            Some(hearsay_core::Pos::Det | hearsay_core::Pos::Noun | hearsay_core::Pos::Propn | hearsay_core::Pos::Pron)
        )
    };
    first.is_some_and(|t| doc.tokens[t].span.start == cue.start && !nominal(t))
}

/// Fewest content words a content with no verb needs to stand as a claim.
const VERBLESS_WORDS: usize = 3;

/// Whether the attribution's content is a fragment that states no proposition: it holds no
/// verb or auxiliary, fewer than [`VERBLESS_WORDS`] content words, and no "a", "an" or "as"
/// after its first word, which would make it an evaluation ("called *Trump a liar*",
/// "described *public corruption as the FBI's top priority*" stay claims). Train part of
/// data/claims, sets a–d: "which Ayn al-Arab" (fnc1/950), "emergency preparedness"
/// (fnc1/2521), "crash boxes" (fnc1/663). A document without
/// part-of-speech tags keeps every content.
pub fn verbless(doc: &Doc, i: usize) -> bool {
    use hearsay_core::Pos;
    if doc.pos.len() != doc.tokens.len() || doc.tokens.is_empty() {
        return false;
    }
    let content = &doc.attributions[i].content;
    if content.is_empty() {
        return false;
    }
    let mut words = 0;
    let mut first = true;
    for c in content {
        let from = doc.tokens.partition_point(|t| t.span.start < c.start);
        for (t, p) in doc.tokens[from..].iter().zip(&doc.pos[from..]).take_while(|(t, _)| t.span.end <= c.end) {
            if matches!(p, Pos::Verb | Pos::Aux) {
                return false;
            }
            let w = doc.slice(t.span);
            if !first && (w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an") || w.eq_ignore_ascii_case("as")) {
                return false;
            }
            first = false;
        }
        words += content_words(doc.slice(*c)).len();
    }
    words < VERBLESS_WORDS
}

/// Most words of a content read for [`organization_plans`].
const PLAN_WORDS: usize = 10;

/// Most words between a determiner and the organization noun it opens ("the *federal*
/// government") read for [`organization_plans`].
const PLAN_MODIFIERS: usize = 2;

/// The organization subject opening `words` (original case): "it" (when `it` allows it: an
/// organization's own "it", not a person's, which is some other thing), a determiner
/// (`the`, `its`, `their`) with an organization noun of `crates/lex/data/org_heads.txt` within
/// [`PLAN_MODIFIERS`] words ("the agency", "the federal government"), or a government of
/// `crates/lex/data/government.txt` ("the United States", "U.S."); the number of its words.
fn organization_subject(words: &[&str], it: bool) -> Option<usize> {
    static LISTS: std::sync::OnceLock<(Vec<String>, Vec<Vec<String>>)> = std::sync::OnceLock::new();
    let (heads, governments) = LISTS.get_or_init(|| {
        let lines = |src: &'static str| {
            src.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect::<Vec<_>>()
        };
        let heads = lines(hearsay_lex::speakers::ORG_HEADS).into_iter().map(str::to_lowercase).collect();
        let governments = lines(hearsay_lex::speakers::GOVERNMENT)
            .into_iter()
            .map(|g| g.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).map(str::to_string).collect())
            .filter(|g: &Vec<String>| !g.is_empty())
            .collect();
        (heads, governments)
    });
    let lower = |w: &str| w.to_lowercase();
    let w0 = lower(words.first()?);
    if w0 == "it" {
        return it.then_some(1);
    }
    let det = usize::from(w0 == "the");
    if let Some(n) = governments.iter().find_map(|g| {
        let n = g.len();
        (words.len() >= det + n && words[det..det + n].iter().zip(g).all(|(w, x)| *w == x.as_str())).then_some(det + n)
    }) {
        return Some(n);
    }
    if !matches!(w0.as_str(), "the" | "its" | "their") {
        return None;
    }
    words
        .iter()
        .enumerate()
        .skip(1)
        .take(PLAN_MODIFIERS + 1)
        .find(|(_, w)| heads.contains(&lower(w)))
        .map(|(k, _)| k + 1)
}

/// Whether an organization states its own plan: the content opens (after "that") with the
/// organization ("it", "the agency", "the United States": [`organization_subject`]) and a
/// future of a deed ("Comcast said *it will review* the letter", "the ministry said *it would
/// not* release the names", "a White House spokesman said *the United States would work*
/// with …"), as a person's "he will …" does (`SpeechAct::Intention`). The speaker is an
/// organization or outlet, or an official speaking for one (the sources stage's `official`;
/// then the organization is named: a person's "it will reopen" is about some other thing).
/// A future of a verb of `hearsay_lex::verbs::NON_AGENTIVE` is a forecast ("it will be
/// difficult", "it would cost billions") and stays a claim.
pub fn organization_plans(doc: &Doc, i: usize) -> bool {
    let a = &doc.attributions[i];
    let source = a.source_id.and_then(|s| doc.sources.get(s));
    let organization = source.is_some_and(|s| matches!(s.stype, SourceType::Organization | SourceType::Outlet));
    let speaks_for = organization || source.is_some_and(|s| s.stype == SourceType::Person && s.official);
    let Some(first) = a.content.first().filter(|_| speaks_for) else { return false };
    let text = doc.slice(*first).replace('’', "'");
    let mut words: Vec<&str> =
        text.split(|c: char| !(c.is_alphabetic() || c == '\'')).filter(|w| !w.is_empty()).take(PLAN_WORDS).collect();
    if words.first().is_some_and(|w| w.eq_ignore_ascii_case("that")) {
        words.remove(0);
    }
    let mut named_subject = None;
    let (modal, rest) = match words.first().map(|w| w.to_lowercase()).as_deref() {
        Some("it'll") if organization => ("will".to_string(), &words[1..]),
        Some(w) => {
            let Some(n) = organization_subject(&words, organization) else { return false };
            named_subject = (w != "it").then_some(n);
            (words.get(n).map(|w| w.to_lowercase()).unwrap_or_default(), words.get(n + 1..).unwrap_or(&[]))
        }
        None => return false,
    };
    if !hearsay_lex::verbs::FUTURE_MODALS.contains(&modal) {
        // "Amazon announced *it plans to open* a store", "the agency *intends to* …": a verb
        // of intending before "to" states the plan as a future does ("it *expects* to", a
        // belief, stays a forecast)
        let to = rest.first().is_some_and(|w| w.eq_ignore_ascii_case("to"));
        let buf = &mut String::new();
        let intends = to
            && hearsay_lex::acts::of_word(&modal, None, buf).is_some_and(|a| {
                a.infinitive == hearsay_lex::acts::Act::Intention
                    && matches!(a.clause, hearsay_lex::acts::Act::Intention | hearsay_lex::acts::Act::Feeling)
            });
        return intends && (named_subject.is_none() || tagged_verb(doc, *first, &modal));
    }
    // "will not", "would also", "will never" before the verb
    let verb = rest
        .iter()
        .map(|w| w.to_lowercase())
        .find(|w| !matches!(w.as_str(), "not" | "also" | "never" | "now" | "soon" | "still"));
    let Some(verb) = verb.filter(|v| !hearsay_lex::verbs::NON_AGENTIVE.contains(v)) else { return false };
    // after a named organization the word is a verb by its tag, not an adverb ("France will
    // *always* be France", "the U.S. will *likely* see …": no deed)
    named_subject.is_none() || named_subject.is_some_and(|_| tagged_verb(doc, *first, &verb))
}

/// Whether the first token of `span` spelled `word` (any case) is tagged a verb; true when the
/// document has no tags.
fn tagged_verb(doc: &Doc, span: hearsay_core::Span, word: &str) -> bool {
    if doc.pos.len() != doc.tokens.len() {
        return true;
    }
    let from = doc.tokens.partition_point(|t| t.span.start < span.start);
    doc.tokens[from..]
        .iter()
        .zip(&doc.pos[from..])
        .take_while(|(t, _)| t.span.end <= span.end)
        .find(|(t, _)| doc.slice(t.span).eq_ignore_ascii_case(word))
        .is_some_and(|(_, p)| *p == hearsay_core::Pos::Verb)
}

/// Most words before the "to be" of a content read for [`feels`].
const FEELING_AT: usize = 4;

/// Whether the content reports a feeling rather than a proposition: within its first words
/// (after "that") a form of "to be" (`hearsay_lex::verbs::AUX_BE`), negations and degree
/// words (`hearsay_lex::function::DEGREE`), then a participle of feeling of
/// `hearsay_lex::verbs::STATE_PARTICIPLES`, not followed by "that" or "of" ("he was
/// *surprised by* the gap in shots", "they were *shocked but not surprised* at …", "I'm not
/// *satisfied*"; "he was *convinced that* …" states what follows). Train part of
/// data/claims, sets a–d: fnc1/398, fnc1/1195, fnc1/2441, polnear/train west-journal
/// 2016-01-08.
pub fn feels(doc: &Doc, i: usize) -> bool {
    let Some(first) = doc.attributions[i].content.first() else { return false };
    let words: Vec<String> = doc
        .slice(*first)
        .split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .take(FEELING_AT + 8)
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect();
    let skip = usize::from(words.first().is_some_and(|w| w == "that"));
    let be = |w: &str| hearsay_lex::verbs::AUX_BE.contains(w) || w.ends_with("'m") || w.ends_with("'re");
    let Some(b) = words.iter().skip(skip).take(FEELING_AT + 1).position(|w| be(w)) else { return false };
    let mut k = skip + b + 1;
    while words
        .get(k)
        .is_some_and(|w| hearsay_lex::neg::NEGATION.contains(w) || hearsay_lex::function::DEGREE.contains(w))
    {
        k += 1;
    }
    words.get(k).is_some_and(|w| hearsay_lex::verbs::STATE_PARTICIPLES.contains(w))
        && words.get(k + 1).is_none_or(|w| w != "that" && w != "of")
}

/// Whether the attribution's cue is only the writer's own speculation: it holds a verb of
/// `hearsay_lex::verbs::SPECULATION` ("she also *seems* to repost", "*appeared*") and no
/// other cue word (`hearsay_lex::speech::ATTRIBUTION` or a cue lemma: "appeared to *suggest*"
/// stays a report).
pub fn speculates(doc: &Doc, i: usize) -> bool {
    let Some(cue) = doc.attributions[i].cue else { return false };
    let buf = &mut String::new();
    let mut speculation = false;
    for w in doc.slice(cue).split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
        let w = w.to_lowercase();
        if hearsay_lex::verbs::SPECULATION.contains(&w) {
            speculation = true;
        } else if hearsay_lex::speech::ATTRIBUTION.contains(&w) || hearsay_lex::speech::cue_class(&w, buf) > 0 {
            return false;
        }
    }
    speculation
}

/// The figures a content gives ("10,000", "15", "1995"), sorted and deduplicated, digits only.
pub fn numbers_in(doc: &Doc, content: &[hearsay_core::Span]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for c in content {
        for w in doc.slice(*c).split(|ch: char| !(ch.is_ascii_digit() || ch == ',' || ch == '.')) {
            let digits: String = w.chars().filter(char::is_ascii_digit).collect();
            if !digits.is_empty() {
                out.push(digits);
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

fn find(p: &mut [usize], mut x: usize) -> usize {
    while p[x] != x {
        p[x] = p[p[x]];
        x = p[x];
    }
    x
}

/// Most lists of one posting (lists holding a word) compared with a list: the nearest ones
/// in document order. Articles have few attributions (PolNeAR's longest: under 200; every
/// PolNeAR and AEB analysis is the same with 128 as with 512, tools/identical.sh), so this
/// bounds only book-length inputs, where a word in thousands of reports is no sign of a
/// shared claim (16 MB of prose: claims stage 12.6 s with 512, 5.6 s with 128).
pub const MAX_POSTING: usize = 128;

/// Lists of `members` (by posting, [`WordTable::postings`]) that hit a rare word of list `k`
/// ([`WordTable::prefix`] for `share`): every list covering `share` of `k`'s weight is among
/// them when no posting is longer than [`MAX_POSTING`]; of a longer posting, only the
/// [`MAX_POSTING`] lists nearest `anchor` (a list index).
fn candidates(table: &WordTable, post: &[Vec<u32>], k: usize, share: f64, anchor: usize) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    for w in table.prefix(k, share) {
        let p = &post[w as usize];
        let at = p.partition_point(|&j| (j as usize) <= anchor);
        let window = crate::table::capped_window(p, at, MAX_POSTING);
        out.extend(window.iter().map(|&j| j as usize));
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Groups of attribution indices, each sorted, groups ordered by their first attribution; and
/// the responses (attributions that answer a claim, [`is_response`], or continue a quote that
/// does), which join no group: the claim they answer is stated elsewhere.
///
/// Two attributions are compared only when one holds a rare word of the other
/// ([`candidates`]): pairs that share none cannot reach [`SAME_CLAIM`] on either side.
pub fn group(doc: &Doc, words: &[Vec<String>], idf: &Idf, facts: &Facts) -> (Vec<Vec<usize>>, Vec<usize>) {
    let n = doc.attributions.len();
    let ok: Vec<bool> = (0..n).map(|i| claimable(doc, i)).collect();
    let mut p: Vec<usize> = (0..n).collect();
    let mut response: Vec<bool> = facts.response.clone();
    // a quote continuing in the next paragraph (no source, no cue) belongs with the quote it continues
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&i| doc.attributions[i].content.first().map_or(0, |c| c.start));
    for w in order.windows(2) {
        let (prev, cur) = (w[0], w[1]);
        if !ok[prev] || !ok[cur] {
            continue;
        }
        let a = &doc.attributions[cur];
        if a.source.is_none()
            && a.cue.is_none()
            && a.source_id.is_some()
            && a.source_id == doc.attributions[prev].source_id
        {
            let (x, y) = (find(&mut p, cur), find(&mut p, prev));
            p[x] = y;
            response[cur] |= response[prev];
        }
    }
    for (i, a) in doc.attributions.iter().enumerate() {
        // a nested report is relayed by the one quoting it
        if let Some(par) = a.parent.filter(|&q| q < n && q != i && ok[q] && ok[i]) {
            let (x, y) = (find(&mut p, i), find(&mut p, par));
            p[x] = y;
        }
    }
    let mut table = WordTable::new(words, idf);
    let keep: Vec<bool> = (0..n).map(|i| ok[i] && !response[i]).collect();
    let post = table.postings((0..n).filter(|&i| keep[i]));
    // a merging pair has one side covered at SAME_CLAIM or more, so it shares a rare word of
    // that side at SAME_CLAIM: probing each list in both directions finds it
    // (attribution indices fit u32: a document has far fewer than 4 G attributions)
    let mut pairs: Vec<(u32, u32)> = Vec::new();
    for k in (0..n).filter(|&k| keep[k]) {
        for c in candidates(&table, &post, k, SAME_CLAIM, k) {
            if c != k {
                pairs.push((k.min(c) as u32, k.max(c) as u32));
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    let numbers: Vec<Vec<String>> = doc.attributions.iter().map(|a| numbers_in(doc, &a.content)).collect();
    let apart = contradictions(doc);
    // per group root, the attributions it must never join (each contradicted pair is kept
    // on both sides, so looking through one root's list finds any pair between two groups)
    let mut bans: Vec<Vec<usize>> = vec![Vec::new(); n];
    for &(a, b) in &apart {
        let (ra, rb) = (find(&mut p, a), find(&mut p, b));
        bans[ra].push(b);
        bans[rb].push(a);
    }
    for (i, j) in pairs {
        let (i, j) = (i as usize, j as usize);
        // already one group: joining them again changes nothing
        if doc.attributions[i].parent == Some(j)
            || doc.attributions[j].parent == Some(i)
            || find(&mut p, i) == find(&mut p, j)
        {
            continue;
        }
        let (si, sj) = (doc.attributions[i].source_id, doc.attributions[j].source_id);
        let relay = |s: Option<usize>| s.is_some_and(|s| crate::chain::is_anonymous_relay(doc, s));
        let cross = si.is_some() && sj.is_some() && si != sj && !relay(si) && !relay(sj);
        // different figures make different propositions: from two sources any difference,
        // from one source figures neither of which holds the other's ("98 percent are Sunni",
        // "less than 1 percent are Christians")
        let (ni, nj) = (&numbers[i], &numbers[j]);
        let subset = |a: &[String], b: &[String]| a.iter().all(|x| b.contains(x));
        let differ = if cross { ni != nj } else { !subset(ni, nj) && !subset(nj, ni) };
        if differ && !ni.is_empty() && !nj.is_empty() {
            continue;
        }
        let need_lo = if cross { INDEPENDENT_BOTH_SIDES } else { BOTH_SIDES };
        if table.coverages(i, j).is_some_and(|(hi, lo)| hi >= SAME_CLAIM && lo >= need_lo) {
            let (x, y) = (find(&mut p, i), find(&mut p, j));
            // a report and the one its source contradicts never join, not even through a third
            let (few, other) = if bans[x].len() <= bans[y].len() { (x, y) } else { (y, x) };
            let split = (0..bans[few].len()).any(|k| find(&mut p, bans[few][k]) == other);
            if !split && x != y {
                p[x] = y;
                let moved = std::mem::take(&mut bans[x]);
                bans[y].extend(moved);
            }
        }
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut responses: Vec<usize> = Vec::new();
    let mut root_of: Vec<Option<usize>> = vec![None; n];
    for i in 0..n {
        if !ok[i] || facts.no_claim[i] {
            continue;
        }
        if response[i] {
            responses.push(i);
            continue;
        }
        let r = find(&mut p, i);
        match root_of[r] {
            Some(g) => groups[g].push(i),
            None => {
                root_of[r] = Some(groups.len());
                groups.push(vec![i]);
            }
        }
    }
    (groups, responses)
}

/// Most report pairs kept apart by [`contradictions`] (a bound for book-length inputs).
pub const MAX_CONTRADICTIONS: usize = 64;

/// Pairs of reports that contradict each other: the source of one denies what the other's
/// source says, the other's source or content lying in what the denial is about, from its cue
/// to the end of its sentence ("Video shows Crutcher had his hands in the air, *contradicting
/// Tulsa police's earlier claim that he had refused to keep his hands up*").
pub fn contradictions(doc: &Doc) -> Vec<(usize, usize)> {
    let objects = hearsay_core::SpanSet::new(doc.verifications.iter().enumerate().filter_map(|(v, x)| {
        let si = doc.sentence_at(x.cue.start)?;
        let end = doc.sentences[si].span.end.max(x.cue.end);
        (x.verdict == Verdict::Denied && x.actor_id.is_some()).then(|| (hearsay_core::Span::new(x.cue.start, end), v))
    }));
    // the attributions of each source, in order (a denier's own reports)
    let mut by_source: rustc_hash::FxHashMap<usize, Vec<usize>> = Default::default();
    for (i, x) in doc.attributions.iter().enumerate() {
        if let Some(s) = x.source_id {
            by_source.entry(s).or_default().push(i);
        }
    }
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (j, a) in doc.attributions.iter().enumerate() {
        let Some(at) = a.source.or_else(|| a.content.first().copied()) else { continue };
        for (_, v) in objects.containing(at) {
            let denier = doc.verifications[v].actor_id;
            let Some(own) = denier.and_then(|d| by_source.get(&d)) else { continue };
            let by = own.iter().filter(|&&i| i != j);
            for &i in by.filter(|_| a.source_id != denier) {
                if out.len() == MAX_CONTRADICTIONS {
                    return out;
                }
                out.push((i, j));
            }
        }
    }
    out
}

/// For each further mention (its content words in `extra`: a hedged sentence, what a response
/// answers; `near`: the index of an attribution near it in the text), the group it restates,
/// if any: the first group holding an attribution whose content it matches as two
/// attributions would ([`SAME_CLAIM`], [`BOTH_SIDES`]).
pub fn join_mentions(
    words: &[Vec<String>],
    extra: &[Vec<String>],
    near: &[usize],
    groups: &[Vec<usize>],
    idf: &Idf,
) -> Vec<Option<usize>> {
    let n = words.len();
    let lists: Vec<Vec<String>> = words.iter().chain(extra).cloned().collect();
    let mut table = WordTable::new(&lists, idf);
    let mut group_of: Vec<Option<usize>> = vec![None; n];
    for (g, members) in groups.iter().enumerate() {
        for &a in members {
            if a < n && group_of[a].is_none() {
                group_of[a] = Some(g);
            }
        }
    }
    let post = table.postings((0..n).filter(|&a| group_of[a].is_some()));
    (0..extra.len())
        .map(|h| {
            let anchor = near.get(h).copied().unwrap_or(0);
            candidates(&table, &post, n + h, BOTH_SIDES, anchor)
                .into_iter()
                .filter(|&a| table.coverages(n + h, a).is_some_and(|(hi, lo)| hi >= SAME_CLAIM && lo >= BOTH_SIDES))
                .filter_map(|a| group_of[a])
                .min()
        })
        .collect()
}

/// Most sentences after an unnamed group's report within which a named person's report counts
/// as one of the group speaking ([`member_after`]).
pub const MEMBER_SENTENCES: usize = 2;

/// Most words of a source mention read for its nouns ([`member_after`]).
pub const MEMBER_PHRASE_WORDS: usize = 12;

/// Most reports read after an unnamed group's for one of its members ([`member_after`]).
pub const MEMBER_REPORTS: usize = 32;

/// Fewest content words the member's report shares with the claim's reports ([`member_after`]).
pub const MEMBER_SHARED: usize = 2;

/// A named person reporting within [`MEMBER_SENTENCES`] sentences after the report of an
/// unnamed group that is the claim's only origin, whose phrase holds one of the group's nouns
/// and whose report shares at least [`MEMBER_SHARED`] content words with the claim's
/// ("*Residents there* said … he was furious about not being able to get a passport. … he was
/// furious about the passport, *Mission resident Norman LeBlanc* told …"): a member of the
/// group giving the claim, a second origin (docs/CLAIMS.md: "a named member of an unnamed
/// group counts as a second origin"). Train part of data/claims, fnc1/1331.
pub fn member_after(doc: &Doc, attrs: &[usize], orig: &[usize]) -> Option<usize> {
    let groups = orig.iter().all(|&o| doc.sources.get(o).is_some_and(|s| s.anonymous && s.stype == SourceType::Group));
    if orig.is_empty() || !groups {
        return None;
    }
    let at = |a: usize| {
        let x = &doc.attributions[a];
        x.source.or(x.cue).or_else(|| x.content.first().copied()).and_then(|s| doc.sentence_at(s.start))
    };
    let first = attrs
        .iter()
        .filter(|&&a| doc.attributions[a].source_id.is_some_and(|s| orig.contains(&s)))
        .filter_map(|&a| at(a))
        .min()?;
    // the nouns of a phrase, lower-cased, a plural "s" cut ("residents" → "resident")
    let nouns = |m: Span| -> Vec<String> {
        doc.tokens_within(m)
            .take(MEMBER_PHRASE_WORDS)
            .filter(|&t| matches!(doc.pos.get(t), Some(hearsay_core::Pos::Noun | hearsay_core::Pos::Propn)))
            .map(|t| {
                let w = doc.lower_at(t);
                w.strip_suffix('s').filter(|r| r.len() >= 3).unwrap_or(&w).to_string()
            })
            .collect()
    };
    let group_nouns: Vec<String> = orig
        .iter()
        .filter_map(|&o| doc.sources.get(o))
        .flat_map(|s| s.mentions.iter().flat_map(|m| nouns(*m)))
        .collect();
    let mut claim: Vec<String> = attrs
        .iter()
        .flat_map(|&a| doc.attributions[a].content.iter().flat_map(|c| content_words(doc.slice(*c))))
        .collect();
    claim.sort_unstable();
    claim.dedup();
    // attributions are in text order: only those whose content starts in the group's
    // sentence or the next ones (at most [`MEMBER_REPORTS`] of them)
    let from = doc.sentences.get(first)?.span.start;
    let to = doc.sentences.get((first + MEMBER_SENTENCES).min(doc.sentences.len().saturating_sub(1)))?.span.end;
    let lo = doc.attributions.partition_point(|x| x.content.first().map_or(0, |c| c.start) < from);
    let hi = doc.attributions.partition_point(|x| x.content.first().map_or(0, |c| c.start) < to).max(lo);
    let window = lo..hi.min(lo + MEMBER_REPORTS);
    doc.attributions[window.clone()].iter().zip(window).find_map(|(x, j)| {
        let s = doc.sources.get(x.source_id?)?;
        let near = at(j).is_some_and(|sj| sj > first && sj - first <= MEMBER_SENTENCES);
        if !(near && !s.anonymous && s.stype == SourceType::Person && x.act.asserts()) {
            return None;
        }
        // one of the group: the person's phrase holds the group's noun ("*Residents* …",
        // "Mission *resident* Norman LeBlanc"; "previous *popes*", "*Pope* Benedict XVI")
        let theirs_nouns = s.mentions.iter().flat_map(|m| nouns(*m)).collect::<Vec<_>>();
        if !group_nouns.iter().any(|n| theirs_nouns.contains(n)) {
            return None;
        }
        let theirs: Vec<String> = x.content.iter().flat_map(|c| content_words(doc.slice(*c))).collect();
        let shared = claim.iter().filter(|w| theirs.contains(w)).count();
        (shared >= MEMBER_SHARED).then_some(x.source_id?)
    })
}
