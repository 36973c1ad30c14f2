/**
 * The bench's data generation, run as a child of scripts/bench-site.ts with DATA_DIR set: a
 * fresh embedded database, migrated, then filled in bulk. It prints `ready` once Payload is up
 * and `generated <json>` at the end, because Node 20 sometimes hangs for good while importing
 * the Payload config (platform notes): the parent kills a child that never says `ready` and
 * starts another.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Client } from '@libsql/client'

import { addIndexes } from './addIndexes'
import { loadArchive } from './loadArchive'

const main = async () => {
  const dataDir = process.env.DATA_DIR as string
  const sizes = JSON.parse(process.env.BENCH_SIZES as string)
  const { default: config } = await import('../../payload.config')
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config })
  console.log('ready')
  const client = (payload.db as unknown as { client: Client }).client
  const log = (line: string) => console.log(`bench: ${line}`)
  log(`loading ${sizes.testimonies} testimonies and ${sizes.facts} facts into ${path.relative(process.cwd(), dataDir)}`)
  const counts = await loadArchive(client, sizes, log)
  const indexes = await addIndexes(client)
  await client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
  await payload.destroy()
  const generated = { counts, indexes, dbBytes: fs.statSync(path.join(dataDir, 'archive.db')).size }
  console.log(`generated ${JSON.stringify(generated)}`)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
