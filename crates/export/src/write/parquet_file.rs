//! Apache Parquet through the Arrow writer: the columns' Arrow types, Snappy compression,
//! rows encoded a batch at a time and row groups closed by size.

use super::{Output, TableWriter, BATCH_BYTES, BATCH_ROWS};
use crate::column::{ColumnKind, Row, Value};
use crate::error::{ExportError, Result};
use crate::table::Table;
use arrow_array::builder::{BooleanBuilder, Float64Builder, Int64Builder, StringBuilder};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{DataType, Field, Schema, SchemaRef};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;
use std::fs::File;
use std::sync::Arc;

/// Rows in one Parquet row group at most.
const ROW_GROUP_ROWS: usize = 64 * 1024;
/// Encoded bytes after which the row group in progress is closed.
const ROW_GROUP_BYTES: usize = 128 << 20;

/// The Arrow type of a column kind.
pub fn arrow_type(kind: ColumnKind) -> DataType {
    match kind {
        ColumnKind::Int => DataType::Int64,
        ColumnKind::Float => DataType::Float64,
        ColumnKind::Bool => DataType::Boolean,
        ColumnKind::Str => DataType::Utf8,
    }
}

/// The Arrow schema of `table`: its columns, names, types and nullability.
pub fn arrow_schema(table: Table) -> SchemaRef {
    Arc::new(Schema::new(
        table.columns().iter().map(|c| Field::new(c.name, arrow_type(c.kind), c.nullable)).collect::<Vec<_>>(),
    ))
}

/// One column's values of the batch being built.
enum Builder {
    Int(Int64Builder),
    Float(Float64Builder),
    Bool(BooleanBuilder),
    Str(StringBuilder),
}

impl Builder {
    fn new(kind: ColumnKind) -> Self {
        match kind {
            ColumnKind::Int => Builder::Int(Int64Builder::new()),
            ColumnKind::Float => Builder::Float(Float64Builder::new()),
            ColumnKind::Bool => Builder::Bool(BooleanBuilder::new()),
            ColumnKind::Str => Builder::Str(StringBuilder::new()),
        }
    }

    /// Appends `v` (already checked against the column); returns its text bytes.
    fn push(&mut self, v: &Value) -> usize {
        match (self, v) {
            (Builder::Int(b), Value::Int(i)) => b.append_value(*i),
            (Builder::Float(b), Value::Float(f)) => b.append_value(*f),
            (Builder::Bool(b), Value::Bool(x)) => b.append_value(*x),
            (Builder::Str(b), Value::Str(s)) => {
                b.append_value(s);
                return s.len();
            }
            (Builder::Int(b), _) => b.append_null(),
            (Builder::Float(b), _) => b.append_null(),
            (Builder::Bool(b), _) => b.append_null(),
            (Builder::Str(b), _) => b.append_null(),
        }
        0
    }

    fn finish(&mut self) -> ArrayRef {
        match self {
            Builder::Int(b) => Arc::new(b.finish()),
            Builder::Float(b) => Arc::new(b.finish()),
            Builder::Bool(b) => Arc::new(b.finish()),
            Builder::Str(b) => Arc::new(b.finish()),
        }
    }
}

/// Writes Parquet a batch at a time.
pub(super) struct ParquetWriter {
    table: Table,
    out: Output,
    schema: SchemaRef,
    writer: ArrowWriter<File>,
    builders: Vec<Builder>,
    rows: usize,
    bytes: usize,
}

impl ParquetWriter {
    pub(super) fn new(table: Table, (out, file): (Output, File)) -> Result<Self> {
        let schema = arrow_schema(table);
        let props = WriterProperties::builder()
            .set_compression(Compression::SNAPPY)
            .set_max_row_group_size(ROW_GROUP_ROWS)
            .set_created_by(format!("hearsay {} (hearsay-export)", env!("CARGO_PKG_VERSION")))
            .build();
        let writer = ArrowWriter::try_new(file, schema.clone(), Some(props))?;
        let builders = table.columns().iter().map(|c| Builder::new(c.kind)).collect();
        Ok(ParquetWriter { table, out, schema, writer, builders, rows: 0, bytes: 0 })
    }

    /// Encodes the buffered rows as one batch; closes the row group when it is large.
    fn flush_batch(&mut self) -> Result<()> {
        if self.rows == 0 {
            return Ok(());
        }
        let arrays: Vec<ArrayRef> = self.builders.iter_mut().map(Builder::finish).collect();
        let batch = RecordBatch::try_new(self.schema.clone(), arrays)?;
        self.writer.write(&batch)?;
        self.rows = 0;
        self.bytes = 0;
        if self.writer.in_progress_size() > ROW_GROUP_BYTES {
            self.writer.flush()?;
        }
        Ok(())
    }
}

impl TableWriter for ParquetWriter {
    fn write(&mut self, row: &Row) -> Result<()> {
        super::check_width(self.table, row)?;
        for (b, v) in self.builders.iter_mut().zip(row) {
            self.bytes += b.push(v);
        }
        self.rows += 1;
        if self.rows >= BATCH_ROWS || self.bytes >= BATCH_BYTES {
            self.flush_batch()?;
        }
        Ok(())
    }

    fn finish(mut self: Box<Self>) -> Result<()> {
        self.flush_batch()?;
        let ParquetWriter { out, writer, .. } = *self;
        let file = writer.into_inner()?;
        file.sync_all().map_err(|e| ExportError::io(out.partial_path(), e))?;
        drop(file);
        out.commit()
    }
}
