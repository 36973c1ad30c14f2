import type { Source, User } from '@/payload-types'
import type { Locale } from '@/lib/i18n/locales'
import { getArchive } from '@/lib/payload'
import { cacheTags } from '../cacheTags'
import { publicRead } from '../publicRead'
import { findLocalized, findLocalizedPage } from './findLocalized'

export type CitingRecord = { id: string; label: string; slug?: string | null }
/** `facts` lists the first few citing facts; `factCount` tells how many there are in all. */
export type SourceEntry = Source & { facts: CitingRecord[]; factCount: number; restaurants: CitingRecord[] }

// Facts named on a source's entry; the rest are one link away (the facts table narrowed to it).
const FACTS_LISTED = 5

const ids = (values: unknown): string[] =>
  Array.isArray(values) ? values.map((value) => (value && typeof value === 'object' ? String(value.id) : String(value))) : []

/**
 * The bibliography, each source with the published facts and restaurants that cite it. A
 * source may be cited by thousands of facts: each entry reads its first few and a count.
 */
export const readSourcesLive = async (user: User | null, locale: Locale): Promise<SourceEntry[]> => {
  const payload = await getArchive()
  const [sources, restaurants] = await Promise.all([
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
      collection: 'restaurants',
      where: {},
      locale,
      user,
      localized: ['name'],
      select: { name: true, slug: true, sources: true },
    }),
  ])
  const citing = async (source: Source) => {
    const { docs, totalDocs } = await findLocalizedPage(payload, {
      collection: 'facts',
      where: { sources: { in: [source.id] } },
      locale,
      user,
      localized: ['statement'],
      sort: ['kind', 'yearFrom'],
      select: { kind: true, yearFrom: true, statement: true },
      page: 1,
      limit: FACTS_LISTED,
    })
    return { facts: docs.map((fact) => ({ id: fact.id, label: fact.statement })), factCount: totalDocs }
  }
  const cited = await Promise.all(sources.docs.map(citing))
  return sources.docs.map((source, i) => ({
    ...source,
    ...cited[i],
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
