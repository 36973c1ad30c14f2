import type { CollectionBeforeOperationHook, Where } from 'payload'

import type { User } from '@/payload-types'
import { canonicalSort } from './canonicalSort'
import { canonicalWhere } from './canonicalWhere'
import { checkPopulate, checkSelect } from './canonicalSelect'
import { checkBoolean, checkWholeNumber } from './checkNumbers'
import { QUERY_LIMITS } from './limits'
import { tierPolicyFor } from './policies'
import { QueryRefused } from './QueryRefused'
import { readerTier } from './readerTier'

type QueryArgs = {
  overrideAccess?: boolean
  currentDepth?: number
  id?: unknown
  where?: unknown
  sort?: unknown
  select?: unknown
  populate?: unknown
  joins?: unknown
  field?: unknown
  limit?: unknown
  page?: unknown
  depth?: unknown
  draft?: unknown
  pagination?: unknown
  trash?: unknown
  overrideLock?: unknown
}

const READS = new Set(['read', 'count', 'readDistinct', 'countVersions'])

/**
 * Every query parameter of every read, count and bulk change, checked before the operation
 * runs, in whatever spelling Payload's parser accepts (lib/access/queryPolicy/README in
 * docs/queries.md). Staff get shape checks; everyone else also gets the allow-list of their
 * tier (policies/) and the caps in limits.ts. Server code that reads past access control
 * (`overrideAccess: true`) is not a reader's query and passes unchanged.
 */
export const checkQueryParameters: CollectionBeforeOperationHook = ({ args, operation, req, collection }) => {
  const query = args as QueryArgs
  if (query.overrideAccess === true) return args
  const isRead = READS.has(operation)
  const isBulkChange = (operation === 'update' || operation === 'delete') && query.id === undefined
  if (!isRead && !isBulkChange) return args

  const { payload } = req
  const slug = collection.slug
  const tier = readerTier(req.user as User | null)
  const tierPolicy = tier === 'staff' ? null : tierPolicyFor(slug, tier)
  // A collection this tier may not read at all (records for the public, guard rules) is refused
  // whole by its access rule (403); the shape checks still apply, the allow-list has nothing to add.
  const readsNothing = tierPolicy !== null && Object.keys(tierPolicy.filter).length === 0 && tierPolicy.select.length === 0
  const policy = readsNothing ? null : tierPolicy
  const limits = tier === 'staff' ? QUERY_LIMITS.staff : QUERY_LIMITS.public
  // The caps on size are for requests from outside; Payload's own population of links
  // (currentDepth set) and the site's Local API reads page through larger batches.
  const fromOutside = req.payloadAPI !== 'local' && query.currentDepth === undefined

  if (query.id !== undefined && (typeof query.id === 'object' || query.id === '')) throw new QueryRefused('id', '', 'must be a document id')
  for (const name of ['draft', 'pagination', 'trash', 'overrideLock'] as const) checkBoolean(name, query[name])
  checkWholeNumber('depth', query.depth, 0, fromOutside ? limits.depth : QUERY_LIMITS.staff.depth)
  checkWholeNumber('page', query.page, 1, limits.page)
  checkWholeNumber('limit', query.limit, fromOutside && tierPolicy ? 1 : 0, fromOutside ? limits.limit : Number.MAX_SAFE_INTEGER)
  if (fromOutside && tierPolicy && query.pagination === false) throw new QueryRefused('pagination', '', 'cannot be turned off')

  const next: QueryArgs = { ...query }
  // A bulk change must name its documents: Payload refuses a missing `where`, but `where=1`
  // or `where=x` arrive as a non-object, which would match every document.
  if (query.where !== undefined || isBulkChange) {
    next.where = canonicalWhere(query.where, { payload, slug, policy, limits }) as Where
  }
  if (query.sort !== undefined) next.sort = canonicalSort(query.sort, payload, slug, policy)
  checkSelect(query.select, policy)
  checkPopulate(query.populate, payload, policy ? (other) => tierPolicyFor(other, tier as 'public' | 'researcher') : null)
  if (policy && query.joins !== undefined && query.joins !== false) {
    const named = typeof query.joins === 'object' && query.joins !== null ? Object.keys(query.joins) : ['joins']
    if (named.length > 0) throw new QueryRefused('joins', named[0], 'cannot be queried')
  }
  if (operation === 'readDistinct' && policy) {
    if (typeof query.field !== 'string' || !policy.filter[query.field]) throw new QueryRefused('field', String(query.field), 'cannot be listed')
  }
  return next as typeof args
}
