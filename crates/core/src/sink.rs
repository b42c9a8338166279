//! Sinks: consumers of analysed documents. The pipeline produces one [`Doc`]; JSON output,
//! the store and the HTTP response are each a sink over it, not branches in the pipeline.

use crate::Doc;

/// Receives each analysed document.
pub trait Sink {
    /// What can go wrong while consuming.
    type Error;
    /// One finished document.
    fn document(&mut self, doc: &Doc) -> Result<(), Self::Error>;
    /// Called once after the last document.
    fn finish(&mut self) -> Result<(), Self::Error> {
        Ok(())
    }
}
