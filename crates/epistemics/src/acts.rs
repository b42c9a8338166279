//! Speech acts: what each attribution's source does with its content (`attributions[].act`).
//!
//! Only assertions and beliefs put a proposition forward, so only they make claims; the
//! attribution itself stays whatever its act. The act follows from the cue and the shape of
//! the content, in this order:
//! 1. a cue that is a verification other than a confirmation ("declined to comment", "could
//!    not confirm that …", "denied …") is a `response`;
//! 2. a quote (direct or mixed) ending in "?" is a `question`; a one-sentence direct quote
//!    opening with should/must/needs-to ("“The piling on must stop”") a `request`; any other
//!    quote an `assertion`;
//! 3. should/must/ought-to content ("there needs to be a law") is a `request`;
//! 4. the cue's lemma gives the act before "to" ("vowed to", "urged him to": `intention`,
//!    `request`) or before a clause ("fears that": `feeling`; "believes": `belief`), from
//!    `hearsay_lex::acts` (an unlisted cue asserts a clause and intends before "to");
//! 5. an indirect question ("asked whether …", "wondered why …") is a `question`, and any
//!    other wh-clause ("learned where he worked") a `reference`;
//! 6. content with no finite verb ("discussed the closure", "condemned the launch"), or whose
//!    cue is no verb of speech or thought and it opens with no "that", is a `reference`
//!    (a hedge that presents the clause around it as reported, "Smith *reportedly* gave
//!    $1 million", takes a bare clause as a verb of saying does; a contracted auxiliary,
//!    "he*'s* riding momentum", is a finite verb), unless the cue evaluates something named
//!    ("called her vote a mistake", not "described it as madness" or "called people losers"),
//!    accuses of a deed ("have been blamed for introducing cholera"), is a passive "be" cue
//!    of regarding between the content's subject and predicate ("The attempt to heal the
//!    rifts *is seen as* vital to …") or finds or shows a named object with its predicate
//!    ("an inquiry *found* him guilty of …", "polls *show* Clinton up by 10 points").
//!
//! Before 2, a negated verb of saying ("has not publicly stated that …") is a `reference`,
//! and the speaker's own plan, feeling or request opening the content (after "that" and an
//! opening phrase such as "if elected,") takes its act: "he'd leave …" (a condition makes it
//! a prediction only under a forecasting or believing cue), "we ask that …", "we remain
//! committed …"; a quote whose every piece is one of these takes the first one's act. After
//! all acts are set, a report sharing its content with a feeling, plan, request or question
//! framing it ("said Obama *hopes* that …"), or whose content is only such a nested report,
//! takes that act.
//!
//! Cost: one pass over each attribution's cue and content tokens, each capped at
//! [`MAX_TOKENS`].

use hearsay_core::{AttributionKind, Doc, Pos, Span, SpanSet, SpeechAct, Token, Verdict};
use hearsay_lex::acts::{of_word, Act};
use hearsay_lex::verbs;

/// Tokens of a cue or content read at most.
pub const MAX_TOKENS: usize = 64;

/// Sets `act` on every attribution.
pub fn annotate(doc: &mut Doc) {
    let responses = response_cues(doc);
    let mut acts: Vec<SpeechAct> = (0..doc.attributions.len()).map(|i| act_with(doc, i, &responses)).collect();
    // "He said Obama hopes that his successor will push …": the saying attribution and the
    // hoping one share the content, which only the hoping one frames: a hope, not a claim
    let mut by_content: Vec<(Span, usize)> =
        doc.attributions.iter().enumerate().filter_map(|(i, a)| a.content.first().map(|&c| (c, i))).collect();
    by_content.sort_unstable_by_key(|&(c, i)| (c.start, c.end, i));
    for run in by_content.chunk_by(|x, y| x.0 == y.0).filter(|r| r.len() > 1) {
        let framing = run.iter().map(|&(_, i)| acts[i]).find(|a| {
            matches!(a, SpeechAct::Feeling | SpeechAct::Intention | SpeechAct::Request | SpeechAct::Question)
        });
        if let Some(f) = framing {
            for &(_, i) in run {
                if acts[i].asserts() {
                    acts[i] = f;
                }
            }
        }
    }
    // "The statement noted they had previously said they would take measures": a report whose
    // content is only a nested report that asserts nothing asserts nothing either
    for (j, a) in doc.attributions.iter().enumerate() {
        let Some(p) = a.parent.filter(|&p| p < acts.len() && p != j) else { continue };
        let nested = acts[j];
        let frames =
            matches!(nested, SpeechAct::Feeling | SpeechAct::Intention | SpeechAct::Request | SpeechAct::Question);
        if !frames || !acts[p].asserts() {
            continue;
        }
        let whole = a
            .content
            .iter()
            .copied()
            .chain(a.source)
            .chain(a.cue)
            .reduce(|x, y| Span::new(x.start.min(y.start), x.end.max(y.end)));
        let outer = &doc.attributions[p].content;
        if let (Some(w), [c]) = (whole, outer.as_slice()) {
            if c.start + NESTED_SLACK >= w.start && c.end <= w.end + NESTED_SLACK {
                acts[p] = nested;
            }
        }
    }
    for (a, act) in doc.attributions.iter_mut().zip(acts) {
        a.act = act;
    }
}

/// Bytes of an outer report's content that may lie outside the nested report it relays
/// (quote marks, "that").
const NESTED_SLACK: usize = 6;

/// Indices of the tokens inside `span`, at most [`MAX_TOKENS`].
fn tokens_in(doc: &Doc, span: Span) -> std::ops::Range<usize> {
    let r = doc.tokens_within(span);
    r.start..r.end.min(r.start + MAX_TOKENS)
}

fn pos(doc: &Doc, t: usize) -> Pos {
    doc.pos.get(t).copied().unwrap_or_default()
}

fn is_word(doc: &Doc, t: usize) -> bool {
    doc.slice(doc.tokens[t].span).chars().next().is_some_and(char::is_alphanumeric)
}

/// The cues of the verifications that are no confirmation (a cue overlapping one makes a response).
fn response_cues(doc: &Doc) -> SpanSet {
    SpanSet::new(doc.verifications.iter().filter(|v| v.verdict != Verdict::Confirmed).map(|v| (v.cue, 0)))
}

/// The speech act of attribution `i`.
pub fn act(doc: &Doc, i: usize) -> SpeechAct {
    act_with(doc, i, &response_cues(doc))
}

/// The speech act of attribution `i`, with the document's [`response_cues`].
fn act_with(doc: &Doc, i: usize, responses: &SpanSet) -> SpeechAct {
    let a = &doc.attributions[i];
    if let Some(cue) = a.cue {
        if responses.any_overlapping(cue) {
            return SpeechAct::Response;
        }
    }
    // "has not publicly stated that …", "never said …": the source puts nothing forward
    if a.cue.is_some_and(|c| negated(doc, c)) {
        return SpeechAct::Reference;
    }
    // the content's words, leaving out a lone relative word that opens it ("which | …")
    let mut words: Vec<usize> = Vec::new();
    for (k, c) in a.content.iter().enumerate() {
        let toks: Vec<usize> = tokens_in(doc, *c).filter(|&t| is_word(doc, t)).collect();
        if k == 0 && toks.len() == 1 && a.content.len() > 1 {
            continue;
        }
        words.extend(toks);
        if words.len() >= MAX_TOKENS {
            break;
        }
    }
    let quoted = matches!(a.kind, AttributionKind::Direct | AttributionKind::Mixed);
    if quoted && a.content.last().is_some_and(|c| ends_in_question_mark(doc, *c)) {
        return SpeechAct::Question;
    }
    let predicts = a.cue.is_some_and(|c| predicts(doc, c));
    // "he will expand the army", "we'll fight": the speaker's own plan, reported or quoted;
    // a quote in pieces is read piece by piece below ("“We needed the best player,” he said.
    // “It's a hard position.”" asserts in its second piece)
    let pieces_quote = a.kind == AttributionKind::Direct && a.content.len() > 1;
    if let Some(act) = a.content.first().filter(|_| !pieces_quote).and_then(|c| speakers_own_state(doc, *c, predicts)) {
        return act;
    }
    if a.kind == AttributionKind::Direct {
        // a one-sentence quote that opens with what must be done ("“We must act now,” she
        // said") asks for something; a longer quote may assert in its other sentences
        let opening = &words[..words.len().min(DEONTIC_OPENING)];
        let one_sentence = a.content.len() == 1 && !inner_sentence_end(doc.slice(a.content[0]));
        if one_sentence && is_deontic(doc, opening) {
            return SpeechAct::Request;
        }
        // a quote in pieces, each a one-sentence request or the speaker's own plan or
        // feeling ("“I count on the Council to remain united,” he said. “We must urgently
        // break this spiral.”"), asserts nothing either
        let pieces: Vec<Option<SpeechAct>> = a.content.iter().map(|c| piece_act(doc, *c, predicts)).collect();
        if pieces.len() > 1 && pieces.iter().all(Option::is_some) {
            return pieces[0].unwrap_or(SpeechAct::Request);
        }
        return SpeechAct::Assertion;
    }
    let Some(&first) = words.first() else {
        return SpeechAct::Reference;
    };
    let cue_acts = a.cue.and_then(|c| cue_acts(doc, c));
    let w0 = doc.lower_at(first);
    // "says there needs to be a law": what should be done, before the infinitive reading
    // ("there needs *to be*" is no "X to …" after an asserting verb)
    if is_deontic(doc, &words) {
        return SpeechAct::Request;
    }
    if let Some(to) = infinitive_at(doc, &words) {
        // "He is said to have suffered …", "is believed to weigh …": a passive verb of saying
        // or thinking raises the subject of what is reported; the writer relays a proposition
        if to == 0 && a.cue.is_some_and(|c| passive_raising(doc, c)) {
            return SpeechAct::Assertion;
        }
        // "to …" right away, or "him to …" after a verb that asks something of someone, or
        // "Pyongyang to produce …" after one that asserts
        let inf = cue_acts.map_or(Act::Intention, |c| c.infinitive);
        if to == 0 || matches!(inf, Act::Request | Act::Assertion | Act::Belief) {
            return from_lex(inf);
        }
    }
    let clause = cue_acts.map(|c| c.clause);
    if a.kind == AttributionKind::Indirect && hearsay_lex::function::INTERROGATIVES.contains(&w0) {
        return if clause == Some(Act::Question) { SpeechAct::Question } else { SpeechAct::Reference };
    }
    // a noun phrase where a clause should be: "discussed the closure", "condemned the launch
    // as the missiles flew"; a verb of speech or thought takes a bare clause ("said he
    // left"), any other cue needs "that" ("found that …")
    let opens_clause = pos(doc, first) == Pos::Sconj && w0 == "that";
    let takes_bare_clause = a.kind != AttributionKind::Indirect
        || a.cue.is_some_and(|c| speaks(doc, c) || presents_as_reported(doc, c))
        || matches!(clause, Some(Act::Assertion | Act::Belief | Act::Feeling | Act::Question));
    // "he's riding momentum": the contracted auxiliary is no word token but makes a clause
    let finite = has_finite_verb(doc, &words) || contracted_aux(doc, &a.content);
    let nominal = !framed_copula(doc, a) && (!finite || (!takes_bare_clause && !opens_clause));
    // "an inquiry found him guilty of …", "polls show Clinton up by 10 points": a named object
    // and its predicate after a verb of finding or showing state a proposition
    if nominal && a.cue.is_some_and(|c| finds_or_shows(doc, c)) && small_clause(doc, &words) {
        return SpeechAct::Assertion;
    }
    if nominal {
        // "called the charges baseless", "described it as madness", not "called Haider al-Abadi"
        // what is evaluated must be named: a pronoun ("described *it* as madness", "declared
        // *himself* the caliph") or a bare plural ("called *people* losers") leaves a fragment
        let named = !hearsay_lex::pron::EVALUATED_UNNAMED.contains(&w0);
        let evaluates = clause == Some(Act::Evaluation) && named && states_a_quality(doc, &words);
        // "peacekeepers have been blamed for introducing cholera": an accusation of a deed
        // (a gerund) alleges that it happened
        let alleges =
            a.cue.is_some_and(|c| accuses(doc, c)) && words.iter().enumerate().any(|(k, &t)| gerund(doc, t, k == 0));
        if alleges {
            return SpeechAct::Assertion;
        }
        return if evaluates { SpeechAct::Assertion } else { SpeechAct::Reference };
    }
    clause.map_or(SpeechAct::Assertion, from_lex)
}

/// Whether a content span holds a contracted auxiliary ("he*'s* riding momentum", "they*'re*
/// losing"): a finite verb the word filter leaves out.
fn contracted_aux(doc: &Doc, content: &[Span]) -> bool {
    content.iter().any(|&c| {
        tokens_in(doc, c).any(|t| {
            pos(doc, t) == Pos::Aux && {
                let w = doc.lower_at(t);
                let w = w.trim_start_matches(['\'', '’']);
                w.len() < doc.lower_at(t).len() && verbs::CLITIC_TAILS.contains(w)
            }
        })
    })
}

/// Whether the cue is a verb of finding or showing (`hearsay_lex::speech::SMALL_CLAUSE`).
fn finds_or_shows(doc: &Doc, cue: Span) -> bool {
    tokens_in(doc, cue).any(|t| hearsay_lex::speech::SMALL_CLAUSE.contains(&doc.lower_at(t)))
}

/// Whether a verbless content is a small clause: a name or an object pronoun, then its
/// predicate, a verb, an adjective, an adverb or a preposition ("him | guilty of …",
/// "Clinton | up by 10 points", "Mounties | chasing him"); not a noun phrase with a
/// determiner ("an enhanced interest in …", "no such blur").
fn small_clause(doc: &Doc, words: &[usize]) -> bool {
    let Some(&first) = words.first() else { return false };
    let subject = match pos(doc, first) {
        Pos::Pron => hearsay_lex::pron::OBJECT.contains(&doc.lower_at(first)),
        Pos::Propn | Pos::Adj => true,
        _ => false,
    };
    if !subject {
        return false;
    }
    // the rest of the name ("triumphant Ryan Roche"), then the predicate
    let mut k = 1;
    while k < words.len() && pos(doc, words[k]) == Pos::Propn {
        k += 1;
    }
    let named = (0..k).any(|j| matches!(pos(doc, words[j]), Pos::Propn | Pos::Pron));
    // after an object pronoun any word but a determiner or a number opens the predicate (the
    // tagger reads "him *guilty* of" as a noun)
    let pronoun = pos(doc, first) == Pos::Pron;
    named
        && words.get(k).is_some_and(|&t| {
            let p = pos(doc, t);
            let predicate = matches!(p, Pos::Verb | Pos::Adj | Pos::Adv | Pos::Adp)
                || (pronoun && matches!(p, Pos::Noun | Pos::Propn));
            predicate && !matches!(&*doc.lower_at(t), "of" | "'s" | "’s" | "and" | "or")
        })
}

/// Whether a passive cue of regarding opening with a finite "be" stands between the content's
/// subject and its predicate ("The attempt to heal the rifts | *is seen as* | vital to …", "it | *is
/// considered* | a threat to …"): the cue's own verb joins them into a clause.
fn framed_copula(doc: &Doc, a: &hearsay_core::Attribution) -> bool {
    let Some(cue) = a.cue else { return false };
    let around = a.content.first().is_some_and(|c| c.end <= cue.start) && a.content.iter().any(|c| c.start >= cue.end);
    let mut words = tokens_in(doc, cue).filter(|&t| is_word(doc, t));
    let be = words.next().is_some_and(|t| hearsay_lex::verbs::FINITE_BE.contains(&doc.lower_at(t)));
    // a verb of regarding (belief and cognition, class 2 of `hearsay_lex::speech::cue_class`):
    // not "was charged with", "was hired as"
    let buf = &mut String::new();
    around && be && words.any(|t| hearsay_lex::speech::cue_class(&doc.lower_at(t), buf) == 2)
}

/// Whether a noun phrase says what something is: it holds "as", a quoted word, an adjective
/// or a second, indefinite noun phrase ("her vote a mistake").
fn states_a_quality(doc: &Doc, words: &[usize]) -> bool {
    words.iter().enumerate().any(|(k, &t)| {
        let w = doc.lower_at(t);
        w == "as" || pos(doc, t) == Pos::Adj || (k > 0 && (w == "a" || w == "an"))
    }) || words.first().zip(words.last()).is_some_and(|(&f, &l)| {
        let span = Span::new(doc.tokens[f].span.start, doc.tokens[l].span.end);
        doc.slice(span).contains(|c: char| "\"“”".contains(c))
    })
}

/// `intention` when a content opens (after "that") with a personal pronoun and a future of the
/// speaker's own doing: "he will expand the army", "we'll …", "I am going to …", "he'd …"
/// (not "he'd received": a perfect), unless a condition makes it a prediction ("he would do
/// so if …"); else the act of the pronoun's own state word ([`state_word_act`]).
/// ("said she hopes to win" reports a feeling, "said we need change" a request: no claims).
fn speakers_own_state(doc: &Doc, content: Span, predicts: bool) -> Option<SpeechAct> {
    let mut all: Vec<usize> = tokens_in(doc, content).collect();
    if all.first().is_some_and(|&t| doc.lower_at(t) == "that") {
        all.remove(0);
    }
    // a condition opening the clause ("that, if elected, he'd leave …"): the clause after its comma
    // an opening phrase up to its comma ("that, if elected, he'd leave …", "As a nation, we
    // remain committed …"): the clause after it
    let at = all.iter().position(|&t| is_word(doc, t));
    let lead = at.map(|k| doc.lower_at(all[k]));
    let mut conditional = false;
    if let (Some(k), true) = (at, lead.as_deref().is_some_and(|w| hearsay_lex::function::LEAD_OPENERS.contains(w))) {
        let comma = all.iter().skip(k).take(OPENING_PHRASE).position(|&t| doc.slice(doc.tokens[t].span) == ",")?;
        all.drain(..=k + comma);
        conditional = lead.as_deref() == Some("if");
    }
    let toks: Vec<usize> = all.into_iter().filter(|&t| !matches!(pos(doc, t), Pos::Punct)).collect();
    let w = |k: usize| toks.get(k).map(|&t| doc.lower_at(t).replace('’', "'"));
    if !matches!(w(0)?.as_str(), "i" | "we" | "he" | "she" | "they") {
        return None;
    }
    // a condition makes a forecast a prediction ("predicted he would do so if …"); told or
    // said, it is a conditional pledge ("said they would take measures if …")
    conditional |= toks.iter().any(|&t| doc.lower_at(t) == "if");
    if conditional && predicts {
        return None;
    }
    let next = w(1)?;
    // "he'd (only) received": "had" and a participle, after any adverbs
    let perfect = |k: usize| {
        let k = (k..toks.len()).find(|&j| pos(doc, toks[j]) != Pos::Adv).unwrap_or(k);
        w(k).is_some_and(|x| x.ends_with("ed") || x.ends_with("en"))
    };
    let plans = match next.as_str() {
        "will" | "would" | "'ll" | "shall" => true,
        "'d" => !perfect(2),
        "am" | "is" | "are" | "'s" | "'re" | "'m" => w(2).as_deref() == Some("going") && w(3).as_deref() == Some("to"),
        _ => false,
    };
    if plans {
        return Some(SpeechAct::Intention);
    }
    state_word_act(
        &toks[1..].iter().take(STATE_WINDOW + 1).map(|&t| doc.lower_at(t).replace('’', "'")).collect::<Vec<_>>(),
    )
}

/// Whether the cue accuses or blames ("have been *blamed* for", "*accused* him of", "is
/// *implicated* in").
fn accuses(doc: &Doc, cue: Span) -> bool {
    tokens_in(doc, cue).any(|t| {
        let w = doc.lower_at(t);
        ["accus", "blam", "implicat"].iter().any(|p| w.starts_with(p))
    })
}

/// Whether token `t` is a verb's -ing form ("introducing"): tagged a verb, or (`opens`) the
/// first word after the cue ("blamed for *introducing* …", tagged a noun or not).
fn gerund(doc: &Doc, t: usize, opens: bool) -> bool {
    let w = doc.lower_at(t);
    w.len() > 5 && w.ends_with("ing") && (opens || matches!(pos(doc, t), Pos::Verb | Pos::Aux))
}

/// Whether the cue is a negated verb of saying ("has not publicly stated", "never said").
fn negated(doc: &Doc, cue: Span) -> bool {
    let mut not = false;
    for t in tokens_in(doc, cue) {
        let w = doc.lower_at(t).replace('’', "'");
        if matches!(w.as_str(), "not" | "n't" | "never") || w.ends_with("n't") {
            not = true;
        } else if not && hearsay_lex::speech::ATTRIBUTION.contains(&w) {
            return true;
        }
    }
    false
}

/// Whether the cue forecasts or holds a belief ("predicted", "expects", "believes") rather
/// than states: the speaker's own conditional future under it is a prediction.
fn predicts(doc: &Doc, cue: Span) -> bool {
    let buf = &mut String::new();
    tokens_in(doc, cue).filter(|&t| is_word(doc, t)).any(|t| {
        let w = doc.lower_at(t);
        ["predict", "forecast", "anticipat", "expect"].iter().any(|p| w.starts_with(p))
            || of_word(&w, None, buf).is_some_and(|a| a.clause == Act::Belief)
    })
}

/// The act of one piece of a quote when it asserts nothing: the speaker's own plan, feeling
/// or request ([`speakers_own_state`]), or one sentence opening with what must be done.
fn piece_act(doc: &Doc, c: Span, predicts: bool) -> Option<SpeechAct> {
    if let Some(act) = speakers_own_state(doc, c, predicts) {
        return Some(act);
    }
    let words: Vec<usize> = tokens_in(doc, c).filter(|&t| is_word(doc, t)).take(DEONTIC_OPENING).collect();
    (!inner_sentence_end(doc.slice(c)) && is_deontic(doc, &words)).then_some(SpeechAct::Request)
}

/// Most tokens of such an opening phrase, its comma included.
const OPENING_PHRASE: usize = 12;

/// How many words after the pronoun may hold its state word ("we are really pleased").
const STATE_WINDOW: usize = 3;

/// The act of a pronoun's own state: "she's thrilled", "he is hoping", "we need", "he wants"
/// (a feeling, a want or a request of the cue lexicon, `hearsay_lex::acts`), skipping the
/// copula and adverbs; `None` for an assertion or a belief, which stay claims.
fn state_word_act(words: &[String]) -> Option<SpeechAct> {
    let buf = &mut String::new();
    let k = words.iter().take(STATE_WINDOW).position(|w| {
        !matches!(
            w.as_str(),
            "am" | "is"
                | "are"
                | "was"
                | "were"
                | "'s"
                | "'re"
                | "'m"
                | "also"
                | "really"
                | "still"
                | "very"
                | "so"
                | "remain"
                | "remains"
        )
    })?;
    let acts = of_word(&words[k], words.get(k + 1).map(String::as_str), buf)?;
    match acts.clause {
        a @ (Act::Feeling | Act::Intention | Act::Request) => Some(from_lex(a)),
        // "we ask that …", "I ask you to …": a request, not a question
        Act::Question if acts.infinitive == Act::Request => Some(SpeechAct::Request),
        _ => None,
    }
}

/// Whether the cue is a hedge that presents the clause around it as reported
/// (`hearsay_lex::hedge::PRESENTS_AS_REPORTED`: "Smith *reportedly* gave $1 million to staff",
/// "the two brothers *allegedly* killed an officer"): the clause is put forward, with no one
/// named, as a verb of saying puts forward a bare clause.
fn presents_as_reported(doc: &Doc, cue: Span) -> bool {
    hearsay_lex::hedge::PRESENTS_AS_REPORTED.contains(doc.slice(cue).trim().to_lowercase().as_str())
}

/// Whether the cue holds a verb that introduces reported speech (`hearsay_lex::speech::ATTRIBUTION`).
fn speaks(doc: &Doc, cue: Span) -> bool {
    tokens_in(doc, cue).any(|t| hearsay_lex::speech::ATTRIBUTION.contains(&doc.lower_at(t)))
}

/// Whether a quote's content ends in "?", inside the span or right after it (`"Will it
/// close?" she asked` has its content without the mark).
fn ends_in_question_mark(doc: &Doc, c: Span) -> bool {
    let inside = doc.slice(c).trim_end_matches(|ch: char| ch.is_whitespace() || "\"'”’".contains(ch));
    let after = doc.text.get(c.end..).unwrap_or("");
    inside.ends_with('?')
        || after.trim_start_matches(|ch: char| ch.is_whitespace() || "\"'”’".contains(ch)).starts_with('?')
}

fn from_lex(a: Act) -> SpeechAct {
    match a {
        Act::Assertion | Act::Evaluation => SpeechAct::Assertion,
        Act::Belief => SpeechAct::Belief,
        Act::Feeling => SpeechAct::Feeling,
        Act::Intention => SpeechAct::Intention,
        Act::Request => SpeechAct::Request,
        Act::Question => SpeechAct::Question,
    }
}

/// Whether a cue is a passive raising verb: a form of "be" and then, as its last word, a
/// verb that raises its subject ("is said", "are believed", "was reported").
fn passive_raising(doc: &Doc, cue: Span) -> bool {
    let toks: Vec<usize> = tokens_in(doc, cue).filter(|&t| is_word(doc, t)).collect();
    let Some((&last, before)) = toks.split_last() else {
        return false;
    };
    let last = doc.lower_at(last);
    verbs::RAISERS.contains(&last)
        && !verbs::AUX_BE.contains(&last)
        && before.iter().any(|&t| verbs::AUX_BE.contains(&doc.lower_at(t)))
}

/// The acts of the cue's first listed word ("has publicly *vowed*", "*called* for").
fn cue_acts(doc: &Doc, cue: Span) -> Option<hearsay_lex::acts::CueActs> {
    let toks: Vec<usize> = tokens_in(doc, cue).filter(|&t| is_word(doc, t)).collect();
    let buf = &mut String::new();
    // a word right after the cue completes a two-word cue ("called for")
    let after = doc.tokens.partition_point(|t: &Token| t.span.start < cue.end);
    toks.iter().enumerate().find_map(|(k, &t)| {
        let next_tok = toks.get(k + 1).copied().or((after < doc.tokens.len()).then_some(after));
        let next = next_tok.map(|n| doc.lower_at(n));
        of_word(&doc.lower_at(t), next.as_deref(), buf)
    })
}

/// Position in `words` of an infinitival "to" (followed by a verb) among the first four
/// words, or `None`.
fn infinitive_at(doc: &Doc, words: &[usize]) -> Option<usize> {
    let to = words.iter().take(4).position(|&t| {
        doc.lower_at(t) == "to"
            && words
                .iter()
                .skip_while(|&&u| u != t)
                .nth(1)
                .is_some_and(|&n| matches!(pos(doc, n), Pos::Verb | Pos::Aux))
    })?;
    // a finite verb before it makes the infinitive part of a clause ("the tanks *appeared* to
    // be old models"), not an object and what it is asked to do ("him to leave")
    (!has_finite_verb(doc, &words[..to])).then_some(to)
}

/// Whether the words hold a finite verb: an auxiliary, or a verb not after "to" and not an
/// -ing form. An -ed/-en verb right after an article is a participle used as an adjective
/// ("found *an enhanced* interest"), and one right after a relative word inside the words heads a
/// relative clause ("her support of the raid *that killed* …"): neither makes a clause.
fn has_finite_verb(doc: &Doc, words: &[usize]) -> bool {
    words.iter().enumerate().any(|(k, &t)| {
        let p = pos(doc, t);
        if !matches!(p, Pos::Aux | Pos::Verb) {
            return false;
        }
        let prev = k.checked_sub(1).map(|j| doc.lower_at(words[j]));
        let w = doc.lower_at(t);
        let participle = w.ends_with("ed") || w.ends_with("en");
        let modifies = prev.as_deref().is_some_and(|w| hearsay_lex::pron::RELATIVE_WORDS.contains(w))
            || (participle && matches!(prev.as_deref(), Some("a" | "an" | "the")));
        match p {
            Pos::Aux => !modifies,
            _ => prev.as_deref() != Some("to") && !modifies && !w.ends_with("ing"),
        }
    })
}

/// Words at the start of a quote that may hold its should/must ("We really must …").
const DEONTIC_OPENING: usize = 6;

/// Whether a sentence ends inside `text` (". " or "! " or "? " before a capital or a quote mark).
fn inner_sentence_end(text: &str) -> bool {
    let t = text.trim_end();
    t.char_indices().any(|(k, c)| {
        matches!(c, '.' | '!' | '?')
            && t[k + 1..].starts_with(' ')
            && t[k + 1..].trim_start().chars().next().is_some_and(|n| n.is_uppercase() || "\"“'‘".contains(n))
    })
}

/// Whether the clause says what should be done ("should", "ought to", "needs to", "must"
/// not followed by "have"/"be").
fn is_deontic(doc: &Doc, words: &[usize]) -> bool {
    words.iter().take(12).enumerate().any(|(k, &t)| {
        let w = doc.lower_at(t);
        let next = words.get(k + 1).map(|&n| doc.lower_at(n));
        match &*w {
            "should" | "ought" => true,
            "must" => !matches!(next.as_deref(), Some("have" | "be" | "'ve")),
            // not the noun ("stressing *the need to* bolster …")
            "need" | "needs" => {
                let prev = k.checked_sub(1).map(|j| doc.lower_at(words[j]));
                next.as_deref() == Some("to")
                    && !matches!(
                        prev.as_deref(),
                        Some(
                            "the"
                                | "a"
                                | "an"
                                | "no"
                                | "any"
                                | "this"
                                | "that"
                                | "its"
                                | "their"
                                | "our"
                                | "his"
                                | "her"
                        )
                    )
            }
            _ => false,
        }
    })
}
