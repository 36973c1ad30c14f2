import type { SearchState } from '../engine/state'

/** Live slots holding every term, best first (FlexSearch ranks earlier terms higher: titles). */
export const matchSlots = (state: SearchState, terms: string[]): number[] => {
  if (terms.length === 0) return []
  const found = state.text.search(terms.join(' '), { limit: Math.max(1, state.collection.length) }) as number[]
  return found.filter((slot) => state.collection[slot] !== 0)
}
