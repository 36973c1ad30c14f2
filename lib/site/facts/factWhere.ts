import type { Where } from 'payload'

import type { FactFacetName, FactFacets } from './factFacets'
import { PERIOD_PATTERN } from './factFacets'

const periodWhere = (period: string): Where => {
  const band = PERIOD_PATTERN.exec(period)
  if (!band) return { and: [{ yearFrom: { exists: false } }, { yearTo: { exists: false } }] }
  const [start, end] = [Number(band[1]), Number(band[2])]
  return {
    or: [
      // Both years given: the span overlaps the band.
      { and: [{ yearFrom: { less_than_equal: end } }, { yearTo: { greater_than_equal: start } }] },
      // One year given: it falls in the band.
      { and: [{ yearTo: { exists: false } }, { yearFrom: { greater_than_equal: start } }, { yearFrom: { less_than_equal: end } }] },
      { and: [{ yearFrom: { exists: false } }, { yearTo: { greater_than_equal: start } }, { yearTo: { less_than_equal: end } }] },
    ],
  }
}

/**
 * The facets as a database query, with the periods of lib/site/facts/factPeriods.ts: a fact
 * with no country is "none"; a period band takes every fact whose years touch it, a fact giving
 * only one end of its years standing at that year; "undated" gives neither year; a source
 * takes the facts citing it, a restaurant the facts about it, a fact itself.
 * `except` leaves one facet out, so each facet's options can be counted against the others.
 */
export const factWhere = (facets: FactFacets, except?: FactFacetName): Where => {
  const and: Where[] = []
  if (except !== 'kind' && facets.kind) and.push({ kind: { equals: facets.kind } })
  if (except !== 'country' && facets.country) {
    and.push(facets.country === 'none' ? { country: { exists: false } } : { country: { equals: facets.country } })
  }
  if (except !== 'period' && facets.period) and.push(periodWhere(facets.period))
  if (facets.source) and.push({ sources: { in: [facets.source] } })
  if (facets.restaurant) and.push({ restaurant: { equals: facets.restaurant } })
  if (facets.fact) and.push({ id: { equals: facets.fact } })
  return { and }
}
