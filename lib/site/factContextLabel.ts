import type { Fact } from '@/payload-types'
import { countryLabel } from '@/lib/site/countryLabel'
import type { Dictionary } from '@/lib/i18n/dictionary'
import type { Locale } from '@/lib/i18n/locales'
import { formatPeriod } from './format'

/** Where and when a fact holds, in a few words ("Ningbo, China, 2016"), for labels and charts. */
export const factContextLabel = (fact: Pick<Fact, 'city' | 'country' | 'yearFrom' | 'yearTo'>, locale: Locale, dict: Dictionary): string =>
  [fact.city, fact.country ? countryLabel(fact.country, locale) : null, formatPeriod(fact.yearFrom, fact.yearTo)]
    .filter(Boolean)
    .join(', ') || dict.noPlaceOrYear
