#!/usr/bin/env bash
# Byte-identity check for refactors: analyses every PolNeAR text (train and dev), every AEB
# HTML page, the shipped examples and the seed article, plus the cross-article claims of the
# claim fixtures and PolNeAR dev, and compares the SHA-256 of each output with
# tests/golden/analyze.sha256.
#
#   tools/identical.sh           # check; prints the differing files and exits 1 on any change
#   tools/identical.sh --bless   # rewrite the manifest after a change justified in the notes
#
# Needs ../shared/data. With HS_SNAPSHOT_DIR=DIR the JSON outputs are kept there for diffing.
set -euo pipefail
cd "$(dirname "$0")/.."
data=../shared/data
manifest=tests/golden/analyze.sha256
[ -d "$data/polnear" ] || { echo "identical.sh: $data is missing; nothing to compare" >&2; exit 2; }
cargo build --release -q -p hearsay --example snapshot
cargo build --release -q -p hearsay-cli --bin hearsay
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
HS_SNAPSHOT_ROOT=.. target/release/examples/snapshot \
  "$data/polnear/train/text" "$data/polnear/dev/text" "$data/aeb/html" ../shared/examples/seed-article.txt \
  | sed 's#  \.\./#  #' > "$tmp/now"
HS_SNAPSHOT_ROOT=. target/release/examples/snapshot examples >> "$tmp/now"
for set in tests/fixtures/claims/articles.jsonl "$data/polnear/dev/text"; do
  target/release/hearsay ingest "$set" --db "$tmp/c.db" >/dev/null 2>&1
  name=$(basename "$set")
  echo "$(target/release/hearsay claims --db "$tmp/c.db" --json 2>/dev/null | sha256sum | cut -d' ' -f1)  claims:$name" >> "$tmp/now"
  rm -f "$tmp"/c.db*
done
if [ "${1:-}" = "--bless" ]; then
  mkdir -p "$(dirname "$manifest")"; cp "$tmp/now" "$manifest"; echo "wrote $manifest ($(wc -l < "$manifest") outputs)"; exit 0
fi
if diff <(sort -k2 "$manifest") <(sort -k2 "$tmp/now") > "$tmp/diff"; then
  echo "identical: $(wc -l < "$manifest") outputs unchanged"
else
  echo "CHANGED outputs (< manifest, > now; the first 50 lines):"; grep '^[<>]' "$tmp/diff" | sort -k3 > "$tmp/changed"; head -50 "$tmp/changed"
  echo "$(grep -c '^>' "$tmp/diff") of $(wc -l < "$manifest") differ"; exit 1
fi
