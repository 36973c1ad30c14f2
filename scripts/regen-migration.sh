#!/usr/bin/env bash
# Until the first release, the schema lives in one initial migration: remake it from the
# collections. After a release, add migrations instead (`npx payload migrate:create name`).
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f migrations/*_initial.ts migrations/*_initial.json
printf 'export const migrations = []\n' > migrations/index.ts
export DATA_DIR="$(mktemp -d)"
for attempt in 1 2 3 4 5; do
  npx payload migrate:create initial </dev/null >/tmp/archive-mig.log 2>&1 || true
  ls migrations/*_initial.ts >/dev/null 2>&1 && break
  echo "regen-migration: attempt $attempt wrote nothing, retrying"
done
ls migrations/*_initial.ts
