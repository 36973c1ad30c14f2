import countries from 'i18n-iso-countries'
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' }
import ko from 'i18n-iso-countries/langs/ko.json' with { type: 'json' }

countries.registerLocale(en)
countries.registerLocale(ko)

export type Locale = 'en' | 'ko'

/** The country's name in the reader's language, or the code when it is unknown. */
export const countryName = (code: string | null | undefined, locale: Locale): string =>
  (code && countries.getName(code, locale)) || code || ''

const englishNames = countries.getNames('en', { select: 'official' })

/** ISO 3166-1 alpha-2 codes as select options, labelled in both interface languages. */
export const countryOptions = Object.keys(englishNames)
  .sort((a, b) => englishNames[a].localeCompare(englishNames[b]))
  .map((code) => ({
    value: code,
    label: { en: englishNames[code], ko: countries.getName(code, 'ko') ?? englishNames[code] },
  }))
