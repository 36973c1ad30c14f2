import type { Source } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'

const NO_DATE: Record<Locale, string> = { en: 'n.d.', ko: '연도 미상' }

const sentence = (text: string): string => (/[.!?。]$/.test(text) ? text : `${text}.`)

/**
 * A plain-text citation a reader can paste anywhere: publisher, year, title, address. Only
 * what the archive holds; a missing date is said, not guessed.
 */
export const formatCitation = (source: Pick<Source, 'title' | 'publisher' | 'publishedAt' | 'url'>, locale: Locale): string => {
  const year = source.publishedAt ? String(new Date(source.publishedAt).getUTCFullYear()) : NO_DATE[locale]
  // Without a publisher the title leads, as the author would (APA's rule for works without one).
  const parts = source.publisher
    ? [sentence(source.publisher), `(${year}).`, sentence(source.title)]
    : [sentence(source.title), `(${year}).`]
  return [...parts, source.url ?? null].filter(Boolean).join(' ')
}
