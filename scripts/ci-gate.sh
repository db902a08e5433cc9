#!/usr/bin/env bash
# The pull-request gate, as the GitHub Action (action.yml), the GitLab job
# (docs/ci/gitlab-ci.yml) and anyone else run it:
#   scripts/ci-gate.sh --db BUILD_DIR [--base REV] [--baseline FILE] [--fail-on SEVERITY]
#                      [--sarif FILE] [--automation-id ID] [--tool PATH]
# Scans the units of BUILD_DIR/compile_commands.json, keeps the findings on
# lines changed since REV (when given) that the baseline does not hold, writes
# SARIF for code scanning (suppressed findings left out, so code scanning does
# not reopen them), prints the findings, and exits like backdoor-scan:
# 0 pass, 1 findings at or above --fail-on, 2 the gate could not decide.
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
tool="$here/build/19/bin/backdoor-scan"
db="" base="" baseline="" fail_on="low" sarif="backdoor-scan.sarif" automation="backdoor-scan/"
while [ $# -gt 0 ]; do
  case "$1" in
    --db) db=$2; shift 2 ;;
    --base) base=$2; shift 2 ;;
    --baseline) baseline=$2; shift 2 ;;
    --fail-on) fail_on=$2; shift 2 ;;
    --sarif) sarif=$2; shift 2 ;;
    --automation-id) automation=$2; shift 2 ;;
    --tool) tool=$2; shift 2 ;;
    *) echo "ci-gate.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
if [ -z "$db" ]; then echo "ci-gate.sh: --db BUILD_DIR is required" >&2; exit 2; fi
if [ ! -x "$tool" ]; then echo "ci-gate.sh: $tool not found; build it with scripts/build.sh" >&2; exit 2; fi
args=(-p "$db" --fail-on "$fail_on" --no-progress)
[ -n "$base" ] && args+=(--diff-base "$base")
[ -n "$baseline" ] && args+=(--baseline "$baseline")
# SARIF for upload; the exit code of this run is the gate's.
"$tool" "${args[@]}" --format sarif --sarif-upload --automation-id "$automation" -o "$sarif" 2>/dev/null
status=$?
# The same scan as text for the log (served by the result cache).
"$tool" "${args[@]}"
exit $status
