import type { Locale } from '@/lib/i18n/locales'
import type { SearchDictionary } from '@/lib/i18n/searchDictionary'
import type { Count } from '@/lib/search/types'

/** "12", or "fewer than 3" where the exact number is withheld from this reader. */
export const formatCount = (count: Count, locale: Locale, sdict: SearchDictionary): string =>
  count.count === null ? sdict.fewerThan(count.fewerThan) : new Intl.NumberFormat(locale === 'ko' ? 'ko-KR' : 'en-GB').format(count.count)
