//! The whole visible text of a page, as a plain text extractor gives it: every text node in
//! document order, each block element on its own line, no main-content extraction. Used to
//! make full-page plain-text test data (the AEB text track); ingest itself never calls it.

use super::{blocks, prescan};
use dom_query::Document;

/// Every visible text of `html` (scripts, styles, forms' controls and `<head>` left out),
/// one block per line, whitespace collapsed within a line.
pub fn visible_text(html: &str) -> String {
    let html = prescan::prescan(html);
    let doc = Document::from(html.as_ref());
    let found = blocks::collect(&doc.root(), &[]);
    let mut out = String::new();
    for p in found.body {
        out.push_str(&p.text);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_on_their_own_lines_in_document_order() {
        let html = "<html><head><title>T</title><script>x=1</script></head><body><nav><a>Home</a> <a>World</a></nav>\
            <h1>Big  news</h1><p>First <b>para</b>.</p><figure><figcaption>A cap</figcaption></figure>\
            <ul><li>Most read</li></ul></body></html>";
        assert_eq!(visible_text(html), "Home World\nBig news\nFirst para.\nA cap\nMost read\n");
    }
}
