//! Stored documents: `GET /v1/documents/{id}` and `GET /v1/documents?q=`.

use crate::error::ApiError;
use crate::paging::Page;
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

/// Query of `GET /v1/documents`: a search with `q`, else a page of the stored documents.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentsQuery {
    /// Full-text query over document text (at most `max_query_words` words).
    pub q: Option<String>,
    /// Search: at most this many (default 20, at most 200). Listing: rows per page
    /// (default 50, at most 500).
    pub limit: Option<usize>,
    /// Listing: skip this many documents first.
    pub offset: Option<usize>,
    /// Listing: page number, from 1; instead of `offset`.
    pub page: Option<usize>,
}

/// `GET /v1/documents?q=`: full-text search over stored documents, best first; without
/// `q`, one page of the stored documents in ingest order, with their total.
pub async fn search_documents(
    State(st): State<AppState>,
    query: Result<Query<DocumentsQuery>, QueryRejection>,
) -> Result<Response, ApiError> {
    let q = query.map_err(|e| ApiError::bad_request("bad_query", e.body_text()))?.0;
    let Some(text) = q.q else {
        let page = Page::from_query(q.limit, q.offset, q.page, 50, 500)?;
        let (rows, total) = st
            .db()?
            .read(move |s| {
                let total = s.counts()?.into_iter().find(|(t, _)| t == "documents").map_or(0, |(_, n)| n);
                let rows =
                    if page.limit == 0 { Vec::new() } else { s.documents_after(page.offset as i64, page.limit)? };
                Ok((rows, total))
            })
            .await?;
        let rows = serde_json::to_value(rows).map_err(ApiError::internal)?;
        return Ok(Json(page.listing("documents", rows, total)).into_response());
    };
    if q.offset.is_some() || q.page.is_some() {
        return Err(ApiError::bad_request(
            "bad_query",
            "a search gives its best matches: use limit, not offset or page",
        ));
    }
    let text = text.trim().to_string();
    let words = text.split_whitespace().count();
    if words == 0 {
        return Err(ApiError::unprocessable("bad_query", "q needs at least one word"));
    }
    let max = st.config.max_query_words;
    if words > max || text.len() > max * 64 {
        return Err(ApiError::unprocessable(
            "query_too_long",
            format!("q has {words} words; a search takes at most {max} (and {} bytes)", max * 64),
        ));
    }
    let limit = q.limit.unwrap_or(20).min(200);
    let rows = st.db()?.read(move |s| Ok(s.search_documents(&text, limit)?)).await?;
    Ok(Json(serde_json::json!({ "documents": rows })).into_response())
}
