#!/usr/bin/env bash
# The whole benchmark in one command: fetches and builds the real-world corpus
# (Debian source packages, bench/corpus.sh), builds backdoor-scan, and prints
# one table row per project: units, lines, parse and scan CPU time and their
# ratio, the -j 2 speed-up, peak memory, findings, and the result cache's
# cold and unchanged re-scan times.
#   bench/run-all.sh [--sample N] [project...]    (default: 40 units of curl and aria2)
set -euo pipefail
cd "$(dirname "$0")/.."
sample=40
if [ "${1:-}" = "--sample" ]; then sample=$2; shift 2; fi
projects=("$@")
[ ${#projects[@]} -gt 0 ] || projects=(curl aria2)
scripts/install-deps.sh
scripts/build.sh 19
bash bench/corpus.sh "${projects[@]}"
python3 bench/bench.py --header --tool x --clang x --db x
for p in "${projects[@]}"; do
  python3 bench/bench.py --project "$p" --sample "$sample" --repeat 1 \
    --tool build/19/bin/backdoor-scan --clang /usr/lib/llvm-19/bin/clang --db "bench/.cache/$p" \
    --plugin build/19/lib/backdoor-scan/backdoor-scan-plugin.so --clang-tidy /usr/lib/llvm-19/bin/clang-tidy
done
