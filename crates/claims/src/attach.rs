//! Attaches verification events to the claims they bear on.

use crate::table::WordTable;
use crate::words::{content_words, is_claim_noun, is_plural_claim_noun, response_frame, Idf};
use hearsay_core::{Doc, Span, SpanSet, Verdict};

/// Lowest score at which a verification is attached to a claim.
pub const ATTACH: f64 = 0.3;

/// A claim as the attachment step sees it.
pub struct ClaimView<'a> {
    /// Its attributions.
    pub attrs: &'a [usize],
    /// Its chain of source ids.
    pub chain: &'a [usize],
    /// Content words of all its attributions.
    pub words: Vec<String>,
    /// Where it is first mentioned in the text (for nearness).
    pub start: usize,
    /// Its mentions, in text order.
    pub mentions: &'a [Span],
}

/// Sentences back that a verification naming an earlier statement ([`names_earlier`]) looks
/// for the claim it answers.
pub const EARLIER_SENTENCES: usize = 3;

/// Sentences back that a verification naming earlier statements in the plural ("*these
/// claims* are absolutely … false") looks for the further claims of the same source it answers
/// (train part of data/claims: fnc1/2330, Olsen's four statements over five sentences).
pub const EARLIER_SENTENCES_PLURAL: usize = 5;

/// Most words just before a verification's cue, in its sentence, read for the statement it
/// names ("*These claims* are absolutely … false").
const BEFORE_CUE: usize = 3;

/// Whether verification `v` names what it answers as an earlier statement: a noun of
/// [`crate::words::claim_nouns`] after a definite determiner (`hearsay_lex::function::DEFINITE`) in its cue,
/// the few words after it ("called *the charges* fabricated", "dismissed *those reports*") or
/// the [`BEFORE_CUE`] words before it in its sentence ("*These claims* are … false"). `Some(true)`
/// when the noun is plural ("these claims": every statement just made), `Some(false)` when
/// singular, `None` when it names none. A confirmation whose sentence goes on to another
/// verification ("has confirmed that *there is no truth* to these claims") confirms that one,
/// not the statement.
fn names_earlier(doc: &Doc, v: usize) -> Option<bool> {
    let cue = doc.verifications[v].cue;
    let si = doc.sentence_at(cue.start);
    let start = si.map_or(cue.start, |si| doc.sentences[si].span.start).min(cue.start);
    let end = si.map_or(cue.end, |si| doc.sentences[si].span.end).max(cue.end);
    let confirms_another = doc.verifications[v].verdict == Verdict::Confirmed
        && doc.verifications.iter().any(|x| x.cue.start >= cue.end && x.cue.start < end);
    if confirms_another {
        return None;
    }
    // the last BEFORE_CUE words before the cue, read backwards from it
    let mut words: Vec<String> = doc.text[start..cue.start]
        .rsplit(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(BEFORE_CUE)
        .map(str::to_lowercase)
        .collect();
    words.reverse();
    // and the first 12 from it on (only those are read: a long sentence costs no more)
    words.extend(
        doc.text[cue.start..end]
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .take(12)
            .map(str::to_lowercase),
    );
    words.iter().enumerate().find_map(|(k, w)| {
        if !hearsay_lex::function::DEFINITE.contains(w) {
            return None;
        }
        words[k + 1..].iter().take(3).find(|x| is_claim_noun(x)).map(|x| is_plural_claim_noun(x))
    })
}

/// The claims (not of `own`) stated before `cue`, each with where its last mention before the
/// cue ends: those with a mention ending within [`EARLIER_SENTENCES`] sentences before it.
fn stated_before_all(doc: &Doc, claims: &[ClaimView], own: &[usize], cue: Span) -> Vec<(usize, usize)> {
    stated_within(doc, claims, own, cue, EARLIER_SENTENCES)
}

/// The claims (not of `own`) with a mention ending within `back` sentences before `cue`,
/// each with where its last such mention ends.
fn stated_within(doc: &Doc, claims: &[ClaimView], own: &[usize], cue: Span, back: usize) -> Vec<(usize, usize)> {
    let Some(si) = doc.sentence_at(cue.start) else { return Vec::new() };
    let from = doc.sentences[si.saturating_sub(back)].span.start;
    claims
        .iter()
        .enumerate()
        .filter(|(i, _)| own.binary_search(i).is_err())
        .filter_map(|(i, c)| {
            c.mentions.iter().filter(|m| m.end <= cue.start && m.end > from).map(|m| m.end).max().map(|e| (e, i))
        })
        .collect()
}

/// The claim (not one of `own`) stated last before `cue`, within [`EARLIER_SENTENCES`]
/// sentences of it.
fn stated_before(doc: &Doc, claims: &[ClaimView], own: &[usize], cue: Span) -> Option<usize> {
    stated_before_all(doc, claims, own, cue).into_iter().max_by_key(|&(e, i)| (e, std::cmp::Reverse(i))).map(|(_, i)| i)
}

/// The text a verification speaks about: the quote holding it (the shortest, the first of
/// equals in attribution order), else its sentence. `contents` holds every content span.
fn scope(doc: &Doc, contents: &SpanSet, cue: Span) -> Span {
    if let Some((c, _)) = contents.containing(cue).into_iter().min_by_key(|&(c, k)| (c.len(), k)) {
        return c;
    }
    doc.sentence_at(cue.start).map_or(cue, |i| doc.sentences[i].span)
}

/// True when a sentence says little more than that someone would not answer a request for
/// comment ("The Kremlin did not respond to the Post's request for comment").
fn is_response_line(doc: &Doc, v: usize, words: &[String]) -> bool {
    let vf = &doc.verifications[v];
    let names: Vec<String> = vf.actor.map(|a| content_words(doc.slice(a))).unwrap_or_default();
    let other = words.iter().filter(|w| !response_frame().contains(w.as_str()) && !names.contains(w)).count();
    matches!(vf.verdict, Verdict::DidNotRespond | Verdict::DeclinedToComment | Verdict::CouldNotBeReached) && other <= 2
}

/// How strongly verification `v` bears on a claim, in 0..=1. `own`: one of the claim's
/// reports holds the verification's cue in its content or has it as its cue; `same_sentence`:
/// one of its reports has its cue (else source) in the verification's sentence; `object`: the
/// verification names what it is about as the content of a report that makes no claim
/// ([`object_attribution`]), and its words (`words` of them) are those of that content; `covered`: the share of
/// the verification's words the claim's words cover ([`Idf::covered`]), with, when it is
/// asked for (`true`: a could-not-confirm), the two coverages of [`WordTable::coverages`]
/// (`None` under two shared words).
fn score(
    doc: &Doc,
    v: usize,
    c: &ClaimView,
    scope: Span,
    mentions: &Mentions,
    (own, same_sentence, object, words): (bool, bool, bool, usize),
    covered: impl FnOnce(bool) -> (f64, Option<(f64, f64)>),
) -> f64 {
    let vf = &doc.verifications[v];
    // a verification inside one of the claim's own reports (or that is one) answers something else
    if own {
        return 0.0;
    }
    // a verification naming its object ("denied *the report that …*") bears on what that
    // names; one word ("confirmed *the killing*") names no claim by itself
    if object {
        return if words < 2 { 0.0 } else { covered(false).0.min(1.0) * 0.95 };
    }
    let sentence = doc.sentence_at(vf.cue.start);
    // a source does not confirm or deny its own claim ("Video shows he had his hands up,
    // *contradicting* the police's claim …" denies the police's claim, not the video's)
    let takes_sides = matches!(vf.verdict, Verdict::Confirmed | Verdict::Denied);
    let own_source = takes_sides && vf.actor_id.is_some_and(|a| c.chain.contains(&a));
    // same sentence as one of the claim's reports: "according to a report that an official could not confirm"
    if sentence.is_some() && same_sentence && !own_source {
        return 1.0;
    }
    // the actor is in the claim's chain (for a verdict that neither confirms nor denies), or
    // a chain source is named in what the verdict is about (up to the end of its sentence or of the quote holding it) ("Rachman provided no further context about how his source knew")
    if let Some(si) = sentence {
        let object = object_of(doc, v, si, scope);
        // a source does not confirm, deny or doubt its own claim: a verdict by one of the
        // claim's sources bears on it by actor only when it says nothing either way ("provided
        // no further context", "declined to comment"; not "too soon to know if")
        let by_actor = !matches!(vf.verdict, Verdict::Confirmed | Verdict::Denied | Verdict::CouldNotConfirm);
        // a denial or confirmation takes sides on a statement: naming a chain source bears on
        // the claim only as the statement's owner ("disputed *Hunter's* claim"); a source named
        // as the subject of something else ("it seems extremely unlikely that *Sanders* can
        // catch Clinton") leaves it to the words (3)
        let chain_hit = c.chain.iter().any(|&s| {
            (by_actor && vf.actor_id == Some(s))
                || if takes_sides { mentions.owner_in(doc, s, object) } else { mentions.named_in(s, object) }
        });
        if chain_hit {
            return 0.9;
        }
    }
    let cnc = vf.verdict == Verdict::CouldNotConfirm;
    let (share, both) = covered(cnc);
    // a could-not-confirm tied by words alone must restate the claim: two words of it at
    // least, and a fifth of the claim's words ("there could be other explanations for that
    // *pause*" shares one topic word with the claim about the pause, not its proposition)
    let restates = both.is_some_and(|(_, low)| low >= CNC_CLAIM_SHARE);
    if cnc && !restates {
        return 0.0;
    }
    share.min(1.0) * 0.95
}

/// Least share of a claim's words (weighted) that a could-not-confirm tied to it by words
/// alone holds ([`score`]).
pub const CNC_CLAIM_SHARE: f64 = 0.2;

/// What verification `v` in sentence `si` is about: from its cue (which may name it: "shot
/// down Hunter's claims") to the end of the sentence or of its `scope`.
fn object_of(doc: &Doc, v: usize, si: usize, scope: Span) -> Span {
    let cue = doc.verifications[v].cue;
    Span::new(cue.start, doc.sentences[si].span.end.min(scope.end).max(cue.end))
}

/// Each source's mentions, sorted, to ask which lie in a span.
struct Mentions {
    of: Vec<Vec<Span>>,
    /// Every mention, tagged with its source.
    all: SpanSet,
}

impl Mentions {
    fn new(doc: &Doc) -> Self {
        let of: Vec<Vec<Span>> = doc
            .sources
            .iter()
            .map(|s| {
                let mut m = s.mentions.clone();
                m.sort_unstable();
                m
            })
            .collect();
        let all =
            SpanSet::new(doc.sources.iter().enumerate().flat_map(|(i, s)| s.mentions.iter().map(move |&m| (m, i))));
        Mentions { of, all }
    }

    /// True when a mention of source `s` lies in `object`.
    fn named_in(&self, s: usize, object: Span) -> bool {
        let Some(ms) = self.of.get(s) else { return false };
        let from = ms.partition_point(|m| m.start < object.start);
        ms[from..].iter().take_while(|m| m.start <= object.end).any(|m| object.contains(*m))
    }

    /// True when a mention of source `s` lies in `object` in the possessive ("*Hunter's*
    /// claim", "*the agents'* account"): the source as the owner of what is answered.
    fn owner_in(&self, doc: &Doc, s: usize, object: Span) -> bool {
        let Some(ms) = self.of.get(s) else { return false };
        let from = ms.partition_point(|m| m.start < object.start);
        ms[from..].iter().take_while(|m| m.start <= object.end).filter(|m| object.contains(**m)).any(|m| {
            let (t, after) = (doc.slice(*m), doc.text.get(m.end..).unwrap_or(""));
            t.ends_with("'s")
                || t.ends_with("\u{2019}s")
                || after.starts_with("'s")
                || after.starts_with("\u{2019}s")
                || (t.ends_with('s') && (after.starts_with('\'') || after.starts_with('\u{2019}')))
        })
    }
}

/// Most claims a verification is compared with through one of its words (those nearest it
/// in the text); an article has far fewer claims, so this bounds only book-length inputs.
pub const MAX_CLAIMS_PER_WORD: usize = 512;

/// The claims verification `v` can score [`ATTACH`] or more with: those with a report in its
/// sentence, those whose chain holds its actor or a source named in what it is about, and
/// those holding a rare word of its own (`list`: its word list in `table`).
struct Candidates<'a> {
    by_sentence: Vec<Vec<usize>>,
    by_source: Vec<Vec<usize>>,
    /// Per word id, the claims its word hits, by position in the text.
    post: Vec<Vec<u32>>,
    /// Where each claim starts in the text.
    at: Vec<usize>,
    mentions: &'a Mentions,
}

impl<'a> Candidates<'a> {
    fn new(doc: &Doc, claims: &[ClaimView], table: &WordTable, mentions: &'a Mentions) -> Self {
        let mut by_sentence: Vec<Vec<usize>> = vec![Vec::new(); doc.sentences.len()];
        let mut by_source: Vec<Vec<usize>> = vec![Vec::new(); doc.sources.len()];
        let mut at: Vec<usize> = Vec::with_capacity(claims.len());
        for (i, c) in claims.iter().enumerate() {
            for &a in c.attrs {
                let x = &doc.attributions[a];
                if let Some(si) = x.cue.or(x.source).and_then(|s| doc.sentence_at(s.start)) {
                    by_sentence[si].push(i);
                }
            }
            for &s in c.chain {
                if let Some(l) = by_source.get_mut(s) {
                    l.push(i);
                }
            }
            at.push(c.start);
        }
        for l in &mut by_sentence {
            l.dedup();
        }
        let mut post = table.postings(0..claims.len());
        for p in &mut post {
            p.sort_by_key(|&i| (at[i as usize], i));
        }
        Candidates { by_sentence, by_source, post, at, mentions }
    }

    fn of(&self, doc: &Doc, v: usize, scope: Span, table: &WordTable, list: usize) -> Vec<usize> {
        let vf = &doc.verifications[v];
        let mut out: Vec<usize> = Vec::new();
        if let Some(si) = doc.sentence_at(vf.cue.start) {
            out.extend(&self.by_sentence[si]);
            if let Some(l) = vf.actor_id.and_then(|s| self.by_source.get(s)) {
                out.extend(l);
            }
            let object = object_of(doc, v, si, scope);
            for (_, s) in self.mentions.all.within(object) {
                out.extend(&self.by_source[s]);
            }
        }
        // covered() * 0.95 >= ATTACH needs covered >= 0.316
        for w in table.prefix(list, 0.3) {
            let p = &self.post[w as usize];
            let k = p.partition_point(|&i| self.at[i as usize] < vf.cue.start);
            let window = crate::table::capped_window(p, k, MAX_CLAIMS_PER_WORD);
            out.extend(window.iter().map(|&i| i as usize));
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// The report whose cue is verification `v`'s cue and whose content names what the
/// verification is about without making a claim of its own ("Hagel *confirmed* the killing",
/// "*denied* the report": a reference, [`crate::group::claimable`] false), if any.
fn object_attribution(doc: &Doc, cues: &SpanSet, v: usize) -> Option<usize> {
    cues.overlapping(doc.verifications[v].cue)
        .into_iter()
        .map(|(_, a)| a)
        .filter(|&a| !doc.attributions[a].content.is_empty() && !crate::group::claimable(doc, a))
        .min()
}

/// For each verification, the claim it bears on (index into `claims`), if any; and the
/// further claims it bears on too (a verification naming "these claims" answers every claim
/// stated just before it: the target is the last of them, the rest are further claims).
pub fn attach(
    doc: &Doc,
    claims: &[ClaimView],
    main: Option<usize>,
    idf: &Idf,
) -> (Vec<Option<usize>>, Vec<Vec<usize>>) {
    let contents =
        SpanSet::new(doc.attributions.iter().flat_map(|a| a.content.iter().copied()).enumerate().map(|(k, c)| (c, k)));
    let cues = SpanSet::new(doc.attributions.iter().enumerate().filter_map(|(i, a)| a.cue.map(|c| (c, i))));
    // each verification's scope and words, less its cue's words; a verification naming its
    // object ("confirmed the killing") has that object's words
    let objects: Vec<Option<usize>> = (0..doc.verifications.len()).map(|v| object_attribution(doc, &cues, v)).collect();
    // a fact-checking page's rating speaks about the claim line it rates
    let rated: Vec<(Span, Span)> = hearsay_lex::hedge::fact_checks(&doc.text)
        .into_iter()
        .map(|f| (Span::new(f.rating.0, f.rating.1), Span::new(f.claim.0, f.claim.1)))
        .collect();
    let views: Vec<(Span, Vec<String>)> = (0..doc.verifications.len())
        .map(|v| {
            let cue = doc.verifications[v].cue;
            let sc = match rated.iter().find(|(r, _)| *r == cue) {
                Some(&(_, claim)) => claim,
                None => scope(doc, &contents, cue),
            };
            let mut words = match objects[v] {
                Some(a) => {
                    let mut w: Vec<String> = Vec::new();
                    for c in &doc.attributions[a].content {
                        for x in content_words(doc.slice(*c)) {
                            if !w.contains(&x) {
                                w.push(x);
                            }
                        }
                    }
                    w
                }
                None => content_words(doc.slice(sc)),
            };
            let cue_words = content_words(doc.slice(doc.verifications[v].cue));
            words.retain(|w| !cue_words.contains(w));
            (sc, words)
        })
        .collect();
    let n = claims.len();
    let lists: Vec<Vec<String>> =
        claims.iter().map(|c| c.words.clone()).chain(views.iter().map(|(_, w)| w.clone())).collect();
    let mut table = WordTable::new(&lists, idf);
    let mentions = Mentions::new(doc);
    let cands = Candidates::new(doc, claims, &table, &mentions);
    // the claims each attribution belongs to, and the attribution owning each content span
    let mut claims_of: Vec<Vec<usize>> = vec![Vec::new(); doc.attributions.len()];
    for (i, c) in claims.iter().enumerate() {
        for &a in c.attrs {
            if let Some(l) = claims_of.get_mut(a) {
                l.push(i);
            }
        }
    }
    let owner: Vec<usize> =
        doc.attributions.iter().enumerate().flat_map(|(i, a)| a.content.iter().map(move |_| i)).collect();
    let mut further: Vec<Vec<usize>> = vec![Vec::new(); views.len()];
    let targets = views
        .iter()
        .enumerate()
        .map(|(v, (sc, words))| {
            // the best score, the first claim of equals; claims left out score under ATTACH
            let cue = doc.verifications[v].cue;
            // claims with a report holding the cue (or that is the verification)
            let mut own: Vec<usize> = contents
                .containing(cue)
                .into_iter()
                .map(|(_, k)| owner[k])
                .chain(cues.overlapping(cue).into_iter().map(|(_, a)| a))
                .flat_map(|a| claims_of[a].iter().copied())
                .collect();
            own.sort_unstable();
            let same: &[usize] = doc.sentence_at(cue.start).map_or(&[], |si| &cands.by_sentence[si]);
            let mut best: Option<(usize, f64)> = None;
            for i in cands.of(doc, v, *sc, &table, n + v) {
                let flags =
                    (own.binary_search(&i).is_ok(), same.binary_search(&i).is_ok(), objects[v].is_some(), words.len());
                let s = score(doc, v, &claims[i], *sc, &mentions, flags, |both| {
                    (table.covered(n + v, i), if both { table.coverages(n + v, i) } else { None })
                });
                if best.is_none_or(|(_, b)| s > b) {
                    best = Some((i, s));
                }
            }
            let shares_topic = |m: usize, table: &mut WordTable| {
                own.binary_search(&m).is_err() && table.coverages(n + v, m).is_some_and(|(hi, _)| hi > 0.0)
            };
            let below = best.is_none_or(|(_, s)| s < ATTACH);
            // "called the charges fabricated": the claim stated just before it; "these claims
            // are false": every claim stated just before it
            let names = names_earlier(doc, v);
            let plural = names == Some(true);
            let named = if below { names } else { None };
            let earlier = named.and_then(|_| stated_before(doc, claims, &own, cue));
            if named == Some(true) && earlier.is_some() {
                let mut all: Vec<usize> = stated_within(doc, claims, &own, cue, EARLIER_SENTENCES_PLURAL)
                    .into_iter()
                    .map(|(_, i)| i)
                    .collect();
                all.sort_unstable();
                // "these claims" are one party's statements: those sharing a source with the
                // one stated last ("dismissed *those reports*" answers the reports just
                // named, not the other party's argument two sentences back)
                let last = earlier.map_or(&[][..], |e| claims[e].chain);
                all.retain(|&i| Some(i) != earlier && claims[i].chain.iter().any(|s| last.contains(s)));
                further[v] = all;
            }
            let target = match best {
                Some((i, s)) if s >= ATTACH => Some(i),
                _ if is_response_line(doc, v, words) => main,
                _ if earlier.is_some() => earlier,
                // what it names matches no claim ("confirmed the killing"): the story itself
                _ if objects[v].is_some() => main.filter(|&m| own.binary_search(&m).is_err()),
                // otherwise one that takes no side bears on the article's main claim when it
                // shares its topic words
                // a denial or confirmation that shares only topic words with the main claim
                // takes sides on something else the sentence says ("The union denied any
                // wrongdoing over pension accounts at the water plant"): it bears on no claim
                _ if matches!(doc.verifications[v].verdict, Verdict::Denied | Verdict::Confirmed) => None,
                _ => main.filter(|&m| shares_topic(m, &mut table)),
            };
            // further claims count only where the earlier-statement rule chose the target, or
            // where the words chose it and the verification names "these claims": then every
            // claim stated just before it that shares a source with the target
            if target != earlier {
                further[v].clear();
                if let Some(t) = target.filter(|_| plural) {
                    let chain = claims[t].chain;
                    let mut all: Vec<usize> = stated_within(doc, claims, &own, cue, EARLIER_SENTENCES_PLURAL)
                        .into_iter()
                        .map(|(_, i)| i)
                        .filter(|&i| i != t && claims[i].chain.iter().any(|s| chain.contains(s)))
                        .collect();
                    all.sort_unstable();
                    further[v] = all;
                }
            }
            target
        })
        .collect::<Vec<Option<usize>>>();
    (targets, further)
}
