//! Verification events: who confirmed, denied, or would not say.

use crate::actor::{actor_of, agent_after, antecedent, passive_agent};
use crate::actor_tidy::{before_verb, is_noun_phrase, tidy_actor};
use crate::classifier::VerdictModel;
use crate::cues::{table, ActorMode};
use crate::view::{span_of, TokenView};
use hearsay_core::{Doc, Sentence, Span, SpanSet, Token, Verdict, Verification};

/// One cue match inside a sentence, in token indices (inclusive).
#[derive(Clone, Copy, Debug)]
struct Hit {
    full: (usize, usize),
    cue: (usize, usize),
    verdict: Option<Verdict>,
    actor: ActorMode,
    /// Index of the pattern in the cue table.
    pattern: usize,
}

fn trimmed(s: &str, mut a: usize, mut b: usize) -> (usize, usize) {
    while a < b && s.as_bytes()[a] == b' ' {
        a += 1;
    }
    while b > a && s.as_bytes()[b - 1] == b' ' {
        b -= 1;
    }
    (a, b)
}

/// The cue matches of `view`; `bounds` are the byte offsets in `view.text` where a sentence
/// after the first starts. A match that crosses one is no event, and it must not hide a match
/// that does not ("did not respond to questions . calls to the ministry went unanswered"): the
/// search resumes at the next token after its start instead of after its end.
fn hits(view: &TokenView, bounds: &[usize]) -> Vec<Hit> {
    let t = table();
    let mut out = Vec::new();
    let mut candidates = Vec::new();
    t.prefilter.candidates(&view.text, &mut candidates);
    let text = view.text.as_str();
    let crosses = |a: usize, b: usize| {
        let k = bounds.partition_point(|&x| x <= a);
        bounds.get(k).is_some_and(|&x| x < b)
    };
    // the start of the token after the one at byte `a`
    let next_token = |a: usize| text[a..].find(' ').map_or(text.len(), |k| a + k + 1);
    for (pattern, (p, _)) in t.patterns.iter().zip(&candidates).enumerate().filter(|(_, (_, c))| **c) {
        let mut push = |full: (usize, usize), cue: (usize, usize)| {
            let (fa, fb) = trimmed(text, full.0, full.1);
            let (ca, cb) = trimmed(text, cue.0, cue.1);
            if let (Some(full), Some(cue)) = (view.tokens_of(fa, fb), view.tokens_of(ca, cb)) {
                out.push(Hit { full, cue, verdict: p.verdict, actor: p.actor, pattern });
            }
        };
        let mut pos = 0;
        while pos < text.len() {
            let (m, g) = if p.has_cue_group {
                let Some(c) = p.regex.captures_at(text, pos) else { break };
                let m = c.get(0).expect("group 0");
                let g = c.name("cue").unwrap_or(m);
                ((m.start(), m.end()), (g.start(), g.end()))
            } else {
                let Some(m) = p.regex.find_at(text, pos) else { break };
                ((m.start(), m.end()), (m.start(), m.end()))
            };
            if crosses(m.0, m.1) {
                pos = next_token(m.0);
                continue;
            }
            push(m, g);
            pos = if m.1 > m.0 { m.1 } else { next_token(m.0) };
        }
    }
    // Longest match wins; on equal length an event beats a blocker, then the earlier one.
    out.sort_by_key(|h| (std::cmp::Reverse(h.full.1 - h.full.0), h.verdict.is_none(), h.full.0));
    let mut kept: Vec<Hit> = Vec::new();
    for h in out {
        if kept.iter().all(|k| h.full.1 < k.full.0 || h.full.0 > k.full.1) {
            kept.push(h);
        }
    }
    kept.retain(|h| h.verdict.is_some());
    kept.sort_by_key(|h| h.cue.0);
    kept
}

/// Verification events in the sentence made of `tokens[s0..s1]`.
pub fn events_in(text: &str, tokens: &[Token], s0: usize, s1: usize) -> Vec<Verification> {
    let s1 = s1.min(tokens.len());
    if s0 >= s1 {
        return Vec::new();
    }
    let view = TokenView::new(text, &tokens[s0..s1]);
    hits(&view, &[])
        .into_iter()
        .filter_map(|h| {
            let verdict = h.verdict?;
            if conditional(text, tokens, s0, s0 + h.full.0) {
                return None;
            }
            let cue = span_of(tokens, s0 + h.cue.0, s0 + h.cue.1);
            let negative = negative_subject(text, tokens, s0 + h.full.0, s0 + h.cue.0);
            let actor = match h.actor {
                _ if negative.is_some() => negative,
                ActorMode::None => agent_after(text, tokens, by_start(text, tokens, s0 + h.full.1), s1)
                    .or_else(|| passive_agent(text, tokens, s0 + h.cue.0, s0 + h.cue.1, s1)),
                ActorMode::Speaker => None,
                // no attributions here: reported speech cannot be told
                ActorMode::Quoted => return None,
                ActorMode::Subject => passive_agent(text, tokens, s0 + h.cue.0, s0 + h.cue.1, s1)
                    .or_else(|| actor_of(text, tokens, s0, s0 + h.full.0)),
                ActorMode::Head => actor_of(text, tokens, s0, s0 + h.cue.0),
            };
            let actor = actor.and_then(|a| tidy_actor(text, tokens, a));
            Some(Verification { verdict, actor, actor_id: None, cue, target: None })
        })
        .collect()
}

/// Where a "by" agent may start after a match ending at token `b`: at `b` itself when the
/// match ends with "by" ("have been denied | by Iraq"), else right after it.
fn by_start(text: &str, tokens: &[Token], b: usize) -> usize {
    match tokens.get(b) {
        Some(t) if matches!(t.span.text(text).to_ascii_lowercase().as_str(), "by" | "from") => b,
        _ => b + 1,
    }
}

/// An actor found at the start of "According to X's sources, …" is X's sources.
fn without_according(text: &str, a: Span) -> Span {
    let t = a.text(text);
    match t.get(..13) {
        Some(p) if p.eq_ignore_ascii_case("according to ") && t.len() > 13 => Span::new(a.start + 13, a.end),
        _ => a,
    }
}

/// Whether the clause of a match starting at token `a` is a condition ("if they did not
/// confirm their status", "unless the report is verified"): "if" or "unless" between the
/// clause start (the sentence start, or the last comma, colon, dash or quote mark) and the match.
fn conditional(text: &str, tokens: &[Token], s0: usize, a: usize) -> bool {
    for k in (s0..a).rev().take(12) {
        let w = tokens[k].span.text(text);
        if matches!(w, "," | ";" | ":" | "—" | "–" | "(" | "\"" | "“" | "”") {
            return false;
        }
        if w.eq_ignore_ascii_case("if") || w.eq_ignore_ascii_case("unless") {
            return true;
        }
    }
    false
}

/// A negated subject that a match opens with and its cue follows ("No other outlet | has
/// confirmed", "Neither Google nor the banks | wanted to comment"): the actor is that phrase.
fn negative_subject(text: &str, tokens: &[Token], a: usize, cue: usize) -> Option<Span> {
    let first = tokens.get(a)?.span.text(text).to_lowercase();
    let negative = matches!(first.as_str(), "no" | "none" | "neither" | "nobody");
    if !(negative && cue > a && cue - a <= 12) {
        return None;
    }
    // "no one | who's in a position to know": the phrase ends before its relative clause
    let end = (a + 1..cue)
        .find(|&k| hearsay_lex::pron::RELATIVE_WORDS.contains(&tokens[k].span.text(text).to_lowercase()))
        .unwrap_or(cue);
    Some(span_of(tokens, a, end - 1))
}

/// The innermost attribution whose content holds `cue` (the least content in all, the first
/// of equals); `contents` tags each content span with its attribution.
pub(crate) fn holder_of(doc: &Doc, contents: &SpanSet, cue: Span) -> Option<usize> {
    holders_inside_out(doc, contents, cue).into_iter().next()
}

/// Every attribution whose content holds `cue`, innermost first (least content in all, then
/// the first of equals).
fn holders_inside_out(doc: &Doc, contents: &SpanSet, cue: Span) -> Vec<usize> {
    let mut holders: Vec<usize> = contents.containing(cue).into_iter().map(|(_, a)| a).collect();
    holders.sort_unstable();
    holders.dedup();
    holders.sort_by_key(|&a| (doc.attributions[a].content.iter().map(|c| c.len()).sum::<usize>(), a));
    holders
}

/// The source of the innermost attribution whose content holds `cue` and whose source
/// names someone: a relative-word source stands for its antecedent ("ESPN PR, who told us
/// that talk of the panel was false info"), and an attribution whose source is neither (the
/// "that" of "a statement that claims alleging … are false") gives way to the next one out
/// (v2 train fnc1/1699, 416).
pub(crate) fn speaker_of(doc: &Doc, contents: &SpanSet, cue: Span) -> Option<Span> {
    holders_inside_out(doc, contents, cue).into_iter().find_map(|a| {
        let s = doc.attributions[a].source?;
        tidy_speaker(&doc.text, s).or_else(|| relative_antecedent(doc, s))
    })
}

/// The antecedent of a source that is only "who" or "which" right after a comma.
fn relative_antecedent(doc: &Doc, s: Span) -> Option<Span> {
    if !matches!(s.text(&doc.text), "who" | "which") {
        return None;
    }
    let i = doc.tokens.partition_point(|t| t.span.start < s.start);
    if i == 0 || doc.tokens[i - 1].span.text(&doc.text) != "," {
        return None;
    }
    let k = sentence_index(&doc.sentences, i)?;
    antecedent(&doc.text, &doc.tokens, doc.sentences[k].tokens.start, i - 1)
}

/// A speaker span as an actor: without a leading "with" or a trailing adverb ("they
/// strongly"), and none when it is only a relative word ("that", "which").
fn tidy_speaker(text: &str, s: Span) -> Option<Span> {
    let mut s = s;
    let t = s.text(text);
    if hearsay_lex::pron::RELATIVE_WORDS.contains(&t.to_lowercase()) {
        return None;
    }
    if let Some(rest) = t.strip_prefix("with ") {
        s = Span::new(s.end - rest.len(), s.end);
    }
    // "Gill Rosenberg, the Canadian Israeli volunteer", "an account, however": the head
    if let Some(k) = s.text(text).find(", ").filter(|&k| k > 0) {
        s = Span::new(s.start, s.start + k);
    }
    let t = s.text(text);
    if let Some((head, last)) = t.rsplit_once(' ') {
        if last.len() > 4 && last.ends_with("ly") && last.chars().all(|c| c.is_ascii_lowercase()) {
            s = Span::new(s.start, s.start + head.trim_end().len());
        }
    }
    (!s.is_empty()).then_some(s)
}

/// Index in `sents` of the sentence holding token `a`: found by bisection when they are in
/// order.
fn sentence_index(sents: &[Sentence], a: usize) -> Option<usize> {
    let k = sents.partition_point(|s| s.tokens.end <= a);
    match sents.get(k) {
        Some(s) if s.tokens.contains(&a) => Some(k),
        _ => sents.iter().position(|s| s.tokens.contains(&a)),
    }
}

/// An event the cue table finds: the event, the pattern that found it, the sentence that
/// holds it and its cue's tokens (inclusive).
#[derive(Clone, Debug)]
pub struct RuleEvent {
    /// The event.
    pub event: Verification,
    /// Index of its pattern in the cue table (file order, `define` lines left out).
    pub pattern: usize,
    /// Index of its sentence in `Doc::sentences`.
    pub sentence: usize,
    /// First and last token of its cue.
    pub tokens: (usize, usize),
}

/// The attribution contents of `doc`, each tagged with its attribution.
pub fn content_set(doc: &Doc) -> SpanSet {
    SpanSet::new(doc.attributions.iter().enumerate().flat_map(|(i, a)| a.content.iter().map(move |&c| (c, i))))
}

/// Whether sentence `s` of `doc` is prose (its segment carries prose).
pub(crate) fn is_prose(doc: &Doc, s: &Sentence) -> bool {
    doc.segments.get(s.segment).is_some_and(|g| g.kind.carries_prose())
}

/// The verification events the cue table finds in every prose sentence of `doc`.
///
/// Patterns are run once per paragraph (one pass per pattern instead of one per sentence);
/// a match that crosses a sentence boundary is dropped.
pub fn rule_events(doc: &Doc, contents: &SpanSet) -> Vec<RuleEvent> {
    let mut out = Vec::new();
    let mut i = 0;
    let sents = &doc.sentences;
    while i < sents.len() {
        let seg = sents[i].segment;
        let mut j = i;
        while j < sents.len() && sents[j].segment == seg {
            j += 1;
        }
        let prose = is_prose(doc, &sents[i]);
        let (t0, t1) = (sents[i].tokens.start, sents[j - 1].tokens.end.min(doc.tokens.len()));
        if prose && t0 < t1 {
            let view = TokenView::new(&doc.text, &doc.tokens[t0..t1]);
            let bounds: Vec<usize> =
                sents[i + 1..j].iter().map(|s| view.start_of(s.tokens.start.saturating_sub(t0))).collect();
            for h in hits(&view, &bounds) {
                let Some(verdict) = h.verdict else { continue };
                let (a, b) = (t0 + h.full.0, t0 + h.full.1);
                let Some(k) = sentence_index(&sents[i..j], a).map(|k| i + k) else { continue };
                let s = &sents[k];
                if b >= s.tokens.end || conditional(&doc.text, &doc.tokens, s.tokens.start, a) {
                    continue;
                }
                let cue = span_of(&doc.tokens, t0 + h.cue.0, t0 + h.cue.1);
                let negative = negative_subject(&doc.text, &doc.tokens, a, t0 + h.cue.0);
                let actor = match h.actor {
                    _ if negative.is_some() => negative,
                    ActorMode::None => {
                        agent_after(&doc.text, &doc.tokens, by_start(&doc.text, &doc.tokens, b), s.tokens.end)
                            .or_else(|| passive_agent(&doc.text, &doc.tokens, t0 + h.cue.0, t0 + h.cue.1, s.tokens.end))
                    }
                    ActorMode::Subject => {
                        passive_agent(&doc.text, &doc.tokens, t0 + h.cue.0, t0 + h.cue.1, s.tokens.end)
                            .or_else(|| actor_of(&doc.text, &doc.tokens, s.tokens.start, a))
                    }
                    ActorMode::Head => actor_of(&doc.text, &doc.tokens, s.tokens.start, t0 + h.cue.0),
                    ActorMode::Speaker => speaker_of(doc, contents, cue),
                    ActorMode::Quoted => match speaker_of(doc, contents, cue) {
                        Some(a) => Some(a),
                        None => continue,
                    },
                };
                let actor =
                    actor.map(|a| without_according(&doc.text, a)).and_then(|a| tidy_actor(&doc.text, &doc.tokens, a));
                out.push(RuleEvent {
                    event: Verification { verdict, actor, actor_id: None, cue, target: None },
                    pattern: h.pattern,
                    sentence: k,
                    tokens: (t0 + h.cue.0, t0 + h.cue.1),
                });
            }
        }
        i = j;
    }
    out
}

/// Adds the verification events of every prose sentence of `doc`: the cue table's events
/// that verdict model `model` does not veto, and the model's own events
/// ([`crate::classifier`]).
pub fn annotate(doc: &mut Doc, model: &VerdictModel) {
    let contents = content_set(doc);
    let rules = rule_events(doc, &contents);
    let mut out = model.events(doc, &contents, rules);
    finish_actors(doc, &mut out);
    negated_confirmations(doc, &mut out);
    fact_check_ratings(doc, &mut out);
    doc.verifications.extend(out);
}

/// A fact-checking page's rating of the claim it quotes ("Claim: Actor X has died." and then
/// a line "FALSE": [`hearsay_lex::hedge::fact_checks`]) is a verdict with no actor named: a
/// falsity rating denies, a truth rating confirms. An event already on the rating's words is
/// kept as it is. The events stay in text order.
fn fact_check_ratings(doc: &Doc, events: &mut Vec<Verification>) {
    let mut added = false;
    for f in hearsay_lex::hedge::fact_checks(&doc.text) {
        let cue = Span::new(f.rating.0, f.rating.1);
        if events.iter().any(|e| e.cue.start < cue.end && cue.start < e.cue.end) {
            continue;
        }
        let verdict = if f.family == 0 { Verdict::Denied } else { Verdict::Confirmed };
        events.push(Verification { verdict, actor: None, actor_id: None, cue, target: None });
        added = true;
    }
    if added {
        events.sort_by_key(|e| e.cue.start);
    }
}

/// A confirmation whose actor is a phrase of two words or more opening with a negation of
/// `hearsay_lex::neg::NEGATION` ("*No
/// government agency* confirms Hunter's account", "*No state or federal law enforcement
/// agency* confirmed …", "is by *no means* confirmed") says that no one confirms: it is
/// `could_not_confirm`, as "No other outlet has confirmed the news" already is (fresh FNC-1
/// training bodies outside every gold file; a wrong `corroborated` each).
fn negated_confirmations(doc: &Doc, events: &mut [Verification]) {
    for e in events.iter_mut().filter(|e| e.verdict == Verdict::Confirmed) {
        // a noun phrase, so two words at least ("is *not* admitting" leaves an actor "not")
        let mut words = e.actor.map(|a| doc.slice(a).split_whitespace()).into_iter().flatten();
        let (first, phrase) = (words.next().unwrap_or(""), words.next().is_some());
        if phrase && hearsay_lex::neg::NEGATION.contains(first.to_lowercase().as_str()) {
            e.verdict = Verdict::CouldNotConfirm;
        }
    }
}

/// The last step on each event's actor. An event whose cue is an attribution's cue takes
/// that attribution's source, tidied as a speaker is, when it found no actor or when its actor
/// stands before the cue and the source after it ("…, confirms David Mallie, who manages the
/// group": the inverted speaker, cut before its relative clause). Every actor then ends before
/// its first verb ([`before_verb`]) and is dropped when it is no noun phrase
/// ([`is_noun_phrase`]).
fn finish_actors(doc: &Doc, events: &mut [Verification]) {
    let cues = SpanSet::new(doc.attributions.iter().enumerate().filter_map(|(i, a)| Some((a.cue?, i))));
    // the sourced attributions' contents, to find the speaker of an event said in one
    let contents = SpanSet::new(
        doc.attributions
            .iter()
            .enumerate()
            .filter(|(_, a)| a.source.is_some())
            .flat_map(|(i, a)| a.content.iter().map(move |&c| (c, i))),
    );
    for e in events.iter_mut() {
        let source = cues.overlapping(e.cue).into_iter().find_map(|(_, i)| doc.attributions[i].source);
        // the subject finder looked left of a cue whose speaker stands right of it
        let inverted = source.is_some_and(|s| s.start >= e.cue.end) && e.actor.is_some_and(|a| a.end <= e.cue.start);
        if e.actor.is_none() || inverted {
            if let Some(s) = source.and_then(|s| tidy_speaker(&doc.text, s)) {
                e.actor = tidy_actor(&doc.text, &doc.tokens, s);
            }
        }
        // "Experts said it would be difficult to confirm …", "“These claims are false,” said
        // Steinberg": an event with no subject of its own, said within a sourced attribution's
        // content, is its speaker's (the innermost content that holds the whole cue)
        if e.actor.is_none() && speaker_speaks(e.verdict) && !passive_cue(doc, e.cue) {
            let holder = contents
                .overlapping(e.cue)
                .into_iter()
                .filter(|(c, _)| c.start <= e.cue.start && e.cue.end <= c.end)
                .min_by_key(|(c, _)| c.end - c.start)
                .and_then(|(_, i)| doc.attributions[i].source);
            if let Some(s) = holder.and_then(|s| tidy_speaker(&doc.text, s)).filter(|&s| names_someone(doc, s)) {
                e.actor = tidy_actor(&doc.text, &doc.tokens, s);
            }
        }
        e.actor = e.actor.map(|a| before_verb(doc, a)).filter(|&a| is_noun_phrase(doc, a));
    }
}

/// Verdicts whose actor is the speaker of the content they are said in when the clause names
/// no one else: the speaker confirms, denies or cannot confirm ([`finish_actors`]).
fn speaker_speaks(v: Verdict) -> bool {
    matches!(v, Verdict::Confirmed | Verdict::Denied | Verdict::CouldNotConfirm)
}

/// Whether a cue is an agentless passive ("could not be independently verified", "has not
/// been confirmed"): a form of "be" before a verb; the writer's or nobody's, not the speaker's.
fn passive_cue(doc: &Doc, cue: Span) -> bool {
    if doc.pos.len() != doc.tokens.len() {
        return false;
    }
    let r = doc.tokens_within(cue);
    let be = r.clone().position(|i| hearsay_lex::verbs::AUX_BE.contains(&doc.lower_at(i)));
    be.is_some_and(|b| r.clone().skip(b + 1).any(|i| doc.pos[i] == hearsay_core::Pos::Verb))
}

/// Whether a speaker's span holds a noun, a proper noun or a pronoun (not "Status", "The").
fn names_someone(doc: &Doc, s: Span) -> bool {
    use hearsay_core::Pos;
    doc.pos.len() != doc.tokens.len()
        || doc.tokens_within(s).any(|i| matches!(doc.pos[i], Pos::Noun | Pos::Propn | Pos::Pron))
}
