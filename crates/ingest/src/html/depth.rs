//! Nesting guard: a cheap tag scan that flattens pathologically deep HTML before parsing.
//!
//! Tree building and the tree walks of main-content extraction cost time proportional to
//! the depth of the open-element stack, and the parser's "reconstruct the active formatting
//! elements" step copies every open formatting element (`<b>`, `<a>`, `<font>` …) into
//! each new block. HTML nested 100,000 levels deep, or thousands of unclosed formatting
//! tags, would therefore take quadratic time or memory. [`flatten`] scans the tags once
//! (linear, no allocation when nothing is too deep) and drops the *tags* (never the text)
//! that would open an element deeper than [`MAX_DEPTH`] or a formatting element beyond
//! [`MAX_FORMATTING`], together with their matching end tags. Such input then still
//! gives a result: its text, with the structure kept down to those depths.

use std::borrow::Cow;

/// Deepest element nesting kept; tags that would nest deeper are dropped.
pub const MAX_DEPTH: usize = 256;
/// Most formatting elements (`a`, `b`, `i`, `font`, …) kept open at once.
pub const MAX_FORMATTING: usize = 24;

/// Elements that never have content (no end tag).
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source",
    "track", "wbr", "basefont", "bgsound", "frame", "image",
];
/// Elements that the parser ignores outside tables or closes when a sibling opens, so
/// that they cannot nest without a counted element in between.
const UNCOUNTED: &[&str] = &["p", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "html", "head", "body"];
/// Formatting elements, which the parser reopens in every new block while unclosed.
const FORMATTING: &[&str] =
    &["a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"];
/// Elements whose content is raw text: no tags inside until their end tag.
const RAW_TEXT: &[&str] =
    &["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext", "noscript"];

/// A tag found by the scanner.
struct Tag {
    /// Byte range of the whole tag, `<` to `>` inclusive.
    start: usize,
    end: usize,
    /// Lower-cased name.
    name: String,
    closing: bool,
    self_closing: bool,
}

/// Finds the end of a tag starting at `i` (the `<`): the index after its `>`, skipping
/// quoted attribute values.
fn tag_end(b: &[u8], i: usize) -> usize {
    let mut j = i + 1;
    let (mut quote, mut last) = (0u8, 0u8);
    while j < b.len() {
        let c = b[j];
        if quote != 0 {
            if c == quote {
                quote = 0;
                last = c;
            }
        } else if (c == b'"' || c == b'\'') && last == b'=' {
            // quotes only open an attribute value
            quote = c;
        } else if c == b'>' {
            return j + 1;
        } else if !c.is_ascii_whitespace() {
            last = c;
        }
        j += 1;
    }
    b.len()
}

/// Scans `html` and calls `f` for every start or end tag, in order.
fn scan(html: &str, mut f: impl FnMut(&Tag)) {
    let b = html.as_bytes();
    let mut i = 0;
    while let Some(off) = memchr_lt(&b[i..]) {
        let lt = i + off;
        let rest = &b[lt + 1..];
        if rest.starts_with(b"!--") {
            i = find(b, lt + 4, b"-->").map_or(b.len(), |p| p + 3);
            continue;
        }
        let closing = rest.first() == Some(&b'/');
        let name_at = lt + 1 + usize::from(closing);
        if !b.get(name_at).is_some_and(u8::is_ascii_alphabetic) {
            i = lt + 1;
            continue;
        }
        let name_end = b[name_at..]
            .iter()
            .position(|c| c.is_ascii_whitespace() || *c == b'/' || *c == b'>')
            .map_or(b.len(), |p| name_at + p);
        let name = html[name_at..name_end].to_ascii_lowercase();
        let end = tag_end(b, lt);
        let self_closing = end >= 2 && b[end - 2] == b'/' && b[end - 1] == b'>';
        let tag = Tag { start: lt, end, name, closing, self_closing };
        f(&tag);
        i = end;
        if !tag.closing && RAW_TEXT.contains(&tag.name.as_str()) {
            // skip to the matching end tag
            let close = format!("</{}", tag.name);
            i = find_ci(b, i, close.as_bytes()).unwrap_or(b.len());
        }
    }
}

fn memchr_lt(b: &[u8]) -> Option<usize> {
    b.iter().position(|&c| c == b'<')
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if from >= hay.len() {
        return None;
    }
    hay[from..].windows(needle.len()).position(|w| w == needle).map(|p| from + p)
}

fn find_ci(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if from >= hay.len() {
        return None;
    }
    hay[from..].windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle)).map(|p| from + p)
}

/// Where an opening `name` closes an open element of the same family: the stack index to
/// truncate to. The search stops at list containers and at the other family's items.
fn implied_close(stack: &[String], name: &str) -> Option<usize> {
    let family: &[&str] = match name {
        "li" => &["li"],
        "dd" | "dt" => &["dd", "dt"],
        "option" => &["option"],
        _ => return None,
    };
    let p = stack.iter().rposition(|n| {
        matches!(n.as_str(), "li" | "dd" | "dt" | "option" | "ul" | "ol" | "menu" | "dl" | "select" | "datalist" | "table")
    })?;
    family.contains(&stack[p].as_str()).then_some(p)
}

/// The tags to drop and the deepest nesting kept.
///
/// A simplified tree builder: counted elements go on a stack (an end tag pops up to the
/// matching open element, so unclosed `<li>`s inside a closed list do not accumulate);
/// formatting elements are counted apart (a new `<a>` closes an open one, as in HTML).
fn plan(html: &str) -> (Vec<(usize, usize)>, usize) {
    let mut drops: Vec<(usize, usize)> = Vec::new();
    let mut stack: Vec<String> = Vec::new();
    let (mut over, mut fmt, mut fmt_over, mut a_open, mut max) = (0usize, 0usize, 0usize, false, 0usize);
    scan(html, |t| {
        let name = t.name.as_str();
        if VOID.contains(&name) || UNCOUNTED.contains(&name) || (t.self_closing && !t.closing) {
            return;
        }
        if FORMATTING.contains(&name) {
            if t.closing {
                if fmt_over > 0 {
                    fmt_over -= 1;
                    drops.push((t.start, t.end));
                } else {
                    fmt = fmt.saturating_sub(1);
                }
                if name == "a" {
                    a_open = false;
                }
            } else if name == "a" && a_open {
                // the parser closes the open <a> first: the count does not grow
            } else if fmt >= MAX_FORMATTING {
                fmt_over += 1;
                drops.push((t.start, t.end));
            } else {
                fmt += 1;
                a_open |= name == "a";
            }
            return;
        }
        if t.closing {
            if over > 0 {
                over -= 1;
                drops.push((t.start, t.end));
            } else if let Some(p) = stack.iter().rposition(|n| n == name) {
                stack.truncate(p);
            }
        } else if let Some(p) = implied_close(&stack, name) {
            // <li>, <dd>, <dt>, <option> close an open sibling, as in the HTML tree builder
            stack.truncate(p);
            stack.push(t.name.clone());
        } else if stack.len() >= MAX_DEPTH {
            over += 1;
            drops.push((t.start, t.end));
        } else {
            stack.push(t.name.clone());
            max = max.max(stack.len());
        }
    });
    (drops, max)
}

/// Returns `html` unchanged when it nests no deeper than the limits, else a copy with the
/// tags beyond them removed (their text is kept).
pub fn flatten(html: &str) -> Cow<'_, str> {
    let (drops, _) = plan(html);
    if drops.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut at = 0;
    for (s, e) in drops {
        out.push_str(&html[at..s]);
        at = e;
    }
    out.push_str(&html[at..]);
    Cow::Owned(out)
}

/// The deepest nesting of counted (non-formatting) elements that [`flatten`] keeps.
pub fn max_depth(html: &str) -> usize {
    plan(html).1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shallow_html_is_borrowed() {
        let h = "<html><body><div><p>One<p>Two <b>bold</b><br><img src=x></div><!-- <div> --></body></html>";
        assert!(matches!(flatten(h), Cow::Borrowed(_)));
        assert_eq!(max_depth(h), 1);
    }

    #[test]
    fn deep_nesting_is_cut_at_the_limit_and_text_kept() {
        let n = MAX_DEPTH + 50;
        let h = format!("{}deep text{}", "<div>".repeat(n), "</div>".repeat(n));
        let f = flatten(&h);
        assert_eq!(max_depth(&f), MAX_DEPTH);
        assert!(f.contains("deep text"));
        assert_eq!(f.matches("</div>").count(), MAX_DEPTH);
    }

    #[test]
    fn unclosed_list_items_do_not_accumulate() {
        let list = format!("<ul>{}</ul>", "<li>item".repeat(400));
        let h = format!("<div>{}</div>", list.repeat(3));
        assert!(matches!(flatten(&h), Cow::Borrowed(_)));
        // but items nested in each other without an end tag do nest
        let nested = format!("{}x", "<li><dd>".repeat(MAX_DEPTH));
        assert!(matches!(flatten(&nested), Cow::Owned(_)));
    }

    #[test]
    fn unclosed_formatting_tags_are_capped() {
        let h = format!("{}<p>x", "<b class=a>".repeat(100));
        assert_eq!(flatten(&h).matches("<b").count(), MAX_FORMATTING);
    }

    #[test]
    fn raw_text_and_quoted_brackets_are_not_tags() {
        let h = format!("<script>{}</script><div title='a > b'>t</div>", "<div>".repeat(1000));
        assert_eq!(max_depth(&h), 1);
        assert!(matches!(flatten(&h), Cow::Borrowed(_)));
    }
}
