/**
 * The site's reads (lib/site/reads) against the shared fixture world: what each kind of reader
 * gets from them, and that nothing restricted, staff-only or unpublished is ever in it. The
 * cached wrappers need a Next request; these are the live reads they cache, run as each role.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import { buildFixtures, forbiddenMarkersFor, leaked, richText, UNVETTED, type Fixtures, type Role } from '../../helpers/fixtures'

// The reads reach Payload through lib/payload.ts, which loads the config when imported: they
// are imported only once the fixtures have pointed DATABASE_URI at this file's own database.
let site: {
  readLatestTestimoniesLive: typeof import('@/lib/site/reads/readLatestTestimonies').readLatestTestimoniesLive
  readFactFacetsLive: typeof import('@/lib/site/reads/readFactFacets').readFactFacetsLive
  readFactPageLive: typeof import('@/lib/site/reads/readFactPage').readFactPageLive
  readFactTrendLive: typeof import('@/lib/site/reads/readFactTrend').readFactTrendLive
  readRestaurantPageLive: typeof import('@/lib/site/reads/readRestaurantPage').readRestaurantPageLive
  readRestaurantsLive: typeof import('@/lib/site/reads/readRestaurants').readRestaurantsLive
  readSitemapLive: typeof import('@/lib/site/reads/readSitemap').readSitemapLive
  readSourcesLive: typeof import('@/lib/site/reads/readSources').readSourcesLive
  readTestimonyPageLive: typeof import('@/lib/site/reads/readTestimonyPage').readTestimonyPageLive
  readTestimonyRecord: typeof import('@/lib/site/reads/readTestimonyRecord').readTestimonyRecord
}

let f: Fixtures
beforeAll(async () => {
  f = await buildFixtures()
  site = {
    ...(await import('@/lib/site/reads/readLatestTestimonies')),
    ...(await import('@/lib/site/reads/readFactFacets')),
    ...(await import('@/lib/site/reads/readFactPage')),
    ...(await import('@/lib/site/reads/readFactTrend')),
    ...(await import('@/lib/site/reads/readRestaurantPage')),
    ...(await import('@/lib/site/reads/readRestaurants')),
    ...(await import('@/lib/site/reads/readSitemap')),
    ...(await import('@/lib/site/reads/readSources')),
    ...(await import('@/lib/site/reads/readTestimonyPage')),
    ...(await import('@/lib/site/reads/readTestimonyRecord')),
  }
})
afterAll(async () => f?.stop())

const userOf = (role: Role): User | null => f.actors[role].user
const SLUG = 'pyongyang-garden'

/** Everything the public pages read, as one text, for one reader. */
const everythingRead = async (role: Role): Promise<string> => {
  const user = userOf(role)
  const codes = Object.values(f.testimonies).map((testimony) => testimony.code as string)
  const reads = await Promise.all([
    site.readFactPageLive(user, {}, 1, 'en', 100),
    site.readFactFacetsLive(user, {}),
    site.readFactTrendLive(user, 'monthly-wage-usd', {}),
    site.readFactTrendLive(user, 'working-hours-per-day', {}),
    site.readLatestTestimoniesLive(user, 'ko', 50),
    ...codes.map((code) => site.readTestimonyPageLive(user, code, 'en')),
    site.readRestaurantsLive(user, 'en'),
    site.readRestaurantPageLive(user, SLUG, 'en'),
    site.readSourcesLive(user, 'en'),
    site.readSitemapLive(),
  ])
  return JSON.stringify(reads)
}

describe('public reads', () => {
  for (const role of [...UNVETTED, 'researcher', 'editor'] as Role[]) {
    it(`hold nothing restricted or unpublished for ${role}`, async () => {
      const text = await everythingRead(role)
      // Staff may read drafts and notes (the pages show them only what is published, see
      // lib/site/reads/published.ts), but no public read ever touches a record.
      const records = Object.values(f.markers.records).flatMap((markers) => markers.all)
      const forbidden = role === 'editor' ? records : [...forbiddenMarkersFor(f, role), ...records]
      expect(leaked(text, forbidden)).toEqual([])
    })
  }

  it('list published testimonies only, and find no draft by its code', async () => {
    const latest = await site.readLatestTestimoniesLive(null, 'en', 50)
    const codes = latest.docs.map((doc) => doc.code)
    expect(codes).toContain(f.testimonies.published.code)
    expect(codes).not.toContain(f.testimonies.draft.code)
    expect(latest.total).toBe(latest.docs.length)
    expect(await site.readTestimonyPageLive(null, f.testimonies.draft.code as string, 'en')).toBeNull()
    expect(await site.readTestimonyPageLive(userOf('editor'), f.testimonies.draft.code as string, 'en')).toBeNull()
    const revised = await site.readTestimonyPageLive(null, f.testimonies.revised.code as string, 'en')
    expect(revised?.testimony.title).toBe('Revised testimony')
  })

  it('name a testimony’s restaurant and city only as far as its disclosure allows', async () => {
    const { payload } = f
    const restaurant = f.restaurants.published
    // Through the hooks: the public copies follow the restaurant, the record and the disclosure.
    const disclose = (disclosure: 'country' | 'city' | 'restaurant') =>
      payload.update({ collection: 'testimonies', id: f.testimonies.published.id, data: { disclosure, _status: 'published' }, overrideAccess: true })
    await payload.update({ collection: 'restaurants', id: restaurant.id, data: { city: 'Dandong', _status: 'published' }, overrideAccess: true })
    await disclose('country')
    const placed = await payload.create({
      collection: 'facts',
      data: {
        kind: 'minder-present', statement: 'Minders in Dandong', city: 'Dandong', country: 'CN',
        sources: [f.sources.published.id], confidence: 'reported', _status: 'published',
      },
      overrideAccess: true,
    })
    const record = await payload.findByID({ collection: 'testimony-records', id: f.records.researcher.id, depth: 0, overrideAccess: true })
    const linked = (record.facts ?? []).map((fact) => (typeof fact === 'object' ? fact.id : fact))
    await payload.update({ collection: 'testimony-records', id: record.id, data: { facts: [...linked, placed.id] }, overrideAccess: true })
    const code = f.testimonies.published.code as string
    const atCountry = await site.readTestimonyPageLive(null, code, 'en')
    expect(atCountry?.restaurant).toBeNull()
    expect(atCountry?.testimony.restaurant).toBeNull()
    expect(atCountry?.city).toBeNull()
    expect(atCountry?.facts.map((fact) => fact.id)).not.toContain(placed.id)
    expect((await site.readRestaurantPageLive(null, SLUG, 'en'))?.testimonies).toEqual([])
    expect((await site.readRestaurantsLive(null, 'en')).find((each) => each.id === restaurant.id)?.testimonyCount).toBe(0)

    await disclose('city')
    const atCity = await site.readTestimonyPageLive(null, code, 'en')
    expect(atCity?.city).toBe('Dandong')
    expect(atCity?.restaurant).toBeNull()
    expect(atCity?.facts.map((fact) => fact.id)).toContain(placed.id)

    await disclose('restaurant')
    const atRestaurant = await site.readTestimonyPageLive(null, code, 'en')
    expect(atRestaurant?.restaurant?.slug).toBe(SLUG)
    expect((await site.readRestaurantPageLive(null, SLUG, 'en'))?.testimonies.map((doc) => doc.code)).toEqual([code])
    expect((await site.readRestaurantsLive(null, 'en')).find((each) => each.id === restaurant.id)?.testimonyCount).toBe(1)

    // Back to the fixtures' own state.
    await payload.update({ collection: 'testimony-records', id: record.id, data: { facts: linked }, overrideAccess: true })
    await payload.delete({ collection: 'facts', id: placed.id, overrideAccess: true })
    await payload.update({ collection: 'restaurants', id: restaurant.id, data: { city: null, _status: 'published' }, overrideAccess: true })
  })

  it('mark the fields shown in the other language', async () => {
    const only = await f.payload.create({
      collection: 'testimonies',
      locale: 'en',
      data: { title: 'Only in English', summary: richText('English summary'), country: 'LA', _status: 'published' },
      overrideAccess: true,
    })
    const page = await site.readTestimonyPageLive(null, only.code as string, 'ko')
    expect(page?.testimony.title).toBe('Only in English')
    expect(page?.testimony.fallbackFields).toEqual(['title', 'summary'])
    expect((await site.readTestimonyPageLive(null, only.code as string, 'en'))?.testimony.fallbackFields).toBeUndefined()
    await f.payload.delete({ collection: 'testimonies', id: only.id, overrideAccess: true })
  })

  it('put published pages only in the sitemap', async () => {
    const sitemap = await site.readSitemapLive()
    const codes = sitemap.testimonies.map((doc) => doc.code)
    expect(codes).toContain(f.testimonies.published.code)
    expect(codes).not.toContain(f.testimonies.draft.code)
    expect(sitemap.restaurants.map((doc) => doc.slug)).toEqual([SLUG])
  })
})

describe('the restricted record on the testimony page', () => {
  const reads = async (role: Role) =>
    (
      await f.payload.count({
        collection: 'audit-events',
        where: { and: [{ action: { equals: 'record.read' } }, { user: { equals: String(f.actors[role].user?.id) } }] },
        overrideAccess: true,
      })
    ).totalDocs

  it('is read for an approved researcher, and the read is in the audit trail', async () => {
    const before = await reads('researcher')
    const record = await f.settle('record', site.readTestimonyRecord(userOf('researcher'), f.testimonies.published.id, 'en'))
    expect(JSON.stringify(record)).toContain(f.markers.records.researcher.transcript)
    expect(record?.exactPlaces).toBe(f.markers.records.researcher.exactPlaces)
    expect(await reads('researcher')).toBe(before + 1)
  })

  it('is nothing for anonymous, unvetted researchers, and researchers asking for a custodian record', async () => {
    for (const role of UNVETTED) {
      expect(await site.readTestimonyRecord(userOf(role), f.testimonies.published.id, 'en')).toBeNull()
    }
    expect(await f.settle('custodian', site.readTestimonyRecord(userOf('researcher'), f.testimonies.custodian.id, 'en'))).toBeNull()
    expect(await f.settle('withdrawn', site.readTestimonyRecord(userOf('researcher'), f.testimonies.withdrawn.id, 'en'))).toBeNull()
  })

  it('is read for staff, custodian records included', async () => {
    const record = await site.readTestimonyRecord(userOf('editor'), f.testimonies.custodian.id, 'en')
    expect(record?.exactDates).toBe(f.markers.records.custodian.exactDates)
  })
})
