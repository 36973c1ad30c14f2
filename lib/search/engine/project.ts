import { countryName } from '@/lib/domain/countries'
import { factKindLabel, topicLabel } from '@/lib/i18n/terms'
import { LOCALES } from '@/lib/i18n/locales'
import { lexicalToText } from '@/lib/safety/lexicalToText'
import { indexTerms } from '../text/indexTerms'
import type { RestrictedDoc, SearchDoc } from '../types'

type Data = Record<string, unknown>
type Localized = Record<string, unknown> | string | null | undefined

/** Every locale's text of a field read with `locale: 'all'`. */
const allLocales = (value: Localized): string[] => {
  if (value == null) return []
  if (typeof value === 'string') return [value]
  if ('root' in value) return [lexicalToText(value)]
  return Object.values(value).map((v) => (typeof v === 'string' ? v : lexicalToText(v)))
}

const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null)
const str = (value: unknown): string | null => (typeof value === 'string' && value ? value : null)
const idOf = (value: unknown): string | null =>
  value && typeof value === 'object' && 'id' in value ? String((value as { id: unknown }).id) : value == null ? null : String(value)
const years = (from: number | null, to: number | null): string[] => {
  if (from == null && to == null) return []
  const a = Math.max(from ?? (to as number), 1980)
  const b = Math.min(to ?? (from as number), a + 40)
  return Array.from({ length: Math.max(0, b - a + 1) }, (_, i) => String(a + i))
}
const countryWords = (code: string | null) => (code ? LOCALES.map((locale) => countryName(code, locale)) : [])
const created = (doc: Data) => Date.parse(String(doc.createdAt ?? '')) || 0
const terms = (...parts: (string | null | undefined)[]) => indexTerms(parts.filter(Boolean).join('\n'))

/** A published restaurant's names in every spelling, and its status, as testimonies cite it. */
export type RestaurantNames = { names: string[]; status: string | null }

export const restaurantNames = (doc: Data): RestaurantNames => ({
  names: [...allLocales(doc.name as Localized), ...((doc.alternateNames as { name?: string }[] | null) ?? []).map((a) => a.name ?? '')],
  status: str(doc.status),
})

/**
 * Only fields every reader may see. The testimony stores its restaurant only at `restaurant`
 * disclosure (lib/disclosure/placeCopies.ts), so whatever it links may be searched by.
 */
export const projectTestimony = (doc: Data, restaurants: Map<string, RestaurantNames>): SearchDoc => {
  const country = str(doc.country)
  const topics = ((doc.topics as string[] | null) ?? []).filter(Boolean)
  const [yearFrom, yearTo] = [num(doc.yearFrom), num(doc.yearTo)]
  const restaurantId = idOf(doc.restaurant)
  const restaurant = restaurantId ? restaurants.get(restaurantId) : undefined
  return {
    collection: 'testimonies',
    id: String(doc.id),
    createdAt: created(doc),
    terms: terms(
      ...allLocales(doc.title as Localized),
      str(doc.code),
      ...(restaurant?.names ?? []),
      ...countryWords(country),
      ...topics.flatMap((topic) => LOCALES.map((locale) => topicLabel(topic, locale))),
      ...years(yearFrom, yearTo),
      ...allLocales(doc.summary as Localized),
    ),
    country,
    topics,
    yearFrom,
    yearTo,
    status: restaurant?.status ?? null,
    restaurantId,
  }
}

export const projectFact = (doc: Data): SearchDoc => {
  const country = str(doc.country)
  const kind = str(doc.kind)
  const [yearFrom, yearTo] = [num(doc.yearFrom), num(doc.yearTo)]
  return {
    collection: 'facts',
    id: String(doc.id),
    createdAt: created(doc),
    terms: terms(
      ...allLocales(doc.statement as Localized),
      ...(kind ? LOCALES.map((locale) => factKindLabel(kind, locale)) : []),
      str(doc.city),
      ...countryWords(country),
      ...years(yearFrom, yearTo),
    ),
    country,
    topics: [],
    yearFrom,
    yearTo,
    status: null,
    restaurantId: null,
  }
}

export const projectRestaurant = (doc: Data): SearchDoc => {
  const country = str(doc.country)
  const [yearFrom, yearTo] = [num(doc.openedYear), num(doc.closedYear)]
  return {
    collection: 'restaurants',
    id: String(doc.id),
    createdAt: created(doc),
    terms: terms(...restaurantNames(doc).names, str(doc.city), ...countryWords(country)),
    country,
    topics: [],
    yearFrom,
    // An open restaurant without a closing year still stands: its span runs to this year.
    yearTo: yearTo ?? (doc.status === 'operating' && yearFrom != null ? new Date().getUTCFullYear() : yearFrom),
    status: str(doc.status),
    restaurantId: null,
  }
}

export const projectSource = (doc: Data): SearchDoc => {
  const year = doc.publishedAt ? new Date(String(doc.publishedAt)).getUTCFullYear() : null
  return {
    collection: 'sources',
    id: String(doc.id),
    createdAt: created(doc),
    terms: terms(str(doc.title), str(doc.publisher), year ? String(year) : null),
    country: null,
    topics: [],
    yearFrom: year,
    yearTo: year,
    status: null,
    restaurantId: null,
  }
}

/** The transcript alone, in every locale: the restricted index holds nothing else. */
export const projectRecord = (doc: Data): RestrictedDoc => ({
  recordId: String(doc.id),
  testimonyId: idOf(doc.testimony) ?? '',
  terms: terms(...allLocales(doc.transcript as Localized)),
})
