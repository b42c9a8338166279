//! The export tables (docs/EXPORT.md) of analyses, column by column, through
//! `hearsay_export` (the columns and rows of `hearsay export`); Python turns them into
//! pandas DataFrames (`hearsay.to_pandas`) or Arrow batches (the Spark job).

use hearsay::Analysis;
use hearsay_export::{rows, ColumnKind, Table, Value};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

/// One column as Python sees it: `(name, kind, nullable)`.
type ColumnInfo = (&'static str, &'static str, bool);

/// Every export table with its columns: `[(table, [(column, kind, nullable)])]`, kinds as
/// docs/EXPORT.md names them (`int64`, `float64`, `bool`, `string`).
#[pyfunction]
pub fn export_schema() -> Vec<(&'static str, Vec<ColumnInfo>)> {
    Table::ALL
        .iter()
        .map(|t| (t.name(), t.columns().iter().map(|c| (c.name, c.kind.name(), c.nullable)).collect()))
        .collect()
}

/// The rows `table` has for the analyses `jsons` (`hearsay.v1` texts), as
/// `({column: [values]}, [index of each row's analysis])`. `keys`: each analysis's content
/// key, put in `document_key` where the table has it. Raises ValueError for an unknown
/// table or a text that is not a `hearsay.v1` analysis (naming its index).
#[pyfunction]
#[pyo3(signature = (table, jsons, keys=None))]
pub fn export_columns<'py>(
    py: Python<'py>,
    table: &str,
    jsons: Vec<String>,
    keys: Option<Vec<Option<String>>>,
) -> PyResult<(Bound<'py, PyDict>, Vec<usize>)> {
    let table: Table = table.parse().map_err(|e: hearsay_export::UnknownTable| PyValueError::new_err(e.to_string()))?;
    let cols = table.columns();
    let key_col = cols.iter().position(|c| c.name == "document_key");
    let (cells, index) = py
        .detach(|| -> Result<_, String> {
            let mut cells: Vec<Vec<Value>> = vec![Vec::new(); cols.len()];
            let mut index = Vec::new();
            for (n, js) in jsons.iter().enumerate() {
                let a: Analysis = serde_json::from_str(js).map_err(|e| format!("analysis {n}: {e}"))?;
                let key = keys.as_ref().and_then(|k| k.get(n).cloned().flatten());
                for mut row in rows(table, &a) {
                    if let (Some(i), Some(k)) = (key_col, &key) {
                        row[i] = Value::Str(k.clone());
                    }
                    for (c, v) in row.into_iter().enumerate() {
                        cells[c].push(v);
                    }
                    index.push(n);
                }
            }
            Ok((cells, index))
        })
        .map_err(PyValueError::new_err)?;
    let out = PyDict::new(py);
    for (col, values) in cols.iter().zip(cells) {
        let list = PyList::empty(py);
        for v in values {
            match v {
                Value::Null => list.append(py.None())?,
                Value::Int(i) => list.append(i)?,
                Value::Float(f) => list.append(f)?,
                Value::Bool(b) => list.append(b)?,
                Value::Str(s) => list.append(s)?,
            }
        }
        debug_assert!(matches!(col.kind, ColumnKind::Int | ColumnKind::Float | ColumnKind::Bool | ColumnKind::Str));
        out.set_item(col.name, list)?;
    }
    Ok((out, index))
}
