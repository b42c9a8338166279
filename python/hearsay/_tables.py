"""The export tables (docs/EXPORT.md) from analyses, through the Rust crate hearsay-export:
the columns and rows are those of ``hearsay export``; this module only moves them into
pandas or Arrow."""

from __future__ import annotations

import json
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

from . import _hearsay

#: Spark SQL / Arrow type of each column kind of the export schema.
SPARK_TYPES = {"int64": "bigint", "float64": "double", "bool": "boolean", "string": "string"}


def available() -> bool:
    """Whether this build of the package has the export tables."""
    return hasattr(_hearsay, "export_columns")


def _require() -> None:
    if not available():
        raise RuntimeError("this build of hearsay has no export tables (crate hearsay-export)")


def schema() -> List[Tuple[str, List[Tuple[str, str, bool]]]]:
    """Every export table with its columns: ``[(table, [(column, kind, nullable)])]``."""
    _require()
    return _hearsay.export_schema()


def schemas() -> Dict[str, List[Tuple[str, str]]]:
    """``{table: [(column, Spark SQL type)]}`` for the per-document tables."""
    return {t: [(c, SPARK_TYPES[k]) for c, k, _ in cols] for t, cols in schema() if t != "clusters"}


def columns(table: str, jsons: Sequence[str], keys: Optional[Sequence[Optional[str]]] = None) -> Tuple[Dict[str, list], List[int]]:
    """The rows ``table`` has for the analyses ``jsons`` (``hearsay.v1`` texts), column by
    column, and for each row the index of its analysis in ``jsons``. ``keys``: the content
    key of each analysis (fills ``document_key``), when known."""
    _require()
    return _hearsay.export_columns(table, list(jsons), None if keys is None else list(keys))


def to_pandas(analyses: Iterable[Dict[str, Any]]) -> Dict[str, Any]:
    try:
        import pandas as pd
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError("hearsay.to_pandas needs pandas: pip install pandas (or 'hearsay[pandas]')") from e
    jsons = [json.dumps(a) for a in analyses]
    out = {}
    kinds = {"int64": "Int64", "float64": "Float64", "bool": "boolean", "string": "string"}
    for table, cols in schema():
        data, _ = columns(table, jsons)
        out[table] = pd.DataFrame({c: pd.array(data[c], dtype=kinds[k]) for c, k, _ in cols})
    return out
