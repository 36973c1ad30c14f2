#!/usr/bin/env bash
# `npm test`: unit, integration on SQLite, integration on MongoDB, then browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

npx tsx scripts/checkChromium.ts
npx tsc --noEmit -p .
npx vitest run --project unit
npx vitest run --project int
TEST_DB=mongo npx vitest run --project int
# Browser tests start from an empty embedded database of their own.
rm -rf data/e2e test-results
npx playwright test
