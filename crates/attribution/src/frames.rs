//! Speaker frames with no reporting verb, found by pattern after the model:
//! - a *label and a colon* opening a headline or paragraph: "PENCE: Well, look, …",
//!   "Poll: Clinton and Trump in dead heat" (source = the label, cue = the colon,
//!   content = the rest of the paragraph);
//! - a *signature dash* closing a quotation or an embedded post: "“…” ― Sonya Herridge",
//!   "… — Paul Ryan (@SpeakerRyan) July 5, 2016" (source = the name, cue = the dash,
//!   content = what precedes the dash).
//!
//! A frame is only added where the model found no cue on the colon, the dash or the name;
//! where the model's cue is the frame's colon or dash, the frame sets its kind.

use crate::context::Ctx;
use hearsay_core::{Attribution, AttributionKind, Doc, Pos, SegmentKind, Span, SpanSet, TokenKind};
use hearsay_lex::function::LABEL_LINKS;
use hearsay_lex::furniture::NOT_SPEAKERS;
use rustc_hash::FxHashMap;

/// Most tokens a speaker label or a signature name may have.
const MAX_NAME: usize = 6;

/// Adds colon and dash frames to `atts` for every prose segment of `doc`.
pub fn find_frames(doc: &Doc, ctx: &Ctx, atts: &mut Vec<Attribution>) {
    let mut found = Vec::new();
    // the first attribution with each cue, and all cues for overlap tests (cues do not change here)
    let mut by_cue: FxHashMap<Span, usize> = FxHashMap::default();
    for (i, x) in atts.iter().enumerate() {
        if let Some(c) = x.cue {
            by_cue.entry(c).or_insert(i);
        }
    }
    let cues = SpanSet::new(atts.iter().filter_map(|x| x.cue).map(|c| (c, 0)));
    for seg in doc.segments.iter().filter(|s| s.kind.carries_prose()) {
        let std::ops::Range { start: a, end: b } = doc.tokens_overlapping(seg.span);
        if a >= b {
            continue;
        }
        let frame = colon_frame(doc, ctx, seg.kind, a, b).or_else(|| dash_frame(doc, ctx, a, b));
        if let Some(f) = frame {
            // the model read the same colon or dash as a cue: the frame knows its kind
            // (a transcript label gives the words as spoken)
            if let Some(&i) = f.cue.and_then(|c| by_cue.get(&c)) {
                atts[i].kind = f.kind;
                continue;
            }
            let taken = |s: Span| cues.any_overlapping(s);
            if !taken(f.cue.unwrap_or_default()) && !f.source.is_some_and(taken) {
                found.push(f);
            }
        }
    }
    atts.extend(found);
}

fn span(doc: &Doc, a: usize, b: usize) -> Span {
    Span::new(doc.tokens[a].span.start, doc.tokens[b].span.end)
}

fn frame(doc: &Doc, kind: AttributionKind, source: (usize, usize), cue: usize, content: (usize, usize)) -> Attribution {
    Attribution::new(
        kind,
        Some(span(doc, source.0, source.1)),
        Some(span(doc, cue, cue)),
        vec![span(doc, content.0, content.1)],
        0.8,
    )
}

/// Whether tokens `[s, e)` read as a name or speaker label: capitalised words (all-caps
/// allowed), initials, and a few lower-case links, starting with a capital.
fn is_name(doc: &Doc, ctx: &Ctx, s: usize, e: usize) -> bool {
    if s >= e || e - s > MAX_NAME || ctx.shape[s] == 0 || doc.tokens[s].kind != TokenKind::Word {
        return false;
    }
    let mut links = 0;
    for k in s..e {
        let t = doc.slice(doc.tokens[k].span);
        match doc.tokens[k].kind {
            TokenKind::Word if ctx.shape[k] != 0 => {}
            TokenKind::Word if LABEL_LINKS.contains(&ctx.lower[k]) => links += 1,
            TokenKind::Punct if matches!(t, "." | "-" | "'" | "’") && k > s => {}
            _ => return false,
        }
    }
    links <= 1
}

/// Whether the label's words are names or nouns by their tags ("Pat Caddell", "Poll"), not
/// a titled phrase ("Stealth Over Health", "The Gap Goes On").
fn nominal(ctx: &Ctx, s: usize, e: usize) -> bool {
    let ok = [Pos::Propn as u8, Pos::Noun as u8, Pos::Punct as u8, 17];
    (s..e).all(|k| ok.contains(&ctx.pos[k]) || LABEL_LINKS.contains(&ctx.lower[k]))
}

/// "LABEL: text…" at the start of the segment `[a, b)` (after an opening quotation mark).
/// In a headline the label may be in title case; in body text it must be in capitals, as
/// in a transcript ("PENCE: Well, look, …"), since a title-case label there is mostly a
/// section heading.
fn colon_frame(doc: &Doc, ctx: &Ctx, seg: SegmentKind, a: usize, b: usize) -> Option<Attribution> {
    let a = (a..b).find(|&k| doc.tokens[k].kind != TokenKind::Quote)?;
    let colon = (a..b.min(a + MAX_NAME + 1)).find(|&k| doc.slice(doc.tokens[k].span) == ":")?;
    if colon == a || !is_name(doc, ctx, a, colon) || colon + 1 >= b {
        return None;
    }
    // a single letter is a Q&A or list marker, not a speaker
    if colon == a + 1 && ctx.lower[a].chars().count() == 1 {
        return None;
    }
    let label = doc.text[doc.tokens[a].span.start..doc.tokens[colon - 1].span.end].to_lowercase();
    if NOT_SPEAKERS.contains(&label) {
        return None;
    }
    let capitals = (a..colon).all(|k| ctx.shape[k] != 1 && ctx.shape[k] != 0);
    let headline = matches!(seg, SegmentKind::Title | SegmentKind::Standfirst);
    let speaker = capitals || (headline && nominal(ctx, a, colon));
    if !speaker {
        return None;
    }
    let first = (colon + 1..b).find(|&k| ctx.wordlike[k])?;
    let last = (first..b).rev().find(|&k| ctx.wordlike[k])?;
    if (first..=last).filter(|&k| ctx.wordlike[k]).count() < 2 {
        return None;
    }
    // a transcript label (all capitals) or a quotation gives the words as spoken; a
    // headline label ("Poll: …") paraphrases
    let verbatim = capitals || (ctx.inq[first] && ctx.inq[last]);
    let kind = if verbatim { AttributionKind::Direct } else { AttributionKind::Indirect };
    Some(frame(doc, kind, (a, colon - 1), colon, (first, last)))
}

/// Whether the token is a signature dash.
fn is_dash(doc: &Doc, k: usize) -> bool {
    matches!(doc.slice(doc.tokens[k].span), "―" | "—" | "–" | "--")
}

/// "“quotation” ― Name" or "post text — Name (@handle) Month D, YYYY" ending the segment `[a, b)`.
fn dash_frame(doc: &Doc, ctx: &Ctx, a: usize, b: usize) -> Option<Attribution> {
    // the last dash of the segment, within reach of its end
    let dash = (a + 1..b).rev().take(MAX_NAME + 12).find(|&k| is_dash(doc, k))?;
    let name_start = dash + 1;
    let mut name_end = name_start;
    while name_end < b && name_end - name_start < MAX_NAME && is_name(doc, ctx, name_start, name_end + 1) {
        name_end += 1;
    }
    while name_end > name_start && doc.tokens[name_end - 1].kind == TokenKind::Punct {
        name_end -= 1;
    }
    if name_end == name_start {
        return None;
    }
    // what may follow the name: "(@handle)", a date, closing punctuation
    let mut k = name_end;
    let mut handle = false;
    while k < b {
        let t = doc.slice(doc.tokens[k].span);
        if t == "(" || t == ")" || t == "," || t == "." {
            k += 1;
        } else if t.starts_with('@') || (k > 0 && doc.slice(doc.tokens[k - 1].span) == "@") || t == "@" {
            handle = true;
            k += 1;
        } else if hearsay_lex::calendar::is_month(&ctx.lower[k]) || doc.tokens[k].kind == TokenKind::Number {
            k += 1;
        } else {
            return None;
        }
    }
    // before the dash: a closing quotation mark, or an embedded post signed with a handle
    let mut end = dash;
    while end > a && !ctx.wordlike[end - 1] && doc.tokens[end - 1].kind != TokenKind::Quote {
        end -= 1;
    }
    let quoted = end > a && doc.tokens[end - 1].kind == TokenKind::Quote;
    if !quoted && !handle {
        return None;
    }
    let mut last = (a..dash).rev().find(|&k| ctx.wordlike[k])?;
    // a trailing picture link of an embedded post is not part of what was said
    while last > a && doc.slice(doc.tokens[last].span).contains("pic.twitter.com") {
        last = (a..last).rev().find(|&k| ctx.wordlike[k])?;
    }
    let first = (a..last).find(|&k| ctx.wordlike[k])?;
    if (first..=last).filter(|&k| ctx.wordlike[k]).count() < 3 {
        return None;
    }
    Some(frame(doc, AttributionKind::Direct, (name_start, name_end - 1), dash, (first, last)))
}
