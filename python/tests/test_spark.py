"""The Spark job (hearsay.spark) in local[2] mode on WARC files made here, against the CLI."""

import json
import os
import sys

import pytest

from conftest import cli_ingest, cli_show, spark_available

WHY = spark_available()
if WHY and os.environ.get("HEARSAY_REQUIRE_SPARK"):
    raise RuntimeError(f"HEARSAY_REQUIRE_SPARK is set but Spark cannot run: {WHY}")
pytestmark = pytest.mark.skipif(bool(WHY), reason=f"Spark tests skipped: {WHY}")


@pytest.fixture(scope="module")
def spark():
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession

    s = (
        SparkSession.builder.master("local[2]")
        .appName("hearsay-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.memory", "1g")
        .getOrCreate()
    )
    yield s
    s.stop()


@pytest.fixture(scope="module")
def job(spark, warcs, tmp_path_factory):
    from hearsay import spark as hs

    out = tmp_path_factory.mktemp("spark-out")
    summary = hs.run(spark, [str(w) for w in warcs], str(out))
    return out, summary


def test_the_spark_job_writes_analyses_partitioned_by_crawl_date(spark, job, articles):
    out, summary = job
    assert summary["analysed"] == len(articles)
    assert summary["bad"] == 2  # one empty page per file, kept and counted
    assert summary["documents"] == len(articles)
    dates = sorted(p.name for p in (out / "analyses").iterdir() if p.name.startswith("date="))
    assert dates == ["date=2026-11-02", "date=2026-11-03"]
    rows = spark.read.parquet(str(out / "analyses")).collect()
    assert len(rows) == summary["records"]
    bad = [r for r in rows if r["error"]]
    assert len(bad) == 2 and all(r["json"] is None for r in bad)


def test_the_spark_job_gives_what_hearsay_ingest_stores(spark, job, cli, warcs, tmp_path):
    out, summary = job
    db = tmp_path / "cli.db"
    ingested = cli_ingest(cli, warcs, db)
    rows = [r for r in spark.read.parquet(str(out / "analyses")).collect() if r["json"]]
    assert len(rows) == ingested["stored"]
    assert summary["bad"] == ingested["bad"]
    for r in rows:
        assert cli_show(cli, db, r["key"]) == r["json"] + "\n", r["origin"]
        assert json.loads(r["json"])["document"]["id"] == r["id"]


def test_the_spark_job_writes_the_export_tables_by_date(spark, job):
    import hearsay
    from hearsay import _tables

    if not _tables.available():
        pytest.skip("this build has no export tables (crate hearsay-export)")
    out, summary = job
    docs = [json.loads(r["json"]) for r in spark.read.parquet(str(out / "analyses")).collect() if r["json"]]
    frames = hearsay.to_pandas(docs)
    for name, cols in _tables.schemas().items():
        df = spark.read.parquet(str(out / name))
        assert summary["tables"][name] == df.count() == len(frames[name]), name
        assert set(df.columns) == {c for c, _ in cols} | {"date"}, name
    dates = sorted(p.name for p in (out / "documents").iterdir() if p.name.startswith("date="))
    assert dates == ["date=2026-11-02", "date=2026-11-03"]
    keys = {r["document_key"] for r in spark.read.parquet(str(out / "documents")).collect()}
    assert None not in keys and len(keys) == summary["documents"]
