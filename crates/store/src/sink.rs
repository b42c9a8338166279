//! [`StoreSink`]: the store as a pipeline sink.

use crate::{NewDocument, Put, Result, Sighting, Store, StoreError};
use hearsay_core::schema::Analysis;
use hearsay_core::{Doc, Sink};

/// Writes analysed documents into a [`Store`], in batches of `batch` documents, each batch
/// one atomic write. Each document is keyed by the content key of its input
/// ([`hearsay_core::InputInfo`]: ingest sets it when given `IngestOptions::key` or no id) and
/// gets a sighting from its id and metadata.
pub struct StoreSink<'a, S: Store + ?Sized> {
    store: &'a mut S,
    origin: String,
    batch: usize,
    pending: Vec<Put>,
    count: usize,
    last: Option<NewDocumentRef>,
}

/// What was written of one document: its key and its stored JSON.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewDocumentRef {
    /// Content key.
    pub key: String,
    /// The stored `hearsay.v1` JSON (as `hearsay analyze` prints it, without newline).
    pub json: String,
}

impl<'a, S: Store + ?Sized> StoreSink<'a, S> {
    /// A sink writing into `store`; `origin` says where the documents came from (`http`, a
    /// path) in their sightings.
    pub fn new(store: &'a mut S, origin: &str) -> Self {
        StoreSink { store, origin: origin.to_string(), batch: 64, pending: Vec::new(), count: 0, last: None }
    }

    /// Documents per atomic write (at least 1).
    pub fn batch(mut self, n: usize) -> Self {
        self.batch = n.max(1);
        self
    }

    /// How many documents it has taken.
    pub fn count(&self) -> usize {
        self.count
    }

    /// The last document it took (what a one-document writer answers with).
    pub fn last(&self) -> Option<&NewDocumentRef> {
        self.last.as_ref()
    }

    fn flush(&mut self) -> Result<()> {
        if !self.pending.is_empty() {
            self.store.put_batch(&self.pending)?;
            self.pending.clear();
        }
        Ok(())
    }
}

/// The storable form of `doc`, seen at `origin`.
pub fn new_document(doc: &Doc, origin: &str) -> Result<NewDocument> {
    let key = doc.input.key.clone();
    if key.is_empty() {
        return Err(StoreError::Invalid(format!("document {} has no input key (it was not made by ingest)", doc.id)));
    }
    let m = &doc.metadata;
    let sighting = Sighting {
        key: key.clone(),
        caller_id: doc.input.caller_id.then(|| doc.id.clone()),
        url: m.url.clone(),
        outlet: m.outlet.clone(),
        published: m.published.clone(),
        origin: origin.to_string(),
    };
    NewDocument::new(key, sighting, doc.input.bytes, Analysis::from_doc(doc))
}

impl<S: Store + ?Sized> Sink for StoreSink<'_, S> {
    type Error = StoreError;

    fn document(&mut self, doc: &Doc) -> Result<()> {
        let new = new_document(doc, &self.origin)?;
        self.count += 1;
        self.last = Some(NewDocumentRef { key: new.key.clone(), json: new.json.clone() });
        self.pending.push(Put::Document(Box::new(new)));
        if self.pending.len() >= self.batch {
            self.flush()?;
        }
        Ok(())
    }

    fn finish(&mut self) -> Result<()> {
        self.flush()
    }
}
