#!/usr/bin/env bash
# Configures and builds backdoor-scan against Debian's LLVM N (default 19) in build/N.
#   scripts/build.sh [19|22] [extra cmake args...]
# BACKDOOR_BUILD_DIR chooses another build directory (the sanitizer build).
# Quiet on success; prints the build log on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
major=${1:-19}
shift || true
dir=${BACKDOOR_BUILD_DIR:-build/$major}
mkdir -p "$dir"
log="$dir/build.log"
if ! { cmake -S . -B "$dir" -G Ninja -DBACKDOOR_LLVM_MAJOR="$major" \
         -DCMAKE_BUILD_TYPE=Release "$@" && ninja -C "$dir"; } > "$log" 2>&1; then
  cat "$log"
  echo "build against LLVM $major failed (log: $log)" >&2
  exit 1
fi
