import type { Payload, PayloadRequest, Where } from 'payload'

import type { SearchCollection, SearchDoc } from '../types'
import { projectFact, projectRestaurant, projectSource, projectTestimony, restaurantNames, type RestaurantNames } from './project'
import { readPublished } from './readPublished'

const PROJECT = { facts: projectFact, restaurants: projectRestaurant, sources: projectSource } as const

/** Names of published restaurants, memoised for one build or one sync; null when unpublished. */
export type RestaurantCache = Map<string, RestaurantNames | null>

const fillRestaurants = async (payload: Payload, ids: string[], cache: RestaurantCache, req?: PayloadRequest) => {
  const missing = [...new Set(ids)].filter((id) => !cache.has(id))
  if (missing.length === 0) return
  for (const id of missing) cache.set(id, null)
  await readPublished(payload, 'restaurants', { id: { in: missing } }, (docs) => {
    for (const doc of docs) cache.set(String(doc.id), restaurantNames(doc))
  }, req)
}

/** Published documents matching `where`, projected to what the index may hold, batch by batch. */
export const loadSearchDocs = async (
  payload: Payload,
  collection: SearchCollection,
  where: Where | null,
  onDocs: (docs: SearchDoc[]) => void,
  options: { req?: PayloadRequest; restaurants?: RestaurantCache } = {},
): Promise<void> => {
  const cache: RestaurantCache = options.restaurants ?? new Map()
  await readPublished(payload, collection, where, async (docs) => {
    if (collection !== 'testimonies') return onDocs(docs.map(PROJECT[collection]))
    const linked = docs.filter((doc) => doc.restaurant).map((doc) => String(doc.restaurant))
    await fillRestaurants(payload, linked, cache, options.req)
    const names = new Map([...cache].filter((entry): entry is [string, RestaurantNames] => entry[1] !== null))
    onDocs(docs.map((doc) => projectTestimony(doc, names)))
  }, options.req)
}
