import { getCountsDictionary } from '@/lib/i18n/countsDictionary'
import type { Locale } from '@/lib/i18n/locales'
import type { ShownCount } from './shownCount'

/** "12", "10–19", or "fewer than 3" (Korean "10~19", "3 미만"). */
export const formatCount = (count: ShownCount, locale: Locale): string => {
  const words = getCountsDictionary(locale)
  const number = new Intl.NumberFormat(locale === 'ko' ? 'ko-KR' : 'en-GB')
  if (count.count !== null) return number.format(count.count)
  return count.min === 0 ? words.fewerThan(number.format(count.max + 1)) : words.range(number.format(count.min), number.format(count.max))
}
