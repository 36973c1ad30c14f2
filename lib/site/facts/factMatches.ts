import type { Fact } from '@/payload-types'
import type { FactFacets } from './factFacets'
import { factPeriods } from './factPeriods'

type Faceted = Pick<Fact, 'country' | 'kind' | 'yearFrom' | 'yearTo'>

/**
 * Whether a fact passes the selected facets; `except` leaves one facet out, so each facet's
 * options can be counted against the others. A fact with no country is "not stated".
 */
export const factMatches = (fact: Faceted, facets: FactFacets, except?: keyof FactFacets): boolean =>
  (except === 'country' || !facets.country || (fact.country ?? 'none') === facets.country) &&
  (except === 'kind' || !facets.kind || fact.kind === facets.kind) &&
  (except === 'period' || !facets.period || factPeriods(fact).includes(facets.period))
