import type { CollectionAfterChangeHook } from 'payload'

import { recordAuditEvent } from './recordAuditEvent'

/** A publish or unpublish is an event in the trail; saving a draft is not. */
export const auditPublication: CollectionAfterChangeHook = async ({ doc, previousDoc, collection, req, context }) => {
  if (context.seeding) return doc
  const was = previousDoc?._status === 'published'
  const is = doc?._status === 'published'
  if (was === is) return doc
  await recordAuditEvent(req, is ? 'content.published' : 'content.unpublished', {
    collection: collection.slug,
    id: doc.id,
    code: doc.code ?? doc.slug ?? null,
  })
  return doc
}
