//! The verdict classifier (issue 17): a multinomial logistic regression (crates/learn's
//! [`hearsay_learn::logistic`]) over candidate events, so that verification events phrased
//! without the cue table's words are found, and the table's events judged in their context.
//!
//! **Candidates** ([`candidates`]), cheap and broad, in every prose sentence: every event the
//! cue table finds ([`Kind::Rule`]); every negation ("not", "n't", "never", "no", "neither",
//! "none", "nobody", "nothing", "nor") outside those cues, its cue the negated verb phrase
//! from the auxiliary before it to the first content word after it ("isn't stolen", "is not
//! one", "neither is named", "not the wife") ([`Kind::Negation`]); and every word of a few
//! verdict families ([`WORDS`]: falsity "false", "hoax", "staged"; truth "true", "genuine";
//! evidence "showed", "found"; uncertainty "unclear", "unknown") outside both, with the
//! copula before it ([`Kind::Word`]). At most [`MAX_CANDIDATES`] a document.
//!
//! **Features** ([`features`], hashed into `2^BITS` rows of [`NCLASS`] weights): the kind, the
//! cue table's verdict and pattern, the trigger word, the cue's words, part-of-speech tags
//! and the words around it, the auxiliary before a negation and the content word after it,
//! whether the cue lies in an attribution's content (the attribution's kind, cue verb and
//! source shape), inside quotation marks, in a question or a condition, after "but", with a
//! modal or a hedge; the sentence's position; and how much the candidate restates the claim
//! in dispute: whether the negated word and the sentence's content words occur in the title
//! or lead and in the other sentences of the article (a negated restatement of what the
//! article reports elsewhere is the typical denial).
//!
//! **Decision** ([`VerdictModel::decide`]): a cue-table event stands unless the classifier
//! scores `none` above its verdict by more than the model's veto threshold; any other
//! candidate becomes an event of its best verdict when that verdict outscores `none` by more
//! than the add threshold. Both thresholds are chosen by cross-validation by document on the
//! training data (`hearsay train verifications --cv`). An added event's actor is the source of
//! the attribution whose content holds it, or none (the writer's own verdict); for verdicts
//! other than confirmed and denied, the subject of its clause first.

use crate::actor::actor_of;
use crate::verifications::{holder_of, is_prose, speaker_of, RuleEvent};
use hearsay_core::{AttributionKind, Doc, Pos, Span, SpanSet, TokenKind, Verdict, Verification};
use hearsay_learn::rows::{RowTrainer, RowWeights};
use hearsay_learn::{argmax, Card, FeatHash, ModelError, ModelFile, SplitMix};
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// Classes: 0 is no event, `1 + k` is `Verdict::ALL[k]`.
pub const NCLASS: usize = 1 + Verdict::ALL.len();

/// Feature table size: `2^BITS` rows.
pub const BITS: u32 = 16;

/// At most this many candidates a document besides the cue table's events.
pub const MAX_CANDIDATES: usize = 400;

/// Seeds of the training shuffles: one model is trained with each and their weights are
/// averaged.
const SEEDS: [u64; 4] = [17, 3, 99, 5];

/// Payload magic.
const MAGIC: &[u8; 8] = b"HSVERD01";

/// The verdict model's card.
pub const CARD: Card = Card {
    name: "verifications",
    format: 1,
    features: "verification candidates v3: rule (pattern hash), negation and family-word candidates; cue, context, attribution, quote, dispute overlap, restatement, article rule counts",
    data: "our verification labels: data/verifications/v2, train split (129 documents: FNC-1 train bodies and \
           PolNeAR train texts), and data/verifications/polnear-dev.jsonl (84 PolNeAR dev texts)",
    license: "Apache-2.0 (our labels); the texts' terms apply to their use (FNC-1; PolNeAR: research use)",
    command: "hearsay train verifications",
};

/// The shipped model file.
pub static SHIPPED_MODEL: &[u8] = include_bytes!("../../../models/verifications.bin");

/// The shipped model, read and checked once.
pub fn shipped() -> Result<&'static VerdictModel, ModelError> {
    static MODEL: OnceLock<Result<VerdictModel, ModelError>> = OnceLock::new();
    MODEL.get_or_init(|| VerdictModel::from_model_file(SHIPPED_MODEL)).as_ref().map_err(Clone::clone)
}

/// Where a candidate comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// An event of the cue table.
    Rule,
    /// A negation and the verb phrase it negates.
    Negation,
    /// A word of a verdict family.
    Word,
}

/// A candidate event.
#[derive(Clone, Debug)]
pub struct Candidate {
    /// Where it comes from.
    pub kind: Kind,
    /// Its cue.
    pub cue: Span,
    /// First and last token of the cue.
    pub tokens: (usize, usize),
    /// The token that made it a candidate (the negation, the family word; the cue's first
    /// token for a cue-table event).
    pub trigger: usize,
    /// Index of its sentence.
    pub sentence: usize,
    /// The cue table's event, for [`Kind::Rule`].
    pub rule: Option<RuleEvent>,
}

/// The words of the verdict families and their family: falsity (0), truth (1), evidence (2),
/// uncertainty (3).
pub const WORDS: &[(&str, u8)] = &[
    ("false", 0),
    ("untrue", 0),
    ("fake", 0),
    ("faked", 0),
    ("hoax", 0),
    ("lie", 0),
    ("lies", 0),
    ("lying", 0),
    ("lied", 0),
    ("rumor", 0),
    ("rumors", 0),
    ("rumour", 0),
    ("rumours", 0),
    ("bogus", 0),
    ("staged", 0),
    ("doctored", 0),
    ("fabricated", 0),
    ("fabrication", 0),
    ("misleading", 0),
    ("wrong", 0),
    ("incorrect", 0),
    ("inaccurate", 0),
    ("unfounded", 0),
    ("baseless", 0),
    ("nonsense", 0),
    ("myth", 0),
    ("unlikely", 0),
    ("exaggerated", 0),
    ("fiction", 0),
    ("photoshopped", 0),
    ("satire", 0),
    ("smear", 0),
    ("unfair", 0),
    ("true", 1),
    ("correct", 1),
    ("right", 1),
    ("accurate", 1),
    ("genuine", 1),
    ("authentic", 1),
    ("legitimate", 1),
    ("official", 1),
    ("safe", 1),
    ("alive", 1),
    ("showed", 2),
    ("shows", 2),
    ("shown", 2),
    ("revealed", 2),
    ("proved", 2),
    ("proven", 2),
    ("found", 2),
    ("confirmation", 2),
    ("determined", 2),
    ("identified", 2),
    ("established", 2),
    ("unclear", 3),
    ("unknown", 3),
    ("uncertain", 3),
    ("unconfirmed", 3),
    ("unverified", 3),
    ("unsure", 3),
    ("doubt", 3),
    ("doubts", 3),
    ("mystery", 3),
];

/// The family of `w` in [`WORDS`] (a `match`: one test per token of every sentence).
fn family(w: &str) -> Option<u8> {
    match w {
        "false" | "untrue" | "fake" | "faked" | "hoax" | "lie" | "lies" | "lying" | "lied" | "rumor" | "rumors"
        | "rumour" | "rumours" | "bogus" | "staged" | "doctored" | "fabricated" | "fabrication" | "misleading"
        | "wrong" | "incorrect" | "inaccurate" | "unfounded" | "baseless" | "nonsense" | "myth" | "unlikely"
        | "exaggerated" | "fiction" | "photoshopped" | "satire" | "smear" | "unfair" => Some(0),
        "true" | "correct" | "right" | "accurate" | "genuine" | "authentic" | "legitimate" | "official" | "safe"
        | "alive" => Some(1),
        "showed" | "shows" | "shown" | "revealed" | "proved" | "proven" | "found" | "confirmation" | "determined"
        | "identified" | "established" => Some(2),
        "unclear" | "unknown" | "uncertain" | "unconfirmed" | "unverified" | "unsure" | "doubt" | "doubts"
        | "mystery" => Some(3),
        _ => None,
    }
}

fn is_negation(w: &str) -> bool {
    matches!(w, "not" | "n't" | "n’t" | "never" | "no" | "neither" | "none" | "nobody" | "nothing" | "nor" | "cannot")
}

fn is_aux(w: &str) -> bool {
    matches!(
        w,
        "is" | "was"
            | "are"
            | "were"
            | "be"
            | "been"
            | "being"
            | "am"
            | "'s"
            | "’s"
            | "'re"
            | "’re"
            | "'m"
            | "’m"
            | "has"
            | "have"
            | "had"
            | "do"
            | "does"
            | "did"
            | "can"
            | "ca"
            | "could"
            | "will"
            | "wo"
            | "would"
            | "should"
            | "may"
            | "might"
            | "must"
            | "'d"
            | "’d"
            | "'ll"
            | "’ll"
    )
}

fn is_copula(w: &str) -> bool {
    matches!(
        w,
        "is" | "was"
            | "are"
            | "were"
            | "be"
            | "been"
            | "am"
            | "'s"
            | "’s"
            | "'re"
            | "’re"
            | "'m"
            | "’m"
            | "remains"
            | "remained"
            | "seems"
            | "seemed"
            | "appears"
            | "appeared"
            | "looks"
            | "looked"
    )
}

/// The auxiliary's class: copula 1, perfect 2, do-support 3, modal 4, other 5.
fn aux_class(w: &str) -> u8 {
    match w {
        "is" | "was" | "are" | "were" | "be" | "been" | "being" | "am" | "'s" | "’s" | "'re" | "’re" | "'m" | "’m" => {
            1
        }
        "has" | "have" | "had" => 2,
        "do" | "does" | "did" => 3,
        "can" | "ca" | "could" | "will" | "wo" | "would" | "should" | "may" | "might" | "must" | "'d" | "’d"
        | "'ll" | "’ll" => 4,
        _ => 5,
    }
}

fn is_content_pos(p: Pos) -> bool {
    matches!(p, Pos::Verb | Pos::Adj | Pos::Noun | Pos::Propn | Pos::Num)
}

/// A word that counts towards the overlap with the claim in dispute, as its stem (the first
/// six bytes of its lowercase form).
fn stem(w: &str) -> Option<u64> {
    let first = w.chars().next()?;
    if !first.is_alphabetic() || w.len() < 3 || hearsay_lex::stop::CORPUS.contains(w) || is_negation(w) {
        return None;
    }
    let mut end = w.len().min(6);
    while !w.is_char_boundary(end) {
        end -= 1;
    }
    Some(hearsay_learn::fnv1a(&w.as_bytes()[..end]))
}

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

/// What the features of one document's candidates share: the stems of the title and lead,
/// how many sentences hold each stem, and the content spans.
pub struct DocContext<'a> {
    doc: &'a Doc,
    contents: &'a SpanSet,
    lower: std::borrow::Cow<'a, hearsay_core::Lowercase>,
    /// stem -> (number of sentences holding it, whether the title/lead holds it)
    stems: FxHashMap<u64, (u32, bool)>,
    /// Index of the last sentence of the lead.
    lead_end: usize,
    /// Verdicts of the cue table's events per sentence (bit k: `Verdict::ALL[k]`).
    rule_verdicts: FxHashMap<usize, u8>,
    /// Sentences that hold a hedge cue.
    hedged: Vec<bool>,
    /// How many of the cue table's events the document holds: denials, and all.
    doc_rules: (usize, usize),
    /// Each token's stem (0: none).
    tok: Vec<u64>,
    /// Each sentence's stems, sorted.
    sentence_stems: Vec<Vec<u64>>,
    /// Sentences that an attribution's content overlaps.
    reported: Vec<bool>,
}

impl<'a> DocContext<'a> {
    /// The stem of token `i` (see [`stem`]).
    #[inline]
    fn stem_at(&self, i: usize) -> Option<u64> {
        self.tok.get(i).copied().filter(|&h| h != 0)
    }

    /// The context of `doc` and its candidates.
    pub fn new(doc: &'a Doc, contents: &'a SpanSet, cands: &[Candidate]) -> Self {
        let lower = doc.lowercase();
        // the lead: the title segment's sentences, or the first prose sentence, and the next two
        let first = doc.sentences.iter().position(|s| is_prose(doc, s)).unwrap_or(0);
        let titled = doc
            .sentences
            .iter()
            .rposition(|s| doc.segments.get(s.segment).is_some_and(|g| g.kind == hearsay_core::SegmentKind::Title));
        let lead_end = titled.unwrap_or(first) + 2;
        let mut stems: FxHashMap<u64, (u32, bool)> = FxHashMap::default();
        let mut sentence_stems: Vec<Vec<u64>> = Vec::new();
        let mut reported = vec![false; doc.sentences.len()];
        let mut tok = Vec::new();
        if !cands.is_empty() {
            // the sentences an attribution's content overlaps
            for a in &doc.attributions {
                for c in &a.content {
                    let (Some(x), Some(y)) = (doc.sentence_at(c.start), doc.sentence_at(c.end.saturating_sub(1)))
                    else {
                        continue;
                    };
                    for r in &mut reported[x..=y.max(x)] {
                        *r = true;
                    }
                }
            }
            tok = lower.iter().map(|w| stem(w).unwrap_or(0)).collect();
            for (si, s) in doc.sentences.iter().enumerate() {
                let mut seen: Vec<u64> =
                    s.tokens.clone().filter_map(|i| tok.get(i).copied().filter(|&h| h != 0)).collect();
                seen.sort_unstable();
                seen.dedup();
                for &h in &seen {
                    let e = stems.entry(h).or_insert((0, false));
                    e.0 += 1;
                    e.1 |= si <= lead_end;
                }
                sentence_stems.push(seen);
            }
        }
        let mut rule_verdicts: FxHashMap<usize, u8> = FxHashMap::default();
        for c in cands {
            if let Some(r) = &c.rule {
                let k = Verdict::ALL.iter().position(|&v| v == r.event.verdict).unwrap_or(0);
                *rule_verdicts.entry(c.sentence).or_default() |= 1 << k;
            }
        }
        let mut hedged = vec![false; doc.sentences.len()];
        for h in &doc.hedges {
            if let Some(si) = doc.sentence_at(h.cue.start) {
                hedged[si] = true;
            }
        }
        let rule_events = cands.iter().filter_map(|c| c.rule.as_ref());
        let doc_rules =
            (rule_events.clone().filter(|r| r.event.verdict == Verdict::Denied).count(), rule_events.count());
        DocContext {
            doc,
            contents,
            lower,
            stems,
            lead_end,
            rule_verdicts,
            hedged,
            doc_rules,
            tok,
            sentence_stems,
            reported,
        }
    }
}

// feature templates
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

/// Templates left out of the features (a bit per template id): for ablations in
/// cross-validation only; always 0 in a shipped model.
pub static DROPPED: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

fn bucket(n: usize, edges: &[usize]) -> u8 {
    edges.iter().position(|&e| n < e).unwrap_or(edges.len()) as u8
}

/// A word's coarse and fine MiniLM class (`u16::MAX` for a word outside the vocabulary).
fn classes(w: &str) -> (u16, u16) {
    hearsay_lex::clusters::lookup(w).map_or((u16::MAX, u16::MAX), |c| (c.coarse, c.fine))
}

fn is_clause_edge(w: &str) -> bool {
    matches!(
        w,
        "," | ";"
            | ":"
            | "—"
            | "–"
            | "("
            | ")"
            | "\""
            | "“"
            | "”"
            | "that"
            | "which"
            | "who"
            | "but"
            | "and"
            | "because"
            | "as"
            | "while"
            | "said"
            | "says"
            | "told"
            | "added"
    )
}

/// How many of the words of `range` (as stems, each once) the lead holds, and how many another
/// sentence holds.
fn overlap(ctx: &DocContext, words: impl Iterator<Item = usize>, sentence: usize) -> (usize, usize) {
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

/// The hashed features of candidate `c` (row indices of a `2^BITS` table), into `out`.
pub fn features(ctx: &DocContext, c: &Candidate, out: &mut Vec<u32>) {
    out.clear();
    let dropped = DROPPED.load(std::sync::atomic::Ordering::Relaxed);
    let mut f = |t: u32, h: FeatHash| {
        if dropped & (1 << t) == 0 {
            out.push(h.bucket(BITS));
        }
    };
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
        let quotes = (s0..c.trigger).filter(|&i| doc.tokens[i].kind == TokenKind::Quote).count();
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
    let total = (s0..s1).filter(|&i| (i < a || i > b) && ctx.stem_at(i).is_some()).count();
    let (in_lead, elsewhere) = overlap(ctx, (s0..s1).filter(|&i| i < a || i > b), c.sentence);
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
    let (mut restated, mut in_lead, mut in_report, mut before) = (false, false, false, false);
    if !pred.is_empty() {
        for (j, st) in ctx.sentence_stems.iter().enumerate() {
            if j == c.sentence {
                continue;
            }
            let has = |v: &[u64]| v.iter().any(|x| st.binary_search(x).is_ok());
            let subject_too = subj.is_empty() || has(&subj);
            if has(&pred) && subject_too {
                restated = true;
                in_lead |= j <= ctx.lead_end;
                in_report |= ctx.reported.get(j).copied().unwrap_or(false);
                before |= j < c.sentence;
            }
        }
    }
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
    // the cue table's other verdicts in the sentence
    let mut others = ctx.rule_verdicts.get(&c.sentence).copied().unwrap_or(0);
    if let Some(r) = &c.rule {
        let k = Verdict::ALL.iter().position(|&v| v == r.event.verdict).unwrap_or(0);
        others &= !(1 << k);
    }
    f(T_SAME_RULE, h(T_SAME_RULE).byte(kind).byte(others));
}

/// The verdict model: `2^BITS` rows of [`NCLASS`] weights and the two thresholds.
#[derive(Clone, Debug)]
pub struct VerdictModel {
    w: RowWeights,
    /// An added candidate's best verdict must outscore `none` by more than this.
    pub add: f32,
    /// A cue-table event is dropped when `none` outscores its verdict by more than this.
    pub veto: f32,
}

impl VerdictModel {
    /// A model of trained weights `w` with thresholds.
    pub fn new(w: RowWeights, add: f32, veto: f32) -> Self {
        VerdictModel { w, add, veto }
    }

    /// Class scores of features `feats`, in weight units.
    pub fn scores(&self, feats: &[u32]) -> [f32; NCLASS] {
        let mut s = [0i32; NCLASS];
        self.w.scores(feats, &mut s);
        s.map(|x| x as f32 / self.w.scale())
    }

    /// The events of `doc` given the cue table's events `rules`.
    pub fn events(&self, doc: &Doc, contents: &SpanSet, rules: Vec<RuleEvent>) -> Vec<Verification> {
        let cands = candidates(doc, rules);
        if cands.is_empty() {
            return Vec::new();
        }
        let ctx = DocContext::new(doc, contents, &cands);
        let mut feats = Vec::with_capacity(64);
        let scores: Vec<[f32; NCLASS]> = cands
            .iter()
            .map(|c| {
                features(&ctx, c, &mut feats);
                self.scores(&feats)
            })
            .collect();
        decide(doc, contents, &cands, &scores, self.add, self.veto)
    }
}

/// The events that candidates `cands` with class scores `scores` make under thresholds `add`
/// and `veto` (see the module documentation), in text order.
pub fn decide(
    doc: &Doc,
    contents: &SpanSet,
    cands: &[Candidate],
    scores: &[[f32; NCLASS]],
    add: f32,
    veto: f32,
) -> Vec<Verification> {
    let mut out: Vec<Verification> = Vec::new();
    // (sentence, verdict) of the events kept so far
    let mut kept: Vec<(usize, Verdict)> = Vec::new();
    for (c, s) in cands.iter().zip(scores) {
        if let Some(r) = &c.rule {
            let k = class_of(r.event.verdict);
            if s[0] - s[k] <= veto {
                out.push(r.event.clone());
                kept.push((c.sentence, r.event.verdict));
            }
        }
    }
    // the best candidates first: one added event per verdict and sentence
    let mut order: Vec<usize> = (0..cands.len()).filter(|&i| cands[i].rule.is_none()).collect();
    let margin = |i: usize| {
        let s = &scores[i];
        s[1 + argmax(&s[1..])] - s[0]
    };
    order.sort_by(|&x, &y| margin(y).total_cmp(&margin(x)));
    for i in order {
        let (c, s) = (&cands[i], &scores[i]);
        let k = 1 + argmax(&s[1..]);
        let verdict = Verdict::ALL[k - 1];
        if s[k] - s[0] <= add || kept.contains(&(c.sentence, verdict)) {
            continue;
        }
        kept.push((c.sentence, verdict));
        let sent = &doc.sentences[c.sentence];
        let speaker = speaker_of(doc, contents, c.cue);
        let actor = match verdict {
            Verdict::Confirmed | Verdict::Denied => speaker,
            _ => actor_of(&doc.text, &doc.tokens, sent.tokens.start, c.tokens.0).or(speaker),
        };
        out.push(Verification { verdict, actor, actor_id: None, cue: c.cue, target: None });
    }
    out.sort_by_key(|v| (v.cue.start, v.cue.end));
    out
}

/// One training example: features and class (0 none, `1 + k` for `Verdict::ALL[k]`).
pub type Example = (Vec<u32>, usize);

/// Which learner [`train`] runs (for comparisons in cross-validation; the shipped model uses
/// the default): 0 logistic regression, 1 averaged perceptron.
pub static LEARNER: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
/// Logistic regression settings: (learning rate, L2, weight of an example with a verdict),
/// as f32 bits.
pub static LR_SETTINGS: [std::sync::atomic::AtomicU32; 3] = [
    std::sync::atomic::AtomicU32::new(0x3dcc_cccd), // 0.1
    std::sync::atomic::AtomicU32::new(0x3727_c5ac), // 1e-5
    std::sync::atomic::AtomicU32::new(0x3f80_0000), // 1.0
];

/// Trains the weights on `examples` for `epochs` passes: multinomial logistic regression
/// (AdaGrad, L2), each seed of [`SEEDS`] shuffling once, the weights averaged over seeds.
pub fn train(examples: &[Example], epochs: usize) -> RowWeights {
    if LEARNER.load(std::sync::atomic::Ordering::Relaxed) == 1 {
        return train_perceptron(examples, epochs);
    }
    let get = |k: usize| f32::from_bits(LR_SETTINGS[k].load(std::sync::atomic::Ordering::Relaxed));
    let (rate, l2, pos_weight) = (get(0), get(1), get(2));
    let n = (1usize << BITS) * NCLASS;
    let mut sum = vec![0f32; n];
    let mut order: Vec<usize> = (0..examples.len()).collect();
    for seed in SEEDS {
        let mut t = hearsay_learn::logistic::LogisticTrainer::new(BITS, NCLASS, rate, l2);
        let mut rng = SplitMix(seed);
        for _ in 0..epochs {
            rng.shuffle(&mut order);
            for &i in &order {
                let (f, y) = &examples[i];
                t.step(f, *y, if *y > 0 { pos_weight } else { 1.0 });
            }
        }
        for (a, x) in sum.iter_mut().zip(t.weights()) {
            *a += x / SEEDS.len() as f32;
        }
    }
    RowWeights::quantize(BITS, NCLASS, &sum)
}

/// Trains an averaged perceptron on `examples` for `epochs` passes, once for each of
/// [`SEEDS`], and averages them.
fn train_perceptron(examples: &[Example], epochs: usize) -> RowWeights {
    let n = (1usize << BITS) * NCLASS;
    let mut sum = vec![0f32; n];
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut s = [0f32; NCLASS];
    for seed in SEEDS {
        let mut t = RowTrainer::new(BITS, NCLASS);
        let mut rng = SplitMix(seed);
        for _ in 0..epochs {
            rng.shuffle(&mut order);
            for &i in &order {
                let (f, y) = &examples[i];
                t.tick();
                t.scores(f, &mut s);
                let g = argmax(&s);
                t.update(*y, g, f);
            }
        }
        for (a, x) in sum.iter_mut().zip(t.averaged()) {
            *a += x / SEEDS.len() as f32;
        }
    }
    RowWeights::quantize(BITS, NCLASS, &sum)
}

/// The class of a verdict.
pub fn class_of(v: Verdict) -> usize {
    1 + Verdict::ALL.iter().position(|&x| x == v).unwrap_or(0)
}

impl ModelFile for VerdictModel {
    const CARD: Card = CARD;

    fn lexicons() -> Vec<String> {
        vec![
            hearsay_lex::stop::CORPUS.canonical(),
            hearsay_lex::pron::SUBJECT.canonical(),
            hearsay_lex::hedge::VERIFICATION_CUES.to_string(),
            WORDS.iter().map(|(w, f)| format!("{w}\t{f}")).collect::<Vec<_>>().join("\n"),
        ]
    }

    /// The add and veto thresholds (f32 each), then the sparse weight rows.
    fn to_payload(&self) -> Vec<u8> {
        let mut out = Vec::new();
        out.extend_from_slice(&self.add.to_le_bytes());
        out.extend_from_slice(&self.veto.to_le_bytes());
        out.extend_from_slice(&self.w.to_sparse_bytes(MAGIC));
        out
    }

    fn from_payload(b: &[u8]) -> Result<Self, ModelError> {
        let f = |k: usize| -> Result<f32, ModelError> {
            b.get(k..k + 4)
                .and_then(|s| s.try_into().ok())
                .map(f32::from_le_bytes)
                .ok_or_else(|| ModelError("verifications model payload is truncated".into()))
        };
        let (add, veto) = (f(0)?, f(4)?);
        let (w, rest) = RowWeights::read_sparse(&b[8..], MAGIC)?;
        if !rest.is_empty() {
            return Err(ModelError("verifications model payload has trailing bytes".into()));
        }
        if w.bits() != BITS || w.nclass() != NCLASS {
            return Err(ModelError(format!("verifications model has {} bits and {} classes", w.bits(), w.nclass())));
        }
        Ok(VerdictModel { w, add, veto })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Doc {
        let p = hearsay::Pipeline::before("verifications").expect("pipeline");
        p.analyze_bytes(text.as_bytes(), &hearsay::IngestOptions::default()).expect("doc")
    }

    fn cands(d: &Doc) -> Vec<(Kind, String)> {
        let contents = crate::verifications::content_set(d);
        candidates(d, crate::verifications::rule_events(d, &contents))
            .into_iter()
            .map(|c| (c.kind, c.cue.text(&d.text).to_string()))
            .collect()
    }

    #[test]
    fn negations_and_family_words_are_candidates_beside_the_cue_table() {
        let d = doc("Police denied the report. The Batmobile isn't in Detroit, a spokesman said. It is not one of those testers and the photo was staged.");
        let c = cands(&d);
        assert!(c.contains(&(Kind::Rule, "denied".into())), "{c:?}");
        assert!(c.contains(&(Kind::Negation, "isn't in Detroit".into())), "{c:?}");
        assert!(c.contains(&(Kind::Negation, "is not one".into())), "{c:?}");
        assert!(c.contains(&(Kind::Word, "was staged".into())), "{c:?}");
    }

    #[test]
    fn the_family_match_is_the_word_list() {
        for &(w, f) in WORDS {
            assert_eq!(family(w), Some(f), "{w}");
        }
        assert_eq!(family("said"), None);
    }

    #[test]
    fn a_trained_model_round_trips_and_the_shipped_one_loads() {
        let ex: Vec<Example> = vec![(vec![1, 2], 2), (vec![3, 4], 0), (vec![1, 5], 2), (vec![3, 6], 0)];
        let m = VerdictModel::new(train(&ex, 5), 0.5, f32::INFINITY);
        assert!(m.scores(&[1, 2])[2] > m.scores(&[1, 2])[0]);
        let back = VerdictModel::from_model_file(&m.to_model_file()).unwrap();
        assert_eq!((back.add, back.veto), (0.5, f32::INFINITY));
        assert_eq!(back.scores(&[1, 2]), m.scores(&[1, 2]));
        assert!(shipped().is_ok(), "{:?}", shipped().err());
    }
}
