import type { Payload } from 'payload'

import type { User } from '@/payload-types'
import { docKey, type SearchState } from '../engine/state'

// A cap on the ids sent to Payload's access check in one query; a researcher's query matching
// more transcripts than this sees the best-ranked ones.
const MAX_RECORDS = 500

/**
 * Testimonies whose restricted transcript holds every term, limited to the records Payload
 * lets this user read: the restricted index knows nothing about who may read what, and is never
 * asked on behalf of anyone but an approved researcher or staff. The lookup returns no record
 * content to the user, so it is `internalLookup` and writes no `record.read` event.
 */
export const transcriptHits = async (payload: Payload, state: SearchState, terms: string[], user: User): Promise<number[]> => {
  if (terms.length === 0) return []
  const found = state.restrictedText.match(terms, (slot) => state.records[slot] !== null).slice(0, MAX_RECORDS * 2)
  const ids = found.flatMap((slot) => (state.records[slot] ? [state.records[slot]!.recordId] : [])).slice(0, MAX_RECORDS)
  if (ids.length === 0) return []
  const readable = await payload.find({
    collection: 'testimony-records',
    where: { id: { in: ids } },
    select: { testimony: true },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user,
    context: { internalLookup: true },
  })
  const slots: number[] = []
  for (const record of readable.docs) {
    const testimony = typeof record.testimony === 'object' && record.testimony ? record.testimony.id : record.testimony
    const slot = testimony == null ? undefined : state.slotOf.get(docKey('testimonies', testimony))
    if (slot !== undefined) slots.push(slot)
  }
  return slots
}
