/**
 * Issue 10 item 6: no public figure, alone or subtracted from others, pins a count of 1 or 2.
 * A small archive holds the two known traps: the (4 testimonies on wages, 3 of them from
 * China: Cambodia's 1 followed by subtraction) and the banding one (14 in all, 10 from China,
 * four countries with 1 each). Every figure the public pages show is read through the page's
 * own data functions and wording, turned back into what it says (a range), and a brute-force
 * search over integer assignments asks, for every cell whose true count is 1 or 2, whether 0 is
 * still consistent with all of them ("pinned" = 0 is not consistent; the weaker form,
 * "0 or some value of 3 or more", follows since every such cell is also shown below 3).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { formatCount } from '@/lib/counts/formatCount'
import { publicCount } from '@/lib/counts/publicCount'
import type { Locale } from '@/lib/i18n/locales'
import { searchArchive } from '@/lib/search'
import { searchHolder } from '@/lib/search/engine/searchIndex'
import type { FacetSelection, SearchCollection } from '@/lib/search/types'
import { PUBLIC_VIEWER } from '@/lib/site/viewerOf'
import type { User } from '@/payload-types'
import { richText } from '../../helpers/fixtures'
import { startPayload, type TestArchive } from '../../helpers/startPayload'
import { consistent, type Figure } from './counts/consistentValues'

// The attributes a public figure can select testimonies by, and every value of them the
// attacker must allow for: MN stands for the ISO codes no testimony uses.
const COUNTRIES = ['CN', 'KH', 'LA', 'TH', 'VN', 'MN'] as const
const RESTAURANTS = ['R1', 'R2', null] as const
type Kind = { country: string; wages: boolean; restaurant: (typeof RESTAURANTS)[number] }
const KINDS: Kind[] = COUNTRIES.flatMap((country) => [false, true].flatMap((wages) => RESTAURANTS.map((restaurant) => ({ country, wages, restaurant }))))
type Cell = { country?: string; wages?: boolean; restaurant?: 'R1' | 'R2' }
const kindsOf = (cell: Cell) =>
  KINDS.flatMap((k, i) => ((cell.country === undefined || k.country === cell.country) && (cell.wages === undefined || k.wages === cell.wages) && (cell.restaurant === undefined || k.restaurant === cell.restaurant) ? [i] : []))

// The archive: 14 testimonies, 10 from China; 4 on wages (China 3, Cambodia 1).
const TRUE: Kind[] = [
  ...Array.from({ length: 10 }, (_, i): Kind => ({ country: 'CN', wages: i < 3, restaurant: i >= 2 && i < 5 ? 'R1' : null })),
  { country: 'KH', wages: true, restaurant: 'R2' },
  { country: 'LA', wages: false, restaurant: null },
  { country: 'TH', wages: false, restaurant: null },
  { country: 'VN', wages: false, restaurant: null },
]
const truth = (cell: Cell) => kindsOf(cell).reduce((n, k) => n + TRUE.filter((t) => KINDS[k].country === t.country && KINDS[k].wages === t.wages && KINDS[k].restaurant === t.restaurant).length, 0)

/** What a shown figure says, read back from its words (English and Korean). */
const range = (text: string): [number, number] => {
  const plain = text.replace(/,/g, '')
  const fewer = /^fewer than (\d+)$|^(\d+) 미만$/.exec(plain)
  if (fewer) return [0, Number(fewer[1] ?? fewer[2]) - 1]
  const band = /^(\d+)[–~](\d+)$/.exec(plain)
  if (band) return [Number(band[1]), Number(band[2])]
  if (/^\d+$/.test(plain)) return [Number(plain), Number(plain)]
  throw new Error(`unreadable count "${text}"`)
}

let archive: TestArchive
let restaurantIds: Record<'R1' | 'R2', string>
beforeAll(async () => {
  archive = await startPayload()
  const { payload } = archive
  const create = (collection: 'sources' | 'restaurants' | 'facts' | 'testimonies' | 'testimony-records', data: Record<string, unknown>) =>
    payload.create({ collection, data: data as never, overrideAccess: true }) as Promise<{ id: string }>
  const source = await create('sources', { kind: 'news', title: 'A report', reliability: 'high', url: 'https://example.org/r', _status: 'published' })
  restaurantIds = {
    R1: (await create('restaurants', { name: 'Garden One', country: 'CN', status: 'operating', _status: 'published' })).id,
    R2: (await create('restaurants', { name: 'Garden Two', country: 'KH', status: 'closed', _status: 'published' })).id,
  }
  // One fact in Cambodia: facts are public one by one, and must not sharpen a testimony count.
  await create('facts', { kind: 'other', statement: 'A fact in Cambodia', country: 'KH', yearFrom: 2015, yearTo: 2015, sources: [source.id], confidence: 'reported', _status: 'published' })
  for (const [i, t] of TRUE.entries()) {
    const testimony = await create('testimonies', {
      title: `Testimony ${i}`, summary: richText(`Account number ${i}`), country: t.country, yearFrom: 2015, yearTo: 2015,
      topics: t.wages ? ['wages'] : [], disclosure: t.restaurant ? 'restaurant' : 'country', _status: 'published',
    })
    if (t.restaurant) {
      // The exact restaurant lives on the restricted record; the public copy follows it.
      await create('testimony-records', {
        testimony: testimony.id, restaurant: restaurantIds[t.restaurant], sensitivity: 'researcher', transcript: richText('Transcript'),
        interviewedAt: '2019-03-02T00:00:00.000Z', narrator: { ageBracket: '20-24', roleAtRestaurant: 'server', homeProvince: 'P', yearsAbroad: 1 },
        consent: { scope: 'research-use', withdrawn: false },
      })
    }
  }
  searchHolder().state = null
}, 120_000)
afterAll(async () => {
  searchHolder().state = null
  await archive?.stop()
})

// Staff see exact counts; used only to learn the other documents' numbers, which the public
// can count one by one on the facts, restaurants and sources pages.
const STAFF = { id: 'staff', roles: ['admin'], email: 's@example.org' } as unknown as User

/** Every figure the public can see, with the cell of testimonies it counts. */
const publicFigures = async (locale: Locale): Promise<(Figure & { cell: Cell })[]> => {
  const figures: (Figure & { cell: Cell })[] = []
  const add = (label: string, cell: Cell, text: string, others = 0) => {
    const [min, max] = range(text)
    figures.push({ label, cell, kinds: kindsOf(cell), min: Math.max(0, min - others), max: max - others })
  }
  const { readLatestTestimoniesLive } = await import('@/lib/site/reads/readLatestTestimonies')
  const { readRestaurantsLive } = await import('@/lib/site/reads/readRestaurants')
  add('home total', {}, publicCount((await readLatestTestimoniesLive(null, locale, 6)).total, PUBLIC_VIEWER, locale))
  for (const restaurant of await readRestaurantsLive(null, locale)) {
    const key = restaurant.id === restaurantIds.R1 ? 'R1' : 'R2'
    add(`restaurants list ${key}`, { restaurant: key }, publicCount(restaurant.testimonyCount, PUBLIC_VIEWER, locale))
  }

  const selections: FacetSelection[] = [{}, { topic: 'wages' }, { type: 'testimonies' }, { type: 'facts' }]
  for (const country of COUNTRIES) selections.push({ country }, { country, topic: 'wages' })
  const lists: { path: string; collections?: SearchCollection[] }[] = [{ path: 'testimonies', collections: ['testimonies'] }, { path: 'search' }]
  for (const { path, collections } of lists) {
    for (const selection of selections) {
      if (collections && selection.type) continue
      const ask = (user: User | null, only?: SearchCollection[]) =>
        searchArchive({ q: '', facets: selection, user, locale, payload: archive.payload, collections: only ?? collections, perPage: 50 })
      const shown = await ask(null)
      const others = collections ? null : await ask(STAFF, ['facts', 'restaurants', 'sources'])
      const exactOthers = (facet: 'country' | 'topic' | 'type' | 'period' | 'status' | null, value?: string) => {
        if (!others) return 0
        if (!facet) return others.total.count ?? 0
        return others.facets[facet].find((v) => v.value === value)?.count ?? 0
      }
      const cellOf = (sel: FacetSelection): Cell | null =>
        sel.type && sel.type !== 'testimonies' ? null : { country: sel.country, wages: sel.topic === 'wages' ? true : undefined }
      const where = `${path} ${JSON.stringify(selection)}`
      const total = cellOf(selection)
      if (total) add(`${where} total`, total, formatCount(shown.total, locale), exactOthers(null))
      for (const facet of ['country', 'topic', 'type', 'period'] as const) {
        for (const value of shown.facets[facet]) {
          const cell = cellOf({ ...selection, [facet]: value.value })
          // Topics other than wages and decades other than the 2010s hold no testimony here;
          // treating the 2010s as "every testimony" gives the attacker more than the page does.
          if (!cell || (facet === 'topic' && value.value !== 'wages') || (facet === 'period' && value.value !== '2010s')) continue
          add(`${where} ${facet}=${value.value}`, facet === 'period' ? cellOf(selection)! : cell, formatCount(value, locale), exactOthers(facet, value.value))
        }
      }
    }
  }
  return figures
}

/** Cells whose true count is 1 or 2: every figure's cell, and every value of every attribute. */
const smallCells = (figures: { cell: Cell }[]): Cell[] => {
  const cells: Cell[] = [...figures.map((f) => f.cell)]
  for (const country of COUNTRIES) {
    cells.push({ country }, { country, wages: true }, { country, wages: false }, { country, restaurant: 'R1' }, { country, restaurant: 'R2' })
  }
  cells.push({ restaurant: 'R1' }, { restaurant: 'R2' }, { wages: true }, { wages: false }, { wages: true, restaurant: 'R1' }, { wages: false, restaurant: 'R1' })
  const seen = new Set<string>()
  return cells.filter((cell) => {
    const key = JSON.stringify(cell)
    if (seen.has(key)) return false
    seen.add(key)
    const n = truth(cell)
    return n === 1 || n === 2
  })
}

/** Cells for which no consistent assignment gives 0 (strict), or none gives 0 or 3 and more (the form). */
const pinned = (figures: Figure[], cells: Cell[], strict = true) =>
  cells
    .filter((cell) => {
      const may = (min: number, max: number) => consistent(KINDS.length, [...figures, { label: 'target', kinds: kindsOf(cell), min, max }])
      return !may(0, 0) && (strict || !may(3, TRUE.length))
    })
    .map((cell) => JSON.stringify(cell))

describe('public counts cannot be combined into a small one', () => {
  for (const locale of ['en', 'ko'] as const) {
    it(`pins no count of 1 or 2 from every public figure (${locale})`, async () => {
      const figures = await publicFigures(locale)
      expect(figures.length).toBeGreaterThan(40)
      // Every figure holds the truth: the model and the pages agree.
      for (const f of figures) expect(truth(f.cell), f.label).toBeGreaterThanOrEqual(f.min)
      for (const f of figures) expect(truth(f.cell), f.label).toBeLessThanOrEqual(f.max)
      expect(consistent(KINDS.length, figures)).toBe(true)
      const cells = smallCells(figures)
      expect(cells.map((c) => JSON.stringify(c))).toContain('{"country":"KH"}')
      // Cambodia, Laos, Thailand, Vietnam, restaurant R2, and their pairings with wages and R2.
      expect(cells.length).toBeGreaterThanOrEqual(8)
      // The definition: every such cell could also be 0, or 3 and more.
      expect(pinned(figures, cells, false)).toEqual([])
      // Stricter, and true of this archive: every such cell could be 0. docs/counts.md proves it for
      // single values (a country, a restaurant, a topic); pairs rest on the bands' width.
      expect(pinned(figures, cells)).toEqual([])
    }, 120_000)
  }

  it('would pin Cambodia under the old rule (exact from 3, small values listed), so the archive is a real trap', async () => {
    const figures = await publicFigures('en')
    const naive: Figure[] = figures.map((f) => {
      const n = truth(f.cell)
      const listedFacet = / (country|topic)=/.test(f.label)
      return { ...f, min: n >= 3 ? n : listedFacet && n > 0 ? 1 : 0, max: n >= 3 ? n : 2 }
    })
    expect(pinned(naive, [{ country: 'KH' }])).toEqual(['{"country":"KH"}'])
  }, 120_000)

  it('shows approved researchers and staff the exact numbers', async () => {
    const result = await searchArchive({ q: '', facets: {}, user: STAFF, locale: 'en', payload: archive.payload, collections: ['testimonies'] })
    expect(result.total).toEqual({ count: 14 })
    expect(result.facets.country.find((v) => v.value === 'KH')).toMatchObject({ count: 1 })
  })
})
