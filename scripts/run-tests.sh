#!/usr/bin/env bash
# Installs what is needed, builds backdoor-scan against LLVM 19 and LLVM 22,
# and runs every test (GoogleTest units and the lit suites, which run each
# case through both the clang-tidy plugin and the CLI) for both.
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
exit $status
