import type { Payload } from 'payload'

import { buildIndex } from './buildIndex'
import type { SyncTarget } from './resync'
import type { SearchState } from './state'

type Holder = {
  state: SearchState | null
  building: Promise<SearchState> | null
  buildingFor: Payload | null
  /** Changes made while a build was reading: replayed once it is done. */
  missed: SyncTarget[]
}

// On `globalThis`, because Next may load this module more than once in one server process
// (route handlers and pages are bundled apart), and there must be one index per process.
const holder: Holder = ((globalThis as { __archiveSearchIndex?: Holder }).__archiveSearchIndex ??= {
  state: null,
  building: null,
  buildingFor: null,
  missed: [],
})

export const searchHolder = (): Holder => holder

/**
 * The index of this process, built at first use from the database: once per process, however
 * many requests arrive meanwhile (they all wait on one promise). A new Payload instance (a test
 * starting another database) gets a new index.
 */
export const getSearchIndex = (payload: Payload): Promise<SearchState> => {
  if (holder.state?.payload === payload) return Promise.resolve(holder.state)
  if (holder.building && holder.buildingFor === payload) return holder.building
  holder.buildingFor = payload
  holder.missed = []
  const building = (async () => {
    const state = await buildIndex(payload)
    const { resync } = await import('./resync')
    // Replays until no change arrives during a replay, so none is lost between the two.
    while (holder.missed.length > 0) {
      const missed = holder.missed.splice(0)
      for (const target of missed) await resync(state, target)
    }
    if (holder.buildingFor === payload) {
      holder.state = state
      holder.building = null
    }
    return state
  })()
  holder.building = building
  building.catch(() => {
    // A failed build is tried again by the next search, not cached as a failure.
    if (holder.building === building) holder.building = null
  })
  return building
}
