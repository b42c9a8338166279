//! CSV: a header row of column names, then one record per row.

use super::{Output, TableWriter};
use crate::column::Row;
use crate::error::{ExportError, Result};
use crate::table::Table;
use std::fs::File;
use std::io::BufWriter;

/// Writes RFC 4180 CSV through the `csv` crate (fields quoted when needed).
pub(super) struct CsvWriter {
    table: Table,
    out: Output,
    csv: csv::Writer<BufWriter<File>>,
    fields: Vec<String>,
}

impl CsvWriter {
    pub(super) fn new(table: Table, (out, file): (Output, File)) -> Result<Self> {
        let mut csv = csv::WriterBuilder::new().from_writer(BufWriter::with_capacity(1 << 20, file));
        csv.write_record(table.columns().iter().map(|c| c.name))?;
        Ok(CsvWriter { table, out, csv, fields: Vec::new() })
    }
}

impl TableWriter for CsvWriter {
    fn write(&mut self, row: &Row) -> Result<()> {
        super::check_width(self.table, row)?;
        self.fields.clear();
        self.fields.extend(row.iter().map(|v| v.to_text()));
        self.csv.write_record(&self.fields)?;
        Ok(())
    }

    fn finish(self: Box<Self>) -> Result<()> {
        let CsvWriter { out, csv, .. } = *self;
        let buf =
            csv.into_inner().map_err(|e| ExportError::io(out.partial_path(), std::io::Error::other(e.to_string())))?;
        let file = buf.into_inner().map_err(|e| ExportError::io(out.partial_path(), e.into_error()))?;
        file.sync_all().map_err(|e| ExportError::io(out.partial_path(), e))?;
        drop(file);
        out.commit()
    }
}
