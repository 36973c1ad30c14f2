import type { Client } from '@libsql/client'

/**
 * The migrations give every `*_locales` table its `_parent_id` index (lib/indexLocaleParents.ts);
 * after a bulk load SQLite still needs its statistics, or it prefers the `_status` index that
 * nearly every row shares. Returns the locale indexes found, for the report.
 */
export const addIndexes = async (client: Client): Promise<string[]> => {
  await client.execute('ANALYZE')
  const found = await client.execute(`SELECT tbl_name, name FROM sqlite_master WHERE type = 'index' AND name LIKE '%\\_locales\\_parent\\_idx' ESCAPE '\\'`)
  return found.rows.map((row) => `${String(row.tbl_name)}(_parent_id)`)
}
