//! Model-driven extraction: tag cues, then fill each cue's source and content slots.

use crate::context::{Ctx, CLAUSE_STOP};
use crate::cue;
use crate::slots::{window, BoundaryCache, Choice, CueView, SlotScores, SpanWeights, CL, CR, SRC};
use hearsay_core::{Attribution, AttributionKind, Doc, Pos, Span};
use hearsay_learn::mixed::Scorer;

/// One raw extraction in token indices (before kinds and post-processing).
#[derive(Clone, Debug, PartialEq)]
pub struct Raw {
    /// Cue tokens `[s, e)`.
    pub cue: (usize, usize),
    /// Source tokens, inclusive.
    pub source: Option<(usize, usize)>,
    /// Content pieces (left of the cue, right of it), inclusive.
    pub content: Vec<(usize, usize)>,
    /// Cue confidence margin.
    pub margin: f32,
}

/// Which tokens belong to other cues, as prefix counts (len = tokens + 1), so that a
/// span pointer can ask in O(1) whether a cue lies between two positions.
pub struct Marks {
    /// Tokens inside any marked cue.
    pub any: Vec<u32>,
    /// Tokens inside marked cues that hold a reporting verb or a speech-class word ("said",
    /// "told", "argued").
    pub strong: Vec<u32>,
}

impl Marks {
    /// Marks `cues` (token ranges `[s, e)`) of a document of `n` tokens.
    pub fn new(ctx: &Ctx, n: usize, cues: &[(usize, usize)]) -> Marks {
        let mut any = vec![0u32; n];
        let mut strong = vec![0u32; n];
        for &(s, e) in cues {
            let e = e.min(n);
            let st = (s..e).any(|k| ctx.reporting[k] || ctx.class[k] == hearsay_lex::speech::SPEECH_CLASS) as u32;
            for k in s..e {
                any[k] = 1;
                strong[k] = strong[k].max(st);
            }
        }
        let prefix = |v: Vec<u32>| {
            let mut out = Vec::with_capacity(n + 1);
            out.push(0);
            let mut acc = 0;
            for m in v {
                acc += m;
                out.push(acc);
            }
            out
        };
        Marks { any: prefix(any), strong: prefix(strong) }
    }
}

/// Hash of a cue's words.
pub fn cue_hash(ctx: &Ctx, s: usize, e: usize) -> u64 {
    (s..e).fold(0x5151u64, |h, k| h.rotate_left(11) ^ ctx.w[k])
}

/// Extra B bias of the second decoding that proposes candidate cues ([`extract_raw`]).
pub const CANDIDATE_B_BIAS: f32 = 20.0;

/// Smallest content margin (best content over "absent", in weight units) for which a
/// candidate cue is kept.
pub const CANDIDATE_MIN_CONTENT_MARGIN: f32 = 10.0;

/// Runs the cue tagger and the slot pointers over `doc`.
///
/// The tagger's sequences are decoded twice: as trained, and with a higher B bias that
/// proposes candidate cues where the first decoding found none. A candidate is kept only
/// when the span pointers find it a clear content: the cue model alone cannot tell "has
/// been critical of Trump" from "was critical", but a noun-phrase object or a clause that
/// the content pointer prefers to "no content" by a wide margin can. (On PolNeAR dev this
/// adds about 0.007 cue F1 and 0.008 source F1 where a plain higher bias adds half as much;
/// MODELS.md.)
pub fn extract_raw(sc: &impl Scorer, ctx: &Ctx, doc: &Doc, b_bias: f32) -> Vec<Raw> {
    let (cues, candidates) = cue::tag_with_candidates(sc, ctx, doc, b_bias, Some(CANDIDATE_B_BIAS));
    let mut all = cues.clone();
    all.extend(&candidates);
    all.sort_unstable();
    let other = Marks::new(ctx, doc.tokens.len(), &all);
    let alone = Marks::new(ctx, doc.tokens.len(), &[]);
    let mut filler =
        SlotFiller { sc, ctx, doc, weights: SpanWeights::of(sc), cache: BoundaryCache::new(doc.tokens.len()) };
    // candidates first: kept only with a clear content, and not given the lone reading
    let mut out = Vec::new();
    let mut marked = cues.clone();
    for &(cs, ce) in &candidates {
        if doc.expired() {
            return Vec::new();
        }
        if let Some(r) = filler.fill((cs, ce), &other, Some(CANDIDATE_MIN_CONTENT_MARGIN), false) {
            marked.push((cs, ce));
            out.push(r);
        }
    }
    // then the tagger's cues, with the kept candidates marked as other cues. A cue whose
    // content would swallow another (false or nested) cue finds no content while the other
    // cues are marked: it is then read as if it were the only cue, and the cues inside its
    // content become nested attributions.
    marked.sort_unstable();
    let marks = Marks::new(ctx, doc.tokens.len(), &marked);
    for &(cs, ce) in &cues {
        if doc.expired() {
            return Vec::new();
        }
        out.extend(
            filler
                .fill((cs, ce), &marks, None, false)
                .or_else(|| filler.fill((cs, ce), &alone, None, false))
                .or_else(|| filler.fill((cs, ce), &marks, None, true)),
        );
    }
    out.sort_by_key(|r| r.cue);
    out
}

/// Fills the slots of one cue after another in a document, reusing what does not depend on the cue.
struct SlotFiller<'a, S: Scorer> {
    sc: &'a S,
    ctx: &'a Ctx,
    doc: &'a Doc,
    weights: SpanWeights,
    cache: BoundaryCache,
}

impl<S: Scorer> SlotFiller<'_, S> {
    /// Source and content of cue `[cs, ce)` given the marks of the other cues; `None` when
    /// no content is found, or none whose margin over "absent" exceeds `min_margin`. With
    /// `told`, a "told" cue left without content takes it from its addressee
    /// ([`told_content`]); only after both readings without found none.
    fn fill(&mut self, (cs, ce): (usize, usize), other: &Marks, min_margin: Option<f32>, told: bool) -> Option<Raw> {
        let (ctx, doc) = (self.ctx, self.doc);
        let (lo, hi) = window(doc, cs);
        let v = CueView { cs, ce, lo, hi, other, cw: cue_hash(ctx, cs, ce) };
        let scores = SlotScores::new(self.sc, ctx, &v, &self.weights, Some(&mut self.cache));
        let (cl, ml) = scores.best(ctx, &v, CL, &[]);
        let (cr, mr) = scores.best(ctx, &v, CR, &[]);
        let cr = drop_narrative_after_quote(ctx, cs, cl, cr);
        // a day alone after the cue ("…, it was claimed yesterday.") is no content when the
        // clause before the comma is one
        let cr = match cr {
            Choice::Span(s, e)
                if cl == Choice::None
                    && (s..=e).all(|k| !ctx.wordlike[k] || cue::is_day_word(&ctx.lower[k]))
                    && !inverted_content(ctx, cs).is_empty() =>
            {
                Choice::None
            }
            c => c,
        };
        if min_margin.is_some_and(|m| ml.max(mr) <= m) {
            return None;
        }
        let content: Vec<(usize, usize)> = [cl, cr]
            .into_iter()
            .filter_map(|c| match c {
                Choice::Span(s, e) => Some((s, e)),
                Choice::None => None,
            })
            .collect();
        let content = if content.is_empty() { inverted_content(ctx, cs) } else { content };
        let content = if content.is_empty() { next_paragraph_content(ctx, doc, ce) } else { content };
        let content = if content.is_empty() && told { told_content(ctx, cs, ce) } else { content };
        let mut content: Vec<(usize, usize)> = content.into_iter().map(|p| to_closing_quote(ctx, doc, p, cs)).collect();
        if content.is_empty() {
            return None;
        }
        let ce = ce + preposition_before_content(ctx, ce, &content) as usize;
        let (src, margin) = scores.best(ctx, &v, SRC, &content);
        let mut source = match src {
            Choice::Span(s, e) => Some((s, e)),
            Choice::None => None,
        };
        if let Some((src, clause)) = clause_read_as_source(ctx, (cs, ce), source, &content) {
            source = Some(src);
            content = vec![to_closing_quote(ctx, doc, clause, cs)];
        } else if let Some((src, clause)) = source.and_then(|s| speaker_read_as_content(ctx, (cs, ce), s, &content)) {
            source = Some(src);
            content = vec![clause];
        }
        if let Some(subject) = source.filter(|&(_, e)| passive_subject(ctx, e, (cs, ce), &content)) {
            content.insert(0, subject);
            source = None;
        }
        Some(Raw { cue: (cs, ce), source, content, margin })
    }
}

/// A clause after the cue taken for its source, or left out, with the speaker's appositive
/// name before the cue taken for the content: in "Tim Cook, the CEO of Apple, said the phone
/// would ship", the slot scorer can read "the phone would ship" as an inverted source ("said
/// the spokesman"), and in "Rep. Jane Miller, a former nurse, told Fox News the governor was
/// furious" it can take the name as content and leave the rest out. A source span holds no
/// verb of its own unless a relative clause or an apposition brings it ("said the mayor, who
/// …"). When the only content is a noun phrase with a name and no verb before ", <cue>", and
/// after the cue comes a clause (a verb before any comma or relative word), after the
/// addressee of "told" where there is one, the noun phrase is the source and the clause the
/// content. Returns the (source, content) to use instead.
fn clause_read_as_source(
    ctx: &Ctx,
    (cs, ce): (usize, usize),
    source: Option<(usize, usize)>,
    content: &[(usize, usize)],
) -> Option<((usize, usize), (usize, usize))> {
    let &[(ls, le)] = content else {
        return None;
    };
    let is_verb = |k: usize| ctx.is_verb(k);
    // the left piece, the only content, ends in a comma before the cue
    if le >= cs || le + 2 != cs || ctx.marker[le + 1] != CLAUSE_STOP || ce >= ctx.sent.len() || ctx.inq[ce] {
        return None;
    }
    // and is a noun phrase: no verb, a name in it; a comma-set relative clause may follow the
    // name and bring its own verb ("Maria Lopez, who is in Greece, told a radio station …")
    let np_end = (ls + 1..le)
        .find(|&k| &ctx.lower[k] == "," && hearsay_lex::pron::RELATIVE.contains(&ctx.lower[k + 1]))
        .map_or(le, |k| k - 1);
    if (ls..=np_end).any(is_verb)
        || !(ls..=np_end).any(|k| is_name_word(ctx, k))
        || np_end - ls >= MAX_APPOSITIVE
        || le - ls >= 2 * MAX_APPOSITIVE
    {
        return None;
    }
    let sent = ctx.sent[ce];
    let in_sent = |k: usize| k < ctx.sent.len() && ctx.sent[k] == sent;
    // the first verb of `[s, e]` before any comma or relative/complement word
    let verb_first =
        |s: usize, e: usize| (s..=e).take_while(|&k| matches!(ctx.marker[k], 0 | 5 | 6)).find(|&k| is_verb(k));
    // the clause after the cue: such a verb after its first word, nothing quoted up to the
    // verb (a quoted fragment after it stays: "told a radio station his uncle is “in good health”")
    let clause_from = |s: usize| -> Option<(usize, usize)> {
        let s = s + (in_sent(s) && ctx.marker[s] == 1) as usize;
        let last = (s..).take(MAX_CLAUSE).take_while(|&k| in_sent(k)).filter(|&k| ctx.wordlike[k]).last()?;
        let v = verb_first(s, last)?;
        (v > s && !(s..=v).any(|k| ctx.inq[k])).then_some((s, last))
    };
    let told = hearsay_lex::speech::ADDRESSEE.contains(&ctx.lower[ce - 1]);
    let clause = match source {
        Some((s, e)) if s >= ce => match verb_first(s, e) {
            // the span taken for the source has a verb of its own: it is the clause
            Some(v) => (v > s).then_some((s, e))?,
            // the addressee of "told", then the clause
            None if s == ce && told => clause_from(e + 1)?,
            None => return None,
        },
        None if told => {
            // a determiner may open it; a later determiner or pronoun starts the clause's subject
            // ("told Fox News the king was angry", "told reporters he would stay")
            let subject = |k: usize| ctx.pos[k] == Pos::Det as u8 || ctx.pos[k] == Pos::Pron as u8;
            let np = (ce..)
                .take(MAX_ADDRESSEE + 1)
                .take_while(|&k| in_sent(k) && ctx.wordlike[k] && ctx.marker[k] == 0 && (k == ce || !subject(k)))
                .count();
            if np == 0 || np > MAX_ADDRESSEE {
                return None;
            }
            clause_from(ce + np)?
        }
        None => clause_from(ce)?,
        _ => return None,
    };
    Some(((ls, le), clause))
}

/// The mirror of [`clause_read_as_source`]: after a clause and a comma, an inverted speaker
/// taken for the content and the clause for the source ("The fighting spread to the border,
/// said the Britain-based Syrian Observatory for Human Rights and Nawaf Khalil, a spokesman").
/// When the source is the clause before ", <cue>" (a verb in it) and the only content is a
/// noun phrase right after the cue, with a name and no verb, ending its sentence, they trade
/// places. Returns the (source, content) to use instead.
fn speaker_read_as_content(
    ctx: &Ctx,
    (cs, ce): (usize, usize),
    (ss, se): (usize, usize),
    content: &[(usize, usize)],
) -> Option<((usize, usize), (usize, usize))> {
    let &[(xs, xe)] = content else {
        return None;
    };
    // the clause's subject taken for the source ("[Apple] will use a new supplier, reports
    // BusinessKorea"): a source that opens the sentence stands for the whole clause
    let opens_sentence = ss < cs && (ss == 0 || ctx.sent[ss - 1] != ctx.sent[ss]) && ctx.sent[ss] == ctx.sent[cs];
    let se = if se + 2 < cs && opens_sentence && (se + 1..cs - 1).all(|k| !ctx.inq[k]) { cs - 2 } else { se };
    if se >= cs || se + 2 != cs || ctx.marker[se + 1] != CLAUSE_STOP || xs != ce || ctx.inq[xs] || ctx.inq[se] {
        return None;
    }
    // an inverted report: a one-word verb of saying, and a clause whose verb comes before any
    // comma ("The fighting spread …", not "Morton Blackwell, the icon who founded …")
    if ce != cs + 1 || !ctx.reporting[cs] || ctx.marker[xs] != 0 {
        return None;
    }
    // a credit in brackets after the speaker ("…, reports BusinessKorea (via G for Games)."):
    // the speaker stops before it, and the sentence ends after its closing bracket
    let (xe, after) = match (xs + 1..=xe).find(|&k| &ctx.lower[k] == "(") {
        Some(open) => {
            let close = (open + 1..(xe + 2).min(ctx.lower.len())).find(|&k| &ctx.lower[k] == ")")?;
            if close + 1 < xe {
                return None;
            }
            (open - 1, close)
        }
        None => (xe, xe),
    };
    let ends_sentence = ctx.marker.get(after + 1).is_none_or(|&m| m == CLAUSE_STOP)
        && (after + 2 >= ctx.sent.len() || ctx.sent[after + 2] != ctx.sent[xs]);
    // (a hyphenated modifier, "Britain-based", may be tagged a verb)
    let verb_in_phrase = |k: usize| ctx.is_verb(k) && !ctx.lower[k].contains('-');
    let speaker =
        xe - xs < MAX_APPOSITIVE * 2 && !(xs..=xe).any(verb_in_phrase) && (xs..=xe).any(|k| is_name_word(ctx, k));
    let clause = (ss..=se).take_while(|&k| ctx.marker[k] != CLAUSE_STOP).any(verb_in_phrase);
    // a speaker phrase opens with a determiner or a name ("the company's chief executive")
    let opens = ctx.pos[xs] == Pos::Det as u8 || is_name_word(ctx, xs);
    (ends_sentence && speaker && clause && opens).then_some(((xs, xe), (ss, se)))
}

/// Whether token `k` is a capitalised noun or proper noun (a word of a name).
fn is_name_word(ctx: &Ctx, k: usize) -> bool {
    ctx.shape[k] == 1 && (ctx.pos[k] == Pos::Propn as u8 || ctx.pos[k] == Pos::Noun as u8)
}

/// Longest appositive name phrase [`clause_read_as_source`] takes as a source, in tokens.
const MAX_APPOSITIVE: usize = 16;

/// Longest addressee [`clause_read_as_source`] skips, in tokens.
const MAX_ADDRESSEE: usize = 6;

/// Longest clause after the cue that [`clause_read_as_source`] takes as the content, in tokens.
const MAX_CLAUSE: usize = 80;

/// The right-hand content, unless the left-hand one is a quotation closed just before the
/// cue's frame and the right-hand one is not quoted: in `"…," she said Friday as she left`
/// the words after the cue are narrative, not a second piece of what she said (PolNeAR dev:
/// +0.005 content F1 on both eight-seed ensembles; a quotation resumed after the frame,
/// `"…," she said. "…"`, stays).
fn drop_narrative_after_quote(ctx: &Ctx, cs: usize, cl: Choice, cr: Choice) -> Choice {
    match (cl, cr) {
        (Choice::Span(_, le), Choice::Span(rs, _))
            if (le + 1..(le + 3).min(cs)).any(|k| ctx.shape[k] == 4) && !ctx.inq[rs] && ctx.shape[rs - 1] != 4 =>
        {
            Choice::None
        }
        _ => cr,
    }
}

/// A content piece that opens a quotation and stops inside it runs on to the closing mark,
/// within its paragraph and never across the cue: PolNeAR takes the whole quotation, and the
/// span window (three sentences either side) can cut a long one short (PolNeAR dev: five
/// contents fixed, none broken; +0.003 content F1 on both eight-seed ensembles).
fn to_closing_quote(ctx: &Ctx, doc: &Doc, (s, e): (usize, usize), cs: usize) -> (usize, usize) {
    let n = ctx.inq.len();
    if s == 0 || ctx.shape[s - 1] != 4 || !ctx.inq[s] || e + 1 >= n || !ctx.inq[e + 1] {
        return (s, e);
    }
    let Some(close) = (e + 1..n).find(|&k| ctx.shape[k] == 4 && !ctx.inq[k]) else {
        return (s, e);
    };
    if segment_of(ctx, doc, close) != segment_of(ctx, doc, s) || (s < cs && close >= cs) {
        return (s, e);
    }
    (e + 1..close).rev().find(|&k| ctx.wordlike[k]).map_or((s, e), |last| (s, last))
}

/// Whether a source ending at `e` is the subject of a passive cue with no content on its
/// left ("[Mr. Quiros] was accused of [using …]"): PolNeAR puts such a subject in the
/// content and leaves the source empty or gives it to a "by" phrase (train: about 360
/// passive cues that way, 56 with the subject as source, mostly states of mind like "were
/// frustrated", which [`is_passive`] leaves out). PolNeAR dev: source +0.003 / +0.002,
/// content +0.002 / +0.001 on the two eight-seed ensembles.
fn passive_subject(ctx: &Ctx, e: usize, (cs, ce): (usize, usize), content: &[(usize, usize)]) -> bool {
    let adverb = |k: usize| ctx.pos[k] == hearsay_core::Pos::Adv as u8;
    e < cs
        && !content.iter().any(|c| c.1 < cs)
        && (e + 1..cs).all(|k| !ctx.wordlike[k] || adverb(k))
        && is_passive(ctx, cs, ce)
}

/// Whether cue `[cs, ce)` is a passive: a form of "be" (or "get"), then, past adverbs and
/// "not", a verb that is the cue's last ("was accused of", "is not thought", "have been
/// blamed for"), not one that governs another verb ("is expected to announce").
fn is_passive(ctx: &Ctx, cs: usize, ce: usize) -> bool {
    use hearsay_core::Pos;
    let verb = |k: usize| ctx.pos[k] == Pos::Verb as u8;
    let Some(aux) = (cs..ce).find(|&k| hearsay_lex::verbs::PASSIVE_AUX.contains(&ctx.lower[k])) else {
        return false;
    };
    let mut k = aux + 1;
    while k < ce && (ctx.pos[k] == Pos::Adv as u8 || &ctx.lower[k] == "not") {
        k += 1;
    }
    k < ce
        && verb(k)
        && !ctx.lower[k].ends_with("ing")
        && !hearsay_lex::verbs::STATE_PARTICIPLES.contains(&ctx.lower[k])
        && !(k + 1..ce).any(verb)
}

/// Whether the one token between a cue and its right-hand content is a preposition that
/// links them ("accused him of [lying]", "was supported by […]", "complained about […]"):
/// PolNeAR puts it in the cue (2,605 times in train, against 16 left between).
fn preposition_before_content(ctx: &Ctx, ce: usize, content: &[(usize, usize)]) -> bool {
    content.iter().any(|&(s, _)| s == ce + 1) && hearsay_lex::function::LINKING_PREPOSITIONS.contains(&ctx.lower[ce])
}

/// Content of an inverted report ("The plant will close, said Maria Lopez, …"): the
/// sentence before the comma or closing quote that precedes the cue; empty otherwise.
/// Also the sentence before the comma of a sentence-final report ("The man rushed past an
/// agent, a government official confirmed Monday.", [`cue::final_inverted_comma`]).
fn inverted_content(ctx: &Ctx, cs: usize) -> Vec<(usize, usize)> {
    let at = if cs >= 2 && matches!(&ctx.lower[cs - 1], "," | "”" | "\"") {
        cs - 1
    } else if let Some(comma) = cue::final_inverted_comma(ctx, cs) {
        comma
    } else {
        return Vec::new();
    };
    let sent = ctx.sent[cs];
    let first = (0..at + 1).rev().take_while(|&k| ctx.sent[k] == sent).last();
    let last = (0..at).rev().take_while(|&k| ctx.sent[k] == sent).find(|&k| ctx.wordlike[k]);
    let first = first.map(|f| after_dateline(ctx, f, at)).and_then(|f| (f..at + 1).find(|&k| ctx.wordlike[k]));
    match (first, last) {
        (Some(a), Some(b)) if a <= b => vec![(a, b)],
        _ => Vec::new(),
    }
}

/// Longest prepositional phrase between the addressee of "told" and its clause ("in an
/// email", "on Monday"), in tokens.
const MAX_TOLD_PP: usize = 4;

/// Content of a "told" cue that the span pointers left without one, read from the
/// addressee: a clause after the addressee and an optional short prepositional phrase ("A
/// spokesman told Reuters in an email the report was false", "The ambassador told Reuters
/// Kim was in good health"), or, when the addressee ends the sentence, the clause before
/// the comma that precedes the speaker ("The report was false, Maria Lopez told
/// reporters."). Empty otherwise.
fn told_content(ctx: &Ctx, cs: usize, ce: usize) -> Vec<(usize, usize)> {
    let n = ctx.lower.len();
    if ce == 0 || ce >= n || ctx.inq[ce - 1] || !hearsay_lex::speech::TELL.contains(&ctx.lower[ce - 1]) {
        return Vec::new();
    }
    let sent = ctx.sent[ce - 1];
    let in_sent = |k: usize| k < n && ctx.sent[k] == sent;
    // a passive "was (also) told" has no addressee after it
    let before = (0..ce - 1).rev().take(2).take_while(|&k| ctx.sent[k] == sent);
    if before
        .take_while(|&k| ctx.pos[k] != Pos::Verb as u8)
        .any(|k| hearsay_lex::verbs::PASSIVE_AUX.contains(&ctx.lower[k]))
    {
        return Vec::new();
    }
    let opens = |k: usize| ctx.pos[k] == Pos::Det as u8 || ctx.pos[k] == Pos::Pron as u8;
    let plain = |k: usize| in_sent(k) && ctx.wordlike[k] && !ctx.inq[k] && !ctx.is_verb(k);
    // the addressee: words up to a determiner or pronoun after its first word, a
    // preposition, a verb or a mark
    let addressee_end = (ce..)
        .take(MAX_ADDRESSEE + 1)
        .find(|&k| {
            !plain(k)
                || ctx.marker[k] != 0 && ctx.marker[k] != 6
                || k > ce && (opens(k) || ctx.pos[k] == Pos::Adp as u8)
        })
        .unwrap_or(ce + MAX_ADDRESSEE + 1);
    if addressee_end == ce || addressee_end > ce + MAX_ADDRESSEE {
        return Vec::new();
    }
    // the addressee ends the sentence (a day may follow): the clause before the comma
    let rest_is_day = (addressee_end..n).take_while(|&k| in_sent(k)).all(|k| {
        if ctx.wordlike[k] {
            cue::is_day_word(&ctx.lower[k])
        } else {
            matches!(&ctx.lower[k][..], "." | "!")
        }
    });
    if rest_is_day {
        if cs < 2 || &ctx.lower[cs - 1] == "," {
            return Vec::new();
        }
        let subject = (0..cs).rev().take(MAX_ADDRESSEE + 1).take_while(|&k| in_sent(k)).find(|&k| !plain(k));
        return match subject {
            Some(comma) if &ctx.lower[comma] == "," && comma + 1 < cs => {
                let first = (0..comma).rev().take(MAX_CLAUSE).take_while(|&k| in_sent(k)).last();
                let first =
                    first.map(|f| after_dateline(ctx, f, comma)).and_then(|f| (f..comma).find(|&k| ctx.wordlike[k]));
                let last = (0..comma).rev().take_while(|&k| in_sent(k)).find(|&k| ctx.wordlike[k]);
                match (first, last) {
                    (Some(a), Some(b)) if a < b && (a..=b).any(|k| ctx.is_verb(k)) && !ctx.inq[b] => vec![(a, b)],
                    _ => Vec::new(),
                }
            }
            _ => Vec::new(),
        };
    }
    // a short prepositional phrase ("in an email", "on Monday") up to the next determiner or
    // pronoun
    let mut s = addressee_end;
    if in_sent(s) && (ctx.pos[s] == Pos::Adp as u8 && ctx.marker[s] == 0 || ctx.marker[s] == 6) {
        let end = (s + 1..)
            .take(MAX_TOLD_PP)
            .find(|&k| !plain(k) || ctx.marker[k] != 0 || k > s + 1 && opens(k))
            .unwrap_or(s + MAX_TOLD_PP + 1);
        if end <= s + 1 || end > s + MAX_TOLD_PP {
            return Vec::new();
        }
        s = end;
    }
    // the clause opens with its subject: where the words up to a verb ran on from the
    // addressee or the phrase, the last of them ("told Reuters Kim was …")
    let s = if in_sent(s) && ctx.is_verb(s) && s - 1 > ce { s - 1 } else { s };
    if !in_sent(s)
        || !ctx.wordlike[s]
        || ctx.inq[s]
        || ctx.is_verb(s)
        || hearsay_lex::pron::RELATIVE.contains(&ctx.lower[s])
    {
        return Vec::new();
    }
    let last = (s..).take(MAX_CLAUSE).take_while(|&k| in_sent(k)).filter(|&k| ctx.wordlike[k]).last();
    let Some(last) = last else { return Vec::new() };
    let verb = (s + 1..=last).take_while(|&k| matches!(ctx.marker[k], 0 | 5 | 6)).find(|&k| ctx.is_verb(k));
    match verb {
        Some(v) if !(s..=v).any(|k| ctx.inq[k]) => vec![(s, last)],
        _ => Vec::new(),
    }
}

/// Most tokens of a dateline opening a sentence ("New York (AFP) –").
const DATELINE_TOKENS: usize = 8;

/// The first token of sentence tokens `[first, end)` after a dateline the ingest left in
/// the sentence: capitalised words and parentheses up to a dash ("New York (AFP) – The
/// same popular frustration…"); `first` when there is none.
fn after_dateline(ctx: &Ctx, first: usize, end: usize) -> usize {
    let limit = end.min(first + DATELINE_TOKENS);
    for k in first..limit {
        match &ctx.lower[k][..] {
            "–" | "—" | "--" if k > first => return k + 1,
            "(" | ")" => {}
            _ if ctx.wordlike[k] && matches!(ctx.shape[k], 1 | 2) => {}
            _ => return first,
        }
    }
    first
}

/// Content of a cue that ends its paragraph with a colon ("The governor added:"): the next
/// paragraph, which the span window (the cue's paragraph) cannot reach; without it the cue
/// was dropped. PolNeAR train: 16 of 28 such cues take exactly the next paragraph, 7 more
/// start there and run on. Dev: source +0.002, cue +0.001, content +0.001 on both
/// eight-seed ensembles.
fn next_paragraph_content(ctx: &Ctx, doc: &Doc, ce: usize) -> Vec<(usize, usize)> {
    let n = ctx.lower.len();
    // the tagger may take the colon into the cue ("added:")
    let colon = if &ctx.lower[ce - 1] == ":" { ce - 1 } else { ce };
    if colon + 1 >= n || &ctx.lower[colon] != ":" {
        return Vec::new();
    }
    let next = segment_of(ctx, doc, colon + 1);
    if next.is_none() || next == segment_of(ctx, doc, colon) {
        return Vec::new();
    }
    let end = (colon + 1..n).find(|&k| segment_of(ctx, doc, k) != next).unwrap_or(n);
    let first = (colon + 1..end).find(|&k| ctx.wordlike[k]);
    let last = (colon + 1..end).rev().find(|&k| ctx.wordlike[k]);
    match (first, last) {
        (Some(a), Some(b)) => vec![(a, b)],
        _ => Vec::new(),
    }
}

/// The segment (paragraph) of token `k`'s sentence.
fn segment_of(ctx: &Ctx, doc: &Doc, k: usize) -> Option<usize> {
    doc.sentences.get(ctx.sent[k] as usize).map(|x| x.segment)
}

/// Byte span of inclusive token range.
pub fn tok_span(doc: &Doc, (s, e): (usize, usize)) -> Span {
    Span::new(doc.tokens[s].span.start, doc.tokens[e].span.end)
}

/// Turns raw extractions into attributions (kind `Indirect`; rules refine it later).
pub fn to_attributions(doc: &Doc, raws: &[Raw]) -> Vec<Attribution> {
    raws.iter()
        .map(|r| {
            Attribution::new(
                AttributionKind::Indirect,
                r.source.map(|x| tok_span(doc, x)),
                Some(tok_span(doc, (r.cue.0, r.cue.1 - 1))),
                r.content.iter().map(|&x| tok_span(doc, x)).collect(),
                1.0 / (1.0 + (-r.margin).exp()),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use hearsay_core::{Sentence, Token, TokenKind};

    #[test]
    fn marks_count_cue_tokens_and_tell_speech_cues_apart() {
        let words = ["Officials", "said", "the", "plan", "drew", "criticism", "."];
        let text = words.join(" ");
        let mut d = Doc::new("t", text.clone());
        let mut at = 0;
        for w in words {
            let kind = if w == "." { TokenKind::Punct } else { TokenKind::Word };
            d.tokens.push(Token { span: Span::new(at, at + w.len()), kind });
            at += w.len() + 1;
        }
        d.sentences.push(Sentence { span: Span::new(0, text.len()), tokens: 0..words.len(), segment: 0 });
        let ctx = Ctx::new(&d);
        let m = Marks::new(&ctx, d.tokens.len(), &[(1, 2), (4, 6)]);
        assert_eq!(m.any, vec![0, 0, 1, 1, 1, 2, 3, 3]);
        // only "said" is a reporting verb or speech word
        assert_eq!(m.strong, vec![0, 0, 1, 1, 1, 1, 1, 1]);
    }
}
