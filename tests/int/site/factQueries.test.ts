/**
 * The facts page at scale reads in the database: one page of the table, counts per facet
 * option, and chart series reduced to a point per country and year. Checked against a small
 * world whose answers are known, including a draft that must never count.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Source } from '@/payload-types'
import { startPayload, type TestArchive } from '../../helpers/startPayload'

let archive: TestArchive
let restaurantId: string
let reads: typeof import('@/lib/site/reads/readFactFacets') &
  typeof import('@/lib/site/reads/readFactPage') &
  typeof import('@/lib/site/reads/readFactTrend')

beforeAll(async () => {
  archive = await startPayload()
  const { payload } = archive
  const source = (await payload.create({ collection: 'sources', data: { kind: 'news', title: 'A report', reliability: 'high', _status: 'published' }, overrideAccess: true })) as Source
  const fact = (data: Record<string, unknown>, status: 'published' | 'draft' = 'published') =>
    payload.create({
      collection: 'facts',
      data: { statement: 'A statement.', sources: [source.id], confidence: 'reported', _status: status, ...data } as never,
      draft: status === 'draft',
      overrideAccess: true,
    })
  await fact({ kind: 'monthly-wage-usd', value: 150, country: 'CN', yearFrom: 2016, yearTo: 2016 })
  await fact({ kind: 'monthly-wage-usd', value: 200, country: 'CN', yearFrom: 2016 })
  await fact({ kind: 'working-hours-per-day', value: 12, country: 'KH', yearFrom: 2014, yearTo: 2018 })
  restaurantId = String((await payload.create({ collection: 'restaurants', data: { name: 'Garden Hall', country: 'KH', status: 'operating', _status: 'published' }, overrideAccess: true })).id)
  await fact({ kind: 'monthly-wage-usd', value: 100, restaurant: restaurantId })
  await fact({ kind: 'monthly-wage-usd', value: 999, country: 'CN', yearFrom: 2016 }, 'draft')
  // Imported once DATABASE_URI points at this file's database (lib/payload.ts loads the config).
  reads = {
    ...(await import('@/lib/site/reads/readFactFacets')),
    ...(await import('@/lib/site/reads/readFactPage')),
    ...(await import('@/lib/site/reads/readFactTrend')),
  }
})
afterAll(async () => archive?.stop())

const counts = (options: { value: string; count: number }[]) => Object.fromEntries(options.map((option) => [option.value, option.count]))

describe('facts in the database', () => {
  it('counts each facet option against the other facets, published facts only', async () => {
    const wages = await reads.readFactFacetsLive(null, { kind: 'monthly-wage-usd' })
    expect(wages.total).toBe(4)
    expect(wages.shown).toBe(3)
    expect(counts(wages.kind)).toEqual({ 'monthly-wage-usd': 3, 'working-hours-per-day': 1 })
    expect(counts(wages.country)).toEqual({ CN: 2, none: 1 })
    expect(counts(wages.period)).toEqual({ '2015-2019': 2, undated: 1 })
  })

  it('selects by country "none", by a period a span touches, and keeps an empty selection listed', async () => {
    expect((await reads.readFactFacetsLive(null, { country: 'none' })).shown).toBe(1)
    const early = await reads.readFactFacetsLive(null, { period: '2010-2014' })
    expect(early.shown).toBe(1)
    expect(counts(early.country)).toEqual({ KH: 1 })
    const empty = await reads.readFactFacetsLive(null, { country: 'CN', period: 'undated' })
    expect(empty.shown).toBe(0)
    expect(counts(empty.period)).toMatchObject({ undated: 0, '2015-2019': 2 })
  })

  it('narrows to the facts about a restaurant and names it', async () => {
    const about = await reads.readFactFacetsLive(null, { restaurant: restaurantId })
    expect([about.shown, about.about?.name, about.citing]).toEqual([1, 'Garden Hall', null])
  })

  it('pages the table and tells how many pages there are', async () => {
    const first = await reads.readFactPageLive(null, { kind: 'monthly-wage-usd' }, 1, 'en', 2)
    const second = await reads.readFactPageLive(null, { kind: 'monthly-wage-usd' }, 2, 'en', 2)
    expect([first.totalDocs, first.totalPages, first.docs.length, second.docs.length]).toEqual([3, 2, 2, 1])
    const values = [...first.docs, ...second.docs].map((doc) => doc.value).sort()
    expect(values).toEqual([100, 150, 200])
    expect(JSON.stringify([first, second])).not.toContain('999')
  })

  it('charts one point per country and year: the median when several facts share it', async () => {
    const series = await reads.readFactTrendLive(null, 'monthly-wage-usd', {})
    const china = series.find((each) => each.key === 'CN')
    expect(china?.points).toEqual([expect.objectContaining({ from: 2016, value: 175, count: 2 })])
    expect(series.find((each) => each.key === 'none')?.points).toEqual([expect.objectContaining({ from: null, value: 100, count: 1 })])
    expect(await reads.readFactTrendLive(null, 'working-hours-per-day', { country: 'CN' })).toEqual([])
    // Read one fact at a time, the batches (in id order) add up to the same chart.
    expect(await reads.readFactTrendLive(null, 'monthly-wage-usd', {}, 1)).toEqual(series)
  })
})
