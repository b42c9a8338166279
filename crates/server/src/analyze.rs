//! `POST /v1/analyze`: run the pipeline on a posted article, optionally store the result.

use crate::error::ApiError;
use crate::state::AppState;
use axum::body::Bytes;
use axum::extract::rejection::{BytesRejection, QueryRejection};
use axum::extract::{Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use hearsay::{AnalyzeError, Deadline, IngestOptions, InputFormat};
use hearsay_core::schema::Analysis;
use hearsay_core::{Doc, Sink};
use hearsay_store::StoreSink;
use serde::Deserialize;
use tokio::time::{timeout_at, Instant};

/// A JSON request: exactly one of `text` and `html`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnalyzeRequest {
    /// Plain text, kept byte for byte.
    pub text: Option<String>,
    /// An HTML page.
    pub html: Option<String>,
    /// Document id (default: a content hash).
    pub id: Option<String>,
    /// Also store the analysis (needs `--db`).
    #[serde(default)]
    pub store: bool,
}

/// Query parameters for a raw (non-JSON) body.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnalyzeQuery {
    /// Document id.
    pub id: Option<String>,
    /// Also store the analysis.
    #[serde(default)]
    pub store: bool,
}

/// One article to analyse, whatever way it was posted.
struct Article {
    bytes: Vec<u8>,
    format: Option<InputFormat>,
    id: Option<String>,
    store: bool,
}

fn media_type(headers: &HeaderMap) -> String {
    let ct = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    ct.split(';').next().unwrap_or("").trim().to_ascii_lowercase()
}

fn parse_article(headers: &HeaderMap, query: AnalyzeQuery, body: Bytes) -> Result<Article, ApiError> {
    let mt = media_type(headers);
    if mt == "application/json" || mt.ends_with("+json") {
        if query.id.is_some() || query.store {
            return Err(ApiError::bad_request("bad_query", "with a JSON body, give id and store in the body"));
        }
        let req: AnalyzeRequest = serde_json::from_slice(&body).map_err(|e| {
            if e.classify() == serde_json::error::Category::Data {
                ApiError::unprocessable("invalid_request", format!("request does not fit the schema: {e}"))
            } else {
                ApiError::bad_request("malformed_json", format!("request body is not valid JSON: {e}"))
            }
        })?;
        let (bytes, format) = match (req.text, req.html) {
            (Some(t), None) => (t.into_bytes(), InputFormat::Text),
            (None, Some(h)) => (h.into_bytes(), InputFormat::Html),
            _ => return Err(ApiError::unprocessable("invalid_request", "give exactly one of \"text\" and \"html\"")),
        };
        return Ok(Article { bytes, format: Some(format), id: req.id, store: req.store });
    }
    let format = match mt.as_str() {
        "text/html" | "application/xhtml+xml" => Some(InputFormat::Html),
        "text/plain" => Some(InputFormat::Text),
        // no type, other text, or what `curl --data-binary` sends: told apart by content
        "" | "application/x-www-form-urlencoded" => None,
        t if t.starts_with("text/") => None,
        t => return Err(ApiError::unsupported_media(t)),
    };
    Ok(Article { bytes: body.to_vec(), format, id: query.id, store: query.store })
}

/// The HTTP response as a sink: the `hearsay.v1` JSON of the document, compact.
#[derive(Default)]
struct ResponseSink {
    json: Vec<u8>,
}

impl Sink for ResponseSink {
    type Error = ApiError;

    fn document(&mut self, doc: &Doc) -> Result<(), ApiError> {
        self.json = serde_json::to_vec(&Analysis::from_doc(doc)).map_err(ApiError::internal)?;
        Ok(())
    }
}

/// Cancels an analysis when the request handling it is dropped.
struct CancelOnDrop(Deadline);

impl Drop for CancelOnDrop {
    fn drop(&mut self) {
        self.0.cancel();
    }
}

/// `POST /v1/analyze`.
pub async fn analyze(
    State(st): State<AppState>,
    headers: HeaderMap,
    query: Result<Query<AnalyzeQuery>, QueryRejection>,
    body: Result<Bytes, BytesRejection>,
) -> Result<Response, ApiError> {
    let query = query.map_err(|e| ApiError::bad_request("bad_query", e.body_text()))?.0;
    let body = body.map_err(|e| match e.status() {
        StatusCode::PAYLOAD_TOO_LARGE => ApiError::too_large(st.config.max_body_bytes),
        s => ApiError::new(s, "unreadable_body", e.body_text()),
    })?;
    let art = parse_article(&headers, query, body)?;
    if art.store {
        st.db()?;
    }
    // Waiting for a slot is bounded: a 503 (retry later) when none comes free in time.
    let wait = st.config.analysis_timeout;
    let until = Instant::now() + wait;
    let heavy = match art.bytes.len() > st.config.heavy_bytes {
        true => Some(
            timeout_at(until, st.heavy_slots.clone().acquire_owned())
                .await
                .map_err(|_| ApiError::busy(wait))?
                .map_err(ApiError::internal)?,
        ),
        false => None,
    };
    let permit = timeout_at(until, st.slots.clone().acquire_owned())
        .await
        .map_err(|_| ApiError::busy(wait))?
        .map_err(ApiError::internal)?;
    // The analysis itself gets the same time from when it starts; the pipeline checks the
    // deadline as it goes and stops, freeing the slot, when it passes, when the server
    // shuts down, or when this request is dropped (client gone, request timeout).
    let deadline = Deadline::child_at(&st.stop, std::time::Instant::now() + st.config.analysis_timeout);
    let _cancel = CancelOnDrop(deadline.clone());
    let pipeline = st.pipeline.clone();
    let key = art.store.then(|| hearsay_store::content_key(&art.bytes));
    let opts = IngestOptions { format: art.format, id: art.id.clone(), max_bytes: st.config.max_body_bytes, key };
    let bytes = art.bytes;
    let task = tokio::task::spawn_blocking(move || {
        let _permits = (permit, heavy);
        pipeline.analyze_bytes_until(&bytes, &opts, deadline)
    });
    let doc = match task.await.map_err(ApiError::internal)? {
        Ok(doc) => doc,
        Err(AnalyzeError::Ingest(e)) => return Err(e.into()),
        Err(AnalyzeError::DeadlineExceeded) if st.stop.expired() => {
            return Err(ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "shutting_down", "the server is stopping"))
        }
        Err(AnalyzeError::DeadlineExceeded) => return Err(ApiError::too_costly(st.config.analysis_timeout)),
    };
    if !art.store {
        let mut body = ResponseSink::default();
        body.document(&doc)?;
        return Ok(([(header::CONTENT_TYPE, "application/json")], body.json).into_response());
    }
    // No timeout here: a write that has started is finished, also during shutdown.
    let (key, json) = st
        .db()?
        .write(move |s| {
            let mut sink = StoreSink::new(s, "http");
            sink.document(&doc)?;
            sink.finish()?;
            let w = sink.last().cloned().ok_or_else(|| ApiError::internal("nothing was stored"))?;
            Ok((w.key, w.json))
        })
        .await?;
    let location = format!("/v1/documents/{key}");
    Ok((
        StatusCode::CREATED,
        [(header::CONTENT_TYPE, "application/json".to_string()), (header::LOCATION, location)],
        json,
    )
        .into_response())
}
