import type { Fact, User } from '@/payload-types'
import { getArchive } from '@/lib/payload'
import { trendSeries, type TrendSeries } from '@/lib/charts/trendSeries'
import { cacheTags } from '../cacheTags'
import type { FactFacets } from '../facts/factFacets'
import { factWhere } from '../facts/factWhere'
import { publicRead } from '../publicRead'

/**
 * The series of one chart: every published fact of `kind` that the place and time facets
 * select, reduced to one point per country and year (lib/charts/trendSeries), so the page
 * carries a few hundred points however many facts there are. Only the fields a point needs
 * are read.
 */
export const readFactTrendLive = async (user: User | null, kind: Fact['kind'], facets: FactFacets): Promise<TrendSeries[]> => {
  const payload = await getArchive()
  const { docs } = await payload.find({
    collection: 'facts',
    where: { and: [{ _status: { equals: 'published' } }, { kind: { equals: kind } }, factWhere(facets, 'kind')] },
    select: { kind: true, value: true, valueMax: true, yearFrom: true, yearTo: true, country: true },
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user,
  })
  return trendSeries(docs as Fact[], kind)
}

export const readFactTrend = publicRead('fact-trend', readFactTrendLive, () => [cacheTags.collection('facts')])
