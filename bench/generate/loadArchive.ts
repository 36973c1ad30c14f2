import type { Client } from '@libsql/client'

import { insertRows } from './insertRows'
import { seededRandom } from './random'
import { factRows, restaurantRows, sourceRows, testimonyRows, type Rows } from './rows'

const BATCH = 1000

export type LoadCounts = { testimonies: number; facts: number; restaurants: number; sources: number; seconds: number }

/**
 * Fills a freshly migrated SQLite database through raw SQL, in transactions of 1,000 documents:
 * Payload's `create` (hooks, validation, versions per document) manages tens a second, which
 * would make 200,000 documents take hours. Every document is published.
 */
export const loadArchive = async (client: Client, sizes: Omit<LoadCounts, 'seconds'>, log: (line: string) => void): Promise<LoadCounts> => {
  const started = Date.now()
  const random = seededRandom(20_240_601)
  for (const pragma of ['journal_mode = WAL', 'synchronous = OFF', 'cache_size = -262144', 'temp_store = MEMORY']) {
    await client.execute(`PRAGMA ${pragma}`)
  }

  const small: Rows = {}
  const restaurants = Array.from({ length: sizes.restaurants }, (_, n) => restaurantRows(small, random, n))
  const sources = Array.from({ length: sizes.sources }, (_, n) => sourceRows(small, random, n))
  await insertRows(client, small)

  const testimonyIds: string[] = []
  for (const [kind, total] of [['testimonies', sizes.testimonies], ['facts', sizes.facts]] as const) {
    for (let from = 0; from < total; from += BATCH) {
      const rows: Rows = {}
      for (let n = from; n < Math.min(total, from + BATCH); n++) {
        if (kind === 'testimonies') testimonyIds.push(testimonyRows(rows, random, n, restaurants))
        else factRows(rows, random, n, sources, testimonyIds)
      }
      await insertRows(client, rows)
      if ((from / BATCH) % 20 === 19) log(`  ${kind}: ${from + BATCH} of ${total} (${Math.round((Date.now() - started) / 1000)} s)`)
    }
  }
  return { ...sizes, seconds: (Date.now() - started) / 1000 }
}
