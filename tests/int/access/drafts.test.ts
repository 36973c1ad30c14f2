/**
 * testimonies, facts, restaurants and sources: non-staff read published documents only (no
 * drafts, also not with ?draft=true, not a published document's newer draft, no versions);
 * staff read everything. REST and the Local API here; GraphQL in graphql.test.ts.
 */
import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  buildFixtures,
  docOrNull,
  docsOrNothing,
  leaked,
  NON_STAFF,
  STAFF,
  staffOnlyMarkers,
  type Fixtures,
} from '../../helpers/fixtures'

let f: Fixtures
type Case = { collection: CollectionSlug; published: string; draft: string; draftMarker: string; versionId: string }
let cases: Case[]
let revisedDraftVersionId: string

beforeAll(async () => {
  f = await buildFixtures()
  const versionOf = async (collection: CollectionSlug, id: string) =>
    (await f.payload.findVersions({ collection, where: { parent: { equals: id } }, sort: '-updatedAt', overrideAccess: true, limit: 1 } as never)).docs[0].id as string
  const m = f.markers
  cases = [
    { collection: 'testimonies', published: f.testimonies.published.id, draft: f.testimonies.draft.id, draftMarker: m.draftTestimonyTitle, versionId: '' },
    { collection: 'facts', published: f.facts.published.id, draft: f.facts.draft.id, draftMarker: m.draftFactStatement, versionId: '' },
    { collection: 'restaurants', published: f.restaurants.published.id, draft: f.restaurants.draft.id, draftMarker: m.draftRestaurantName, versionId: '' },
    { collection: 'sources', published: f.sources.published.id, draft: f.sources.draft.id, draftMarker: m.draftSourceTitle, versionId: '' },
  ]
  for (const c of cases) c.versionId = await versionOf(c.collection, c.draft)
  revisedDraftVersionId = await versionOf('testimonies', f.testimonies.revised.id)
})
afterAll(async () => f?.stop())

const idsOf = (res: { json: { docs?: { id: string }[] } }) => (res.json.docs ?? []).map((doc) => doc.id)

describe.each(NON_STAFF)('%s reads published documents only', (role) => {
  it('REST lists never include a draft: plain, ?draft=true, locale=*, or asked for by status', async () => {
    for (const c of cases) {
      for (const query of ['?limit=100', '?draft=true&limit=100', '?locale=*&draft=true&limit=100', '?depth=2&limit=100']) {
        const res = await f.rest(role, 'GET', `/${c.collection}${query}`)
        expect(res.status, `${c.collection}${query}`).toBe(200)
        expect(idsOf(res), `${c.collection}${query}`).not.toContain(c.draft)
        expect(leaked(res.text, staffOnlyMarkers(f)), `${c.collection}${query}`).toEqual([])
      }
      expect(idsOf(await f.rest(role, 'GET', `/${c.collection}?limit=100`))).toContain(c.published)
      for (const query of ['?where[_status][equals]=draft', '?draft=true&where[_status][equals]=draft', `?draft=true&where[id][equals]=${c.draft}`]) {
        const res = await f.rest(role, 'GET', `/${c.collection}${query}`)
        expect(res.json.totalDocs, `${c.collection}${query}`).toBe(0)
      }
      const count = await f.rest(role, 'GET', `/${c.collection}/count?where[_status][equals]=draft`)
      expect(count.json.totalDocs, `${c.collection} count`).toBe(0)
    }
  })

  it('REST by id: a draft is 404, also with ?draft=true', async () => {
    for (const c of cases) {
      for (const query of ['', '?draft=true', '?draft=true&locale=*']) {
        const res = await f.rest(role, 'GET', `/${c.collection}/${c.draft}${query}`)
        expect(res.status, `${c.collection}${query}`).toBe(404)
        expect(res.text).not.toContain(c.draftMarker)
      }
      expect((await f.rest(role, 'GET', `/${c.collection}/${c.published}`)).status).toBe(200)
    }
  })

  it('REST versions are refused: list, one version, and a draft version of a published document', async () => {
    for (const c of cases) {
      const list = await f.rest(role, 'GET', `/${c.collection}/versions?limit=100`)
      expect(list.status, c.collection).toBe(403)
      const one = await f.rest(role, 'GET', `/${c.collection}/versions/${c.versionId}`)
      expect([403, 404], c.collection).toContain(one.status)
      expect(leaked(list.text + one.text, staffOnlyMarkers(f))).toEqual([])
    }
    const revised = await f.rest(role, 'GET', `/testimonies/versions/${revisedDraftVersionId}`)
    expect([403, 404]).toContain(revised.status)
    expect(revised.text).not.toContain(f.markers.revisedDraftTitle)
  })

  it("a published testimony's newer draft stays hidden; the published text is served", async () => {
    const id = f.testimonies.revised.id
    for (const query of ['', '?draft=true', '?draft=true&locale=*']) {
      const res = await f.rest(role, 'GET', `/testimonies/${id}${query}`)
      expect(res.status, query).toBe(200)
      expect(res.json.title, query).toEqual(query.includes('locale') ? { en: 'Revised testimony' } : 'Revised testimony')
      expect(leaked(res.text, [f.markers.revisedDraftTitle, f.markers.revisedDraftSummary]), query).toEqual([])
    }
    for (const query of ['?draft=true&limit=100', `?draft=true&where[title][equals]=${f.markers.revisedDraftTitle}`]) {
      const list = await f.rest(role, 'GET', `/testimonies${query}`)
      expect(leaked(list.text, [f.markers.revisedDraftTitle, f.markers.revisedDraftSummary]), query).toEqual([])
      for (const doc of list.json.docs) if (doc.id === id) expect(doc.title).toBe('Revised testimony')
    }
    const found = await f.rest(role, 'GET', `/testimonies?draft=true&where[title][equals]=${f.markers.revisedDraftTitle}`)
    expect(found.json.totalDocs).toBe(0)
  })

  it('the Local API with overrideAccess: false: no drafts, no versions', async () => {
    for (const c of cases) {
      const docs = await docsOrNothing(f.payload.find({ collection: c.collection, draft: true, limit: 100, ...f.as(role) } as never))
      expect(docs.map((doc) => (doc as { id: string }).id), c.collection).not.toContain(c.draft)
      expect(docs.map((doc) => (doc as { id: string }).id), c.collection).toContain(c.published)
      expect(await docOrNull(f.payload.findByID({ collection: c.collection, id: c.draft, draft: true, ...f.as(role) } as never))).toBeNull()
      await expect(f.payload.findVersions({ collection: c.collection, ...f.as(role) } as never)).rejects.toMatchObject({ status: 403 })
      await expect(f.payload.findVersionByID({ collection: c.collection, id: c.versionId, ...f.as(role) } as never)).rejects.toMatchObject({
        status: expect.toSatisfy((status: number) => status === 403 || status === 404),
      })
    }
    const revised = await f.payload.findByID({ collection: 'testimonies', id: f.testimonies.revised.id, draft: true, ...f.as(role) })
    expect(revised.title).toBe('Revised testimony')
  })
})

describe.each(STAFF)('%s reads drafts and versions', (role) => {
  it('REST lists and by id include drafts, with their content', async () => {
    for (const c of cases) {
      const list = await f.rest(role, 'GET', `/${c.collection}?limit=100`)
      expect(idsOf(list), c.collection).toEqual(expect.arrayContaining([c.published, c.draft]))
      expect(list.text, c.collection).toContain(c.draftMarker)
      const one = await f.rest(role, 'GET', `/${c.collection}/${c.draft}?draft=true`)
      expect(one.status, c.collection).toBe(200)
      expect(one.text).toContain(c.draftMarker)
    }
  })

  it("REST versions, and a published testimony's newer draft", async () => {
    for (const c of cases) {
      const list = await f.rest(role, 'GET', `/${c.collection}/versions?limit=100`)
      expect(list.status, c.collection).toBe(200)
      expect(list.text, c.collection).toContain(c.draftMarker)
      expect((await f.rest(role, 'GET', `/${c.collection}/versions/${c.versionId}`)).status, c.collection).toBe(200)
    }
    const draft = await f.rest(role, 'GET', `/testimonies/${f.testimonies.revised.id}?draft=true`)
    expect(draft.json.title).toBe(f.markers.revisedDraftTitle)
    const published = await f.rest(role, 'GET', `/testimonies/${f.testimonies.revised.id}`)
    expect(published.json.title).toBe('Revised testimony')
  })

  it('Local API: drafts and versions', async () => {
    for (const c of cases) {
      const docs = await f.payload.find({ collection: c.collection, draft: true, limit: 100, ...f.as(role) } as never)
      expect(JSON.stringify(docs), c.collection).toContain(c.draftMarker)
      const versions = await f.payload.findVersions({ collection: c.collection, ...f.as(role) } as never)
      expect(versions.totalDocs, c.collection).toBeGreaterThan(0)
    }
  })
})
