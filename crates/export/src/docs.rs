//! docs/EXPORT.md's column tables, generated from [`Table::columns`] (a test checks that
//! the file holds exactly this text between its markers).

use crate::table::Table;

/// The line before the generated part of docs/EXPORT.md.
pub const BEGIN: &str = "<!-- columns: generated from hearsay_export::Table::columns(); do not edit by hand -->";
/// The line after it.
pub const END: &str = "<!-- columns: end -->";

/// One Markdown section per table: a heading, what a row is, and a table of its columns
/// (name, type, nullable, meaning).
pub fn columns_markdown() -> String {
    let mut out = String::new();
    for t in Table::ALL {
        out += &format!("\n### `{}`\n\n{}\n\n", t.name(), t.doc());
        out += "| column | type | nullable | meaning |\n|---|---|---|---|\n";
        for c in t.columns() {
            out += &format!(
                "| `{}` | {} | {} | {} |\n",
                c.name,
                c.kind.name(),
                if c.nullable { "yes" } else { "no" },
                c.doc.replace('|', "\\|")
            );
        }
    }
    out
}

/// `doc` (docs/EXPORT.md's text) with its generated part replaced by
/// [`columns_markdown`]; `None` when the markers are missing.
pub fn regenerate(doc: &str) -> Option<String> {
    let b = doc.find(BEGIN)? + BEGIN.len();
    let e = b + doc[b..].find(END)?;
    Some(format!("{}\n{}\n{}", &doc[..b], columns_markdown(), &doc[e..]))
}
