import type { Locale } from '@/lib/i18n/locales'
import { factHref } from '@/lib/site/facts/factFacets'
import type { SearchHit } from './types'

/**
 * Where a result leads. Testimonies by code and restaurants by slug have pages of their own;
 * a fact is its row in the table narrowed to it, a source its anchor on the bibliography.
 */
export const hitHref = (hit: SearchHit, locale: Locale): string => {
  switch (hit.collection) {
    case 'testimonies':
      return `/${locale}/testimonies/${hit.code}`
    case 'restaurants':
      return hit.code ? `/${locale}/restaurants/${hit.code}` : `/${locale}/restaurants`
    case 'facts':
      return factHref(locale, hit.id)
    default:
      return `/${locale}/sources#source-${hit.id}`
  }
}
