//! Finding the article inside the whole visible text of a page (menus, sidebars, "most
//! read" headlines, newsletter prompts, comments around it), byte for byte: lines are only
//! re-labelled, never removed.
//!
//! The block model ([`super::block_model`]) gives each line a margin; the contiguity step
//! takes the article to be one run of lines before any reader's comment header (or comment
//! opener under a long stretch of body: "[ 167 comments ]"), the run
//! with the largest sum of margins (each
//! clamped, tighter below zero than above, and weighted by the line's length to the power
//! 1.2, so a long paragraph the model doubts does not split the article, nor does a list of
//! short lines inside it; Kadane's algorithm, linear). When the lines
//! outside that run are few ([`GATE_LINES`], [`GATE_WORDS`]) the text is an ordinary article
//! (when no line of a page scores above zero, the margins are first read against the page's
//! best paragraph, [`BEST_LINE`], rather than leaving every line body)
//! and nothing changes. Otherwise the headline is looked for just above the run; a line of
//! the article that the caption model scores above [`CAPTION`], or that reads as a photo
//! caption ([`super::scene`]: "Jane Roe speaks at …"), becomes a `caption`; every other
//! line before the headline, after the run, or inside the run and scored clearly below
//! zero becomes `debris`.

use super::block_features::{Page, Rule};
use super::block_model::BlockModel;
use hearsay_core::SegmentKind;
use hearsay_lex::stop::CORPUS as STOPWORDS;

/// A line's positive margin is clamped to this before the run is chosen …
const CLAMP: f32 = 4.0;
/// … and its negative margin to minus this: a menu line the model is sure of counts no more
/// than one it doubts, so a list of short lines inside an article breaks the run less easily
/// (5-fold CV on the train part over four training seeds: F1 0.889 at 4, 0.893 at 2).
const NEG_CLAMP: f32 = 2.0;
/// The clamped margin is weighted by the line's length (1 + words) to this power (CV: F1
/// 0.882 at 0.5, 0.889 at 1.2, 0.890 at 1.4).
const LENGTH_POWER: f32 = 1.2;
/// Inside the run, a line scoring below minus this is debris …
const INNER_DEBRIS: f32 = 3.0;
/// … and a prose paragraph (of [`PROSE_WORDS`] words or more, ending a sentence) only below
/// minus this: a paragraph inside the article that the model doubts is far more often the
/// article's than a stray (5-fold CV on the train part: F1 0.9101 at 3, 0.9106 at 6, 0.9117
/// at 10, 0.9133 at 15, 0.9137 at 20, 0.9139 at 50; precision 0.9337 → 0.9340).
const INNER_PROSE_DEBRIS: f32 = 20.0;
/// A run that starts within this many lines under the page's first byline or dateline …
const ANCHOR_LINES: usize = 4;
/// … is the article, rather than the best run lower down, when its sum is at least this share
/// of the best run's and more than [`ANCHOR_GAP`] lines lie between them: the article opens
/// under its byline, and what outscores it far below is a footer of legal notices or a comment
/// thread (5-fold CV on the train part: one page of 126 moves, a fitness blog whose meal-plan
/// article loses to its disclaimer footer, P 0 → 1; the same from 0.01 to 0.4, none at 0.5).
const ANCHOR_SHARE: f32 = 0.3;
/// Fewest lines between the anchored run and the best run for the anchored one to win: a
/// paragraph the model doubts just under the lede does not cut the article's top off.
const ANCHOR_GAP: usize = 20;
/// Fewer unclassified lines than this outside the run (and its two lines above) …
const GATE_LINES: usize = 12;
/// … and fewer words than this in them: an ordinary article, left as the rules read it.
const GATE_WORDS: usize = 80;
/// Inside the article, a line whose caption margin is above this is a caption (chosen by
/// cross-validation on the train part: from 0 to 10 the same captions are caught, fewer
/// body lines lost towards 10).
const CAPTION: f32 = 5.0;
/// A run whose lines read as body hold fewer words than this is no article either: the margins
/// are read against the page's best paragraph, as where no line scores above zero (5-fold CV
/// on the train part: F1 0.9176 → 0.9190, the same from 20 to 200 words; one page, a game
/// blog whose run was one sentence of its 202-word article, R 0.03 → 0.38 at P 1.0).
const TINY_WORDS: usize = 40;
/// Where no line of a whole page scores above zero, the margins are shifted so that the page's
/// best paragraph scores this (5-fold CV on the train part, mean over four sets of training
/// seeds: F1 0.9048 without the shift, 0.9072 at 4, 0.9079 at 10, 0.9083 at 20, 0.9072 at 30;
/// two of 126 pages have no positive line, and kept every line as body) …
const BEST_LINE: f32 = 10.0;

/// … the best among the lines of [`PROSE_WORDS`] words or of this many bytes (a paragraph of a
/// script written without spaces between words, where a line counts one or two words).
const PARAGRAPH_BYTES: usize = 100;

/// How many lines above the run the headline is looked for.
const HEAD_WINDOW: usize = 6;
/// Fewest words of a prose line (ending a sentence) that may open a text without page chrome …
const PROSE_WORDS: usize = 15;
/// … and most words of the one subheading that may stand among such lines above the run.
const HEADING_WORDS: usize = 12;

/// What line with body margin `m` and `words` words adds to the run it is in.
pub fn run_score(m: f32, words: usize) -> f32 {
    m.clamp(-NEG_CLAMP, CLAMP) * ((1 + words) as f32).powf(LENGTH_POWER)
}

/// The run `(first, last)` of `scores` with the largest sum (Kadane), if any is positive.
pub fn main_run(scores: &[f32]) -> Option<(usize, usize)> {
    let (mut best, mut best_at) = (0.0f32, None);
    let (mut sum, mut from) = (0.0f32, 0);
    for (i, &s) in scores.iter().enumerate() {
        if sum <= 0.0 {
            sum = 0.0;
            from = i;
        }
        sum += s;
        if sum > best {
            best = sum;
            best_at = Some((from, i));
        }
    }
    best_at
}

/// The run that starts within [`ANCHOR_LINES`] lines under the first byline or dateline of
/// `kinds` and ends above `best` (the run with the largest sum), when its sum is at least
/// [`ANCHOR_SHARE`] of `best`'s and more than [`ANCHOR_GAP`] lines above it: the article under
/// its byline, where a footer or a comment thread far below it outscores it. At most
/// [`ANCHOR_LINES`] passes over `scores`.
pub fn anchored_run(scores: &[f32], kinds: &[Option<SegmentKind>], best: (usize, usize)) -> Option<(usize, usize)> {
    let (a, b) = best;
    let total: f32 = scores.get(a..=b)?.iter().sum();
    let marker = kinds.iter().position(|k| matches!(k, Some(SegmentKind::Byline | SegmentKind::Dateline)))?;
    let mut alt: Option<(f32, usize, usize)> = None;
    for from in marker + 1..(marker + 1 + ANCHOR_LINES).min(a) {
        let mut sum = 0.0f32;
        for (to, x) in scores.iter().enumerate().take(a).skip(from) {
            sum += x;
            if alt.is_none_or(|(s, _, _)| sum > s) {
                alt = Some((sum, from, to));
            }
        }
    }
    alt.filter(|&(s, _, to)| s > 0.0 && s >= ANCHOR_SHARE * total && a - to > ANCHOR_GAP)
        .map(|(_, from, to)| (from, to))
}

/// Where the article's run `(a, b)` opens: under the first byline of `kinds` inside it when a
/// line above that byline that the rules leave reads as body (margin `m` above zero) and one
/// below it does too — the lines above are teasers the run took in ("… layoffs to begin today",
/// "With shattered dreams, deportees return home NEW DELHI: …"), not the article, which opens
/// under its byline; else `a`. 5-fold CV on the train part: two pages of 126 have a byline
/// inside the run under body-reading lines, and 10 of those 11 lines are not the article's.
pub fn byline_start((a, b): (usize, usize), kinds: &[Option<SegmentKind>], m: &[f32]) -> usize {
    let n = kinds.len().min(m.len());
    let b = b.min(n.saturating_sub(1));
    let Some(k) = (a..=b).find(|&i| i < n && kinds[i] == Some(SegmentKind::Byline)) else { return a };
    let body = |i: usize| kinds[i].is_none() && m[i] > 0.0;
    if k > a && (a..k).any(body) && (k + 1..=b).any(body) {
        k + 1
    } else {
        a
    }
}

/// Whether a line inside the article's run, with body margin `m` and `words` words, is debris:
/// below minus [`INNER_DEBRIS`], or below minus [`INNER_PROSE_DEBRIS`] for a prose paragraph.
pub fn debris_inside(m: f32, words: usize, line: &str) -> bool {
    let prose = words >= PROSE_WORDS && super::ends_sentence(line);
    m < -(if prose { INNER_PROSE_DEBRIS } else { INNER_DEBRIS })
}

/// Whether the lines of run `(a, b)` that the rules leave (`kinds[i] == None`) and that read as
/// body (margin `m` above zero) hold fewer than [`TINY_WORDS`] words.
pub fn tiny_run((a, b): (usize, usize), kinds: &[Option<SegmentKind>], m: &[f32], words: &[usize]) -> bool {
    let n = kinds.len().min(m.len()).min(words.len());
    let body: usize =
        (a..=b).take_while(|&i| i < n).filter(|&i| kinds[i].is_none() && m[i] > 0.0).map(|i| words[i]).sum();
    body < TINY_WORDS
}

/// The header of a reader's comment: who, when, and "said:" ("Jane Roe on September 12, 2018
/// at 4:47 pm said:", "Jane Roe 12 May 2021 wrote:"): at most 20 words, with a clock time
/// or a month name in it.
pub fn comment_header(line: &str) -> bool {
    let t = line.trim_end();
    if !t.ends_with(':') || !["said:", "says:", "wrote:", "writes:", "commented:"].iter().any(|e| t.ends_with(e)) {
        return false;
    }
    let b = t.as_bytes();
    let clock = (1..b.len().saturating_sub(2))
        .any(|k| b[k] == b':' && b[k - 1].is_ascii_digit() && b[k + 1].is_ascii_digit() && b[k + 2].is_ascii_digit());
    let month = || {
        t.split(|c: char| !c.is_alphabetic()).any(|w| w.len() > 2 && hearsay_lex::calendar::is_month(&w.to_lowercase()))
    };
    t.split_whitespace().nth(20).is_none() && (clock || month())
}

/// A line that opens the readers' comments ([`hearsay_lex::furniture::COMMENT_OPENERS`]),
/// once brackets and a count are taken off: "[ 167 comments ]", "Comments (12)", "1 comment",
/// "Leave a Reply".
pub fn comment_opener(line: &str) -> bool {
    let t = line.trim().trim_matches(['[', ']', '(', ')', ' ', ':']);
    if t.len() > 40 {
        return false;
    }
    let lead = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let t = t[lead..].trim_start();
    let tail = t.trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '(' | ')' | ' '));
    let counted = lead > 0 || tail.len() < t.len();
    let w = tail.trim().to_lowercase();
    let list = &hearsay_lex::furniture::COMMENT_OPENERS;
    list.contains(&w) || counted && (list.contains(&format!("{w}s")) || w == "reply")
}

/// The signature under an embedded tweet: a dash, who, the handle in brackets, the date
/// ("— Jane Roe (@janeroe) November 18, 2019").
pub fn tweet_signature(line: &str) -> bool {
    let t = line.trim();
    let year = t.len() >= 4 && t.is_char_boundary(t.len() - 4) && t[t.len() - 4..].bytes().all(|b| b.is_ascii_digit());
    t.starts_with(['—', '–', '-']) && t.contains("(@") && t.len() < 160 && year
}

/// Whether the caption model's margin `cap` makes a line of the article a caption: above
/// [`CAPTION`], unless the line opens the story with a dateline ("CITY (Agency) — …"), or the
/// body model reads it as body (margin `m` above zero) and it opens with a quotation mark (a
/// pull quote, a quoted paragraph) or is written in capitals (a subheading): on the
/// out-of-fold reading of the train part the caption model took four such body lines, and no
/// figure caption (a caption of that shape the body model doubts stays one).
pub fn model_caption(cap: f32, m: f32, line: &str) -> bool {
    let t = line.trim_start();
    let quoted = t.starts_with(['“', '"', '‘', '\'']);
    let letters = t.chars().filter(|c| c.is_alphabetic()).take(200);
    let (mut n, mut upper) = (0usize, 0usize);
    for c in letters {
        n += 1;
        upper += c.is_uppercase() as usize;
    }
    let capitals = n >= 8 && upper == n;
    cap > CAPTION && super::dateline_prefix(line).is_none() && !(m > 0.0 && (quoted || capitals))
}

/// How far under the article's run the colon line of a dated list may stand ([`dated_list`]).
const LIST_REACH: usize = 2;
/// Fewest items of a dated list …
const LIST_MIN: usize = 3;
/// … and most (the scan's cap).
const LIST_MAX: usize = 300;
/// Fewest words of an item of a dated list (more than a date).
const LIST_ITEM_WORDS: usize = 5;

/// A dated list under the article's run, whose last line is `b`: a line ending in a colon
/// at `b` or within [`LIST_REACH`] lines under it ("The tour's dates:"), then [`LIST_MIN`] or
/// more lines in a row that the rules read as datelines and that say more than a date
/// ([`LIST_ITEM_WORDS`] words or more, a dash or a colon after the date: "June 9 -- Civic
/// Arena, Springfield"). Returns the colon line and the list's last line. On the out-of-fold
/// reading of the train part one page has one (30 tour dates, all in the gold body); the two
/// other runs of three datelines or more there are sidebar timestamps with no colon line.
pub fn dated_list(lines: &[&str], kinds: &[Option<SegmentKind>], b: usize) -> Option<(usize, usize)> {
    let n = lines.len().min(kinds.len());
    let colon = (b..(b + 1 + LIST_REACH).min(n)).find(|&i| kinds[i].is_none() && lines[i].trim_end().ends_with(':'))?;
    let item = |i: usize| {
        let t = lines[i];
        kinds[i] == Some(SegmentKind::Dateline)
            && t.split_whitespace().nth(LIST_ITEM_WORDS - 1).is_some()
            && [" -- ", " – ", " — ", " - ", ": "].iter().any(|d| t.contains(d))
    };
    let count = (colon + 1..n).take(LIST_MAX).take_while(|&i| item(i)).count();
    (count >= LIST_MIN).then_some((colon, colon + count))
}

/// The body margin a sidebar teaser ([`glued_teaser`]) gets at most: below the floor of a
/// prose paragraph inside the run ([`INNER_PROSE_DEBRIS`]), so it is debris wherever it stands.
const TEASER_MARGIN: f32 = -(INNER_PROSE_DEBRIS + 5.0);
/// Fewest words before and after the glue of a teaser.
const TEASER_WORDS: usize = 4;
/// Fewest letters or digits of the word before the glue ("Athlete" in "Student-AthleteA"):
/// "McPherson", "MacBook", "AirPods", "LeBron", "SciSpacE" are names, not glue.
const TEASER_STEM: usize = 4;
/// Fewest content words (not stopwords) before the glue, for its headline case to count.
const TEASER_CONTENT: usize = 3;
/// How far into a line (bytes) the glue is looked for: a teaser's headline comes first.
const TEASER_SCAN: usize = 300;

/// A sidebar teaser: another story's headline run into its summary without a space, as a
/// page's visible text gives a teaser card ("Police: 2 In Custody After Death Of U Student-AthleteA
/// 24-year-old woman …", "Is Violence In Sports On The Rise?Violence is part …"): within the
/// first [`TEASER_SCAN`] bytes, a word of [`TEASER_STEM`] letters or digits or more (no handle,
/// no hashtag) ending in a lower-case letter, a digit, a question or exclamation mark or a
/// closing quote, glued to a capital that opens a word ("A"/"I" alone, or before a lower-case
/// letter), with [`TEASER_WORDS`] words or more before it in headline case (four in five of
/// their content words capitalised) and [`TEASER_WORDS`] or more after it. On the out-of-fold
/// reading of the train part 57 of 61 such lines are outside the article (2 of the 4 others
/// already debris).
pub fn glued_teaser(line: &str) -> bool {
    let scan = &line[..line.floor_char_boundary(TEASER_SCAN)];
    let mut prev = ' ';
    let mut it = scan.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let next = it.peek().map_or(' ', |&(_, n)| n);
        let glue_before =
            prev.is_lowercase() || prev.is_ascii_digit() || matches!(prev, '?' | '!' | '’' | '”' | '"' | '\'');
        let opens = c.is_uppercase() && (next.is_lowercase() || matches!(c, 'A' | 'I') && next == ' ');
        prev = c;
        if !(glue_before && opens) {
            continue;
        }
        let (head, rest) = (&scan[..i], &line[i..]);
        let stem = head.rsplit(char::is_whitespace).next().unwrap_or("");
        let part = stem.rsplit('-').next().unwrap_or("");
        if stem.contains(['@', '#']) || part.chars().filter(|c| c.is_alphanumeric()).count() < TEASER_STEM {
            continue;
        }
        let words: Vec<&str> = head.split_whitespace().collect();
        if words.len() < TEASER_WORDS || rest.split_whitespace().nth(TEASER_WORDS - 1).is_none() {
            continue;
        }
        let content: Vec<&str> = words
            .iter()
            .copied()
            .filter(|w| w.starts_with(char::is_alphabetic) && !STOPWORDS.contains(&w.to_lowercase()))
            .collect();
        let capitalised = content.iter().filter(|w| w.starts_with(char::is_uppercase)).count();
        if content.len() >= TEASER_CONTENT && 5 * capitalised >= 4 * content.len() {
            return true;
        }
    }
    false
}

/// How many lines under the article's run (or under the last tweet taken in) an embedded
/// tweet's signature may stand for the run to reach it ([`through_tweets`]).
const TWEET_REACH: usize = 8;

/// The article run's last line `b`, moved down to an embedded tweet's signature ("— Jane Roe
/// (@janeroe) November 18, 2019") within [`TWEET_REACH`] lines under it, and on to the next
/// such signature, as long as one follows: the tweets that close an article are the
/// article's (5-fold CV on the train part: every one of the 16 signatures on the 126 pages
/// and 14 of the 15 lines right above one are in the gold body). At most `lines.len()` steps.
pub fn through_tweets(lines: &[&str], b: usize) -> usize {
    let mut b = b;
    while let Some(s) = (b + 1..lines.len().min(b + 1 + TWEET_REACH)).find(|&i| tweet_signature(lines[i])) {
        b = s;
    }
    b
}

/// Most words of a prompt to follow the outlet or its author ([`follow_prompt`]).
const FOLLOW_WORDS: usize = 40;

/// A prompt to follow the outlet or its author on a social network, under or inside an
/// article: "Follow us on Twitter and Facebook.", "Email Jane Roe at jroe@example.com or follow
/// her @janeroe.": "follow" opening the line or before an object pronoun ("us", "him", "her":
/// [`hearsay_lex::pron::RECIPIENTS`]),
/// and a network ([`hearsay_lex::furniture::SOCIAL_NETWORKS`]) or an @handle, in at most
/// [`FOLLOW_WORDS`] words.
pub fn follow_prompt(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().take(FOLLOW_WORDS + 1).collect();
    if words.len() > FOLLOW_WORDS {
        return false;
    }
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    let follow = (0..words.len()).any(|k| {
        bare(words[k]) == "follow"
            && (k == 0 || words.get(k + 1).is_some_and(|n| hearsay_lex::pron::RECIPIENTS.contains(&bare(n))))
    });
    follow
        && words
            .iter()
            .any(|w| w.starts_with('@') && w.len() > 2 || hearsay_lex::furniture::SOCIAL_NETWORKS.contains(&bare(w)))
}

/// How many lines above a tweet's signature its text may take.
const TWEET_LINES: usize = 3;

/// Fewest words of lines read as body above a comment opener for the article to end there.
const COMMENTS_AFTER_WORDS: usize = 100;

fn rule_of(k: Option<SegmentKind>) -> Rule {
    match k {
        Some(SegmentKind::Debris) => Rule::Debris,
        Some(SegmentKind::Credit) => Rule::Credit,
        Some(SegmentKind::Caption) => Rule::Caption,
        Some(SegmentKind::Byline) => Rule::Byline,
        Some(SegmentKind::Dateline) => Rule::Dateline,
        _ => Rule::None,
    }
}

/// The rules' reading of each line, as block features take it.
pub fn rules(kinds: &[Option<SegmentKind>]) -> Vec<Rule> {
    kinds.iter().map(|k| rule_of(*k)).collect()
}

/// How many lines at the top of a text stay article although the run starts below them
/// (`a`): all of them when the text opens with prose, not page chrome — a lede paragraph of
/// [`PROSE_WORDS`] words or more that ends a sentence, then only such paragraphs and at most
/// one subheading ("WHAT THE VIDEOS SHOWED") down to the run; else none. The model doubts a
/// page's first line, and the subheading is no headline.
pub fn prose_top(lines: &[&str], words: &[usize], free: &[bool], a: usize) -> usize {
    let a = a.min(lines.len()).min(words.len()).min(free.len());
    let prose = |i: usize| free[i] && words[i] >= PROSE_WORDS && super::ends_sentence(lines[i]);
    let heading = |i: usize| free[i] && words[i] <= HEADING_WORDS && !super::ends_sentence(lines[i]);
    let headings = (0..a).filter(|&i| heading(i)).count();
    if a > 0 && prose(0) && (0..a).all(|i| prose(i) || heading(i)) && headings <= 1 {
        a
    } else {
        0
    }
}

/// What each line adds to the run it is in ([`run_score`]), with the page's comment headers,
/// embedded tweets and comment openers taken into account.
fn run_scores(lines: &[&str], words: &[usize], m: &[f32]) -> Vec<f32> {
    let n = lines.len();
    let mut scores: Vec<f32> = m.iter().zip(words).map(|(x, w)| run_score(*x, *w)).collect();
    // readers' comments open under a header and follow the article: where a line before the
    // first header reads as body, the article lies before it
    if let Some(c) = lines.iter().position(|l| comment_header(l)) {
        if m[..c].iter().any(|&x| x > 0.0) {
            scores[c..].iter_mut().for_each(|s| *s = -CLAMP);
        }
    }
    // an embedded tweet (its text and the signature under it) does not break the article it
    // stands in: those lines count as nothing either way
    for c in (0..n).filter(|&i| tweet_signature(lines[i])) {
        scores[c.saturating_sub(TWEET_LINES)..=c].iter_mut().for_each(|s| *s = s.max(0.0));
    }
    // a comment opener ("[ 167 comments ]") under a long stretch read as body ends the
    // article there (one above the article, in a menu, has little or no body above it)
    let mut above = 0;
    if let Some(c) = (0..n).find(|&i| {
        let opens = above >= COMMENTS_AFTER_WORDS && comment_opener(lines[i]);
        if m[i] > 0.0 {
            above += words[i];
        }
        opens
    }) {
        scores[c..].iter_mut().for_each(|s| *s = s.min(-CLAMP));
    }
    scores
}

/// The article's run in a page of `lines` whose body margins are `m`: the run with the largest
/// sum ([`main_run`], [`anchored_run`]), the margins first read against the page's best
/// paragraph where no line reads as body or the run is tiny ([`BEST_LINE`]; `m` is shifted in
/// place). The margins of the lines `teasers` are held at [`TEASER_MARGIN`] at most.
fn find_run(
    lines: &[&str],
    words: &[usize],
    kinds: &[Option<SegmentKind>],
    m: &mut [f32],
    teasers: &[usize],
) -> Option<(usize, usize)> {
    let n = lines.len().min(words.len()).min(m.len()).min(kinds.len());
    let demote = |m: &mut [f32]| teasers.iter().filter(|&&i| i < n).for_each(|&i| m[i] = m[i].min(TEASER_MARGIN));
    demote(m);
    let mut scores = run_scores(lines, words, m);
    let mut found = main_run(&scores);
    let tiny = found.is_some_and(|r| tiny_run(r, kinds, m, words));
    if (found.is_none() || tiny) && n >= GATE_LINES {
        // no line of a whole page reads as body, or too few to be an article: the model doubts
        // this page's layout, not that it holds an article, so the margins are read against
        // the page's best paragraph (else every line of the page would stay body, or all but
        // a sentence be debris)
        let paragraph = |i: usize| words[i] >= PROSE_WORDS || lines[i].len() >= PARAGRAPH_BYTES;
        let best = (0..n).filter(|&i| kinds[i].is_none() && paragraph(i)).map(|i| m[i]).max_by(f32::total_cmp);
        if let Some(best) = best {
            let shift = (BEST_LINE - best).max(0.0);
            m.iter_mut().for_each(|x| *x += shift);
            demote(m);
            scores = run_scores(lines, words, m);
            found = main_run(&scores);
        }
    }
    found.map(|best| anchored_run(&scores, kinds, best).unwrap_or(best))
}

/// Marks as debris (or caption) every still unclassified line (`kinds[i] == None`) of
/// `lines` that lies outside the article, when the text is a whole page.
pub fn mark_outside(model: &BlockModel, lines: &[&str], kinds: &mut [Option<SegmentKind>]) {
    let n = lines.len();
    if n == 0 {
        return;
    }
    let words: Vec<usize> = lines.iter().map(|l| super::words::Words::of(l).count()).collect();
    let rules = rules(kinds);
    let page = Page::new(lines, &rules);
    let feats = model.body_features(&page);
    let base = model.margins(&feats);
    let mut m = base.clone();
    let Some((a, b)) = find_run(lines, &words, kinds, &mut m, &[]) else { return };
    let unclassified: Vec<bool> = kinds.iter().map(Option::is_none).collect();
    let free = |i: usize| unclassified[i];
    let outside: Vec<usize> = (0..a.saturating_sub(2)).chain(b + 1..n).filter(|&i| free(i)).collect();
    let outside_words: usize = outside.iter().map(|&i| words[i]).sum();
    let inner_debris = (a..=b).any(|i| free(i) && debris_inside(m[i], words[i], lines[i]));
    if outside.len() < GATE_LINES && outside_words < GATE_WORDS && !inner_debris {
        return;
    }
    // a whole page: its sidebar teasers are debris, and the run is looked for again without
    // them (after the gate, so an ordinary article is left as the rules read it)
    let teasers: Vec<usize> = (0..n).filter(|&i| glued_teaser(lines[i])).collect();
    let (mut a, mut b) = (a, b);
    if !teasers.is_empty() {
        let mut again = base;
        if let Some(run) = find_run(lines, &words, kinds, &mut again, &teasers) {
            (a, b, m) = (run.0, run.1, again);
        }
    }
    let keep_top = prose_top(lines, &words, &unclassified, a);
    // a byline inside the run under lines that read as body: those lines are teasers of the
    // page's other stories (or of this one) that the run took in, and the article opens under
    // the byline (after the gate, so an ordinary article is left as the rules read it)
    let a = byline_start((a, b), kinds, &m);
    // embedded tweets just under the run's end are the article's too
    let b = through_tweets(lines, b);
    // a dated list under the article ("Tour dates:" then "June 9 -- Arena, City") is the
    // article's, though the rules read each of its lines as a dateline
    let list = dated_list(lines, kinds, b);
    if let Some((_, last)) = list {
        for k in kinds.iter_mut().take(last + 1).skip(b + 1) {
            if *k == Some(SegmentKind::Dateline) {
                *k = None;
            }
        }
    }
    let list_head = list.map(|(c, _)| c);
    let b = list.map_or(b, |(_, last)| last);
    // the headline: an unclassified line of 3 to 30 words just above the run, preferably
    // one right above a byline or dateline, else the longest
    let head_from = a.saturating_sub(HEAD_WINDOW).max(keep_top);
    let candidates: Vec<usize> = (head_from..a).filter(|&i| free(i) && (3..=30).contains(&words[i])).collect();
    let marked = |i: usize| matches!(kinds.get(i), Some(Some(SegmentKind::Byline | SegmentKind::Dateline)));
    let title = candidates
        .iter()
        .copied()
        .find(|&i| marked(i + 1) || marked(i + 2))
        .or_else(|| candidates.iter().copied().max_by_key(|&i| (words[i], std::cmp::Reverse(i))));
    let head = title.unwrap_or(a);
    let cap = model.caption_margins(&model.caption_features(&page));
    let mut standfirst_open = title.is_some();
    for i in 0..n {
        if !free(i) || i == head || i < keep_top {
            continue;
        }
        let debris = if i < head || i > b {
            true
        } else if i < a {
            // between the headline and the run: one standfirst may stand, the rest is debris
            let keep = standfirst_open && words[i] >= 5;
            standfirst_open = false;
            // a lede that opens with a dateline ("CITY (AP) — …") is the article's
            !keep && m[i] < 0.0 && super::dateline_prefix(lines[i]).is_none()
        } else {
            Some(i) != list_head && (debris_inside(m[i], words[i], lines[i]) || follow_prompt(lines[i]))
        };
        // the line right above an embedded tweet's signature inside the article is the tweet's
        // text: the article's, neither a caption nor debris
        if (a..b).contains(&i) && tweet_signature(lines[i + 1]) {
            continue;
        }
        if (head..=b).contains(&i) && (model_caption(cap[i], m[i], lines[i]) || super::scene::is_scene(lines[i])) {
            kinds[i] = Some(SegmentKind::Caption);
        } else if debris {
            kinds[i] = Some(SegmentKind::Debris);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_that_opens_with_prose_keeps_it_above_the_run() {
        let lede = "The county released two recordings on Friday that show deputies stopping a van on the highway north of town.";
        let body = "The first recording shows a deputy walking up to the van and asking the driver for his licence.";
        let lines = [lede, "WHAT THE RECORDINGS SHOWED", body, body];
        let words: Vec<usize> = lines.iter().map(|l| super::super::words::Words::of(l).count()).collect();
        let free = [true; 4];
        // the run starts at the subheading or under it: lede and subheading stay article
        assert_eq!(prose_top(&lines, &words, &free, 1), 1);
        assert_eq!(prose_top(&lines, &words, &free, 2), 2);
        // page chrome above the article: a menu, two subheadings, a line the rules read
        let menu = ["Home", "WHAT THE RECORDINGS SHOWED", body, body];
        assert_eq!(prose_top(&menu, &words, &free, 2), 0);
        let two = [lede, "Local news", "WHAT THE RECORDINGS SHOWED", body];
        let w2: Vec<usize> = two.iter().map(|l| super::super::words::Words::of(l).count()).collect();
        assert_eq!(prose_top(&two, &w2, &free, 3), 0);
        assert_eq!(prose_top(&lines, &words, &[false, true, true, true], 2), 0);
        // a short first line is no lede; out-of-range input is safe
        let short = ["Police release video.", body, body, body];
        let ws: Vec<usize> = short.iter().map(|l| super::super::words::Words::of(l).count()).collect();
        assert_eq!(prose_top(&short, &ws, &free, 1), 0);
        assert!(prose_top(&lines, &words, &free, 9) <= lines.len());
    }

    #[test]
    fn a_page_where_no_line_reads_as_body_still_loses_its_menus() {
        use super::super::block_model::TrainDoc;
        // a model that has only seen page chrome scores every line below zero
        let chrome = ["Home", "World", "Sports", "Sign in", "Most read", "Subscribe", "Privacy policy"];
        let doc = TrainDoc {
            lines: chrome.to_vec(),
            rules: vec![Rule::None; chrome.len()],
            body: vec![false; chrome.len()],
            caption: vec![false; chrome.len()],
        };
        let model = BlockModel::train(&[doc], 3);
        let prose = [
            "The mayor said on Tuesday that the bridge, closed since the flood last spring, will be rebuilt by the end of next year.",
            "Engineers who inspected the span last month found that two of its piers had been undermined by the high water.",
            "Work is expected to begin in January, and the road will stay closed to traffic until the new deck is in place.",
        ];
        let lines: Vec<&str> =
            chrome.iter().chain(chrome.iter()).chain(prose.iter()).chain(chrome.iter()).copied().collect();
        let rules = vec![Rule::None; lines.len()];
        let m = model.margins(&model.features(&lines, &rules));
        assert!(m.iter().all(|&x| x <= 0.0), "{m:?}");
        let mut kinds = vec![None; lines.len()];
        mark_outside(&model, &lines, &mut kinds);
        // the menus around the prose are debris, the prose is not
        assert!(kinds[..14].iter().chain(&kinds[17..]).all(|k| *k == Some(SegmentKind::Debris)), "{kinds:?}");
        assert!(kinds[14..17].iter().all(|k| *k != Some(SegmentKind::Debris)), "{kinds:?}");
    }

    #[test]
    fn the_run_with_the_largest_sum() {
        assert_eq!(main_run(&[-1.0, 2.0, -0.5, 3.0, -4.0, 1.0]), Some((1, 3)));
        assert_eq!(main_run(&[-1.0, -2.0]), None);
        assert_eq!(main_run(&[]), None);
    }

    #[test]
    fn a_doubted_paragraph_inside_the_article_stays() {
        let para = "The council voted on Tuesday to close the bridge for repairs until the end of next spring, officials said.";
        let w = super::super::words::Words::of(para).count();
        assert!(!debris_inside(-10.0, w, para));
        assert!(debris_inside(-25.0, w, para));
        // a short line or one that ends no sentence is debris as before
        assert!(debris_inside(-4.0, 3, "Most read stories"));
        assert!(debris_inside(-4.0, w, para.trim_end_matches('.')));
        assert!(!debris_inside(-2.0, 3, "Most read stories"));
    }

    #[test]
    fn the_run_under_the_byline_beats_a_footer_far_below() {
        let n = 3 + 1 + 25 + 3;
        let mut kinds = vec![None; n];
        kinds[0] = Some(SegmentKind::Byline);
        // the article's opening under the byline, a long list it holds, a legal footer
        let mut scores = vec![-5.0f32; n];
        scores[1..4].iter_mut().for_each(|s| *s = 10.0);
        scores[29..32].iter_mut().for_each(|s| *s = 30.0);
        let best = main_run(&scores).unwrap();
        assert_eq!(best, (29, 31));
        assert_eq!(anchored_run(&scores, &kinds, best), Some((1, 3)));
        // too weak against the best run, no byline, or the best run close below: no change
        let mut weak = scores.clone();
        weak[1..4].iter_mut().for_each(|s| *s = 2.0);
        assert_eq!(anchored_run(&weak, &kinds, best), None);
        assert_eq!(anchored_run(&scores, &[None; 32], best), None);
        let near: Vec<f32> = scores[..8].iter().chain(&scores[26..]).copied().collect();
        let near_best = main_run(&near).unwrap();
        assert_eq!(near_best, (11, 13));
        assert_eq!(anchored_run(&near, &kinds[..near.len()], near_best), None);
        // out-of-range input is safe
        assert_eq!(anchored_run(&scores, &kinds, (40, 50)), None);
    }

    #[test]
    fn a_run_of_one_sentence_is_no_article() {
        let kinds = [None, None, Some(SegmentKind::Byline), None];
        // one sentence of 12 words reads as body: too little
        assert!(tiny_run((0, 1), &kinds, &[5.0, -1.0, 0.0, 0.0], &[12, 30, 5, 50]));
        // two paragraphs do; a line the rules read, or one scored below zero, does not count
        assert!(!tiny_run((0, 3), &kinds, &[5.0, -1.0, 0.0, 3.0], &[12, 30, 5, 50]));
        assert!(tiny_run((0, 2), &kinds, &[5.0, -1.0, 9.0, 0.0], &[12, 30, 90, 50]));
        // out-of-range input is safe
        assert!(tiny_run((2, 9), &kinds, &[5.0], &[12]));
    }

    #[test]
    fn the_article_opens_under_a_byline_inside_its_run() {
        let by = Some(SegmentKind::Byline);
        // a teaser read as body, a headline, the byline, the article
        let kinds = [None, None, by, None, None];
        assert_eq!(byline_start((0, 4), &kinds, &[5.0, -1.0, -9.0, 8.0, 7.0]), 3);
        // nothing above the byline reads as body, or nothing below it: the run stays
        assert_eq!(byline_start((0, 4), &kinds, &[-5.0, -1.0, -9.0, 8.0, 7.0]), 0);
        assert_eq!(byline_start((0, 4), &kinds, &[5.0, -1.0, -9.0, -8.0, -7.0]), 0);
        // a byline at the run's top, or none: the run stays; out-of-range input is safe
        assert_eq!(byline_start((2, 4), &kinds, &[5.0, -1.0, -9.0, 8.0, 7.0]), 2);
        assert_eq!(byline_start((0, 4), &[None; 5], &[5.0; 5]), 0);
        assert_eq!(byline_start((3, 9), &kinds, &[5.0]), 3);
    }

    #[test]
    fn the_article_reaches_the_tweets_under_it() {
        let sig = "— Jane Roe (@janeroe) November 18, 2019";
        let lines = ["Body.", "Body.", "More on this below:", "Tweet text", sig, "Tweet text", sig, "Most read"];
        assert_eq!(through_tweets(&lines, 1), 6);
        // no signature within reach, or none at all: the run's end stays; safe at the end
        let far: Vec<&str> = ["Body."; 12].iter().copied().chain([sig]).collect();
        assert_eq!(through_tweets(&far, 1), 1);
        assert_eq!(through_tweets(&lines[..4], 1), 1);
        assert_eq!(through_tweets(&lines, 7), 7);
        assert_eq!(through_tweets(&lines, 40), 40);
    }

    #[test]
    fn glued_teasers() {
        assert!(glued_teaser(
            "Police: Two In Custody After Death Of College Student-AthleteA 24-year-old woman and a man were held."
        ));
        assert!(glued_teaser("Is Violence In Sports On The Rise?Violence is part of the game in many sports."));
        assert!(glued_teaser(
            "Mayor: Despicable Move For Health Benefits Won't StandWarren Mayor Jane Roe says it was wrong."
        ));
        // names written as one word, handles, a sentence, a bracketed dateline: no teaser
        assert!(!glued_teaser("Wichita East's Hugh McPherson won first place in the 100 yard freestyle."));
        assert!(!glued_teaser("Apple plans to release a new MacBook Pro with a scissor switch keyboard next year."));
        assert!(!glued_teaser("— Jane Roe (@JaneRoeOfficial) November 18, 2019 and more words here"));
        assert!(!glued_teaser("The mayor said the new budget would be voted on next TuesdayWith more words here."));
        assert!(!glued_teaser(""));
        assert!(!glued_teaser("ÉÉÉÉ ÉÉÉÉ ÉÉÉÉ ÉÉÉÉÉA b c d"));
    }

    #[test]
    fn model_captions_spare_ledes_pull_quotes_and_subheadings() {
        let caption = "Workers inspect the damaged bridge in March.";
        assert!(model_caption(9.0, 2.0, caption));
        assert!(!model_caption(4.0, 2.0, caption));
        // a lede under its dateline is the article's
        assert!(!model_caption(20.0, 2.0, "SPRINGFIELD (Wire) — The bridge closed on Tuesday after a flood."));
        // a quoted paragraph or a subheading the body model reads as body stays body …
        assert!(!model_caption(20.0, 3.0, "“We will rebuild the bridge by spring,” the mayor told reporters."));
        assert!(!model_caption(20.0, 3.0, "WHAT THE ENGINEERS FOUND"));
        // … and one the body model doubts is still a caption
        assert!(model_caption(20.0, -3.0, "“Not again”: a resident looks at the flooded road."));
        assert!(model_caption(20.0, 3.0, "NASA"));
    }

    #[test]
    fn a_dated_list_under_the_article_is_the_articles() {
        let d = Some(SegmentKind::Dateline);
        let lines = [
            "The band will play thirty shows next summer.",
            "The tour's dates:",
            "June 9 -- Civic Arena, Springfield",
            "June 12 -- Harbour Hall, Shelbyville",
            "June 15 -- Riverside Park, Ogdenville",
            "Most read",
        ];
        let kinds = [None, None, d, d, d, None];
        assert_eq!(dated_list(&lines, &kinds, 0), Some((1, 4)));
        // two items, no colon line, bare dates, or a colon line too far down: no list
        assert_eq!(dated_list(&lines[..4], &kinds[..4], 0), None);
        let bare = ["Body.", "Dates:", "June 9, 2020", "June 12, 2020", "June 15, 2020"];
        assert_eq!(dated_list(&bare, &kinds[..5], 0), None);
        let no_colon = ["Body.", "Dates", lines[2], lines[3], lines[4]];
        assert_eq!(dated_list(&no_colon, &kinds[..5], 0), None);
        let far = [None, None, None, None, d, d, d];
        let far_lines = ["Body.", "More.", "More.", "Dates:", lines[2], lines[3], lines[4]];
        assert_eq!(dated_list(&far_lines, &far, 0), None);
        // out-of-range input is safe
        assert_eq!(dated_list(&lines, &kinds, 40), None);
    }

    #[test]
    fn comment_headers() {
        assert!(comment_header("Jane Roe on March 3, 2020 at 4:47 pm said:"));
        assert!(comment_header("J. Roe (Example) 12 May 2021 wrote:"));
        assert!(!comment_header("The mayor said:"));
        assert!(!comment_header("In 2019, the council, which meets monthly, said:"));
    }

    #[test]
    fn follow_prompts() {
        assert!(follow_prompt("Follow us on Twitter, Facebook and Instagram."));
        assert!(follow_prompt("Email Jane Roe at jroe@example.com or follow her @janeroe."));
        assert!(follow_prompt("Follow the Example Times Opinion section on Facebook and Twitter (@ExampleOpinion)."));
        assert!(!follow_prompt("Investors follow the company closely, and its shares fell on Twitter news."));
        assert!(!follow_prompt("Follow the money, she said."));
        assert!(!follow_prompt(&format!("Follow us on Twitter {}", "and more ".repeat(30))));
    }

    #[test]
    fn tweet_signatures() {
        assert!(tweet_signature("— Jane Roe (@janeroe) November 18, 2019"));
        assert!(!tweet_signature("— Jane Roe, the mayor, in 2019"));
        assert!(!tweet_signature("Follow Jane Roe (@janeroe) on Twitter"));
    }

    #[test]
    fn comment_openers() {
        for s in [
            "[ 167 comments ]",
            "Comments (12)",
            "1 comment",
            "Leave a Reply",
            "View Comments",
            "COMMENTS:",
            "3 replies",
        ] {
            assert!(comment_opener(s), "{s}");
        }
        for s in ["Comment", "No comment", "The comments section", "Reply", "Comments are closed on this story today"] {
            assert!(!comment_opener(s), "{s}");
        }
    }
}
