//! The last trim of an event's actor phrase: what the subject finders take in past the
//! minimal noun phrase ANNOTATION.md asks for ("His reps soon", "Islam himself", "yesterday a
//! few people", "his reps about this hoax", "A source familiar with the story", "a U.S.
//! official following North Korea": v2 train fnc1/2341, 365, 1969, 2325).

use crate::view::span_of;
use hearsay_core::{Doc, Pos, Span, Token, TokenKind};
use hearsay_lex::calendar::TIME_PHRASE;
use hearsay_lex::function::{SUBJECT_FILLERS, TIME_PREPS};
use hearsay_lex::pron::SPEAKERS;
use hearsay_lex::speakers::is_unnamed_head;

fn lower(text: &str, t: &Token) -> String {
    t.span.text(text).replace('’', "'").to_lowercase()
}

fn starts_upper(text: &str, t: &Token) -> bool {
    t.span.text(text).starts_with(char::is_uppercase)
}

/// Whether `w` is a head noun that names nobody ("source", "official"): its post-modifier
/// ("with knowledge of", "familiar with") is left out of the actor.
fn unnamed_head(w: &str) -> bool {
    is_unnamed_head(w) || matches!(w, "officials" | "person" | "people")
}

/// `actor` trimmed to its noun phrase: leading time words, "citing" and "with" dropped
/// ("yesterday", "With his campaign"), a label before a colon ("Update: …") and time phrases
/// at either edge dropped ("of Tuesday the police", "Apple on Tuesday"), a trailing relative word dropped ("an official who"),
/// the phrase cut before "about" and before a participle after its head ("a U.S. official |
/// following North Korea"), trailing auxiliaries, adverbs and reflexives dropped ("has",
/// "soon", "himself"), "familiar with …" and "with …" after a head that names nobody cut ("a
/// source | familiar with the story", "a source | with access to …"), and "of …"
/// after a person's first and last name ("Carol Leonnig | of The Washington Post": the name
/// is the minimal noun phrase). A parenthesis stays ("Gov. Pat McCrory (R)", PolNeAR dev).
/// None when nothing is left, or the phrase is only a parenthesis ("(the spider itself)").
pub fn tidy_actor(text: &str, tokens: &[Token], actor: Span) -> Option<Span> {
    let mut a = tokens.partition_point(|t| t.span.start < actor.start);
    let mut e = tokens.partition_point(|t| t.span.end <= actor.end);
    if a >= e || e > tokens.len() {
        return Some(actor);
    }
    if tokens[a].span.text(text) == "(" {
        return None;
    }
    while e - a > 1 && TIME_PHRASE.contains(&lower(text, &tokens[a])) {
        a += 1;
    }
    // "Update: a passer-by", "Analysis: the ministry": a capitalised label before a colon
    if e - a > 2 && tokens[a + 1].span.text(text) == ":" && starts_upper(text, &tokens[a]) {
        a += 2;
    }
    // "(as) of Tuesday the police", "on Monday the ministry": a fronted time phrase
    while e - a > 2
        && TIME_PREPS.contains(&lower(text, &tokens[a]))
        && TIME_PHRASE.contains(&lower(text, &tokens[a + 1]))
    {
        a += 2;
    }
    // "Apple | on Tuesday": a trailing one
    if e - a > 2
        && TIME_PREPS.contains(&lower(text, &tokens[e - 2]))
        && TIME_PHRASE.contains(&lower(text, &tokens[e - 1]))
    {
        e -= 2;
    }
    if matches!(lower(text, &tokens[a]).as_str(), "citing" | "quoting" | "with") && e - a > 1 {
        a += 1;
    }
    // "a Seoul government official | who": a relative word the phrase ran into (lower case:
    // "the WHO" is a name)
    while e - a > 1 && {
        let t = tokens[e - 1].span.text(text);
        t.chars().all(|c| c.is_lowercase()) && hearsay_lex::pron::RELATIVE_WORDS.contains(t)
    } {
        e -= 1;
    }
    if let Some(k) = (a + 1..e).find(|&k| lower(text, &tokens[k]) == "about") {
        e = k;
    }
    // "a U.S. official | following North Korea": a participle after the head noun
    if let Some(k) = (a + 2..e).find(|&k| {
        let w = lower(text, &tokens[k]);
        w.len() > 5
            && w.ends_with("ing")
            && w.chars().all(|c| c.is_ascii_lowercase())
            && !matches!(lower(text, &tokens[k - 1]).as_str(), "the" | "a" | "an" | "of" | "for")
            // "following North Korea", not "texting service"
            && tokens.get(k + 1).filter(|_| k + 1 < e).is_some_and(|t| {
                t.span.text(text).starts_with(char::is_uppercase)
                    || matches!(lower(text, t).as_str(), "the" | "a" | "an" | "his" | "her" | "its" | "their")
            })
    }) {
        e = k;
    }
    while e - a > 1 && {
        let w = lower(text, &tokens[e - 1]);
        let before = lower(text, &tokens[e - 2]);
        let filler =
            SUBJECT_FILLERS.contains(&w) || matches!(w.as_str(), "himself" | "herself" | "itself" | "themselves");
        tokens[e - 1].kind == TokenKind::Word && filler && !matches!(before.as_str(), "the" | "a" | "an")
    } {
        e -= 1;
    }
    if let Some(k) = (a + 1..e).find(|&k| lower(text, &tokens[k]) == "familiar") {
        if k <= a + 2 && unnamed_head(&lower(text, &tokens[k - 1])) {
            e = k;
        }
    }
    // "a source | with access to the leadership", "a senior official | with knowledge of …"
    if let Some(k) =
        (a + 1..e).find(|&k| lower(text, &tokens[k]) == "with" && unnamed_head(&lower(text, &tokens[k - 1])))
    {
        e = k;
    }
    // "Carol Leonnig | of The Washington Post": a person's name ends the phrase before "of"
    if let Some(k) = (a + 2..e).find(|&k| {
        lower(text, &tokens[k]) == "of"
            && hearsay_lex::speakers::is_first_name(tokens[k - 2].span.text(text))
            && tokens[k - 1].span.text(text).starts_with(char::is_uppercase)
    }) {
        e = k;
    }
    (a < e).then(|| span_of(tokens, a, e - 1))
}

/// `actor` cut before the first verb or auxiliary after its first word, as the part-of-speech
/// layer of `doc` tags them ("The BBC | also named the individual", "Kurdish sources |
/// approached by …", "A committee | formed to investigate", "we | 've heard": v2 train), with
/// a trailing adverb, a subject pronoun or a relative word left by the cut dropped ("the
/// arachnologists | we spoke to", "the woman who | ate"). A verb right after a determiner or a particle, or right before a noun, an
/// adjective or a hyphen, is a modifier ("the alleged prodigy", "video messaging firm") and
/// stays. A phrase that opens with a pronoun and a verb is the pronoun ("we | dare", "it |
/// 's"). Without a part-of-speech layer, `actor` as is.
pub fn before_verb(doc: &Doc, actor: Span) -> Span {
    let (tokens, pos) = (&doc.tokens, &doc.pos);
    if pos.len() != tokens.len() {
        return actor;
    }
    let std::ops::Range { start: a, end: e } = doc.tokens_within(actor);
    if a + 1 >= e || e > tokens.len() {
        return actor;
    }
    // "we | dare", "they | chose", "it | 's": a pronoun and its verb
    if pos[a] == Pos::Pron {
        let verb_next = matches!(pos[a + 1], Pos::Verb | Pos::Aux);
        return if verb_next { span_of(tokens, a, a) } else { actor };
    }
    let verb = |k: usize| {
        matches!(pos[k], Pos::Verb | Pos::Aux)
            && !tokens[k].span.text(&doc.text).starts_with(char::is_uppercase)
            && !matches!(pos[k - 1], Pos::Det | Pos::Part)
            && !tokens[k - 1].span.text(&doc.text).ends_with(['-', '–'])
            // "messaging firm", "asteroid expert Don Yeomans": a modifier of what follows
            && (k + 1 == e
                || !matches!(pos[k + 1], Pos::Noun | Pos::Propn | Pos::Adj)
                    && !tokens[k + 1].span.text(&doc.text).starts_with(['-', '–']))
    };
    let Some(mut cut) = (a + 1..e).find(|&k| verb(k)) else {
        return actor;
    };
    while cut > a + 1 && matches!(pos[cut - 1], Pos::Adv) {
        cut -= 1;
    }
    if cut > a + 1 && SPEAKERS.contains(&lower(&doc.text, &tokens[cut - 1])) {
        cut -= 1;
    }
    // "The woman who | ate …": the relative word of a clause the cut opened (lower case: "the
    // WHO" is a name)
    if cut > a + 1 && {
        let t = tokens[cut - 1].span.text(&doc.text);
        t.chars().all(|c| c.is_lowercase()) && hearsay_lex::pron::RELATIVE_WORDS.contains(t)
    } {
        cut -= 1;
    }
    span_of(tokens, a, cut - 1)
}

/// Whether `actor` reads as a noun phrase by the part-of-speech layer of `doc`: it does not
/// open with a lower-case verb or auxiliary or with a subordinating conjunction ("created an
/// entry", "If the story") and, over one word long, does not end on a word that needs one
/// after it (a determiner, preposition, particle, conjunction or auxiliary: "it's just an",
/// "plenty to", "met with"), and is no lone particle ("not").
/// Without a part-of-speech layer, true.
pub fn is_noun_phrase(doc: &Doc, actor: Span) -> bool {
    let (tokens, pos) = (&doc.tokens, &doc.pos);
    if pos.len() != tokens.len() {
        return true;
    }
    let std::ops::Range { start: a, end: e } = doc.tokens_within(actor);
    if a >= e || e > tokens.len() {
        return true;
    }
    // (a capitalised first word tagged a verb is as often a noun opening its sentence:
    // "Sources close to …", "Listing agent …")
    let lower_verb =
        matches!(pos[a], Pos::Verb | Pos::Aux) && !tokens[a].span.text(&doc.text).starts_with(char::is_uppercase);
    let opens = !lower_verb && pos[a] != Pos::Sconj;
    let function_word = |p: Pos| matches!(p, Pos::Det | Pos::Adp | Pos::Part | Pos::Cconj | Pos::Sconj | Pos::Aux);
    let ends = e - a == 1 || !function_word(pos[e - 1]);
    // a lone particle or punctuation mark names nobody ("not" before "admitting";
    // a lone determiner may be a pronoun, "Some", and a lone capitalised word a name)
    let lone = e - a == 1 && matches!(pos[a], Pos::Part | Pos::Punct);
    opens && ends && !lone
}
