import { createHash } from 'node:crypto'
import type { Payload } from 'payload'

import type { Content } from './content'

/*
 * SQLite's ids are UUIDs; MongoDB's are ObjectIds, and Payload's MongoDB adapter cannot look up
 * a document whose id is anything else. A restore into MongoDB gives each UUID a derived
 * ObjectId and keeps the pair in a collection of its own, so a backup taken there gives the
 * UUIDs back: SQLite → MongoDB → SQLite returns the same ids. Every string equal to a mapped id
 * is rewritten, which reaches relationships, rich-text links, polymorphic references and ids
 * kept as text (audit events) without a list of fields to go stale.
 */
const ID_PAIRS = 'archive_restored_ids'
const OBJECT_ID = /^[0-9a-f]{24}$/

type IdMap = Map<string, string>

const remap = (value: unknown, map: IdMap): unknown => {
  if (typeof value === 'string') return map.get(value) ?? value
  if (Array.isArray(value)) return value.map((item) => remap(item, map))
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, remap(inner, map)]))
  }
  return value
}

const remapContent = (content: Content, map: IdMap): Content =>
  map.size === 0 ? content : (remap(content, map) as Content)

const pairs = (payload: Payload) =>
  (payload.db as unknown as { connection: { collection: (name: string) => import('mongodb').Collection<{ derived: string; original: string }> } })
    .connection.collection(ID_PAIRS)

/** Before writing into MongoDB: every id that is not an ObjectId gets one, and the pair is kept. */
export const toMongoIds = async (payload: Payload, content: Content): Promise<Content> => {
  const map: IdMap = new Map()
  for (const { docs } of Object.values(content)) {
    for (const { id } of docs) {
      const original = String(id)
      if (OBJECT_ID.test(original)) continue
      map.set(original, createHash('sha256').update(`archive-id:${original}`).digest('hex').slice(0, 24))
    }
  }
  if (map.size > 0) await pairs(payload).insertMany([...map].map(([original, derived]) => ({ derived, original })))
  return remapContent(content, map)
}

/** After reading from MongoDB: the ids a restore derived go back to the ones they came from. */
export const fromMongoIds = async (payload: Payload, content: Content): Promise<Content> => {
  const found = await pairs(payload).find({}).toArray()
  return remapContent(content, new Map(found.map(({ derived, original }) => [String(derived), String(original)])))
}
