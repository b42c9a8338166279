//! The web page, its scripts and the OpenAPI description, embedded in the binary.

use crate::error::ApiError;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::Json;

/// The OpenAPI 3 description of every route.
pub const OPENAPI: &str = include_str!("../assets/openapi.json");

const INDEX_HTML: &str = include_str!("../assets/index.html");
const CLAIMS_HTML: &str = include_str!("../assets/claims.html");

/// Scripts and styles served under `/assets/`.
const FILES: &[(&str, &str, &str)] = &[
    ("common.js", "text/javascript; charset=utf-8", include_str!("../assets/common.js")),
    ("reasons.js", "text/javascript; charset=utf-8", include_str!("../assets/reasons.js")),
    ("app.js", "text/javascript; charset=utf-8", include_str!("../assets/app.js")),
    ("claims.js", "text/javascript; charset=utf-8", include_str!("../assets/claims.js")),
    ("style.css", "text/css; charset=utf-8", include_str!("../assets/style.css")),
];

fn html(body: &'static str) -> Response {
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], body).into_response()
}

/// `GET /`: analyse an article.
pub async fn index_page() -> Response {
    html(INDEX_HTML)
}

/// `GET /claims`: the claims browser.
pub async fn claims_page() -> Response {
    html(CLAIMS_HTML)
}

/// `GET /assets/{file}`.
pub async fn asset(Path(file): Path<String>) -> Result<Response, ApiError> {
    let (_, ct, body) =
        FILES.iter().find(|(n, _, _)| *n == file).ok_or_else(|| ApiError::unknown_id("asset", &file))?;
    Ok(([(header::CONTENT_TYPE, *ct), (header::CACHE_CONTROL, "no-cache")], *body).into_response())
}

/// `GET /v1/openapi.json`.
pub async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

/// `GET /v1/info`: version, schema and whether a store is attached.
pub async fn info(State(st): State<AppState>) -> Json<serde_json::Value> {
    Json(serde_json::json!({
        "name": "hearsay",
        "version": env!("CARGO_PKG_VERSION"),
        "schema": hearsay_core::schema::SCHEMA,
        "store": st.db.is_some(),
        "limits": {
            "max_body_bytes": st.config.max_body_bytes,
            "analysis_timeout_ms": st.config.analysis_timeout.as_millis() as u64,
            "max_concurrent": st.config.max_concurrent,
        }
    }))
}
