import { factKindLabel } from '@/lib/i18n/terms'
import type { Locale } from '@/lib/i18n/locales'
import { lexicalToText } from '@/lib/safety/lexicalToText'
import { highlight, type Segment } from '../text/highlight'
import type { QueryTerms } from '../text/queryTerms'
import type { SearchCollection, SearchHit } from '../types'

type Doc = Record<string, unknown>

const SNIPPET_LENGTH = 240

/** Each locale's text of a field read with `locale: 'all'`, the reader's own locale first. */
const versions = (value: unknown, locale: Locale): string[] => {
  if (value == null) return []
  if (typeof value === 'string') return [value]
  if (typeof value === 'object' && !('root' in value)) {
    const map = value as Record<string, unknown>
    const order = [locale, 'en', ...Object.keys(map)]
    return [...new Set(order)].map((key) => map[key]).filter((v) => v != null).map((v) => (typeof v === 'string' ? v : lexicalToText(v)))
  }
  return [lexicalToText(value)]
}

const marked = (segments: Segment[]) => segments.some((segment) => segment.mark)

/** The reader's locale unless only another locale's text holds the match. */
const bestSnippet = (texts: string[], units: QueryTerms['units']): Segment[] => {
  const options = texts.filter(Boolean).map((text) => highlight(text.replace(/\s+/g, ' ').trim(), units, SNIPPET_LENGTH))
  return options.find(marked) ?? options[0] ?? []
}

const num = (value: unknown) => (typeof value === 'number' ? value : null)
const str = (value: unknown) => (typeof value === 'string' && value ? value : null)

/** A result as the page shows it: public fields only, text as segments, never as HTML. */
export const toHit = (
  collection: SearchCollection,
  doc: Doc,
  { units, locale, transcriptOnly }: { units: QueryTerms['units']; locale: Locale; transcriptOnly: boolean },
): SearchHit => {
  const title =
    collection === 'facts'
      ? factKindLabel(String(doc.kind ?? ''), locale)
      : (versions(collection === 'restaurants' ? doc.name : doc.title, locale)[0] ?? '')
  const body =
    collection === 'testimonies'
      ? versions(doc.summary, locale)
      : collection === 'facts'
        ? versions(doc.statement, locale)
        : collection === 'restaurants'
          ? [[...((doc.alternateNames as { name?: string }[] | null) ?? []).map((a) => a.name), ...versions(doc.name, locale).slice(1), doc.city].filter(Boolean).join(' · ')]
          : [str(doc.publisher) ?? '']
  const publishedYear = doc.publishedAt ? new Date(String(doc.publishedAt)).getUTCFullYear() : null
  return {
    collection,
    id: String(doc.id),
    code: str(doc.code) ?? str(doc.slug),
    title,
    titleMarked: highlight(title, units),
    // A match found only in a restricted transcript shows no text at all: not the transcript's,
    // and not a public passage that would look like the reason it matched.
    snippet: transcriptOnly ? [] : bestSnippet(body, units),
    matchedInTranscript: transcriptOnly,
    illustrative: doc.illustrative === true,
    meta: {
      country: str(doc.country),
      yearFrom: num(doc.yearFrom) ?? num(doc.openedYear) ?? publishedYear,
      yearTo: num(doc.yearTo) ?? num(doc.closedYear) ?? publishedYear,
      topics: ((doc.topics as string[] | null) ?? []).filter(Boolean),
      kind: str(doc.kind),
      status: str(doc.status),
      publisher: str(doc.publisher),
    },
  }
}
