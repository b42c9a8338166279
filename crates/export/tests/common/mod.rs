//! Shared by the export tests: analyses of real articles, and reading exported files back.

#![allow(dead_code)]

use arrow_array::{Array, BooleanArray, Float64Array, Int64Array, StringArray};
use hearsay::{Analysis, IngestOptions, Pipeline};
use hearsay_export::{ColumnKind, Row, Table, Value};
use std::path::{Path, PathBuf};

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The articles the tests analyse: examples/ and, when present, the seed article.
pub fn articles() -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(repo().join("examples"))
        .expect("examples/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    let seed = repo().join("../shared/examples/seed-article.txt");
    if seed.is_file() {
        paths.push(seed);
    } else {
        println!("note: {} absent; testing on examples/ only", seed.display());
    }
    paths.sort();
    for p in paths {
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        out.push((name, std::fs::read(&p).unwrap()));
    }
    out
}

/// The analyses of [`articles`].
pub fn analyses() -> Vec<Analysis> {
    let p = Pipeline::new().expect("shipped pipeline");
    articles()
        .into_iter()
        .map(|(name, bytes)| {
            let opts = IngestOptions { id: Some(name), ..Default::default() };
            p.analyze(&bytes, &opts).expect("analysis")
        })
        .collect()
}

/// The analyses as JSON Lines, as `hearsay analyze` prints them one after another.
pub fn jsonl(analyses: &[Analysis]) -> Vec<u8> {
    let mut out = Vec::new();
    for a in analyses {
        out.extend(serde_json::to_vec(a).unwrap());
        out.push(b'\n');
    }
    out
}

/// A fresh temporary directory.
pub fn tmpdir() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

/// Every row of a Parquet file, as values, with its column names.
pub fn read_parquet(path: &Path) -> (Vec<String>, Vec<Row>) {
    use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
    let file = std::fs::File::open(path).unwrap();
    let builder = ParquetRecordBatchReaderBuilder::try_new(file).unwrap();
    let names: Vec<String> = builder.schema().fields().iter().map(|f| f.name().clone()).collect();
    let mut rows = Vec::new();
    for batch in builder.build().unwrap() {
        let batch = batch.unwrap();
        for i in 0..batch.num_rows() {
            let row = batch
                .columns()
                .iter()
                .map(|col| {
                    if col.is_null(i) {
                        return Value::Null;
                    }
                    let any = col.as_any();
                    if let Some(a) = any.downcast_ref::<Int64Array>() {
                        Value::Int(a.value(i))
                    } else if let Some(a) = any.downcast_ref::<Float64Array>() {
                        Value::Float(a.value(i))
                    } else if let Some(a) = any.downcast_ref::<BooleanArray>() {
                        Value::Bool(a.value(i))
                    } else if let Some(a) = any.downcast_ref::<StringArray>() {
                        Value::Str(a.value(i).to_string())
                    } else {
                        panic!("unexpected Arrow type {:?}", col.data_type())
                    }
                })
                .collect();
            rows.push(row);
        }
    }
    (names, rows)
}

/// Rows of a Parquet file (from its metadata, without reading the data).
pub fn parquet_row_count(path: &Path) -> u64 {
    use parquet::file::reader::{FileReader, SerializedFileReader};
    let r = SerializedFileReader::new(std::fs::File::open(path).unwrap()).unwrap();
    r.metadata().file_metadata().num_rows() as u64
}

/// Asserts that `row` fits `table`'s columns: one value per column, of its kind, null only
/// where allowed.
pub fn assert_fits(table: Table, row: &Row) {
    let cols = table.columns();
    assert_eq!(row.len(), cols.len(), "{table}: row width");
    for (c, v) in cols.iter().zip(row) {
        match v.kind() {
            None => assert!(c.nullable, "{table}.{}: null in a non-nullable column", c.name),
            Some(k) => assert_eq!(k, c.kind, "{table}.{}: {:?}", c.name, v),
        }
    }
    let _ = ColumnKind::Int;
}
