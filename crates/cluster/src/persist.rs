//! Keeping clusters in a store: the incremental index lives in the store's key-value table,
//! and each cluster is mirrored into `claim_clusters` (its summary as `info`) with the
//! stored claims that belong to it in `cluster_members` (with the article's stance).

use crate::index::{ClusterIndex, ClusterOptions};
use crate::mention::MentionKind;
use crate::trail::trail;
use hearsay_stance::StanceModel;
use hearsay_store::{ClaimFilter, Membership, Store};
use std::collections::{BTreeMap, BTreeSet};

/// Key of the serialised [`ClusterIndex`] in the store's key-value table.
pub const INDEX_KEY: &str = "corpus.cluster_index.v1";

/// Documents read from the store per round.
const PAGE: usize = 500;

/// What one [`sync`] did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SyncOutcome {
    /// Documents newly clustered.
    pub documents: usize,
    /// Clusters created or grown.
    pub clusters_touched: usize,
    /// Clusters in all.
    pub clusters: usize,
}

/// The index saved in `store` (empty when none was saved).
pub fn load(store: &dyn Store) -> anyhow::Result<ClusterIndex> {
    let mut ix = match store.get_meta(INDEX_KEY)? {
        Some(json) => serde_json::from_str(&json)?,
        None => ClusterIndex::new(ClusterOptions::default()),
    };
    ix.rebuild();
    Ok(ix)
}

/// Clusters every document ingested since the last sync (in ingest order), mirrors the
/// touched clusters into the store and saves the index. Running it again with nothing new
/// changes nothing.
pub fn sync(store: &mut dyn Store, stance: &StanceModel) -> anyhow::Result<(ClusterIndex, SyncOutcome)> {
    let mut ix = load(store)?;
    let mut out = SyncOutcome::default();
    let mut touched = BTreeSet::new();
    loop {
        let rows = store.documents_after(ix.last_seq, PAGE)?;
        let Some(last) = rows.last().map(|r| r.seq) else {
            break;
        };
        for row in rows {
            if let Some(a) = store.analysis(&row.key)? {
                touched.extend(ix.add_keyed(&row.key, &a));
                out.documents += 1;
            }
        }
        ix.last_seq = last;
    }
    if out.documents == 0 {
        out.clusters = ix.cluster_count();
        return Ok((ix, out));
    }
    // Stored claim keys of the documents in touched clusters, by (document key, claim id).
    let mut claim_keys: BTreeMap<(String, String), i64> = BTreeMap::new();
    let docs: BTreeSet<&String> = touched
        .iter()
        .flat_map(|&id| ix.members(id).filter(|e| e.mention.kind == MentionKind::Claim).map(|e| &ix.docs[e.doc].key))
        .collect();
    for key in docs {
        let f = ClaimFilter { document: Some(key.clone()), ..Default::default() };
        for c in store.claims(&f)? {
            claim_keys.insert((key.clone(), c.claim_id), c.key);
        }
    }
    touched = touched.into_iter().map(|c| ix.resolve(c)).collect();
    let mut members = Vec::new();
    for &id in &touched {
        let Some(t) = trail(&ix, id, stance) else { continue };
        let info = serde_json::to_string(&t.summary)?;
        let sid = match ix.store_ids.get(&id) {
            Some(&s) => {
                store.set_cluster_info(s, &info)?;
                s
            }
            None => {
                let s = store.create_cluster(&info)?;
                ix.store_ids.insert(id, s);
                s
            }
        };
        let stance_of: BTreeMap<&str, &str> = t.steps.iter().map(|s| (s.doc_id.as_str(), s.stance.as_str())).collect();
        for e in ix.members(id).filter(|e| e.mention.kind == MentionKind::Claim) {
            let dkey = &ix.docs[e.doc].key;
            if let Some(&claim) = claim_keys.get(&(dkey.clone(), e.mention.key.clone())) {
                members.push(Membership {
                    claim,
                    cluster: sid,
                    stance: stance_of.get(e.mention.doc_id.as_str()).map(|s| s.to_string()),
                    score: None,
                });
            }
        }
    }
    store.put_cluster_membership(&members)?;
    // Rows of clusters merged away point at the cluster that absorbed them.
    let gone: Vec<u64> = ix.store_ids.keys().copied().filter(|c| ix.merged.contains_key(c)).collect();
    for old in gone {
        if let Some(row) = ix.store_ids.remove(&old) {
            let new = ix.resolve(old);
            let info = serde_json::json!({ "merged_into": new, "merged_into_row": ix.store_ids.get(&new) });
            store.set_cluster_info(row, &info.to_string())?;
        }
    }
    store.set_meta(INDEX_KEY, &serde_json::to_string(&ix)?)?;
    out.clusters_touched = touched.len();
    out.clusters = ix.cluster_count();
    Ok((ix, out))
}
