//! Speakers of verbs of saying that the attribution stage gave no source: the subject of a
//! verb of saying or a verdict, the object of "citing", "quoting", "cites", "(via" and "(as) reported by".

use super::subject::{appositive_subject, inverted_subject, modified_subject, subject_phrase};
use super::{
    bare, capitalised, in_prose, pos_at, speaker_noun, words_at, NOT_BEFORE_SUBJECT, SUBJECT_STARTS, SUBJECT_VERB_GAP,
};
use crate::lexicon::{lexicon, Lexicon};
use crate::resolve::Mention;
use hearsay_core::{Doc, Pos, Span, SpanSet, Verdict};
use hearsay_lex::calendar::TIME_PHRASE;
use hearsay_lex::function::{ACTOR_PREPOSITIONS, CLAUSE_DETERMINERS, RAISING_ADJECTIVES};
use hearsay_lex::media::REPORT_MODIFIERS;
use hearsay_lex::pron::{CLAUSE_SUBJECTS, RELATIVE, RELATIVE_OPENERS};
use hearsay_lex::speech::{
    ADDRESSEE, ATTRIBUTION, BELIEF, BY_AGENT, CHECK, QUOTED_AS, QUOTES_SPEAKER, SOURCE_VERB, TAGS, THAT_ONLY,
    THAT_OPTIONAL, VERDICT,
};
use hearsay_lex::verbs::FINITE_BE;
use std::borrow::Cow;

/// A verb that takes a source before "that" beyond the attribution list: a verb of saying
/// or arguing of the cue lemmas ("contended", "stressed"), not a request ("asked that"), or
/// a verb of belief ([`BELIEF`]).
fn proposition_verb(lw: &str, buf: &mut String) -> bool {
    BELIEF.contains(lw)
        || !matches!(lw, "ask" | "asks" | "asked")
            && hearsay_lex::speech::cue_class(lw, buf) == hearsay_lex::speech::SPEECH_CLASS
}

/// Speakers the attribution stage missed: the subject of a verb of saying ("Lebanese officials
/// had claimed", "it denied", "ISIS denied reports"), the object of "citing" and of "(as)
/// reported by". Only phrases that name a speaker: a pronoun, a capitalised name, or a phrase
/// ending in a known speaker noun (role, group, document, organization or outlet word).
pub fn missed_speakers(doc: &Doc, taken: &[Mention]) -> Vec<Span> {
    let t = &doc.text;
    let lx = lexicon();
    let taken = SpanSet::new(taken.iter().map(|m| (m.span, 0)));
    // the cues the attribution stage gave a source
    let sourced_cues =
        SpanSet::new(doc.attributions.iter().filter(|a| a.source.is_some()).filter_map(|a| a.cue).map(|c| (c, 0)));
    let mut out: Vec<Span> = Vec::new();
    let mut buf = String::new();
    // the spans of `out` (never overlapping) by start, so that a new one is checked in log time
    let mut found: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    for sent in &doc.sentences {
        let sp = sent.span;
        if sp.end > t.len() || !in_prose(doc, sp.start) {
            continue;
        }
        let ws = words_at(t, sp);
        // each word bare once: the loop reads a word, its neighbours and its verb class
        let bs: Vec<Cow<str>> = ws.iter().map(|(_, w)| bare(w)).collect();
        let mut add = |s: Span, out: &mut Vec<Span>| {
            let clashes = found.range(..s.end).next_back().is_some_and(|(_, &end)| end > s.start);
            if !s.is_empty() && !taken.any_overlapping(s) && !clashes {
                found.insert(s.start, s.end);
                out.push(s);
            }
        };
        for k in 0..ws.len() {
            let (_, w) = ws[k];
            let lw: &str = &bs[k];
            // the speech lists that hold the word, read once ([`List::holds`])
            let vt = TAGS.of(lw);
            // "citing a security official", "reported by BuzzFeed News"
            // "echoed by aides", "confirmed by the Pentagon"
            // ("echoed and augmented by aides")
            let by_verb = lw == "by"
                && k > 0
                && !ws[k - 1].1.ends_with(|c: char| !c.is_alphanumeric())
                && (BY_AGENT.contains(bare(ws[k - 1].1).as_ref())
                    || k > 2 && ws[k - 2].1 == "and" && BY_AGENT.contains(bare(ws[k - 3].1).as_ref()));
            // "The Telegraph said quoting industry sources", "Quoting from Muslim scholars",
            // "said in a statement (via ESPN)": the relayed speaker or the relaying outlet
            let via = lw == "via" && w.starts_with('(');
            // "The Post quoted friends of Emwazi, who …, as saying": whom the outlet relays,
            // when "as saying" follows within a few words (not "quoted by", "quoted as saying")
            let quoted_as = QUOTES_SPEAKER.contains(lw)
                && bs.get(k + 1).is_some_and(|n| !matches!(n.as_ref(), "by" | "as" | "from" | "in"))
                && (k + 2..bs.len().min(k + QUOTED_AS_REACH))
                    .any(|j| bs[j] == "as" && bs.get(j + 1).is_some_and(|n| QUOTED_AS.contains(n)));
            // "according to today's report the processor …": the attribution stage may miss it
            let according = lw == "to" && k > 0 && bs[k - 1] == "according";
            // "have heard from their own sources that": whom the hearer relays
            let heard_from = lw == "from" && k > 0 && bs[k - 1] == "heard";
            let object = matches!(lw, "citing" | "quoting") || by_verb || via || quoted_as || according || heard_from;
            // "Frank cites a celebratory White House memo": a document, a speaker or a name
            if matches!(lw, "cites" | "cited") && !w.ends_with(|c: char| !c.is_alphanumeric()) {
                if let Some(s) = cited_object(&ws, k + 1, lx) {
                    add(s, &mut out);
                }
                continue;
            }
            if object && !w.ends_with([',', '.', ';']) {
                let from = lw == "quoting" && ws.get(k + 1).is_some_and(|(_, n)| *n == "from");
                let mut at = k + 1 + usize::from(from);
                // "citing a security official and a senior political source"
                if according {
                    if let Some(s) = according_object(&ws, k + 1) {
                        add(s, &mut out);
                    }
                    continue;
                }
                while let Some(s) = object_phrase(&ws, at) {
                    add(s, &mut out);
                    match Some(ws.partition_point(|(p, _)| *p < s.end)) {
                        Some(n) if ws.get(n).is_some_and(|(_, w)| bare(w) == "and") => at = n + 1,
                        _ => break,
                    }
                }
                continue;
            }
            // "denied reports that", "reports of suspect cases", "despite reports to the contrary"
            // (a noun only: not "This military publication reports that", where a noun or
            // pronoun before it makes it the verb; "local media reports that" stays a noun)
            let noun_reading = || {
                k == 0 || ws[k - 1].1.ends_with(|c: char| !c.is_alphanumeric()) || {
                    let prev: &str = &bare(ws[k - 1].1);
                    REPORT_MODIFIERS.contains(prev)
                        || !matches!(pos_at(doc, ws[k - 1].0), Pos::Noun | Pos::Propn | Pos::Pron)
                }
            };
            // "Rumor has it that …"
            let rumor_has_it = matches!(lw, "rumor" | "rumour")
                && bs.get(k + 1).is_some_and(|n| n == "has")
                && bs.get(k + 2).is_some_and(|n| n == "it");
            if (matches!(lw, "reports" | "report" | "rumors" | "rumours")
                && ws.get(k + 1).is_some_and(|n| matches!(bare(n.1).as_ref(), "that" | "of" | "to"))
                || rumor_has_it)
                && noun_reading()
                && !w.ends_with(|c: char| !c.is_alphanumeric())
            {
                let mut b = k;
                while b > 0 && k - b < 3 && !ws[b - 1].1.ends_with(|c: char| !c.is_alphanumeric()) {
                    let pl: &str = &bare(ws[b - 1].1);
                    if SUBJECT_STARTS.contains(pl) || REPORT_MODIFIERS.contains(pl) {
                        b -= 1;
                    } else {
                        break;
                    }
                }
                let (spos, sw) = ws[b];
                let start = spos + (sw.len() - sw.trim_start_matches(['"', '“', '(']).len());
                add(Span::new(start, ws[k].0 + w.len()), &mut out);
                continue;
            }
            // "48 percent overall agreed", "34% strongly agree": a share of the people polled
            // before a verb of saying, belief or verdict
            let share_verb = ATTRIBUTION.holds(&vt) || BELIEF.holds(&vt) || SOURCE_VERB.holds(&vt);
            if share_verb && !w.ends_with(|c: char| !c.is_alphanumeric() && !matches!(c, ',' | '.' | ';')) {
                if let Some(s) = share_subject(doc, &ws, k) {
                    add(s, &mut out);
                    continue;
                }
            }
            let check = CHECK.holds(&vt)
                && k > 0
                && matches!(bare(ws[k - 1].1).as_ref(), "not" | "cannot" | "independently" | "still" | "yet" | "never");
            let that_next = bs.get(k + 1).is_some_and(|n| n == "that");
            // "the folks at the site have heard from their own sources": the hearer relays
            let hears = lw == "heard" && bs.get(k + 1).is_some_and(|n| n == "from");
            let verb = check
                || hears
                || ATTRIBUTION.holds(&vt)
                || VERDICT.holds(&vt)
                || SOURCE_VERB.holds(&vt)
                || that_next && proposition_verb(lw, &mut buf)
                || progressive_speech(&bs, k, &mut buf);
            if !verb || w.ends_with(|c: char| !c.is_alphanumeric()) && !w.ends_with([',', '.', ':']) {
                continue;
            }
            // "…, said historian Corlione Vest.": the subject after the verb
            let cue_at = Span::new(ws[k].0, ws[k].0 + w.len());
            if k > 0
                && ws[k - 1].1.ends_with([',', '”', '"'])
                && !w.ends_with(|c: char| !c.is_alphanumeric())
                && !sourced_cues.any_overlapping(cue_at)
                && !ADDRESSEE.holds(&vt)
            {
                if let Some(s) = inverted_subject(&ws, k, lx).filter(|&s| !taken.any_overlapping(s)) {
                    add(s, &mut out);
                    continue;
                }
            }
            // "reports", "notes" take a source only before "that", or after "as" ("As The
            // Daily Caller reports, …"; checked once the subject is known)
            // ("he did say, “I've known him …”", "the site writes: “…”": a quote follows)
            let quote_next = w.ends_with([',', ':']) && ws.get(k + 1).is_some_and(|n| n.1.starts_with(['"', '“']));
            // "she thinks the House is within reach": a clause without "that" opens with a
            // determiner, a subject pronoun or a capitalised word
            // (not after "Don't", an imperative: "Don't believe it.")
            let clause_next = THAT_OPTIONAL.holds(&vt)
                && !w.ends_with(|c: char| !c.is_alphanumeric())
                && k > 0
                && !["n't", "n’t"].iter().any(|x| ws[k - 1].1.ends_with(x))
                && ws.get(k + 1).is_some_and(|(_, n)| {
                    let l: &str = &bare(n);
                    !n.starts_with(|c: char| !c.is_alphanumeric())
                        // ("say a prayer": after "say" a determiner opens its object)
                        && (CLAUSE_DETERMINERS.contains(l) && lw != "say"
                            || CLAUSE_SUBJECTS.contains(l)
                            || capitalised(n) && !matches!(l, "i"))
                });
            // "sources who tell him that": "that" after the addressee
            let that_after = that_next
                || ADDRESSEE.holds(&vt)
                    && (k + 2..bs.len().min(k + 4)).any(|i| bs[i] == "that")
                    && !ws[k..(k + 3).min(ws.len())].iter().any(|(_, w)| w.ends_with(|c: char| !c.is_alphanumeric()));
            let needs_as = THAT_ONLY.holds(&vt) && !quote_next && !clause_next && !that_after;
            // "…, New York magazine reports in its Monday issue.": the verb ends the sentence
            let last_verb = needs_as && sentence_final(&ws, k);
            if needs_as && !w.ends_with(',') && !last_verb {
                continue;
            }
            // skip auxiliaries and adverbs back to the subject's last word
            let mut j = k;
            // ("had claimed", "emphatically stated", "both stressed")
            // ("Dara Quill (@daraq) tells us": a handle in parentheses)
            while j > 0
                && (SUBJECT_VERB_GAP.contains(bare(ws[j - 1].1).as_ref())
                    || manner_adverb(doc, ws[j - 1])
                    || ws[j - 1].1.starts_with("(@") && ws[j - 1].1.ends_with(')'))
                && !ws[j - 1].1.ends_with([',', '.'])
            {
                j -= 1;
            }
            // "Vell was quick to note", "he's quick to quote": the subject before the raiser
            let raised = raised_subject(&ws, j);
            let reach = 3 + (j - raised);
            j = raised;
            if j == 0 || j + reach < k {
                continue;
            }
            // "Roof is accused of", "he was praised for": a passive's subject is no speaker
            let only_source_verb = SOURCE_VERB.holds(&vt) && !ATTRIBUTION.holds(&vt) && !VERDICT.holds(&vt);
            if only_source_verb
                && ws[j..k]
                    .iter()
                    .any(|(_, w)| matches!(bare(w).as_ref(), "is" | "was" | "were" | "are" | "be" | "been"))
            {
                continue;
            }
            // "a credible person that's telling me", "a letter which blames": the phrase
            // before a relative pronoun (no comma: a restrictive clause on a speaker noun)
            if j >= 2
                && RELATIVE_OPENERS.contains(bare(ws[j - 1].1).as_ref())
                && !ws[j - 2].1.ends_with(|c: char| !c.is_alphanumeric())
            {
                j -= 1;
            } else if let Some(r) = restrictive_relative(doc, &ws, j) {
                // "a resident who fled the area told the BBC": the phrase before the clause
                j = r;
            }
            let (lpos, last) = ws[j - 1];
            if last.ends_with(',') && !needs_as && !sourced_cues.any_overlapping(cue_at) {
                // "Anwar Muslim, head of the local government, told"
                if let Some(s) = appositive_subject(&ws, j, lx) {
                    add(s, &mut out);
                }
                continue;
            }
            if last.ends_with(|c: char| !c.is_alphanumeric() && c != ')') {
                continue;
            }
            let ll: &str = &bare(last);
            let last_end = lpos + last.len();
            let lead = last.len() - last.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
            let span = if crate::mention::is_subject_pronoun(ll) {
                Some(Span::new(lpos + lead, last_end))
            } else if let Some(n) = contracted_pronoun(ll) {
                // "he's claimed", "they’ve argued": the pronoun before the contraction
                Some(Span::new(lpos + lead, lpos + lead + n))
            } else {
                // not a passive ("HBO's partner on the service is said to be")
                let passive = ws[j..k].iter().any(|(_, w)| FINITE_BE.contains(&bare(w)));
                (!passive).then(|| modified_subject(&ws, j, lx)).flatten().or_else(|| subject_phrase(&ws, j, lx))
            };
            let Some(span) = span else { continue };
            // the phrase must not be the object of a preposition ("a report by the group said")
            let before = ws[..ws.partition_point(|(p, _)| *p < span.start)].last();
            let before_word = before.map(|(_, w)| bare(w)).unwrap_or_default();
            let before_raw = before.map(|(_, w)| *w).unwrap_or("");
            if NOT_BEFORE_SUBJECT.contains(before_word.as_ref()) && !before_raw.ends_with([',', '.', ';', ':']) {
                continue;
            }
            // "as" opening its clause ("As The Daily Caller reports,"; not "as diverse as the
            // United States,")
            let as_opens = || {
                let b = ws.partition_point(|(p, _)| *p < span.start);
                b > 0 && (b == 1 || ws[b - 2].1.ends_with(|c: char| !c.is_alphanumeric()))
            };
            // after a comma, a verb that ends the sentence takes the subject before it
            let after_comma = last_verb && before_raw.ends_with(',');
            if needs_as && !after_comma && (before_word != "as" || !as_opens()) {
                continue;
            }
            add(span, &mut out);
        }
    }
    out
}

/// The word index past the subject when `ws[..j]` ends in a raising adjective, "to" and
/// the gap words before it ("Vell was quick to [note]", "he's quick to [quote]", "she has
/// been eager to [say]"); else `j`.
fn raised_subject(ws: &[(usize, &str)], j: usize) -> usize {
    let plain = |i: usize| !ws[i].1.ends_with(|c: char| !c.is_alphanumeric());
    if j < 3 || bare(ws[j - 1].1) != "to" || !plain(j - 1) || !plain(j - 2) {
        return j;
    }
    if !RAISING_ADJECTIVES.contains(bare(ws[j - 2].1).as_ref()) {
        return j;
    }
    let before: &str = &bare(ws[j - 3].1);
    if contracted_pronoun(before).is_some() {
        return j - 2;
    }
    if !(FINITE_BE.contains(before) || before == "been") {
        return j;
    }
    // back over "has" before "been", and adverbs ("was always quick to")
    let mut r = j - 3;
    while r > 0 && plain(r - 1) && SUBJECT_VERB_GAP.contains(bare(ws[r - 1].1).as_ref()) && j - r < 6 {
        r -= 1;
    }
    r
}

/// The byte length of the subject pronoun that opens a contraction with an auxiliary
/// ("he's", "they’ve", "she'd", "we'll", "they're"): `Some(2)` for "he's". Not "it's",
/// whose verb is mostly a passive ("it's said that").
fn contracted_pronoun(lw: &str) -> Option<usize> {
    let (p, rest) = lw.split_once(['\'', '’'])?;
    let aux = rest.trim_start_matches(['\'', '’']);
    (crate::mention::is_subject_pronoun(p) && p != "it" && matches!(aux, "s" | "ve" | "d" | "ll" | "re"))
        .then_some(p.len())
}

/// The object of "according to" at `ws[k]`: at most six words up to punctuation or "that",
/// cut before a clause that runs on without a comma ("according to today's report [the chip
/// will …]"): before a determiner or subject pronoun after its first word that follows no
/// preposition.
fn according_object(ws: &[(usize, &str)], k: usize) -> Option<Span> {
    let (sp, sw) = *ws.get(k)?;
    let mut end = None;
    for i in k..ws.len().min(k + 6) {
        let (p, w) = ws[i];
        let l: &str = &bare(w);
        if i > k {
            let prev: &str = &bare(ws[i - 1].1);
            let opens =
                (CLAUSE_DETERMINERS.contains(l) || CLAUSE_SUBJECTS.contains(l)) && !NOT_BEFORE_SUBJECT.contains(prev);
            if opens || l == "that" {
                break;
            }
        }
        end = Some(p + w.trim_end_matches(|c: char| !c.is_alphanumeric()).len());
        if w.ends_with(|c: char| !c.is_alphanumeric()) {
            break;
        }
    }
    let start = sp + (sw.len() - sw.trim_start_matches(['"', '“', '(']).len());
    end.filter(|&e| e > start).map(|e| Span::new(start, e))
}

/// A share of people right before the verb at `ws[k]` (adverbs and auxiliaries between):
/// "48 percent overall [agreed]", "44 percent of Independents [disagreed]", "34% strongly
/// [agree]" (ANNOTATION.md: "77 percent of Republicans polled" is a group). The share opens
/// its clause (the sentence, a comma, colon or semicolon, or "while", "and", "but", "whereas"
/// before it) and runs at most five words without punctuation.
fn share_subject(doc: &Doc, ws: &[(usize, &str)], k: usize) -> Option<Span> {
    // an "-ly" word right before the verb is its adverb whatever the tagger says ("27%
    // strongly agree"), unless it follows "of" ("of family")
    let ly = |i: usize| {
        let w = ws[i].1;
        i > 0
            && w.len() >= 5
            && w.ends_with("ly")
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && bare(ws[i - 1].1) != "of"
    };
    let mut j = k;
    while j > 0
        && (SUBJECT_VERB_GAP.contains(bare(ws[j - 1].1).as_ref()) || manner_adverb(doc, ws[j - 1]) || ly(j - 1))
        && !ws[j - 1].1.ends_with(|c: char| !c.is_alphanumeric())
    {
        j -= 1;
    }
    if j == 0 || j + 3 < k {
        return None;
    }
    let (lpos, last) = ws[j - 1];
    if last.ends_with(|c: char| !c.is_alphanumeric() && c != '%') {
        return None;
    }
    let end = lpos + last.len();
    for b in (j.saturating_sub(5)..j).rev() {
        let (bpos, bw) = ws[b];
        if b + 1 < j && bw.ends_with(|c: char| !c.is_alphanumeric() && c != '%') {
            return None;
        }
        if !bw.starts_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let opens = b == 0
            || ws[b - 1].1.ends_with([',', ';', ':'])
            || matches!(bare(ws[b - 1].1).as_ref(), "while" | "and" | "but" | "whereas");
        let s = Span::new(bpos, end);
        return (opens && crate::share::is_share(&doc.text[s.start..s.end], "")).then_some(s);
    }
    None
}

/// A progressive form of a verb of saying of the cue lemmas after "is", "are", "was", "were"
/// or a contraction with "is" ("that's telling me", "is warning that"); `bs` are the bare words.
fn progressive_speech(bs: &[Cow<str>], k: usize, buf: &mut String) -> bool {
    let lw: &str = &bs[k];
    if k == 0 || !lw.ends_with("ing") {
        return false;
    }
    let prev: &str = &bs[k - 1];
    let aux = FINITE_BE.contains(prev) || prev.ends_with("'s") || prev.ends_with("’s");
    aux && !matches!(lw, "asking" | "talking" | "speaking")
        && hearsay_lex::speech::cue_class(lw, buf) == hearsay_lex::speech::SPEECH_CLASS
}

/// Whether the verb at `ws[k]` ends its sentence: it ends in a full stop, or at most four
/// words follow that open with a time word or "in"/"on" ("reports Thursday.", "reports in
/// its Monday issue."; sources v2 train sets e and f: fnc1/1781, fnc1/840).
fn sentence_final(ws: &[(usize, &str)], k: usize) -> bool {
    let w = ws[k].1;
    if w.ends_with('.') {
        return true;
    }
    let rest = &ws[k + 1..];
    if w.ends_with(|c: char| !c.is_alphanumeric()) || rest.is_empty() || rest.len() > 4 {
        return false;
    }
    let first: &str = &bare(rest[0].1);
    let opens = TIME_PHRASE.contains(first) || matches!(first, "in" | "on" | "late" | "earlier" | "this" | "last");
    // only the last word carries punctuation, a full stop
    let plain = rest[..rest.len() - 1].iter().all(|(_, w)| !w.ends_with(|c: char| !c.is_alphanumeric()));
    opens && plain && rest[rest.len() - 1].1.ends_with('.') && !rest.iter().any(|(_, w)| bare(w) == "that")
}

/// An "-ly" adverb between a subject and its verb ("his agent and a Tour official
/// emphatically stated"; sources v2 train set f, fnc1/147): tagged an adverb, five letters
/// or more, all lowercase.
/// Actors of verifications the verification stage left without one, named after the cue by
/// a preposition ([`ACTOR_PREPOSITIONS`]): "No comment was immediately available from [the
/// University of Westminster]", "Messages left with [the Foley family] were not returned".
/// Only phrases that name a speaker: capitalised, or ending in a speaker noun.
pub fn actorless_objects(doc: &Doc, taken: &[Mention]) -> Vec<Span> {
    let t = &doc.text;
    let lx = lexicon();
    let taken = SpanSet::new(taken.iter().map(|m| (m.span, 0)));
    let mut out: Vec<Span> = Vec::new();
    // only the silences ("no comment … from", "messages left with … were not returned"):
    // "were confirmed with Republican support" names no actor
    let silence =
        |v: Verdict| matches!(v, Verdict::DeclinedToComment | Verdict::DidNotRespond | Verdict::CouldNotBeReached);
    for v in doc.verifications.iter().filter(|v| v.actor.is_none() && silence(v.verdict)) {
        let cue = v.cue;
        if cue.end > t.len() || !in_prose(doc, cue.start) {
            continue;
        }
        let Some(sent) = doc.sentences.iter().find(|s| s.span.start <= cue.start && cue.start < s.span.end) else {
            continue;
        };
        let ws = words_at(t, sent.span);
        let first = ws.partition_point(|(p, _)| *p < cue.start);
        let last = ws.partition_point(|(p, _)| *p < cue.end + ACTOR_REACH);
        let Some(k) = (first..last).find(|&k| {
            ACTOR_PREPOSITIONS.contains(&bare(ws[k].1)) && !ws[k].1.ends_with(|c: char| !c.is_alphanumeric())
        }) else {
            continue;
        };
        let Some(s) = object_phrase(&ws, k + 1) else { continue };
        let words = words_at(t, s);
        let speaker = words.first().is_some_and(|(_, w)| capitalised(w))
            || words.len() > 1 && capitalised(words[1].1)
            || words.last().is_some_and(|(_, w)| speaker_noun(&bare(w), lx));
        if speaker && !taken.any_overlapping(s) && !out.iter().any(|o| o.overlaps(s)) {
            out.push(s);
        }
    }
    out
}

/// How far past a verification's cue (bytes) [`actorless_objects`] looks for the preposition.
const ACTOR_REACH: usize = 40;

/// The index of "who" opening a restrictive relative clause that ends at word `j` (the verb
/// of saying's subject ends there): "a resident [who fled the area] told the BBC". The
/// clause has a verb of its own after "who", no punctuation inside, at most
/// [`MAX_RELATIVE_WORDS`] words, and "who" follows a lowercase common noun with no
/// punctuation after it.
fn restrictive_relative(doc: &Doc, ws: &[(usize, &str)], j: usize) -> Option<usize> {
    let plain = |w: &str| !w.ends_with(|c: char| !c.is_alphanumeric());
    let lo = j.saturating_sub(MAX_RELATIVE_WORDS + 1).max(1);
    let r =
        (lo..j.saturating_sub(1)).rev().take_while(|&b| plain(ws[b].1)).find(|&b| RELATIVE.contains(&bare(ws[b].1)))?;
    let verb = (r + 1..j).any(|b| pos_at(doc, ws[b].0) == Pos::Verb);
    // after a common noun ("a resident who", not "Jupiter, Florida who" or "those who")
    let (np, nw) = ws[r - 1];
    let noun = pos_at(doc, np) == Pos::Noun && !capitalised(nw);
    (verb && noun && plain(nw)).then_some(r)
}

/// Longest restrictive relative clause [`restrictive_relative`] looks across, in words.
const MAX_RELATIVE_WORDS: usize = 7;

fn manner_adverb(doc: &Doc, (p, w): (usize, &str)) -> bool {
    w.len() >= 5 && w.ends_with("ly") && w.bytes().all(|b| b.is_ascii_lowercase()) && pos_at(doc, p) == Pos::Adv
}

/// The object of "cites" at `ws[k]` when it names a source: up to its last document or
/// speaker noun within six words ("a celebratory White House memo [saying …]", "witnesses").
fn cited_object(ws: &[(usize, &str)], k: usize, lx: &Lexicon) -> Option<Span> {
    let (sp, sw) = *ws.get(k)?;
    let mut end = None;
    for &(p, w) in ws.iter().skip(k).take(6) {
        let l: &str = &bare(w);
        if matches!(l, "and" | "that" | "as") || NOT_BEFORE_SUBJECT.contains(l) {
            break;
        }
        if speaker_noun(l, lx) && !hearsay_lex::stop::CORPUS.contains(l) && !SUBJECT_STARTS.contains(l) {
            end = Some(p + w.trim_end_matches(|c: char| !c.is_alphanumeric()).len());
        }
        if w.ends_with(|c: char| !c.is_alphanumeric()) {
            break;
        }
    }
    let start = sp + (sw.len() - sw.trim_start_matches(['"', '“', '(']).len());
    end.filter(|&e| e > start).map(|e| Span::new(start, e))
}

/// Most words from "quoted" to the "as saying" that makes its object a speaker.
const QUOTED_AS_REACH: usize = 16;

/// The phrase after "citing" or "reported by": up to the first punctuation mark or "and".
pub(super) fn object_phrase(ws: &[(usize, &str)], k: usize) -> Option<Span> {
    let (spos, sw) = *ws.get(k)?;
    let mut end = spos;
    for (i, &(p, w)) in ws.iter().enumerate().skip(k).take(6) {
        let l: &str = &bare(w);
        if l == "and" || l == "that" || l == "as" || l == "in" || l == "on" {
            break;
        }
        // the phrase ends before a verb, an auxiliary, a preposition or a time word
        // ("quoted by Reuters [said]", "by the Leadership newspaper [yesterday]")
        // ("citing data from the U.S. State Department": "the" before a name too)
        let in_name = ws.get(i + 1).is_some_and(|(_, n)| capitalised(n))
            || ws.get(i + 1).is_some_and(|(_, n)| *n == "the") && ws.get(i + 2).is_some_and(|(_, n)| capitalised(n));
        let stop = ATTRIBUTION.contains(l)
            || SUBJECT_VERB_GAP.contains(l)
            || NOT_BEFORE_SUBJECT.contains(l) && !matches!(l, "of" | "by") && !in_name
            || TIME_PHRASE.contains(l)
            || matches!(l, "late" | "this" | "last" | "next" | "earlier");
        if i > k && stop {
            break;
        }
        end = p + w.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
        if w.ends_with(|c: char| !c.is_alphanumeric()) {
            break;
        }
    }
    let start = spos + (sw.len() - sw.trim_start_matches(['"', '“', '(']).len());
    (end > start).then(|| Span::new(start, end))
}
