#!/usr/bin/env bash
# Runs the libFuzzer harnesses of a BACKDOOR_FUZZ=ON build, each for SECONDS,
# from its seed corpus in test/fuzz/corpus/<harness>/ (new inputs go to a
# scratch corpus, never into the repository).
#   scripts/fuzz.sh BUILD_DIR SECONDS [HARNESS...]
# Fails on the first harness that finds a crash, a leak-free hang (-timeout)
# or a memory blow-up (-rss_limit_mb); the input is kept in
# BUILD_DIR/fuzz-artifacts/ and printed.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:?usage: scripts/fuzz.sh BUILD_DIR SECONDS [HARNESS...]}
secs=${2:?usage: scripts/fuzz.sh BUILD_DIR SECONDS [HARNESS...]}
shift 2
harnesses=("$@")
if [ ${#harnesses[@]} -eq 0 ]; then
  harnesses=(catalog cipher_string priority_string json_report baseline cache_entry merge
             sanitize values sexpr certificate)
fi
artifacts="$build/fuzz-artifacts"
mkdir -p "$artifacts"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
status=0
for h in "${harnesses[@]}"; do
  bin="$build/fuzz/fuzz_$h"
  seeds="test/fuzz/corpus/$h"
  mkdir -p "$work/$h"
  start=$(date +%s)
  if "$bin" -max_total_time="$secs" -timeout=20 -rss_limit_mb=2560 -max_len=8192 \
       -print_final_stats=1 -close_fd_mask=3 -artifact_prefix="$artifacts/$h-" \
       "$work/$h" "$seeds" > "$work/$h.log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/$h.log" | grep -o '[0-9]*$' || echo '?')
    echo "fuzz_$h: $runs runs in $(( $(date +%s) - start )) s, nothing found"
  else
    echo "fuzz_$h: FAILED (log below; input in $artifacts/)"
    tail -60 "$work/$h.log"
    status=1
  fi
done
exit $status
