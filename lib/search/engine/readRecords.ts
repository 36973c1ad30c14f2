import type { Payload, PayloadRequest, Where } from 'payload'

type Doc = Record<string, unknown>

const BATCH = 200

/**
 * Transcripts of records that someone other than staff could ever be allowed to read about:
 * consent not withdrawn, testimony published. Which reader may see which is decided per query
 * by Payload (lib/search/query/transcriptHits.ts), never here. Read through the database
 * adapter, like readPublished: no person receives them, so no `record.read` event is due.
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
    const result = await payload.db.find({
      collection: 'testimony-records',
      where: where ? { and: [readable, where] } : readable,
      select: { transcript: true, testimony: true },
      locale: 'all',
      sort: 'id',
      limit: BATCH,
      page,
      pagination: false,
      req,
    })
    await onBatch(result.docs as unknown as Doc[])
    await new Promise((resolve) => setImmediate(resolve))
    if (result.docs.length < BATCH) return
  }
}
