#!/usr/bin/env bash
# Installs what is needed, builds backdoor-scan against LLVM 19 and LLVM 22,
# and runs every test (GoogleTest units and the lit suites, which run each
# case through both the clang-tidy plugin and the CLI) for both; then, for
# LLVM 19, the same tests on an ASan+UBSan build and a short fuzzing run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --all
status=0
for major in 19 22; do
  echo "== LLVM $major: build"
  scripts/build.sh "$major" -DBACKDOOR_BUILD_TESTS=ON
  echo "== LLVM $major: test"
  (cd "build/$major" && ctest --output-on-failure) || status=1
done
# LLVM 19 again, built with AddressSanitizer and UndefinedBehaviorSanitizer:
# the unit tests and the lit suite (CLI only: the sanitized plugin cannot be
# loaded into Debian's clang-tidy), then a short run of every fuzzer (longer
# runs: docs/fuzzing.md).
echo "== LLVM 19, ASan+UBSan: build"
BACKDOOR_BUILD_DIR=build/19-sanitize scripts/build.sh 19 -DBACKDOOR_BUILD_TESTS=ON \
  -DBACKDOOR_SANITIZE=ON -DBACKDOOR_FUZZ=ON
echo "== LLVM 19, ASan+UBSan: test"
(cd build/19-sanitize && ctest --output-on-failure -E dogfood) || status=1
echo "== LLVM 19: fuzzers, ${BACKDOOR_FUZZ_SECONDS:-20} s each"
scripts/fuzz.sh build/19-sanitize "${BACKDOOR_FUZZ_SECONDS:-20}" || status=1
exit $status
