import type { Locale } from '@/lib/i18n/locales'
import type { SearchHit } from './types'

/**
 * Where a result leads. Testimonies by code and restaurants by slug have pages of their own;
 * facts and sources are anchors on their list pages (app/(site)/[locale]/facts, sources).
 */
export const hitHref = (hit: SearchHit, locale: Locale): string => {
  switch (hit.collection) {
    case 'testimonies':
      return `/${locale}/testimonies/${hit.code}`
    case 'restaurants':
      return hit.code ? `/${locale}/restaurants/${hit.code}` : `/${locale}/restaurants`
    case 'facts':
      return `/${locale}/facts#fact-${hit.id}`
    default:
      return `/${locale}/sources#source-${hit.id}`
  }
}
