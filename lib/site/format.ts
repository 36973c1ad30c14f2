import type { Fact } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'
import { factValueText } from '@/lib/i18n/terms'

/** Years only, as the public layer holds them. */
export const formatPeriod = (from?: number | null, to?: number | null): string => {
  if (from && to && from !== to) return `${from}–${to}`
  return String(from ?? to ?? '')
}

/** A fact's value with its unit in the reader's words: "16 hours a day", "월 150달러". */
export const formatFactValue = (fact: Pick<Fact, 'value' | 'valueMax' | 'unit' | 'kind'>, locale: Locale): string => {
  if (fact.value == null) return ''
  const number = new Intl.NumberFormat(locale === 'ko' ? 'ko-KR' : 'en-GB', {
    notation: fact.value >= 1_000_000 ? 'compact' : 'standard',
  })
  const range = fact.valueMax != null && fact.valueMax !== fact.value
  const value = range ? `${number.format(fact.value)}–${number.format(fact.valueMax as number)}` : number.format(fact.value)
  return factValueText(fact.kind, value, range || fact.value !== 1, locale, fact.unit)
}
