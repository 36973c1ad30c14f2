import type { Metadata } from 'next'

import { LOCALES, type Locale } from '@/lib/i18n/locales'

/** Canonical and hreflang links for a page that exists at `/<locale><path>` in every locale. */
export const localeAlternates = (locale: Locale, path: string): Metadata['alternates'] => ({
  canonical: `/${locale}${path}`,
  languages: {
    ...Object.fromEntries(LOCALES.map((each) => [each, `/${each}${path}`])),
    'x-default': `/en${path}`,
  },
})
