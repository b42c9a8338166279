"""Type stubs of the native module ``hearsay._hearsay`` (crates/python)."""

from os import PathLike
from typing import Any, Dict, Iterable, Iterator, List, Optional, Tuple, Union

DEFAULT_MAX_BYTES: int
RUST_VERSION: str

class HearsayError(ValueError):
    """An input hearsay cannot analyse (empty, binary, over the size limit, unreadable)."""

class Pipeline:
    """The analysis pipeline with the shipped models; build once, reuse, share between threads."""

    def __init__(self) -> None: ...
    def analyze_json(
        self,
        text: Optional[str] = None,
        html: Optional[str] = None,
        data: Optional[bytes] = None,
        id: Optional[str] = None,
        max_bytes: int = ...,
    ) -> Tuple[str, List[str]]:
        """``(json, warnings)``: the compact ``hearsay.v1`` JSON and the analysis warnings."""
    def analyze_many_json(
        self, items: Iterable[Union[str, bytes, Dict[str, Any]]], threads: int = 0, max_bytes: int = ...
    ) -> List[Tuple[Optional[str], List[str], Optional[str]]]:
        """One ``(json, warnings, error)`` per item, in order, computed with the GIL released."""
    def analyze_records_json(
        self, records: Iterable[Dict[str, Any]], threads: int = 0, max_bytes: int = ...
    ) -> List[Dict[str, Any]]:
        """One ``{origin, key, json, warnings}`` or ``{origin, error}`` per record, in order."""

class Records(Iterator[Dict[str, Any]]):
    """The records of one input: article dicts and ``{origin, error}`` dicts."""

    @property
    def ignored(self) -> int:
        """Records skipped so far because they are not articles."""
    def __iter__(self) -> "Records": ...
    def __next__(self) -> Dict[str, Any]: ...

def read_warc(path: Union[str, PathLike[str]], max_bytes: int = ...) -> Records:
    """Reads a .warc/.warc.gz (or anything ``hearsay ingest`` reads) with the Rust reader."""

def export_schema() -> List[Tuple[str, List[Tuple[str, str, bool]]]]:
    """Every export table with its columns: ``[(table, [(column, kind, nullable)])]``."""

def export_columns(
    table: str, jsons: List[str], keys: Optional[List[Optional[str]]] = None
) -> Tuple[Dict[str, List[Any]], List[int]]:
    """The rows of ``table`` for the analyses ``jsons``, column by column, and each row's analysis index."""
