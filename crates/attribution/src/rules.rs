//! Deterministic refinements after the model: kinds, media, nesting, and quotes that
//! continue into the next paragraph with no speaker named.

use crate::context::{quote_role, Ctx};
use crate::cue;
use hearsay_core::{Attribution, AttributionKind, Doc, Pos, SegmentKind, Span, SpanSet, TokenKind};
use hearsay_lex::function::{ARTICLES, CLAUSE_LINKS};
use hearsay_lex::media::MEDIA;
use hearsay_lex::speech::TELL;

/// Token index range `[a, b)` of the tokens that reach into byte span `s`
/// ([`Doc::tokens_overlapping`]).
fn tokens_in(doc: &Doc, s: Span) -> (usize, usize) {
    let r = doc.tokens_overlapping(s);
    (r.start, r.end)
}

/// Whether `s` is wholly a quotation: an opening mark just before it (or at its start) and
/// a closing mark at or just after its end (skipping `,` `.` `?` `!`).
fn is_quoted(doc: &Doc, ctx: &Ctx, s: Span) -> bool {
    let (a, b) = tokens_in(doc, s);
    if a >= b {
        return false;
    }
    let first_word = (a..b).find(|&k| ctx.wordlike[k]).unwrap_or(a);
    let last_word = (a..b).rev().find(|&k| ctx.wordlike[k]).unwrap_or(b - 1);
    if !ctx.inq[first_word] || !ctx.inq[last_word] {
        return false;
    }
    // no closing mark strictly inside
    let mut inside = true;
    for k in first_word..=last_word {
        if doc.tokens[k].kind == TokenKind::Quote && quote_role(doc, k, inside) == 2 {
            return false;
        }
        if doc.tokens[k].kind == TokenKind::Quote && quote_role(doc, k, inside) == 1 {
            inside = true;
        }
    }
    // the opening mark is the nearest quote before the first word
    let open = (0..first_word).rev().take(3).any(|k| doc.tokens[k].kind == TokenKind::Quote);
    let close = (last_word + 1..doc.tokens.len()).take(3).any(|k| doc.tokens[k].kind == TokenKind::Quote);
    open && close
}

/// Whether `s` holds a quoted stretch of at least two words.
fn has_quoted_fragment(doc: &Doc, ctx: &Ctx, s: Span) -> bool {
    let (a, b) = tokens_in(doc, s);
    let mut run = 0;
    for k in a..b {
        if ctx.inq[k] && ctx.wordlike[k] {
            run += 1;
            if run >= 2 {
                return true;
            }
        } else if doc.tokens[k].kind == TokenKind::Quote {
            run = 0;
        }
    }
    false
}

/// Sets `kind` from the cue and the quotation marks around the content.
pub fn set_kinds(doc: &Doc, ctx: &Ctx, atts: &mut [Attribution]) {
    for a in atts.iter_mut() {
        let cue = a.cue.map(|c| doc.slice(c).to_lowercase()).unwrap_or_default();
        a.kind = if cue.starts_with("according to") {
            AttributionKind::AccordingTo
        } else if !a.content.is_empty() && a.content.iter().all(|&c| is_quoted(doc, ctx, c)) {
            AttributionKind::Direct
        } else if a.content.iter().any(|&c| has_quoted_fragment(doc, ctx, c)) {
            AttributionKind::Mixed
        } else {
            AttributionKind::Indirect
        };
    }
}

/// Finds the medium named right after the cue ("wrote in an X post" → "X post") or in an
/// opening phrase of the cue's sentence that ends before its source and cue ("In a
/// statement, the airline said …" → "statement").
pub fn set_media(doc: &Doc, atts: &mut [Attribution]) {
    for a in atts.iter_mut() {
        let Some(cue) = a.cue else { continue };
        let (_, b) = tokens_in(doc, cue);
        let Some(si) = doc.sentence_at(cue.start) else { continue };
        let sent = doc.sentences[si].tokens.clone();
        let limit = sent.end.min(doc.tokens.len());
        let mut found = medium_phrase(doc, b, limit.min(b + 9));
        if found.is_none() {
            // "In a statement, …": the phrase must end, at a comma, before the source and cue
            let first = a.source.map_or(cue.start, |s| s.start.min(cue.start));
            found = medium_phrase(doc, sent.start, limit.min(sent.start + 9)).filter(|m| {
                let after = doc.tokens.partition_point(|t| t.span.start < m.end);
                m.end <= first && after < doc.tokens.len() && doc.slice(doc.tokens[after].span) == ","
            });
        }
        if let Some(span) = found {
            a.medium = Some(doc.slice(span).to_string());
        }
    }
}

/// The medium of an "in" phrase starting at token `k` and ending before token `limit`:
/// "in an X post" → the span of "X post" (a determiner or possessive is left out).
fn medium_phrase(doc: &Doc, k: usize, limit: usize) -> Option<Span> {
    let word = |k: usize| doc.slice(doc.tokens[k].span).to_lowercase();
    if k >= limit || word(k) != "in" {
        return None;
    }
    let mut start = None;
    for k in k + 1..limit {
        let w = word(k);
        if start.is_none() {
            if matches!(w.as_str(), "a" | "an" | "the" | "his" | "her" | "their" | "its" | "our" | "my") {
                start = Some(k + 1);
                continue;
            }
            start = Some(k);
        }
        if doc.tokens[k].kind != TokenKind::Word {
            return None;
        }
        if MEDIA.contains(&w) || w.strip_suffix('s').is_some_and(|b| MEDIA.contains(b)) {
            let s = start.unwrap_or(k);
            return Some(Span::new(doc.tokens[s].span.start, doc.tokens[k].span.end));
        }
    }
    None
}

/// Nests attributions whose cue lies inside another's content (the smallest enclosing one).
pub fn set_parents(atts: &mut [Attribution]) {
    // every content span, tagged with its place in (attribution, content) order
    let owners: Vec<usize> = atts.iter().enumerate().flat_map(|(j, a)| a.content.iter().map(move |_| j)).collect();
    let contents = SpanSet::new(atts.iter().flat_map(|a| a.content.iter().copied()).enumerate().map(|(k, c)| (c, k)));
    for i in 0..atts.len() {
        let Some(cue) = atts[i].cue else { continue };
        // the shortest, the first in (attribution, content) order among equals
        let best =
            contents.containing(cue).into_iter().filter(|&(_, k)| owners[k] != i).min_by_key(|&(c, k)| (c.len(), k));
        if let Some((_, k)) = best {
            let j = owners[k];
            if atts[j].parent != Some(i) {
                atts[i].parent = Some(j);
            }
        }
    }
}

/// True when the segments are in text order and do not overlap.
fn disjoint_in_order(doc: &Doc) -> bool {
    doc.segments.windows(2).all(|w| w[0].span.end <= w[1].span.start && w[0].span.start <= w[0].span.end)
}

/// Adds a speakerless direct attribution for each body paragraph that is only a quotation
/// (at least four words) when the previous prose paragraph ended with a direct or mixed
/// quote and no cue was found in this one.
pub fn continue_quotes(doc: &Doc, ctx: &Ctx, atts: &mut Vec<Attribution>) {
    let cues = SpanSet::new(atts.iter().filter_map(|x| x.cue).map(|c| (c, 0)));
    let direct = SpanSet::new(
        atts.iter()
            .filter(|x| matches!(x.kind, AttributionKind::Direct | AttributionKind::Mixed))
            .flat_map(|x| x.content.iter().map(|&c| (c, 0))),
    );
    // a quote added for one segment lies in no later one when segments are disjoint and in order
    let ordered = disjoint_in_order(doc);
    let mut added_spans: Vec<Span> = Vec::new();
    let mut prev_quoted: Option<usize> = None;
    for (si, seg) in doc.segments.iter().enumerate() {
        if !seg.kind.carries_prose() {
            continue;
        }
        let (a, b) = tokens_in(doc, seg.span);
        let has_cue = cues.within(seg.span).next().is_some();
        let mut added = false;
        if seg.kind == SegmentKind::Body && !has_cue && prev_quoted.is_some() && a < b && quote_role(doc, a, false) == 1
        {
            let words: Vec<usize> = (a..b).filter(|&k| ctx.wordlike[k]).collect();
            let all_quoted = words.iter().all(|&k| ctx.inq[k]);
            if words.len() >= 4 && all_quoted {
                let span =
                    Span::new(doc.tokens[words[0]].span.start, doc.tokens[*words.last().unwrap_or(&words[0])].span.end);
                atts.push(Attribution::new(AttributionKind::Direct, None, None, vec![span], 0.5));
                added_spans.push(span);
                added = true;
            }
        }
        let last_direct =
            direct.within(seg.span).next().is_some() || (!ordered && added_spans.iter().any(|c| seg.span.contains(*c)));
        prev_quoted = (added || last_direct).then_some(si);
    }
    atts.sort_by_key(|x| x.content.first().map(|c| c.start).unwrap_or(0));
}

/// Whether token `k` starts with a capital letter (shape capitalised or all caps).
fn cap(ctx: &Ctx, k: usize) -> bool {
    matches!(ctx.shape[k], 1 | 2)
}

/// The name or noun phrase that ends right before token `end` (exclusive), within its
/// sentence and at most six tokens: a capitalised run ("Abdiqadir Mohamed Nor", "the
/// Pentagon") or a phrase back to its determiner ("a spokesman for the ministry").
fn phrase_before(ctx: &Ctx, end: usize) -> Option<(usize, usize)> {
    let last = end.checked_sub(1)?;
    if !ctx.wordlike[last] {
        return None;
    }
    let sent = ctx.sent[last];
    let mut start = end;
    let mut k = end;
    while k > 0 && end - k < 6 {
        let j = k - 1;
        if ctx.sent[j] != sent || !ctx.wordlike[j] && &ctx.lower[j] != "." && &ctx.lower[j] != "-" {
            break;
        }
        let l = &ctx.lower[j];
        if ARTICLES.contains(l) {
            start = j;
            break;
        }
        if CLAUSE_LINKS.contains(l) {
            break;
        }
        k = j;
        if cap(ctx, j) || matches!(l, "of" | "for" | "at" | "." | "-") {
            start = j;
        }
    }
    // never a phrase that starts with a connective or a dot
    while start < end && !cap(ctx, start) && !ARTICLES.contains(&ctx.lower[start]) {
        start += 1;
    }
    (start < end && (start..end).any(|j| cap(ctx, j) || &ctx.lower[j] != "the")).then_some((start, last))
}

/// A one-word adverb cue that presents its content as reported by someone the text does not
/// name ("reportedly", "allegedly": [`hearsay_lex::hedge::PRESENTS_AS_REPORTED`]) has no source: in
/// "Time Warner reportedly makes 70 % of its profits from cable" the company is what the
/// report is about, not who reports it (PolNeAR gives these cues no source).
pub fn unnamed_reporter(doc: &Doc, ctx: &Ctx, atts: &mut [Attribution]) {
    for a in atts.iter_mut() {
        let (Some(cue), Some(_)) = (a.cue, a.source) else { continue };
        let (cs, ce) = tokens_in(doc, cue);
        // the adverb only: "alleged" as a verb has its subject ("The complaint alleged that")
        // (or the adjective: "ISIS' alleged test flights")
        let modifier =
            ce == cs + 1 && ce <= ctx.lower.len() && (ctx.pos[cs] == Pos::Adv as u8 || ctx.pos[cs] == Pos::Adj as u8);
        if modifier && hearsay_lex::hedge::PRESENTS_AS_REPORTED.contains(&ctx.lower[cs]) {
            a.source = None;
        }
    }
}

/// Most words of the name phrase [`age_as_source`] takes in before an age.
const MAX_AGED_NAME: usize = 8;

/// An age taken for the whole source ("Shop assistant Gemma Prosser, 19, said"): a source that
/// is only a number between commas right before the cue takes in the name phrase before the
/// comma (words, no lower-case verb, within its sentence, a capitalised word in it), as
/// PolNeAR's sources do ("Butz, 49").
pub fn age_as_source(doc: &Doc, ctx: &Ctx, atts: &mut [Attribution]) {
    for a in atts.iter_mut() {
        let Some(src) = a.source else { continue };
        let (s, e) = tokens_in(doc, src);
        if s < 2 || s >= e || e > ctx.lower.len() || !(s..e).all(|k| ctx.shape[k] == 3) || &ctx.lower[s - 1] != "," {
            continue;
        }
        // an age between commas right before the cue: "Name, 19, said" (not a poll's "…, 43 the same")
        let (Some(cue), Some(comma)) = (a.cue, ctx.lower.get(e)) else { continue };
        if comma != "," || tokens_in(doc, cue).0 != e + 1 {
            continue;
        }
        let name = (0..s - 1)
            .rev()
            .take(MAX_AGED_NAME)
            .take_while(|&k| {
                // (a capitalised word tagged a verb is a name's or a role's: "Shop assistant")
                let verbal = ctx.is_verb(k) && ctx.shape[k] != 1;
                ctx.sent[k] == ctx.sent[s] && ctx.wordlike[k] && !verbal
            })
            .last();
        // the name phrase opens its sentence or follows a punctuation mark
        let opens = |n: usize| n == 0 || ctx.sent[n - 1] != ctx.sent[n] || !ctx.wordlike[n - 1];
        if let Some(start) = name.filter(|&n| opens(n) && (n..s - 1).any(|k| ctx.shape[k] == 1)) {
            a.source = Some(Span::new(doc.tokens[start].span.start, src.end));
        }
    }
}

/// A source cut inside a parenthesis ("Rep. Duncan Hunter (R-Calif", the model's span ending
/// at the abbreviation's period) runs on to the closing parenthesis when it follows within two
/// tokens, before the cue.
pub fn close_parenthesis(doc: &Doc, ctx: &Ctx, atts: &mut [Attribution]) {
    for a in atts.iter_mut() {
        let (Some(src), Some(cue)) = (a.source, a.cue) else { continue };
        let (s, e) = tokens_in(doc, src);
        let (cs, _) = tokens_in(doc, cue);
        if s >= e || e > ctx.lower.len() || cs < e {
            continue;
        }
        let open = (s..e).filter(|&k| &ctx.lower[k] == "(").count();
        let close = (s..e).filter(|&k| &ctx.lower[k] == ")").count();
        if open != close + 1 {
            continue;
        }
        if let Some(k) = (e..cs.min(e + 2)).find(|&k| &ctx.lower[k] == ")") {
            a.source = Some(Span::new(src.start, doc.tokens[k].span.end));
        }
    }
}

/// Most tokens of the medium phrase [`trim_medium`] cuts off, its determiner left out.
const MAX_MEDIUM_WORDS: usize = 4;

/// Most tokens a source may run on past the medium noun that [`trim_medium`] cuts off ("in a
/// statement *to CNN on Friday*").
const MAX_AFTER_MEDIUM: usize = 4;

/// A medium read into the end of a source: "said Steinberg in a statement", "Steinberg, in an
/// interview with the newspaper, said" (PolNeAR's sources never take it in). An "in" phrase
/// naming a medium ([`medium_phrase`]) in at most [`MAX_MEDIUM_WORDS`] words with no pronoun,
/// verb or preposition, inside the source, after at least one word of it and with at most
/// [`MAX_AFTER_MEDIUM`] tokens after the medium noun, is cut off with the comma
/// before it; the medium is kept as the attribution's.
pub fn trim_medium(doc: &Doc, ctx: &Ctx, atts: &mut [Attribution]) {
    for a in atts.iter_mut() {
        let Some(src) = a.source else { continue };
        let (s, e) = tokens_in(doc, src);
        if e > ctx.lower.len() {
            continue;
        }
        let Some((k, medium)) = (s + 1..e).find_map(|k| {
            let m = medium_phrase(doc, k, e)?;
            let (ms, me) = tokens_in(doc, m);
            // a noun phrase of a few words ("a telephone interview", "a Medium post"), not a
            // clause that happens to end in a medium word ("the state he calls …")
            let nominal = (ms..me).all(|j| {
                ![Pos::Pron, Pos::Verb, Pos::Aux, Pos::Sconj, Pos::Adp].iter().any(|&p| p as u8 == ctx.pos[j])
            });
            (nominal && me - ms <= MAX_MEDIUM_WORDS && e - me <= MAX_AFTER_MEDIUM).then_some((k, m))
        }) else {
            continue;
        };
        let mut end = k;
        while end > s && matches!(&ctx.lower[end - 1], "," | "(" | "—" | "–") {
            end -= 1;
        }
        if !(s..end).any(|j| ctx.wordlike[j]) {
            continue;
        }
        a.source = Some(Span::new(src.start, doc.tokens[end - 1].span.end));
        a.medium = Some(doc.slice(medium).to_string());
    }
}

/// Drops a "Label: text" attribution whose label is page furniture, not a speaker ("Update:",
/// "Claim:", "VIA:", "Sources:"; [`hearsay_lex::furniture::NOT_SPEAKERS`]): the model reads a
/// colon after a capitalised word as a speaker label, as in a transcript.
pub fn drop_furniture_labels(doc: &Doc, atts: &mut Vec<Attribution>) {
    atts.retain(|a| {
        let (Some(src), Some(cue)) = (a.source, a.cue) else { return true };
        let label = doc.slice(src).trim().to_lowercase();
        !(doc.slice(cue).trim() == ":" && hearsay_lex::furniture::NOT_SPEAKERS.contains(label.as_str()))
    });
}

/// Most words of the name [`emphatic_reflexive`] takes in before the pronoun.
const MAX_REFLEXIVE_NAME: usize = 6;

/// An emphatic pronoun taken for the whole source ("Apple itself said", "the president
/// himself wrote"): the source takes in the noun phrase right before it (capitalised words,
/// or a determiner and nouns), within its sentence.
pub fn emphatic_reflexive(doc: &Doc, ctx: &Ctx, atts: &mut [Attribution]) {
    let nominal = [Pos::Propn, Pos::Noun, Pos::Det, Pos::Adj];
    for a in atts.iter_mut() {
        let Some(src) = a.source else { continue };
        let (s, e) = tokens_in(doc, src);
        if s == 0 || e != s + 1 || e > ctx.lower.len() || !hearsay_lex::pron::REFLEXIVE.contains(&ctx.lower[s]) {
            continue;
        }
        let start = (0..s)
            .rev()
            .take(MAX_REFLEXIVE_NAME)
            .take_while(|&k| ctx.sent[k] == ctx.sent[s] && nominal.iter().any(|&p| p as u8 == ctx.pos[k]))
            .last();
        if let Some(start) =
            start.filter(|&k| (k..s).any(|j| ctx.pos[j] == Pos::Propn as u8 || ctx.pos[j] == Pos::Noun as u8))
        {
            a.source = Some(Span::new(doc.tokens[start].span.start, src.end));
        }
    }
}

/// Most words of a sentence adverbial that [`trim_leading_adverbials`] cuts off a source.
const MAX_ADVERBIAL: usize = 3;

/// A sentence adverbial read into the front of a source: "Yesterday, Bleeding Cool had
/// reported", "Meanwhile, the ministry said", "Today Smith said". A run of at most
/// [`MAX_ADVERBIAL`] time words ([`cue::is_day_word`]) or leading connectives
/// ([`hearsay_lex::function::LEADERS`]) closed by a comma, or a lone relative day
/// ([`hearsay_lex::calendar::RELATIVE_DAYS`]) before a capitalised word, is cut off when words
/// of the source remain after it.
pub fn trim_leading_adverbials(doc: &Doc, ctx: &Ctx, atts: &mut [Attribution]) {
    let adverbial = |k: usize| {
        let w = &ctx.lower[k];
        cue::is_day_word(w) || hearsay_lex::function::LEADERS.contains(w)
    };
    for a in atts.iter_mut() {
        let Some(src) = a.source else { continue };
        let (s, e) = tokens_in(doc, src);
        if s >= e || e > ctx.lower.len() {
            continue;
        }
        let run = (s..e).take(MAX_ADVERBIAL + 1).take_while(|&k| adverbial(k)).count();
        let cut = if run > 0 && run <= MAX_ADVERBIAL && s + run < e && &ctx.lower[s + run] == "," {
            s + run + 1
        } else if run == 1
            && hearsay_lex::calendar::RELATIVE_DAYS.contains(&ctx.lower[s])
            && ctx.shape.get(s + 1) == Some(&1)
        {
            s + 1
        } else {
            continue;
        };
        if let Some(k) = (cut..e).find(|&k| ctx.wordlike[k]) {
            a.source = Some(Span::new(doc.tokens[k].span.start, src.end));
        }
    }
}

/// Sources the model read in the wrong place around a cue: the addressee of "told" ("…,
/// Abdiqadir Mohamed Nor, told The Associated Press": the speaker is the phrase before the
/// cue, never the one after it), and an inverted report whose speaker the model took as
/// content ("…, claims technology writer John Gruber, who …": the short phrase right
/// after a comma and the cue, ending the clause, is the speaker; the clause before is
/// the content).
pub fn misplaced_sources(doc: &Doc, ctx: &Ctx, atts: &mut [Attribution]) {
    let addressee = |l: &str| TELL.contains(l);
    for a in atts.iter_mut() {
        let (Some(cue), Some(src)) = (a.cue, a.source) else { continue };
        let (cs, ce) = tokens_in(doc, cue);
        if ce == 0 || cs >= ce || ce > ctx.lower.len() {
            continue;
        }
        if addressee(&ctx.lower[ce - 1]) && src.start >= cue.end {
            a.source = phrase_before(ctx, cs).map(|(s, e)| Span::new(doc.tokens[s].span.start, doc.tokens[e].span.end));
            continue;
        }
        // inverted: "<clause>, claims <speaker>[,|.]"
        if ce != cs + 1 || cs < 2 || &ctx.lower[cs - 1] != "," || !ctx.reporting[cs] || a.content.len() != 1 {
            continue;
        }
        let (xs, xe) = tokens_in(doc, a.content[0]);
        let (ss, se) = tokens_in(doc, src);
        let ends_clause = ctx.lower.get(xe).is_some_and(|l| matches!(l, "," | "." | ";"));
        if xs != ce || xe - xs > 7 || !ends_clause || se + 1 != cs || ss >= se || ctx.sent[ss] != ctx.sent[xs] {
            continue;
        }
        if !cap(ctx, xe - 1) || (xs..xe).any(|j| !ctx.wordlike[j] && &ctx.lower[j] != ".") {
            continue;
        }
        // a speaker phrase has no verb: "…, said the phone would ship in March" is a clause
        if (xs..xe).any(|j| ctx.is_verb(j)) {
            continue;
        }
        let content = Span::new(doc.tokens[ss].span.start, doc.tokens[se - 1].span.end);
        a.source = Some(a.content[0]);
        a.content = vec![content];
    }
}
