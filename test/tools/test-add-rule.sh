#!/usr/bin/env bash
# scripts/add-rule.py in a temporary copy of the tree: a rule added to an
# existing family and a rule of a new family, built, and checked by the same
# tests that guard the real rules (the plugin registers exactly the catalog's
# rules; every rule has its registry line, family layout, doc and tests).
#   test/tools/test-add-rule.sh SOURCE_DIR LLVM_MAJOR
set -euo pipefail
src=$1
major=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/add-rule.XXXXXX")
trap 'rm -rf "$work"' EXIT
if git -C "$src" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  # (The list goes to one tar: xargs splits a long one into several
  # archives back to back, and the reading tar stops at the first's end.)
  (cd "$src" && git ls-files -co --exclude-standard -z | grep -zv '^test/corpus/' |
     tar -cf - --no-recursion --null -T -) | tar -xf - -C "$work"
else
  (cd "$src" && tar -cf - --exclude=./build --exclude=./test/corpus .) | tar -xf - -C "$work"
fi
cd "$work"
python3 scripts/add-rule.py backdoor-example-check config --title "Example check" --cwe 327,330
python3 scripts/add-rule.py backdoor-new-thing novel-family --severity critical
# Refuses what exists already, and bad ids.
if python3 scripts/add-rule.py backdoor-new-thing novel-family 2>/dev/null; then
  echo "add-rule accepted a rule twice" >&2; exit 1
fi
if python3 scripts/add-rule.py Backdoor_Bad config 2>/dev/null; then
  echo "add-rule accepted a bad id" >&2; exit 1
fi
# Unoptimised (-O0): the test asks whether the generated files compile and
# register, not how fast the result runs; an optimised build of the copy cost
# as much as the main build in the test command.
cmake -S . -B build -G Ninja -DBACKDOOR_LLVM_MAJOR="$major" -DBACKDOOR_BUILD_TESTS=OFF \
  -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="-O0 -DNDEBUG" -DCMAKE_C_FLAGS="-O0 -DNDEBUG" >/dev/null
ninja -C build backdoor-scan BackdoorScanPlugin >build/build.log 2>&1 || { cat build/build.log; exit 1; }
bash scripts/gen-docs-index.sh build
build/bin/backdoor-scan --list-rules --format json > rules.json
build/bin/backdoor-scan --list-rules --format markdown > rules.md
python3 test/tools/check-rule-assets.py . rules.json rules.md
tidy=/usr/lib/llvm-$major/bin/clang-tidy
"$tidy" -load=build/lib/backdoor-scan/backdoor-scan-plugin.so -checks='-*,backdoor-*' --list-checks |
  grep -o 'backdoor-[a-z0-9-]*' | sort > checks.txt
grep -o '^backdoor-[a-z0-9-]*' <(build/bin/backdoor-scan --list-rules) | sort > catalog.txt
diff checks.txt catalog.txt
grep -qx backdoor-new-thing checks.txt && grep -qx backdoor-example-check checks.txt
echo "add-rule: $(wc -l < checks.txt) rules registered, generated files pass the registry and asset checks"
