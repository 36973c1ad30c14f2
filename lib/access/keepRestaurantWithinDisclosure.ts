import type { CollectionBeforeOperationHook, FieldHook, Where } from 'payload'

import { mapWhereLeaves } from './mapWhereLeaves'
import { checkRole } from './roles'

const isRestaurantPath = (path: string) => path === 'restaurant' || path.startsWith('restaurant.')

/**
 * A testimony's link to its restaurant is public only when its disclosure is "restaurant":
 * below that, the link would place the narrator more precisely than the publish guard lets the
 * text do. For readers who are not staff, the link reads as empty, and every filter through it
 * (`restaurant`, `restaurant.name`, …) only matches testimonies that disclose their restaurant.
 */
export const keepRestaurantWithinDisclosure: { field: FieldHook; query: CollectionBeforeOperationHook } = {
  field: ({ value, siblingData, req, overrideAccess, context }) => {
    if (value === null || value === undefined || checkRole(['admin', 'editor'], req.user)) return value
    if (overrideAccess || context.internalLookup) return value
    // The site's testimony page applies the same rule itself (lib/site/disclosure.ts) and needs
    // the restaurant to show its city at "city" disclosure.
    if (context.disclosureAppliedByCaller) return value
    // A `select` without `disclosure` gives nothing to decide on: the safest reading.
    return (siblingData as { disclosure?: string } | undefined)?.disclosure === 'restaurant' ? value : null
  },
  query: ({ args, operation, req }) => {
    if ((operation !== 'read' && operation !== 'count') || checkRole(['admin', 'editor'], req.user)) return args
    // The server's own reads (overrideAccess) are not a reader's query.
    if ((args as { overrideAccess?: boolean }).overrideAccess) return args
    const { where } = args as { where?: Where }
    if (!where) return args
    const disclosed: Where = { disclosure: { equals: 'restaurant' } }
    const guarded = mapWhereLeaves(where, (path, constraint) =>
      isRestaurantPath(path) ? { and: [{ [path]: constraint }, disclosed] } : { [path]: constraint },
    )
    return { ...args, where: guarded }
  },
}
