//! Open connections, oldest first: a client arriving at the connection limit closes the
//! connection open longest (gracefully: a request in flight on it finishes), so idle
//! clients cannot lock others out, however many they open (issue 18: 20,000 idle
//! connections must leave a normal request answered within a second).

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use tokio::sync::Notify;

/// The live connections of a server, up to its limit.
#[derive(Debug)]
pub struct Connections {
    max: usize,
    inner: Mutex<Live>,
}

#[derive(Debug, Default)]
struct Live {
    next: u64,
    /// Each connection's close signal, by admission order.
    open: BTreeMap<u64, Arc<Notify>>,
}

/// One admitted connection: told to close when displaced; leaves the set when dropped.
#[derive(Debug)]
pub struct Admission {
    id: u64,
    close: Arc<Notify>,
    conns: Arc<Connections>,
}

impl Connections {
    /// At most `max` connections (at least one).
    pub fn new(max: usize) -> Arc<Self> {
        Arc::new(Connections { max: max.max(1), inner: Mutex::new(Live::default()) })
    }

    /// Admits a new connection; at the limit, the longest-open one is told to close.
    pub fn admit(self: &Arc<Self>) -> Admission {
        let mut live = self.inner.lock().unwrap_or_else(|e| e.into_inner());
        while live.open.len() >= self.max {
            match live.open.pop_first() {
                Some((_, close)) => close.notify_one(),
                None => break,
            }
        }
        let id = live.next;
        live.next += 1;
        let close = Arc::new(Notify::new());
        live.open.insert(id, close.clone());
        Admission { id, close, conns: self.clone() }
    }

    /// Connections admitted and not displaced or closed.
    pub fn len(&self) -> usize {
        self.inner.lock().unwrap_or_else(|e| e.into_inner()).open.len()
    }

    /// True when no connection is open.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl Admission {
    /// Resolves when a newer connection has displaced this one.
    pub async fn displaced(&self) {
        self.close.notified().await
    }
}

impl Drop for Admission {
    fn drop(&mut self) {
        self.conns.inner.lock().unwrap_or_else(|e| e.into_inner()).open.remove(&self.id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[tokio::test]
    async fn the_oldest_connection_is_displaced_at_the_limit() {
        let conns = Connections::new(2);
        let a = conns.admit();
        let b = conns.admit();
        assert_eq!(conns.len(), 2);
        let c = conns.admit();
        assert_eq!(conns.len(), 2);
        // a was told to close (the signal waits for it), b was not
        tokio::time::timeout(Duration::from_millis(100), a.displaced()).await.expect("a displaced");
        assert!(tokio::time::timeout(Duration::from_millis(50), b.displaced()).await.is_err());
        drop(b);
        assert_eq!(conns.len(), 1);
        drop(a);
        assert_eq!(conns.len(), 1);
        drop(c);
        assert!(conns.is_empty());
    }
}
