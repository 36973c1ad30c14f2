import { newestFirst, type SearchState } from '../engine/state'

/** Live slots holding every term, best first (a term in the title ranks first), then newest. */
export const matchSlots = (state: SearchState, terms: string[]): number[] => {
  if (terms.length === 0) return []
  return state.text.match(terms, (slot) => state.collection[slot] !== 0, newestFirst(state))
}
