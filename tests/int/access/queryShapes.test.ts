/**
 * Query parameters of the wrong shape, from every role, staff included: each is a 400 naming
 * the parameter, before anything runs, and nothing is written. A `where` that is not an object
 * once matched every document, also for bulk update and delete.
 */
import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildFixtures, type Fixtures } from '../../helpers/fixtures'

let f: Fixtures
beforeAll(async () => {
  f = await buildFixtures()
})
afterAll(async () => f?.stop())

const COLLECTIONS: CollectionSlug[] = ['testimonies', 'facts', 'restaurants', 'sources', 'media', 'testimony-records', 'users', 'audit-events', 'guard-rules']
const census = async () => Object.fromEntries(await Promise.all(COLLECTIONS.map(async (c) => [c, await f.count(c)] as const)))

const MALFORMED: [string, string][] = [
  ['where', 'where=1'],
  ['where', 'where=x'],
  ['where', 'where=%5B1%5D'],
  ['where', 'where[or]=x'],
  ['where', 'where[AND]=x'],
  ['where', 'where[or][0]=x'],
  ['where', 'where[title]=x'],
  ['where', 'where[title][bogus]=x'],
  ['where', 'where[title][equals][]=a'],
  ['where', 'where[createdAt][greater_than]=notadate'],
  ['where', 'where[yearFrom][equals]=soon'],
  ['where', 'where[illustrative][equals]=perhaps'],
  ['where', 'where[id][exists]=maybe'],
  ['where', 'where[restaurant][near]=1,2,3'],
  ['where', 'where[title;drop][equals]=x'],
  ['limit', 'limit=1.5'],
  ['limit', 'limit=abc'],
  ['limit', 'limit=-1'],
  ['page', 'page=99999999999999999999'],
  ['page', 'page=0'],
  ['depth', 'depth=1.5'],
  ['depth', 'depth=-1'],
  ['select', 'select=title'],
  ['select', 'select[title]=maybe'],
  ['draft', 'draft=maybe'],
  ['sort', 'sort=title,,code'],
  ['sort', 'sort=ti%20tle'],
]

describe.each(['anonymous', 'pending', 'researcher', 'editor', 'admin'] as const)('%s: malformed query parameters', (role) => {
  it('each is a 400 naming the parameter, on lists and counts', async () => {
    const wrong: string[] = []
    for (const [parameter, query] of MALFORMED) {
      for (const path of [`/testimonies?${query}`, `/testimonies/count?${query}`]) {
        const res = await f.rest(role, 'GET', path)
        if (path.includes('/count') && !['where'].includes(parameter)) continue
        if (res.status !== 400 || !res.text.includes(parameter)) wrong.push(`${path}: ${res.status} ${res.text.slice(0, 120)}`)
      }
    }
    expect(wrong).toEqual([])
  })
})

describe.each(['editor', 'admin'] as const)('%s: bulk changes with a malformed where change nothing', (role) => {
  it('REST and the Local API', async () => {
    const before = await census()
    for (const query of ['where=1', 'where=x', 'where[or]=x', 'where[title][equals][]=a']) {
      for (const method of ['DELETE', 'PATCH'] as const) {
        const res = await f.rest(role, method, `/testimonies?${query}`, method === 'PATCH' ? { title: 'Overwritten' } : undefined)
        expect(res.status, `${method} ${query}`).toBe(400)
      }
    }
    for (const where of [1, 'x', [], { or: 'x' }, { and: [1] }]) {
      await expect(f.payload.delete({ collection: 'testimonies', where: where as never, ...f.as(role) }), JSON.stringify(where)).rejects.toMatchObject({ status: 400 })
      await expect(f.payload.update({ collection: 'testimonies', where: where as never, data: { title: 'Overwritten' }, ...f.as(role) }), JSON.stringify(where)).rejects.toMatchObject({ status: 400 })
    }
    expect(await census()).toEqual(before)
    expect((await f.raw<{ title: string }>('testimonies', f.testimonies.published.id))?.title).toBe('Published testimony')
  })
})

describe('caps for readers who are not staff', () => {
  it.each(['anonymous', 'pending', 'researcher'] as const)('%s: limit, depth, pagination, nesting and conditions', async (role) => {
    for (const query of ['limit=101', 'limit=0', 'depth=3', 'pagination=false', `where=${encodeURIComponent(JSON.stringify({ or: Array.from({ length: 41 }, (_, i) => ({ title: { equals: `t${i}` } })) }))}`]) {
      const res = await f.rest(role, 'GET', `/facts?${query}`)
      expect(res.status, query).toBe(400)
    }
    for (const query of ['limit=100', 'depth=2', 'page=2']) expect((await f.rest(role, 'GET', `/facts?${query}`)).status, query).toBe(200)
  })

  it('staff are not capped at 100', async () => {
    const res = await f.rest('editor', 'GET', '/facts?limit=1000&depth=3')
    expect(res.status).toBe(200)
    expect(res.json.limit).toBe(1000)
  })

  it('the same spellings that are refused to readers answer staff with content', async () => {
    const res = await f.rest('editor', 'GET', `/testimonies?where[AND][0][restaurant__slug][equals]=${f.restaurants.published.slug}&sort=-restaurant__name`)
    expect(res.status).toBe(200)
    expect(res.json.docs.map((doc: { id: string }) => doc.id)).toEqual([f.testimonies.published.id])
    const refused = await f.rest('anonymous', 'GET', `/testimonies?sort=-restaurant__name`)
    expect(refused.status).toBe(400)
    expect(refused.json.errors[0].data[0]).toMatchObject({ parameter: 'sort', path: 'restaurant.name' })
  })
})
