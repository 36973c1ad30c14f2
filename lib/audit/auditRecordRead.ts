import type { CollectionAfterReadHook } from 'payload'

import { recordAuditEvent } from './recordAuditEvent'

/**
 * Every restricted record that leaves the server, through any path (a site page, REST,
 * GraphQL, the admin panel), writes one `record.read` event for the person who received it;
 * a listing writes one per record. The server's own lookups say `internalLookup` and are not
 * reads by a person.
 */
export const auditRecordRead: CollectionAfterReadHook = async ({ doc, req, context }) => {
  if (!req.user || context.internalLookup || context.seeding) return doc
  const testimony = doc.testimony
  let code: string | null = typeof testimony === 'object' && testimony ? (testimony.code ?? null) : null
  if (!code && testimony) {
    const found = await req.payload.find({
      collection: 'testimonies',
      where: { id: { equals: typeof testimony === 'object' ? testimony.id : testimony } },
      select: { code: true },
      depth: 0,
      limit: 1,
      draft: false,
      overrideAccess: true,
      // Not `req`: Payload would copy `internalLookup` onto the request, and the next record
      // of the same listing would go unrecorded.
      context: { internalLookup: true },
    })
    code = found.docs[0]?.code ?? null
  }
  await recordAuditEvent(req, 'record.read', { collection: 'testimony-records', id: doc.id, code })
  return doc
}
