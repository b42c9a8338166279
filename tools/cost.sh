#!/usr/bin/env bash
# Deterministic cost of the analysis, for comparing two builds when wall-clock timings are too
# noisy (a shared machine): runs `hearsay bench --rounds N` under valgrind's callgrind with a
# 2 MiB last-level cache (this machine's L2), counting only inside Pipeline::analyze_bytes,
# and prints instructions (Ir), cache misses and a rough cycle estimate
# (Ir + 10 x L1 misses + 60 x last-level misses). Run it with N=1 and N=2: the difference is
# one round over the benchmark set, without the one-time model and pattern set-up.
#   tools/cost.sh [BINARY] [ROUNDS]      (default: target/release/hearsay, 1)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-target/release/hearsay}
rounds=${2:-1}
command -v valgrind >/dev/null || { echo "cost.sh: valgrind is not installed" >&2; exit 2; }
out=$(mktemp /tmp/hearsay-cost.XXXXXX)
trap 'rm -f "$out"' EXIT
valgrind --tool=callgrind --cache-sim=yes --LL=2097152,16,64 \
    --toggle-collect='hearsay::pipeline::Pipeline::analyze_bytes' \
    --callgrind-out-file="$out" "$bin" bench --rounds "$rounds" >/dev/null 2>&1
callgrind_annotate "$out" 2>/dev/null | grep "PROGRAM TOTALS" | python3 -c '
import re, sys
n = [int(x.replace(",", "")) for x in re.findall(r"([\d,]+) \(", sys.stdin.read())][:9]
ir, dr, dw, i1, d1r, d1w, ilr, dlr, dlw = n
d1, ll = d1r + d1w, dlr + dlw
print(f"Ir {ir/1e6:.1f}M  L1 misses {d1/1e6:.2f}M  LL misses {ll/1e6:.2f}M  estimate {(ir + 10*d1 + 60*ll)/1e6:.1f}M cycles")'
