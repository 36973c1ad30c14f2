import type { CollectionAfterDeleteHook } from 'payload'

import { recordAuditEvent } from './recordAuditEvent'

export const auditDeletion: CollectionAfterDeleteHook = async ({ doc, collection, req, context }) => {
  if (context.seeding || context.erasing) return doc
  await recordAuditEvent(req, 'content.deleted', {
    collection: collection.slug,
    id: doc.id,
    code: doc.code ?? doc.slug ?? null,
  })
  return doc
}
