//! Claims stage: groups attributions into claims, orders relay chains, attaches
//! verifications and assesses sourcing.
//!
//! Attributions form one claim when one is nested in the other (a source quoted inside a
//! quote) or when their contents share enough document-weighted content words (a headline
//! restating the body, a quote and its paraphrase). Reports that respond to a claim ("I
//! cannot confirm …") are never merged into it. The assessment labels and the rules that
//! produce them are defined in docs/ASSESSMENT.md.

pub mod assess;
pub mod attach;
pub mod chain;
pub mod facts;
pub mod group;
pub mod hedged;
pub mod named;
pub mod nested;
pub mod possessed;
pub mod split;
mod table;
pub mod words;

use hearsay_core::{Claim, Component, Doc, Layer, SegmentKind, Span, Target};
use rustc_hash::FxHashSet;
use words::{content_words, Idf};

/// Longest claim text, in words.
const MAX_WORDS: usize = 30;

/// A short statement of the claim: the origin report's first content span, trimmed.
pub fn claim_text(doc: &Doc, attrs: &[usize]) -> String {
    let origin = attrs.iter().copied().max_by_key(|&i| (chain::depth(doc, i), std::cmp::Reverse(i)));
    let Some(a) = origin.map(|i| &doc.attributions[i]) else {
        return String::new();
    };
    let Some(&first) = a.content.first() else {
        return String::new();
    };
    // the first mention, with the frame inside it left out ("The latest test … was its biggest yet")
    let hull = mention_spans(doc, a).first().copied().unwrap_or(first);
    let spans: Vec<Span> = a.content.iter().copied().filter(|c| c.start >= hull.start && c.end <= hull.end).collect();
    let mut joined = String::new();
    for (k, c) in spans.iter().enumerate() {
        if k > 0 {
            joined.push(' ');
            // a cue alone between two pieces ("He | is said | to have suffered …", "Gonzalez |
            // reportedly | overpowered …") is read with them: the pieces alone are no sentence
            if let Some(cue) = a.cue.filter(|q| spans[k - 1].end <= q.start && q.end <= c.start) {
                let gap = (&doc.text[spans[k - 1].end..cue.start], &doc.text[cue.end..c.start]);
                if gap.0.trim().is_empty() && gap.1.trim().is_empty() {
                    joined.push_str(doc.slice(cue).trim());
                    joined.push(' ');
                }
            }
        }
        joined.push_str(doc.slice(*c).trim().trim_end_matches(','));
    }
    let mut s = joined.trim().trim_matches(|c: char| !c.is_alphanumeric() && c != '$' && c != '%').to_string();
    if let Some(rest) = s.strip_prefix("that ") {
        s = rest.to_string();
    }
    if let Some(p) = sentence_end(&s) {
        s.truncate(p);
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() > MAX_WORDS {
        s = format!("{} …", words[..MAX_WORDS].join(" "));
    }
    s
}

/// Where the first sentence of `s` ends: the first ". " whose period ends no abbreviation
/// ("the U.S. had accepted", "Mr. Somers", "Dr. Smith" go on).
fn sentence_end(s: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(k) = s[from..].find(". ").map(|k| k + from) {
        let word = s[..k].rsplit(|c: char| !(c.is_alphanumeric() || c == '.')).next().unwrap_or("");
        let lower = word.to_lowercase();
        let abbreviation =
            word.chars().count() == 1 || word.contains('.') || hearsay_lex::titles::ABBREVIATIONS.contains(&lower);
        if !abbreviation {
            return Some(k);
        }
        from = k + 2;
    }
    None
}

/// The claims stage as a pipeline component.
#[derive(Clone, Copy, Debug, Default)]
pub struct Claims;

impl Component for Claims {
    fn name(&self) -> &'static str {
        "claims"
    }
    fn requires(&self) -> &'static [Layer] {
        &[
            Layer::Segments,
            Layer::Sentences,
            Layer::Attributions,
            Layer::Verifications,
            Layer::Acts,
            Layer::Sources,
            Layer::SourceLinks,
        ]
    }
    fn assigns(&self) -> &'static [Layer] {
        &[Layer::Claims, Layer::VerificationTargets]
    }
    fn annotate(&self, doc: &mut Doc) {
        annotate(doc);
    }
}

/// A mention a claim gets from outside its reports: a sentence that presents it as reported
/// ("… reportedly …", with that hedge cue), or what a response answers ("The US cannot
/// confirm *that …*").
struct Extra {
    span: Span,
    hedge: Option<Span>,
    /// Whether it may stand as a claim of its own when it restates no other.
    alone: bool,
    /// The verification whose content it is ("denied *that she mishandled …*"): it bears on
    /// the claim this extra joins or makes.
    answers: Option<usize>,
}

/// Fewest content words a response's content needs to stand as a claim of its own ("denied
/// *that she mishandled classified information*", not "denied *the report*").
const RESPONSE_ALONE_WORDS: usize = 3;

/// Most bytes of attribution frame between two content pieces joined into one mention.
const MAX_FRAME_GAP: usize = 80;

/// A claim before its chain and assessment: its reports, the mentions of its proposition
/// and the further mentions that restate it (indices into the extras).
struct Draft {
    attrs: Vec<usize>,
    mentions: Vec<Span>,
    extras: Vec<usize>,
    /// One of the propositions its one report states ([`split::pieces`]): its text is this piece's.
    piece: Option<Span>,
}

/// Builds `doc.claims`, sets verification targets and assessments.
pub fn annotate(doc: &mut Doc) {
    doc.claims.clear();
    if doc.attributions.is_empty() && doc.hedges.is_empty() {
        return;
    }
    let idf = Idf::new(doc.sentences.iter().map(|s| s.span.text(&doc.text)));
    let words = group::attribution_words(doc);
    let facts = facts::Facts::new(doc);
    let verdict = |i: usize| facts.verdict.get(i).copied().flatten();
    let (groups, responses) = group::group(doc, &words, &idf, &facts);
    if doc.expired() {
        return;
    }
    // sentences that present a claim as reported without a source, and what a response
    // ("cannot confirm that …", "denied that …") answers, join the claim they restate, or
    // stand as claims of their own
    let mut extras: Vec<Extra> = hedged::hedged(doc)
        .into_iter()
        .map(|h| Extra { span: h.mention, hedge: Some(h.cue), alone: true, answers: None })
        .collect();
    for &i in responses.iter().filter(|&&i| doc.attributions[i].act == hearsay_core::SpeechAct::Response) {
        // after a colon ("shot down Hunter's claims: “We have no …”") come the responder's
        // own words, not what they answer: they join a claim they restate but stand alone as none
        let cue = doc.attributions[i].cue;
        let own_words = cue.is_some_and(|c| colon_after(doc, c));
        // the verification sharing the response's cue ("denied", "could not confirm")
        let answers = facts.answered[i].filter(|_| !own_words);
        for &c in &doc.attributions[i].content {
            // a content the verification's own cue runs into ("called *the charges* unsubstantiated
            // and fabricated") names what it answers: it states no proposition of its own
            // and so does one that opens by naming a statement ("disputed *Hunter's claim* on
            // Wednesday morning")
            let names_object = facts.answered[i].is_some_and(|v| doc.verifications[v].cue.overlaps(c))
                || words::names_statement(doc.slice(c));
            let alone = words[i].len() >= RESPONSE_ALONE_WORDS && !own_words && !names_object;
            // what it answers may hold two propositions ("denied claims that it has agreed to a
            // ceasefire and will release the girls"): each is answered
            let pieces = if alone { split::pieces(doc, i, c) } else { None };
            for span in pieces.unwrap_or_else(|| vec![c]) {
                extras.push(Extra { span, hedge: None, alone, answers });
            }
        }
    }
    let extra_words: Vec<Vec<String>> = extras.iter().map(|e| content_words(doc.slice(e.span))).collect();
    // an attribution near each extra in the text (attributions are in text order)
    let near: Vec<usize> = extras
        .iter()
        .map(|e| doc.attributions.partition_point(|a| a.content.first().map_or(0, |c| c.start) < e.span.start))
        .collect();
    let joins = group::join_mentions(&words, &extra_words, &near, &groups, &idf);
    let mut drafts: Vec<Draft> = Vec::new();
    for (gi, g) in groups.iter().enumerate() {
        let extras: Vec<usize> = (0..extras.len()).filter(|&e| joins[e] == Some(gi)).collect();
        let mentions: Vec<Span> = g.iter().flat_map(|&i| mention_spans(doc, &doc.attributions[i])).collect();
        // one report stating two propositions ("said the plant closed and that 300 jobs were
        // lost") gives a claim for each; the claim's other reports (a headline restating one
        // of them) join the piece they share most content words with, the extras the first
        let splits: Vec<(usize, Vec<Span>)> = g
            .iter()
            .filter_map(|&a| match mention_spans(doc, &doc.attributions[a]).as_slice() {
                [m] => split::pieces(doc, a, *m).map(|p| (a, p)),
                _ => None,
            })
            .take(2)
            .collect();
        if let [(a, pieces)] = splits.as_slice() {
            let piece_words: Vec<Vec<String>> = pieces.iter().map(|p| content_words(doc.slice(*p))).collect();
            let mut parts: Vec<Vec<usize>> = vec![vec![*a]; pieces.len()];
            for &o in g.iter().filter(|&&o| o != *a) {
                let shared = |k: usize| piece_words[k].iter().filter(|w| words[o].contains(w)).count();
                let best = (0..pieces.len()).max_by_key(|&k| (shared(k), std::cmp::Reverse(k))).unwrap_or(0);
                parts[best].push(o);
            }
            for (k, (p, mut attrs)) in pieces.iter().zip(parts).enumerate() {
                attrs.sort_unstable();
                let mut mentions = vec![*p];
                mentions
                    .extend(attrs.iter().filter(|&&o| o != *a).flat_map(|&o| mention_spans(doc, &doc.attributions[o])));
                let extras = if k == 0 { extras.clone() } else { Vec::new() };
                drafts.push(Draft { attrs, mentions, extras, piece: Some(*p) });
            }
            continue;
        }
        drafts.push(Draft { attrs: g.clone(), mentions, extras, piece: None });
    }
    for (e, j) in joins.iter().enumerate() {
        if j.is_none() && extras[e].alone {
            drafts.push(Draft { attrs: Vec::new(), mentions: Vec::new(), extras: vec![e], piece: None });
        }
    }
    for d in &mut drafts {
        d.mentions.extend(d.extras.iter().map(|&e| extras[e].span));
        d.mentions.sort_unstable_by_key(|m| (m.start, m.end));
        d.mentions.dedup();
    }
    let chains: Vec<Vec<usize>> = drafts.iter().map(|d| chain::chain_with(doc, &d.attrs, &verdict)).collect();
    let views: Vec<attach::ClaimView> = drafts
        .iter()
        .zip(&chains)
        .map(|(d, c)| {
            let mut w: Vec<String> = Vec::new();
            let mut seen: FxHashSet<String> = FxHashSet::default();
            for m in &d.mentions {
                for x in content_words(doc.slice(*m)) {
                    if seen.insert(x.clone()) {
                        w.push(x);
                    }
                }
            }
            let start = d.mentions.first().map_or(0, |m| m.start);
            attach::ClaimView { attrs: &d.attrs, chain: c, words: w, start, mentions: &d.mentions }
        })
        .collect();
    let main = main_claim(doc, &views, &idf);
    // a verification naming "these claims" bears on every claim just stated: the rest `also`
    let (mut targets, mut also) = attach::attach(doc, &views, main, &idf);
    // a verification naming whose statements it answers ("difficult to assess North Korea's
    // claims") bears on every claim of that source: the first is its target, the rest `also`
    for (v, t) in targets.iter_mut().enumerate() {
        let named = possessed::possessed_claims(doc, &views, v);
        if let Some((&first, rest)) = named.split_first() {
            *t = Some(first);
            also[v] = rest.to_vec();
        }
    }
    // a verification whose content is a claim's mention bears on that claim, and so does a
    // confirmation that is one of its reports ("the ministry confirmed a major operation …")
    // the first claim made of what a verification answers is its target, the claims of the
    // further pieces ([`split::pieces`]) `also`
    let mut answered = vec![false; targets.len()];
    for (ci, d) in drafts.iter().enumerate() {
        for v in d.extras.iter().filter_map(|&e| extras[e].answers) {
            if answered.get(v).copied().unwrap_or(true) {
                if let Some(a) = also.get_mut(v) {
                    a.push(ci);
                }
            } else {
                targets[v] = Some(ci);
                answered[v] = true;
            }
        }
        for v in d.attrs.iter().filter_map(|&a| facts.confirms[a]) {
            targets[v] = Some(ci);
        }
        // "said that …, a claim that was immediately disputed by …": the claim said
        for v in d.attrs.iter().filter_map(|&a| facts.appended[a]) {
            targets[v] = Some(ci);
            also[v].clear();
        }
    }
    let mut verifs_of: Vec<Vec<usize>> = vec![Vec::new(); drafts.len()];
    for (v, t) in targets.iter().enumerate() {
        for c in t.iter().chain(also[v].iter().filter(|&&c| Some(c) != *t)) {
            if let Some(l) = verifs_of.get_mut(*c) {
                l.push(v);
            }
        }
    }
    let mut claims: Vec<Claim> = Vec::with_capacity(drafts.len());
    let facts = named::name_facts(doc);
    for (ci, (d, c)) in drafts.iter().zip(&chains).enumerate() {
        let verifs = std::mem::take(&mut verifs_of[ci]);
        let cues: Vec<Span> = d.extras.iter().filter_map(|&e| extras[e].hedge).collect();
        let text = match d.piece {
            Some(p) => hedged_text(doc, p),
            None if d.attrs.is_empty() => hedged_text(doc, d.mentions[0]),
            None => claim_text(doc, &d.attrs),
        };
        claims.push(Claim {
            text,
            attributions: d.attrs.clone(),
            mentions: d.mentions.clone(),
            chain: c.clone(),
            assessment: assess::assess_with(doc, &d.attrs, c, &verifs, &cues, &verdict, &facts),
            verifications: verifs,
        });
    }
    for (v, t) in targets.iter().enumerate() {
        if let Some(c) = t {
            doc.verifications[v].target = Some(Target::Claim(*c));
        }
    }
    doc.claims = claims;
}

/// True when cue `c` ends with a colon, or one follows it.
fn colon_after(doc: &Doc, c: Span) -> bool {
    doc.slice(c).trim_end().ends_with(':') || doc.text.get(c.end..).is_some_and(|t| t.trim_start().starts_with(':'))
}

/// A mention as a claim text: trimmed of quote marks and a leading "that", cut at [`MAX_WORDS`].
fn hedged_text(doc: &Doc, s: Span) -> String {
    let t = doc.slice(s).trim().trim_matches(|c: char| !c.is_alphanumeric() && c != '$' && c != '%');
    let t = t.strip_prefix("that ").unwrap_or(t);
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.len() > MAX_WORDS {
        format!("{} …", words[..MAX_WORDS].join(" "))
    } else {
        t.to_string()
    }
}

/// The claim the article is about: the one its title restates best, else the one with most reports.
fn main_claim(doc: &Doc, views: &[attach::ClaimView], idf: &Idf) -> Option<usize> {
    let title: Vec<String> = doc
        .segments
        .iter()
        .filter(|s| s.kind == SegmentKind::Title)
        .flat_map(|s| content_words(doc.slice(s.span)))
        .collect();
    // the title's coverage by each claim ([`Idf::covered`]), through one interned table
    let scores: Vec<f64> = if title.is_empty() {
        vec![0.0; views.len()]
    } else {
        let lists: Vec<Vec<String>> = std::iter::once(title).chain(views.iter().map(|v| v.words.clone())).collect();
        let mut table = table::WordTable::new(&lists, idf);
        (0..views.len()).map(|i| table.covered(0, i + 1)).collect()
    };
    views
        .iter()
        .enumerate()
        .max_by(|(i, a), (j, b)| {
            scores[*i].total_cmp(&scores[*j]).then(a.attrs.len().cmp(&b.attrs.len())).then(j.cmp(i))
        })
        .map(|(i, _)| i)
}

/// The mentions an attribution gives its claim: its content spans, with pieces that its own
/// frame interrupts joined into one ("The latest test, North Korea said, was its biggest yet"
/// is one mention, not "The latest test" and "was its biggest yet"). Pieces join when the gap
/// between them holds the cue, is at most [`MAX_FRAME_GAP`] bytes and crosses no line break.
fn mention_spans(doc: &Doc, a: &hearsay_core::Attribution) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(a.content.len());
    for &c in &a.content {
        if let Some(last) = out.last_mut() {
            let framed = a.cue.is_some_and(|cue| cue.start >= last.end && cue.end <= c.start);
            let gap = doc.text.get(last.end..c.start).unwrap_or("\n");
            if framed && gap.len() <= MAX_FRAME_GAP && !gap.contains('\n') {
                *last = Span::new(last.start, c.end);
                continue;
            }
        }
        out.push(c);
    }
    out
}
