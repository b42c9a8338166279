//! The export tables on real analyses (examples/ and the seed article): row counts equal
//! the analysis' counts, offsets slice the document text to the stated text, and Parquet,
//! CSV and JSON Lines files read back to the same rows.

mod common;

use common::*;
use hearsay_export::{export_jsonl, rows, Format, Table, Target, Value};
use std::collections::HashMap;
use std::io::Cursor;
use std::path::Path;

fn col(table: Table, name: &str) -> usize {
    table.columns().iter().position(|c| c.name == name).unwrap_or_else(|| panic!("{table} has no column {name}"))
}

#[test]
fn row_counts_equal_the_analysis_counts_and_rows_fit_their_columns() {
    let all = analyses();
    assert!(all.len() >= 2, "examples and seed article analysed");
    for a in &all {
        let expect = [
            (Table::Documents, 1),
            (Table::Sources, a.sources.len()),
            (Table::Attributions, a.attributions.len()),
            (Table::Verifications, a.verifications.len()),
            (Table::Claims, a.claims.len()),
            (Table::Clusters, 0),
        ];
        for (t, n) in expect {
            let rs = rows(t, a);
            assert_eq!(rs.len(), n, "{}: {t}", a.document.id);
            for r in &rs {
                assert_fits(t, r);
                assert_eq!(r[0], Value::Str(a.document.id.clone()), "{t}: document_id first");
            }
        }
        let d = &rows(Table::Documents, a)[0];
        assert_eq!(d[col(Table::Documents, "n_claims")], Value::Int(a.claims.len() as i64));
        assert_eq!(d[col(Table::Documents, "text")], Value::Str(a.document.text.clone()));
    }
    // The seed article has every kind of row.
    let seed = all.iter().find(|a| a.document.id.starts_with("seed")).or(all.first()).unwrap();
    for t in [Table::Sources, Table::Attributions, Table::Verifications, Table::Claims] {
        assert!(!rows(t, seed).is_empty(), "{t} has rows on {}", seed.document.id);
    }
}

/// (start, end, text) column triples of each table.
const TRIPLES: &[(Table, &str, &str, &str)] = &[
    (Table::Sources, "start", "end", "text"),
    (Table::Attributions, "source_start", "source_end", "source_text"),
    (Table::Attributions, "cue_start", "cue_end", "cue_text"),
    (Table::Verifications, "cue_start", "cue_end", "cue_text"),
    (Table::Verifications, "actor_start", "actor_end", "actor_text"),
    (Table::Claims, "start", "end", "mention_text"),
];

/// JSON span-array columns.
const SPAN_LISTS: &[(Table, &str)] = &[
    (Table::Sources, "mentions"),
    (Table::Attributions, "content"),
    (Table::Attributions, "hedges"),
    (Table::Claims, "mentions"),
];

fn int(v: &Value) -> Option<usize> {
    match v {
        Value::Int(i) => Some(*i as usize),
        _ => None,
    }
}

#[test]
fn offsets_slice_the_document_text_to_the_stated_text() {
    let mut checked = 0;
    for a in analyses() {
        let text = a.document.text.as_str();
        for &(t, s, e, x) in TRIPLES {
            for r in rows(t, &a) {
                let (s, e) = (int(&r[col(t, s)]), int(&r[col(t, e)]));
                match (s, e, &r[col(t, x)]) {
                    (Some(s), Some(e), Value::Str(x)) => {
                        assert_eq!(&text[s..e], x, "{} {t}", a.document.id);
                        checked += 1;
                    }
                    (None, None, Value::Null) => {}
                    other => panic!("{t}: offsets and text disagree on nullness: {other:?}"),
                }
            }
        }
        for &(t, c) in SPAN_LISTS {
            for r in rows(t, &a) {
                let Value::Str(j) = &r[col(t, c)] else { panic!("{t}.{c} is text") };
                let spans: Vec<serde_json::Value> = serde_json::from_str(j).unwrap();
                for sp in spans {
                    let (s, e) = (sp["start"].as_u64().unwrap() as usize, sp["end"].as_u64().unwrap() as usize);
                    assert_eq!(&text[s..e], sp["text"].as_str().unwrap(), "{t}.{c}");
                    checked += 1;
                }
            }
        }
        // An attribution's extent covers its source, cue and content; its content range
        // starts with its first content span's text.
        let t = Table::Attributions;
        for r in rows(t, &a) {
            let (Some(s), Some(e)) = (int(&r[col(t, "start")]), int(&r[col(t, "end")])) else { continue };
            for (ps, pe) in [("source_start", "source_end"), ("cue_start", "cue_end"), ("content_start", "content_end")]
            {
                if let (Some(x), Some(y)) = (int(&r[col(t, ps)]), int(&r[col(t, pe)])) {
                    assert!(s <= x && y <= e, "{ps}..{pe} inside start..end");
                }
            }
            if let (Some(cs), Some(ce), Value::Str(ct)) =
                (int(&r[col(t, "content_start")]), int(&r[col(t, "content_end")]), &r[col(t, "content_text")])
            {
                let first = ct.split(" … ").next().unwrap();
                assert!(text[cs..ce].starts_with(first), "content range starts with its first span");
            }
        }
        // A verification's extent covers its cue.
        let t = Table::Verifications;
        for r in rows(t, &a) {
            let (s, e) = (int(&r[col(t, "start")]).unwrap(), int(&r[col(t, "end")]).unwrap());
            assert!(s <= int(&r[col(t, "cue_start")]).unwrap() && int(&r[col(t, "cue_end")]).unwrap() <= e);
        }
        // Segments of the documents row slice the text too.
        let d = &rows(Table::Documents, &a)[0];
        let Value::Str(segs) = &d[col(Table::Documents, "segments")] else { panic!() };
        let segs: Vec<serde_json::Value> = serde_json::from_str(segs).unwrap();
        assert_eq!(segs.len(), a.document.segments.len());
        for (s, orig) in segs.iter().zip(&a.document.segments) {
            assert_eq!(s["start"].as_u64().unwrap() as usize, orig.start);
            assert_eq!(s["end"].as_u64().unwrap() as usize, orig.end);
            assert_eq!(s["kind"], serde_json::to_value(orig.kind).unwrap());
        }
    }
    assert!(checked > 50, "checked {checked} spans");
}

#[test]
fn ids_link_the_tables() {
    for a in analyses() {
        let ids = |t: Table, c: &str| -> Vec<String> {
            rows(t, &a)
                .into_iter()
                .filter_map(|r| if let Value::Str(s) = &r[col(t, c)] { Some(s.clone()) } else { None })
                .collect()
        };
        let sources = ids(Table::Sources, "source_id");
        let claims = ids(Table::Claims, "claim_id");
        for s in ids(Table::Attributions, "source_id").iter().chain(&ids(Table::Verifications, "actor_id")) {
            assert!(sources.contains(s), "{s} is a source");
        }
        for c in ids(Table::Attributions, "claim_id").iter().chain(&ids(Table::Verifications, "claim_id")) {
            assert!(claims.contains(c), "{c} is a claim");
        }
        for c in &a.claims {
            let r = rows(Table::Claims, &a)
                .into_iter()
                .find(|r| r[col(Table::Claims, "claim_id")] == Value::Str(c.id.clone()))
                .unwrap();
            assert_eq!(
                r[col(Table::Claims, "label")],
                Value::Str(serde_json::to_value(c.assessment.label).unwrap().as_str().unwrap().into())
            );
            assert_eq!(r[col(Table::Claims, "origin_id")], Value::opt_str(c.chain.first().map(|s| s.as_str())));
            let reasons: Vec<String> = match &r[col(Table::Claims, "reasons")] {
                Value::Str(j) => serde_json::from_str(j).unwrap(),
                _ => panic!(),
            };
            assert_eq!(reasons, c.assessment.reasons);
        }
    }
}

/// Exports `analyses` as JSON Lines input to `dir` in `format`, one file per table.
fn export_all(input: &[u8], format: Format, dir: &Path) -> hearsay_export::Report {
    export_jsonl(Cursor::new(input), format, &Target::Dir(dir.to_path_buf()), Path::new("test.jsonl")).unwrap()
}

fn expected(all: &[hearsay::Analysis], t: Table) -> Vec<hearsay_export::Row> {
    all.iter().flat_map(|a| rows(t, a)).collect()
}

#[test]
fn parquet_reads_back_with_the_documented_columns_and_the_same_rows() {
    let all = analyses();
    let dir = tmpdir();
    let report = export_all(&jsonl(&all), Format::Parquet, dir.path());
    assert_eq!(report.documents, all.len() as u64);
    assert_eq!(report.skipped_total, 0);
    for t in Table::ALL {
        let path = dir.path().join(format!("{}.parquet", t.name()));
        let (names, got) = read_parquet(&path);
        let documented: Vec<&str> = t.columns().iter().map(|c| c.name).collect();
        assert_eq!(names, documented, "{t}: columns");
        let want = expected(&all, t);
        assert_eq!(got.len(), want.len(), "{t}: rows");
        assert_eq!(report.rows_of(t), Some(want.len() as u64));
        assert_eq!(parquet_row_count(&path), want.len() as u64);
        assert_eq!(got, want, "{t}: values");
    }
    // Nothing left half-written.
    assert!(std::fs::read_dir(dir.path()).unwrap().all(|e| !e
        .unwrap()
        .file_name()
        .to_string_lossy()
        .ends_with(".partial")));
}

#[test]
fn csv_round_trips() {
    let all = analyses();
    let dir = tmpdir();
    export_all(&jsonl(&all), Format::Csv, dir.path());
    for t in Table::ALL {
        let mut r = csv::Reader::from_path(dir.path().join(format!("{}.csv", t.name()))).unwrap();
        let header: Vec<String> = r.headers().unwrap().iter().map(str::to_string).collect();
        assert_eq!(header, t.columns().iter().map(|c| c.name.to_string()).collect::<Vec<_>>());
        let got: Vec<Vec<String>> = r.records().map(|rec| rec.unwrap().iter().map(str::to_string).collect()).collect();
        let want: Vec<Vec<String>> =
            expected(&all, t).iter().map(|row| row.iter().map(Value::to_text).collect()).collect();
        assert_eq!(got, want, "{t}");
    }
}

#[test]
fn jsonl_round_trips_with_keys_in_column_order() {
    let all = analyses();
    let dir = tmpdir();
    export_all(&jsonl(&all), Format::Jsonl, dir.path());
    for t in Table::ALL {
        let text = std::fs::read_to_string(dir.path().join(format!("{}.jsonl", t.name()))).unwrap();
        let want = expected(&all, t);
        assert_eq!(text.lines().count(), want.len(), "{t}");
        for (line, row) in text.lines().zip(&want) {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let obj = v.as_object().unwrap();
            assert_eq!(obj.len(), t.columns().len());
            // Keys appear in column order in the line itself.
            let mut at = 0;
            for c in t.columns() {
                let k = format!("\"{}\":", c.name);
                let p = line[at..].find(&k).unwrap_or_else(|| panic!("{t}: key {} in order", c.name));
                at += p + k.len();
            }
            for (c, val) in t.columns().iter().zip(row) {
                let j = &obj[c.name];
                let back = match val {
                    Value::Null => serde_json::Value::Null,
                    Value::Int(i) => (*i).into(),
                    Value::Float(f) => (*f).into(),
                    Value::Bool(b) => (*b).into(),
                    Value::Str(s) => s.clone().into(),
                };
                assert_eq!(j, &back, "{t}.{}", c.name);
            }
        }
    }
}

#[test]
fn bad_jsonl_records_are_skipped_and_listed_and_the_rest_exported() {
    let all = analyses();
    let good = jsonl(&all);
    let mut bad_span = all[0].clone();
    bad_span.document.text = "short".into();
    let mut input = b"not json at all\n\n{\"schema\": \"other.v9\"}\n".to_vec();
    input.extend(&good);
    input.extend(serde_json::to_vec(&bad_span).unwrap());
    input.extend(b"\n\xff\xfe\n");
    let dir = tmpdir();
    let report = export_all(&input, Format::Csv, dir.path());
    assert_eq!(report.documents, all.len() as u64);
    assert_eq!(report.skipped_total, 4, "{:?}", report.skipped);
    let at: Vec<&str> = report.skipped.iter().map(|s| s.at.as_str()).collect();
    let n = 3 + all.len();
    assert_eq!(at, vec!["1".to_string(), "3".to_string(), (n + 1).to_string(), (n + 2).to_string()]);
    assert!(report.skipped[0].reason.contains("not JSON"));
    assert!(report.skipped[1].reason.contains("other.v9"));
    assert!(report.skipped[2].reason.contains("outside the text"), "{}", report.skipped[2].reason);
    assert!(report.skipped[3].reason.contains("UTF-8"));
    let claims: usize = all.iter().map(|a| a.claims.len()).sum();
    assert_eq!(report.rows_of(Table::Claims), Some(claims as u64));
}

#[test]
fn one_table_goes_to_one_file_and_names_parse() {
    let all = analyses();
    let dir = tmpdir();
    let path = dir.path().join("nested/claims.parquet");
    let r = export_jsonl(
        Cursor::new(jsonl(&all)),
        Format::Parquet,
        &Target::File(Table::Claims, path.clone()),
        Path::new("x"),
    )
    .unwrap();
    assert_eq!(r.rows, vec![(Table::Claims, all.iter().map(|a| a.claims.len() as u64).sum())]);
    assert_eq!(std::fs::read_dir(path.parent().unwrap()).unwrap().count(), 1);
    assert_eq!(parquet_row_count(&path), r.rows[0].1);
    let names: HashMap<&str, Table> = Table::ALL.iter().map(|t| (t.name(), *t)).collect();
    for (n, t) in names {
        assert_eq!(n.parse::<Table>().unwrap(), t);
    }
    assert!("claim".parse::<Table>().unwrap_err().to_string().contains("expected one of"));
    assert!("xlsx".parse::<Format>().is_err());
    assert_eq!("parquet".parse::<Format>().unwrap(), Format::Parquet);
}
