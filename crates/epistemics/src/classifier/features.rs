//! The hashed features of a candidate.

use super::words::{aux_class, family, is_aux, is_clause_edge, is_content_pos};
use super::{Candidate, DocContext, Kind, BITS};
use crate::verifications::holder_of;
use hearsay_core::{AttributionKind, TokenKind, Verdict};
use hearsay_learn::FeatHash;

// feature templates
/// Sentences on either side of a candidate's own that are searched for a restatement of it
/// (the lead is always searched): the search costs the same in any document, so a long one
/// costs linear time; a news article has fewer sentences, and its whole text is searched.
pub const RESTATED_WINDOW: usize = 150;

const T_BIAS: u32 = 1;
const T_KIND: u32 = 2;
const T_RULE_V: u32 = 3;
const T_RULE_P: u32 = 4;
const T_RULE_V_IN: u32 = 5;
const T_TRIG: u32 = 6;
const T_CUEW: u32 = 7;
const T_CUE: u32 = 8;
const T_PREV1: u32 = 9;
const T_PREV2: u32 = 10;
const T_NEXT1: u32 = 11;
const T_NEXTPOS: u32 = 12;
const T_AUX: u32 = 13;
const T_HEAD: u32 = 14;
const T_HEADPOS: u32 = 15;
const T_POSSEQ: u32 = 16;
const T_IN: u32 = 17;
const T_ACUE: u32 = 18;
const T_SRC: u32 = 19;
const T_QUOTE: u32 = 20;
const T_SUBJ: u32 = 21;
const T_SENTPOS: u32 = 22;
const T_QUESTION: u32 = 23;
const T_COND: u32 = 24;
const T_CONTRAST: u32 = 25;
const T_HEDGE: u32 = 26;
const T_MODAL: u32 = 27;
const T_OVL_HEAD: u32 = 28;
const T_OVL_LEAD: u32 = 29;
const T_OVL_OTHER: u32 = 30;
const T_SAME_RULE: u32 = 31;
const T_TRIG_IN: u32 = 32;
const T_HEAD_TRIG: u32 = 33;
const T_FIRST_PERSON: u32 = 34;
const T_FAMILY: u32 = 35;
const T_FAMILY_IN: u32 = 36;
const T_KIND_IN_QUOTE: u32 = 37;
const T_HEAD_CLASS: u32 = 38;
const T_SUBJ_OVL: u32 = 39;
const T_PRED_OVL: u32 = 40;
const T_SHAPE: u32 = 41;
const T_ACUE_CLASS: u32 = 42;
const T_SUBJ_CLASS: u32 = 43;
const T_RESTATED: u32 = 44;
const T_DOC_RULES: u32 = 45;
const T_DOC_RUMOR: u32 = 46;

pub(super) fn bucket(n: usize, edges: &[usize]) -> u8 {
    edges.iter().position(|&e| n < e).unwrap_or(edges.len()) as u8
}

/// A word's coarse and fine MiniLM class (`u16::MAX` for a word outside the vocabulary).
pub(super) fn classes(w: &str) -> (u16, u16) {
    hearsay_lex::clusters::lookup(w).map_or((u16::MAX, u16::MAX), |c| (c.coarse, c.fine))
}

/// How many of the words of `range` (as stems, each once) the lead holds, and how many another
/// sentence holds.
pub(super) fn overlap(ctx: &DocContext, words: impl Iterator<Item = usize>, sentence: usize) -> (usize, usize) {
    let (mut lead, mut elsewhere) = (0, 0);
    let mut seen: Vec<u64> = Vec::new();
    for i in words {
        if let Some(h) = ctx.stem_at(i) {
            if seen.contains(&h) {
                continue;
            }
            seen.push(h);
            let (n, in_lead) = ctx.stems.get(&h).copied().unwrap_or((0, false));
            if in_lead && sentence > ctx.lead_end {
                lead += 1;
            }
            if n >= 2 {
                elsewhere += 1;
            }
        }
    }
    (lead, elsewhere)
}

/// Where sentences other than a candidate's restate its clause (see [`restatement`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Restatement {
    /// Some sentence does.
    pub restated: bool,
    /// One in the lead does.
    pub in_lead: bool,
    /// One an attribution's content overlaps does.
    pub in_report: bool,
    /// One before the candidate's does.
    pub before: bool,
}

/// Which of the lead and the sentences within [`RESTATED_WINDOW`] of `sentence` hold a stem of
/// the predicate `pred` and, when `subj` has any, one of the subject: a bounded search per
/// candidate (cue-table candidates are not capped, so a search of every sentence would make
/// the stage quadratic).
pub(super) fn restatement(ctx: &DocContext, sentence: usize, subj: &[u64], pred: &[u64]) -> Restatement {
    let mut r = Restatement::default();
    if pred.is_empty() {
        return r;
    }
    let n = ctx.sentence_stems.len();
    let near = sentence.saturating_sub(RESTATED_WINDOW)..(sentence + RESTATED_WINDOW + 1).min(n);
    let lead = 0..(ctx.lead_end + 1).min(near.start);
    for j in lead.chain(near) {
        let st = &ctx.sentence_stems[j];
        if j == sentence {
            continue;
        }
        let has = |v: &[u64]| v.iter().any(|x| st.binary_search(x).is_ok());
        if has(pred) && (subj.is_empty() || has(subj)) {
            r.restated = true;
            r.in_lead |= j <= ctx.lead_end;
            r.in_report |= ctx.reported(j);
            r.before |= j < sentence;
        }
    }
    r
}

/// Over the words of `c`'s sentence (`sentence`) outside its cue: how many have a stem, and
/// over their distinct stems, [`overlap`]'s two counts. From the sentence's counts in the
/// context, less the stems only the cue holds, so the cost is the cue's length, not the
/// sentence's (a long unpunctuated "sentence" holds many candidates).
pub(super) fn sentence_overlap(
    ctx: &DocContext,
    c: &Candidate,
    sentence: std::ops::Range<usize>,
) -> (usize, usize, usize) {
    let (total, lead, elsewhere) = ctx.sentence_overlap[c.sentence];
    let (mut total, mut lead, mut elsewhere) = (total as usize, lead as usize, elsewhere as usize);
    let (a, b) = (c.tokens.0.max(sentence.start), c.tokens.1.min(sentence.end.saturating_sub(1)));
    let stems = &ctx.sentence_stems[c.sentence];
    let counts = &ctx.sentence_counts[c.sentence];
    let mut seen: Vec<u64> = Vec::new();
    for i in a..=b {
        let Some(h) = ctx.stem_at(i) else { continue };
        total -= 1;
        if seen.contains(&h) {
            continue;
        }
        seen.push(h);
        let inside = (a..=b).filter(|&k| ctx.stem_at(k) == Some(h)).count();
        let Ok(k) = stems.binary_search(&h) else { continue };
        if counts[k] as usize == inside {
            // every occurrence is the cue's: the stem is not the sentence's outside it
            let (n, in_lead) = ctx.stems.get(&h).copied().unwrap_or((0, false));
            lead -= (in_lead && c.sentence > ctx.lead_end) as usize;
            elsewhere -= (n >= 2) as usize;
        }
    }
    (total, lead, elsewhere)
}

/// The hashed features of candidate `c` (row indices of a `2^BITS` table), into `out`.
pub fn features(ctx: &DocContext, c: &Candidate, out: &mut Vec<u32>) {
    out.clear();
    let mut f = |_template: u32, h: FeatHash| out.push(h.bucket(BITS));
    let h = FeatHash::new;
    let doc = ctx.doc;
    let lower = &*ctx.lower;
    let s = &doc.sentences[c.sentence];
    let (s0, s1) = (s.tokens.start, s.tokens.end.min(doc.tokens.len()));
    let word = |i: usize| -> &str {
        if i >= s0 && i < s1 {
            &lower[i]
        } else {
            "<s>"
        }
    };
    let pos = |i: usize| if i >= s0 && i < s1 { doc.pos.get(i).copied().unwrap_or_default() as u8 } else { 255 };
    let kind = c.kind as u8;
    f(T_BIAS, h(T_BIAS));
    f(T_KIND, h(T_KIND).byte(kind));
    // the attribution holding it
    let holder = holder_of(doc, ctx.contents, c.cue);
    let akind = holder.map_or(0u8, |a| 1 + doc.attributions[a].kind as u8);
    let quoted = {
        let quotes = ctx.quotes_before[c.trigger.max(s0)] - ctx.quotes_before[s0];
        quotes % 2 == 1
            || holder
                .is_some_and(|a| matches!(doc.attributions[a].kind, AttributionKind::Direct | AttributionKind::Mixed))
    };
    let inside = holder.is_some() as u8;
    f(T_IN, h(T_IN).byte(kind).byte(akind));
    f(T_QUOTE, h(T_QUOTE).byte(kind).byte(quoted as u8).byte(inside));
    if let Some(a) = holder {
        let at = &doc.attributions[a];
        if let Some(cue) = at.cue {
            let t = cue.text(&doc.text).to_lowercase();
            let last = t.rsplit(' ').next().unwrap_or("");
            f(T_ACUE, h(T_ACUE).byte(kind).bytes(last.as_bytes()));
            f(T_ACUE_CLASS, h(T_ACUE_CLASS).byte(kind).u64(classes(last).1 as u64));
        }
        let shape = match at.source {
            None => 0u8,
            Some(sp) => {
                let t = sp.text(&doc.text);
                if hearsay_lex::pron::SUBJECT.contains(&t.to_lowercase()) {
                    1
                } else if t.chars().next().is_some_and(char::is_uppercase) {
                    2
                } else {
                    3
                }
            }
        };
        f(T_SRC, h(T_SRC).byte(kind).byte(shape));
    }
    // the cue table's event
    if let Some(r) = &c.rule {
        let v = r.event.verdict as u8;
        f(T_RULE_V, h(T_RULE_V).byte(v));
        let src = crate::cues::table().source_hashes.get(r.pattern).copied().unwrap_or(0);
        f(T_RULE_P, h(T_RULE_P).u64(src));
        f(T_RULE_V_IN, h(T_RULE_V_IN).byte(v).byte(inside).byte(quoted as u8));
    }
    // the trigger and the cue
    let trig = word(c.trigger);
    f(T_TRIG, h(T_TRIG).byte(kind).bytes(trig.as_bytes()));
    f(T_TRIG_IN, h(T_TRIG_IN).byte(kind).bytes(trig.as_bytes()).byte(inside).byte(quoted as u8));
    f(T_KIND_IN_QUOTE, h(T_KIND_IN_QUOTE).byte(kind).byte(inside).byte(quoted as u8));
    let mut cue_h = h(T_CUE).byte(kind);
    let mut pos_h = h(T_POSSEQ).byte(kind);
    for i in c.tokens.0..=c.tokens.1.min(c.tokens.0 + 5) {
        f(T_CUEW, h(T_CUEW).byte(kind).bytes(word(i).as_bytes()));
        cue_h = cue_h.bytes(word(i).as_bytes()).byte(b' ');
        pos_h = pos_h.byte(pos(i));
    }
    f(T_CUE, cue_h);
    f(T_POSSEQ, pos_h);
    let (a, b) = c.tokens;
    f(T_PREV1, h(T_PREV1).byte(kind).bytes(word(a.wrapping_sub(1)).as_bytes()));
    f(
        T_PREV2,
        h(T_PREV2)
            .byte(kind)
            .bytes(word(a.wrapping_sub(2)).as_bytes())
            .byte(b' ')
            .bytes(word(a.wrapping_sub(1)).as_bytes()),
    );
    f(T_NEXT1, h(T_NEXT1).byte(kind).bytes(word(b + 1).as_bytes()));
    f(T_NEXTPOS, h(T_NEXTPOS).byte(kind).byte(pos(b + 1)).byte(pos(b + 2)));
    // the auxiliary before the trigger and the content word after it
    let aux = (a..c.trigger).find(|&i| is_aux(word(i)));
    let aux_c = aux.map_or(0, |i| aux_class(word(i)));
    f(T_AUX, h(T_AUX).byte(kind).byte(aux_c).bytes(trig.as_bytes()));
    if let Some(i) = aux.filter(|_| aux_c == 4) {
        f(T_MODAL, h(T_MODAL).byte(kind).bytes(word(i).as_bytes()));
    }
    let head = if c.kind == Kind::Negation {
        (c.trigger + 1..=b).rev().find(|&i| is_content_pos(doc.pos.get(i).copied().unwrap_or_default()))
    } else {
        Some(c.trigger)
    };
    let mut head_lead = 0u8;
    if let Some(hd) = head {
        let (coarse, fine) = classes(word(hd));
        f(T_HEAD, h(T_HEAD).byte(kind).bytes(word(hd).as_bytes()));
        f(T_HEAD_CLASS, h(T_HEAD_CLASS).byte(kind).u64(coarse as u64));
        f(T_HEAD_CLASS, h(T_HEAD_CLASS).byte(kind).u64(1000 + fine as u64));
        f(T_HEADPOS, h(T_HEADPOS).byte(kind).byte(pos(hd)).byte(aux_c));
        f(T_HEAD_TRIG, h(T_HEAD_TRIG).byte(kind).bytes(word(hd).as_bytes()).byte(b' ').bytes(trig.as_bytes()));
        // is the negated word the article's subject matter?
        let (n, lead) = ctx.stem_at(hd).and_then(|x| ctx.stems.get(&x).copied()).unwrap_or((0, false));
        head_lead = lead as u8;
        f(T_OVL_HEAD, h(T_OVL_HEAD).byte(kind).byte(bucket(n as usize, &[1, 2, 3, 5])).byte(lead as u8).byte(inside));
    }
    if c.kind == Kind::Word {
        let fam = family(trig).unwrap_or(9);
        f(T_FAMILY, h(T_FAMILY).byte(fam).byte(aux_c));
        f(T_FAMILY_IN, h(T_FAMILY_IN).byte(fam).byte(inside).byte(quoted as u8));
    }
    // the subject right before the cue
    let subj = word(a.wrapping_sub(1));
    if hearsay_lex::pron::SUBJECT.contains(subj) || matches!(subj, "this" | "that" | "it" | "which" | "who") {
        f(T_SUBJ, h(T_SUBJ).byte(kind).bytes(subj.as_bytes()));
    } else if a > s0 && doc.tokens[a - 1].kind == TokenKind::Word {
        f(T_SUBJ_CLASS, h(T_SUBJ_CLASS).byte(kind).u64(classes(subj).0 as u64).byte(pos(a - 1)));
    }
    let first_person = (s0..c.trigger).rev().take(4).any(|i| matches!(word(i), "i" | "we"));
    f(T_FIRST_PERSON, h(T_FIRST_PERSON).byte(kind).byte(first_person as u8).byte(quoted as u8));
    // the sentence
    let sp = if c.sentence <= ctx.lead_end.saturating_sub(2) {
        0
    } else {
        1 + bucket(c.sentence.saturating_sub(ctx.lead_end.saturating_sub(2)), &[2, 4, 8])
    };
    f(T_SENTPOS, h(T_SENTPOS).byte(kind).byte(sp));
    let question = (s0..s1).rev().take(3).any(|i| word(i) == "?");
    f(T_QUESTION, h(T_QUESTION).byte(kind).byte(question as u8));
    let cond = (s0..c.trigger)
        .rev()
        .take(12)
        .find(|&i| matches!(word(i), "if" | "unless" | "whether" | "when" | "until" | "because" | "," | ";"))
        .map_or(0u8, |i| if matches!(word(i), "," | ";") { 0 } else { 1 + (word(i) == "because") as u8 });
    f(T_COND, h(T_COND).byte(kind).byte(cond));
    let contrast = (s0..c.trigger).rev().take(8).any(|i| matches!(word(i), "but" | "however" | "though" | "although"))
        || (c.tokens.1 + 1..s1).take(8).any(|i| word(i) == "either");
    f(T_CONTRAST, h(T_CONTRAST).byte(kind).byte(contrast as u8).byte(inside));
    f(T_HEDGE, h(T_HEDGE).byte(kind).byte(ctx.hedged.get(c.sentence).copied().unwrap_or(false) as u8));
    // the claim in dispute: the sentence's content words in the lead and elsewhere
    let (total, in_lead, elsewhere) = sentence_overlap(ctx, c, s0..s1);
    f(T_OVL_LEAD, h(T_OVL_LEAD).byte(kind).byte(bucket(in_lead, &[1, 2, 3, 5])).byte(inside));
    let share = (elsewhere * 4).checked_div(total).unwrap_or(0);
    f(T_OVL_OTHER, h(T_OVL_OTHER).byte(kind).byte(share as u8));
    // ... and those of the clause's subject and of its predicate
    let subj_start =
        (s0..a).rev().take(8).find(|&i| is_clause_edge(word(i))).map_or(s0.max(a.saturating_sub(8)), |i| i + 1);
    let (sl, se) = overlap(ctx, subj_start..a, c.sentence);
    f(T_SUBJ_OVL, h(T_SUBJ_OVL).byte(kind).byte(bucket(sl, &[1, 2])).byte(bucket(se, &[1, 2])).byte(inside));
    let pred_end = (c.trigger + 1..s1).take(10).find(|&i| is_clause_edge(word(i))).unwrap_or(s1.min(c.trigger + 11));
    let (pl, pe) = overlap(ctx, c.trigger + 1..pred_end, c.sentence);
    f(T_PRED_OVL, h(T_PRED_OVL).byte(kind).byte(bucket(pl, &[1, 2, 3])).byte(bucket(pe, &[1, 2, 3])).byte(inside));
    f(
        T_SHAPE,
        h(T_SHAPE)
            .byte(kind)
            .byte(aux_c)
            .byte(head.map_or(255, pos))
            .byte(inside)
            .byte(bucket(sl + pl + head_lead as usize, &[1, 2, 3])),
    );
    // a restatement: another sentence holding a word of the subject and one of the predicate
    let subj: Vec<u64> = (subj_start..a).filter_map(|i| ctx.stem_at(i)).collect();
    let pred: Vec<u64> = (c.trigger + 1..pred_end).filter_map(|i| ctx.stem_at(i)).collect();
    let Restatement { restated, in_lead, in_report, before } = restatement(ctx, c.sentence, &subj, &pred);
    f(
        T_RESTATED,
        h(T_RESTATED)
            .byte(kind)
            .byte(restated as u8)
            .byte(in_lead as u8)
            .byte(in_report as u8)
            .byte(before as u8)
            .byte(subj.is_empty() as u8),
    );
    f(T_RESTATED, h(T_RESTATED).byte(kind).byte(restated as u8).byte(aux_c).byte(inside));
    // what the cue table finds in the whole article (a debunking article denies more)
    let (den, all) = ctx.doc_rules;
    f(T_DOC_RULES, h(T_DOC_RULES).byte(kind).byte(bucket(den, &[1, 2, 4])).byte(inside));
    f(T_DOC_RULES, h(T_DOC_RULES).byte(kind).byte(10 + bucket(all, &[1, 2, 4, 8])));
    // is the article about a rumour (falsity and uncertainty words in its title and lead, falsity
    // words in all)?
    let (lead_rumor, doc_rumor) = ctx.doc_rumor;
    f(T_DOC_RUMOR, h(T_DOC_RUMOR).byte(kind).byte(bucket(lead_rumor, &[1, 2, 4])).byte(inside));
    f(T_DOC_RUMOR, h(T_DOC_RUMOR).byte(10 + kind).byte(bucket(doc_rumor, &[1, 3, 6, 12])));
    // the cue table's other verdicts in the sentence
    let mut others = ctx.rule_verdicts.get(&c.sentence).copied().unwrap_or(0);
    if let Some(r) = &c.rule {
        let k = Verdict::ALL.iter().position(|&v| v == r.event.verdict).unwrap_or(0);
        others &= !(1 << k);
    }
    f(T_SAME_RULE, h(T_SAME_RULE).byte(kind).byte(others));
}
