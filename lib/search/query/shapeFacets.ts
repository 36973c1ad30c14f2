import { isListedForPublic, shownMixedCount } from '@/lib/counts/shownMixedCount'
import { COLLECTIONS, DECADES, STATUSES } from '../engine/codes'
import type { FacetName, FacetSelection, FacetValue } from '../types'
import type { RawFacets } from './countFacets'

const FIXED_ORDER: Partial<Record<FacetName, string[]>> = {
  type: COLLECTIONS,
  period: DECADES.map((decade) => `${decade}s`),
  status: [...STATUSES],
}

/**
 * Raw counts as a reader may see them, in a stable order, the selected value always present.
 * `testimonies` holds the testimonies' share of `raw`: for the public only that share is banded
 * (lib/counts). Values are ordered by what is shown, never by the hidden exact number.
 */
export const shapeFacets = (
  raw: RawFacets,
  testimonies: RawFacets,
  selection: FacetSelection,
  exact: boolean,
): Record<FacetName, FacetValue[]> => {
  const shaped = {} as Record<FacetName, FacetValue[]>
  for (const facet of Object.keys(raw) as FacetName[]) {
    const chosen = selection[facet]
    const values = new Set(raw[facet].keys())
    if (chosen) values.add(chosen)
    const shown = [...values].flatMap((value) => {
      const people = testimonies[facet].get(value) ?? 0
      const others = (raw[facet].get(value) ?? 0) - people
      if (!exact && value !== chosen && !isListedForPublic(people, others)) return []
      const count = shownMixedCount(people, others, exact)
      return [{ value, selected: chosen === value, ...count }]
    })
    const rank = (v: FacetValue) => (v.count === null ? v.min : v.count)
    const fixed = FIXED_ORDER[facet]
    shaped[facet] = shown.sort((a, b) => (fixed ? fixed.indexOf(a.value) - fixed.indexOf(b.value) : rank(b) - rank(a) || a.value.localeCompare(b.value)))
  }
  return shaped
}
