import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'

import { refreshTestimonyPlace } from '@/lib/disclosure/refreshTestimonyPlace'

declare module 'payload' {
  interface RequestContext {
    /** The stored city and status of restaurants being saved, to tell whether copies follow. */
    restaurantsBefore?: Record<string, string>
    /** Testimonies whose records name restaurants being deleted (the database unlinks them). */
    testimoniesAtDeleted?: Record<string, string[]>
  }
}

const placeKey = (doc: Record<string, unknown> | null) => JSON.stringify([doc?.city ?? null, doc?._status ?? null])

const stored = (req: PayloadRequest, id: string) =>
  req.payload.db.findOne<Record<string, unknown> & { id: string }>({ collection: 'restaurants', where: { id: { equals: id } }, req })

const testimoniesAt = async (req: PayloadRequest, restaurantId: string): Promise<string[]> => {
  const records = await req.payload.db.find<Record<string, unknown> & { id: string }>({
    collection: 'testimony-records',
    where: { restaurant: { equals: restaurantId } },
    pagination: false,
    limit: 0,
    req,
  })
  return records.docs
    .map((record) => record.testimony)
    .filter(Boolean)
    .map((testimony) => String(typeof testimony === 'object' ? (testimony as { id: unknown }).id : testimony))
}

const refreshAll = async (req: PayloadRequest, testimonies: string[]) => {
  for (const id of testimonies) await refreshTestimonyPlace(req, id)
}

/** Notes the stored (published) city and status before a save; a draft save leaves both as they are. */
export const noteRestaurantPlace: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation === 'update' && originalDoc?.id) {
    req.context.restaurantsBefore = { ...req.context.restaurantsBefore, [String(originalDoc.id)]: placeKey(await stored(req, String(originalDoc.id))) }
  }
  return data
}

/**
 * Testimonies copy their restaurant's city, and link it only while it is published: when the
 * stored city or the publication changes, the copies of every testimony whose record names the
 * restaurant are refreshed.
 */
export const followRestaurantPlace: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'update') return doc
  const id = String(doc.id)
  const before = req.context.restaurantsBefore?.[id]
  if (before !== undefined && before === placeKey(await stored(req, id))) return doc
  await refreshAll(req, await testimoniesAt(req, id))
  return doc
}

/** SQLite unlinks a deleted restaurant itself (ON DELETE SET NULL): note who named it first. */
export const noteRestaurantDeletion: CollectionBeforeDeleteHook = async ({ id, req }) => {
  req.context.testimoniesAtDeleted = { ...req.context.testimoniesAtDeleted, [String(id)]: await testimoniesAt(req, String(id)) }
}

export const followRestaurantDeletion: CollectionAfterDeleteHook = async ({ id, req }) => {
  await refreshAll(req, req.context.testimoniesAtDeleted?.[String(id)] ?? [])
}
