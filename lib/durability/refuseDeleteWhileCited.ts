import { APIError, type CollectionBeforeDeleteHook, type CollectionSlug } from 'payload'

import { readInternally } from '@/lib/safety/readInternally'

/**
 * A document that another one must point to (a NOT NULL link) cannot be deleted on its own:
 * SQLite would refuse the child's `ON DELETE SET NULL` only after Payload had deleted the
 * parent's versions, and MongoDB would keep a child pointing nowhere. The refusal comes first,
 * before anything is touched, and says what to do instead.
 */
export const refuseDeleteWhileCited = (
  child: CollectionSlug,
  field: string,
  message: string,
): CollectionBeforeDeleteHook => async ({ id, req }) => {
  const { totalDocs } = await readInternally(req, (lookup) =>
    req.payload.count({ collection: child, where: { [field]: { equals: id } }, ...lookup }),
  )
  if (totalDocs > 0) throw new APIError(message, 409, { collection: child, field }, true)
}
