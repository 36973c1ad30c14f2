import type { Payload, PayloadRequest, Where } from 'payload'

import { readInternally } from '@/lib/safety/readInternally'

type Doc = Record<string, unknown>

const BATCH = 200

/**
 * Transcripts of records that someone other than staff could ever be allowed to read about:
 * consent not withdrawn, testimony published. Which reader may see which is decided per query
 * by Payload (lib/search/query/readableRecordHits.ts), never here. `internalLookup` keeps these
 * reads out of the `record.read` trail: no person receives them.
 */
export const readRecords = async (
  payload: Payload,
  where: Where | null,
  onBatch: (docs: Doc[]) => Promise<void> | void,
  req?: PayloadRequest,
): Promise<void> => {
  const readable: Where = {
    and: [{ 'consent.withdrawn': { not_equals: true } }, { 'testimony._status': { equals: 'published' } }],
  }
  for (let page = 1; ; page++) {
    const read = (lookup: object) =>
      payload.find({
        collection: 'testimony-records',
        where: where ? { and: [readable, where] } : readable,
        select: { transcript: true, testimony: true },
        locale: 'all',
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
