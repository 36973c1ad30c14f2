/**
 * The access table through GraphQL: records, drafts and versions, staff-only fields, links to
 * drafts, media, users, and mutations (refused ones write nothing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@/payload-types'
import {
  buildFixtures,
  forbiddenMarkersFor,
  isStaffRole,
  leaked,
  MEDIA_KINDS,
  NON_STAFF,
  RECORD_KINDS,
  ROLES,
  STAFF,
  UNVETTED,
  type Fixtures,
  type Role,
} from '../../helpers/fixtures'

let f: Fixtures
beforeAll(async () => {
  f = await buildFixtures()
})
afterAll(async () => f?.stop())

const RECORD_FIELDS = 'id narratorCode transcript exactPlaces exactDates sensitivity narrator { code homeProvince } consent { withdrawn } neverPublish { term }'
const sorted = (ids: string[]) => [...ids].sort()
const docIds = (value: { docs?: { id: string }[] } | null | undefined) => sorted((value?.docs ?? []).map((doc) => doc.id))
const forbidden = (res: { json: { errors?: { extensions?: { statusCode?: number } }[] } }) =>
  (res.json.errors ?? []).some((error) => error.extensions?.statusCode === 403)

describe.each(ROLES)('%s reads through GraphQL', (role: Role) => {
  it('restricted records: nothing, one, or all', async () => {
    const res = await f.gql(role, `{ TestimonyRecords(limit: 100) { docs { ${RECORD_FIELDS} } } }`)
    expect(leaked(res.text, forbiddenMarkersFor(f, role))).toEqual([])
    if (isStaffRole(role)) expect(docIds(res.json.data.TestimonyRecords)).toEqual(sorted(RECORD_KINDS.map((k) => f.records[k].id)))
    else if (role === 'researcher') {
      expect(docIds(res.json.data.TestimonyRecords)).toEqual([f.records.researcher.id])
      expect(leaked(res.text, f.markers.records.researcher.all)).toEqual(f.markers.records.researcher.all)
    } else {
      expect(forbidden(res)).toBe(true)
      expect(res.json.data?.TestimonyRecords ?? null).toBeNull()
    }
    for (const kind of RECORD_KINDS) {
      const one = await f.gql(role, `{ TestimonyRecord(id: "${f.records[kind].id}") { ${RECORD_FIELDS} } }`)
      const readable = isStaffRole(role) || (role === 'researcher' && kind === 'researcher')
      expect(one.json.data?.TestimonyRecord?.id ?? null, kind).toBe(readable ? f.records[kind].id : null)
      expect(leaked(one.text, forbiddenMarkersFor(f, role)), kind).toEqual([])
    }
  })

  it('content: drafts, versions and staff-only fields', async () => {
    const staff = isStaffRole(role)
    const lists = await f.gql(role, `{
      Testimonies(draft: true, limit: 100) { docs { id title editorialNote summary } }
      Facts(draft: true, limit: 100) { docs { id statement } }
      Restaurants(draft: true, limit: 100) { docs { id name editorialNote } }
      Sources(draft: true, limit: 100) { docs { id title } }
    }`)
    expect(leaked(lists.text, forbiddenMarkersFor(f, role))).toEqual([])
    const drafts = [f.testimonies.draft.id, f.facts.draft.id, f.restaurants.draft.id, f.sources.draft.id]
    const seen = ['Testimonies', 'Facts', 'Restaurants', 'Sources'].flatMap((key) => docIds(lists.json.data[key]))
    expect(drafts.filter((id) => seen.includes(id))).toEqual(staff ? drafts : [])
    if (staff) expect(lists.text).toContain(f.markers.testimonyNotes.published)

    const byId = await f.gql(role, `{
      draft: Testimony(id: "${f.testimonies.draft.id}", draft: true) { id title }
      revised: Testimony(id: "${f.testimonies.revised.id}", draft: true) { id title }
      fact: Fact(id: "${f.facts.draft.id}", draft: true) { id statement }
    }`)
    expect(byId.json.data?.draft?.id ?? null).toBe(staff ? f.testimonies.draft.id : null)
    expect(byId.json.data?.revised?.title).toBe(staff ? f.markers.revisedDraftTitle : 'Revised testimony')
    expect(leaked(byId.text, forbiddenMarkersFor(f, role))).toEqual([])

    const versions = await f.gql(role, '{ versionsTestimonies(limit: 100) { docs { id version { title editorialNote } } } versionsFacts { docs { id } } }')
    if (staff) expect(versions.text).toContain(f.markers.revisedDraftTitle)
    else {
      expect(forbidden(versions)).toBe(true)
      expect(versions.json.data?.versionsTestimonies ?? null).toBeNull()
      expect(leaked(versions.text, forbiddenMarkersFor(f, role))).toEqual([])
    }

    const where = await f.gql(role, '{ Testimonies(where: { editorialNote: { exists: true } }) { docs { id } } }')
    if (staff) expect(where.json.data.Testimonies.docs.length).toBeGreaterThan(0)
    else expect(where.json.data?.Testimonies ?? null).toBeNull()
  })

  it('links to drafts are dropped for non-staff', async () => {
    const res = await f.gql(role, `{ Fact(id: "${f.facts.published.id}") { testimonies { id title } sources { id title } restaurant { id name } } }`)
    const fact = res.json.data.Fact
    const ids = [...fact.testimonies, ...fact.sources, ...(fact.restaurant ? [fact.restaurant] : [])].map((doc: { id: string }) => doc.id)
    // A fact's public testimonies never include a draft, for anyone (lib/disclosure).
    expect(ids).not.toContain(f.testimonies.draft.id)
    const drafts = [f.sources.draft.id, f.restaurants.draft.id]
    expect(drafts.filter((id) => ids.includes(id))).toEqual(isStaffRole(role) ? drafts : [])
    expect(ids).toEqual(expect.arrayContaining([f.testimonies.published.id, f.sources.published.id]))
  })

  it('media and users', async () => {
    const media = await f.gql(role, '{ allMedia(limit: 100) { docs { id alt } } }')
    const mediaVisible = isStaffRole(role) ? MEDIA_KINDS : role === 'researcher' ? (['public', 'researcher'] as const) : (['public'] as const)
    expect(docIds(media.json.data.allMedia)).toEqual(sorted(mediaVisible.map((kind) => f.media[kind].id)))

    const users = await f.gql(role, '{ Users(limit: 100) { docs { id email roles } } meUser { user { id } } }')
    const self = f.actors[role].user
    if (!self) expect(users.json.data?.Users ?? null).toBeNull()
    else if (isStaffRole(role)) expect(users.json.data.Users.docs.length).toBeGreaterThanOrEqual(ROLES.length - 1)
    else expect(docIds(users.json.data.Users)).toEqual([self.id])
    expect(users.json.data?.meUser?.user?.id ?? null).toBe(self?.id ?? null)
  })
})

describe.each(NON_STAFF)('%s: GraphQL mutations are refused and write nothing', (role) => {
  it('create, update, publish and delete content and records; change own roles', async () => {
    const counts = async () => Promise.all((['sources', 'testimonies', 'facts', 'testimony-records'] as const).map((c) => f.count(c)))
    const before = await counts()
    const mutations = [
      'createSource(data: { kind: news, title: "Outsider", reliability: high, _status: published }) { id }',
      `updateTestimony(id: "${f.testimonies.published.id}", data: { title: "Overwritten" }) { id }`,
      `updateFact(id: "${f.facts.draft.id}", data: { _status: published }) { id }`,
      `deleteFact(id: "${f.facts.published.id}") { id }`,
      `createTestimonyRecord(data: { testimony: "${f.testimonies.revised.id}", sensitivity: researcher }) { id }`,
      `updateTestimonyRecord(id: "${f.records.researcher.id}", data: { sensitivity: custodian }) { id }`,
      `deleteTestimonyRecord(id: "${f.records.custodian.id}") { id }`,
    ]
    for (const mutation of mutations) {
      const res = await f.gql(role, `mutation { m: ${mutation} }`)
      expect(res.json.errors?.length ?? 0, mutation).toBeGreaterThan(0)
      expect(res.json.data?.m ?? null, mutation).toBeNull()
    }
    expect(await counts()).toEqual(before)
    expect((await f.raw<{ title: string }>('testimonies', f.testimonies.published.id))?.title).toBe('Published testimony')
    expect((await f.raw<{ _status: string }>('facts', f.facts.draft.id))?._status).toBe('draft')
    expect((await f.raw<{ sensitivity: string }>('testimony-records', f.records.researcher.id))?.sensitivity).toBe('researcher')

    const self = f.actors[role].user
    if (self) {
      await f.gql(role, `mutation { updateUser(id: "${self.id}", data: { roles: [admin], researcherStatus: approved, accessExpiresAt: "2099-01-01T00:00:00.000Z" }) { id } }`)
      const stored = await f.raw<User>('users', self.id)
      expect([stored?.roles, stored?.researcherStatus, stored?.accessExpiresAt]).toEqual([self.roles, self.researcherStatus, self.accessExpiresAt])
    }
  })
})

describe.each(STAFF)('%s: GraphQL mutations work', (role) => {
  it('create, publish and delete a source', async () => {
    const made = await f.gql(role, 'mutation { createSource(data: { kind: news, title: "Staff source", reliability: high }, draft: true) { id _status } }')
    const id = made.json.data.createSource.id as string
    const published = await f.gql(role, `mutation { updateSource(id: "${id}", data: { _status: published }) { _status } }`)
    expect(published.json.data.updateSource._status).toBe('published')
    expect((await f.http.gql(`{ Source(id: "${id}") { title } }`)).json.data.Source.title).toBe('Staff source')
    await f.gql(role, `mutation { deleteSource(id: "${id}") { id } }`)
    expect(await f.raw('sources', id)).toBeNull()
  })
})

describe('unvetted researchers read like anonymous in GraphQL', () => {
  it.each(UNVETTED)('%s gets the same content ids as anonymous', async (role) => {
    const query = '{ Testimonies(limit: 100) { docs { id } } Facts(limit: 100) { docs { id } } allMedia(limit: 100) { docs { id } } }'
    const [mine, anonymous] = await Promise.all([f.gql(role, query), f.gql('anonymous', query)])
    expect(mine.json.data).toEqual(anonymous.json.data)
  })
})
