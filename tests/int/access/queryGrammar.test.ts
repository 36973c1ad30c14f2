/**
 * Every spelling of a filter, sort and select on a restricted path, generated from the grammar
 * of Payload's parser (grammar/spellings.ts), over REST, REST `/count`, GraphQL and the Local
 * API with overrideAccess: false, as anonymous, a pending researcher and an approved one. No
 * answer may place a testimony beyond its disclosure, show a draft, or carry a restricted
 * record: each is refused (400) or answers as if the hidden link did not exist, and no answer
 * holds a planted marker. Staff run the plain spelling of each as the positive control.
 */
import type { CollectionSlug, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Restaurant, Testimony } from '@/payload-types'
import { buildFixtures, forbiddenMarkersFor, leaked, marker, richText, type Fixtures, type Role } from '../../helpers/fixtures'
import { linkSpellings, OPERATOR_VALUES, pathSpellings, selectQueries, sortQueries, whereQueries, wrapLogically } from './grammar/spellings'

let f: Fixtures
let hidden: Restaurant
let atCountry: Testimony
let atCity: Testimony
let factAtHidden: string
let recordAtCountry: string
let recordAtCity: string
const hiddenName = marker('HIDDEN-R-NAME')
const hiddenSlug = marker('hidden-slug').toLowerCase()

beforeAll(async () => {
  f = await buildFixtures()
  hidden = (await f.payload.create({ collection: 'restaurants', data: { name: hiddenName, slug: hiddenSlug, city: 'Dandong', country: 'CN', _status: 'published' } as never, overrideAccess: true })) as Restaurant
  // The exact restaurant lives on each testimony's record (docs/disclosure.md), and so does the
  // fact's link to the testimonies; the records are custodian-only, so no researcher reads them.
  const testimony = (title: string, disclosure: 'country' | 'city') =>
    f.payload.create({ collection: 'testimonies', data: { title, summary: richText(title), country: 'CN', disclosure, _status: 'published' } as never, overrideAccess: true }) as Promise<Testimony>
  atCountry = await testimony('Placed by country', 'country')
  atCity = await testimony('Placed by city', 'city')
  factAtHidden = (await f.payload.create({ collection: 'facts', data: { kind: 'other', statement: 'At the hidden restaurant', restaurant: hidden.id, country: 'CN', sources: [f.sources.published.id], confidence: 'reported', _status: 'published' } as never, overrideAccess: true })).id as string
  const record = (testimonyId: string) =>
    f.payload.create({ collection: 'testimony-records', data: { testimony: testimonyId, restaurant: hidden.id, facts: [factAtHidden], sensitivity: 'custodian', consent: { scope: 'research-use' } } as never, overrideAccess: true })
  recordAtCountry = String((await record(atCountry.id)).id)
  recordAtCity = String((await record(atCity.id)).id)
}, 120_000)
afterAll(async () => f?.stop())

type Target = { collection: CollectionSlug; paths: string[]; values: Record<string, unknown>[]; graphQLList: string; whereType: string; forbidden: () => string[]; control?: { where: Where; finds: () => string } }

const NEGATIVE = new Set(['not_in', 'not_equals'])
const targets = (): Target[] => [
  { collection: 'testimonies', paths: linkSpellings('restaurant'), values: OPERATOR_VALUES(hidden.id, hiddenName), graphQLList: 'Testimonies', whereType: 'Testimony_where', forbidden: () => [atCountry.id, atCity.id], control: undefined },
  { collection: 'testimonies', paths: ['restaurant.name', 'restaurant.slug', 'restaurant.city', 'restaurant.country'].flatMap(pathSpellings), values: [{ equals: hiddenName }, { equals: hiddenSlug }, { in: [hiddenName, hiddenSlug] }, { like: 'Dandong' }, { equals: 'CN' }, { exists: true }], graphQLList: 'Testimonies', whereType: 'Testimony_where', forbidden: () => [atCountry.id, atCity.id], control: undefined },
  { collection: 'testimony-records', paths: [...linkSpellings('restaurant'), ...pathSpellings('restaurant.name')], values: OPERATOR_VALUES(hidden.id, hiddenName), graphQLList: 'TestimonyRecords', whereType: 'TestimonyRecord_where', forbidden: () => [recordAtCountry, recordAtCity], control: { where: { restaurant: { equals: hidden.id } }, finds: () => recordAtCountry } },
  { collection: 'testimonies', paths: ['editorialNote', 'publishOverrideReason', 'restaurant.editorialNote'].flatMap(pathSpellings), values: [{ exists: true }, { like: 'MARKER' }, { equals: f.markers.testimonyNotes.published }], graphQLList: 'Testimonies', whereType: 'Testimony_where', forbidden: () => [f.testimonies.published.id], control: { where: { editorialNote: { equals: f.markers.testimonyNotes.published } }, finds: () => f.testimonies.published.id } },
  { collection: 'facts', paths: linkSpellings('testimonies'), values: OPERATOR_VALUES(atCountry.id, atCountry.code ?? ''), graphQLList: 'Facts', whereType: 'Fact_where', forbidden: () => [factAtHidden], control: undefined },
  { collection: 'facts', paths: ['testimonies.code', 'testimonies.title', 'testimonies._status', 'testimonies.restaurant', 'testimonies.editorialNote', 'needsReview', 'reviewNote'].flatMap(pathSpellings), values: [{ equals: atCountry.code }, { like: 'Placed' }, { equals: 'draft' }, { equals: hidden.id }, { exists: true }], graphQLList: 'Facts', whereType: 'Fact_where', forbidden: () => [], control: undefined },
  { collection: 'testimony-records', paths: ['testimony', 'narrator.homeProvince', 'exactPlaces', 'sensitivity', 'consent.withdrawn', 'testimony.title'].flatMap(pathSpellings), values: [{ equals: f.testimonies.custodian.id }, { like: 'MARKER' }, { equals: 'custodian' }, { exists: true }, { equals: true }], graphQLList: 'TestimonyRecords', whereType: 'TestimonyRecord_where', forbidden: () => [f.records.custodian.id, f.records.withdrawn.id, f.records.draftTestimony.id], control: { where: { sensitivity: { equals: 'custodian' } }, finds: () => f.records.custodian.id } },
  { collection: 'users', paths: ['email', 'roles', 'researcherStatus', 'totpSecret', 'sessionVersion', 'name'].flatMap(pathSpellings), values: [{ equals: f.actors.editor.email }, { equals: 'admin' }, { like: '@' }, { exists: true }], graphQLList: 'Users', whereType: 'User_where', forbidden: () => [f.actors.editor.user!.id, f.actors.admin.user!.id], control: { where: { roles: { equals: 'admin' } }, finds: () => f.actors.admin.user!.id } },
  { collection: 'audit-events', paths: ['user', 'targetId', 'network', 'role'].flatMap(pathSpellings), values: [{ equals: f.actors.editor.user!.id }, { like: '.' }, { exists: true }], graphQLList: 'AuditEvents', whereType: 'AuditEvent_where', forbidden: () => [], control: undefined },
]

type Answer = { refused: boolean; ids: string[]; text: string; transport: string }
const ROLES_UNDER_TEST = ['anonymous', 'pending', 'researcher'] as const satisfies readonly Role[]

/** One `where` over one transport, chosen round-robin so every transport sees every kind of variant. */
const ask = async (role: Role, target: Target, where: Where, index: number): Promise<Answer> => {
  const transport = ['rest', 'restJson', 'count', 'graphql', 'local'][index % 5]
  const [brackets, json] = whereQueries(where)
  if (transport === 'rest' || transport === 'restJson' || transport === 'count') {
    const res = await f.rest(role, 'GET', `/${target.collection}${transport === 'count' ? '/count' : ''}?${transport === 'restJson' ? json : brackets}&limit=100&depth=1`)
    expect([200, 400, 403], `${transport} ${res.status} ${JSON.stringify(where)}`).toContain(res.status)
    return { refused: res.status !== 200, ids: (res.json.docs ?? []).map((doc: { id: string }) => doc.id), text: res.text, transport: `${transport}:${res.json.totalDocs ?? ''}` }
  }
  if (transport === 'graphql') {
    const res = await f.gql(role, `query($w: ${target.whereType}) { ${target.graphQLList}(where: $w, limit: 100) { totalDocs docs { id } } }`, { w: where })
    expect(res.status, res.text.slice(0, 200)).toBeLessThan(500)
    const list = res.json.data?.[target.graphQLList]
    return { refused: !list, ids: (list?.docs ?? []).map((doc: { id: string }) => doc.id), text: res.text, transport }
  }
  try {
    const found = await f.payload.find({ collection: target.collection, where, limit: 100, depth: 1, ...f.as(role) })
    return { refused: false, ids: found.docs.map((doc) => String(doc.id)), text: JSON.stringify(found), transport }
  } catch (error) {
    expect([400, 403], String(error)).toContain((error as { status?: number }).status)
    return { refused: true, ids: [], text: '', transport }
  }
}

describe.each(ROLES_UNDER_TEST)('%s: generated filters on restricted paths', (role) => {
  it('every spelling is refused or finds nothing beyond what the reader may see', async () => {
    const problems: string[] = []
    let asked = 0
    for (const target of targets()) {
      // What would place a narrator: the hidden restaurant on a testimony, a fact's link to a testimony placed by country or city.
      const placing = target.collection === 'testimonies' || target.collection === 'testimony-records' ? [hidden.id] : target.collection === 'facts' ? [atCountry.id, atCity.id] : []
      for (const path of target.paths) {
        for (const value of target.values) {
          for (const where of wrapLogically({ [path]: value } as Where)) {
            const answer = await ask(role, target, where, asked++)
            // An error may repeat the request's own values (GraphQL names a rejected input): those are the asker's.
            const sent = JSON.stringify(where)
            const shown = leaked(answer.text, [...placing, ...forbiddenMarkersFor(f, role)].filter((m) => !answer.refused || !sent.includes(m)))
            if (shown.length) problems.push(`${answer.transport} ${JSON.stringify(where)} shows ${shown.join(',')}`)
            if (answer.refused) continue
            const found = target.forbidden().filter((id) => answer.ids.includes(id))
            if (found.length) problems.push(`${answer.transport} ${JSON.stringify(where)} finds ${found.join(',')}`)
            // A count above 0 for a positive filter on the hidden restaurant would count what it hides.
            const op = Object.keys(value)[0]
            if (answer.transport.startsWith('count:') && target.collection === 'testimonies' && !NEGATIVE.has(op) && op !== 'exists' && answer.transport !== 'count:0' && path.startsWith('restaurant'))
              problems.push(`${answer.transport} ${JSON.stringify(where)}`)
          }
        }
      }
    }
    expect(problems).toEqual([])
    console.info(`${role}: ${asked} generated filter variants`)
  }, 600_000)

  it('sorting on a restricted path is refused with 400, in every spelling', async () => {
    const answers: Record<string, number> = {}
    for (const [collection, paths] of [
      ['testimonies', ['restaurant', 'restaurant.name', 'restaurant.slug', 'editorialNote', 'restaurant.editorialNote']],
      ['facts', ['testimonies', 'testimonies.code', 'restaurant.name', 'needsReview']],
      ['restaurants', ['editorialNote', 'sources.title']],
      ['users', ['email', 'roles']],
    ] as const) {
      for (const path of paths) for (const query of sortQueries(path)) {
        const res = await f.rest(role, 'GET', `/${collection}?${query}`)
        if (res.status !== 400) answers[`${collection}?${query}`] = res.status
      }
    }
    expect(answers).toEqual({})
  })

  it('selecting a restricted path is refused, or carries nothing restricted', async () => {
    for (const [collection, id, paths] of [
      ['testimonies', atCountry.id, ['restaurant', 'restaurant.name', 'editorialNote', 'publishOverrideReason']],
      ['testimonies', f.testimonies.published.id, ['editorialNote']],
      ['facts', f.facts.published.id, ['testimonies', 'restaurant', 'needsReview', 'reviewNote']],
    ] as const) {
      for (const path of paths) for (const query of selectQueries(path)) {
        const markers = [...(collection === 'testimonies' ? [hidden.id] : [atCountry.id, atCity.id]), ...forbiddenMarkersFor(f, role)]
        for (const url of [`/${collection}/${id}?${query}&depth=1`, `/${collection}?${query}&depth=1&limit=100`]) {
          const res = await f.rest(role, 'GET', url)
          expect([200, 400], url).toContain(res.status)
          expect(leaked(res.text, markers), url).toEqual([])
        }
      }
    }
  })
})

describe('staff: the plain spelling of each restricted filter finds what it names', () => {
  it('editor over REST, GraphQL and the Local API', async () => {
    for (const target of targets()) {
      if (!target.control) continue
      const { where, finds } = target.control
      const rest = await f.rest('admin', 'GET', `/${target.collection}?${whereQueries(where)[0]}&limit=100`)
      expect(rest.status, JSON.stringify(where)).toBe(200)
      expect(rest.json.docs.map((doc: { id: string }) => doc.id), JSON.stringify(where)).toContain(finds())
      const upper = await f.rest('admin', 'GET', `/${target.collection}?${whereQueries({ AND: [where] } as Where)[1]}&limit=100`)
      expect(upper.json.docs.map((doc: { id: string }) => doc.id)).toContain(finds())
      const local = await f.payload.find({ collection: target.collection, where: { Or: [where] } as Where, limit: 100, ...f.as('admin') })
      expect(local.docs.map((doc) => String(doc.id))).toContain(finds())
    }
    const gql = await f.gql('editor', `{ TestimonyRecords(where: { AND: [{ restaurant: { equals: "${hidden.id}" } }] }) { docs { id } } }`)
    expect(gql.json.data.TestimonyRecords.docs.map((doc: { id: string }) => doc.id).sort()).toEqual([recordAtCountry, recordAtCity].sort())
    // The public copies hold nothing of the hidden restaurant, for staff too: it is not stored there.
    const copies = await f.gql('editor', `{ Testimonies(where: { restaurant: { equals: "${hidden.id}" } }) { docs { id } } }`)
    expect(copies.json.data.Testimonies.docs).toEqual([])
  })
})
