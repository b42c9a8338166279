//! JSON errors: every failure is `{"error": {"code": ..., "message": ...}}` with a status.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use hearsay::IngestError;

/// An API error: an HTTP status, a stable machine-readable code and a message for people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// Stable code (`malformed_json`, `body_too_large`, `unknown_id`, …).
    pub code: &'static str,
    /// What went wrong, for people.
    pub message: String,
}

impl ApiError {
    /// An error with `status`, `code` and `message`.
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        ApiError { status, code, message: message.into() }
    }

    /// 400: the request could not be read.
    pub fn bad_request(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, code, message)
    }

    /// 422: well-formed but unusable input.
    pub fn unprocessable(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNPROCESSABLE_ENTITY, code, message)
    }

    /// 404: no such document or claim.
    pub fn unknown_id(what: &str, id: &str) -> Self {
        Self::new(StatusCode::NOT_FOUND, "unknown_id", format!("no {what} with id {id:?}"))
    }

    /// 413: the body is over the limit.
    pub fn too_large(limit: usize) -> Self {
        Self::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "body_too_large",
            format!("request body is over the limit of {limit} bytes"),
        )
    }

    /// 503: the server runs without a store.
    pub fn no_store() -> Self {
        Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "no_store",
            "this server runs without a database; start it with --db FILE",
        )
    }

    /// 500: a bug or a failing dependency; the message is logged, not sent in full.
    pub fn internal(message: impl std::fmt::Display) -> Self {
        eprintln!("hearsay-server: internal error: {message}");
        Self::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", "internal error; see the server log")
    }
}

impl From<IngestError> for ApiError {
    fn from(e: IngestError) -> Self {
        let code = match &e {
            IngestError::Empty => "empty_input",
            IngestError::TooLarge { .. } => "body_too_large",
            IngestError::Binary(_) => "binary_input",
            IngestError::NoText => "no_text",
        };
        let status = match &e {
            IngestError::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            _ => StatusCode::UNPROCESSABLE_ENTITY,
        };
        ApiError::new(status, code, e.to_string())
    }
}

impl From<hearsay_store::StoreError> for ApiError {
    fn from(e: hearsay_store::StoreError) -> Self {
        ApiError::internal(e)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({"error": {"code": self.code, "message": self.message}});
        (self.status, Json(body)).into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ingest_errors_are_client_errors() {
        let all = [
            IngestError::Empty,
            IngestError::TooLarge { size: 10, limit: 5 },
            IngestError::Binary("NUL bytes".into()),
            IngestError::NoText,
        ];
        for e in all {
            let a = ApiError::from(e);
            assert!(a.status.is_client_error(), "{a:?}");
        }
        assert_eq!(ApiError::from(IngestError::TooLarge { size: 10, limit: 5 }).status, StatusCode::PAYLOAD_TOO_LARGE);
    }
}
