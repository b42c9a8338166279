"""hearsay: who says so, on whose authority, how hedged, and has anyone confirmed it?

A thin Python face on the Rust pipeline (the ``hearsay`` crate): every analysis is the
``hearsay.v1`` object that ``hearsay analyze`` prints (docs/OUTPUT.md), parsed into a dict.

>>> import hearsay
>>> a = hearsay.analyze(text="The mayor said the bridge will close.", id="note")
>>> a["schema"], a["document"]["id"]
('hearsay.v1', 'note')

- :func:`analyze` analyses one article with a shared :class:`Pipeline`;
- :class:`Pipeline` is built once (models loaded) and reused; :meth:`Pipeline.analyze_many`
  analyses many articles on a dedicated pool of threads with the GIL released;
- :func:`read_warc` reads WARC files (and whatever ``hearsay ingest`` reads) with the Rust
  reader, and :meth:`Pipeline.analyze_records` analyses those records exactly as
  ``hearsay ingest`` stores them;
- :func:`to_pandas` turns analyses into the export tables (docs/EXPORT.md) as DataFrames;
- :mod:`hearsay.spark` runs the whole thing on Spark over WARC files.
"""

from __future__ import annotations

import itertools
import json
import os
import threading
from concurrent.futures import ThreadPoolExecutor
import warnings
from typing import Any, Dict, Iterable, Iterator, List, Optional, Union

from . import _hearsay
from ._hearsay import DEFAULT_MAX_BYTES, HearsayError, Records, read_warc

__all__ = [
    "DEFAULT_MAX_BYTES",
    "HearsayError",
    "HearsayWarning",
    "Pipeline",
    "Records",
    "analyze",
    "read_warc",
    "to_pandas",
]

__version__ = _hearsay.RUST_VERSION

Item = Union[str, bytes, Dict[str, Any]]


class HearsayWarning(UserWarning):
    """A warning analysis raised about an input (e.g. bytes that were not valid UTF-8)."""


def _warn(where: str, messages: List[str]) -> None:
    for m in messages:
        warnings.warn(f"{where}: {m}" if where else m, HearsayWarning, stacklevel=3)


class Pipeline:
    """The analysis pipeline with the shipped models.

    Building it loads and checks the models (RuntimeError when one is corrupt or stale), so
    build it once and reuse it. It is safe to share between threads.
    """

    def __init__(self) -> None:
        self._native = _hearsay.Pipeline()

    def analyze(
        self,
        text: Optional[str] = None,
        html: Optional[str] = None,
        id: Optional[str] = None,
        *,
        data: Optional[bytes] = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> Dict[str, Any]:
        """Analyses one article and returns its ``hearsay.v1`` object.

        Give exactly one of ``text`` (plain text, kept byte for byte: ``hearsay analyze
        --input text``), ``html`` (a page: ``--input html``) or ``data`` (bytes whose format
        is sniffed: ``--input auto``). ``id`` is the document id (default: a content hash).
        Raises :class:`HearsayError` for an input it cannot analyse (empty, binary, over
        ``max_bytes``); warnings (lossy decoding) are issued as :class:`HearsayWarning`.
        """
        return json.loads(self.analyze_json(text=text, html=html, id=id, data=data, max_bytes=max_bytes))

    def analyze_json(
        self,
        text: Optional[str] = None,
        html: Optional[str] = None,
        id: Optional[str] = None,
        *,
        data: Optional[bytes] = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> str:
        """Like :meth:`analyze`, but returns the JSON text exactly as ``hearsay analyze``
        prints it (compact, without the final newline)."""
        js, warns = self._native.analyze_json(text=text, html=html, data=data, id=id, max_bytes=max_bytes)
        _warn(id or "", warns)
        return js

    def analyze_many(
        self,
        items: Iterable[Item],
        threads: int = 0,
        *,
        errors: str = "raise",
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> List[Optional[Dict[str, Any]]]:
        """Analyses many articles in parallel and returns their analyses in input order.

        Each item is a ``str`` (plain text), ``bytes`` (format sniffed) or a dict with one
        of ``text``, ``html``, ``data`` and an optional ``id``. The work runs on a dedicated
        pool of ``threads`` Rust threads (0: one per core) with the GIL released; each
        analysis is the same as :meth:`analyze` gives for that item.

        ``errors="raise"`` (default) raises :class:`HearsayError` naming the first item
        that could not be analysed; ``errors="skip"`` puts ``None`` in its place and issues
        a :class:`HearsayWarning` for it.
        """
        return list(self.iter_many(items, threads, errors=errors, max_bytes=max_bytes))

    def iter_many(
        self,
        items: Iterable[Item],
        threads: int = 0,
        *,
        errors: str = "raise",
        max_bytes: int = DEFAULT_MAX_BYTES,
        chunk: int = 0,
    ) -> Iterator[Optional[Dict[str, Any]]]:
        """:meth:`analyze_many`, lazily: takes ``items`` a chunk at a time (``chunk`` items,
        default 32 per thread) and yields the analyses in input order, so memory stays flat
        on a stream of any length. While Python parses one chunk's JSON, the Rust threads
        analyse the next one."""
        if errors not in ("raise", "skip"):
            raise ValueError("errors must be 'raise' or 'skip'")
        size = chunk or 32 * (threads or os.cpu_count() or 1)
        it = iter(items)
        chunks = iter(lambda: list(itertools.islice(it, size)), [])
        n = 0
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="hearsay-feed") as feed:
            run = lambda c: self._native.analyze_many_json(c, threads, max_bytes)  # noqa: E731
            first = next(chunks, None)
            pending = feed.submit(run, first) if first is not None else None
            while pending is not None:
                following = next(chunks, None)
                done = pending.result()
                pending = feed.submit(run, following) if following is not None else None
                for js, warns, err in done:
                    if err is not None:
                        if errors == "raise":
                            if pending is not None:
                                pending.cancel()
                            raise HearsayError(f"item {n}: {err}")
                        _warn(f"item {n}", [f"skipped: {err}"])
                        yield None
                    else:
                        _warn(f"item {n}", warns)
                        yield json.loads(js)
                    n += 1

    def analyze_records(
        self, records: Iterable[Dict[str, Any]], threads: int = 0, *, max_bytes: int = DEFAULT_MAX_BYTES
    ) -> List[Dict[str, Any]]:
        """Analyses records as :func:`read_warc` yields them, exactly as ``hearsay ingest``
        stores them (the WARC target URI is the document id; the record's URL, date and
        outlet fill the metadata). Returns one dict per record, in order:
        ``{"origin", "key", "json", "warnings"}`` (``json``: the stored ``hearsay.v1`` text,
        ``key``: the content key) or ``{"origin", "error"}`` for a record that could not be
        analysed (a bad record read by :func:`read_warc` is passed through as it is).
        """
        records = list(records)
        good = [r for r in records if "error" not in r]
        done = iter(self._native.analyze_records_json(good, threads, max_bytes))
        return [r if "error" in r else next(done) for r in records]


_shared: Optional[Pipeline] = None
_shared_lock = threading.Lock()


def _pipeline() -> Pipeline:
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Pipeline()
        return _shared


def analyze(
    text: Optional[str] = None,
    html: Optional[str] = None,
    id: Optional[str] = None,
    *,
    data: Optional[bytes] = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Dict[str, Any]:
    """Analyses one article with a shared :class:`Pipeline` (built on first use) and returns
    the ``hearsay.v1`` object ``hearsay analyze`` prints, parsed. See :meth:`Pipeline.analyze`."""
    return _pipeline().analyze(text=text, html=html, id=id, data=data, max_bytes=max_bytes)


def to_pandas(analyses: Iterable[Dict[str, Any]]) -> Dict[str, Any]:
    """The export tables (docs/EXPORT.md) of ``analyses`` as pandas DataFrames, by table name.

    pandas is optional: ``pip install pandas`` (or ``hearsay[pandas]``) to use this.
    """
    from ._tables import to_pandas as _to_pandas

    return _to_pandas(analyses)
