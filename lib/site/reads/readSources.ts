import type { Source, User } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'
import { getArchive } from '@/lib/payload'
import { cacheTags } from '../cacheTags'
import { sortFacts } from '../facts/sortFacts'
import { publicRead } from '../publicRead'
import { findLocalized } from './findLocalized'

export type CitingRecord = { id: string; label: string; slug?: string | null }
export type SourceEntry = Source & { facts: CitingRecord[]; restaurants: CitingRecord[] }

const ids = (values: unknown): string[] =>
  Array.isArray(values) ? values.map((value) => (value && typeof value === 'object' ? String(value.id) : String(value))) : []

/** The bibliography, each source with the published facts and restaurants that cite it. */
export const readSourcesLive = async (user: User | null, locale: Locale): Promise<SourceEntry[]> => {
  const payload = await getArchive()
  const [sources, facts, restaurants] = await Promise.all([
    payload.find({
      collection: 'sources',
      where: { _status: { equals: 'published' } },
      sort: 'title',
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user,
    }),
    findLocalized(payload, {
      collection: 'facts',
      where: {},
      locale,
      user,
      localized: ['statement'],
      sort: ['kind', 'yearFrom'],
      select: { kind: true, yearFrom: true, statement: true, sources: true },
    }),
    findLocalized(payload, {
      collection: 'restaurants',
      where: {},
      locale,
      user,
      localized: ['name'],
      select: { name: true, slug: true, sources: true },
    }),
  ])
  return sources.docs.map((source) => ({
    ...source,
    facts: sortFacts(facts)
      .filter((fact) => ids(fact.sources).includes(source.id))
      .map((fact) => ({ id: fact.id, label: fact.statement })),
    restaurants: restaurants
      .filter((restaurant) => ids(restaurant.sources).includes(source.id))
      .map((restaurant) => ({ id: restaurant.id, label: restaurant.name, slug: restaurant.slug })),
  }))
}

export const readSources = publicRead('sources', readSourcesLive, () => [
  cacheTags.collection('sources'),
  cacheTags.collection('facts'),
  cacheTags.collection('restaurants'),
])
