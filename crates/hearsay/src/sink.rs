//! The JSON sink: `hearsay.v1` JSON or JSON Lines. The store's sink is
//! `hearsay_store::StoreSink`, the HTTP response's is in the server; all implement
//! [`Sink`] over the same analysed [`Doc`].

use hearsay_core::schema::Analysis;
use hearsay_core::Doc;
pub use hearsay_core::Sink;
use std::io::{self, Write};

/// Writes `hearsay.v1` JSON: one pretty or compact object per document, one per line.
pub struct JsonSink<W: Write> {
    out: W,
    pretty: bool,
}

impl<W: Write> JsonSink<W> {
    /// A sink writing to `out`.
    pub fn new(out: W, pretty: bool) -> Self {
        JsonSink { out, pretty }
    }
}

impl<W: Write> Sink for JsonSink<W> {
    type Error = io::Error;

    fn document(&mut self, doc: &Doc) -> io::Result<()> {
        let a = Analysis::from_doc(doc);
        if self.pretty {
            serde_json::to_writer_pretty(&mut self.out, &a)?;
        } else {
            serde_json::to_writer(&mut self.out, &a)?;
        }
        self.out.write_all(b"\n")
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_lines_one_per_document() {
        let mut buf = Vec::new();
        {
            let mut s = JsonSink::new(&mut buf, false);
            s.document(&Doc::new("a", "x")).unwrap();
            s.document(&Doc::new("b", "y")).unwrap();
            s.finish().unwrap();
        }
        let text = String::from_utf8(buf).unwrap();
        let lines: Vec<_> = text.lines().collect();
        assert_eq!(lines.len(), 2);
        let v: serde_json::Value = serde_json::from_str(lines[1]).unwrap();
        assert_eq!(v["document"]["id"], "b");
    }
}
