import countries from 'i18n-iso-countries'

import { countryName } from '@/lib/domain/countries'
import type { Locale } from '@/lib/i18n/locales'

// The names readers use where the standard's short alias is still formal or missing.
const EVERYDAY: Record<Locale, Record<string, string>> = {
  en: { LA: 'Laos', KR: 'South Korea', KP: 'North Korea', RU: 'Russia', VN: 'Vietnam', MO: 'Macau' },
  ko: { RU: '러시아' },
}

/**
 * A country as a reader would name it on a page ("China", not "People's Republic of China"),
 * in the reader's language. The ISO name (lib/domain/countries) stays the one for data.
 */
export const countryLabel = (code: string | null | undefined, locale: Locale): string => {
  if (!code) return ''
  return EVERYDAY[locale][code] ?? countries.getName(code, locale, { select: 'alias' }) ?? countryName(code, locale)
}
