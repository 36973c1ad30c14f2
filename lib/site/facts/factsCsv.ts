import type { Fact, Restaurant, Source } from '@/payload-types'
import { countryName } from '@/lib/domain/countries'
import type { Locale } from '@/lib/i18n/locales'
import { factKindLabel } from '@/lib/i18n/terms'
import { published, publishedOne } from '../reads/published'
import { csvCell } from './csvCell'

const HEADER = [
  'id', 'kind', 'kind_label', 'value', 'value_max', 'unit', 'statement', 'note', 'year_from', 'year_to',
  'country', 'country_name', 'city', 'restaurant', 'restaurant_page', 'confidence', 'sources', 'source_urls', 'source_pages',
]

/**
 * Published facts with their sources as CSV, in the reader's language. Links are absolute so
 * the file still leads back to the archive once it is downloaded. The file is written batch by
 * batch: only the first carries the header.
 */
export const factsCsv = (facts: Fact[], locale: Locale, origin: string, { head = true } = {}): string => {
  const rows = facts.map((fact) => {
    const restaurant = publishedOne<Restaurant>(fact.restaurant)
    const sources = published<Source>(fact.sources)
    return [
      fact.id, fact.kind, factKindLabel(fact.kind, locale), fact.value, fact.valueMax, fact.unit, fact.statement, fact.note,
      fact.yearFrom, fact.yearTo, fact.country, fact.country ? countryName(fact.country, locale) : '', fact.city,
      restaurant?.name, restaurant?.slug ? `${origin}/${locale}/restaurants/${restaurant.slug}` : '', fact.confidence,
      sources.map((source) => source.title).join(' | '),
      sources.map((source) => source.url ?? '').join(' | '),
      sources.map((source) => `${origin}/${locale}/sources#source-${source.id}`).join(' | '),
    ]
  })
  const lines = (head ? [HEADER, ...rows] : rows).map((row) => `${row.map(csvCell).join(',')}\r\n`).join('')
  // A byte-order mark, so spreadsheet programs read the Korean text as UTF-8.
  return head ? `\uFEFF${lines}` : lines
}
