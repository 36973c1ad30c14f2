import type { Payload, SelectType } from 'payload'

import type { Locale } from '@/lib/i18n/locales'
import type { User } from '@/payload-types'
import { COLLECTIONS } from '../engine/codes'
import type { SearchState } from '../engine/state'
import type { QueryTerms } from '../text/queryTerms'
import type { SearchCollection, SearchHit } from '../types'
import { toHit } from './toHit'

// What a result shows; the reader's own access decides whether each field comes back.
const SHOWN: Record<SearchCollection, SelectType> = {
  testimonies: { code: true, title: true, summary: true, country: true, yearFrom: true, yearTo: true, topics: true, illustrative: true },
  facts: { kind: true, statement: true, city: true, country: true, yearFrom: true, yearTo: true, value: true, valueMax: true, unit: true },
  restaurants: { name: true, alternateNames: true, slug: true, city: true, country: true, status: true, openedYear: true, closedYear: true },
  sources: { title: true, publisher: true, publishedAt: true, kind: true },
}

/**
 * The documents of one page, read by id through the Local API as the reader, so Payload's access
 * rules decide what is returned; an id Payload does not return is dropped.
 */
export const loadHits = async (
  payload: Payload,
  state: SearchState,
  slots: number[],
  transcriptOnly: Set<number>,
  units: QueryTerms['units'],
  user: User | null,
  locale: Locale,
): Promise<SearchHit[]> => {
  // Read from the index before the reads below, not after: while they wait (MongoDB answers
  // over the network), a recheck may put the same document again in a new slot and leave this
  // one a tombstone, and the hit would silently drop out of the page.
  const wanted = slots.map((slot) => ({ slot, collection: COLLECTIONS[state.collection[slot] - 1], id: state.id[slot] }))
  const byCollection = new Map<SearchCollection, string[]>()
  for (const { collection, id } of wanted) {
    if (!collection) continue
    byCollection.set(collection, [...(byCollection.get(collection) ?? []), id])
  }
  const docs = new Map<string, Record<string, unknown>>()
  await Promise.all(
    [...byCollection].map(async ([collection, ids]) => {
      const result = await payload.find({
        collection,
        where: { id: { in: ids } },
        select: SHOWN[collection],
        locale: 'all',
        depth: 0,
        draft: false,
        pagination: false,
        overrideAccess: false,
        user,
      })
      for (const doc of result.docs) docs.set(`${collection}:${doc.id}`, doc as unknown as Record<string, unknown>)
    }),
  )
  return wanted.flatMap(({ slot, collection, id }) => {
    const doc = collection && docs.get(`${collection}:${id}`)
    return doc ? [toHit(collection, doc, { units, locale, transcriptOnly: transcriptOnly.has(slot) })] : []
  })
}
