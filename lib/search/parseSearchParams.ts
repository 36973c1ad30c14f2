import { parsePage } from '@/lib/site/parsePage'
import { parseFacets } from './query/parseFacets'
import type { SearchUrlState } from './searchHref'

type Params = Record<string, string | string[] | undefined>

/** A page's search state from its query string; anything malformed falls back to the default. */
export const parseSearchParams = (params: Params): Required<SearchUrlState> => {
  const raw = Array.isArray(params.q) ? params.q[0] : params.q
  return {
    q: (raw ?? '').trim().slice(0, 200),
    facets: parseFacets(params),
    page: Math.min(parsePage(params.page), 10_000),
  }
}
