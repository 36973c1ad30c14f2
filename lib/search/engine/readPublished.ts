import type { Payload, PayloadRequest, SelectType, Where } from 'payload'

import { readInternally } from '@/lib/safety/readInternally'
import type { SearchCollection } from '../types'

type Doc = Record<string, unknown>

/**
 * The public fields of each collection, and nothing else: `editorialNote`, override reasons
 * and review notes never enter the server's index, so no query can be shaped by them.
 */
const PUBLIC_FIELDS: Record<SearchCollection, SelectType> = {
  testimonies: { code: true, title: true, summary: true, country: true, yearFrom: true, yearTo: true, topics: true, restaurant: true, disclosure: true, illustrative: true, createdAt: true },
  facts: { kind: true, statement: true, city: true, country: true, yearFrom: true, yearTo: true, createdAt: true },
  restaurants: { name: true, alternateNames: true, city: true, country: true, status: true, openedYear: true, closedYear: true, createdAt: true },
  sources: { title: true, publisher: true, publishedAt: true, createdAt: true },
}

const BATCH = 1000

/**
 * Published documents of `collection` (the published version, `draft: false`, never a newer
 * draft), public fields in every locale, read past access control because the index serves
 * every reader and decides nothing: each page of results is read again as the reader.
 * Inside a hook, `req` keeps the read in the change's transaction.
 */
export const readPublished = async (
  payload: Payload,
  collection: SearchCollection,
  where: Where | null,
  onBatch: (docs: Doc[]) => Promise<void> | void,
  req?: PayloadRequest,
): Promise<void> => {
  const published: Where = { _status: { equals: 'published' } }
  for (let page = 1; ; page++) {
    const read = (lookup: object) =>
      payload.find({
        collection,
        where: where ? { and: [published, where] } : published,
        select: PUBLIC_FIELDS[collection],
        locale: 'all',
        draft: false,
        depth: 0,
        sort: 'id',
        limit: BATCH,
        page,
        overrideAccess: true,
        context: { internalLookup: true },
        ...lookup,
      })
    const result = req ? await readInternally(req, ({ req: r }) => read({ req: r })) : await read({})
    await onBatch(result.docs as unknown as Doc[])
    if (!result.hasNextPage) return
  }
}
