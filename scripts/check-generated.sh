#!/usr/bin/env bash
# Fails when payload-types.ts or importMap.js no longer match the config. Payload's generators
# sometimes exit 0 having written nothing, so each run must print its own success line.
set -euo pipefail
cd "$(dirname "$0")/.."
export DATA_DIR="${DATA_DIR:-$(mktemp -d)}"

run_generator() {
  local name=$1 expect=$2
  for attempt in 1 2 3 4 5; do
    if npx payload "$name" >/tmp/archive-gen.log 2>&1 && grep -q "$expect" /tmp/archive-gen.log; then
      return 0
    fi
    echo "check-generated: $name printed nothing useful (attempt $attempt), retrying"
  done
  cat /tmp/archive-gen.log
  echo "check-generated: $name did not run"
  exit 1
}

run_generator generate:types 'Types written'
run_generator generate:importmap 'Writing import map'

if ! git diff --exit-code -- payload-types.ts 'app/(payload)/admin/importMap.js'; then
  echo "check-generated: payload-types.ts or importMap.js is stale: run \`npm run generate\` and commit the result"
  exit 1
fi
echo "check-generated: generated files are current"

# A schema change without a migration would leave SQLite databases without the new columns.
for attempt in 1 2 3 4 5; do
  npx payload migrate:create schema-check --skip-empty </dev/null >/tmp/archive-gen.log 2>&1 || true
  grep -q "generating UP statements" /tmp/archive-gen.log && break
  echo "check-generated: migrate:create printed nothing useful (attempt $attempt), retrying"
done
grep -q "generating UP statements" /tmp/archive-gen.log || { cat /tmp/archive-gen.log; echo "check-generated: migrate:create did not run"; exit 1; }
if [ -n "$(git status --porcelain -- migrations)" ]; then
  git status --porcelain -- migrations
  git checkout -- migrations 2>/dev/null || true
  git clean -fq -- migrations
  echo "check-generated: the collections changed without a migration: run \`npx payload migrate:create <name>\` and commit it"
  exit 1
fi
echo "check-generated: migrations match the collections"
