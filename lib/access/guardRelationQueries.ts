import { QueryError, type CollectionBeforeOperationHook, type CollectionSlug, type Where } from 'payload'

import { checkRole } from './roles'

const SAFE_OPERATORS = new Set(['equals', 'in', 'contains'])

type Relations = Record<string, CollectionSlug>

/**
 * Payload answers a `where` on a stored link (`restaurant`, `testimonies.id`) and a sort
 * through a link (`restaurant.name`) without asking whether the reader may see the linked
 * document. A published fact that links a draft would then betray the draft: its id, or its
 * name through the order of results. For readers who are not staff, a filter on a link may
 * only name documents they can read, with `equals`, `in` or `contains`; sorting through a
 * link is refused.
 */
export const guardRelationQueries =
  (relations: Relations): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if ((operation !== 'read' && operation !== 'count') || checkRole(['admin', 'editor'], req.user)) return args
    // The server's own reads (overrideAccess) are not a reader's query.
    if ((args as { overrideAccess?: boolean }).overrideAccess) return args
    // The same answer Payload gives for a path the reader may not query.
    const refuse = (path: string): never => {
      throw new QueryError([{ path }])
    }

    const { sort, where } = args as { sort?: string | string[]; where?: Where }
    for (const entry of [sort].flat().filter(Boolean) as string[]) {
      const path = entry.replace(/^-/, '')
      if (path.includes('.') && relations[path.split('.')[0]]) refuse(path)
    }

    const named = new Map<CollectionSlug, { ids: Set<string>; path: string }>()
    const walk = (where: Where | undefined) => {
      for (const [key, constraint] of Object.entries(where ?? {})) {
        if (key === 'and' || key === 'or') {
          for (const part of constraint as Where[]) walk(part)
          continue
        }
        const [field, ...rest] = key.split('.')
        const relationTo = relations[field]
        // Paths into the linked document (`testimonies.title`) are checked by Payload itself.
        if (!relationTo || (rest.length > 0 && rest.join('.') !== 'id')) continue
        for (const [operator, value] of Object.entries(constraint as Record<string, unknown>)) {
          if (!SAFE_OPERATORS.has(operator)) refuse(key)
          const ids = (Array.isArray(value) ? value : String(value).split(',')).map(String)
          const entry = named.get(relationTo) ?? { ids: new Set<string>(), path: key }
          ids.forEach((id) => entry.ids.add(id))
          named.set(relationTo, entry)
        }
      }
    }
    walk(where)

    for (const [collection, { ids, path }] of named) {
      const readable = await req.payload.count({
        collection,
        where: { id: { in: [...ids] } },
        overrideAccess: false,
        user: req.user,
        // Not `req`: Payload would copy this call's context onto the reader's request.
        context: { internalLookup: true },
      })
      if (readable.totalDocs < ids.size) refuse(path)
    }
    return args
  }
