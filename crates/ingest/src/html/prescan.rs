//! Pre-scan of the raw HTML: one linear pass over the tags, before the parser sees them.
//!
//! It does two things, both by cutting byte ranges out of the input:
//!
//! - **Scripts and styles** (`<script>`, `<style>` and their content) are dropped, except
//!   JSON-LD blocks, which carry metadata. They are never article text, and tokenizing
//!   them is a large share of parsing time on real pages.
//! - **Pathological nesting is flattened.** Tree building and the tree walks of
//!   main-content extraction cost time proportional to the depth of the open-element
//!   stack, and the parser's "reconstruct the active formatting elements" step copies
//!   every open formatting element (`<b>`, `<a>`, `<font>` …) into each new block. HTML
//!   nested 100,000 levels deep, or thousands of unclosed formatting tags, would take
//!   quadratic time or memory. The *tags* (never the text) that would open an element
//!   deeper than [`MAX_DEPTH`], or a formatting element beyond [`MAX_FORMATTING`], are
//!   dropped with their matching end tags. Such input still gives a result: its text,
//!   with the structure kept down to those depths.
//! - **Attributes beyond [`MAX_ATTRIBUTES`] in one tag are dropped.** The parser checks
//!   each new attribute against the tag's earlier ones, so a tag with 100,000 attributes
//!   would take quadratic time.

use memchr::{memchr, memmem};
use std::borrow::Cow;

/// Deepest element nesting kept; tags that would nest deeper are dropped.
pub const MAX_DEPTH: usize = 128;
/// Most tables and lists (`table`, `ul`, `ol`, `dl`, …) kept open at once. Main-content
/// scoring looks at every descendant of each table and list, so the content of deeply
/// nested ones would be visited once per level.
pub const MAX_CONTAINERS: usize = 8;
/// Most formatting elements (`a`, `b`, `i`, `font`, …) kept open at once.
pub const MAX_FORMATTING: usize = 24;

/// Most attributes kept in one tag; later ones are dropped.
pub const MAX_ATTRIBUTES: usize = 64;

/// Elements that never have content (no end tag).
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track",
    "wbr", "basefont", "bgsound", "frame", "image",
];
/// Elements that the parser ignores outside tables or closes when a sibling opens, so
/// that they cannot nest without a counted element in between.
const UNCOUNTED: &[&str] = &["p", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "html", "head", "body"];
/// Formatting elements, which the parser reopens in every new block while unclosed.
const FORMATTING: &[&str] =
    &["a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"];
/// Tables and lists, limited to [`MAX_CONTAINERS`] open at once.
const CONTAINERS: &[&str] = &["table", "ul", "ol", "dl", "menu", "select", "datalist"];
/// Elements whose content is raw text: no tags inside until their end tag.
const RAW_TEXT: &[&str] =
    &["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext", "noscript"];
/// Raw-text elements dropped with their content (JSON-LD scripts excepted).
const DROPPED: &[&str] = &["script", "style"];

/// A tag found by the scanner.
struct Tag<'a> {
    /// Byte range of the whole tag, `<` to `>` inclusive; for a raw-text element that is
    /// dropped, up to the end of its end tag.
    start: usize,
    end: usize,
    /// Lower-cased name.
    name: String,
    /// The tag's source text.
    src: &'a str,
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

/// Where the attribute after the first [`MAX_ATTRIBUTES`] starts in the start tag `src`,
/// and where the attributes end (before `/>` or `>`); `None` when there are no more.
fn excess_attributes(src: &str) -> Option<(usize, usize)> {
    let b = src.as_bytes();
    let end = if src.ends_with("/>") {
        b.len() - 2
    } else if src.ends_with('>') {
        b.len() - 1
    } else {
        b.len()
    };
    // past the tag name
    let mut j = 1 + b[1..end].iter().position(|c| c.is_ascii_whitespace() || *c == b'/').unwrap_or(end - 1);
    let mut count = 0;
    loop {
        while j < end && (b[j].is_ascii_whitespace() || b[j] == b'/') {
            j += 1;
        }
        if j >= end {
            return None;
        }
        if count == MAX_ATTRIBUTES {
            return Some((j, end));
        }
        count += 1;
        // the name, then an optional value, quoted or not
        while j < end && !b[j].is_ascii_whitespace() && b[j] != b'=' && b[j] != b'/' {
            j += 1;
        }
        while j < end && b[j].is_ascii_whitespace() {
            j += 1;
        }
        if j < end && b[j] == b'=' {
            j += 1;
            while j < end && b[j].is_ascii_whitespace() {
                j += 1;
            }
            if j < end && (b[j] == b'"' || b[j] == b'\'') {
                let q = b[j];
                j += 1 + b[j + 1..end].iter().position(|&c| c == q).map_or(end - j - 1, |p| p + 1);
            } else {
                while j < end && !b[j].is_ascii_whitespace() {
                    j += 1;
                }
            }
        }
    }
}

/// Start of the end tag `</name` (any case) at or after `from`.
fn find_end_tag(b: &[u8], from: usize, name: &str) -> Option<usize> {
    let mut i = from;
    while let Some(off) = memchr(b'<', b.get(i..)?) {
        let lt = i + off;
        let n = &b[lt + 1..];
        if n.first() == Some(&b'/') && n.len() > name.len() && n[1..=name.len()].eq_ignore_ascii_case(name.as_bytes()) {
            return Some(lt);
        }
        i = lt + 1;
    }
    None
}

/// Scans `html` and calls `f` for every start or end tag, in order.
fn scan<'a>(html: &'a str, mut f: impl FnMut(&Tag<'a>)) {
    let b = html.as_bytes();
    let mut i = 0;
    while let Some(off) = b.get(i..).and_then(|r| memchr(b'<', r)) {
        let lt = i + off;
        let rest = &b[lt + 1..];
        if rest.starts_with(b"!--") {
            i = memmem::find(&b[lt + 4..], b"-->").map_or(b.len(), |p| lt + 4 + p + 3);
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
        let mut end = tag_end(b, lt);
        let self_closing = end >= 2 && b[end - 2] == b'/' && b[end - 1] == b'>';
        let src = &html[lt..end];
        if !closing && RAW_TEXT.contains(&name.as_str()) {
            // skip the content to the matching end tag
            let close = find_end_tag(b, end, &name).unwrap_or(b.len());
            end = if DROPPED.contains(&name.as_str()) && close < b.len() { tag_end(b, close) } else { close };
        }
        f(&Tag { start: lt, end, name, src, closing, self_closing });
        i = end;
    }
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
        matches!(
            n.as_str(),
            "li" | "dd" | "dt" | "option" | "ul" | "ol" | "menu" | "dl" | "select" | "datalist" | "table"
        )
    })?;
    family.contains(&stack[p].as_str()).then_some(p)
}

/// The byte ranges to cut and the deepest nesting kept.
///
/// A simplified tree builder: counted elements go on a stack (an end tag pops up to the
/// matching open element, and `<li>` closes an open `<li>`, so unclosed list items do
/// not accumulate); formatting elements are counted apart (a new `<a>` closes an open
/// one, as in HTML).
fn plan(html: &str) -> (Vec<(usize, usize)>, usize) {
    let mut drops: Vec<(usize, usize)> = Vec::new();
    let mut stack: Vec<String> = Vec::new();
    // dropped start tags not yet matched by an end tag, per element name
    let mut over: Vec<(String, usize)> = Vec::new();
    let (mut fmt, mut fmt_over, mut a_open, mut max) = (0usize, 0usize, false, 0usize);
    scan(html, |t| {
        let name = t.name.as_str();
        // a tag is at least two bytes an attribute: only long ones can have too many
        if !t.closing && t.src.len() > 2 * MAX_ATTRIBUTES {
            if let Some((s, e)) = excess_attributes(t.src) {
                drops.push((t.start + s, t.start + e));
            }
        }
        if !t.closing && DROPPED.contains(&name) {
            if !t.src.to_ascii_lowercase().contains("ld+json") {
                drops.push((t.start, t.end));
            }
            return;
        }
        if VOID.contains(&name)
            || UNCOUNTED.contains(&name)
            || RAW_TEXT.contains(&name)
            || (t.self_closing && !t.closing)
        {
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
            if let Some(n) = over.iter_mut().find(|(n, c)| n == name && *c > 0) {
                // the end tag of a dropped element
                n.1 -= 1;
                drops.push((t.start, t.end));
            } else if let Some(p) = stack.iter().rposition(|n| n == name) {
                stack.truncate(p);
            }
        } else if let Some(p) = implied_close(&stack, name) {
            stack.truncate(p);
            stack.push(t.name.clone());
        } else if stack.len() >= MAX_DEPTH
            || (CONTAINERS.contains(&name)
                && stack.iter().filter(|n| CONTAINERS.contains(&n.as_str())).count() >= MAX_CONTAINERS)
        {
            match over.iter_mut().find(|(n, _)| n == name) {
                Some(n) => n.1 += 1,
                None => over.push((t.name.clone(), 1)),
            }
            drops.push((t.start, t.end));
        } else {
            stack.push(t.name.clone());
            max = max.max(stack.len());
        }
    });
    (drops, max)
}

/// Returns `html` without scripts and styles (JSON-LD kept) and with the tags beyond the
/// nesting limits removed (their text is kept); borrowed when nothing is cut.
pub fn prescan(html: &str) -> Cow<'_, str> {
    let (mut drops, _) = plan(html);
    drops.sort_unstable();
    if drops.is_empty() {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    let mut at = 0;
    // in order; a tag dropped whole covers the attributes already cut from it
    for (s, e) in drops {
        if e <= at {
            continue;
        }
        out.push_str(&html[at..s.max(at)]);
        at = e;
    }
    out.push_str(&html[at..]);
    Cow::Owned(out)
}

/// The deepest nesting of counted (non-formatting) elements that [`prescan`] keeps.
pub fn max_depth(html: &str) -> usize {
    plan(html).1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shallow_html_is_borrowed() {
        let h = "<html><body><div><p>One<p>Two <b>bold</b><br><img src=x></div><!-- <div> --></body></html>";
        assert!(matches!(prescan(h), Cow::Borrowed(_)));
        assert_eq!(max_depth(h), 1);
    }

    #[test]
    fn deep_nesting_is_cut_at_the_limit_and_text_kept() {
        let n = MAX_DEPTH + 50;
        let h = format!("{}deep text{}", "<div>".repeat(n), "</div>".repeat(n));
        let f = prescan(&h);
        assert_eq!(max_depth(&f), MAX_DEPTH);
        assert!(f.contains("deep text"));
        assert_eq!(f.matches("</div>").count(), MAX_DEPTH);
    }

    #[test]
    fn unclosed_list_items_do_not_accumulate() {
        let list = format!("<ul>{}</ul>", "<li>item".repeat(400));
        let h = format!("<div>{}</div>", list.repeat(3));
        assert!(matches!(prescan(&h), Cow::Borrowed(_)));
        // but items nested in each other without an end tag do nest
        let nested = format!("{}x", "<li><dd>".repeat(MAX_DEPTH));
        assert!(matches!(prescan(&nested), Cow::Owned(_)));
    }

    #[test]
    fn unclosed_formatting_tags_are_capped() {
        let h = format!("{}<p>x", "<b class=a>".repeat(100));
        assert_eq!(prescan(&h).matches("<b").count(), MAX_FORMATTING);
    }

    #[test]
    fn raw_text_and_quoted_brackets_are_not_tags() {
        let h = format!("<textarea>{}</textarea><div title='a > b'>t</div>", "<div>".repeat(1000));
        assert_eq!(max_depth(&h), 1);
        assert!(matches!(prescan(&h), Cow::Borrowed(_)));
    }

    #[test]
    fn attributes_beyond_the_limit_are_cut() {
        let many: String = (0..MAX_ATTRIBUTES + 500).map(|i| format!(" a{i}='x > y' b{i}")).collect();
        let h = format!("<div{many}/><p id=\"k\">text</p>");
        let f = prescan(&h);
        assert!(f.starts_with("<div a0='x > y' b0 a1='x > y'"), "{}", &f[..40]);
        assert_eq!(f.matches('=').count(), MAX_ATTRIBUTES / 2 + 1);
        assert!(f.ends_with(&format!(" a{n}='x > y' b{n} /><p id=\"k\">text</p>", n = MAX_ATTRIBUTES / 2 - 1)), "{f}");
        // a formatting tag dropped whole takes its cut attributes with it
        let b = format!("{}<b{many}>x", "<b>".repeat(MAX_FORMATTING));
        assert_eq!(prescan(&b), format!("{}x", "<b>".repeat(MAX_FORMATTING)));
        // few attributes: nothing cut
        assert!(matches!(prescan("<div a=1 b=2 c='3'>t</div>"), Cow::Borrowed(_)));
    }

    #[test]
    fn scripts_and_styles_are_cut_json_ld_kept() {
        let h = r#"<head><STYLE>p { x: "</p>" }</style><script type="application/ld+json">{"a":1}</script></head><body><p>Text<script>if (a < b) { document.write("<div>") }</SCRIPT> more</p><script>unterminated"#;
        assert_eq!(
            prescan(h),
            r#"<head><script type="application/ld+json">{"a":1}</script></head><body><p>Text more</p>"#
        );
    }
}
