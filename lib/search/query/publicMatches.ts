import { newestFirst, type SearchState } from '../engine/state'
import type { FacetSelection, SearchCollection } from '../types'
import { countFacets, type RawFacets } from './countFacets'
import { matchSlots } from './matchSlots'

type Kept = { state: SearchState; changes: number; selected: Int32Array; facets: RawFacets }

// The last answers, newest last. 64 is enough for a page of results in both languages and a
// handful of facet choices per query; a broad query's slots take 4 bytes each (~400 KB).
const MAX_KEPT = 64
const kept = new Map<string, Kept>()

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
): { selected: ArrayLike<number>; facets: RawFacets } => {
  const key = JSON.stringify([terms, selection, collections])
  const hit = kept.get(key)
  kept.delete(key)
  if (hit && hit.state === state && hit.changes === state.changes) {
    kept.set(key, hit)
    return hit
  }
  const matched = terms ? matchSlots(state, terms) : newestFirst(state).slots
  const { selected, facets } = countFacets(state, matched, selection, collections)
  const entry = { state, changes: state.changes, selected: Int32Array.from(selected), facets }
  kept.set(key, entry)
  if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value as string)
  return entry
}
