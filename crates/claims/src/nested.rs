//! A report inside a report that the attribution stage left unmarked: a content that opens
//! with an unnamed speaker and a verb of saying, believing or finding ("Murillo said *a team
//! formed to study the event believed* the crater was left by …", "the man said *doctors
//! found* a tropical spider had burrowed under his skin"). The unnamed speaker is the
//! claim's origin and the report's source only relays it: the claim reaches the article
//! second-hand (docs/ASSESSMENT.md).

use hearsay_core::{Doc, Pos, Span};

/// Most words of the unnamed speaker's phrase before its verb ("a commission appointed by
/// President George W. Bush | estimated").
pub const MAX_SPEAKER_WORDS: usize = 10;

/// Most words after the verb read for the clause it introduces ("that", or a verb).
pub const CLAUSE_WORDS: usize = 8;

/// Reports on either side of a content (in text order) searched for one whose cue is the
/// verb found inside it (a bound for book-length inputs).
pub const NEAR_REPORTS: usize = 32;

/// Cue classes of `crates/lex/data/cue_lemmas.tsv` that report a proposition: speech and
/// argument (1), belief and cognition (2), finding and evidence (4).
fn reports(class: u8) -> bool {
    matches!(class, 1 | 2 | 4)
}

/// The unnamed speaker phrase that opens content `c` of attribution `a` and reports what
/// follows, if any: its first word (after "that") is an indefinite determiner or quantifier
/// (`hearsay_lex::function::INDEFINITE`, tagged a determiner or numeral: "a team", "some
/// experts", "two witnesses") or a lower-case plural noun ("doctors", "witnesses"); within
/// [`MAX_SPEAKER_WORDS`] words comes a verb of a reporting cue class, with no clause link
/// ("who", "and", "that": `hearsay_lex::function::CLAUSE_LINKS`) and no other verb before it
/// but participles ending in "ed" ("a team *formed* to study", "appointed by"), infinitives
/// ("to *study*") and an auxiliary right before it ("had seen"); and a clause follows it (a "that" or a verb within
/// [`CLAUSE_WORDS`] words). A verb that is itself the cue of another attribution is a report
/// the attribution stage already marked, so it does not count. A document without
/// part-of-speech tags gives none.
pub fn unnamed_speaker(doc: &Doc, a: usize, c: Span) -> Option<Span> {
    if doc.pos.len() != doc.tokens.len() {
        return None;
    }
    let words: Vec<usize> = doc
        .tokens_within(c)
        .filter(|&t| doc.slice(doc.tokens[t].span).chars().next().is_some_and(char::is_alphanumeric))
        .take(MAX_SPEAKER_WORDS + CLAUSE_WORDS + 2)
        .collect();
    // the complementizer, not a demonstrative opening a quote ("That's an interesting …")
    let skip = usize::from(words.first().is_some_and(|&t| doc.slice(doc.tokens[t].span) == "that"));
    let &first = words.get(skip)?;
    let first_text = doc.slice(doc.tokens[first].span);
    let opens = match doc.pos[first] {
        Pos::Det | Pos::Num => hearsay_lex::function::INDEFINITE.contains(&doc.lower_at(first)),
        Pos::Noun => first_text.len() > 3 && first_text.ends_with('s') && first_text.starts_with(char::is_lowercase),
        _ => false,
    };
    if !opens {
        return None;
    }
    let buf = &mut String::new();
    let rest = &words[skip + 1..];
    let mut verb = None;
    // the speaker's phrase ends within its sentence
    let sentence_end = doc.sentence_at(c.start).map_or(c.end, |si| doc.sentences[si].span.end);
    for (k, &t) in rest.iter().enumerate().take(MAX_SPEAKER_WORDS) {
        let w = doc.lower_at(t);
        if hearsay_lex::function::CLAUSE_LINKS.contains(&w) || doc.tokens[t].span.start >= sentence_end {
            return None;
        }
        // a participle modifying the speaker has its own complement after it ("a team
        // *formed to* study", "a commission *appointed by* …"); "helped officials" is a verb
        // the token right after it, punctuation included ("All told*,* …")
        let next = doc.pos.get(t + 1).copied();
        let participle = w.ends_with("ed") && matches!(next, Some(Pos::Adp | Pos::Part));
        // an infinitive inside the speaker's phrase ("a team formed *to study* the event")
        let infinitive = k > 0 && doc.pos[rest[k - 1]] == Pos::Part;
        match doc.pos[t] {
            Pos::Verb if infinitive => {}
            // a finite verb, not a participle modifying the speaker ("a member *threatening*
            // to kill", "a man *known as* …", "a man *quoted by* …")
            Pos::Verb if reports(hearsay_lex::speech::cue_class(&w, buf)) => {
                // a verb that introduces reported speech or belief, or one of cognition or
                // finding ("had seen", "estimated"); not one naming or charging ("a company *called* …",
                // "*accused of* …"), nor followed by "as", "by", "to" or punctuation ("a man
                // *known as* …", "leaders had *agreed to* …", "All *told*, …")
                let listed = hearsay_lex::speech::ATTRIBUTION.contains(&w)
                    || hearsay_lex::speech::BELIEF.contains(&w)
                    || matches!(hearsay_lex::speech::cue_class(&w, buf), 2 | 4);
                let after = rest.get(k + 1).map(|&n| doc.lower_at(n));
                let modifier = w.ends_with("ing")
                    || !matches!(next, Some(p) if !matches!(p, Pos::Part | Pos::Punct))
                    || after.is_some_and(|n| n == "as" || n == "by");
                if !listed || modifier {
                    return None;
                }
                verb = Some(k);
                break;
            }
            Pos::Verb if participle => {}
            // "had seen": the auxiliary of the verb right after it
            Pos::Aux if rest.get(k + 1).is_some_and(|&n| doc.pos[n] == Pos::Verb) => {}
            Pos::Verb | Pos::Aux => return None,
            _ => {}
        }
    }
    let k = verb?;
    let cue = doc.tokens[rest[k]].span;
    // attributions are in text order: a report whose cue is this verb lies near this content
    let at = doc.attributions.partition_point(|x| x.content.first().map_or(0, |f| f.start) < c.start);
    let window = at.saturating_sub(NEAR_REPORTS)..(at + NEAR_REPORTS).min(doc.attributions.len());
    let marked = window.into_iter().any(|j| j != a && doc.attributions[j].cue.is_some_and(|q| q.overlaps(cue)));
    if marked {
        return None;
    }
    let clause = rest[k + 1..]
        .iter()
        .take(CLAUSE_WORDS)
        .any(|&t| doc.lower_at(t) == "that" || matches!(doc.pos[t], Pos::Verb | Pos::Aux));
    let before = if k == 0 { first } else { rest[k - 1] };
    clause.then(|| Span::new(doc.tokens[first].span.start, doc.tokens[before].span.end))
}
