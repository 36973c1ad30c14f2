import { createHash } from 'node:crypto'

import type { Payload } from 'payload'

/** Rows (documents) of one table (collection) and a hash of their content. */
export type TableCensus = { rows: number; hash: string }
export type Census = Record<string, TableCensus>

type SqlClient = { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }
type MongoDb = {
  listCollections: () => { toArray: () => Promise<{ name: string }[]> }
  collection: (name: string) => { find: (q: object) => { sort: (s: object) => { toArray: () => Promise<unknown[]> } } }
}

const hashOf = (rows: unknown[]): string => createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 16)

/**
 * Every table of the database, counted and hashed, read below Payload (so nothing Payload hides
 * or adds is missed): SQLite through the adapter's client, MongoDB through the driver.
 */
export const takeCensus = async (payload: Payload): Promise<Census> => {
  const census: Census = {}
  const db = payload.db as unknown as { client?: SqlClient; connection?: { db: MongoDb } }
  if (db.client) {
    const tables = await db.client.execute(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
    for (const { name } of tables.rows) {
      const rows = (await db.client.execute(`SELECT * FROM "${String(name)}" ORDER BY rowid`)).rows
      census[String(name)] = { rows: rows.length, hash: hashOf(rows) }
    }
    return census
  }
  const mongo = db.connection!.db
  for (const { name } of await mongo.listCollections().toArray()) {
    const docs = await mongo.collection(name).find({}).sort({ _id: 1 }).toArray()
    census[name] = { rows: docs.length, hash: hashOf(docs) }
  }
  return census
}

/** The tables whose rows or content differ, with both sides, for a readable failure. */
export const censusChanges = (before: Census, after: Census): Record<string, { before?: TableCensus; after?: TableCensus }> => {
  const changes: Record<string, { before?: TableCensus; after?: TableCensus }> = {}
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (before[name]?.rows !== after[name]?.rows || before[name]?.hash !== after[name]?.hash) changes[name] = { before: before[name], after: after[name] }
  }
  return changes
}
