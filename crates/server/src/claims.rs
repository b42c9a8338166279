//! Stored claims: `GET /v1/claims` lists and searches them.

use crate::error::ApiError;
use crate::state::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::Json;
use hearsay_store::ClaimFilter;
use serde::Deserialize;

/// Query of `GET /v1/claims`; every given field must match.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimsQuery {
    /// Words that must all occur in the claim text.
    pub q: Option<String>,
    /// Assessment label.
    pub label: Option<String>,
    /// Name, role or affiliation of a source on the chain.
    pub source: Option<String>,
    /// Published on or after this ISO date.
    pub since: Option<String>,
    /// At most this many (default 50, at most 500).
    pub limit: Option<usize>,
}

fn non_empty(s: Option<String>) -> Option<String> {
    s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

/// `GET /v1/claims`: stored claims in ingest order.
pub async fn list_claims(
    State(st): State<AppState>,
    query: Result<Query<ClaimsQuery>, QueryRejection>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let q = query.map_err(|e| ApiError::bad_request("bad_query", e.body_text()))?.0;
    let filter = ClaimFilter {
        search: non_empty(q.q),
        label: non_empty(q.label),
        source: non_empty(q.source),
        since: non_empty(q.since),
        limit: Some(q.limit.unwrap_or(50).min(500)),
        ..ClaimFilter::default()
    };
    let rows = st.db()?.read(move |s| Ok(s.claims(&filter)?)).await?;
    Ok(Json(serde_json::json!({ "claims": rows })))
}
