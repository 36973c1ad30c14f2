import type { Client } from '@libsql/client'

/**
 * Payload's SQLite locale tables have only a unique (`_locale`, `_parent_id`) index, so reading
 * the locales of a page of documents scans the whole table (about 1.4 s for 20 testimonies at
 * 100,000, per the platform notes). The bench adds an index on `_parent_id` to every locale
 * table, then ANALYZE so SQLite stops preferring the useless `_status` index. The app needs the
 * same indexes in a migration: see docs/search.md.
 */
export const addIndexes = async (client: Client): Promise<string[]> => {
  const tables = await client.execute(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%\\_locales' ESCAPE '\\'`)
  const made: string[] = []
  for (const row of tables.rows) {
    const table = String(row.name)
    await client.execute(`CREATE INDEX IF NOT EXISTS "${table}_parent_id_idx" ON "${table}" ("_parent_id")`)
    made.push(`${table}(_parent_id)`)
  }
  await client.execute('ANALYZE')
  return made
}
