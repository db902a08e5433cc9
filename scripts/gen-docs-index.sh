#!/usr/bin/env bash
# Regenerates docs/rules/README.md from the catalog.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/19}
"$build/bin/backdoor-scan" --list-rules --format markdown > docs/rules/README.md
