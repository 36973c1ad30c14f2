import { QueryError, type CollectionBeforeOperationHook, type FieldHook, type PayloadRequest, type Where } from 'payload'

import { disclosureOf, factFitsDisclosure, type Disclosure } from '@/lib/site/disclosure'
import type { Fact } from '@/payload-types'
import { mapWhereLeaves } from './mapWhereLeaves'
import { checkRole } from './roles'

type RelationValue = string | number | { id: string | number } | null

const idOf = (value: RelationValue) => String(value && typeof value === 'object' ? value.id : value)

/** `factFitsDisclosure` (lib/site/disclosure.ts) as a query on facts. */
const fitting = (disclosure: Disclosure): Where | null => {
  if (disclosure === 'restaurant') return null
  const noRestaurant: Where = { restaurant: { exists: false } }
  if (disclosure === 'city') return noRestaurant
  return { and: [noRestaurant, { or: [{ city: { exists: false } }, { city: { equals: '' } }] }] }
}

/** Disclosures of the given testimonies, read as the reader (unreadable ones are left out). */
const disclosuresOf = async (req: PayloadRequest, ids: string[]): Promise<Map<string, Disclosure>> => {
  const found = await req.payload.find({
    collection: 'testimonies',
    where: { id: { in: ids } },
    select: { disclosure: true },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    // Not `req`: Payload would copy this call's context onto the reader's request.
    context: { internalLookup: true },
  })
  return new Map(found.docs.map((doc) => [String(doc.id), disclosureOf(doc)]))
}

/**
 * A fact placed in a city or a restaurant, linked to a testimony whose disclosure stops at the
 * country, would place the narrator there. For readers who are not staff such links read as
 * absent, and a filter on `testimonies` only matches facts whose place fits each named
 * testimony's disclosure. Paths into the linked testimony (`testimonies.title`) are refused.
 */
export const keepTestimonyLinksWithinDisclosure: { field: FieldHook; query: CollectionBeforeOperationHook } = {
  field: async ({ value, siblingData, req, overrideAccess, context }) => {
    if (!Array.isArray(value) || value.length === 0 || checkRole(['admin', 'editor'], req.user)) return value
    if (overrideAccess || context.internalLookup) return value
    const place = (siblingData ?? {}) as Pick<Fact, 'city' | 'restaurant'> & { kind?: unknown }
    // `kind` is required, so without it a `select` left the fact's place out too: nothing to
    // decide on, keep no link. (MongoDB leaves an unset city or restaurant out of the document.)
    if (!('kind' in place)) return []
    const disclosures = await disclosuresOf(req, (value as RelationValue[]).map(idOf))
    return (value as RelationValue[]).filter((item) => {
      const disclosure = disclosures.get(idOf(item))
      return disclosure !== undefined && factFitsDisclosure(place, disclosure)
    })
  },
  query: async ({ args, operation, req }) => {
    if ((operation !== 'read' && operation !== 'count') || checkRole(['admin', 'editor'], req.user)) return args
    // The server's own reads (overrideAccess) are not a reader's query.
    if ((args as { overrideAccess?: boolean }).overrideAccess) return args
    const { where } = args as { where?: Where }
    if (!where) return args
    const named: string[] = []
    mapWhereLeaves(where, (path, constraint) => {
      if (path === 'testimonies' || path === 'testimonies.id') {
        for (const value of Object.values(constraint as Record<string, unknown>)) {
          named.push(...(Array.isArray(value) ? value : String(value).split(',')).map(String))
        }
      } else if (path.startsWith('testimonies.')) throw new QueryError([{ path }])
      return {}
    })
    if (named.length === 0) return args
    const disclosures = await disclosuresOf(req, [...new Set(named)])
    const guarded = mapWhereLeaves(where, (path, constraint) => {
      if (path !== 'testimonies' && path !== 'testimonies.id') return { [path]: constraint }
      // guardRelationQueries has already limited the operators to equals, in and contains.
      const parts: Where[] = Object.entries(constraint as Record<string, unknown>).map(([operator, value]) => {
        const ids = (Array.isArray(value) ? value : String(value).split(',')).map(String)
        const groups = new Map<Disclosure, string[]>()
        for (const id of ids) {
          const disclosure = disclosures.get(id) ?? 'country'
          groups.set(disclosure, [...(groups.get(disclosure) ?? []), id])
        }
        const alternatives = [...groups].map(([disclosure, group]): Where => {
          const link: Where = { [path]: { [operator === 'equals' && group.length === 1 ? 'equals' : 'in']: operator === 'equals' ? group[0] : group } }
          const fit = fitting(disclosure)
          return fit ? { and: [link, fit] } : link
        })
        return alternatives.length === 1 ? alternatives[0] : { or: alternatives }
      })
      return parts.length === 1 ? parts[0] : { and: parts }
    })
    return { ...args, where: guarded }
  },
}
