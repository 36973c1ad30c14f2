/**
 * Disclosure by construction (lib/disclosure): a testimony's exact restaurant and its fact links
 * live on the restricted record; the public testimony stores its restaurant only at
 * "restaurant" disclosure and the city from "city", and a public fact stores only the links
 * whose place fits each testimony's disclosure. What is not stored cannot be read, filtered on
 * or sorted by, in any spelling. Staff see the exact values on the record.
 */
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { moveToRestricted } from '@/lib/disclosure/moveToRestricted'
import type { Fact, Restaurant, Testimony, TestimonyRecord } from '@/payload-types'
import { buildFixtures, NON_STAFF, richText, STAFF, type Fixtures } from '../../helpers/fixtures'

type Level = 'country' | 'city' | 'restaurant'
type FactName = 'inCity' | 'inRestaurant' | 'placeless'

let f: Fixtures
let dandong: Restaurant
const at = {} as Record<Level, Testimony>
const recordOf = {} as Record<Level, TestimonyRecord>
const facts = {} as Record<FactName, Fact>
const LEVELS: Level[] = ['country', 'city', 'restaurant']

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: string }).id : (value ?? null))
const idsOf = (values: unknown) => ((values as unknown[]) ?? []).map(idOf)
const sorted = (ids: unknown[]) => [...ids].map(String).sort()

const server = { overrideAccess: true } as const
const stored = (collection: 'testimonies' | 'facts', id: string) =>
  f.payload.findByID({ collection, id, depth: 0, draft: false, ...server }) as unknown as Promise<Record<string, unknown>>
const makeRecord = (data: Record<string, unknown>) =>
  f.payload.create({ collection: 'testimony-records', data: data as never, ...server }) as Promise<TestimonyRecord>
const versionsOf = async (id: string) =>
  (await f.payload.findVersions({ collection: 'testimonies', where: { parent: { equals: id } }, depth: 0, pagination: false, ...server })).docs

/** What the public testimony may hold at each level. */
const expectedPlace = (level: Level, restaurant: string | null = dandong.id, city: string | null = 'Dandong') => ({
  restaurant: level === 'restaurant' ? restaurant : null,
  city: level === 'country' ? null : city,
})
const placeOf = (doc: Record<string, unknown>) => ({ restaurant: idOf(doc.restaurant), city: (doc.city as string | null) ?? null })

beforeAll(async () => {
  f = await buildFixtures()
  dandong = (await f.payload.create({
    collection: 'restaurants',
    data: { name: 'Dandong Garden', city: 'Dandong', country: 'CN', status: 'operating', _status: 'published' },
    ...server,
  })) as Restaurant
  const fact = (statement: string, place: Partial<Fact>) =>
    f.payload.create({
      collection: 'facts',
      data: { kind: 'other', statement, sources: [f.sources.published.id], confidence: 'reported', _status: 'published', country: 'CN', ...place },
      ...server,
    }) as Promise<Fact>
  facts.inCity = await fact('A fact in a city', { city: 'Dandong' })
  facts.inRestaurant = await fact('A fact in a restaurant', { restaurant: dandong.id })
  facts.placeless = await fact('A fact in a country', {})
  for (const level of LEVELS) {
    at[level] = (await f.payload.create({
      collection: 'testimonies',
      data: { title: `Testimony at ${level}`, summary: richText(`Summary at ${level}`), country: 'CN', disclosure: level, _status: 'published' },
      ...server,
    })) as Testimony
    // Custodian sensitivity (the default): no role below staff reads these records.
    recordOf[level] = await makeRecord({ testimony: at[level].id, restaurant: dandong.id, facts: Object.values(facts).map((fact) => fact.id) })
  }
})
afterAll(async () => f?.stop())

describe.each(NON_STAFF)('%s finds no place beyond a testimony’s disclosure', (role) => {
  it('reads: REST (depth 0, 1, select), GraphQL and the Local API', async () => {
    for (const level of LEVELS) {
      const want = expectedPlace(level)
      for (const query of ['depth=0', 'depth=1', 'select[restaurant]=true&select[city]=true']) {
        const one = await f.rest(role, 'GET', `/testimonies/${at[level].id}?${query}`)
        expect(one.status).toBe(200)
        expect(placeOf(one.json), `${level} ${query}`).toEqual(want)
        if (level !== 'restaurant') expect(one.text, `${level} ${query}`).not.toContain(dandong.id)
        if (level === 'country') expect(one.text, `${level} ${query}`).not.toContain('Dandong')
      }
      const local = await f.payload.findByID({ collection: 'testimonies', id: at[level].id, depth: 0, ...f.as(role) })
      expect(placeOf(local as never), level).toEqual(want)
      const gql = await f.gql(role, `{ Testimony(id: "${at[level].id}") { city restaurant { id } } }`)
      expect({ restaurant: gql.json.data.Testimony.restaurant?.id ?? null, city: gql.json.data.Testimony.city }, level).toEqual(want)
    }
  })

  it('filters and sorts in every spelling find only what is disclosed', async () => {
    const ours = new Set(LEVELS.map((level) => at[level].id))
    // A spelling the query policy does not offer is refused (400, lib/access/queryPolicy) and
    // finds nothing: `null`. The plain spellings are offered, so the checks below can fail.
    const levelsFound = async (query: string) => {
      const res = await f.rest(role, 'GET', `/testimonies?${query}&limit=100&depth=0`)
      if (res.status === 400) return null
      expect(res.status, query).toBe(200)
      const count = await f.rest(role, 'GET', `/testimonies/count?${query}`)
      const found = res.json.docs.map((doc: { id: string }) => doc.id).filter((id: string) => ours.has(id))
      expect(count.json.totalDocs, `count ${query}`).toBe(res.json.docs.length)
      return LEVELS.filter((level) => found.includes(at[level].id))
    }
    const r = dandong.id
    for (const query of [
      `where[restaurant][equals]=${r}`,
      `where[restaurant][in]=${r}`,
      `where[restaurant__slug][equals]=${dandong.slug}`,
      `where[restaurant.name][equals]=Dandong%20Garden`,
      `where[AND][0][restaurant][equals]=${r}`,
      `where[Or][0][restaurant][equals]=${r}&where[Or][1][title][equals]=nothing`,
    ]) {
      const found = await levelsFound(query)
      if (found !== null || /^where\[restaurant\]\[(equals|in)\]/.test(query)) expect(found, query).toEqual(['restaurant'])
    }
    expect(await levelsFound(`where[restaurant][exists]=true`)).toBeNull()
    expect(await levelsFound('where[city][equals]=Dandong')).toEqual(['city', 'restaurant'])
    expect(await levelsFound('where[AND][0][city][like]=dong')).toEqual(['city', 'restaurant'])
    const gql = await f.gql(role, `{ Testimonies(where: { AND: [{ restaurant: { equals: "${r}" } }] }, limit: 100) { docs { id } } }`)
    expect(gql.json.data.Testimonies.docs.map((doc: { id: string }) => doc.id).filter((id: string) => ours.has(id))).toEqual([at.restaurant.id])
    // Ordering by the restaurant's name cannot rank what has no restaurant stored.
    const bySort = await f.rest(role, 'GET', `/testimonies?sort=restaurant__name&where[city][equals]=Dandong&depth=0`)
    if (bySort.status === 200) {
      expect(bySort.json.docs.filter((doc: { restaurant?: unknown }) => doc.restaurant).map((doc: { id: string }) => doc.id)).toEqual([at.restaurant.id])
    } else expect(bySort.status).toBe(400)
  })

  it('a fact stores and shows only the links its place fits', async () => {
    const expected: Record<FactName, Level[]> = {
      inCity: ['city', 'restaurant'],
      inRestaurant: ['restaurant'],
      placeless: ['country', 'city', 'restaurant'],
    }
    for (const [name, fact] of Object.entries(facts) as [FactName, Fact][]) {
      const want = sorted(expected[name].map((level) => at[level].id))
      for (const query of ['depth=0', 'depth=1', 'select[kind]=true&select[testimonies]=true', 'select[testimonies]=true']) {
        const one = await f.rest(role, 'GET', `/facts/${fact.id}?${query}`)
        expect(sorted(idsOf(one.json.testimonies)), `${name} ${query}`).toEqual(want)
      }
      const local = await f.payload.findByID({ collection: 'facts', id: fact.id, depth: 0, ...f.as(role) })
      expect(sorted(idsOf(local.testimonies)), name).toEqual(want)
    }
    const factsFound = async (query: string) => {
      const res = await f.rest(role, 'GET', `/facts?${query}&limit=100&depth=0`)
      if (res.status === 400 && query.includes('testimonies__code')) return null
      expect(res.status, query).toBe(200)
      const ids = res.json.docs.map((doc: { id: string }) => doc.id)
      return (Object.keys(facts) as FactName[]).filter((name) => ids.includes(facts[name].id)).sort()
    }
    expect(await factsFound(`where[testimonies][equals]=${at.country.id}`)).toEqual(['placeless'])
    expect(await factsFound(`where[testimonies][contains]=${at.country.id}`)).toEqual(['placeless'])
    expect(await factsFound(`where[AND][0][testimonies][in]=${at.country.id}`)).toEqual(['placeless'])
    expect([null, ['placeless']]).toContainEqual(await factsFound(`where[testimonies__code][equals]=${at.country.code}`))
    expect(await factsFound(`where[testimonies.code][equals]=${at.city.code}`)).toEqual(['inCity', 'placeless'])
    const count = await f.rest(role, 'GET', `/facts/count?where[testimonies][equals]=${at.country.id}`)
    expect(count.json.totalDocs).toBe(1)
    const gql = await f.gql(role, `{ Facts(where: { AND: [{ testimonies: { equals: "${at.country.id}" } }] }) { docs { id } } }`)
    expect(gql.json.data.Facts.docs.map((doc: { id: string }) => doc.id)).toEqual([facts.placeless.id])
  })

  it('the records holding the exact place stay closed', async () => {
    for (const level of LEVELS) {
      const res = await f.rest(role, 'GET', `/testimony-records/${recordOf[level].id}`)
      expect([403, 404], level).toContain(res.status)
      expect(res.text).not.toContain(dandong.id)
    }
  })
})

describe.each(STAFF)('%s', (role) => {
  it('sees the exact restaurant and every fact link on the record; the public copies as anyone does', async () => {
    for (const level of LEVELS) {
      const record = await f.rest(role, 'GET', `/testimony-records/${recordOf[level].id}?depth=0`)
      expect(idOf(record.json.restaurant)).toBe(dandong.id)
      expect(sorted(idsOf(record.json.facts))).toEqual(sorted(Object.values(facts).map((fact) => fact.id)))
      const testimony = await f.rest(role, 'GET', `/testimonies/${at[level].id}?depth=0`)
      expect(placeOf(testimony.json), level).toEqual(expectedPlace(level))
    }
  })

  it('cannot write the copies directly', async () => {
    const other = f.restaurants.published.id
    const res = await f.rest(role, 'PATCH', `/testimonies/${at.country.id}`, { restaurant: other, city: 'Written by hand' })
    expect(res.status).toBe(200)
    expect(placeOf(await stored('testimonies', at.country.id))).toEqual({ restaurant: null, city: null })
    const fact = await f.rest(role, 'PATCH', `/facts/${facts.inRestaurant.id}`, { testimonies: [at.country.id] })
    expect(fact.status).toBe(200)
    expect(idsOf((await stored('facts', facts.inRestaurant.id)).testimonies)).toEqual([at.restaurant.id])
  })
})

describe('the copies follow their sources', () => {
  it('a changed record restaurant reaches the testimony; a dropped disclosure empties it and every version', async () => {
    const t = (await f.payload.create({
      collection: 'testimonies',
      data: { title: 'Moving testimony', summary: richText('Moving'), country: 'CN', disclosure: 'restaurant', _status: 'published' },
      ...server,
    })) as Testimony
    const record = await makeRecord({ testimony: t.id, restaurant: dandong.id })
    expect(placeOf(await stored('testimonies', t.id))).toEqual(expectedPlace('restaurant'))
    await f.payload.update({ collection: 'testimony-records', id: record.id, data: { restaurant: f.restaurants.published.id }, ...server })
    // The fixtures' published restaurant has no city.
    expect(placeOf(await stored('testimonies', t.id))).toEqual({ restaurant: f.restaurants.published.id, city: null })
    await f.payload.update({ collection: 'testimony-records', id: record.id, data: { restaurant: dandong.id }, ...server })
    await f.payload.update({ collection: 'testimonies', id: t.id, data: { title: 'Moving testimony, revised' }, ...server })
    expect((await versionsOf(t.id)).some((v) => idOf(v.version.restaurant) === dandong.id)).toBe(true)

    await f.payload.update({ collection: 'testimonies', id: t.id, data: { disclosure: 'city', _status: 'published' }, ...server })
    expect(placeOf(await stored('testimonies', t.id))).toEqual(expectedPlace('city'))
    for (const v of await versionsOf(t.id)) expect(placeOf(v.version as never), `version ${v.id}`).toEqual(expectedPlace('city'))
    await f.payload.update({ collection: 'testimonies', id: t.id, data: { disclosure: 'country', _status: 'published' }, ...server })
    expect(placeOf(await stored('testimonies', t.id))).toEqual(expectedPlace('country'))
    for (const v of await versionsOf(t.id)) expect(placeOf(v.version as never), `version ${v.id}`).toEqual(expectedPlace('country'))

    // A draft that raises the disclosure holds nothing more until it is published.
    await f.payload.update({ collection: 'testimonies', id: t.id, data: { disclosure: 'restaurant' }, draft: true, ...server })
    expect(placeOf(await stored('testimonies', t.id))).toEqual(expectedPlace('country'))
    for (const v of await versionsOf(t.id)) expect(placeOf(v.version as never), `version ${v.id}`).toEqual(expectedPlace('country'))
    await f.payload.update({ collection: 'testimonies', id: t.id, data: { _status: 'published' }, ...server })
    expect(placeOf(await stored('testimonies', t.id))).toEqual(expectedPlace('restaurant'))

    // Deleting the record leaves nothing to copy.
    await f.payload.delete({ collection: 'testimony-records', id: record.id, ...server })
    expect(placeOf(await stored('testimonies', t.id))).toEqual({ restaurant: null, city: null })
  })

  it("the restaurant's city and publication reach the testimonies whose records name it", async () => {
    const r = (await f.payload.create({
      collection: 'restaurants',
      data: { name: 'Sinuiju House', city: 'Shenyang', country: 'CN', status: 'operating', _status: 'published' },
      ...server,
    })) as Restaurant
    const t = (await f.payload.create({
      collection: 'testimonies',
      data: { title: 'Testimony at a moving restaurant', summary: richText('Moving restaurant'), country: 'CN', disclosure: 'restaurant', _status: 'published' },
      ...server,
    })) as Testimony
    await makeRecord({ testimony: t.id, restaurant: r.id })
    expect(placeOf(await stored('testimonies', t.id))).toEqual({ restaurant: r.id, city: 'Shenyang' })
    // A draft of the restaurant changes nothing public; publishing it does.
    await f.payload.update({ collection: 'restaurants', id: r.id, data: { city: 'Dalian' }, draft: true, ...server })
    expect(placeOf(await stored('testimonies', t.id))).toEqual({ restaurant: r.id, city: 'Shenyang' })
    await f.payload.update({ collection: 'restaurants', id: r.id, data: { _status: 'published' }, ...server })
    expect(placeOf(await stored('testimonies', t.id))).toEqual({ restaurant: r.id, city: 'Dalian' })
    // Unpublished, the restaurant is no longer linked; the disclosed city stays.
    await f.payload.update({ collection: 'restaurants', id: r.id, data: { _status: 'draft' }, ...server })
    expect(placeOf(await stored('testimonies', t.id))).toEqual({ restaurant: null, city: 'Dalian' })
    await f.payload.delete({ collection: 'restaurants', id: r.id, ...server })
    expect(placeOf(await stored('testimonies', t.id))).toEqual({ restaurant: null, city: null })
  })

  it("a fact's public links follow the record's links, the fact's place and the testimony's disclosure and status", async () => {
    const fact = (await f.payload.create({
      collection: 'facts',
      data: { kind: 'other', statement: 'A fact that moves', sources: [f.sources.published.id], confidence: 'reported', _status: 'published', country: 'CN' },
      ...server,
    })) as Fact
    const t = (await f.payload.create({
      collection: 'testimonies',
      data: { title: 'Testimony citing a moving fact', summary: richText('Citing'), country: 'CN', disclosure: 'city', _status: 'published' },
      ...server,
    })) as Testimony
    const record = await makeRecord({ testimony: t.id, facts: [fact.id] })
    const links = async () => idsOf((await stored('facts', fact.id)).testimonies)
    expect(await links()).toEqual([t.id])
    await f.payload.update({ collection: 'facts', id: fact.id, data: { restaurant: dandong.id }, ...server })
    expect(await links()).toEqual([])
    await f.payload.update({ collection: 'testimonies', id: t.id, data: { disclosure: 'restaurant', _status: 'published' }, ...server })
    expect(await links()).toEqual([t.id])
    await f.payload.update({ collection: 'testimonies', id: t.id, data: { _status: 'draft' }, ...server })
    expect(await links()).toEqual([])
    await f.payload.update({ collection: 'testimonies', id: t.id, data: { _status: 'published' }, ...server })
    expect(await links()).toEqual([t.id])
    await f.payload.update({ collection: 'testimony-records', id: record.id, data: { facts: [] }, ...server })
    expect(await links()).toEqual([])
  })
})

describe('the data move from the old layout (lib/disclosure/moveToRestricted.ts)', () => {
  it('puts restaurants and fact links on records and recomputes every public copy', async () => {
    // The old layout, written past every hook: the restaurant on the public testimony whatever
    // its disclosure, no restaurant on the record (or no record), links on the public fact.
    const withRecord = (await f.payload.create({
      collection: 'testimonies',
      data: { title: 'Old layout with record', summary: richText('Old'), country: 'CN', disclosure: 'country', _status: 'published' },
      ...server,
    })) as Testimony
    const record = await makeRecord({ testimony: withRecord.id })
    const without = (await f.payload.create({
      collection: 'testimonies',
      data: { title: 'Old layout without record', summary: richText('Old'), country: 'CN', disclosure: 'city', _status: 'published' },
      ...server,
    })) as Testimony
    const oldFact = (await f.payload.create({
      collection: 'facts',
      data: { kind: 'other', statement: 'An old fact in a restaurant', sources: [f.sources.published.id], confidence: 'reported', _status: 'published', restaurant: dandong.id },
      ...server,
    })) as Fact
    await f.payload.db.updateOne({ collection: 'testimonies', id: withRecord.id, data: { restaurant: dandong.id } })
    await f.payload.db.updateOne({ collection: 'testimonies', id: without.id, data: { restaurant: dandong.id } })
    await f.payload.db.updateOne({ collection: 'facts', id: oldFact.id, data: { testimonies: [withRecord.id, without.id, at.restaurant.id] } })
    expect(idOf((await stored('testimonies', withRecord.id)).restaurant)).toBe(dandong.id)

    const req = await createLocalReq({}, f.payload)
    const moved = await moveToRestricted(f.payload, req)
    expect(moved.recordsMade).toBe(1)

    const records = await f.payload.find({ collection: 'testimony-records', where: { testimony: { in: [withRecord.id, without.id] } }, depth: 0, ...server })
    expect(records.docs).toHaveLength(2)
    for (const doc of records.docs) expect(idOf(doc.restaurant)).toBe(dandong.id)
    expect(idsOf(records.docs.find((doc) => doc.id === record.id)!.facts)).toContain(oldFact.id)
    const restaurantRecord = await f.payload.findByID({ collection: 'testimony-records', id: recordOf.restaurant.id, depth: 0, ...server })
    expect(idsOf(restaurantRecord.facts)).toContain(oldFact.id)
    expect(placeOf(await stored('testimonies', withRecord.id))).toEqual(expectedPlace('country'))
    expect(placeOf(await stored('testimonies', without.id))).toEqual(expectedPlace('city'))
    // Only the testimony at "restaurant" may show a fact placed in a restaurant.
    expect(idsOf((await stored('facts', oldFact.id)).testimonies)).toEqual([at.restaurant.id])
    // Everything else the fixtures hold is as the hooks left it: the move changes nothing there.
    for (const level of LEVELS) expect(placeOf(await stored('testimonies', at[level].id)), level).toEqual(expectedPlace(level))
  })
})
