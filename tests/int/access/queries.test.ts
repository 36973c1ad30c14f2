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
    for (const path of [
      '/testimonies?limit=100&depth=2',
      '/testimonies?select[editorialNote]=true&select[title]=true',
      `/testimonies/${f.testimonies.published.id}?depth=2&locale=*`,
      '/restaurants?limit=100&select[editorialNote]=true',
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
    for (const path of intoTestimonies) {
      const res = await f.rest(role, 'GET', path)
      expect(res.status, path).toBe(200)
      expect(res.json.totalDocs, path).toBe(0)
      expect(leaked(res.text, [f.markers.draftTestimonyTitle, f.markers.revisedDraftTitle]), path).toEqual([])
    }
    const throughPublished = await f.rest(role, 'GET', '/facts?where[testimonies.title][equals]=Published%20testimony')
    expect(throughPublished.json.docs.map((doc: { id: string }) => doc.id)).toEqual([f.facts.published.id])
    const throughDraft = [
      `/facts?where[restaurant.name][equals]=${enc(f.markers.draftRestaurantName)}`,
      '/facts?where[restaurant._status][equals]=draft',
      '/facts?where[restaurant.status][equals]=closed',
      `/facts?where[sources.title][equals]=${enc(f.markers.draftSourceTitle)}`,
      `/restaurants?where[sources.title][equals]=${enc(f.markers.draftSourceTitle)}`,
      '/restaurants?where[sources.reliability][equals]=low',
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
      const order = async (role: (typeof NON_STAFF)[number] | 'editor', sort: string) =>
        // A refused sort (400, no docs) places nothing, which is as good as ignoring the draft.
        (((await f.rest(role, 'GET', `/facts?sort=${sort}&limit=100&depth=0`)).json.docs ?? []) as { id: string }[]).map((doc) => doc.id)

      expect(between(await order('editor', 'restaurant.name')), 'control: staff see the draft name').toBe(true)
      for (const role of NON_STAFF) {
        expect(between(await order(role, 'restaurant.name')), role).toBe(false)
        expect(between((await order(role, '-restaurant.name')).reverse()), `${role} descending`).toBe(false)
      }
    } finally {
      for (const { collection, id } of made.reverse()) await f.payload.delete({ collection, id, overrideAccess: true })
    }
  })
})

describe.each(STAFF)('%s queries everything', (role) => {
  it('where and sort on staff-only fields work and return the notes', async () => {
    for (const path of STAFF_FIELD_QUERIES) {
      const res = await f.rest(role, 'GET', path)
      expect(res.status, path).toBe(200)
    }
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
  // lib/access/closeDocumentLocks.ts narrows it. A pending, refused, suspended or expired researcher, who must read like
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
        const res = await f.rest(role, 'GET', '/payload-locked-documents?depth=1')
        expect(res.text).not.toContain(f.records.custodian.id)
        expect(res.text).not.toContain(f.actors.editor.user!.id)
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
