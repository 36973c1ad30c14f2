import Link from 'next/link'

import type { Locale } from '@/lib/i18n/locales'
import type { SearchDictionary } from '@/lib/i18n/searchDictionary'
import { searchHref } from '@/lib/search/searchHref'
import type { FacetName, FacetSelection, FacetValue } from '@/lib/search/types'
import { facetLabel } from './facetLabel'
import { formatCount } from '@/lib/counts/formatCount'
import { getCountsDictionary } from '@/lib/i18n/countsDictionary'
import styles from './search.module.css'

type Props = {
  path: string
  q: string
  selection: FacetSelection
  facets: Partial<Record<FacetName, FacetValue[]>>
  locale: Locale
  sdict: SearchDictionary
  /** False for the public, who see ranges and no value with fewer than 3 (lib/counts). */
  exact: boolean
}

/**
 * Each facet is a group of links: following one adds that filter, following a chosen one
 * (marked aria-current) removes it. Links, not checkboxes, so no script and no extra submit.
 */
export const FacetPanel = ({ path, q, selection, facets, locale, sdict, exact }: Props) => {
  const groups = (Object.entries(facets) as [FacetName, FacetValue[]][]).filter(([, values]) => values.length > 0)
  const anySelected = Object.values(selection).some(Boolean)
  return (
    <section className={styles.facets} aria-labelledby="facets-heading">
      <h2 id="facets-heading" className="visually-hidden">
        {sdict.filters}
      </h2>
      {groups.map(([facet, values]) => (
        <fieldset key={facet}>
          <legend>{sdict.facets[facet]}</legend>
          <ul>
            {values.map((value) => {
              const facetsAfter = { ...selection, [facet]: value.selected ? undefined : value.value }
              return (
                <li key={value.value}>
                  <Link prefetch={false} href={searchHref(path, { q, facets: facetsAfter })} aria-current={value.selected ? 'true' : undefined} rel="nofollow">
                    <span>{facetLabel(facet, value.value, locale, sdict)}</span>
                    <span className={styles.count}>({formatCount(value, locale)})</span>
                    {value.selected ? <span className="visually-hidden">, {sdict.remove}</span> : null}
                  </Link>
                </li>
              )
            })}
          </ul>
        </fieldset>
      ))}
      {exact ? null : <p className="hint">{getCountsDictionary(locale).smallNotListed}</p>}
      {anySelected ? <Link prefetch={false} href={searchHref(path, { q, facets: {} })}>{sdict.clearFilters}</Link> : null}
    </section>
  )
}
