//! One input of `analyze` / `analyze_many`, taken from Python: a `str` (plain text), `bytes`
//! (format sniffed, as `hearsay analyze --input auto`), or a dict `{"text"|"html"|"data", "id"}`.

use hearsay::{IngestOptions, InputFormat, Pipeline};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyString};

/// An input with its options, owned (so it can cross to the worker threads).
pub struct Input {
    /// The article bytes.
    pub bytes: Vec<u8>,
    /// `None`: sniffed from the bytes.
    pub format: Option<InputFormat>,
    /// Caller-given document id.
    pub id: Option<String>,
}

impl Input {
    /// From the keyword arguments of `analyze`: exactly one of `text`, `html`, `data`.
    pub fn from_args(
        text: Option<String>,
        html: Option<String>,
        data: Option<Vec<u8>>,
        id: Option<String>,
    ) -> PyResult<Self> {
        match (text, html, data) {
            (Some(t), None, None) => Ok(Input { bytes: t.into_bytes(), format: Some(InputFormat::Text), id }),
            (None, Some(h), None) => Ok(Input { bytes: h.into_bytes(), format: Some(InputFormat::Html), id }),
            (None, None, Some(d)) => Ok(Input { bytes: d, format: None, id }),
            _ => Err(PyTypeError::new_err("give exactly one of text=, html= or data=")),
        }
    }

    /// From one item of `analyze_many`.
    pub fn from_item(item: &Bound<'_, PyAny>) -> PyResult<Self> {
        if let Ok(s) = item.cast::<PyString>() {
            return Ok(Input { bytes: s.extract::<String>()?.into_bytes(), format: Some(InputFormat::Text), id: None });
        }
        if let Ok(b) = item.cast::<PyBytes>() {
            return Ok(Input { bytes: b.as_bytes().to_vec(), format: None, id: None });
        }
        if let Ok(d) = item.cast::<PyDict>() {
            let get = |k: &str| -> PyResult<Option<Bound<'_, PyAny>>> { Ok(d.get_item(k)?.filter(|v| !v.is_none())) };
            let text = get("text")?.map(|v| v.extract::<String>()).transpose()?;
            let html = get("html")?.map(|v| v.extract::<String>()).transpose()?;
            let data = get("data")?.map(|v| v.extract::<Vec<u8>>()).transpose()?;
            let id = get("id")?.map(|v| v.extract::<String>()).transpose()?;
            return Self::from_args(text, html, data, id);
        }
        Err(PyTypeError::new_err(format!(
            "an item must be a str (text), bytes, or a dict with text, html or data (and id); got {}",
            item.get_type().name()?
        )))
    }

    /// Analyses it as `hearsay analyze` does: the compact `hearsay.v1` JSON it prints (without
    /// the newline) and the warnings it writes to stderr.
    pub fn analyze(&self, pipeline: &Pipeline, max_bytes: usize) -> Result<(String, Vec<String>), String> {
        let opts = IngestOptions { format: self.format, id: self.id.clone(), max_bytes, key: None };
        let doc = pipeline.analyze_bytes(&self.bytes, &opts).map_err(|e| e.to_string())?;
        let json = serde_json::to_string(&hearsay::Analysis::from_doc(&doc)).map_err(|e| e.to_string())?;
        Ok((json, doc.warnings))
    }
}
