import type { CollectionSlug, FieldHook } from 'payload'

import { checkRole } from './roles'

type RelationValue = string | number | { id: string | number } | null | undefined

const idOf = (value: RelationValue) => (value && typeof value === 'object' ? value.id : value)

/**
 * Payload returns the bare ID of a related document the reader may not read (a draft
 * testimony linked from a published fact). An ID still tells that an unpublished document
 * exists, so for non-staff readers such links are dropped. One query per field and request,
 * memoised in req.context, keeps listings cheap.
 */
export const hideUnreadableRelations =
  (relationTo: CollectionSlug): FieldHook =>
  async ({ value, req, context, overrideAccess }) => {
    if (value === null || value === undefined || checkRole(['admin', 'editor'], req.user)) return value
    // The server's own reads (overrideAccess) need every link, to decide access among others.
    if (overrideAccess || context.internalLookup) return value
    const values: RelationValue[] = Array.isArray(value) ? value : [value]
    const ids = values.map(idOf).filter((id): id is string | number => id !== null && id !== undefined)
    if (ids.length === 0) return value

    const cache = ((req.context.readableIds as Record<string, Set<string>>) ??= {})
    const known = (cache[relationTo] ??= new Set<string>())
    const checked = ((req.context.checkedIds as Record<string, Set<string>>) ??= {})
    const seen = (checked[relationTo] ??= new Set<string>())
    const unchecked = ids.filter((id) => !seen.has(String(id)))
    if (unchecked.length > 0) {
      const readable = await req.payload.find({
        collection: relationTo,
        where: { id: { in: unchecked } },
        depth: 0,
        pagination: false,
        select: {},
        overrideAccess: false,
        user: req.user,
        // Not `req`: Payload would write this call's user and context onto the reader's request.
        context: { internalLookup: true },
      })
      for (const doc of readable.docs) known.add(String(doc.id))
      for (const id of unchecked) seen.add(String(id))
    }
    const kept = values.filter((item) => known.has(String(idOf(item))))
    return Array.isArray(value) ? kept : (kept[0] ?? null)
  }
