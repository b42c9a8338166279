//! docs/EXPORT.md's column tables must be exactly what `Table::columns()` says.
//! `UPDATE_EXPORT_DOCS=1 cargo test -p hearsay-export --test export_docs` rewrites them.

use hearsay_export::docs::{regenerate, BEGIN, END};
use hearsay_export::Table;
use std::path::PathBuf;

#[test]
fn export_md_matches_the_columns_in_the_code() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/EXPORT.md");
    let doc = std::fs::read_to_string(&path).expect("docs/EXPORT.md");
    let fresh = regenerate(&doc).unwrap_or_else(|| panic!("docs/EXPORT.md lacks the markers {BEGIN} … {END}"));
    if std::env::var_os("UPDATE_EXPORT_DOCS").is_some() {
        std::fs::write(&path, &fresh).unwrap();
        return;
    }
    assert!(
        doc == fresh,
        "docs/EXPORT.md's column tables disagree with hearsay_export::Table::columns(); \
         rerun with UPDATE_EXPORT_DOCS=1 to rewrite them (and never change an existing column's meaning)"
    );
    // Every column of every table is listed by name.
    for t in Table::ALL {
        assert!(doc.contains(&format!("### `{}`", t.name())));
        for c in t.columns() {
            assert!(doc.contains(&format!("| `{}` | {} |", c.name, c.kind.name())), "{t}.{}", c.name);
        }
    }
}

#[test]
fn column_names_are_unique_and_documented() {
    for t in Table::ALL {
        let mut names: Vec<&str> = t.columns().iter().map(|c| c.name).collect();
        assert_eq!(names[0], "document_id", "{t}: document_id first");
        names.sort();
        let n = names.len();
        names.dedup();
        assert_eq!(names.len(), n, "{t}: duplicate column");
        assert!(t.columns().iter().all(|c| !c.doc.is_empty()));
    }
}
