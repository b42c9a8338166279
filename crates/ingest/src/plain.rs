//! Plain-text segmentation: every line of the input is classified, nothing is removed.
//!
//! Scraped article text keeps its page furniture inline. Each non-blank line is one unit;
//! a unit is classified from evidence a person would use: its position (the first prose
//! line is the headline), its shape (short, no final period), its words (photo-agency
//! names, "By …", UI labels) and caption phrasing (present tense, "(center)", "poses
//! with"). A caption line that ends in a credit ("… in 2024. AP") is split in two.
//! When the text is the whole visible text of a page, [`article`] finds the article in it
//! with the block model and marks the page around it as debris.

pub mod article;
pub mod block_features;
pub mod block_model;
mod credits;
mod lines;
pub mod scene;
mod words;

pub use credits::{is_credit, split_credit};
pub use lines::{lines, Line};

use hearsay_core::{Segment, SegmentKind, Span};

/// Number of runs of alphanumeric chars in `s`, counting no further than `limit + 1`.
fn alnum_runs(s: &str, limit: usize) -> usize {
    let mut n = 0;
    let mut inside = false;
    for c in s.chars() {
        let a = c.is_alphanumeric();
        if a && !inside {
            n += 1;
            if n > limit {
                break;
            }
        }
        inside = a;
    }
    n
}

/// Debris phrases ([`hearsay_lex::furniture::DEBRIS`]), and the most alphanumeric runs any has.
fn debris_list() -> &'static (Vec<String>, usize) {
    static LIST: std::sync::OnceLock<(Vec<String>, usize)> = std::sync::OnceLock::new();
    LIST.get_or_init(|| {
        let list: Vec<String> = hearsay_lex::furniture::DEBRIS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| l.trim().to_string())
            .collect();
        let most = list.iter().map(|d| alnum_runs(d, usize::MAX - 1)).max().unwrap_or(0);
        (list, most)
    })
}

/// A button that shows or hides a caption ([`hearsay_lex::furniture::CAPTION_TOGGLES`]):
/// "hide caption", "Toggle Caption".
fn is_caption_toggle(line: &str) -> bool {
    let t = line.trim();
    t.len() <= 20 && hearsay_lex::furniture::CAPTION_TOGGLES.contains(&t.to_lowercase())
}

/// Debris phrases ([`hearsay_lex::furniture::DEBRIS`]) and caption toggles.
fn is_debris(line: &str) -> bool {
    if is_caption_toggle(line) {
        return true;
    }
    let (list, most) = debris_list();
    // Lowercasing never joins two alphanumeric runs, so a line with more runs than any
    // debris phrase and than the 6-word counter rule allows is not debris: skip the work.
    let limit = (*most).max(6);
    if alnum_runs(line, limit) > limit {
        return false;
    }
    let norm: String = line
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if norm.is_empty() {
        // a line of only symbols ("×", "•••", "|")
        return line.chars().count() <= 8;
    }
    if list.iter().any(|d| d.trim_end_matches(':') == norm) {
        return true;
    }
    // "5 min read", "Updated 2 hours ago" style counters, "Share • Tweet • Email"
    let words: Vec<&str> = norm.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    if words.len() <= 6 && words.len() >= 2 {
        let hits = words.iter().filter(|w| list.iter().any(|d| d == *w)).count();
        if hits == words.len() {
            return true;
        }
    }
    norm.ends_with("min read") && words.len() <= 4
}

fn word_count(s: &str) -> usize {
    words::Words::of(s).count()
}

fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end_matches(['”', '"', '’', '\'', ')']);
    t.ends_with(['.', '!', '?', '…'])
}

/// "By Jane Doe", "By Jane Doe and John Roe, Reuters".
fn is_byline(s: &str) -> bool {
    let w = words::Words::of(s).take(15).count();
    if !(2..=14).contains(&w) {
        return false;
    }
    let lower = s.to_lowercase();
    (lower.starts_with("by ") || lower.starts_with("words by ") || lower.starts_with("written by "))
        && !ends_sentence(s.trim_end_matches('.'))
        && s.split_whitespace().skip(1).take(1).all(|x| x.chars().next().is_some_and(|c| c.is_uppercase()))
}

/// A line that only gives a date or time: "Published 3:45 PM ET, Mon November 4, 2024".
fn is_dateline(s: &str) -> bool {
    let w = words::Words::of(s).take(15).count();
    if w == 0 || w > 14 {
        return false;
    }
    let lower = s.to_lowercase();
    let has_month = lower.split(|c: char| !c.is_alphabetic()).any(hearsay_lex::calendar::is_month);
    let has_digit = s.chars().any(|c| c.is_ascii_digit());
    let lead = ["published", "updated", "posted", "last updated", "first published", "modified"];
    let iso = s.len() >= 10
        && s.as_bytes()[..10]
            .iter()
            .enumerate()
            .all(|(i, b)| if i == 4 || i == 7 { *b == b'-' } else { b.is_ascii_digit() });
    // a date written in a sentence ("On July 6, 2015, Sanders made the following comment:")
    // has several lower-case words besides the date's own
    let prose = s
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .filter(|w| {
            !matches!(
                w.trim_matches(|c: char| !c.is_alphabetic()),
                "at" | "on" | "of" | "am" | "pm" | "a.m" | "p.m" | "et" | "updated" | "published" | "posted"
            )
        })
        .count()
        >= 3;
    (lead.iter().any(|l| lower.starts_with(l)) && has_digit)
        || (has_month && has_digit && !ends_sentence(s) && !prose)
        || iso
}

/// Position markers and scene phrases of captions, with "(L)" and "(C)" (positions; "(R)"
/// alone is a US party label, and beside them it adds nothing), matched in lowercase.
const CAPTION_MARKERS: [&str; 25] = [
    "(center)",
    "(centre)",
    "(left)",
    "(right)",
    "(front)",
    "(back)",
    "second from left",
    "second from right",
    "from left",
    "left to right",
    "pictured",
    "file photo",
    "in this photo",
    "in this image",
    "this photo",
    "in this file",
    "in this handout",
    "photo illustration",
    "poses with",
    "pose with",
    "poses for",
    "pose for",
    "looks on",
    "(l)",
    "(c)",
];

/// An automaton over [`CAPTION_MARKERS`].
fn caption_markers() -> &'static aho_corasick::AhoCorasick {
    static AC: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
    AC.get_or_init(|| aho_corasick::AhoCorasick::new(CAPTION_MARKERS).expect("caption markers build"))
}

/// Caption phrasing: present-tense scene description, position markers, "pictured".
/// A lone "(R)" is a US party label ("Gov. Pat McCrory (R)"), not a position, and "is seen
/// as" is a judgement, not a scene, so neither counts.
fn caption_phrasing(s: &str) -> bool {
    let lower = s.to_lowercase();
    // every marker in one pass over the line
    if caption_markers().is_match(&lower) {
        return true;
    }
    // "is seen leaving …", but not "is seen as …" or "is seen by …"
    ["is seen ", "are seen "].iter().any(|m| {
        lower.match_indices(m).any(|(k, _)| {
            let next = lower[k + m.len()..].split_whitespace().next().unwrap_or("");
            !matches!(next, "as" | "by" | "to")
        })
    })
}

/// A caption under a media label ([`hearsay_lex::furniture::CAPTION_LABELS`]): "Image: Jose
/// Mourinho has agreed …", "Video: In this talk …", and a label ending in "caption" before the
/// caption, even glued to it ("Image caption Scooter Braun …", "Media captionWho is …").
fn labelled_caption(s: &str) -> bool {
    hearsay_lex::furniture::CAPTION_LABELS.words().iter().any(|l| {
        let Some(rest) = s.get(..l.len()).filter(|h| h.eq_ignore_ascii_case(l)).map(|_| &s[l.len()..]) else {
            return false;
        };
        let words = rest.split_whitespace().take(3).count();
        let after_colon = rest.strip_prefix(':').is_some_and(|r| r.starts_with(' ')) && words >= 3;
        let after_caption =
            l.ends_with(" caption") && rest.starts_with(|c: char| c == ' ' || c.is_uppercase()) && words >= 2;
        after_colon || after_caption
    })
}

/// Splits a leading dateline off a body paragraph: "WASHINGTON (Reuters) - ", "BUNBURY,
/// Australia, Oct. 16 (UPI) -- ".
fn dateline_prefix(s: &str) -> Option<usize> {
    // up to 6 words of capitals (place), optional "(Agency)", then a dash
    let dash = s.char_indices().take_while(|(i, _)| *i < 80).find(|(_, c)| matches!(c, '—' | '–' | '-'))?;
    let head = &s[..dash.0];
    let words: Vec<&str> = head.split_whitespace().collect();
    if words.is_empty() || words.len() > 7 {
        return None;
    }
    // the place starts in capitals ("WASHINGTON", "NEW YORK"); then optional capitalised
    // words ("Maine", "Calif.") and an agency in brackets ("(AP)", "(Reuters)")
    let all_caps = |w: &str| {
        let letters: String = w.chars().filter(|c| c.is_alphabetic()).collect();
        letters.chars().count() >= 2 && letters.chars().all(|c| c.is_uppercase())
    };
    let lead = words.iter().take_while(|w| all_caps(w)).count();
    // the dash may be doubled ("--")
    let dash_end = dash.0 + s[dash.0..].len() - s[dash.0..].trim_start_matches(['—', '–', '-']).len();
    let after = &s[dash_end..];
    // before a dash that stands apart, a date may follow the place ("BUNBURY, Australia,
    // Oct. 16 (UPI) --"); a hyphen inside a word ("PAYING 13-YEAR-OLDS") allows no number
    let apart = head.ends_with(char::is_whitespace) && after.starts_with(char::is_whitespace);
    let rest_ok = words[lead..].iter().all(|w| {
        w.starts_with('(')
            || w.ends_with(')')
            || w.chars().next().is_some_and(|c| c.is_uppercase() || (apart && c.is_ascii_digit()))
    });
    let place_caps = lead >= 1 && rest_ok;
    let next_ok = after.starts_with(' ') || after.starts_with(char::is_uppercase);
    if place_caps && next_ok {
        Some(dash_end)
    } else {
        None
    }
}

/// Classifies every line of a plain text into segments (offsets are byte offsets into
/// `text`); when the text is a whole page, the lines around the article become debris
/// ([`article`]).
/// Without a loadable block model the line rules alone decide (`Pipeline::new()` refuses a
/// bad model before any text is read).
pub fn segment(text: &str) -> Vec<Segment> {
    segment_with(text, block_model::shipped().ok())
}

/// [`segment`] with a given block model (training and cross-validation).
pub fn segment_with_model(text: &str, model: &block_model::BlockModel) -> Vec<Segment> {
    segment_with(text, Some(model))
}

/// Classifies every line of `text` by the line rules alone (text that is only the article,
/// such as HTML ingest's extracted content).
pub fn segment_lines(text: &str) -> Vec<Segment> {
    segment_with(text, None)
}

/// The rules' first two passes: debris, credits, captions (and where a caption line's
/// credit starts), bylines, datelines; `None` for the rest.
fn rule_kinds(text: &str, units: &[Line]) -> (Vec<Option<SegmentKind>>, Vec<Option<usize>>) {
    let n = units.len();
    let mut kinds: Vec<Option<SegmentKind>> = vec![None; n];
    let mut credit_at: Vec<Option<usize>> = vec![None; n];
    for (i, u) in units.iter().enumerate() {
        let s = u.span.text(text);
        if is_debris(s) {
            kinds[i] = Some(SegmentKind::Debris);
        } else if is_credit(s) {
            kinds[i] = Some(SegmentKind::Credit);
        } else if let Some(cut) = split_credit(s) {
            kinds[i] = Some(SegmentKind::Caption);
            credit_at[i] = Some(cut);
        } else if is_byline(s) {
            kinds[i] = Some(SegmentKind::Byline);
        } else if is_dateline(s) {
            kinds[i] = Some(SegmentKind::Dateline);
        }
    }
    // a line right before a credit-only line is its caption, when it reads like one
    for i in 0..n {
        if kinds[i].is_none() {
            let s = units[i].span.text(text);
            let next_credit = units.get(i + 1).is_some() && kinds[i + 1] == Some(SegmentKind::Credit)
                || units.get(i + 1).is_some_and(|u| is_caption_toggle(u.span.text(text)));
            let words = words::Words::of(s).take(61).count();
            // the picture a gallery counter ("Image 2 of 5") stands over is captioned here
            let after_counter = i > 0 && scene::gallery_counter(units[i - 1].span.text(text)) && words >= 3;
            if ((next_credit || after_counter) && words <= 60)
                || (words <= 50 && (caption_phrasing(s) || labelled_caption(s)))
            {
                kinds[i] = Some(SegmentKind::Caption);
            }
        }
    }
    (kinds, credit_at)
}

/// Every line of `text` with the rules' reading of it (as the block model is trained on).
pub fn line_rules(text: &str) -> (Vec<Line>, Vec<block_features::Rule>) {
    let units = lines(text);
    let (kinds, _) = rule_kinds(text, &units);
    (units, article::rules(&kinds))
}

fn segment_with(text: &str, model: Option<&block_model::BlockModel>) -> Vec<Segment> {
    let units = lines(text);
    let n = units.len();
    let (mut kinds, credit_at) = rule_kinds(text, &units);
    if let Some(model) = model {
        let texts: Vec<&str> = units.iter().map(|u| u.span.text(text)).collect();
        article::mark_outside(model, &texts, &mut kinds);
    }
    // title: the first unclassified line, when it is headline-shaped
    let first = (0..n).find(|&i| kinds[i].is_none());
    let mut body_from = first;
    if let Some(f) = first {
        let s = units[f].span.text(text);
        let has_more_prose = (f + 1..n).any(|j| kinds[j].is_none());
        if has_more_prose && word_count(s) <= 30 && !s.starts_with(['“', '"']) {
            kinds[f] = Some(SegmentKind::Title);
            body_from = (f + 1..n).find(|&j| kinds[j].is_none());
            // standfirst: a short line right under the headline, before bylines/body
            if let Some(g) = body_from {
                let sg = units[g].span.text(text);
                let later_body = (g + 1..n).find(|&j| kinds[j].is_none());
                let longer_after = later_body.is_some_and(|j| word_count(units[j].span.text(text)) > word_count(sg));
                let between_ok = (f + 1..g).all(|j| {
                    matches!(
                        kinds[j],
                        Some(SegmentKind::Debris) | Some(SegmentKind::Byline) | Some(SegmentKind::Dateline)
                    )
                });
                if between_ok
                    && later_body.is_some()
                    && word_count(sg) <= 35
                    && longer_after
                    && !sg.contains(['“', '"'])
                    && dateline_prefix(sg).is_none()
                {
                    kinds[g] = Some(SegmentKind::Standfirst);
                }
            }
        }
    }
    let _ = body_from;
    let mut out = Vec::with_capacity(n + 4);
    for (i, u) in units.iter().enumerate() {
        let kind = kinds[i].unwrap_or(SegmentKind::Body);
        if let Some(cut) = credit_at[i] {
            let s = u.span.text(text);
            let cap = Span::new(u.span.start, u.span.start + cut).trim(text);
            let cred_start = u.span.start + cut + (s[cut..].len() - s[cut..].trim_start().len());
            out.push(Segment { kind: SegmentKind::Caption, span: cap });
            out.push(Segment { kind: SegmentKind::Credit, span: Span::new(cred_start, u.span.end) });
            continue;
        }
        if kind == SegmentKind::Body {
            if let Some(p) = dateline_prefix(u.span.text(text)) {
                let d = Span::new(u.span.start, u.span.start + p).trim(text);
                let rest = Span::new(u.span.start + p, u.span.end).trim(text);
                if !rest.is_empty() {
                    out.push(Segment { kind: SegmentKind::Dateline, span: d });
                    out.push(Segment { kind: SegmentKind::Body, span: rest });
                    continue;
                }
            }
        }
        out.push(Segment { kind, span: u.span });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(t: &str) -> Vec<(&'static str, String)> {
        segment(t).iter().map(|s| (s.kind.as_str(), s.span.text(t).to_string())).collect()
    }

    #[test]
    fn headline_standfirst_body_caption_credit_debris() {
        let t = "Share\nclose\n\nMayor vows to rebuild the old bridge\n\nCity money is on the way.\n\nThe mayor said on Tuesday that the bridge, closed since the flood, will be rebuilt by spring, and that the city council had approved the funds.\n\nWorkers inspect the damaged bridge in March 2024. Jane Roe/Reuters\n\nAdvertisement\n\n“We will not wait,” she said.";
        let k = kinds(t);
        assert_eq!(k[0], ("debris", "Share".into()));
        assert_eq!(k[1], ("debris", "close".into()));
        assert_eq!(k[2], ("title", "Mayor vows to rebuild the old bridge".into()));
        assert_eq!(k[3], ("standfirst", "City money is on the way.".into()));
        assert_eq!(k[4].0, "body");
        assert_eq!(k[5], ("caption", "Workers inspect the damaged bridge in March 2024.".into()));
        assert_eq!(k[6], ("credit", "Jane Roe/Reuters".into()));
        assert_eq!(k[7], ("debris", "Advertisement".into()));
        assert_eq!(k[8], ("body", "“We will not wait,” she said.".into()));
    }

    #[test]
    fn caption_with_quote_and_credit_line_and_byline() {
        let t = "Storm hits coast\n\nBy Ann Lee and Bo Park\n\nUpdated 3:45 PM ET, Mon November 4, 2024\n\nMIAMI (AP) — The storm came ashore overnight, officials said, and thousands lost power across the region.\n\nA sign reading “Stay safe” hangs on a shop front in Miami, Florida.\n(Getty Images)\n\nMore rain is expected.";
        let k = kinds(t);
        assert_eq!(k[0].0, "title");
        assert_eq!(k[1].0, "byline");
        assert_eq!(k[2].0, "dateline");
        assert_eq!(k[3], ("dateline", "MIAMI (AP) —".into()));
        assert_eq!(k[4].0, "body");
        assert_eq!(k[5].0, "caption");
        assert_eq!(k[6], ("credit", "(Getty Images)".into()));
        assert_eq!(k[7].0, "body");
    }

    #[test]
    fn a_dated_dateline_with_a_double_dash_is_split_off() {
        let t = "Spider found under skin\n\nBUNBURY, Australia, Oct. 16 (UPI) -- A West Australian man who felt a pain in his side said doctors found a spider.\n\nHe is recovering.";
        let k = kinds(t);
        assert_eq!(k[1], ("dateline", "BUNBURY, Australia, Oct. 16 (UPI) --".into()));
        assert_eq!(k[2].0, "body");
        assert!(k[2].1.starts_with("A West Australian man"));
        // a sentence that opens with a number, or a headline with a hyphenated number, is no dateline
        for t in [
            "Vote count\n\nIn 2016 - the year of the vote - turnout rose, officials said.\n\nMore later.",
            "Morning email\n\nUN: PEACEKEEPERS PAYING 13-YEAR-OLDS FOR SEX, a report says.\n\nMore later.",
        ] {
            assert!(kinds(t).iter().all(|(kind, _)| *kind != "dateline"), "{t}");
        }
    }

    #[test]
    fn party_labels_judgements_and_dates_in_sentences_stay_body() {
        let t = "Council backs plan\n\nThe plan passed on a close vote after a long debate in the chamber.\n\nGov. Ann Roe (R) praised the vote, and Sen. Bo Park (D) called it a start.\n\n“People want change, and he is seen as the one to bring it,” said Ray Cole.\n\nOn March 3, 2024, Roe made the following comment:\n\nTom Lee (L) and Ann Roe (R) arrive at the hall.\n\nThe mayor is seen leaving the hall on Monday.";
        let k = kinds(t);
        assert_eq!(k[2].0, "body", "{:?}", k[2]);
        assert_eq!(k[3].0, "body", "{:?}", k[3]);
        assert_eq!(k[4].0, "body", "{:?}", k[4]);
        assert_eq!(k[5].0, "caption", "{:?}", k[5]);
        assert_eq!(k[6].0, "caption", "{:?}", k[6]);
        // a caption under a media label, even glued to it
        assert!(labelled_caption("Image caption Scooter Braun has managed Justin Bieber"));
        assert!(labelled_caption("Media captionWho is Julian Assange?"));
        assert!(labelled_caption("Video: In this talk presented at a conference, a professor explains"));
        assert!(!labelled_caption("Video: Reuters"));
        assert!(!labelled_caption("Imagery from the satellite shows the fires."));
        assert!(!labelled_caption("Caption contests are popular with readers, she said."));
        // a caption right before the button that hides it; the button is debris
        let t = "Storm hits coast\n\nThe storm came ashore overnight, officials said, and thousands lost power.\n\nA man wades through a flooded street in Miami on Monday.\nhide caption\n\nMore rain is expected.";
        let k = kinds(t);
        assert_eq!(k[2], ("caption", "A man wades through a flooded street in Miami on Monday.".into()), "{k:?}");
        assert_eq!(k[3], ("debris", "hide caption".into()));
        assert_eq!(k[4].0, "body");
        // a bare dateline is still one
        assert!(is_dateline("Updated 3:45 PM ET, Mon November 4, 2024"));
        assert!(is_dateline("November 4, 2024"));
    }

    #[test]
    fn a_whole_page_keeps_only_its_article_as_body() {
        let menu = "Home\nWorld\nPolitics\nBusiness\nSport\nCulture\nOpinion\nVideo\nSign in\nSubscribe\n";
        let article = "Mayor vows to rebuild the old bridge\nBy Ann Lee\nNovember 4, 2024\n\
            The mayor said on Tuesday that the bridge, closed since the flood, will be rebuilt by spring, and that the council had approved the money.\n\
            Engineers who inspected the span last month found that two of its piers had been undermined by the high water, according to a city report.\n\
            “We will not wait for another flood to show us what we already know,” the mayor told reporters outside City Hall on Tuesday afternoon.\n\
            Work is expected to begin in January, and the road will stay closed to traffic until the new deck is in place, officials said.\n";
        let side = "Most read\nSenator says new tariffs will hurt farmers\nPolice say fire was set on purpose\nTeam fires coach after losing streak\n\
            Sign up for our newsletter\nPrivacy policy\nTerms of use\n© 2024 Example News\n";
        let t = format!("{menu}{article}{side}");
        let k = kinds(&t);
        let body: Vec<&str> = k.iter().filter(|x| x.0 == "body").map(|x| x.1.as_str()).collect();
        assert_eq!(body.len(), 4, "{k:?}");
        assert!(body[0].starts_with("The mayor said") && body[3].starts_with("Work is expected"), "{k:?}");
        for line in ["Home", "Senator says new tariffs will hurt farmers", "Police say fire was set on purpose"] {
            assert!(k.iter().any(|x| x.0 == "debris" && x.1 == line), "{line}: {k:?}");
        }
        // byte for byte: every segment is a span of the input
        assert!(segment(&t).iter().all(|s| s.span.end <= t.len()));
    }

    #[test]
    fn offsets_cover_input_bytes_exactly() {
        let t = "Título\r\n\r\nCafé owners said prices rose — a lot.\r\n";
        for s in segment(t) {
            assert!(t.is_char_boundary(s.span.start) && t.is_char_boundary(s.span.end));
            assert_eq!(s.span.text(t), s.span.text(t).trim());
        }
    }
}
