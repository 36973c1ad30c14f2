import { COLLECTIONS, DECADES, STATUSES } from '../engine/codes'
import type { Count, FacetName, FacetSelection, FacetValue } from '../types'
import type { RawFacets } from './countFacets'

// Small counts can point at a person (one testimony from one country in one decade): the public
// sees only "fewer than 3", and values with 1 and 2 sort alike, so their order tells nothing.
export const shownCount = (count: number, exact: boolean): Count =>
  !exact && count > 0 && count < 3 ? { count: null, fewerThan: 3 } : { count }

const FIXED_ORDER: Partial<Record<FacetName, string[]>> = {
  type: COLLECTIONS,
  period: DECADES.map((decade) => `${decade}s`),
  status: [...STATUSES],
}

/** Raw counts as a reader may see them, in a stable order, the selected value always present. */
export const shapeFacets = (raw: RawFacets, selection: FacetSelection, exact: boolean): Record<FacetName, FacetValue[]> => {
  const shaped = {} as Record<FacetName, FacetValue[]>
  for (const facet of Object.keys(raw) as FacetName[]) {
    const counts = new Map(raw[facet])
    const chosen = selection[facet]
    if (chosen && !counts.has(chosen)) counts.set(chosen, 0)
    const rank = (n: number) => (!exact && n < 3 ? Math.min(n, 1) : n)
    const fixed = FIXED_ORDER[facet]
    const entries = [...counts].sort(([a, m], [b, n]) =>
      fixed ? fixed.indexOf(a) - fixed.indexOf(b) : rank(n) - rank(m) || a.localeCompare(b),
    )
    shaped[facet] = entries.map(([value, n]) => ({ value, selected: chosen === value, ...shownCount(n, exact) }))
  }
  return shaped
}
