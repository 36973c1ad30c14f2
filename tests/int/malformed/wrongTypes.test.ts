/**
 * Wrong types are refused, never coerced (issue 11): each value below was once stored in
 * another shape (`title: 1` as "1", `country: 12` as "12.0", `topics: "wages"` dropped).
 * Each must answer 400 naming the field, and leave the document as it was.
 */
import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildFixtures, richText, type Fixtures } from '../../helpers/fixtures'

let f: Fixtures
beforeAll(async () => {
  f = await buildFixtures()
}, 300_000)
afterAll(async () => f?.stop())

const fieldPaths = (text: string): string[] => (JSON.parse(text)?.errors?.[0]?.data?.errors ?? []).map((e: { path: string }) => e.path)

const refusedEverywhere = async (collection: CollectionSlug, id: string, body: Record<string, unknown>, path: string, valid: Record<string, unknown>) => {
  const before = await f.raw(collection, id)
  const count = await f.count(collection)
  const update = await f.rest('editor', 'PATCH', `/${collection}/${id}`, body)
  expect(update.status, update.text.slice(0, 300)).toBe(400)
  expect(fieldPaths(update.text)).toContain(path)
  const create = await f.rest('editor', 'POST', `/${collection}`, { ...valid, ...body })
  expect(create.status, create.text.slice(0, 300)).toBe(400)
  expect(fieldPaths(create.text)).toContain(path)
  expect(await f.raw(collection, id)).toEqual(before)
  expect(await f.count(collection)).toBe(count)
}

const testimony = () => ({ title: 'Valid', summary: richText('Valid'), country: 'CN', _status: 'draft' })

describe('wrong types are refused with a 400 naming the field', () => {
  it("the admin panel's own preference writes pass: `user` as { collection, value }", async () => {
    // As @payloadcms/ui's upsertPreferences writes them before every list view renders.
    const editor = f.actors.editor.user!
    const user = { collection: 'users', value: editor.id }
    const created = await f.payload.create({ collection: 'payload-preferences', data: { key: 'testimonies-list', user, value: { limit: 10 } } as never, user: editor, overrideAccess: false, depth: 0 })
    const updated = await f.payload.update({ collection: 'payload-preferences', id: created.id, data: { key: 'testimonies-list', user, value: { limit: 25 } } as never, user: editor, overrideAccess: false, depth: 0 })
    expect(updated.value).toEqual({ limit: 25 })
    await expect(
      f.payload.create({ collection: 'payload-preferences', data: { key: 'x', user: { collection: 'nothing', value: editor.id }, value: {} } as never, user: editor, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 400 })
  })

  it('the valid baseline is accepted, so each refusal is about its one field', async () => {
    const res = await f.rest('editor', 'POST', '/testimonies?draft=true', testimony())
    expect(res.status, res.text.slice(0, 300)).toBe(201)
    await f.payload.delete({ collection: 'testimonies', id: res.json.doc.id, overrideAccess: true })
  })

  it.each([
    ['title', 1], ['title', ['a']], ['title', { en: 'x' }], ['country', 12], ['_status', 'weird'], ['topics', 'wages'], ['topics', [12]],
    ['yearFrom', '2016'], ['yearFrom', true], ['illustrative', 'true'], ['summary', 'plain text'], ['restaurant', 'abc'], ['restaurant', 12],
  ])('testimonies.%s = %j', async (path, value) => {
    await refusedEverywhere('testimonies', f.testimonies.published.id, { [path]: value }, path, testimony())
  })

  it('a fact whose sources hold an id of the wrong shape, and a restaurant whose location is not a group', async () => {
    const fact = { kind: 'monthly-wage-usd', value: 300, statement: 'x', sources: [f.sources.published.id], confidence: 'reported' }
    await refusedEverywhere('facts', f.facts.published.id, { sources: ['abc'] }, 'sources', fact)
    await refusedEverywhere('facts', f.facts.published.id, { value: '300' }, 'value', fact)
    await refusedEverywhere('restaurants', f.restaurants.published.id, { location: 'Beijing' }, 'location', { name: 'R', country: 'CN' })
    await refusedEverywhere('restaurants', f.restaurants.published.id, { location: { latitude: '39.9' } }, 'location.latitude', { name: 'R', country: 'CN' })
    await refusedEverywhere('restaurants', f.restaurants.published.id, { alternateNames: [{ name: 5 }] }, 'alternateNames.0.name', { name: 'R', country: 'CN' })
  })

  it('anonymous is refused for not being allowed (403), not told about the fields', async () => {
    const res = await f.rest('anonymous', 'PATCH', `/testimonies/${f.testimonies.published.id}`, { title: 1 })
    expect(res.status).toBe(403)
  })

  it('bodies that are not an object of fields', async () => {
    for (const [body, contentType, status] of [['null', 'application/json', 400], ['[1]', 'application/json', 400], ['{"a":' .repeat(100) + '1' + '}'.repeat(100), 'application/json', 400], ['x', 'text/plain', 415]] as const) {
      const res = await f.http.raw('PATCH', `/testimonies/${f.testimonies.published.id}`, { token: f.actors.editor.token, body, contentType })
      expect(res.status, res.text.slice(0, 200)).toBe(status)
    }
  })
})
