//! Speakers named by a noun rather than a verb: the possessor of a noun of saying, the names
//! after "<saying noun> from/by", polls, stories "in"/"by" an outlet, media a report was
//! relayed through, and the viewpoint of "For X, …".

use super::verbal::object_phrase;
use super::{bare, capitalised, in_prose, not_name_start, words_at, NOT_BEFORE_SUBJECT, SUBJECT_STARTS};
use crate::lexicon::{lexicon, norm, Lexicon};
use crate::resolve::Mention;
use hearsay_core::{Doc, Span, SpanSet};
use hearsay_lex::calendar::MONTHS;
use hearsay_lex::function::NOT_VIEW;
use hearsay_lex::speech::{ATTRIBUTION, POLL_NOUNS, SAYING_NOUNS, STORY_NOUNS};
use hearsay_lex::titles::FORMER;

/// Substrings one of which a sentence must hold for [`nominal_speakers`] to read it: a
/// possessive, "from"/"by" after a saying noun, a poll noun, a relay verb.
const NOMINAL_TRIGGERS: &[&str] = &[
    "'s ",
    "’s ",
    "s' ",
    "s’ ",
    " from ",
    " by ",
    "poll",
    "survey",
    "report",
    "story",
    "article",
    "column",
    "editorial",
    "published",
    "relayed",
    "carried",
    "aired",
    "broadcast",
    "appeared",
];

/// `w` without surrounding punctuation, lowercased into `buf`, when it is a short ASCII word
/// that starts lowercase (the words [`nominal_speakers`] looks for); `None` otherwise.
fn small_lower<'b>(w: &str, buf: &'b mut [u8; 16]) -> Option<&'b str> {
    let core = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
    let b = core.as_bytes();
    if b.is_empty() || b.len() > buf.len() || !b[0].is_ascii_lowercase() || !core.is_ascii() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..b.len()]).ok()
}

/// Speakers named by a noun of saying rather than a verb: the capitalised possessor of a
/// saying noun ("Mitt Romney’s “47 percent” comment", "Apple's claims"), the capitalised
/// names after "<saying noun> from/by" ("criticism from Giles, Millis and Harold Doley"),
/// and polls that results are given "in" ("in the latest CNN/ORC poll", "in national polls").
/// Each look-around is capped at a few words.
pub fn nominal_speakers(doc: &Doc, taken: &[Mention]) -> Vec<Span> {
    let t = &doc.text;
    let lx = lexicon();
    let taken = SpanSet::new(taken.iter().map(|m| (m.span, 0)));
    let mut out: Vec<Span> = Vec::new();
    for sent in &doc.sentences {
        let sp = sent.span;
        if sp.end > t.len() || !in_prose(doc, sp.start) {
            continue;
        }
        // only sentences with a trigger are split into words (cheap substring tests first)
        let st = &t[sp.start..sp.end];
        let opens_view = st.trim_start_matches(['"', '“']).starts_with("For ")
            || st.trim_start_matches(['"', '“']).starts_with("To ");
        if !opens_view && !NOMINAL_TRIGGERS.iter().any(|x| st.contains(x)) {
            continue;
        }
        let ws = words_at(t, sp);
        let add = |s: Span, out: &mut Vec<Span>| {
            if !s.is_empty() && !taken.any_overlapping(s) && !out.iter().any(|o| o.overlaps(s)) {
                out.push(s);
            }
        };
        // "For Jonathan Chait, Williamson is …", "For most Democrats today, the Clinton years
        // remain …", "To Frank, issues …": whose view the sentence gives
        if let Some(s) = view_frame(&ws, lx) {
            add(s, &mut out);
        }
        for k in 0..ws.len() {
            let (p, w) = ws[k];
            // only short lowercase words can be a preposition, a saying noun or a poll noun:
            // checked on a stack copy, without allocating
            let mut buf = [0u8; 16];
            let Some(lw) = small_lower(w, &mut buf) else { continue };
            // "published in Iraq's Al-Sabah newspaper, Rudaw online newspaper and on the
            // Shafaq news agency and were relayed through other media"
            // the verb up to four words back ("published on Aug. 31 in"), no comma between
            let relay = matches!(lw, "in" | "on" | "by" | "through")
                && (k.saturating_sub(4)..k).rev().take_while(|&j| !ws[j].1.ends_with(',')).any(|j| {
                    matches!(
                        bare(ws[j].1).as_ref(),
                        "published" | "relayed" | "carried" | "aired" | "broadcast" | "appeared"
                    )
                } || j + 1 == k && bare(ws[j].1) == "and");
            if relay {
                // "in X newspaper, Y online newspaper and on the Z news agency"
                let mut at = k + 1;
                while let Some(s) = media_phrase(&ws, at, lx) {
                    add(s, &mut out);
                    let mut next = ws.partition_point(|(q, _)| *q < s.end);
                    // "…, Rudaw online newspaper and on the Shafaq news agency"
                    let and = !t[s.end..].starts_with(',')
                        && ws.get(next).is_some_and(|(_, w)| *w == "and")
                        && ws.get(next + 1).is_some_and(|(_, w)| matches!(*w, "on" | "in" | "by"));
                    if and {
                        next += 2;
                    }
                    if !(t[s.end..].starts_with(',') || and) || next >= ws.len() {
                        break;
                    }
                    at = next;
                }
                continue;
            }
            if SAYING_NOUNS.contains(lw) {
                // the possessor: up to three words back ("Carson’s updated comments")
                for b in (k.saturating_sub(3)..k).rev() {
                    let (bp, bw) = ws[b];
                    let core = bw.trim_end_matches(['"', '“', '”']);
                    let Some(name) = core.strip_suffix("'s").or_else(|| core.strip_suffix("’s")) else {
                        // "the Post's request for comment": a preposition ends the noun phrase
                        if bw.ends_with([',', '.', ';', ':']) || NOT_BEFORE_SUBJECT.contains(bare(bw).as_ref()) {
                            break;
                        }
                        continue;
                    };
                    if !capitalised(name) || not_name_start(&bare(name)) {
                        break;
                    }
                    let mut start_k = b;
                    while start_k > 0 && b - start_k < 4 {
                        let (_, pw) = ws[start_k - 1];
                        if pw.ends_with([',', '.', ';', ':', '"', '”']) && !(pw.len() <= 4 && pw.ends_with('.')) {
                            break;
                        }
                        if capitalised(pw) && !not_name_start(&bare(pw)) {
                            start_k -= 1;
                        } else {
                            break;
                        }
                    }
                    let (sp0, sw0) = ws[start_k];
                    let start = sp0 + (sw0.len() - sw0.trim_start_matches(['"', '“', '(', '‘']).len());
                    add(Span::new(start, bp + name.len()), &mut out);
                    break;
                }
                // the names after "from" / "by"
                if ws.get(k + 1).is_some_and(|(_, n)| matches!(bare(n).as_ref(), "from" | "by"))
                    && !w.ends_with([',', '.'])
                {
                    let mut at = k + 2;
                    let mut n = 0;
                    while n < 4 {
                        let Some(&(_, first)) = ws.get(at) else { break };
                        // "a statement from the Kansas City Health Department"
                        let the_name = bare(first) == "the" && ws.get(at + 1).is_some_and(|(_, n)| capitalised(n));
                        // "comments from former Secretary of Defense Leon Panetta"
                        let former =
                            FORMER.contains(&bare(first)) && ws.get(at + 1).is_some_and(|(_, n)| capitalised(n));
                        if !the_name && !former && (!capitalised(first) || not_name_start(&bare(first))) {
                            break;
                        }
                        let Some(s) = object_phrase(&ws, at) else { break };
                        add(s, &mut out);
                        n += 1;
                        let next = ws.partition_point(|(q, _)| *q < s.end);
                        let ends_comma = t[s.end..].starts_with(',');
                        match ws.get(next) {
                            Some((_, nw)) if bare(nw) == "and" => at = next + 1,
                            Some(_) if ends_comma => at = next,
                            _ => break,
                        }
                    }
                }
            } else if POLL_NOUNS.contains(lw) && !w.ends_with('-') {
                // "in (the latest CNN/ORC | national) poll(s)": back to the preposition
                let mut b = k;
                while b > 0 && k - b < 4 && !ws[b - 1].1.ends_with([',', '.', ';', ':']) {
                    let pl: &str = &bare(ws[b - 1].1);
                    if matches!(pl, "in" | "by") {
                        let end = p + w.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
                        add(Span::new(ws[b].0, end), &mut out);
                        break;
                    }
                    if NOT_BEFORE_SUBJECT.contains(pl) || pl == "and" || pl == "that" {
                        break;
                    }
                    b -= 1;
                }
            } else if STORY_NOUNS.contains(lw)
                && !w.ends_with(|c: char| !c.is_alphanumeric())
                && ws.get(k + 1).is_some_and(|(_, n)| matches!(*n, "in" | "by"))
            {
                // "a report in The Wall Street Journal": the story and the outlet or author
                let at = k + 2 + usize::from(ws.get(k + 2).is_some_and(|(_, n)| *n == "the"));
                let Some(name) = ws
                    .get(at)
                    .filter(|(_, n)| capitalised(n) && !MONTHS.contains(&bare(n)))
                    .and_then(|_| object_phrase(&ws, at))
                else {
                    continue;
                };
                let mut b = k;
                while b > 0 && k - b < 3 && !ws[b - 1].1.ends_with(|c: char| !c.is_alphanumeric()) {
                    let pl: &str = &bare(ws[b - 1].1);
                    if NOT_BEFORE_SUBJECT.contains(pl) || ATTRIBUTION.contains(pl) || matches!(pl, "and" | "that") {
                        break;
                    }
                    b -= 1;
                    if SUBJECT_STARTS.contains(pl) {
                        break;
                    }
                }
                let (sp0, sw0) = ws[b];
                let start = sp0 + (sw0.len() - sw0.trim_start_matches(['"', '“', '(', '‘']).len());
                add(Span::new(start, name.end), &mut out);
            }
        }
    }
    out
}

/// The viewpoint of a sentence opened by "For X," or "To X," (at most five words before the
/// comma): a capitalised name, or a phrase ending in a group noun ("most Democrats today").
fn view_frame(ws: &[(usize, &str)], lx: &Lexicon) -> Option<Span> {
    let (_, w0) = *ws.first()?;
    if !matches!(w0.trim_start_matches(['"', '“']), "For" | "To") {
        return None;
    }
    let comma = ws.iter().take(7).position(|(_, w)| w.ends_with(','))?;
    if !(1..=5).contains(&comma)
        || NOT_VIEW.contains(bare(ws[1].1).as_ref()) && !lx.groups.contains_key(&*bare(ws[2].1))
    {
        return None;
    }
    let phrase = &ws[1..=comma];
    let words: Vec<String> = phrase.iter().map(|(_, w)| bare(w).into_owned()).collect();
    let named = phrase.iter().all(|(_, w)| capitalised(w)) && !words.iter().any(|w| not_name_start(w.as_ref()));
    // "most Democrats today": a group noun among the words, none of them a number or month
    let group =
        words.iter().any(|w| lx.groups.contains_key(w)) && !words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()));
    if !(named || group) || ws.len() < comma + 4 {
        return None;
    }
    let (sp, sw) = phrase[0];
    let (ep, ew) = phrase[phrase.len() - 1];
    let start = sp + (sw.len() - sw.trim_start_matches(['"', '“']).len());
    Some(Span::new(start, ep + ew.trim_end_matches(|c: char| !c.is_alphanumeric()).len()))
}

/// A news medium phrase starting at word `k` ("Iraq's Al-Sabah newspaper", "the Shafaq news
/// agency", "other media"): at most five words up to a comma or "and", ending in an outlet
/// noun or a known outlet name.
fn media_phrase(ws: &[(usize, &str)], k: usize, lx: &Lexicon) -> Option<Span> {
    let (sp, sw) = *ws.get(k)?;
    let mut end_k = None;
    for (j, &(_, w)) in ws.iter().enumerate().take(k + 5).skip(k) {
        let l: &str = &bare(w);
        if l == "and" || l == "in" || l == "on" || l == "that" {
            break;
        }
        end_k = Some(j);
        if w.ends_with(|c: char| !c.is_alphanumeric()) {
            break;
        }
    }
    let e = end_k?;
    let last: &str = &bare(ws[e].1);
    let words: Vec<String> = ws[k..=e].iter().map(|(_, w)| bare(w).into_owned()).collect();
    let outlet = lx.outlet_heads.contains(last)
        || last == "media"
        || e > k && lx.outlet_heads.contains(&format!("{} {last}", bare(ws[e - 1].1)))
        || lx.outlets.contains(&norm(&words.join(" ")))
        || lx.outlets.contains(&norm(words.iter().skip(1).cloned().collect::<Vec<_>>().join(" ").as_ref()));
    if !outlet {
        return None;
    }
    let (ep, ew) = ws[e];
    let start = sp + (sw.len() - sw.trim_start_matches(['"', '“', '(']).len());
    Some(Span::new(start, ep + ew.trim_end_matches(|c: char| !c.is_alphanumeric()).len()))
}
