import type { FactsDictionary } from '@/lib/i18n/factsDictionary'
import { facetQuery, type FactFacets } from '@/lib/site/facts/factFacets'

type Props = { path: string; facets: FactFacets; page: number; pageCount: number; text: FactsDictionary }

const href = (path: string, facets: FactFacets, page: number) => {
  const query = facetQuery(facets)
  if (page === 1) return `${path}${query}`
  return `${path}${query ? `${query}&` : '?'}page=${page}`
}

/** Previous and next pages of the facts table, as plain links that keep the filters. */
export const FactPager = ({ path, facets, page, pageCount, text }: Props) =>
  pageCount > 1 ? (
    <nav className="pager" aria-label={text.pages}>
      {page > 1 ? (
        <a href={href(path, facets, page - 1)} rel="prev">
          ← {text.previous}
        </a>
      ) : null}
      <span aria-current="page">{text.page(page, pageCount)}</span>
      {page < pageCount ? (
        <a href={href(path, facets, page + 1)} rel="next">
          {text.next} →
        </a>
      ) : null}
    </nav>
  ) : null
