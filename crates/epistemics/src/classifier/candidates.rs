//! Candidate events: the cue table's events, negations and verdict-family words.

use super::words::{family, is_aux, is_content_pos, is_copula, is_negation};
use super::{Candidate, Kind, MAX_CANDIDATES};
use crate::verifications::{is_prose, RuleEvent};
use hearsay_core::{Doc, Pos, Span, TokenKind};
use rustc_hash::FxHashMap;

/// The candidate events of `doc`: `rules` (the cue table's events, in any order) first, then
/// negations and family words outside them, in text order.
pub fn candidates(doc: &Doc, rules: Vec<RuleEvent>) -> Vec<Candidate> {
    let lower = doc.lowercase();
    let mut out: Vec<Candidate> = rules
        .into_iter()
        .map(|r| Candidate {
            kind: Kind::Rule,
            cue: r.event.cue,
            tokens: r.tokens,
            trigger: r.tokens.0,
            sentence: r.sentence,
            rule: Some(r),
        })
        .collect();
    let pos = |i: usize| doc.pos.get(i).copied().unwrap_or_default();
    let mut rule_spans: FxHashMap<usize, Vec<(usize, usize)>> = FxHashMap::default();
    for c in &out {
        rule_spans.entry(c.sentence).or_default().push(c.tokens);
    }
    let mut added = 0;
    let mut here: Vec<(usize, usize)> = Vec::new();
    for (si, s) in doc.sentences.iter().enumerate() {
        if !is_prose(doc, s) || added >= MAX_CANDIDATES {
            continue;
        }
        let (s0, s1) = (s.tokens.start, s.tokens.end.min(doc.tokens.len()));
        // the token ranges a new candidate may not overlap: the sentence's cue-table events and
        // the candidates found before it
        here.clear();
        here.extend(rule_spans.get(&si).into_iter().flatten().copied());
        let covered = |here: &[(usize, usize)], i: usize| here.iter().any(|&(a, b)| a <= i && i <= b);
        for i in s0..s1 {
            if added >= MAX_CANDIDATES {
                break;
            }
            let w = &lower[i];
            let negation = is_negation(w);
            if !negation && family(w).is_none() {
                continue;
            }
            if covered(&here, i) {
                continue;
            }
            // back over up to two adverbs to an auxiliary (a copula for a family word)
            let mut a = i;
            let mut k = i;
            let mut skipped = 0;
            while k > s0 {
                let p = &lower[k - 1];
                let wanted = if negation { is_aux(p) } else { is_copula(p) };
                if wanted {
                    a = k - 1;
                    break;
                }
                if skipped < 2 && pos(k - 1) == Pos::Adv && doc.tokens[k - 1].kind == TokenKind::Word {
                    skipped += 1;
                    k -= 1;
                    continue;
                }
                break;
            }
            if (a..i).any(|k| covered(&here, k)) {
                a = i;
            }
            // forward to the first content word (negations only), short of another candidate
            let mut b = i;
            if negation {
                let mut k = i + 1;
                while k < s1 && k <= i + 5 && !covered(&here, k) {
                    let t = &doc.tokens[k];
                    if t.kind != TokenKind::Word && t.kind != TokenKind::Number {
                        break;
                    }
                    b = k;
                    if is_content_pos(pos(k)) && !is_aux(&lower[k]) {
                        break;
                    }
                    k += 1;
                }
            }
            let kind = if negation { Kind::Negation } else { Kind::Word };
            let cue = Span::new(doc.tokens[a].span.start, doc.tokens[b].span.end);
            here.push((a, b));
            out.push(Candidate { kind, cue, tokens: (a, b), trigger: i, sentence: si, rule: None });
            added += 1;
        }
    }
    out
}
