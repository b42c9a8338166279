//! `hearsay._hearsay`: the Python extension module, thin over the library crate `hearsay`.
//!
//! Every analysis is the library's: [`hearsay::Pipeline`] and the `hearsay.v1` JSON exactly
//! as `hearsay analyze` prints it ([`input`]), or, for records read from WARC and other batch
//! inputs, exactly as `hearsay ingest` stores it ([`records`]). The Python package
//! (`python/hearsay`) parses that JSON into dicts and adds pandas and Spark glue; no analysis
//! logic lives in Python or here.

mod export;
mod input;
mod pipeline;
mod pool;
mod records;

use pyo3::prelude::*;

pyo3::create_exception!(
    _hearsay,
    HearsayError,
    pyo3::exceptions::PyValueError,
    "An input hearsay cannot analyse (empty, binary, over the size limit, unreadable)."
);

/// The native part of the `hearsay` Python package.
#[pymodule]
mod _hearsay {
    #[pymodule_export]
    use super::export::{export_columns, export_schema};
    #[pymodule_export]
    use super::pipeline::Pipeline;
    #[pymodule_export]
    use super::records::{read_warc, Records};
    #[pymodule_export]
    use super::HearsayError;

    /// The default size limit of one input, in bytes (`hearsay analyze --max-bytes`).
    #[pymodule_export]
    const DEFAULT_MAX_BYTES: usize = hearsay_ingest::DEFAULT_MAX_BYTES;

    /// The version of the Rust crates this module was built from.
    #[pymodule_export]
    const RUST_VERSION: &str = env!("CARGO_PKG_VERSION");
}
