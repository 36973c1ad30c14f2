import { FACT_KIND_NAMES } from '@/lib/domain/factKinds'

/** The facets of the facts table, as they travel in the URL of a plain GET form. */
export type FactFacets = { country?: string; kind?: string; period?: string }
export const FACT_FACETS = ['country', 'kind', 'period'] as const

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value)?.trim()

/** Five-year bands ("2015-2019"), or "undated" for facts that give no year. */
export const PERIOD_PATTERN = /^(\d{4})-(\d{4})$/

/** Only values the archive knows; anything else is dropped rather than echoed into a page. */
export const parseFactFacets = (query: Record<string, string | string[] | undefined>): FactFacets => {
  const country = first(query.country)
  const kind = first(query.kind)
  const period = first(query.period)
  return {
    country: country && (country === 'none' || /^[A-Z]{2}$/.test(country)) ? country : undefined,
    kind: kind && (FACT_KIND_NAMES as string[]).includes(kind) ? kind : undefined,
    period: period && (period === 'undated' || PERIOD_PATTERN.test(period)) ? period : undefined,
  }
}

/** The query string of a facet selection, for links and the CSV download. */
export const facetQuery = (facets: FactFacets): string => {
  const params = new URLSearchParams()
  for (const name of FACT_FACETS) if (facets[name]) params.set(name, facets[name] as string)
  const query = params.toString()
  return query ? `?${query}` : ''
}
