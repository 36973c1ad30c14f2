import type { Payload } from 'payload'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const OBJECT_ID = /^[0-9a-f]{24}$/i

/**
 * Whether `value` has the id shape of the database underneath: UUIDs on SQLite (`idType` in
 * lib/db.ts), ObjectIds on MongoDB. A value of another shape names no document; MongoDB's
 * adapter drops such a condition instead of matching nothing, so it must never reach a query.
 */
export const isDocumentId = (payload: Pick<Payload, 'db'>, value: unknown): value is string =>
  typeof value === 'string' && (payload.db.name === 'mongoose' ? OBJECT_ID : UUID).test(value)
