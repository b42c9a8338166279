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
    /// Seconds after which a retry may succeed (the `Retry-After` header of a 503).
    pub retry_after: Option<u64>,
}

impl ApiError {
    /// An error with `status`, `code` and `message`.
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        ApiError { status, code, message: message.into(), retry_after: None }
    }

    /// 503 with `Retry-After`: every analysis slot stayed busy; retrying later can help.
    pub fn busy(waited: std::time::Duration) -> Self {
        let mut e = Self::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "busy",
            format!("no analysis slot came free within {} s; try again later", waited.as_secs_f64()),
        );
        e.retry_after = Some(waited.as_secs().max(1));
        e
    }

    /// 422: this input alone costs more analysis time than the server allows; retrying the
    /// same input will not help (split it, or raise `--timeout-ms`).
    pub fn too_costly(limit: std::time::Duration) -> Self {
        Self::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "too_costly",
            format!(
                "analysing this input takes longer than the server's limit of {} s; send a shorter text",
                limit.as_secs_f64()
            ),
        )
    }

    /// 415: a body the server does not analyse (images, PDFs, binary).
    pub fn unsupported_media(mt: &str) -> Self {
        Self::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "unsupported_media_type",
            format!("cannot analyse {mt}; send text/plain, text/html or application/json"),
        )
    }

    /// The JSON error that stands for a bare error status made by a layer (body limit,
    /// timeouts, concurrency limit), so every error has the same JSON shape.
    pub fn from_status(status: StatusCode) -> Self {
        let (code, message) = match status {
            StatusCode::PAYLOAD_TOO_LARGE => ("body_too_large", "request body is over the limit"),
            StatusCode::REQUEST_TIMEOUT => {
                ("request_timeout", "the request took too long (sending it, or answering it)")
            }
            StatusCode::SERVICE_UNAVAILABLE => ("busy", "the server is busy; try again later"),
            StatusCode::UNSUPPORTED_MEDIA_TYPE => ("unsupported_media_type", "unsupported media type"),
            StatusCode::BAD_REQUEST => ("bad_request", "the request could not be read"),
            _ if status.is_client_error() => ("client_error", "the request was refused"),
            _ => ("server_error", "the server could not answer"),
        };
        Self::new(status, code, message)
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
        let mut res = (self.status, Json(body)).into_response();
        if let Some(s) = self.retry_after {
            res.headers_mut().insert(axum::http::header::RETRY_AFTER, s.into());
        }
        res
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
