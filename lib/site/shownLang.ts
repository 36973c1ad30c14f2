import type { Locale } from '@/lib/i18n/locales'

/**
 * The language a field is shown in: the reader's, or the other one when it fell back, so the
 * element can say `lang` and screen readers pronounce it right.
 */
export const shownLang = (doc: { fallbackFields?: string[] }, field: string, locale: Locale): Locale | undefined =>
  doc.fallbackFields?.includes(field) ? (locale === 'en' ? 'ko' : 'en') : undefined
