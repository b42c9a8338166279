//! Batch inputs for Spark and other engines: `read_warc` yields the records of a WARC file
//! (or of anything `hearsay ingest` reads) through the same Rust reader as `hearsay ingest`,
//! and [`analyze_record`] analyses one exactly as `hearsay ingest` stores it.

use crate::pool::catch;
use hearsay::InputFormat;
use hearsay_readers::{records, Article, ByteCounter, ReadOptions, Record};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict};
use std::sync::Mutex;

type Stream = Box<dyn Iterator<Item = Record> + Send>;

/// The records of one input, lazily: a dict per article
/// (`origin, id, url, published, outlet, date, format, body`) or per unreadable record
/// (`origin, error`); records that are not articles (WARC requests, metadata, images,
/// redirects) are skipped and counted in `ignored`.
#[pyclass(frozen, module = "hearsay._hearsay")]
pub struct Records {
    stream: Mutex<Option<Stream>>,
    ignored: Mutex<u64>,
}

/// Reads `path` (.warc or .warc.gz; also JSON Lines, an article file or a directory, as
/// `hearsay ingest` does) with the Rust reader of `hearsay ingest`. Articles larger than
/// `max_bytes` are reported as bad records.
#[pyfunction]
#[pyo3(signature = (path, max_bytes=hearsay_ingest::DEFAULT_MAX_BYTES))]
pub fn read_warc(path: std::path::PathBuf, max_bytes: usize) -> Records {
    let path = path.to_string_lossy().into_owned();
    let stream: Stream = Box::new(records(vec![path], ReadOptions { max_bytes }, ByteCounter::new()));
    Records { stream: Mutex::new(Some(stream)), ignored: Mutex::new(0) }
}

#[pymethods]
impl Records {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyDict>>> {
        let next = py.detach(|| {
            let mut guard = self.stream.lock().unwrap_or_else(|e| e.into_inner());
            loop {
                let stream = guard.as_mut()?;
                match stream.next() {
                    Some(Record::Ignored) => *self.ignored.lock().unwrap_or_else(|e| e.into_inner()) += 1,
                    None => {
                        *guard = None;
                        return None;
                    }
                    Some(r) => return Some(r),
                }
            }
        });
        let d = PyDict::new(py);
        match next {
            None => return Ok(None),
            Some(Record::Article(a)) => {
                d.set_item("origin", a.origin)?;
                d.set_item("id", a.caller_id)?;
                d.set_item("url", a.url)?;
                d.set_item("published", a.published)?;
                d.set_item("outlet", a.outlet)?;
                d.set_item("date", a.crawled)?;
                d.set_item("format", a.format.map(format_name))?;
                d.set_item("body", PyBytes::new(py, &a.body))?;
            }
            Some(Record::Bad(b)) => {
                d.set_item("origin", b.origin)?;
                d.set_item("error", b.reason)?;
            }
            Some(Record::Ignored) => unreachable!("ignored records are skipped above"),
        }
        Ok(Some(d))
    }

    /// Records skipped so far because they are not articles.
    #[getter]
    fn ignored(&self) -> u64 {
        *self.ignored.lock().unwrap_or_else(|e| e.into_inner())
    }
}

fn format_name(f: InputFormat) -> &'static str {
    match f {
        InputFormat::Text => "text",
        InputFormat::Html => "html",
    }
}

/// An article from a dict as [`Records`] yields it (`body` required; the rest optional).
pub fn article_from_dict(d: &Bound<'_, PyAny>) -> PyResult<Article> {
    let d = d.cast::<PyDict>().map_err(|_| PyTypeError::new_err("a record must be a dict as read_warc yields"))?;
    let get = |k: &str| -> PyResult<Option<String>> {
        d.get_item(k)?.filter(|v| !v.is_none()).map(|v| v.extract::<String>()).transpose()
    };
    let body: Vec<u8> = match d.get_item("body")? {
        Some(b) => b.extract()?,
        None => return Err(PyTypeError::new_err("a record needs `body` (bytes)")),
    };
    let format = match get("format")?.as_deref() {
        None => None,
        Some("text") => Some(InputFormat::Text),
        Some("html") => Some(InputFormat::Html),
        Some(other) => return Err(PyTypeError::new_err(format!("format must be text or html, not {other}"))),
    };
    Ok(Article {
        origin: get("origin")?.unwrap_or_default(),
        caller_id: get("id")?,
        url: get("url")?,
        published: get("published")?,
        outlet: get("outlet")?,
        crawled: get("date")?,
        format,
        body,
    })
}

/// What analysing one record gave.
pub struct Outcome {
    origin: String,
    result: Result<(String, String, Vec<String>), String>,
}

impl Outcome {
    /// `{"origin", "key", "json", "warnings"}` or `{"origin", "error"}`.
    pub fn into_dict(self, py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("origin", self.origin)?;
        match self.result {
            Ok((key, json, warnings)) => {
                d.set_item("key", key)?;
                d.set_item("json", json)?;
                d.set_item("warnings", warnings)?;
            }
            Err(e) => d.set_item("error", e)?,
        }
        Ok(d)
    }
}

/// Analyses `article` as `hearsay ingest` does ([`hearsay_batch::prepare`]): the stored
/// `hearsay.v1` JSON, keyed by the content key of its bytes.
pub fn analyze_record(pipeline: &hearsay::Pipeline, article: &Article, max_bytes: usize) -> Outcome {
    let result = catch(|| {
        let key = hearsay_store::content_key(&article.body);
        let (doc, warnings) = hearsay_batch::prepare(pipeline, article, &key, max_bytes).map_err(|b| b.reason)?;
        Ok((key, doc.json, warnings))
    });
    Outcome { origin: article.origin.clone(), result }
}
