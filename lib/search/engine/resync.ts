import type { PayloadRequest, Where } from 'payload'

import type { SearchCollection, SearchDoc } from '../types'
import { projectRecord } from './project'
import { loadSearchDocs } from './loadSearchDocs'
import { readRecords } from './readRecords'
import { docKey, dropDoc, dropRecord, putDoc, putRecord, readIsCurrent, recordKey, type SearchState } from './state'

/** What one change obliges the index to read again. */
export type SyncTarget =
  | { kind: 'doc'; collection: SearchCollection; id: string }
  | { kind: 'record'; id: string }
  | { kind: 'recordsOf'; testimonyId: string }
  | { kind: 'testimoniesOf'; restaurantId: string }

const CHUNK = 200

/**
 * Reads the target's current state from the database and puts it in the index, or takes it
 * out: the hook's own `doc` is never trusted, because after a draft save it holds the draft.
 * Each re-read is numbered when it starts, and its result is dropped for any document that a
 * later-started re-read has already updated: a recheck whose read began before the next change
 * and finished after that change's own re-read would otherwise put the old state back.
 */
export const resync = async (state: SearchState, target: SyncTarget, req?: PayloadRequest): Promise<void> => {
  const { payload } = state
  const read = ++state.reads
  const current = (key: string) => readIsCurrent(state, key, read)
  const put = (doc: SearchDoc) => current(docKey(doc.collection, doc.id)) && putDoc(state, doc)
  if (target.kind === 'doc') {
    let found = false
    await loadSearchDocs(payload, target.collection, { id: { equals: target.id } }, (docs) => {
      for (const doc of docs) {
        found = true
        put(doc)
      }
    }, { req })
    if (!found && current(docKey(target.collection, target.id))) dropDoc(state, target.collection, target.id)
    return
  }
  if (target.kind === 'record' || target.kind === 'recordsOf') {
    const seen = new Set<string>()
    const where: Where = target.kind === 'record' ? { id: { equals: target.id } } : { testimony: { equals: target.testimonyId } }
    await readRecords(payload, where, (docs) => {
      for (const doc of docs) {
        seen.add(String(doc.id))
        if (current(recordKey(doc.id as string))) putRecord(state, projectRecord(doc))
      }
    }, req)
    const stale =
      target.kind === 'record'
        ? [target.id]
        : state.records.filter((r) => r?.testimonyId === target.testimonyId).map((r) => r!.recordId)
    for (const id of stale) if (!seen.has(id) && current(recordKey(id))) dropRecord(state, id)
    return
  }
  // A restaurant renamed, published or unpublished changes what its testimonies are found by.
  const ids: string[] = []
  for (let slot = 0; slot < state.collection.length; slot++) {
    if (state.collection[slot] === 1 && state.restaurantId[slot] === target.restaurantId) ids.push(state.id[slot])
  }
  for (let i = 0; i < ids.length; i += CHUNK) {
    await loadSearchDocs(payload, 'testimonies', { id: { in: ids.slice(i, i + CHUNK) } }, (docs) => docs.forEach(put), { req })
  }
}
