import type { Dictionary } from '@/lib/i18n/dictionary'
import type { Locale } from '@/lib/i18n/locales'
import type { SearchDictionary } from '@/lib/i18n/searchDictionary'
import type { SearchResult } from '@/lib/search/types'
import { formatCount } from '@/lib/counts/formatCount'
import { SearchHitItem } from './SearchHitItem'
import { SearchPager } from './SearchPager'
import styles from './search.module.css'

type Props = { path: string; result: SearchResult; locale: Locale; dict: Dictionary; sdict: SearchDictionary; showType: boolean }

/** The count, the hits of this page and the pager; announced politely when a search changes. */
export const SearchResults = ({ path, result, locale, dict, sdict, showType }: Props) => {
  const count = formatCount(result.total, locale)
  const selection = Object.fromEntries(
    Object.entries(result.facets).flatMap(([facet, values]) => values.filter((v) => v.selected).map((v) => [facet, v.value])),
  )
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" className={styles.summary} aria-live="polite">
        {result.query ? sdict.resultsFor(count, result.query) : sdict.results(count)}
      </h2>
      {result.restricted ? <p className="hint">{sdict.restrictedNote}</p> : null}
      {result.hits.length === 0 ? (
        <p>{sdict.noResults}</p>
      ) : (
        <ol className={styles.hits}>
          {result.hits.map((hit) => (
            <SearchHitItem key={`${hit.collection}:${hit.id}`} hit={hit} locale={locale} dict={dict} sdict={sdict} showType={showType} />
          ))}
        </ol>
      )}
      <SearchPager path={path} state={{ q: result.query, facets: selection }} page={result.page} pageCount={result.pageCount} sdict={sdict} />
    </section>
  )
}
