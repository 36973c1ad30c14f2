import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { notifyPublicChange } from './notifyPublicChange'
import type { PublicChange } from './publicChange'

export const afterPublicChange: CollectionAfterChangeHook = async ({ doc, previousDoc, collection, req, context }) => {
  if (context.skipPublicSync) return doc
  await notifyPublicChange({
    collection: collection.slug as PublicChange['collection'],
    id: doc.id,
    doc,
    previousDoc: previousDoc ?? null,
    deleted: false,
    req,
  })
  return doc
}

export const afterPublicDelete: CollectionAfterDeleteHook = async ({ doc, id, collection, req, context }) => {
  if (context.skipPublicSync) return doc
  await notifyPublicChange({
    collection: collection.slug as PublicChange['collection'],
    id,
    doc: null,
    previousDoc: doc,
    deleted: true,
    req,
  })
  return doc
}
