//! Stored claims: `GET /v1/claims` lists and searches them.

use crate::error::ApiError;
use crate::paging::Page;
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
    /// Rows per page (default 50, at most 500; more is a 400).
    pub limit: Option<usize>,
    /// Skip this many matching claims first.
    pub offset: Option<usize>,
    /// Page number, from 1 (`limit` claims a page); instead of `offset`.
    pub page: Option<usize>,
}

fn non_empty(s: Option<String>) -> Option<String> {
    s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

/// `GET /v1/claims`: one page of the stored claims in ingest order, with their total.
pub async fn list_claims(
    State(st): State<AppState>,
    query: Result<Query<ClaimsQuery>, QueryRejection>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let q = query.map_err(|e| ApiError::bad_request("bad_query", e.body_text()))?.0;
    let page = Page::from_query(q.limit, q.offset, q.page, 50, 500)?;
    let filter = ClaimFilter {
        search: non_empty(q.q),
        label: non_empty(q.label),
        source: non_empty(q.source),
        since: non_empty(q.since),
        limit: Some(page.limit),
        offset: Some(page.offset),
        ..ClaimFilter::default()
    };
    let (rows, total) = st.db()?.read(move |s| Ok((s.claims(&filter)?, s.count_claims(&filter)?))).await?;
    Ok(Json(page.listing("claims", serde_json::to_value(rows).map_err(ApiError::internal)?, total)))
}
