//! Dedicated rayon pools, one per thread count, built on first use and kept for the life
//! of the [`crate::pipeline::Pipeline`] that asked for them.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Rayon pools by thread count (0: one thread per core).
#[derive(Default)]
pub struct Pools(Mutex<HashMap<usize, Arc<rayon::ThreadPool>>>);

impl Pools {
    /// The pool of `threads` threads (0: one per core).
    pub fn get(&self, threads: usize) -> Result<Arc<rayon::ThreadPool>, rayon::ThreadPoolBuildError> {
        let mut pools = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(p) = pools.get(&threads) {
            return Ok(p.clone());
        }
        let pool = Arc::new(
            rayon::ThreadPoolBuilder::new().num_threads(threads).thread_name(|i| format!("hearsay-{i}")).build()?,
        );
        pools.insert(threads, pool.clone());
        Ok(pool)
    }
}

/// Runs `f`, turning a panic into an error message (a bad input must not end the caller's
/// batch, nor the Python process).
pub fn catch<T>(f: impl FnOnce() -> Result<T, String>) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).unwrap_or_else(|p| {
        let msg = p
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        Err(format!("analysis failed (internal error): {msg}"))
    })
}
