#!/usr/bin/env bash
# Configures and builds backdoor-scan against Debian's LLVM N (default 19) in build/N.
#   scripts/build.sh [19|22] [extra cmake args...]
set -euo pipefail
cd "$(dirname "$0")/.."
major=${1:-19}
shift || true
cmake -S . -B "build/$major" -G Ninja -DBACKDOOR_LLVM_MAJOR="$major" -DCMAKE_BUILD_TYPE=Release "$@" >/dev/null
ninja -C "build/$major"
