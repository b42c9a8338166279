//! The actor of a verification event: the subject phrase left of its cue.

use crate::view::span_of;
use hearsay_core::{Span, Token, TokenKind};
use hearsay_lex::calendar::TIME_PHRASE;
use hearsay_lex::function::{AT_BOUNDS, GERUND_PREPS, LEADERS, RELATIVE_CUTS, SUBJECT_BOUNDARY, SUBJECT_FILLERS};
use hearsay_lex::media::ACTOR_MEDIUM;
use hearsay_lex::morph::NOT_ADVERBS;
use hearsay_lex::neg::FORWARD_STOPS;
use hearsay_lex::pron::SUBJECT as SUBJECT_PRONOUNS;
use hearsay_lex::speech::{CHECK, SPEAKS_FOR_IT, VERDICT};
use hearsay_lex::verbs::{RAISERS, SUBJECT_END};

fn lower(text: &str, t: &Token) -> String {
    t.span.text(text).replace('’', "'").to_lowercase()
}

fn is_boundary(text: &str, t: &Token) -> bool {
    match t.kind {
        TokenKind::Quote => true,
        TokenKind::Punct => {
            let s = t.span.text(text);
            !matches!(s, "." | "&" | "'s" | "’s" | "-" | "/" | "(" | ")")
        }
        _ => {
            let w = lower(text, t);
            SUBJECT_BOUNDARY.contains(&w)
        }
    }
}

/// Whether token `k` is a possessive apostrophe after a plural or a name ending in "s"
/// ("Tiger Woods' agent", "the players' union"): attached to the word before it and followed
/// by a space and a word, it ends no subject (a closing quote mark is `is_boundary`).
fn is_possessive_apostrophe(text: &str, tokens: &[Token], k: usize) -> bool {
    let (Some(t), Some(prev), Some(next)) =
        (tokens.get(k), k.checked_sub(1).and_then(|p| tokens.get(p)), tokens.get(k + 1))
    else {
        return false;
    };
    matches!(t.span.text(text), "'" | "’")
        && prev.kind == TokenKind::Word
        && prev.span.end == t.span.start
        && prev.span.text(text).ends_with(['s', 'S'])
        && next.kind == TokenKind::Word
        && next.span.start > t.span.end
}

/// A subject boundary at token `k`, a possessive apostrophe excepted.
fn boundary_at(text: &str, tokens: &[Token], k: usize) -> bool {
    is_boundary(text, &tokens[k]) && !is_possessive_apostrophe(text, tokens, k)
}

/// Finds the actor span for a cue starting at token `cue` within sentence tokens `s0..`.
pub fn subject_before(text: &str, tokens: &[Token], s0: usize, cue: usize) -> Option<Span> {
    if cue <= s0 || cue > tokens.len() {
        return None;
    }
    let mut j = cue; // exclusive end
                     // Skip fillers and adverbs between subject and cue, and ", however ,".
    while j > s0 {
        let t = &tokens[j - 1];
        let w = lower(text, t);
        let filler = t.kind == TokenKind::Word && token_is_adverb(text, tokens, j - 1, s0);
        if filler {
            j -= 1;
        } else if w == "," && j >= s0 + 3 && lower(text, &tokens[j - 3]) == "," {
            // ", however," / ", too," style parenthetical of one word
            let mid = lower(text, &tokens[j - 2]);
            if is_adverb(&mid) || TIME_PHRASE.contains(&mid) {
                j -= 3;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    if j <= s0 {
        return None;
    }
    // A relative clause: "officials who confirmed", "a view shared by officials who
    // confirmed", "spoke with friends who confirmed": the antecedent, the noun phrase after
    // the last preposition before the relative word (", which": the commas below find it).
    if j > s0 + 1 && is_relative(text, &tokens[j - 1]) && tokens[j - 2].span.text(text) != "," {
        let np = noun_phrase_ending(text, tokens, s0, j - 1)?;
        let prep = (s0..j - 1)
            .rev()
            .take_while(|&k| tokens[k].span.start >= np.start)
            .find(|&k| RELATIVE_CUTS.contains(&lower(text, &tokens[k])));
        return match prep {
            Some(k) if k + 2 < j => Some(span_of(tokens, k + 1, j - 2)),
            _ => Some(np),
        };
    }
    // An appositive or relative clause between commas: "Dietz, a spokesman, declined".
    if lower(text, &tokens[j - 1]) == "," {
        let mut k = j - 1;
        while k > s0 && !matches!(tokens[k - 1].span.text(text), "," | ";" | ":" | "—" | "–") {
            k -= 1;
        }
        if k > s0 && tokens[k - 1].span.text(text) == "," {
            return noun_phrase_ending(text, tokens, s0, k - 1);
        }
        return None;
    }
    noun_phrase_ending(text, tokens, s0, j)
}

/// The phrase ending just before token `end` and starting after the last clause boundary.
fn noun_phrase_ending(text: &str, tokens: &[Token], s0: usize, end: usize) -> Option<Span> {
    let mut a = end;
    while a > s0 && !boundary_at(text, tokens, a - 1) {
        a -= 1;
    }
    // Coordinated subjects: keep "X and Y" when both look like names or noun phrases.
    if a > s0 + 1 {
        let w = lower(text, &tokens[a - 1]);
        if matches!(w.as_str(), "and" | "nor" | "or") && a < end {
            let mut b = a - 1;
            while b > s0 && !boundary_at(text, tokens, b - 1) {
                b -= 1;
            }
            let left_len = (a - 1) - b;
            // "both the PGA Tour and Woods's agent": a determiner before a name
            let det = |k: usize| matches!(lower(text, &tokens[k]).as_str(), "the" | "both");
            let named = starts_upper(text, &tokens[b])
                || (det(b) && b + 1 < a - 1 && starts_upper(text, &tokens[b + 1]))
                || (det(b) && det(b + 1) && b + 2 < a - 1 && starts_upper(text, &tokens[b + 2]));
            if (1..=5).contains(&left_len) && named {
                a = b;
            }
        }
    }
    // Drop leading discourse words.
    while a < end {
        let w = lower(text, &tokens[a]);
        if LEADERS.contains(&w) || w == "neither" || w == "either" {
            a += 1;
        } else {
            break;
        }
    }
    // Cut trailing time and medium phrases: "on Friday", "in a statement", "through a spokesman".
    let mut e = end;
    for i in a..end {
        let w = lower(text, &tokens[i]);
        let next = tokens.get(i + 1).filter(|_| i + 1 < end).map(|t| lower(text, t));
        let next2 = tokens.get(i + 2).filter(|_| i + 2 < end).map(|t| lower(text, t));
        let cut = TIME_PHRASE.contains(&w)
            || (matches!(w.as_str(), "on" | "late" | "early" | "last" | "this")
                && next
                    .as_deref()
                    .is_some_and(|n| TIME_PHRASE.contains(n) || hearsay_lex::calendar::TIME_NOUNS.contains(n)))
            || (matches!(w.as_str(), "in" | "through" | "via")
                && [next.as_deref(), next2.as_deref()].iter().flatten().any(|n| ACTOR_MEDIUM.contains(n)));
        let trailing = (i..end).all(|k| {
            let w = lower(text, &tokens[k]);
            TIME_PHRASE.contains(&w)
                || matches!(
                    w.as_str(),
                    "on" | "late"
                        | "early"
                        | "last"
                        | "this"
                        | "week"
                        | "month"
                        | "night"
                        | "morning"
                        | "afternoon"
                        | "evening"
                )
        });
        let medium = matches!(w.as_str(), "in" | "through" | "via");
        if cut && i > a && (trailing || medium) {
            e = i;
            break;
        }
    }
    // "they've had", "Tim Cook just last week": a clitic auxiliary or "just" ends no subject
    while e > a && matches!(lower(text, &tokens[e - 1]).as_str(), "'ve" | "'d" | "'ll" | "'re" | "'m" | "just") {
        e -= 1;
    }
    if a >= e {
        return None;
    }
    // A verb inside means the scan crossed a clause: keep what follows the last verb; an
    // acronym in capitals ("Islamic State (IS) group") is no verb.
    if let Some(v) =
        (a..e).rev().find(|&i| SUBJECT_END.contains(&lower(text, &tokens[i])) && !is_acronym(text, &tokens[i]))
    {
        a = v + 1;
        while a < e && is_adverb(&lower(text, &tokens[a])) {
            a += 1;
        }
        if a + 1 < e && lower(text, &tokens[a]).ends_with("ed") && !starts_upper(text, &tokens[a]) {
            a += 1;
        }
    }
    // "which Apple's chief executive … called": drop the relative word.
    if e - a > 1
        && (is_relative(text, &tokens[a]) || matches!(lower(text, &tokens[a]).as_str(), "whom" | "that" | "whose"))
    {
        a += 1;
    }
    // "the ones he refused": a subject pronoun is the whole subject.
    if e - a > 1 && SUBJECT_PRONOUNS.contains(&lower(text, &tokens[e - 1])) {
        a = e - 1;
    }
    if a >= e || e - a > 14 {
        return None;
    }
    // "X, which denied": the antecedent before the comma.
    if e - a == 1 && is_relative(text, &tokens[a]) {
        if a > s0 + 1 && tokens[a - 1].span.text(text) == "," {
            return noun_phrase_ending(text, tokens, s0, a - 1);
        }
        return None;
    }
    // "all the evidence that we've confirmed on-site | corresponds": a pronoun with more after
    // it right after "that" or "which" opens a relative clause, and the subject is the noun
    // phrase the clause modifies
    if e - a > 1
        && a > s0 + 1
        && SUBJECT_PRONOUNS.contains(&lower(text, &tokens[a]))
        && hearsay_lex::pron::RELATIVE_WORDS.contains(&lower(text, &tokens[a - 1]))
    {
        return noun_phrase_ending(text, tokens, s0, a - 1);
    }
    // "with an Iraqi official denying", "according to the ministry": the noun phrase after
    let w0 = lower(text, &tokens[a]);
    if w0 == "according" && e - a > 2 && lower(text, &tokens[a + 1]) == "to" {
        a += 2;
    } else if matches!(w0.as_str(), "with" | "by") && e - a > 1 {
        a += 1;
    } else if LEADING_PREPOSITIONS.contains(&w0.as_str())
        && !(w0 == "at" && e - a > 2 && AT_BOUNDS.contains(&lower(text, &tokens[a + 1])))
    {
        // "under anesthesia", "in a statement": a circumstance, not the acting party ("at
        // least two officials" is the acting party)
        return None;
    }
    Some(span_of(tokens, a, e - 1))
}

/// The antecedent of a relative-word source after the comma at token `comma` ("We reached
/// out to ESPN PR, who told us": "ESPN PR", v2 train fnc1/1699): the noun phrase ending
/// before the comma, after its last preposition.
pub fn antecedent(text: &str, tokens: &[Token], s0: usize, comma: usize) -> Option<Span> {
    if comma <= s0 || comma >= tokens.len() {
        return None;
    }
    let np = noun_phrase_ending(text, tokens, s0, comma)?;
    let first = tokens.partition_point(|t| t.span.start < np.start);
    match (first..comma).rev().find(|&k| RELATIVE_CUTS.contains(&lower(text, &tokens[k]))) {
        Some(k) if k + 1 < comma => Some(span_of(tokens, k + 1, comma - 1)),
        Some(_) => None,
        None => Some(np),
    }
}

/// Prepositions that open a circumstance, never the acting party.
const LEADING_PREPOSITIONS: [&str; 16] = [
    "in", "under", "on", "at", "during", "after", "before", "since", "through", "via", "amid", "despite", "without",
    "into", "over", "for",
];

/// "who" or "which" as a relative word, not the World Health Organization ("WHO").
fn is_relative(text: &str, t: &Token) -> bool {
    matches!(t.span.text(text), "who" | "Who" | "which" | "Which")
}

/// A word in capitals of two letters or more ("IS", "US"): an acronym, not a verb.
fn is_acronym(text: &str, t: &Token) -> bool {
    let s = t.span.text(text);
    s.len() >= 2 && s.chars().all(|c| c.is_ascii_uppercase())
}

fn starts_upper(text: &str, t: &Token) -> bool {
    t.span.text(text).chars().next().is_some_and(|c| c.is_uppercase())
}

fn is_adverb(w: &str) -> bool {
    SUBJECT_FILLERS.contains(w) || (w.len() > 4 && w.ends_with("ly") && !NOT_ADVERBS.contains(w))
}

/// [`is_adverb`] for a token: capitalised words inside a sentence are names ("Kelly").
fn token_is_adverb(text: &str, tokens: &[Token], i: usize, s0: usize) -> bool {
    (i == s0 || !starts_upper(text, &tokens[i])) && is_adverb(&lower(text, &tokens[i]))
}

/// Subject of the clause holding token `before`: read left to right from the clause start.
///
/// With `nearest`, the clause starts after the closest "that", comma or colon; otherwise at
/// the sentence start (or the last quote, semicolon or dash). An empty nearest clause falls
/// back to the sentence start.
pub fn clause_subject(text: &str, tokens: &[Token], s0: usize, before: usize, nearest: bool) -> Option<Span> {
    let mut before = before.min(tokens.len());
    while before > s0 && {
        let t = &tokens[before - 1];
        t.kind == TokenKind::Quote || (t.kind == TokenKind::Punct && t.span.text(text) != ",")
    } {
        before -= 1;
    }
    if !nearest {
        return forward_subject(text, tokens, s0, before);
    }
    let mut a = before;
    while a > s0 {
        let t = &tokens[a - 1];
        let p = t.span.text(text);
        if t.kind == TokenKind::Quote || matches!(p, ";" | ":" | "—" | "–" | ",") || lower(text, t) == "that" {
            break;
        }
        a -= 1;
    }
    let after_quote = a > s0 && tokens[a - 1].kind == TokenKind::Quote;
    match forward_subject(text, tokens, a, before) {
        Some(s) if !after_quote => Some(s),
        _ => forward_subject(text, tokens, s0, before),
    }
}

fn forward_subject(text: &str, tokens: &[Token], mut a: usize, before: usize) -> Option<Span> {
    while a < before && {
        let t = &tokens[a];
        LEADERS.contains(&lower(text, t)) || matches!(t.kind, TokenKind::Punct | TokenKind::Quote)
    } {
        a += 1;
    }
    let mut e = a;
    while e < before {
        let t = &tokens[e];
        let w = lower(text, t);
        if t.kind == TokenKind::Punct && !matches!(w.as_str(), "'s" | "." | "-") || t.kind == TokenKind::Quote {
            break;
        }
        let adverb = token_is_adverb(text, tokens, e, a);
        // "Metro Police confirm there was …": a verdict or checking verb after a name
        let verb_after_name = e > a
            && starts_upper(text, &tokens[e - 1])
            && !starts_upper(text, t)
            && ((w.ends_with('s') && w.len() > 3) || VERDICT.contains(&w) || CHECK.contains(&w));
        if SUBJECT_END.contains(&w)
            || FORWARD_STOPS.contains(&w)
            || adverb
            || verb_after_name
            || (e > a && w.ends_with("ed") && !starts_upper(text, t))
        {
            break;
        }
        e += 1;
    }
    if e == a || e - a > 10 {
        return None;
    }
    // "making a name for himself, and later admitting": a participle phrase is no subject
    let w = lower(text, &tokens[a]);
    if w.len() > 4 && w.ends_with("ing") && !starts_upper(text, &tokens[a]) {
        return None;
    }
    // "On September 27 they published": a subject pronoun after a fronted phrase.
    if let Some(p) = (a..e).find(|&i| SUBJECT_PRONOUNS.contains(&lower(text, &tokens[i]))) {
        return Some(span_of(tokens, p, p));
    }
    Some(span_of(tokens, a, e - 1))
}

fn word_at(text: &str, tokens: &[Token], i: usize) -> String {
    tokens.get(i).map(|t| lower(text, t)).unwrap_or_default()
}

/// The actor of a cue that starts at token `cue` in the sentence starting at token `s0`.
pub fn actor_of(text: &str, tokens: &[Token], s0: usize, cue: usize) -> Option<Span> {
    if cue <= s0 || cue >= tokens.len() {
        return None;
    }
    let first = word_at(text, tokens, cue);
    let prev = word_at(text, tokens, cue - 1);
    // ", contradicting …": a participle hangs on the main clause, or on a speech clause
    // that ends right before it ("…, a source said on Thursday, playing down speculation":
    // v2 train fnc1/61, 1815, 2325).
    if first.ends_with("ing") && prev == "," {
        let mut k = cue - 1;
        while k > s0 + 1 && cue - 1 - k < 4 && {
            let w = word_at(text, tokens, k - 1);
            TIME_PHRASE.contains(&w) || matches!(w.as_str(), "on" | "this" | "last" | "week" | "earlier" | "later")
        } {
            k -= 1;
        }
        if k > s0 + 1 && matches!(word_at(text, tokens, k - 1).as_str(), "said" | "says" | "told") {
            if let Some(s) = subject_before(text, tokens, s0, k - 1) {
                return Some(s);
            }
        }
        return clause_subject(text, tokens, s0, cue - 1, false);
    }
    // "Kirby said in an e-mailed statement confirming", "Sorkin told Bloomberg in an
    // interview confirming": the speaker of the statement.
    if first.ends_with("ing") {
        let mut k = cue;
        while k > s0 && cue - k < 8 && tokens[k - 1].kind == TokenKind::Word {
            let w = word_at(text, tokens, k - 1);
            if SPEAKS_FOR_IT.contains(&w) {
                if k - 1 > s0 && k < cue {
                    return subject_before(text, tokens, s0, k - 1);
                }
                break;
            }
            k -= 1;
        }
    }
    // "despite admitting", "for acknowledging": the subject of the clause around it.
    if first.ends_with("ing") && GERUND_PREPS.contains(&prev) {
        return clause_subject(text, tokens, s0, cue - 1, true);
    }
    // Skip adverbs, auxiliaries and raising verbs: "has appeared to", "repeatedly".
    let mut j = cue;
    loop {
        let w = word_at(text, tokens, j - 1);
        let conjunction = w == "yet" && j > s0 + 1 && word_at(text, tokens, j - 2) == ",";
        if j > s0 + 1 && w == "to" && RAISERS.contains(&word_at(text, tokens, j - 2)) {
            j -= 2;
        } else if j > s0 && !conjunction && token_is_adverb(text, tokens, j - 1, s0) {
            j -= 1;
        } else {
            break;
        }
    }
    // "X said … and denied", "…, yet refuses": coordinated verb phrases share the subject.
    let w = word_at(text, tokens, j.saturating_sub(1));
    if j > s0 && matches!(w.as_str(), "and" | "but" | "or" | "yet" | "nor") {
        let mut k = j - 1;
        if k > s0 && word_at(text, tokens, k - 1) == "," {
            k -= 1;
        }
        if let Some(s) = clause_subject(text, tokens, s0, k, true) {
            return Some(s);
        }
    }
    let found = subject_before(text, tokens, s0, j);
    let expletive = found.is_none_or(|s| {
        let t = s.text(text).to_lowercase().replace('’', "'");
        // "said this week there were no indications": a time phrase before the expletive
        matches!(t.as_str(), "it" | "it's" | "there") || t.ends_with(" there")
    });
    if expletive {
        // "the mayor said (that) it was too early": the reporting verb's subject.
        let mut k = j;
        let mut steps = 0;
        while k > s0 && steps < 6 {
            let w = word_at(text, tokens, k - 1);
            if SPEAKS_FOR_IT.contains(&w) {
                return subject_before(text, tokens, s0, k - 1);
            }
            let skippable = matches!(
                w.as_str(),
                "it" | "it's"
                    | "'s"
                    | "would"
                    | "be"
                    | "is"
                    | "was"
                    | "will"
                    | "that"
                    | ","
                    | "there"
                    | "this"
                    | "week"
            ) || TIME_PHRASE.contains(&w)
                || tokens[k - 1].kind == TokenKind::Quote;
            if !skippable {
                break;
            }
            k -= 1;
            steps += 1;
        }
    }
    found
}

/// The agent of a passive cue: the noun phrase after "by" (or "from": "no immediate comment
/// from Lebanese authorities") at token `i` ("has been denied by Iraq", "was confirmed by the
/// latest report from Mark Gurman"), without a closing "himself", up to the next punctuation,
/// clause word or time phrase, within the sentence ending before token `end`.
pub fn agent_after(text: &str, tokens: &[Token], i: usize, end: usize) -> Option<Span> {
    let end = end.min(tokens.len());
    if i + 1 >= end || !matches!(word_at(text, tokens, i).as_str(), "by" | "from") {
        return None;
    }
    let a = i + 1;
    let mut e = a;
    while e < end && e - a < 12 {
        let t = &tokens[e];
        let w = lower(text, t);
        let stop = t.kind == TokenKind::Quote
            || (t.kind == TokenKind::Punct && !matches!(w.as_str(), "'s" | "." | "-" | "&"))
            || TIME_PHRASE.contains(&w)
            || matches!(
                w.as_str(),
                "that"
                    | "which"
                    | "who"
                    | "whose"
                    | "when"
                    | "while"
                    | "after"
                    | "before"
                    | "because"
                    | "as"
                    | "but"
                    | "on"
                    | "in"
                    | "at"
                    | "last"
                    | "this"
                    | "earlier"
                    | "since"
                    | "to"
                    | "for"
                    | "himself"
                    | "herself"
                    | "itself"
                    | "themselves"
            )
            || (e > a && SUBJECT_END.contains(&w) && !is_acronym(text, t))
            // "by several sources | and appeared": a second verb, not a second agent
            || (e > a && w == "and" && {
                let next = word_at(text, tokens, e + 1);
                next.len() > 3 && next.ends_with("ed") && next.chars().all(|c| c.is_ascii_lowercase())
            });
        if stop {
            break;
        }
        e += 1;
    }
    while e > a && tokens[e - 1].span.text(text) == "." {
        e -= 1;
    }
    (e > a).then(|| span_of(tokens, a, e - 1))
}

/// The "by" agent of a passive cue (or the "from" source of "no comment from X") ("was debunked as a fake | by several sources", "have
/// now been refuted | by the ministry"): when the cue's first word is a form of "be" or the
/// word before it is, the phrase after a "by" found within nine words or quote marks after
/// the cue (no other punctuation between) is the actor.
pub fn passive_agent(text: &str, tokens: &[Token], cue: usize, cue_end: usize, end: usize) -> Option<Span> {
    let be =
        |i: usize| matches!(word_at(text, tokens, i).as_str(), "was" | "were" | "been" | "being" | "is" | "are" | "be");
    let last = word_at(text, tokens, cue_end);
    let participle = last.ends_with("ed");
    // "was actually debunked": adverbs between the auxiliary and the participle
    let mut aux = cue;
    while aux > 0 && aux + 3 > cue && !be(aux - 1) && is_adverb(&word_at(text, tokens, aux - 1)) {
        aux -= 1;
    }
    let passive = participle && ((cue..cue_end).any(be) || (aux > 0 && be(aux - 1)));
    if !passive {
        return None;
    }
    let end = end.min(tokens.len());
    // "refuted as “incorrect” and “unfounded” | by the ministry": words and quote marks
    (cue_end + 1..end.min(cue_end + 10))
        .take_while(|&k| matches!(tokens[k].kind, TokenKind::Word | TokenKind::Quote))
        .find(|&k| word_at(text, tokens, k) == "by")
        .and_then(|k| agent_after(text, tokens, k, end))
}
