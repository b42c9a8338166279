//! A deadline for one document's analysis, checked cooperatively: stages poll
//! [`Deadline::expired`] at loop granularity (between stages, per sentence or candidate)
//! and stop early when it has passed; the pipeline then discards the partial document.
//! Polling only reads, so an analysis that finishes in time is exactly what it would be
//! without a deadline.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Instant;

/// When an analysis must stop: never (the default), at an instant, or once cancelled
/// (e.g. because the client went away). Clones share the cancel flag.
#[derive(Clone, Debug, Default)]
pub struct Deadline {
    inner: Option<Arc<Inner>>,
}

#[derive(Debug)]
struct Inner {
    at: Option<Instant>,
    stopped: AtomicBool,
    /// A deadline this one also obeys (e.g. the server's shutdown).
    parent: Option<Deadline>,
}

impl Deadline {
    /// No deadline: [`Deadline::expired`] is always false.
    pub fn none() -> Self {
        Deadline::default()
    }

    /// A deadline at `at`, that can also be cancelled earlier.
    pub fn at(at: Instant) -> Self {
        Deadline { inner: Some(Arc::new(Inner { at: Some(at), stopped: AtomicBool::new(false), parent: None })) }
    }

    /// No time limit, but cancellable.
    pub fn cancellable() -> Self {
        Deadline { inner: Some(Arc::new(Inner { at: None, stopped: AtomicBool::new(false), parent: None })) }
    }

    /// A deadline at `at` that also expires when `parent` does (cancelling it leaves
    /// `parent` alone).
    pub fn child_at(parent: &Deadline, at: Instant) -> Self {
        let parent = Some(parent.clone()).filter(|p| p.inner.is_some());
        Deadline { inner: Some(Arc::new(Inner { at: Some(at), stopped: AtomicBool::new(false), parent })) }
    }

    /// Stops the analysis at its next check (does nothing on [`Deadline::none`]).
    pub fn cancel(&self) {
        if let Some(i) = &self.inner {
            i.stopped.store(true, Ordering::Relaxed);
        }
    }

    /// True once the instant has passed or the deadline was cancelled.
    pub fn expired(&self) -> bool {
        let Some(i) = &self.inner else {
            return false;
        };
        if i.stopped.load(Ordering::Relaxed) {
            return true;
        }
        if i.at.is_some_and(|at| Instant::now() >= at) || i.parent.as_ref().is_some_and(Deadline::expired) {
            i.stopped.store(true, Ordering::Relaxed);
            return true;
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn expires_at_its_instant_or_when_cancelled() {
        assert!(!Deadline::none().expired());
        Deadline::none().cancel();
        assert!(Deadline::at(Instant::now()).expired());
        let d = Deadline::at(Instant::now() + Duration::from_secs(60));
        assert!(!d.expired());
        let shared = d.clone();
        d.cancel();
        assert!(shared.expired());
        let c = Deadline::cancellable();
        assert!(!c.expired());
        let child = Deadline::child_at(&c, Instant::now() + Duration::from_secs(60));
        assert!(!child.expired());
        child.cancel();
        assert!(!c.expired(), "a child's cancel leaves its parent");
        let child = Deadline::child_at(&c, Instant::now() + Duration::from_secs(60));
        c.cancel();
        assert!(c.expired() && child.expired());
    }
}
