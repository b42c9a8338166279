//! The route table: the single list of endpoints, used to build the router and checked
//! against the OpenAPI description (`assets/openapi.json`) by a test.

use crate::error::ApiError;
use crate::state::AppState;
use crate::{analyze, assets, claims, clusters, documents};
use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, MethodRouter};
use axum::Router;
use tower::limit::GlobalConcurrencyLimitLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::{RequestBodyTimeoutLayer, TimeoutLayer};

/// One endpoint: its method, its path (axum and OpenAPI share the `{param}` syntax) and
/// the OpenAPI `operationId` that describes it.
pub struct Endpoint {
    /// HTTP method.
    pub method: Method,
    /// Path template.
    pub path: &'static str,
    /// `operationId` in the OpenAPI description.
    pub operation_id: &'static str,
    /// The handler.
    pub handler: MethodRouter<AppState>,
}

fn ep(method: Method, path: &'static str, operation_id: &'static str, handler: MethodRouter<AppState>) -> Endpoint {
    Endpoint { method, path, operation_id, handler }
}

/// Every endpoint the server has.
pub fn table() -> Vec<Endpoint> {
    vec![
        ep(Method::GET, "/", "pageAnalyze", get(assets::index_page)),
        ep(Method::GET, "/claims", "pageClaims", get(assets::claims_page)),
        ep(Method::GET, "/assets/{file}", "getAsset", get(assets::asset)),
        ep(Method::GET, "/v1/openapi.json", "getOpenApi", get(assets::openapi)),
        ep(Method::GET, "/v1/info", "getInfo", get(assets::info)),
        ep(Method::POST, "/v1/analyze", "analyze", post(analyze::analyze)),
        ep(Method::GET, "/v1/documents", "searchDocuments", get(documents::search_documents)),
        ep(Method::GET, "/v1/documents/{id}", "getDocument", get(documents::get_document)),
        ep(Method::GET, "/v1/claims", "listClaims", get(claims::list_claims)),
        ep(Method::GET, "/v1/clusters", "listClusters", get(clusters::list_clusters)),
        ep(Method::GET, "/v1/clusters/{id}", "getCluster", get(clusters::get_cluster)),
    ]
}

async fn no_route() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "no_route", "no such endpoint; see /v1/openapi.json")
}

async fn wrong_method() -> ApiError {
    ApiError::new(StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed", "method not allowed here; see /v1/openapi.json")
}

/// Headers on every response: a strict Content-Security-Policy (no inline script, nothing
/// from other origins), no MIME sniffing, no framing.
async fn security_headers(req: axum::extract::Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; \
             base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        ),
    );
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    res
}

/// Every error is JSON: a bare error status made by a layer (the body limit, the
/// timeouts, the concurrency limit) gets the same `{"error": {...}}` body as the handlers'.
async fn json_errors(res: Response) -> Response {
    let status = res.status();
    let is_json = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("application/json"));
    if (status.is_client_error() || status.is_server_error()) && !is_json {
        return ApiError::from_status(status).into_response();
    }
    res
}

/// The router over `state`: every endpoint of [`table`], JSON errors for unknown routes
/// and methods, and the HTTP stack's own limits: the body size (a `Content-Length` over it
/// is refused before the body is read), a stalled body, the whole request's time, the
/// requests handled at once; then the security headers.
pub fn router(state: AppState) -> Router {
    let c = state.config.clone();
    let mut r = Router::new();
    for e in table() {
        r = r.route(e.path, e.handler);
    }
    r.fallback(no_route)
        .method_not_allowed_fallback(wrong_method)
        .layer(DefaultBodyLimit::max(c.max_body_bytes))
        .layer(RequestBodyLimitLayer::new(c.max_body_bytes))
        .layer(RequestBodyTimeoutLayer::new(c.body_timeout))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, c.request_timeout()))
        .layer(GlobalConcurrencyLimitLayer::new(c.max_in_flight.max(1)))
        .layer(middleware::map_response(json_errors))
        .layer(middleware::from_fn(security_headers))
        .with_state(state)
}
