import { FACT_KIND_NAMES } from '@/lib/domain/factKinds'

/**
 * The facets of the facts table, as they travel in the URL of a plain GET form: the three the
 * form offers, and the source or restaurant a page links with ("the facts citing it").
 */
export type FactFacets = { country?: string; kind?: string; period?: string; source?: string; restaurant?: string; fact?: string }
export const FACT_FACETS = ['country', 'kind', 'period'] as const
export type FactFacetName = (typeof FACT_FACETS)[number]
/**
 * Set by links from a source's or a restaurant's page, or to one fact (`fact`: its row lands on
 * the first page however many facts there are), kept by the form as hidden fields.
 */
export const FACT_NARROWINGS = ['source', 'restaurant', 'fact'] as const

// A document id: a UUID on SQLite, an ObjectId on MongoDB.
const ID_PATTERN = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{24})$/i

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value)?.trim()

/** Five-year bands ("2015-2019"), or "undated" for facts that give no year. */
export const PERIOD_PATTERN = /^(\d{4})-(\d{4})$/

/** Only values the archive knows; anything else is dropped rather than echoed into a page. */
export const parseFactFacets = (query: Record<string, string | string[] | undefined>): FactFacets => {
  const country = first(query.country)
  const kind = first(query.kind)
  const period = first(query.period)
  const source = first(query.source)
  const restaurant = first(query.restaurant)
  const fact = first(query.fact)
  return {
    country: country && (country === 'none' || /^[A-Z]{2}$/.test(country)) ? country : undefined,
    kind: kind && (FACT_KIND_NAMES as string[]).includes(kind) ? kind : undefined,
    period: period && (period === 'undated' || PERIOD_PATTERN.test(period)) ? period : undefined,
    source: source && ID_PATTERN.test(source) ? source : undefined,
    restaurant: restaurant && ID_PATTERN.test(restaurant) ? restaurant : undefined,
    fact: fact && ID_PATTERN.test(fact) ? fact : undefined,
  }
}

/** Where one fact's row is: the table narrowed to it, scrolled to its row. */
export const factHref = (locale: string, id: string): string => `/${locale}/facts?fact=${id}#fact-${id}`

/** The query string of a facet selection, for links and the CSV download. */
export const facetQuery = (facets: FactFacets): string => {
  const params = new URLSearchParams()
  for (const name of [...FACT_FACETS, ...FACT_NARROWINGS]) if (facets[name]) params.set(name, facets[name] as string)
  const query = params.toString()
  return query ? `?${query}` : ''
}
