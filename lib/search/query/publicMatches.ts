import { newestFirst, type SearchState } from '../engine/state'
import type { FacetSelection, SearchCollection } from '../types'
import { countFacets, type RawFacets } from './countFacets'
import { matchSlots } from './matchSlots'

type Kept = { state: SearchState; changes: number; selected: Int32Array; facets: RawFacets }

// The last answers, newest last: up to 64, and up to 16 MB of slots (4 bytes each; the
// testimonies list without words selects every testimony, 400 KB at 100,000), so crawling
// facet combinations cannot grow the server by more than that.
const MAX_KEPT = 64
const MAX_BYTES = 16 * 1024 * 1024
const kept = new Map<string, Kept>()
let keptBytes = 0

const forget = (key: string) => {
  const entry = kept.get(key)
  if (!entry) return
  keptBytes -= entry.selected.byteLength
  kept.delete(key)
}

/**
 * The slots a query matches among the public projections and their facet counts, worked out
 * once per index state: the two languages of a page, its next pages and its facet links all
 * ask the same question. Only the public match is kept; a researcher's transcript hits are
 * added per reader and never enter it.
 */
export const publicMatches = (
  state: SearchState,
  /** null: a search without words, newest first. */
  terms: string[] | null,
  selection: FacetSelection,
  collections: SearchCollection[],
): { selected: Int32Array; facets: RawFacets } => {
  const key = JSON.stringify([terms, selection, collections])
  const hit = kept.get(key)
  if (hit && hit.state === state && hit.changes === state.changes) {
    // Moved to the end: the least recently asked go first.
    kept.delete(key)
    kept.set(key, hit)
    return hit
  }
  forget(key)
  const matched = terms ? matchSlots(state, terms) : newestFirst(state).slots
  const { selected, facets } = countFacets(state, matched, selection, collections)
  const entry = { state, changes: state.changes, selected: Int32Array.from(selected), facets }
  kept.set(key, entry)
  keptBytes += entry.selected.byteLength
  while (kept.size > MAX_KEPT || keptBytes > MAX_BYTES) forget(kept.keys().next().value as string)
  return entry
}
