import type { CollectionConfig } from 'payload'

import { checkQueryParameters } from './checkQueryParameters'

/**
 * Puts the query policy first among a collection's beforeOperation hooks, so every other hook
 * (guardRelationQueries, …) sees the canonical spelling. Applied to the collections list in
 * payload.config.ts, so no collection file needs to know about it.
 */
export const withQueryPolicy = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeOperation: [checkQueryParameters, ...(collection.hooks?.beforeOperation ?? [])] },
})

export { QUERY_POLICIES } from './policies'
export { QUERY_LIMITS } from './limits'
