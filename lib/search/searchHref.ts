import type { FacetName, FacetSelection } from './types'

export type SearchUrlState = { q: string; facets: FacetSelection; page?: number }

/**
 * The address of a search: all of its state is in the query string, so every result page and
 * every facet is a plain link that works without JavaScript and can be bookmarked.
 */
export const searchHref = (path: string, { q, facets, page }: SearchUrlState): string => {
  const params = new URLSearchParams()
  if (q) params.set('q', q)
  for (const [facet, value] of Object.entries(facets) as [FacetName, string | undefined][]) if (value) params.set(facet, value)
  if (page && page > 1) params.set('page', String(page))
  const query = params.toString()
  return query ? `${path}?${query}` : path
}
