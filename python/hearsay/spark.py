"""hearsay on Spark: WARC files in, Parquet tables partitioned by crawl date out.

Spark is the engine: it spreads the WARC paths over the executors, each Python worker reads
its files with the Rust WARC reader of ``hearsay ingest`` (:func:`hearsay.read_warc`) and
analyses the response records with :meth:`hearsay.Pipeline.analyze_records` inside
``mapInArrow``, so every analysis is exactly the one ``hearsay ingest`` stores.

Output under ``OUT``:

- ``analyses/date=YYYY-MM-DD/``: one row per record: ``key`` (content key), ``id`` (WARC
  target URI), ``url``, ``origin`` (``path#N``), ``file``, ``record``, ``json`` (the
  ``hearsay.v1`` analysis as ``hearsay show`` prints it) and ``error`` (set, with ``json``
  null, for a record that could not be read or analysed: bad records are kept and counted,
  never silently dropped);
- one directory per export table (docs/EXPORT.md), partitioned by ``date`` the same way,
  holding the documents once per content key (the first in input order, as ``hearsay
  ingest`` stores them), when the package was built with the export tables.

Run it as a script (``spark-submit``, or ``python -m hearsay.spark`` for local mode)::

    spark-submit --master yarn -m hearsay.spark ...   # see docs/SCALE.md
    python -m hearsay.spark crawl/*.warc.gz --out out/ --master 'local[2]'
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple

import hearsay

#: Records analysed per call into Rust (and per Arrow batch written).
CHUNK = 64

#: The schema of the ``analyses`` table (before the ``date`` partition column is split off).
ANALYSES_SCHEMA = (
    "date string, key string, id string, url string, origin string, file string, record long, "
    "json string, error string"
)

_pipeline: Optional[hearsay.Pipeline] = None


def _worker_pipeline() -> hearsay.Pipeline:
    """One pipeline per Python worker process, built on first use (models load once)."""
    global _pipeline
    if _pipeline is None:
        _pipeline = hearsay.Pipeline()
    return _pipeline


def crawl_date(warc_date: Optional[str]) -> str:
    """The partition value of a record: the day of its WARC-Date, or ``unknown``."""
    if warc_date and len(warc_date) >= 10 and warc_date[4] == "-" and warc_date[7] == "-":
        return warc_date[:10]
    return "unknown"


def _position(origin: str) -> tuple:
    """``path#N`` → (path, N): the input order of a record."""
    path, _, n = origin.rpartition("#")
    return (path, int(n)) if path and n.isdigit() else (origin, 0)


def analyze_file(path: str, threads: int = 1, max_bytes: int = hearsay.DEFAULT_MAX_BYTES) -> Iterator[List[Dict[str, Any]]]:
    """The rows of the ``analyses`` table for one WARC file, a chunk at a time."""
    pipeline = _worker_pipeline()
    chunk: List[Dict[str, Any]] = []

    def flush() -> List[Dict[str, Any]]:
        done = pipeline.analyze_records(chunk, threads, max_bytes=max_bytes)
        rows = []
        for rec, res in zip(chunk, done):
            file, record = _position(rec["origin"])
            rows.append(
                {
                    "date": crawl_date(rec.get("date")),
                    "key": res.get("key"),
                    "id": rec.get("id"),
                    "url": rec.get("url"),
                    "origin": rec["origin"],
                    "file": file,
                    "record": record,
                    "json": res.get("json"),
                    "error": res.get("error"),
                }
            )
        return rows

    for rec in hearsay.read_warc(path, max_bytes):
        chunk.append(rec)
        if len(chunk) == CHUNK:
            yield flush()
            chunk = []
    if chunk:
        yield flush()


def _analyze_paths(max_bytes: int):
    """A mapInArrow function: WARC paths → rows of the ``analyses`` table."""

    def analyze(batches):  # pragma: no cover - runs on the executors
        import pyarrow as pa

        schema = pa.schema(
            [(c, pa.int64() if t == "long" else pa.string()) for c, t in (f.split() for f in ANALYSES_SCHEMA.split(", "))]
        )
        for batch in batches:
            for path in batch.column("path").to_pylist():
                for rows in analyze_file(path, max_bytes=max_bytes):
                    yield pa.RecordBatch.from_pylist(rows, schema=schema)

    return analyze


def _table_rows(name: str, columns: Sequence[Tuple[str, str]]):
    """A mapInArrow function: rows of ``analyses`` → rows of export table ``name``, each
    with its document's crawl date."""

    def rows(batches):  # pragma: no cover - runs on the executors
        import pyarrow as pa

        from hearsay import _tables

        arrow = {"bigint": pa.int64(), "double": pa.float64(), "boolean": pa.bool_(), "string": pa.string()}
        schema = pa.schema([(c, arrow[t]) for c, t in columns] + [("date", pa.string())])
        for batch in batches:
            dates = batch.column("date").to_pylist()
            cols, index = _tables.columns(name, batch.column("json").to_pylist(), batch.column("key").to_pylist())
            if index:
                cols["date"] = [dates[i] for i in index]
                yield pa.RecordBatch.from_pydict(cols, schema=schema)

    return rows


def run(
    spark,
    paths: Sequence[str],
    out: str,
    *,
    partitions: Optional[int] = None,
    tables: bool = True,
    max_bytes: int = 4 * 1024 * 1024,
) -> Dict[str, Any]:
    """Analyses the response records of the WARC files ``paths`` on ``spark`` and writes
    the ``analyses`` table (and, when ``tables``, the export tables) as Parquet under
    ``out``, partitioned by crawl date; overwrites what is there. Returns a summary:
    ``{"records", "analysed", "bad", "documents", "tables": {name: rows}}``.

    The paths must be readable from every executor (a shared or mounted file system).
    ``partitions``: how many Spark tasks read and analyse (default: one per path).
    ``max_bytes``: larger articles are bad records (default 4 MiB, which bounds a worker's
    memory; ``hearsay ingest --max-bytes`` takes the same limit).
    """
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    paths = [os.path.abspath(p) if "://" not in p else p for p in paths]
    n = partitions or max(1, len(paths))
    files = spark.createDataFrame([(p,) for p in paths], "path string").repartition(n)
    analysed = files.mapInArrow(_analyze_paths(max_bytes), ANALYSES_SCHEMA)
    analyses_dir = os.path.join(out, "analyses")
    analysed.write.mode("overwrite").partitionBy("date").parquet(analyses_dir)

    # (Spark reads the partition values back as dates: keep them the strings written)
    rows = spark.read.parquet(analyses_dir).withColumn("date", F.col("date").cast("string"))
    counts = rows.agg(F.count("*").alias("records"), F.count("json").alias("analysed")).first()
    # one document per content key, the first in input order, as `hearsay ingest` stores them
    first = Window.partitionBy("key").orderBy("file", "record")
    docs = (
        rows.where(F.col("json").isNotNull())
        .withColumn("_n", F.row_number().over(first))
        .where("_n = 1")
        .drop("_n")
    )
    summary: Dict[str, Any] = {
        "records": counts["records"],
        "analysed": counts["analysed"],
        "bad": counts["records"] - counts["analysed"],
        "documents": docs.count(),
        "tables": {},
    }
    from hearsay import _tables

    if tables and not _tables.available():
        summary["tables_missing"] = "this build of hearsay has no export tables"
    elif tables:
        for name, columns in _tables.schemas().items():
            ddl = ", ".join(f"`{c}` {t}" for c, t in columns) + ", `date` string"
            table = docs.select("date", "key", "json").mapInArrow(_table_rows(name, columns), ddl)
            table.write.mode("overwrite").partitionBy("date").parquet(os.path.join(out, name))
            summary["tables"][name] = spark.read.parquet(os.path.join(out, name)).count()
    return summary


def main(argv: Optional[Sequence[str]] = None) -> int:
    """``python -m hearsay.spark WARC... --out DIR`` (also the ``spark-submit`` script)."""
    ap = argparse.ArgumentParser(prog="hearsay.spark", description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+", help=".warc or .warc.gz files, readable from every executor")
    ap.add_argument("--out", required=True, help="output directory (Parquet, partitioned by date)")
    ap.add_argument("--master", help="Spark master when not run by spark-submit, e.g. local[2]")
    ap.add_argument("--partitions", type=int, help="Spark tasks that read and analyse (default: one per file)")
    ap.add_argument("--no-tables", action="store_true", help="write only the analyses table")
    ap.add_argument("--max-bytes", type=int, default=4 * 1024 * 1024, help="larger articles are bad records")
    a = ap.parse_args(argv)

    from pyspark.sql import SparkSession

    b = SparkSession.builder.appName("hearsay")
    if a.master:
        b = b.master(a.master)
    spark = b.getOrCreate()
    try:
        summary = run(spark, a.paths, a.out, partitions=a.partitions, tables=not a.no_tables, max_bytes=a.max_bytes)
    finally:
        spark.stop()
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    # Run as a file (spark-submit .../hearsay/spark.py): use the installed module, so that
    # the functions Spark ships to the executors are found there by name.
    from hearsay.spark import main as _main

    sys.exit(_main())
