import type { Payload } from 'payload'

import type { RestrictedDoc, SearchCollection, SearchDoc } from '../types'
import { COLLECTIONS, STATUSES, decadeBits, topicBits } from './codes'
import { TermIndex, type SlotOrder } from './termIndex'

/**
 * The in-memory index of one server process. Slots are append-only: a changed document gets a
 * new slot and its old one becomes a tombstone (collection 0): posting lists stay append-only
 * and sorted, and nothing has to find a document's terms again to take them out. Tombstones
 * are skipped when matching; `dead` tells when a rebuild would pay.
 */
export type SearchState = {
  payload: Payload
  text: TermIndex
  restrictedText: TermIndex
  collection: number[]
  id: string[]
  country: number[]
  topics: number[]
  decades: number[]
  status: number[]
  restaurantId: (string | null)[]
  createdAt: number[]
  slotOf: Map<string, number>
  countryCodes: string[]
  countryOf: Map<string, number>
  /** Restricted index: slot → record, and record id → slot. */
  records: ({ recordId: string; testimonyId: string } | null)[]
  recordSlotOf: Map<string, number>
  live: number
  dead: number
  /** Counts every change, so answers kept for an earlier state are known to be stale. */
  changes: number
  /** Live slots, newest first, and each slot's place among them; rebuilt after a change. */
  newestFirst: SlotOrder | null
  /** Numbers every re-read as it starts (lib/search/engine/resync.ts). */
  reads: number
  /** Per document or record key, the number of the re-read whose result the index holds. */
  appliedRead: Map<string, number>
}

export const createState = (payload: Payload): SearchState => ({
  payload,
  text: new TermIndex(),
  restrictedText: new TermIndex(),
  collection: [],
  id: [],
  country: [],
  topics: [],
  decades: [],
  status: [],
  restaurantId: [],
  createdAt: [],
  slotOf: new Map(),
  countryCodes: [''],
  countryOf: new Map(),
  records: [],
  recordSlotOf: new Map(),
  live: 0,
  changes: 0,
  dead: 0,
  newestFirst: null,
  reads: 0,
  appliedRead: new Map(),
})

export const docKey = (collection: SearchCollection, id: string | number) => `${collection}:${id}`

const countryCode = (state: SearchState, country: string | null): number => {
  if (!country) return 0
  let code = state.countryOf.get(country)
  if (code === undefined) {
    code = state.countryCodes.push(country) - 1
    state.countryOf.set(country, code)
  }
  return code
}

/**
 * Whether the re-read numbered `read` may change the entry under `key`: not when a re-read that
 * started later has already been applied. Reads interleave (MongoDB answers over the network),
 * and the one that finishes last must not put back a state older than one already shown.
 */
export const readIsCurrent = (state: SearchState, key: string, read: number): boolean => {
  if ((state.appliedRead.get(key) ?? 0) > read) return false
  state.appliedRead.set(key, read)
  return true
}

export const recordKey = (recordId: string | number) => `record:${recordId}`

export const dropDoc = (state: SearchState, collection: SearchCollection, id: string | number): void => {
  const key = docKey(collection, id)
  const slot = state.slotOf.get(key)
  if (slot === undefined) return
  state.slotOf.delete(key)
  state.collection[slot] = 0
  state.live--
  state.dead++
  state.changes++
  state.newestFirst = null
}

export const putDoc = (state: SearchState, doc: SearchDoc): void => {
  dropDoc(state, doc.collection, doc.id)
  const slot = state.collection.length
  state.collection.push(COLLECTIONS.indexOf(doc.collection) + 1)
  state.id.push(doc.id)
  state.country.push(countryCode(state, doc.country))
  state.topics.push(topicBits(doc.topics))
  state.decades.push(decadeBits(doc.yearFrom, doc.yearTo))
  state.status.push(doc.status ? STATUSES.indexOf(doc.status as (typeof STATUSES)[number]) + 1 : 0)
  state.restaurantId.push(doc.restaurantId)
  state.createdAt.push(doc.createdAt)
  state.slotOf.set(docKey(doc.collection, doc.id), slot)
  if (doc.terms.length > 0) state.text.add(slot, doc.terms)
  state.live++
  state.changes++
  state.newestFirst = null
}

export const dropRecord = (state: SearchState, recordId: string | number): void => {
  const slot = state.recordSlotOf.get(String(recordId))
  if (slot === undefined) return
  state.recordSlotOf.delete(String(recordId))
  state.records[slot] = null
  state.dead++
}

export const putRecord = (state: SearchState, doc: RestrictedDoc): void => {
  dropRecord(state, doc.recordId)
  const slot = state.records.push({ recordId: doc.recordId, testimonyId: doc.testimonyId }) - 1
  state.recordSlotOf.set(doc.recordId, slot)
  if (doc.terms.length > 0) state.restrictedText.add(slot, doc.terms)
}

/** Live slots, newest first (for a search without words: the testimonies list, and ties). */
export const newestFirst = (state: SearchState): SlotOrder => {
  if (!state.newestFirst) {
    const slots: number[] = []
    for (let slot = 0; slot < state.collection.length; slot++) if (state.collection[slot] !== 0) slots.push(slot)
    slots.sort((a, b) => state.createdAt[b] - state.createdAt[a] || b - a)
    const position = new Int32Array(state.collection.length)
    slots.forEach((slot, place) => (position[slot] = place))
    state.newestFirst = { slots, position }
  }
  return state.newestFirst
}
