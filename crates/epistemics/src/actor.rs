//! The actor of a verification event: the subject phrase left of its cue.

use crate::view::span_of;
use hearsay_core::{Span, Token, TokenKind};

/// Words that end a subject phrase when met going leftwards (clause edges).
const BOUNDARY_WORDS: &[&str] = &[
    "that",
    "but",
    "while",
    "although",
    "though",
    "because",
    "whereas",
    "when",
    "whenever",
    "after",
    "before",
    "as",
    "said",
    "says",
    "say",
    "told",
    "added",
    "adds",
    "wrote",
    "writes",
    "reported",
    "reports",
    "noted",
    "explained",
    "stated",
    "insisted",
    "argued",
    "claimed",
    "if",
    "whether",
    "than",
    "so",
    "where",
    "and",
    "or",
    "nor",
    "since",
    "until",
    "unless",
    "once",
    "yet",
];

/// Words skipped between the subject and the cue ("has also", "repeatedly").
const FILLERS: &[&str] = &[
    "also",
    "still",
    "yet",
    "then",
    "later",
    "since",
    "so",
    "far",
    "again",
    "has",
    "have",
    "had",
    "previously",
    "subsequently",
    "immediately",
    "however",
    "too",
    "both",
    "all",
    "each",
    "never",
    "ever",
    "now",
    "already",
    "initially",
    "first",
    "instead",
    "only",
    "once",
    "quickly",
    "promptly",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
];

/// Subject pronouns: a complete subject on their own.
const PRONOUNS: &[&str] = &["i", "we", "you", "he", "she", "it", "they"];

/// Prepositions that put a gerund cue under the clause subject ("despite admitting").
const GERUND_PREPS: &[&str] = &["for", "by", "after", "despite", "while", "without", "before", "since", "in", "on"];

/// Leading words that are not part of the subject ("But", "Meanwhile").
const LEADERS: &[&str] = &[
    "but",
    "and",
    "so",
    "yet",
    "still",
    "meanwhile",
    "however",
    "instead",
    "also",
    "now",
    "then",
    "later",
    "earlier",
    "indeed",
    "moreover",
    "further",
    "furthermore",
    "though",
    "although",
];

/// Words that start a trailing time or manner phrase to cut off ("on Friday", "in a statement").
const TIME_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "yesterday",
    "today",
    "tonight",
    "monday's",
    "tuesday's",
    "wednesday's",
    "thursday's",
    "friday's",
    "saturday's",
    "sunday's",
];

const MEDIUM_WORDS: &[&str] = &[
    "statement",
    "interview",
    "email",
    "e-mail",
    "tweet",
    "post",
    "letter",
    "call",
    "message",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "representative",
    "aide",
    "lawyer",
    "attorney",
];

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
            BOUNDARY_WORDS.contains(&w.as_str())
        }
    }
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
            if is_adverb(&mid) || TIME_WORDS.contains(&mid.as_str()) {
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
    while a > s0 && !is_boundary(text, &tokens[a - 1]) {
        a -= 1;
    }
    // Coordinated subjects: keep "X and Y" when both look like names or noun phrases.
    if a > s0 + 1 {
        let w = lower(text, &tokens[a - 1]);
        if matches!(w.as_str(), "and" | "nor" | "or") && a < end {
            let mut b = a - 1;
            while b > s0 && !is_boundary(text, &tokens[b - 1]) {
                b -= 1;
            }
            let left_len = (a - 1) - b;
            if (1..=4).contains(&left_len) && starts_upper(text, &tokens[b]) {
                a = b;
            }
        }
    }
    // Drop leading discourse words.
    while a < end {
        let w = lower(text, &tokens[a]);
        if LEADERS.contains(&w.as_str()) || w == "neither" || w == "either" {
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
        let cut = TIME_WORDS.contains(&w.as_str())
            || (matches!(w.as_str(), "on" | "late" | "early" | "last" | "this")
                && next.as_deref().is_some_and(|n| {
                    TIME_WORDS.contains(&n)
                        || matches!(n, "week" | "month" | "night" | "morning" | "afternoon" | "evening")
                }))
            || (matches!(w.as_str(), "in" | "through" | "via")
                && [next.as_deref(), next2.as_deref()].iter().flatten().any(|n| MEDIUM_WORDS.contains(n)));
        let trailing = (i..end).all(|k| {
            let w = lower(text, &tokens[k]);
            TIME_WORDS.contains(&w.as_str())
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
    if a >= e {
        return None;
    }
    // A verb inside means the scan crossed a clause: keep what follows the last verb.
    if let Some(v) = (a..e).rev().find(|&i| VERBISH.contains(&lower(text, &tokens[i]).as_str())) {
        a = v + 1;
        while a < e && is_adverb(&lower(text, &tokens[a])) {
            a += 1;
        }
        if a + 1 < e && lower(text, &tokens[a]).ends_with("ed") && !starts_upper(text, &tokens[a]) {
            a += 1;
        }
    }
    // "which Apple's chief executive … called": drop the relative word.
    if e - a > 1 && matches!(lower(text, &tokens[a]).as_str(), "which" | "who" | "whom" | "that" | "whose") {
        a += 1;
    }
    // "the ones he refused": a subject pronoun is the whole subject.
    if e - a > 1 && PRONOUNS.contains(&lower(text, &tokens[e - 1]).as_str()) {
        a = e - 1;
    }
    if a >= e || e - a > 14 {
        return None;
    }
    // "X, which denied": the antecedent before the comma.
    if e - a == 1 && matches!(lower(text, &tokens[a]).as_str(), "which" | "who") {
        if a > s0 + 1 && tokens[a - 1].span.text(text) == "," {
            return noun_phrase_ending(text, tokens, s0, a - 1);
        }
        return None;
    }
    Some(span_of(tokens, a, e - 1))
}

fn starts_upper(text: &str, t: &Token) -> bool {
    t.span.text(text).chars().next().is_some_and(|c| c.is_uppercase())
}

/// Verbs that end a clause-initial subject read left to right.
const VERBISH: &[&str] = &[
    "said", "says", "has", "have", "had", "is", "was", "were", "are", "will", "would", "did", "does", "do", "told",
    "called", "can", "could", "may", "might", "should", "must", "wrote", "added",
];

/// Negated auxiliaries and correlatives that end a subject read left to right.
const FORWARD_STOPS: &[&str] = &[
    "didn't", "doesn't", "don't", "wasn't", "weren't", "isn't", "aren't", "hasn't", "haven't", "hadn't", "won't",
    "wouldn't", "can't", "couldn't", "either", "neither", "not", "never",
];

/// Verbs that raise the subject of the cue ("has appeared to acknowledge").
const RAISERS: &[&str] = &[
    "appeared", "appears", "appear", "seemed", "seems", "seem", "began", "begun", "tried", "forced", "wanted", "wants",
    "want", "had", "has", "have", "was", "were", "is", "are", "needed", "agreed",
];

/// Reporting verbs whose subject speaks for an impersonal "it" ("the mayor said it was too early").
const REPORTING: &[&str] = &["said", "says", "say", "told", "added", "noted", "stated", "explained", "insisted"];

/// Words in -ly that are not adverbs.
const LY_NOUNS: &[&str] = &[
    "family",
    "italy",
    "july",
    "ally",
    "rally",
    "assembly",
    "supply",
    "reply",
    "anomaly",
    "monopoly",
    "bully",
    "daily",
    "weekly",
    "monthly",
    "quarterly",
    "belly",
    "jelly",
];

fn is_adverb(w: &str) -> bool {
    FILLERS.contains(&w) || (w.len() > 4 && w.ends_with("ly") && !LY_NOUNS.contains(&w))
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
        LEADERS.contains(&lower(text, t).as_str()) || matches!(t.kind, TokenKind::Punct | TokenKind::Quote)
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
        let verb_after_name =
            e > a && starts_upper(text, &tokens[e - 1]) && !starts_upper(text, t) && w.ends_with('s') && w.len() > 3;
        if VERBISH.contains(&w.as_str())
            || FORWARD_STOPS.contains(&w.as_str())
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
    // "On September 27 they published": a subject pronoun after a fronted phrase.
    if let Some(p) = (a..e).find(|&i| PRONOUNS.contains(&lower(text, &tokens[i]).as_str())) {
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
    // ", contradicting …": a participle hangs on the main clause.
    if first.ends_with("ing") && prev == "," {
        return clause_subject(text, tokens, s0, cue - 1, false);
    }
    // "despite admitting", "for acknowledging": the subject of the clause around it.
    if first.ends_with("ing") && GERUND_PREPS.contains(&prev.as_str()) {
        return clause_subject(text, tokens, s0, cue - 1, true);
    }
    // Skip adverbs, auxiliaries and raising verbs: "has appeared to", "repeatedly".
    let mut j = cue;
    loop {
        let w = word_at(text, tokens, j - 1);
        let conjunction = w == "yet" && j > s0 + 1 && word_at(text, tokens, j - 2) == ",";
        if j > s0 + 1 && w == "to" && RAISERS.contains(&word_at(text, tokens, j - 2).as_str()) {
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
        matches!(t.as_str(), "it" | "it's" | "there")
    });
    if expletive {
        // "the mayor said (that) it was too early": the reporting verb's subject.
        let mut k = j;
        let mut steps = 0;
        while k > s0 && steps < 6 {
            let w = word_at(text, tokens, k - 1);
            if REPORTING.contains(&w.as_str()) {
                return subject_before(text, tokens, s0, k - 1);
            }
            let skippable =
                matches!(w.as_str(), "it" | "it's" | "'s" | "would" | "be" | "is" | "was" | "will" | "that" | ",")
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
