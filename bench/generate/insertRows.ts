import type { Client, InStatement } from '@libsql/client'

import type { Row, Rows } from './rows'

// SQLite's limit on bound variables in one statement (libsql's default).
const MAX_VARIABLES = 32_000

const columnsCache = new Map<string, Set<string>>()

const columnsOf = async (client: Client, table: string): Promise<Set<string>> => {
  let columns = columnsCache.get(table)
  if (!columns) {
    const info = await client.execute(`PRAGMA table_info("${table}")`)
    columns = new Set(info.rows.map((row) => String(row.name)))
    if (columns.size === 0) throw new Error(`bench: table ${table} does not exist; did the migrations run?`)
    columnsCache.set(table, columns)
  }
  return columns
}

/**
 * Multi-row INSERTs for every table of one batch, run as one write transaction: the bulk path
 * the platform notes measured at about 2,600 documents a second. A column the migrations do not
 * have is an error, so the bench breaks loudly when the schema moves on.
 */
export const insertRows = async (client: Client, rows: Rows): Promise<void> => {
  const statements: InStatement[] = []
  for (const [table, list] of Object.entries(rows)) {
    if (list.length === 0) continue
    // Rows of one table may leave different columns out (a link to a source or to a testimony).
    const columns = [...new Set(list.flatMap((row) => Object.keys(row)))]
    const known = await columnsOf(client, table)
    const unknown = columns.filter((column) => !known.has(column))
    if (unknown.length > 0) throw new Error(`bench: ${table} has no column ${unknown.join(', ')}`)
    const perStatement = Math.max(1, Math.floor(MAX_VARIABLES / columns.length))
    for (let i = 0; i < list.length; i += perStatement) {
      const chunk = list.slice(i, i + perStatement)
      const placeholders = `(${columns.map(() => '?').join(',')})`
      statements.push({
        sql: `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(',')}) VALUES ${chunk.map(() => placeholders).join(',')}`,
        args: chunk.flatMap((row: Row) => columns.map((column) => row[column] ?? null)),
      })
    }
  }
  await client.batch(statements, 'write')
}
