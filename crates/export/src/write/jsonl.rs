//! JSON Lines: one object per row, keys in column order.

use super::{Output, TableWriter};
use crate::column::{Row, Value};
use crate::error::{ExportError, Result};
use crate::table::Table;
use std::fs::File;
use std::io::{BufWriter, Write};

/// Writes one JSON object per line.
pub(super) struct JsonlWriter {
    table: Table,
    out: Output,
    file: BufWriter<File>,
    /// Each column's key, already quoted (`"name":`).
    keys: Vec<String>,
    line: Vec<u8>,
}

impl JsonlWriter {
    pub(super) fn new(table: Table, (out, file): (Output, File)) -> Self {
        let keys = table.columns().iter().map(|c| format!("{}:", serde_json::Value::from(c.name))).collect();
        JsonlWriter { table, out, file: BufWriter::with_capacity(1 << 20, file), keys, line: Vec::new() }
    }
}

/// Appends `v` as JSON to `buf`.
fn push_value(buf: &mut Vec<u8>, v: &Value) {
    match v {
        Value::Null => buf.extend_from_slice(b"null"),
        Value::Int(i) => buf.extend_from_slice(i.to_string().as_bytes()),
        Value::Float(f) if f.is_finite() => buf.extend_from_slice(format!("{f:?}").as_bytes()),
        Value::Float(_) => buf.extend_from_slice(b"null"),
        Value::Bool(b) => buf.extend_from_slice(if *b { b"true" } else { b"false" }),
        // Writing a string into a Vec cannot fail.
        Value::Str(s) => {
            let _ = serde_json::to_writer(&mut *buf, s);
        }
    }
}

impl TableWriter for JsonlWriter {
    fn write(&mut self, row: &Row) -> Result<()> {
        super::check_width(self.table, row)?;
        self.line.clear();
        self.line.push(b'{');
        for (i, (k, v)) in self.keys.iter().zip(row).enumerate() {
            if i > 0 {
                self.line.push(b',');
            }
            self.line.extend_from_slice(k.as_bytes());
            push_value(&mut self.line, v);
        }
        self.line.extend_from_slice(b"}\n");
        self.file.write_all(&self.line).map_err(|e| ExportError::io(self.out.partial_path(), e))
    }

    fn finish(self: Box<Self>) -> Result<()> {
        let JsonlWriter { out, file, .. } = *self;
        let file = file.into_inner().map_err(|e| ExportError::io(out.partial_path(), e.into_error()))?;
        file.sync_all().map_err(|e| ExportError::io(out.partial_path(), e))?;
        drop(file);
        out.commit()
    }
}
