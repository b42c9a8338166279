#!/usr/bin/env bash
# Export of PolNeAR train+dev (ingested into a fresh store and clustered) in every format:
# time, peak memory and file sizes; then pyarrow and pandas read the Parquet back and compare
# row counts with the store's tables and offsets with the text.
# Needs ../shared/data, a built target/release/hearsay, and python3 with pyarrow and pandas.
set -euo pipefail
cd "$(dirname "$0")/.."
H=$PWD/target/release/hearsay
P=../shared/data/polnear
D=$(mktemp -d); trap 'rm -rf "$D"' EXIT
/usr/bin/time -f "ingest: %e s wall, %M KB peak" "$H" ingest $P/train/text $P/dev/text --db "$D/p.db" --quiet
/usr/bin/time -f "claims (cluster sync): %e s wall" "$H" claims --db "$D/p.db" --limit 1 > /dev/null
ls -la "$D/p.db" | awk '{printf "db: %.1f MB\n", $5/1e6}'
for f in parquet csv jsonl; do
  /usr/bin/time -f "export $f: %e s wall, %U s user, %M KB peak" "$H" export --db "$D/p.db" --format $f --out "$D/$f"
  du -b "$D/$f"/* | awk -v f=$f '{s+=$1; n=split($2,p,"/"); printf "  %s %.2f MB\n", p[n], $1/1e6} END {printf "  %s total %.2f MB\n", f, s/1e6}'
done
D="$D" python3 - <<'PY'
import os, sqlite3
import pyarrow.parquet as pq, pandas as pd
d = os.environ["D"]
con = sqlite3.connect(f"{d}/p.db")
for t, st in [("documents", "documents"), ("sources", "sources"), ("attributions", "attributions"),
              ("verifications", "verifications"), ("claims", "claims"), ("clusters", "cluster_members")]:
    tab = pq.read_table(f"{d}/parquet/{t}.parquet")
    n = con.execute(f"select count(*) from {st}").fetchone()[0]
    print(f"pyarrow {t}: {tab.num_rows} rows (store {st}: {n}), {tab.num_columns} columns, match={tab.num_rows == n}")
docs = pd.read_parquet(f"{d}/parquet/documents.parquet")
at = pd.read_parquet(f"{d}/parquet/attributions.parquet").dropna(subset=["cue_start"])
m = at.merge(docs[["document_key", "text"]], on="document_key")
ok = sum(t.encode()[int(s):int(e)].decode() == x for t, s, e, x in zip(m.text, m.cue_start, m.cue_end, m.cue_text))
print(f"pandas: cue offsets slice the text to cue_text in {ok}/{len(m)} attributions with a cue")
PY
