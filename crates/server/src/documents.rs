//! Stored documents: `GET /v1/documents/{id}` and `GET /v1/documents?q=`.

use crate::error::ApiError;
use crate::state::AppState;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;

/// `GET /v1/documents/{id}`: the stored `hearsay.v1` JSON, byte for byte as stored.
/// `id` is a content key, a key prefix of at least 8 hex digits, a caller id or a
/// `document.id`; the first match in ingest order wins.
pub async fn get_document(State(st): State<AppState>, Path(id): Path<String>) -> Result<Response, ApiError> {
    let db = st.db()?.clone();
    let json = db
        .read(move |s| {
            let Some(row) = s.lookup(&id)?.into_iter().next() else {
                return Err(ApiError::unknown_id("document", &id));
            };
            s.analysis_json(&row.key)?.ok_or_else(|| ApiError::unknown_id("document", &id))
        })
        .await?;
    Ok(([(header::CONTENT_TYPE, "application/json")], json).into_response())
}

/// Query of `GET /v1/documents`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SearchQuery {
    /// Full-text query over document text.
    pub q: String,
    /// At most this many (default 20, at most 200).
    pub limit: Option<usize>,
}

/// `GET /v1/documents?q=`: full-text search over stored documents, best first.
pub async fn search_documents(
    State(st): State<AppState>,
    query: Result<Query<SearchQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    let q = query.map_err(|e| ApiError::bad_request("bad_query", e.body_text()))?.0;
    let text = q.q.trim().to_string();
    if text.is_empty() {
        return Err(ApiError::unprocessable("bad_query", "q needs at least one word"));
    }
    let limit = q.limit.unwrap_or(20).min(200);
    let rows = st.db()?.read(move |s| Ok(s.search_documents(&text, limit)?)).await?;
    Ok(Json(serde_json::json!({ "documents": rows })).into_response())
}
