#!/usr/bin/env bash
# Fails when payload-types.ts or importMap.js no longer match the config. Payload's generators
# sometimes exit 0 having written nothing, so each run must print its own success line.
set -euo pipefail
cd "$(dirname "$0")/.."
export DATA_DIR="${DATA_DIR:-$(mktemp -d)}"

log=$(mktemp)

# generate:types writes nothing when the file is already current, so the file is moved aside
# first: its reappearance proves the generator ran.
for attempt in 1 2 3 4 5; do
  cp payload-types.ts "$log.types"
  rm payload-types.ts
  npx payload generate:types >"$log" 2>&1 || true
  [ -s payload-types.ts ] && break
  cp "$log.types" payload-types.ts
  echo "check-generated: generate:types wrote nothing (attempt $attempt), retrying"
done
[ -s payload-types.ts ] || { cat "$log"; echo "check-generated: generate:types did not run"; exit 1; }

for attempt in 1 2 3 4 5; do
  npx payload generate:importmap >"$log" 2>&1 && grep -qE 'Writing import map|No new imports found' "$log" && break
  echo "check-generated: generate:importmap printed nothing useful (attempt $attempt), retrying"
done
grep -qE 'Writing import map|No new imports found' "$log" || { cat "$log"; echo "check-generated: generate:importmap did not run"; exit 1; }

if ! git diff --exit-code -- payload-types.ts 'app/(payload)/admin/importMap.js'; then
  echo "check-generated: payload-types.ts or importMap.js is stale: run \`npm run generate\` and commit the result"
  exit 1
fi
echo "check-generated: generated files are current"

# A schema change without a migration would leave SQLite databases without the new columns.
# migrate:create writes a new file only when the collections differ from the last migration.
before=$(ls migrations)
for attempt in 1 2 3 4 5; do
  npx payload migrate:create schema-check --skip-empty </dev/null >"$log" 2>&1 || true
  grep -q "generating UP statements" "$log" && break
  echo "check-generated: migrate:create printed nothing useful (attempt $attempt), retrying"
done
grep -q "generating UP statements" "$log" || { cat "$log"; echo "check-generated: migrate:create did not run"; exit 1; }
added=$(comm -13 <(echo "$before") <(ls migrations))
if [ -n "$added" ]; then
  echo "$added"
  (cd migrations && rm -f $added)
  git checkout -- migrations/index.ts 2>/dev/null || true
  echo "check-generated: the collections changed without a migration: run \`bash scripts/regen-migration.sh\` (before the first release) or \`npx payload migrate:create <name>\` and commit it"
  exit 1
fi
echo "check-generated: migrations match the collections"
