#!/usr/bin/env bash
# Builds backdoor-scan and measures it against clang-19 -fsyntax-only on a set
# of realistic translation units: the example program, OpenSSL- and STL-heavy
# C++ units, and backdoor-scan's own sources (large Clang/LLVM C++ units).
#   bench/run.sh            (prints a table and the ratios)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh 19
out=build/bench
mkdir -p "$out"
cmake -S examples/vault -B build/examples/vault -G Ninja >/dev/null
src=$(pwd)
python3 - "$src" "$out" <<'PY'
import json, os, sys
src, out = sys.argv[1], sys.argv[2]
db = []
vault = json.load(open(os.path.join(src, 'build/examples/vault/compile_commands.json')))
db += vault
for f in ('tls_client.cpp', 'stl_heavy.cpp'):
    db.append({'directory': os.path.join(src, 'bench/corpus'), 'file': os.path.join(src, 'bench/corpus', f),
               'arguments': ['clang++-19', '-std=c++17', '-O2', '-c', f]})
own = json.load(open(os.path.join(src, 'build/19/compile_commands.json')))
db += [e for e in own if e['file'].endswith(('lib/core/Values.cpp', 'lib/analysis/weak-primitives/WeakPrimitives.cpp', 'tool/Runner.cpp', 'checks/WeakPrimitivesCheck.cpp'))]
json.dump(db, open(os.path.join(out, 'compile_commands.json'), 'w'), indent=1)
PY
python3 bench/bench.py --tool build/19/bin/backdoor-scan --clang /usr/lib/llvm-19/bin/clang \
  --db "$out" --plugin build/19/lib/backdoor-scan/backdoor-scan-plugin.so \
  --clang-tidy /usr/lib/llvm-19/bin/clang-tidy "$@"
