import type { Fact, User } from '@/payload-types'
import { getArchive } from '@/lib/payload'
import { trendSeries, type TrendSeries } from '@/lib/charts/trendSeries'
import { cacheTags } from '../cacheTags'
import type { FactFacets } from '../facts/factFacets'
import { factWhere } from '../facts/factWhere'
import { publicRead } from '../publicRead'

// Facts read at a time: one read of 16,000 facts raised the server's memory high-water mark
// by about 100 MB (bench/results.md).
const BATCH = 1000

type Charted = Pick<Fact, 'id' | 'kind' | 'country' | 'value' | 'valueMax' | 'yearFrom' | 'yearTo'>

/**
 * The series of one chart: every published fact of `kind` that the place and time facets
 * select, reduced to one point per country and year (lib/charts/trendSeries), so the page
 * carries a few hundred points however many facts there are. Only the fields a point needs
 * are read, a batch at a time in id order.
 */
export const readFactTrendLive = async (user: User | null, kind: Fact['kind'], facets: FactFacets, batch = BATCH): Promise<TrendSeries[]> => {
  const payload = await getArchive()
  const charted: Charted[] = []
  for (let after: string | null = null; ; ) {
    const { docs }: { docs: Charted[] } = await payload.find({
      collection: 'facts',
      where: { and: [{ _status: { equals: 'published' } }, { kind: { equals: kind } }, factWhere(facets, 'kind'), ...(after ? [{ id: { greater_than: after } }] : [])] },
      select: { kind: true, value: true, valueMax: true, yearFrom: true, yearTo: true, country: true },
      sort: 'id',
      depth: 0,
      limit: batch,
      pagination: false,
      overrideAccess: false,
      user,
    })
    for (const { id, kind: docKind, country, value, valueMax, yearFrom, yearTo } of docs) {
      charted.push({ id: String(id), kind: docKind, country, value, valueMax, yearFrom, yearTo })
    }
    if (docs.length < batch) break
    after = String(docs[docs.length - 1].id)
  }
  return trendSeries(charted, kind)
}

export const readFactTrend = publicRead('fact-trend', readFactTrendLive, () => [cacheTags.collection('facts')])
