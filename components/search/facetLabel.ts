import { countryName } from '@/lib/domain/countries'
import type { Locale } from '@/lib/i18n/locales'
import type { SearchDictionary } from '@/lib/i18n/searchDictionary'
import { topicLabel } from '@/lib/i18n/terms'
import type { FacetName, SearchCollection } from '@/lib/search/types'

/** A facet value as a reader reads it, in the page's language. */
export const facetLabel = (facet: FacetName, value: string, locale: Locale, sdict: SearchDictionary): string => {
  switch (facet) {
    case 'type':
      return sdict.typesPlural[value as SearchCollection] ?? value
    case 'country':
      return countryName(value, locale)
    case 'topic':
      return topicLabel(value, locale)
    case 'period':
      return sdict.decade(Number.parseInt(value, 10))
    default:
      return sdict.statuses[value] ?? value
  }
}
