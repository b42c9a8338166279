//! Claims across articles (crates/corpus clusters): `GET /v1/clusters` lists and searches
//! them, `GET /v1/clusters/{id}` gives one claim's trail across outlets, in time order.

use crate::error::ApiError;
use crate::paging::Page;
use crate::state::{AppState, Db};
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::Json;
use hearsay_cluster::{find, persist, time::parse_timestamp, trail, ClusterIndex, ClusterQuery};
use hearsay_stance::StanceModel;
use serde::Deserialize;
use std::sync::Arc;

/// Query of `GET /v1/clusters`; every given field must match.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClustersQuery {
    /// Words that must all occur in the claim or an article's statement or headline.
    pub q: Option<String>,
    /// One of the cluster's labels.
    pub label: Option<String>,
    /// The cluster's own verdict (`summary.label`: `denied`, `disputed`, `corroborated`,
    /// `unverified`).
    pub verdict: Option<String>,
    /// A speaker, verifier or outlet whose name contains this.
    pub source: Option<String>,
    /// Seen in an article published on or after this ISO 8601 date.
    pub since: Option<String>,
    /// Seen in at least this many articles.
    pub min_articles: Option<usize>,
    /// Rows per page (default 50, at most 500; more is a 400).
    pub limit: Option<usize>,
    /// Skip this many matching clusters first.
    pub offset: Option<usize>,
    /// Page number, from 1 (`limit` clusters a page); instead of `offset`.
    pub page: Option<usize>,
}

fn non_empty(s: Option<String>) -> Option<String> {
    s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

/// Runs `f` over the cluster index, first clustering any documents stored since the last
/// call (by this server or by `hearsay ingest`).
async fn with_index<T, F>(st: &AppState, f: F) -> Result<T, ApiError>
where
    T: Send + 'static,
    F: FnOnce(&ClusterIndex, &StanceModel) -> T + Send + 'static,
{
    let db: &Arc<Db> = st.db()?;
    let db2 = db.clone();
    let stance = st.stance.clone();
    db.write(move |store| {
        let mut cache = db2.clusters.lock().unwrap_or_else(|p| p.into_inner());
        let stale = match cache.as_ref() {
            Some(ix) => !store.documents_after(ix.last_seq, 1)?.is_empty(),
            None => true,
        };
        if stale {
            let (ix, _) = persist::sync(store, &stance).map_err(ApiError::internal)?;
            *cache = Some(ix);
        }
        Ok(f(cache.as_ref().expect("index just built"), &stance))
    })
    .await
}

/// `GET /v1/clusters`: one page of the claims across articles, most articles first, with
/// their total.
pub async fn list_clusters(
    State(st): State<AppState>,
    query: Result<Query<ClustersQuery>, QueryRejection>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let q = query.map_err(|e| ApiError::bad_request("bad_query", e.body_text()))?.0;
    let page = Page::from_query(q.limit, q.offset, q.page, 50, 500)?;
    let verdict = non_empty(q.verdict);
    let since = match non_empty(q.since) {
        Some(s) => Some(
            parse_timestamp(&s)
                .ok_or_else(|| ApiError::bad_request("bad_query", format!("since: not an ISO 8601 date: {s}")))?,
        ),
        None => None,
    };
    let cq = ClusterQuery {
        search: non_empty(q.q),
        label: non_empty(q.label),
        source: non_empty(q.source),
        since,
        min_articles: q.min_articles.unwrap_or(1),
    };
    let (summaries, total) = with_index(&st, move |ix, stance| {
        let all: Vec<_> = find(ix, &cq, stance)
            .into_iter()
            .filter(|t| verdict.as_deref().is_none_or(|v| t.summary.label.as_str() == v))
            .map(|t| t.summary)
            .collect();
        let total = all.len() as u64;
        (page.slice(all), total)
    })
    .await?;
    Ok(Json(page.listing("clusters", serde_json::to_value(summaries).map_err(ApiError::internal)?, total)))
}

/// `GET /v1/clusters/{id}`: one claim's trail: its summary and one step per article.
pub async fn get_cluster(
    State(st): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let n: u64 = id.parse().map_err(|_| ApiError::unknown_id("claim cluster", &id))?;
    let t = with_index(&st, move |ix, stance| trail(ix, n, stance)).await?;
    let t = t.ok_or_else(|| ApiError::unknown_id("claim cluster", &id))?;
    Ok(Json(serde_json::to_value(t).map_err(ApiError::internal)?))
}
