#!/usr/bin/env bash
# Mutation testing for CI: every area with a committed incremental file (reports/mutation/<area>.json) is run in
# Stryker's incremental mode, so only the mutants whose code or tests changed are tested again. Fails when an area
# scores below the threshold (scripts/mutation/areas.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
npm run mutation -- --ci
