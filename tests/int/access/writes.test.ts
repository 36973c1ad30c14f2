/**
 * Writes: nobody outside staff creates, changes, publishes, restores, duplicates or deletes
 * content or records, through REST or the Local API, and a refused write leaves nothing behind.
 * Staff do all of it. GraphQL mutations: graphql.test.ts.
 */
import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  buildFixtures,
  NON_STAFF,
  richText,
  STAFF,
  type Fixtures,
  type Role,
} from '../../helpers/fixtures'

let f: Fixtures
type Case = {
  collection: CollectionSlug
  /** A valid new document: staff may create it, so a refusal is about access. */
  create: () => Record<string, unknown>
  field: string
  existing: () => string
  draft?: () => string
}
const CASES: Case[] = [
  { collection: 'testimonies', field: 'title', existing: () => f.testimonies.published.id, draft: () => f.testimonies.draft.id,
    create: () => ({ title: 'Written by an outsider', summary: richText('Outsider'), country: 'CN', _status: 'published' }) },
  { collection: 'facts', field: 'statement', existing: () => f.facts.published.id, draft: () => f.facts.draft.id,
    create: () => ({ kind: 'other', statement: 'Outsider fact', sources: [f.sources.published.id], confidence: 'reported', _status: 'published' }) },
  { collection: 'restaurants', field: 'name', existing: () => f.restaurants.published.id, draft: () => f.restaurants.draft.id,
    create: () => ({ name: 'Outsider restaurant', country: 'CN', status: 'unknown', _status: 'published' }) },
  { collection: 'sources', field: 'title', existing: () => f.sources.published.id, draft: () => f.sources.draft.id,
    create: () => ({ kind: 'news', title: 'Outsider source', reliability: 'high', _status: 'published' }) },
  { collection: 'testimony-records', field: 'exactPlaces', existing: () => f.records.researcher.id,
    create: () => ({ testimony: f.testimonies.revised.id, sensitivity: 'researcher', exactPlaces: 'Outsider' }) },
]
let versionIds: Partial<Record<CollectionSlug, string>> = {}

beforeAll(async () => {
  f = await buildFixtures()
  for (const c of CASES.filter((c) => c.draft)) {
    const versions = await f.payload.findVersions({ collection: c.collection, where: { parent: { equals: c.existing() } }, overrideAccess: true } as never)
    versionIds[c.collection] = versions.docs[0]?.id as string
  }
})
afterAll(async () => f?.stop())

/** Everything a refused write could have touched, read past access control. */
const snapshot = async () => {
  const state: Record<string, unknown> = {}
  for (const c of CASES) {
    state[`${c.collection}:count`] = await f.count(c.collection)
    for (const id of [c.existing(), c.draft?.()].filter(Boolean) as string[]) {
      const doc = await f.raw<Record<string, unknown>>(c.collection, id)
      state[`${c.collection}:${id}`] = doc && { [c.field]: doc[c.field], _status: doc._status, updatedAt: doc.updatedAt }
    }
  }
  return state
}

describe.each(NON_STAFF)('%s writes nothing', (role: Role) => {
  it('REST create, update, publish, bulk update, delete, duplicate and restore are refused and change nothing', async () => {
    const before = await snapshot()
    for (const c of CASES) {
      const base = `/${c.collection}`
      const tries: [string, string, unknown][] = [
        ['POST', base, c.create()],
        ['PATCH', `${base}/${c.existing()}`, { [c.field]: 'MARKER-OVERWRITTEN' }],
        ['PATCH', `${base}?where[createdAt][exists]=true`, { [c.field]: 'MARKER-OVERWRITTEN' }],
        ['DELETE', `${base}/${c.existing()}`, undefined],
        ['DELETE', `${base}?where[createdAt][exists]=true`, undefined],
        ['POST', `${base}/${c.existing()}/duplicate`, {}],
      ]
      if (c.draft) tries.push(['PATCH', `${base}/${c.draft()}`, { _status: 'published' }], ['POST', `${base}/versions/${versionIds[c.collection]}`, {}])
      if (c.collection === 'testimony-records') tries.push(['POST', `${base}/${c.existing()}/erase`, {}])
      for (const [method, path, body] of tries) {
        const res = await f.rest(role, method as 'POST', path, body)
        expect([400, 401, 403, 404, 405], `${method} ${path}`).toContain(res.status)
        expect(res.json?.docs ?? [], `${method} ${path}`).toEqual([])
      }
    }
    expect(await snapshot()).toEqual(before)
  })

  it('Local API with overrideAccess: false: create, update and delete throw 403 and change nothing', async () => {
    const before = await snapshot()
    for (const c of CASES) {
      const as = f.as(role)
      await expect(f.payload.create({ collection: c.collection, data: c.create() as never, ...as }), `${c.collection} create`).rejects.toMatchObject({ status: 403 })
      await expect(f.payload.update({ collection: c.collection, id: c.existing(), data: { [c.field]: 'X' } as never, ...as }), `${c.collection} update`).rejects.toMatchObject({ status: 403 })
      await expect(f.payload.delete({ collection: c.collection, id: c.existing(), ...as }), `${c.collection} delete`).rejects.toMatchObject({ status: 403 })
      if (c.draft) {
        await expect(f.payload.update({ collection: c.collection, id: c.draft(), data: { _status: 'published' } as never, ...as })).rejects.toMatchObject({ status: 403 })
      }
    }
    expect(await snapshot()).toEqual(before)
  })
})

describe.each(STAFF)('%s writes content and records', (role) => {
  it.each(CASES.filter((c) => c.draft).map((c) => [c.collection, c] as const))(
    '%s: create a draft, publish it, change it, delete it (REST)',
    async (collection, c) => {
      const draft = { ...c.create(), [c.field]: `Staff draft by the ${role}`, _status: 'draft' }
      const created = await f.rest(role, 'POST', `/${collection}?draft=true`, draft)
      expect(created.status, created.text.slice(0, 300)).toBe(201)
      const id = created.json.doc.id as string
      expect((await f.http.rest('GET', `/${collection}/${id}`)).status).toBe(404)

      const published = await f.rest(role, 'PATCH', `/${collection}/${id}`, { _status: 'published' })
      expect(published.status, published.text.slice(0, 300)).toBe(200)
      expect((await f.http.rest('GET', `/${collection}/${id}`)).status).toBe(200)

      const changed = await f.rest(role, 'PATCH', `/${collection}/${id}`, { [c.field]: `Changed by ${role}` })
      expect(changed.status, changed.text.slice(0, 300)).toBe(200)
      expect((await f.raw<Record<string, unknown>>(collection, id))?.[c.field]).toBe(`Changed by ${role}`)

      const deleted = await f.rest(role, 'DELETE', `/${collection}/${id}`)
      expect(deleted.status).toBe(200)
      expect(await f.raw(collection, id)).toBeNull()
    },
  )

  it('testimony-records: create, change and delete (REST)', async () => {
    const t = await f.payload.create({
      collection: 'testimonies',
      data: { title: `For a ${role} record`, summary: richText('x'), country: 'CN', _status: 'draft' },
      draft: true,
      overrideAccess: true,
    })
    const created = await f.rest(role, 'POST', '/testimony-records', { testimony: t.id, sensitivity: 'custodian', exactPlaces: 'Somewhere' })
    expect(created.status, created.text.slice(0, 300)).toBe(201)
    const id = created.json.doc.id as string
    expect((await f.rest(role, 'PATCH', `/testimony-records/${id}`, { exactPlaces: 'Elsewhere' })).status).toBe(200)
    expect((await f.raw<Record<string, unknown>>('testimony-records', id))?.exactPlaces).toBe('Elsewhere')
    expect((await f.rest(role, 'DELETE', `/testimony-records/${id}`)).status).toBe(200)
    expect(await f.raw('testimony-records', id)).toBeNull()
    await f.payload.delete({ collection: 'testimonies', id: t.id, overrideAccess: true })
  })

  it('a published testimony that names a restaurant can be changed and republished (REST)', async () => {
    const id = f.testimonies.published.id
    const res = await f.rest(role, 'PATCH', `/testimonies/${id}`, { title: `Published testimony (${role})`, _status: 'published' })
    expect(res.status, res.text.slice(0, 400)).toBe(200)
    const stored = await f.payload.findByID({ collection: 'testimonies', id, locale: 'all', overrideAccess: true, user: f.actors.admin.user! })
    expect(stored.title).toEqual({ en: `Published testimony (${role})` })
  })
})
