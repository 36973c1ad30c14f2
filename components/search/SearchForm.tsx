import type { SearchDictionary } from '@/lib/i18n/searchDictionary'
import type { FacetSelection } from '@/lib/search/types'
import styles from './search.module.css'

type Props = { action: string; q: string; facets: FacetSelection; label: string; sdict: SearchDictionary }

/** A plain GET form: the search lives in the address, and works without JavaScript. */
export const SearchForm = ({ action, q, facets, label, sdict }: Props) => (
  <form className={styles.form} action={action} method="get" role="search">
    <label htmlFor="search-q">{label}</label>
    <input id="search-q" type="search" name="q" defaultValue={q} maxLength={200} placeholder={sdict.placeholder} aria-describedby="search-hint" />
    {/* The chosen filters stay when the words change; each one is removed from the filter list. */}
    {Object.entries(facets).map(([facet, value]) => (value ? <input key={facet} type="hidden" name={facet} value={value} /> : null))}
    <button type="submit">{sdict.submit}</button>
    <p id="search-hint" className={styles.hint}>
      {sdict.hint}
    </p>
  </form>
)
