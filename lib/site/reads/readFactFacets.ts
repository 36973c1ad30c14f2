import type { Where } from 'payload'

import type { User } from '@/payload-types'
import { FACT_KIND_NAMES } from '@/lib/domain/factKinds'
import { getArchive } from '@/lib/payload'
import { cacheTags } from '../cacheTags'
import type { FactFacetName, FactFacets } from '../facts/factFacets'
import { factPeriods } from '../facts/factPeriods'
import { factWhere } from '../facts/factWhere'
import { publicRead } from '../publicRead'

/** Counts of every facet option among the published facts the other facets select. */
export type FactFacetCounts = {
  total: number
  shown: number
  /** The source the facts are narrowed to, when it is published; else null. */
  citing: { id: string; title: string } | null
  /** The restaurant the facts are narrowed to, when it is published; else null. */
  about: { id: string; name: string } | null
} & Record<FactFacetName, { value: string; count: number }[]>

const published: Where = { _status: { equals: 'published' } }

/**
 * Counted in the database, one indexed count per option, since facts number in the hundred
 * thousands: which options exist comes from the distinct countries and years of the facts.
 */
export const readFactFacetsLive = async (user: User | null, facets: FactFacets): Promise<FactFacetCounts> => {
  const payload = await getArchive()
  const count = async (where: Where) => (await payload.count({ collection: 'facts', where: { and: [published, where] }, overrideAccess: false, user })).totalDocs
  const distinct = async (field: 'country' | 'yearFrom' | 'yearTo', where: Where) => {
    const result = await payload.findDistinct({ collection: 'facts', field, where: { and: [published, where] }, limit: 1000, overrideAccess: false, user })
    return (result.values as Record<string, unknown>[]).map((row) => row[field]).filter((value) => value != null) as (string | number)[]
  }
  const counted = (name: FactFacetName, values: string[]) =>
    Promise.all(values.map(async (value) => ({ value, count: await count(factWhere({ ...facets, [name]: value })) })))

  // The published source or restaurant a link narrowed to, by its name.
  const named = async (collection: 'sources' | 'restaurants', id: string | undefined, field: 'title' | 'name') => {
    if (!id) return null
    const { docs } = await payload.find({ collection, where: { and: [published, { id: { equals: id } }] }, select: { [field]: true }, depth: 0, limit: 1, pagination: false, overrideAccess: false, user })
    const doc = docs[0] as unknown as Record<string, unknown> | undefined
    return doc ? { id: String(doc.id), name: String(doc[field]) } : null
  }

  const [countries, yearsFrom, yearsTo, source, restaurant] = await Promise.all([
    distinct('country', factWhere(facets, 'country')),
    distinct('yearFrom', factWhere(facets, 'period')),
    distinct('yearTo', factWhere(facets, 'period')),
    named('sources', facets.source, 'title'),
    named('restaurants', facets.restaurant, 'name'),
  ])
  const years = [...yearsFrom, ...yearsTo].map(Number)
  const periods = years.length ? factPeriods({ yearFrom: Math.min(...years), yearTo: Math.max(...years) }) : []
  const [total, shown, kind, country, period] = await Promise.all([
    count({}),
    count(factWhere(facets)),
    counted('kind', FACT_KIND_NAMES),
    counted('country', [...countries.map(String), 'none']),
    counted('period', [...periods, 'undated']),
  ])
  // Options without a fact are left out, except the selected one, so the form can undo it.
  const kept = (name: FactFacetName, options: { value: string; count: number }[]) =>
    options.filter((option) => option.count > 0 || option.value === facets[name])
  return { total, shown, citing: source && { id: source.id, title: source.name }, about: restaurant, kind: kept('kind', kind), country: kept('country', country), period: kept('period', period) }
}

export const readFactFacets = publicRead('fact-facets', readFactFacetsLive, () => [cacheTags.collection('facts'), cacheTags.collection('sources'), cacheTags.collection('restaurants')])
