//! Exports of a store: every table has as many rows as the store's table of the same name,
//! the store columns (content key, ingest order, claim keys, clusters) are filled, and the
//! claims and clusters tables join.

mod common;

use common::*;
use hearsay_export::{export_store, Format, Table, Target, Value};
use hearsay_store::{Membership, NewDocument, Put, Sighting, SqliteStore, Store};

/// The store table each export table mirrors.
pub const STORE_TABLE: [(Table, &str); 6] = [
    (Table::Documents, "documents"),
    (Table::Sources, "sources"),
    (Table::Attributions, "attributions"),
    (Table::Verifications, "verifications"),
    (Table::Claims, "claims"),
    (Table::Clusters, "cluster_members"),
];

fn col(t: Table, name: &str) -> usize {
    t.columns().iter().position(|c| c.name == name).unwrap()
}

#[test]
fn a_store_exports_with_the_stores_row_counts_and_keys() {
    let dir = tmpdir();
    let db = dir.path().join("h.db");
    let mut store = SqliteStore::open(&db).unwrap();
    let all = analyses();
    let puts: Vec<Put> = all
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let key = format!("{:032x}", i + 1);
            let sighting = Sighting { key: key.clone(), origin: format!("test:{i}"), ..Default::default() };
            Put::Document(Box::new(NewDocument::new(key, sighting, a.document.text.len() as u64, a.clone()).unwrap()))
        })
        .collect();
    store.put_batch(&puts).unwrap();
    // One cluster holding every stored claim, with a stance.
    let claims = store.claims(&Default::default()).unwrap();
    assert!(!claims.is_empty());
    let cluster =
        store.create_cluster(r#"{"claim": "the first claim", "label": "unverified", "articles": 2}"#).unwrap();
    let members: Vec<Membership> = claims
        .iter()
        .map(|c| Membership { claim: c.key, cluster, stance: Some("reports".into()), score: Some(0.5) })
        .collect();
    store.put_cluster_membership(&members).unwrap();
    drop(store);

    let store = hearsay_store::open_read_only(&db).unwrap();
    let counts: std::collections::HashMap<String, u64> = store.counts().unwrap().into_iter().collect();
    for format in [Format::Parquet, Format::Csv, Format::Jsonl] {
        let out = dir.path().join(format!("out-{format}"));
        let report = export_store(store.as_ref(), format, &Target::Dir(out.clone())).unwrap();
        assert_eq!(report.documents, all.len() as u64);
        for (t, st) in STORE_TABLE {
            assert_eq!(report.rows_of(t), Some(counts[st]), "{format} {t} against the store's {st}");
            assert!(format.file_in(&out, t).is_file());
        }
    }
    let out = dir.path().join("out-parquet");
    let (_, docs) = read_parquet(&out.join("documents.parquet"));
    for (i, d) in docs.iter().enumerate() {
        assert_eq!(d[col(Table::Documents, "document_key")], Value::Str(format!("{:032x}", i + 1)));
        assert_eq!(d[col(Table::Documents, "seq")], Value::Int(i as i64 + 1));
        assert_eq!(d[col(Table::Documents, "origin")], Value::Str(format!("test:{i}")));
    }
    let (_, claim_rows) = read_parquet(&out.join("claims.parquet"));
    let (_, cluster_rows) = read_parquet(&out.join("clusters.parquet"));
    assert_eq!(claim_rows.len(), cluster_rows.len());
    for (c, k) in claim_rows.iter().zip(&cluster_rows) {
        assert_eq!(c[col(Table::Claims, "cluster_id")], Value::Int(cluster));
        assert_eq!(c[col(Table::Claims, "claim_key")], k[col(Table::Clusters, "claim_key")]);
        assert_eq!(c[col(Table::Claims, "document_key")], k[col(Table::Clusters, "document_key")]);
        assert_eq!(c[col(Table::Claims, "claim_id")], k[col(Table::Clusters, "claim_id")]);
        assert_eq!(c[col(Table::Claims, "text")], k[col(Table::Clusters, "claim_text")]);
        assert_eq!(k[col(Table::Clusters, "cluster_label")], Value::Str("unverified".into()));
        assert_eq!(k[col(Table::Clusters, "cluster_articles")], Value::Int(2));
        assert_eq!(k[col(Table::Clusters, "stance")], Value::Str("reports".into()));
        assert_eq!(k[col(Table::Clusters, "score")], Value::Float(0.5));
    }
}

#[test]
fn store_pages_stream_every_document_once() {
    let dir = tmpdir();
    let db = dir.path().join("h.db");
    let mut store = SqliteStore::open(&db).unwrap();
    let a = analyses().remove(0);
    // More documents than one page of the export's store reader.
    let puts: Vec<Put> = (0..600)
        .map(|i| {
            let key = format!("{:032x}", i + 1);
            let mut a = a.clone();
            a.document.id = format!("d{i}");
            let sighting = Sighting { key: key.clone(), origin: "t".into(), ..Default::default() };
            Put::Document(Box::new(NewDocument::new(key, sighting, 1, a).unwrap()))
        })
        .collect();
    store.put_batch(&puts).unwrap();
    let out = dir.path().join("docs.jsonl");
    let r = export_store(&store, Format::Jsonl, &Target::File(Table::Documents, out.clone())).unwrap();
    assert_eq!(r.documents, 600);
    let ids: Vec<String> = std::fs::read_to_string(&out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["document_id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, (0..600).map(|i| format!("d{i}")).collect::<Vec<_>>());
}
