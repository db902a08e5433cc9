#!/usr/bin/env bash
# Configures and builds backdoor-scan against Debian's LLVM N (default 19) in build/N.
#   scripts/build.sh [19|22] [extra cmake args...]
# Quiet on success; prints the build log on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
major=${1:-19}
shift || true
mkdir -p "build/$major"
log="build/$major/build.log"
if ! { cmake -S . -B "build/$major" -G Ninja -DBACKDOOR_LLVM_MAJOR="$major" \
         -DCMAKE_BUILD_TYPE=Release "$@" && ninja -C "build/$major"; } > "$log" 2>&1; then
  cat "$log"
  echo "build against LLVM $major failed (log: $log)" >&2
  exit 1
fi
