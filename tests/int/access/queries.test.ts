/**
 * Queries as an oracle: staff-only fields (editorialNote, publishOverrideReason) may be neither
 * read, filtered on nor sorted by, also across relationships; a `where` across a relationship
 * must not find documents through an unreadable (draft) related document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildFixtures, leaked, NON_STAFF, STAFF, type Fixtures } from '../../helpers/fixtures'

let f: Fixtures
beforeAll(async () => {
  f = await buildFixtures()
})
afterAll(async () => f?.stop())

const enc = encodeURIComponent
const STAFF_FIELD_QUERIES = [
  '/testimonies?where[editorialNote][exists]=true',
  '/testimonies?where[editorialNote][like]=MARKER',
  '/testimonies?where[or][0][editorialNote][exists]=true&where[or][1][createdAt][exists]=true',
  '/testimonies?where[and][0][createdAt][exists]=true&where[and][1][or][0][editorialNote][contains]=NOTE',
  '/testimonies?where[publishOverrideReason][exists]=true',
  '/testimonies?sort=editorialNote',
  '/testimonies?sort=-editorialNote',
  '/testimonies?sort=title,editorialNote',
  '/testimonies/count?where[editorialNote][exists]=true',
  '/testimonies?draft=true&where[editorialNote][exists]=true',
  '/restaurants?where[editorialNote][exists]=true',
  '/restaurants?sort=editorialNote',
  '/facts?where[testimonies.editorialNote][exists]=true',
  '/facts?where[restaurant.editorialNote][exists]=true',
  '/facts?sort=restaurant.editorialNote',
  '/testimonies?where[restaurant.editorialNote][like]=NOTE',
  '/testimonies?sort=-restaurant.editorialNote',
]

describe.each(NON_STAFF)('%s cannot read or query staff-only fields', (role) => {
  it('where and sort on them are rejected with 400 naming the field', async () => {
    for (const path of STAFF_FIELD_QUERIES) {
      const res = await f.rest(role, 'GET', path)
      expect(res.status, path).toBe(400)
      expect(res.json.errors[0].name, path).toBe('QueryError')
      expect(JSON.stringify(res.json.errors[0].data), path).toMatch(/editorialNote|publishOverrideReason/)
      expect(leaked(res.text, Object.values(f.markers.testimonyNotes)), path).toEqual([])
    }
  })

  it('the same queries through the Local API with overrideAccess: false throw', async () => {
    await expect(
      f.payload.find({ collection: 'testimonies', where: { editorialNote: { exists: true } }, ...f.as(role) }),
    ).rejects.toMatchObject({ status: 400 })
    await expect(f.payload.find({ collection: 'testimonies', sort: 'editorialNote', ...f.as(role) })).rejects.toMatchObject({ status: 400 })
    await expect(
      f.payload.find({ collection: 'facts', where: { 'testimonies.editorialNote': { exists: true } }, ...f.as(role) }),
    ).rejects.toMatchObject({ status: 400 })
  })

  it('responses never carry the notes: plain, select, depth 2, locale=*', async () => {
    const notes = [...Object.values(f.markers.testimonyNotes), ...Object.values(f.markers.restaurantNotes)]
    // Selecting a staff-only field is refused like filtering on it (lib/access/queryPolicy).
    for (const path of ['/testimonies?select[editorialNote]=true&select[title]=true', '/restaurants?limit=100&select[editorialNote]=true']) {
      const selected = await f.rest(role, 'GET', path)
      expect(selected.status, path).toBe(400)
      expect(JSON.stringify(selected.json.errors[0].data), path).toContain('editorialNote')
      expect(leaked(selected.text, notes), path).toEqual([])
    }
    for (const path of [
      '/testimonies?limit=100&depth=2',
      '/testimonies?select[title]=true&select[code]=true',
      `/testimonies/${f.testimonies.published.id}?depth=2&locale=*`,
      '/restaurants?limit=100&select[name]=true',
      '/facts?depth=2&limit=100',
    ]) {
      const res = await f.rest(role, 'GET', path)
      expect(res.status, path).toBe(200)
      expect(leaked(res.text, notes), path).toEqual([])
      expect(res.text, path).not.toContain('"editorialNote"')
    }
    const local = await f.payload.find({ collection: 'testimonies', depth: 2, ...f.as(role) })
    expect(leaked(JSON.stringify(local), notes)).toEqual([])
  })

  it('a where across a relationship does not find documents through a draft (no existence oracle)', async () => {
    const t = f.testimonies
    // A fact's public links hold published testimonies only, within their disclosure
    // (lib/disclosure; disclosure.test.ts): a path into them finds nothing through a draft.
    const intoTestimonies = [
      `/facts?where[testimonies.title][equals]=${enc(f.markers.draftTestimonyTitle)}`,
      `/facts?where[testimonies.title][like]=${enc(f.markers.draftTestimonyTitle.slice(0, 20))}`,
      `/facts?where[testimonies.code][equals]=${t.draft.code}`,
      '/facts?where[testimonies._status][equals]=draft',
      `/facts/count?where[testimonies.title][equals]=${enc(f.markers.draftTestimonyTitle)}`,
      `/facts?where[testimonies.title][equals]=${enc(f.markers.revisedDraftTitle)}&draft=true`,
    ]
    // The policy offers `testimonies.code` only (lib/access/queryPolicy/policies/facts.ts): the
    // other paths are refused, and the offered one finds nothing through a draft.
    for (const path of intoTestimonies) {
      const res = await f.rest(role, 'GET', path)
      if (path.includes('testimonies.code')) expect(res.status, path).toBe(200)
      else expect(res.status, path).toBe(400)
      if (res.status === 200) expect(res.json.totalDocs, path).toBe(0)
      expect(leaked(res.text, [f.markers.draftTestimonyTitle, f.markers.revisedDraftTitle]), path).toEqual([])
    }
    const throughPublished = await f.rest(role, 'GET', `/facts?where[testimonies.code][equals]=${f.testimonies.published.code}`)
    expect(throughPublished.json.docs.map((doc: { id: string }) => doc.id)).toEqual([f.facts.published.id])
    // Paths into a linked document that the policy does not offer are refused outright.
    for (const path of ['/facts?where[restaurant._status][equals]=draft', '/facts?where[restaurant.status][equals]=closed', '/restaurants?where[sources.reliability][equals]=low']) {
      const res = await f.rest(role, 'GET', path)
      expect(res.status, path).toBe(400)
    }
    // Those it offers apply the linked collection's access: a draft is not found through them.
    const throughDraft = [
      `/facts?where[restaurant.name][equals]=${enc(f.markers.draftRestaurantName)}`,
      `/facts?where[sources.title][equals]=${enc(f.markers.draftSourceTitle)}`,
      `/restaurants?where[sources.title][equals]=${enc(f.markers.draftSourceTitle)}`,
    ]
    for (const path of throughDraft) {
      const res = await f.rest(role, 'GET', path)
      expect(res.status, path).toBe(200)
      expect(res.json.totalDocs, path).toBe(0)
    }
    // The same kind of query through a published document does find it, so the zeros above mean something.
    const control = await f.rest(role, 'GET', `/facts?where[sources.title][equals]=${enc(f.sources.published.title)}`)
    expect(control.json.totalDocs).toBe(1)
  })
})

describe('sorting by a related field', () => {
  // Payload checks field access on sort paths but applies no access to the related document,
  // so `sort=restaurant.name` would order by a draft restaurant's name (guardRelationQueries).
  // The published fact links a draft restaurant whose name starts with "MARKER", between the
  // two published restaurants "Aardvark" and "Zither". A non-staff sort must place that fact
  // as if it had no restaurant, never between the two: its place would spell out the draft's name.
  it('does not place documents by the values of an unreadable (draft) related document', async () => {
    const made: { collection: 'facts' | 'restaurants'; id: string }[] = []
    const create = async (collection: 'facts' | 'restaurants', data: Record<string, unknown>) => {
      const doc = await f.payload.create({ collection, data: { ...data, _status: 'published' } as never, overrideAccess: true })
      made.push({ collection, id: doc.id })
      return doc.id
    }
    try {
      const fact = (restaurant: string | null) => ({ kind: 'other', statement: 'Sorted', sources: [f.sources.published.id], confidence: 'reported', restaurant })
      const first = await create('facts', fact(await create('restaurants', { name: 'Aardvark Hall', country: 'CN' })))
      const last = await create('facts', fact(await create('restaurants', { name: 'Zither House', country: 'CN' })))
      const between = (ids: string[]) => ids.indexOf(first) < ids.indexOf(f.facts.published.id) && ids.indexOf(f.facts.published.id) < ids.indexOf(last)
      const order = async (role: (typeof NON_STAFF)[number] | 'editor', sort: string) => {
        const res = await f.rest(role, 'GET', `/facts?sort=${sort}&limit=100&depth=0`)
        return { status: res.status, ids: ((res.json.docs ?? []) as { id: string }[]).map((doc) => doc.id) }
      }

      const control = await order('editor', 'restaurant.name')
      expect(control.status).toBe(200)
      expect(between(control.ids), 'control: staff see the draft name').toBe(true)
      // Sorting through a link is not in any reader's policy: refused, in every spelling.
      for (const role of NON_STAFF) {
        for (const sort of ['restaurant.name', '-restaurant.name', 'restaurant__name', 'kind,-restaurant__name']) {
          const refused = await order(role, sort)
          expect(refused.status, `${role} ${sort}`).toBe(400)
          expect(refused.ids, `${role} ${sort}`).toEqual([])
        }
      }
    } finally {
      for (const { collection, id } of made.reverse()) await f.payload.delete({ collection, id, overrideAccess: true })
    }
  })
})

describe.each(STAFF)('%s queries everything', (role) => {
  it('where and sort on staff-only fields work and return the notes', async () => {
    const notes = [...Object.values(f.markers.testimonyNotes), ...Object.values(f.markers.restaurantNotes)]
    for (const path of STAFF_FIELD_QUERIES) {
      const res = await f.rest(role, 'GET', path)
      expect(res.status, path).toBe(200)
      // No testimony has an override reason: that query must answer, and find none.
      if (path.includes('publishOverrideReason')) {
        expect(res.json.totalDocs, path).toBe(0)
        continue
      }
      expect(res.json.totalDocs, path).toBeGreaterThan(0)
      if (path.startsWith('/testimonies?') || path.startsWith('/restaurants?')) expect(leaked(res.text, notes).length, path).toBeGreaterThan(0)
    }
    // A sort on the notes orders by them.
    const sorted = await f.rest(role, 'GET', '/testimonies?sort=editorialNote&limit=100&select[editorialNote]=true')
    const values = sorted.json.docs.map((doc: { editorialNote?: string }) => doc.editorialNote ?? '')
    expect(values).toEqual([...values].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)))
    expect(values.filter(Boolean).length).toBeGreaterThan(1)
    const noted = await f.rest(role, 'GET', `/testimonies?where[editorialNote][equals]=${f.markers.testimonyNotes.published}`)
    expect(noted.json.docs.map((doc: { id: string }) => doc.id)).toEqual([f.testimonies.published.id])
    expect(noted.text).toContain(f.markers.testimonyNotes.published)
    const across = await f.rest(role, 'GET', `/facts?where[restaurant.editorialNote][equals]=${f.markers.restaurantNotes.draft}`)
    expect(across.json.totalDocs).toBe(1)
  })

  it('relationship queries reach drafts', async () => {
    // A draft testimony's links to facts live on its record (lib/disclosure).
    const res = await f.rest(role, 'GET', `/testimony-records?where[testimony.title][equals]=${enc(f.markers.draftTestimonyTitle)}&where[facts][in]=${f.facts.published.id}`)
    expect(res.json.docs.map((doc: { id: string }) => doc.id)).toEqual([f.records.draftTestimony.id])
  })
})

describe("Payload's own collections", () => {
  // `payload-locked-documents` comes with Payload's default access (any signed-in user);
  // lib/access/closePayloadCollections.ts narrows it, on the sanitised config so GraphQL sees it too. A pending, refused, suspended or expired researcher, who must read like
  // anonymous, lists which documents editors have open, with the ids of drafts and restricted
  // records and of the editors, and may create or delete locks.
  it.each(['pending', 'suspended', 'expired', 'researcher'] as const)(
    '%s learns nothing from document locks (ids of drafts or records being edited)',
    async (role) => {
      const lock = await f.payload.create({
        collection: 'payload-locked-documents',
        data: { document: { relationTo: 'testimony-records', value: f.records.custodian.id }, user: { relationTo: 'users', value: f.actors.editor.user!.id } } as never,
        overrideAccess: true,
      })
      try {
        const locks = () => f.count('payload-locked-documents')
        const before = await locks()
        const read = await f.rest(role, 'GET', '/payload-locked-documents?depth=1')
        expect(read.status).toBe(403)
        const one = await f.rest(role, 'GET', `/payload-locked-documents/${lock.id}`)
        expect([403, 404]).toContain(one.status)
        for (const res of [read, one]) {
          expect(res.text).not.toContain(f.records.custodian.id)
          expect(res.text).not.toContain(f.actors.editor.user!.id)
        }
        const self = f.actors[role].user!
        const data = { document: { relationTo: 'testimonies', value: f.testimonies.published.id }, user: { relationTo: 'users', value: self.id } }
        expect((await f.rest(role, 'POST', '/payload-locked-documents', data)).status).toBe(403)
        expect((await f.rest(role, 'PATCH', `/payload-locked-documents/${lock.id}`, { globalSlug: 'x' })).status).toBe(403)
        expect((await f.rest(role, 'DELETE', `/payload-locked-documents/${lock.id}`)).status).toBe(403)
        // The same through GraphQL, whose schema is built from the config (closePayloadCollections.ts).
        const gqlRead = await f.gql(role, `{ PayloadLockedDocuments { docs { id document { relationTo } } } one: PayloadLockedDocument(id: "${lock.id}") { id } }`)
        expect(gqlRead.json.data?.PayloadLockedDocuments ?? null).toBeNull()
        expect(gqlRead.json.data?.one ?? null).toBeNull()
        expect(gqlRead.text).not.toContain(f.records.custodian.id)
        for (const mutation of [
          `createPayloadLockedDocument(data: { globalSlug: "x", user: { relationTo: users, value: "${self.id}" } }) { id }`,
          `updatePayloadLockedDocument(id: "${lock.id}", data: { globalSlug: "x" }) { id }`,
          `deletePayloadLockedDocument(id: "${lock.id}") { id }`,
        ]) {
          const res = await f.gql(role, `mutation { m: ${mutation} }`)
          expect(res.json.errors?.length ?? 0, mutation).toBeGreaterThan(0)
          expect(res.json.data?.m ?? null, mutation).toBeNull()
        }
        expect(await locks()).toBe(before)
        expect((await f.raw<{ globalSlug?: string }>('payload-locked-documents', lock.id))?.globalSlug ?? null).toBeNull()
        // The control: staff who edit do see the lock.
        const staff = await f.rest('editor', 'GET', '/payload-locked-documents?depth=0')
        expect(staff.status).toBe(200)
        expect(staff.text).toContain(lock.id)
      } finally {
        await f.payload.delete({ collection: 'payload-locked-documents', id: lock.id, overrideAccess: true })
      }
    },
  )

  it('anonymous gets nothing from preferences, locks or the key-value store', async () => {
    for (const path of ['/payload-locked-documents', '/payload-preferences', '/payload-kv']) {
      const res = await f.http.rest('GET', path)
      expect([401, 403, 404], path).toContain(res.status)
    }
  })
})
