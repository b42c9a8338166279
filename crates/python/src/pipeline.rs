//! `hearsay._hearsay.Pipeline`: the library's [`hearsay::Pipeline`], built once (models
//! loaded) and reused; batches run on a dedicated rayon pool with the GIL released.

use crate::input::Input;
use crate::pool::{catch, Pools};
use crate::records::{analyze_record, article_from_dict, Outcome};
use crate::HearsayError;
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::PyDict;
use rayon::prelude::*;

/// The analysis pipeline with the shipped models. Build it once and reuse it: building
/// loads and checks the models.
#[pyclass(frozen, module = "hearsay._hearsay")]
pub struct Pipeline {
    inner: hearsay::Pipeline,
    pools: Pools,
}

/// One result of a batch: `(json, warnings, error)`; `json` is `None` exactly when `error` is set.
type Analysed = (Option<String>, Vec<String>, Option<String>);

fn analysed(r: Result<(String, Vec<String>), String>) -> Analysed {
    match r {
        Ok((json, warnings)) => (Some(json), warnings, None),
        Err(e) => (None, Vec::new(), Some(e)),
    }
}

impl Pipeline {
    fn pool(&self, threads: usize) -> PyResult<std::sync::Arc<rayon::ThreadPool>> {
        self.pools.get(threads).map_err(|e| PyRuntimeError::new_err(format!("cannot start {threads} threads: {e}")))
    }
}

#[pymethods]
impl Pipeline {
    /// Builds the pipeline; raises RuntimeError when a shipped model is corrupt or stale.
    #[new]
    fn new(py: Python<'_>) -> PyResult<Self> {
        let inner = py.detach(hearsay::Pipeline::new).map_err(|e| PyRuntimeError::new_err(e.to_string()))?;
        Ok(Pipeline { inner, pools: Pools::default() })
    }

    /// Analyses one input (exactly one of `text`, `html`, `data`) and returns
    /// `(json, warnings)`: the compact `hearsay.v1` JSON `hearsay analyze` prints and the
    /// warnings it writes to stderr. Raises HearsayError on an input it cannot analyse.
    #[pyo3(signature = (text=None, html=None, data=None, id=None, max_bytes=hearsay_ingest::DEFAULT_MAX_BYTES))]
    fn analyze_json(
        &self,
        py: Python<'_>,
        text: Option<String>,
        html: Option<String>,
        data: Option<Vec<u8>>,
        id: Option<String>,
        max_bytes: usize,
    ) -> PyResult<(String, Vec<String>)> {
        let input = Input::from_args(text, html, data, id)?;
        py.detach(|| catch(|| input.analyze(&self.inner, max_bytes))).map_err(HearsayError::new_err)
    }

    /// Analyses `items` (each a str text, bytes, or a dict with text/html/data and id) on a
    /// pool of `threads` threads (0: one per core) with the GIL released. Returns one
    /// `(json, warnings, error)` per item, in input order.
    #[pyo3(signature = (items, threads=0, max_bytes=hearsay_ingest::DEFAULT_MAX_BYTES))]
    fn analyze_many_json(
        &self,
        py: Python<'_>,
        items: &Bound<'_, PyAny>,
        threads: usize,
        max_bytes: usize,
    ) -> PyResult<Vec<Analysed>> {
        let inputs = items.try_iter()?.map(|i| Input::from_item(&i?)).collect::<PyResult<Vec<_>>>()?;
        let pool = self.pool(threads)?;
        Ok(py.detach(|| {
            pool.install(|| inputs.par_iter().map(|i| analysed(catch(|| i.analyze(&self.inner, max_bytes)))).collect())
        }))
    }

    /// Analyses records as `read_warc` yields them, exactly as `hearsay ingest` stores them
    /// (content key, WARC target URI as id, the record's metadata). Returns one dict per
    /// record, in order: `{"origin", "key", "json", "warnings"}`, or `{"origin", "error"}`.
    #[pyo3(signature = (records, threads=0, max_bytes=hearsay_ingest::DEFAULT_MAX_BYTES))]
    fn analyze_records_json<'py>(
        &self,
        py: Python<'py>,
        records: &Bound<'py, PyAny>,
        threads: usize,
        max_bytes: usize,
    ) -> PyResult<Vec<Bound<'py, PyDict>>> {
        let articles = records.try_iter()?.map(|r| article_from_dict(&r?)).collect::<PyResult<Vec<_>>>()?;
        let pool = self.pool(threads)?;
        let done: Vec<Outcome> = py.detach(|| {
            pool.install(|| articles.par_iter().map(|a| analyze_record(&self.inner, a, max_bytes)).collect())
        });
        done.into_iter().map(|o| o.into_dict(py)).collect()
    }

    fn __repr__(&self) -> String {
        format!("hearsay.Pipeline({:?})", self.inner)
    }
}
