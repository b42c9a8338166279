//! Shared server state: the pipeline, the store connections and the concurrency limit.

use crate::config::Config;
use crate::error::ApiError;
use hearsay::Pipeline;
use hearsay_store::Store;
use std::sync::{Arc, Mutex};
use tokio::sync::Semaphore;

/// The store: one writer connection and one reader connection (WAL lets them overlap).
pub struct Db {
    writer: Mutex<Box<dyn Store + Send>>,
    reader: Mutex<Box<dyn Store + Send>>,
    /// The claim cluster index, kept between requests (rebuilt when documents arrive).
    pub(crate) clusters: Mutex<Option<hearsay_cluster::ClusterIndex>>,
}

impl Db {
    /// Opens (creating and migrating when needed) the database at `path`.
    pub fn open(path: &std::path::Path) -> hearsay_store::Result<Self> {
        let writer = hearsay_store::open(path)?;
        let reader = hearsay_store::open_read_only(path)?;
        Ok(Db { writer: Mutex::new(writer), reader: Mutex::new(reader), clusters: Mutex::new(None) })
    }

    /// Runs `f` with the writer connection on a blocking thread.
    pub async fn write<T, F>(self: &Arc<Self>, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&mut dyn Store) -> Result<T, ApiError> + Send + 'static,
    {
        let db = self.clone();
        tokio::task::spawn_blocking(move || {
            let mut s = db.writer.lock().unwrap_or_else(|p| p.into_inner());
            f(s.as_mut())
        })
        .await
        .map_err(ApiError::internal)?
    }

    /// Runs `f` with the reader connection on a blocking thread.
    pub async fn read<T, F>(self: &Arc<Self>, f: F) -> Result<T, ApiError>
    where
        T: Send + 'static,
        F: FnOnce(&dyn Store) -> Result<T, ApiError> + Send + 'static,
    {
        let db = self.clone();
        tokio::task::spawn_blocking(move || {
            let s = db.reader.lock().unwrap_or_else(|p| p.into_inner());
            f(s.as_ref())
        })
        .await
        .map_err(ApiError::internal)?
    }
}

/// What every handler sees.
#[derive(Clone)]
pub struct AppState {
    /// The analysis pipeline (built once).
    pub pipeline: Arc<Pipeline>,
    /// The stance model of cross-article trails (loaded once).
    pub stance: Arc<hearsay_stance::StanceModel>,
    /// The store, when the server has one.
    pub db: Option<Arc<Db>>,
    /// Limits.
    pub config: Arc<Config>,
    /// Slots for analyses running at once.
    pub slots: Arc<Semaphore>,
    /// Slots large inputs (over [`crate::Config::heavy_bytes`]) must also hold: at most half
    /// the analysis slots, so that a few costly posts never leave ordinary ones waiting.
    pub heavy_slots: Arc<Semaphore>,
    /// Cancelled when the server stops: every analysis still running then stops.
    pub stop: hearsay::Deadline,
}

impl AppState {
    /// State for `config`, opening its database when it names one and loading the models.
    pub fn new(config: Config) -> anyhow::Result<Self> {
        let db = match &config.db {
            Some(p) => Some(Arc::new(Db::open(p)?)),
            None => None,
        };
        Ok(AppState {
            pipeline: Arc::new(Pipeline::new()?),
            stance: Arc::new(hearsay_stance::shipped()?),
            db,
            slots: Arc::new(Semaphore::new(config.max_concurrent.max(1))),
            heavy_slots: Arc::new(Semaphore::new((config.max_concurrent / 2).max(1))),
            stop: hearsay::Deadline::cancellable(),
            config: Arc::new(config),
        })
    }

    /// The store, or a 503 saying the server has none.
    pub fn db(&self) -> Result<&Arc<Db>, ApiError> {
        self.db.as_ref().ok_or_else(ApiError::no_store)
    }
}
