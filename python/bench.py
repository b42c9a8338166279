"""Throughput of the Python package next to the CLI, on the same articles and core count.

    python python/bench.py [DIR] [--threads 2] [--rounds 3] [--spark]

DIR: article files (default ../shared/data/polnear/dev/text beside the repository, else
examples/). It times, each the best of ``--rounds`` runs (the least disturbed by other work):

- ``Pipeline.analyze_many(texts, threads=1)`` next to ``hearsay bench DIR`` (one core);
- ``Pipeline.analyze_many(texts, threads=N)`` next to ``hearsay ingest DIR --threads N``
  (which also reads the files and writes SQLite);
- with ``--spark``: the Spark job (``hearsay.spark.run``, ``local[N]``) over WARC files of
  the same articles next to ``hearsay ingest`` of those WARC files with ``--threads N``.

The CLI is $HEARSAY_BIN, else target/release/hearsay. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

# the installed package (with its compiled extension), not the source tree beside this file
sys.path = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
import hearsay  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def best(f, rounds):
    """The fastest of ``rounds`` runs of ``f``: (wall seconds, CPU seconds of this process)."""
    times = []
    for _ in range(rounds):
        t, c = time.perf_counter(), time.process_time()
        f()
        times.append((time.perf_counter() - t, time.process_time() - c))
    return min(times)


def cli_bench(cli, d, rounds):
    run = subprocess.run(cli + ["bench", str(d), "--rounds", str(rounds)], capture_output=True, text=True)
    if run.returncode != 0:  # `hearsay bench` stops at a file it cannot analyse
        return {"error": run.stderr.strip().splitlines()[-1] if run.stderr.strip() else f"exit {run.returncode}"}
    out = run.stdout
    m = re.search(r"full analyze pipeline\s+\d+ articles, [\d.]+ MB: wall [\d.]+ s = (\d+) articles/s", out)
    f = re.search(r"fastest round \(CPU\)\s+\d+ articles in [\d.]+ s = (\d+) articles/s", out)
    return {"wall_articles_per_s": float(m.group(1)) if m else None, "fastest_cpu_articles_per_s": float(f.group(1)) if f else None}


def cli_ingest(cli, paths, threads, rounds):
    """The fastest of ``rounds`` runs of ``hearsay ingest``, with its CPU seconds."""
    rates = []
    for _ in range(rounds):
        with tempfile.TemporaryDirectory() as t:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            out = subprocess.run(
                cli + ["ingest", *map(str, paths), "--db", f"{t}/b.db", "--threads", str(threads), "--json", "--quiet"],
                capture_output=True, text=True, check=True,
            ).stdout
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            r = json.loads(out)
            r["cpu_seconds"] = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
            rates.append(r)
    return max(rates, key=lambda r: r["articles_per_second"])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default = ROOT.parent / "shared/data/polnear/dev/text"
    ap.add_argument("dir", nargs="?", default=str(default if default.is_dir() else ROOT / "examples"))
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--spark", action="store_true", help="also time the Spark job in local[THREADS]")
    a = ap.parse_args()
    warnings.simplefilter("ignore", hearsay.HearsayWarning)  # unreadable files are skipped, as ingest skips them
    cli = [os.environ.get("HEARSAY_BIN") or str(ROOT / "target/release/hearsay")]
    d = Path(a.dir)
    files = sorted(p for p in d.iterdir() if p.is_file())
    # gzipped files are read as `hearsay ingest` reads them: decompressed
    items = [{"data": gzip.decompress(p.read_bytes()) if p.name.endswith(".gz") else p.read_bytes(), "id": p.name} for p in files]
    mb = sum(len(i["data"]) for i in items) / 1e6
    n = len(items)
    p = hearsay.Pipeline()
    p.analyze_many(items[:2], threads=1, errors="skip")  # models loaded, pools started
    res = {"dir": str(d), "articles": n, "mb": round(mb, 3), "cores": os.cpu_count(), "threads": a.threads}
    t1, c1 = best(lambda: p.analyze_many(items, threads=1, errors="skip"), a.rounds)
    res["python_analyze_many_1_thread_articles_per_s"] = round(n / t1, 1)
    res["python_analyze_many_1_thread_mb_per_s"] = round(mb / t1, 3)
    res["python_analyze_many_1_thread_articles_per_cpu_s"] = round(n / c1, 1)
    res["cli_bench_1_core"] = cli_bench(cli, d, a.rounds)
    tn, cn = best(lambda: p.analyze_many(items, threads=a.threads, errors="skip"), a.rounds)
    res[f"python_analyze_many_{a.threads}_threads_articles_per_s"] = round(n / tn, 1)
    res[f"python_analyze_many_{a.threads}_threads_articles_per_cpu_s"] = round(n / cn, 1)
    ing = cli_ingest(cli, [d], a.threads, a.rounds)
    res[f"cli_ingest_{a.threads}_threads_articles_per_s"] = round(ing["articles_per_second"], 1)
    res[f"cli_ingest_{a.threads}_threads_articles_per_cpu_s"] = round(n / ing["cpu_seconds"], 1)
    if a.spark:
        res.update(spark_bench(cli, files, a.threads, a.rounds))
    print(json.dumps(res, indent=1))
    return 0


def spark_bench(cli, files, threads, rounds):
    sys.path.insert(0, str(ROOT / "python/tests"))
    from conftest import write_warc  # the tests' WARC writer

    from hearsay import _tables as hs_tables
    from hearsay import spark as hs
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    arts = [{"id": f.name, "text": f.read_text(errors="replace")} for f in files]
    out = {}
    with tempfile.TemporaryDirectory() as t:
        half = len(arts) // 2
        warcs = [
            write_warc(Path(t) / "a.warc.gz", arts[:half], "2026-11-02T10:00:00Z", extras=False),
            write_warc(Path(t) / "b.warc.gz", arts[half:], "2026-11-03T10:00:00Z", extras=False),
        ]
        spark = (
            SparkSession.builder.master(f"local[{threads}]").config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", str(threads)).getOrCreate()
        )
        try:
            hs.run(spark, [str(w) for w in warcs], f"{t}/warm", tables=False)  # JVM and workers up
            secs = {}
            for tables in (False, True) if hs_tables.available() else (False,):
                secs[tables] = best(lambda: hs.run(spark, [str(w) for w in warcs], f"{t}/out", tables=tables), rounds)[0]
        finally:
            spark.stop()
        n = len(arts)
        out[f"spark_local_{threads}_analyses_only_articles_per_s"] = round(n / secs[False], 1)
        if True in secs:
            out[f"spark_local_{threads}_with_tables_articles_per_s"] = round(n / secs[True], 1)
        ing = cli_ingest(cli, warcs, threads, rounds)
        out[f"cli_ingest_warc_{threads}_threads_articles_per_s"] = round(ing["articles_per_second"], 1)
    return out


if __name__ == "__main__":
    sys.exit(main())
