/**
 * A testimony's disclosure bounds what any API answer may say about where its narrator worked:
 * the link to the restaurant only at "restaurant", and a fact placed in a city or a restaurant
 * only shows its link to testimonies whose disclosure reaches that far
 * (lib/access/keepRestaurantWithinDisclosure.ts, keepTestimonyLinksWithinDisclosure.ts).
 * Staff see every link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Fact, Testimony } from '@/payload-types'
import { buildFixtures, NON_STAFF, richText, STAFF, type Fixtures } from '../../helpers/fixtures'

let f: Fixtures
let atCountry: Testimony
let atCity: Testimony
const facts = {} as Record<'inCity' | 'inRestaurant' | 'placeless', Fact>

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: string }).id : value)
const idsOf = (values: unknown) => ((values as unknown[]) ?? []).map(idOf)

beforeAll(async () => {
  f = await buildFixtures()
  const restaurant = f.restaurants.published.id
  const testimony = (title: string, disclosure: 'country' | 'city') =>
    f.payload.create({
      collection: 'testimonies',
      data: { title, summary: richText(`Summary of ${title}`), country: 'CN', restaurant, disclosure, _status: 'published' },
      overrideAccess: true,
    }) as Promise<Testimony>
  atCountry = await testimony('Country-level testimony', 'country')
  atCity = await testimony('City-level testimony', 'city')
  const fact = (statement: string, place: Partial<Fact>) =>
    f.payload.create({
      collection: 'facts',
      data: { kind: 'other', statement, sources: [f.sources.published.id], testimonies: [atCountry.id, atCity.id], confidence: 'reported', _status: 'published', ...place },
      overrideAccess: true,
    }) as Promise<Fact>
  facts.inCity = await fact('A fact in a city', { city: 'Dandong', country: 'CN' })
  facts.inRestaurant = await fact('A fact in a restaurant', { restaurant, country: 'CN' })
  facts.placeless = await fact('A fact in a country', { country: 'CN' })
})
afterAll(async () => f?.stop())

describe.each(NON_STAFF)('%s sees no place beyond a testimony’s disclosure', (role) => {
  it('the restaurant link reads as empty below "restaurant", over REST, GraphQL and the Local API', async () => {
    for (const depth of [0, 1]) {
      for (const testimony of [atCountry, atCity]) {
        const one = await f.rest(role, 'GET', `/testimonies/${testimony.id}?depth=${depth}`)
        expect(one.json.restaurant ?? null, `${testimony.title} depth ${depth}`).toBeNull()
        expect(one.text).not.toContain(f.restaurants.published.id)
        const local = await f.payload.findByID({ collection: 'testimonies', id: testimony.id, depth, ...f.as(role) })
        expect(local.restaurant ?? null).toBeNull()
      }
      // The control: at "restaurant" the link stays.
      const disclosed = await f.rest(role, 'GET', `/testimonies/${f.testimonies.published.id}?depth=${depth}`)
      expect(idOf(disclosed.json.restaurant)).toBe(f.restaurants.published.id)
    }
    const gql = await f.gql(role, `{ Testimony(id: "${atCountry.id}") { restaurant { id name } } }`)
    expect(gql.json.data.Testimony.restaurant).toBeNull()
    const onlyRestaurant = await f.rest(role, 'GET', `/testimonies/${atCountry.id}?select[restaurant]=true`)
    expect(onlyRestaurant.json.restaurant ?? null).toBeNull()
  })

  it('filters through the restaurant link only match testimonies that disclose it', async () => {
    const r = f.restaurants.published
    for (const query of [`where[restaurant][equals]=${r.id}`, `where[restaurant][in]=${r.id}`, `where[restaurant.name][equals]=${encodeURIComponent(r.name)}`, `where[or][0][restaurant][equals]=${r.id}&where[or][1][title][equals]=nothing`]) {
      for (const path of ['/testimonies', '/testimonies/count']) {
        const res = await f.rest(role, 'GET', `${path}?${query}&limit=100`)
        expect(res.status, `${path}?${query}`).toBe(200)
        if (path.endsWith('count')) expect(res.json.totalDocs, query).toBe(1)
        else expect(res.json.docs.map((doc: { id: string }) => doc.id), query).toEqual([f.testimonies.published.id])
      }
    }
    const gql = await f.gql(role, `{ Testimonies(where: { restaurant: { equals: "${r.id}" } }) { docs { id } } }`)
    expect(gql.json.data.Testimonies.docs.map((doc: { id: string }) => doc.id)).toEqual([f.testimonies.published.id])
  })

  it('a fact shows its link to a testimony only when the fact’s place fits that testimony’s disclosure', async () => {
    const expected = {
      inCity: [atCity.id],
      inRestaurant: [],
      placeless: [atCountry.id, atCity.id],
    }
    for (const [name, fact] of Object.entries(facts) as [keyof typeof facts, Fact][]) {
      for (const depth of [0, 1]) {
        const one = await f.rest(role, 'GET', `/facts/${fact.id}?depth=${depth}`)
        expect(idsOf(one.json.testimonies).sort(), `${name} depth ${depth}`).toEqual([...expected[name]].sort())
      }
      const local = await f.payload.findByID({ collection: 'facts', id: fact.id, depth: 0, ...f.as(role) })
      expect(idsOf(local.testimonies).sort(), name).toEqual([...expected[name]].sort())
      const selected = await f.rest(role, 'GET', `/facts/${fact.id}?select[testimonies]=true`)
      expect(idsOf(selected.json.testimonies), `${name} with select`).toEqual([])
    }
  })

  it('filters on a fact’s testimonies only match facts whose place fits', async () => {
    const matching = async (query: string) => {
      const res = await f.rest(role, 'GET', `/facts?${query}&limit=100`)
      expect(res.status, query).toBe(200)
      const ids = res.json.docs.map((doc: { id: string }) => doc.id)
      return Object.entries(facts).filter(([, fact]) => ids.includes(fact.id)).map(([name]) => name).sort()
    }
    expect(await matching(`where[testimonies][equals]=${atCountry.id}`)).toEqual(['placeless'])
    expect(await matching(`where[testimonies][contains]=${atCountry.id}`)).toEqual(['placeless'])
    expect(await matching(`where[testimonies][equals]=${atCity.id}`)).toEqual(['inCity', 'placeless'])
    expect(await matching(`where[testimonies][in]=${atCountry.id},${atCity.id}`)).toEqual(['inCity', 'placeless'])
    const count = await f.rest(role, 'GET', `/facts/count?where[testimonies][equals]=${atCountry.id}`)
    expect(count.json.totalDocs).toBe(1)
    const gql = await f.gql(role, `{ Facts(where: { testimonies: { equals: "${atCountry.id}" } }) { docs { id } } }`)
    expect(gql.json.data.Facts.docs.map((doc: { id: string }) => doc.id)).toEqual([facts.placeless.id])
    const through = await f.rest(role, 'GET', `/facts?where[testimonies.title][equals]=${encodeURIComponent(atCountry.title)}`)
    expect(through.status).toBe(400)
  })
})

describe.each(STAFF)('%s sees every link', (role) => {
  it('the restaurant of every testimony and every link of every fact', async () => {
    for (const testimony of [atCountry, atCity]) {
      const one = await f.rest(role, 'GET', `/testimonies/${testimony.id}?depth=0`)
      expect(one.json.restaurant).toBe(f.restaurants.published.id)
    }
    for (const fact of Object.values(facts)) {
      const one = await f.rest(role, 'GET', `/facts/${fact.id}?depth=0`)
      expect(idsOf(one.json.testimonies).sort()).toEqual([atCountry.id, atCity.id].sort())
    }
    const filtered = await f.rest(role, 'GET', `/facts?where[testimonies][equals]=${atCountry.id}&limit=100`)
    expect(filtered.json.docs).toHaveLength(3)
    const byRestaurant = await f.rest(role, 'GET', `/testimonies?where[restaurant][equals]=${f.restaurants.published.id}&limit=100`)
    expect(byRestaurant.json.docs).toHaveLength(3)
  })
})
