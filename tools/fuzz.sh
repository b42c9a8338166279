#!/usr/bin/env bash
# Runs every cargo-fuzz target (fuzz/, docs/FUZZING.md) for a bounded time from its
# committed corpus, two at a time; CI runs it with the default 60 s each.
#
#   tools/fuzz.sh            # 60 s per target
#   tools/fuzz.sh 600 warc   # 10 min, one target
#
# New inputs go to target/fuzz-corpus/<target>/ (the committed corpus is only read); the
# tokens of fuzz/dict/<target>.dict are spliced into inputs. A crash, a timeout or an
# out-of-memory fails the run: the input is saved under fuzz/artifacts/<target>/ and the
# end of the fuzzer's log is printed. Needs a nightly toolchain (`cargo +nightly`);
# installs cargo-fuzz (pinned) when missing. Without nightly it says so on one line and
# exits 0.
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-60}
shift || true
CARGO_FUZZ_VERSION=0.13.1

if ! cargo +nightly --version >/dev/null 2>&1; then
  echo "fuzz: skipped: no nightly Rust toolchain (cargo +nightly), which cargo-fuzz needs"
  exit 0
fi
if [ "$(cargo fuzz --version 2>/dev/null)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
  cargo install --locked cargo-fuzz --version "$CARGO_FUZZ_VERSION"
fi
# Rust code is memory safe here (no unsafe in the crates fuzzed): no sanitizer, so that
# builds and runs are quicker. Optimised, with debug assertions and overflow checks.
cargo +nightly fuzz build --sanitizer none
targets=("$@")
[ ${#targets[@]} -gt 0 ] || mapfile -t targets < <(cargo +nightly fuzz list)
logs=target/fuzz-logs
mkdir -p "$logs"

# One target: prints one line (runs, exec/s, coverage), or the log's end on failure.
fuzz_one() {
  local t=$1 secs=$2 log=target/fuzz-logs/$1.log dict=()
  mkdir -p "target/fuzz-corpus/$t"
  [ -f "fuzz/dict/$t.dict" ] && dict=("-dict=fuzz/dict/$t.dict")
  if cargo +nightly fuzz run --sanitizer none "$t" "target/fuzz-corpus/$t" "fuzz/corpus/$t" -- \
    -max_total_time="$secs" -rss_limit_mb=2048 -timeout=20 -print_final_stats=1 "${dict[@]}" >"$log" 2>&1; then
    local runs cov
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    cov=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | grep -o 'cov: [0-9]*' || true)
    echo "fuzz: $t: ${runs:-0} runs in ${secs} s ($(( ${runs:-0} / secs )) exec/s), $cov, no crash"
  else
    echo "fuzz: $t FAILED; the end of $log:"
    tail -n 60 "$log"
    return 1
  fi
}
export -f fuzz_one

start=$(date +%s)
status=0
printf '%s\n' "${targets[@]}" | xargs -P 2 -I{} bash -c 'fuzz_one "$1" "$2"' _ {} "$secs" || status=1
echo "fuzz: ${#targets[@]} targets, $(( $(date +%s) - start )) s of fuzzing"
exit $status
