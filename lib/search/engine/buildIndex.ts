import type { Payload } from 'payload'

import { projectRecord, projectRestaurant, restaurantNames } from './project'
import { loadSearchDocs, type RestaurantCache } from './loadSearchDocs'
import { readPublished } from './readPublished'
import { readRecords } from './readRecords'
import { createState, putDoc, putRecord, type SearchState } from './state'

/**
 * Reads every published document's public projection, and the transcripts of readable records
 * into their own index. Restaurants come first, so testimonies find their names in memory.
 */
export const buildIndex = async (payload: Payload): Promise<SearchState> => {
  const started = Date.now()
  const state = createState(payload)
  const restaurants: RestaurantCache = new Map()
  await readPublished(payload, 'restaurants', null, (docs) => {
    for (const doc of docs) {
      restaurants.set(String(doc.id), restaurantNames(doc))
      putDoc(state, projectRestaurant(doc))
    }
  })
  for (const collection of ['sources', 'facts', 'testimonies'] as const) {
    await loadSearchDocs(payload, collection, null, (docs) => docs.forEach((doc) => putDoc(state, doc)), { restaurants })
  }
  await readRecords(payload, null, (docs) => docs.forEach((doc) => putRecord(state, projectRecord(doc))))
  state.text.compact()
  state.restrictedText.compact()
  payload.logger.info(`search: indexed ${state.live} public documents and ${state.recordSlotOf.size} transcripts in ${Date.now() - started} ms`)
  return state
}
