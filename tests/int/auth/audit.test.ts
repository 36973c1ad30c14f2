import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { Testimony, User } from '@/payload-types'
import { createAccount } from '../../helpers/accounts'
import { httpClient } from '../../helpers/http'
import { sessionCookieFor } from '../../helpers/sessionCookie'
import { startPayload, type TestArchive } from '../../helpers/startPayload'

let archive: TestArchive
let http: ReturnType<typeof httpClient>
let researcher: User
let editor: User
let admin: User
let cookies: Record<'researcher' | 'editor' | 'admin', string>
const recordIds: string[] = []
const codes: string[] = []

const summary = {
  root: {
    type: 'root', direction: 'ltr', format: '', indent: 0, version: 1,
    children: [{ type: 'paragraph', direction: 'ltr', format: '', indent: 0, version: 1, textFormat: 0,
      children: [{ type: 'text', text: 'A summary.', version: 1, format: 0, detail: 0, mode: 'normal', style: '' }] }],
  },
} as Testimony['summary']

const TRANSCRIPT = 'AUDIT-TRANSCRIPT-CONTENT-7Q'

beforeAll(async () => {
  archive = await startPayload()
  http = httpClient(archive.config)
  for (let i = 0; i < 3; i++) {
    const testimony = await archive.payload.create({
      collection: 'testimonies',
      data: { title: `Published ${i}`, summary, country: 'CN', _status: 'published' },
      overrideAccess: true,
    })
    const record = await archive.payload.create({
      collection: 'testimony-records',
      data: {
        testimony: testimony.id,
        sensitivity: 'researcher',
        consent: { scope: 'research-use' },
        exactPlaces: TRANSCRIPT,
      },
      overrideAccess: true,
    })
    recordIds.push(String(record.id))
    codes.push(testimony.code as string)
  }
  ;[researcher, editor, admin] = await Promise.all([
    createAccount(archive.payload, 'researcher'),
    createAccount(archive.payload, 'editor'),
    createAccount(archive.payload, 'admin'),
  ])
  cookies = {
    researcher: await sessionCookieFor(researcher.id),
    editor: await sessionCookieFor(editor.id),
    admin: await sessionCookieFor(admin.id),
  }
})
afterAll(async () => archive?.stop())

let before: Set<string>
const allEvents = () =>
  archive.payload.find({ collection: 'audit-events', overrideAccess: true, pagination: false, sort: 'createdAt' })
beforeEach(async () => {
  before = new Set((await allEvents()).docs.map((event) => String(event.id)))
})
/** The events written since the test began. */
const newEvents = async () => (await allEvents()).docs.filter((event) => !before.has(String(event.id)))

const expectReads = async (user: User, ids: string[]) => {
  const events = await newEvents()
  expect(events.map((event) => event.action)).toEqual(ids.map(() => 'record.read'))
  expect(events.map((event) => event.targetId).sort()).toEqual([...ids].sort())
  for (const event of events) {
    expect(event.user).toBe(String(user.id))
    expect(codes).toContain(event.targetCode)
  }
  expect(JSON.stringify(events)).not.toContain(TRANSCRIPT)
}

describe('every read of a restricted record writes one record.read event', () => {
  it('Local API listing: one event per record', async () => {
    await archive.payload.find({ collection: 'testimony-records', overrideAccess: false, user: researcher })
    await expectReads(researcher, recordIds)
  })

  it('Local API by id', async () => {
    await archive.payload.findByID({ collection: 'testimony-records', id: recordIds[1], overrideAccess: false, user: editor })
    await expectReads(editor, [recordIds[1]])
  })

  it('REST listing and REST by id', async () => {
    const list = await http.rest('GET', '/testimony-records?limit=2', { cookie: cookies.researcher })
    expect(list.json.docs).toHaveLength(2)
    await expectReads(researcher, list.json.docs.map((doc: { id: string }) => String(doc.id)))
    before = new Set((await allEvents()).docs.map((event) => String(event.id)))
    await http.rest('GET', `/testimony-records/${recordIds[2]}`, { cookie: cookies.admin })
    await expectReads(admin, [recordIds[2]])
  })

  it('GraphQL listing and GraphQL by id', async () => {
    await http.gql('{ TestimonyRecords { docs { id } } }', { cookie: cookies.editor })
    await expectReads(editor, recordIds)
    before = new Set((await allEvents()).docs.map((event) => String(event.id)))
    await http.gql(`{ TestimonyRecord(id: "${recordIds[0]}") { id } }`, { cookie: cookies.researcher })
    await expectReads(researcher, [recordIds[0]])
  })

  it('writes nothing for those refused, and nothing for the server’s own lookups', async () => {
    const pending = await createAccount(archive.payload, 'pending')
    before = new Set((await allEvents()).docs.map((event) => String(event.id)))
    expect((await http.rest('GET', '/testimony-records')).status).toBe(403)
    expect((await http.rest('GET', '/testimony-records', { cookie: await sessionCookieFor(pending.id) })).status).toBe(403)
    await archive.payload.find({ collection: 'testimony-records', overrideAccess: true, context: { internalLookup: true } })
    expect(await newEvents()).toEqual([])
  })
})

describe('the trail cannot be changed', () => {
  it('refuses create, update and delete through REST, GraphQL and the Local API, to every role', async () => {
    const [event] = (await allEvents()).docs
    for (const cookie of [undefined, cookies.researcher, cookies.editor, cookies.admin]) {
      expect((await http.rest('POST', '/audit-events', { cookie, body: { action: 'auth.signin' } })).status).toBe(403)
      expect((await http.rest('PATCH', `/audit-events/${event.id}`, { cookie, body: { note: 'x' } })).status).toBe(403)
      expect((await http.rest('DELETE', `/audit-events/${event.id}`, { cookie })).status).toBe(403)
      const gql = await http.gql(`mutation { deleteAuditEvent(id: "${event.id}") { id } }`, { cookie })
      expect(gql.json.errors?.length).toBeGreaterThan(0)
    }
    for (const user of [researcher, editor, admin]) {
      await expect(
        archive.payload.update({ collection: 'audit-events', id: event.id, data: { note: 'x' }, overrideAccess: false, user }),
      ).rejects.toThrow()
      await expect(
        archive.payload.delete({ collection: 'audit-events', id: event.id, overrideAccess: false, user }),
      ).rejects.toThrow()
    }
    const still = await archive.payload.findByID({ collection: 'audit-events', id: event.id, overrideAccess: true })
    expect(still.note ?? null).toBe(event.note ?? null)
  })

  it('lets admins read the whole trail and everyone else only their own events', async () => {
    const all = await archive.payload.find({ collection: 'audit-events', overrideAccess: false, user: admin, limit: 0 })
    const mine = await archive.payload.find({ collection: 'audit-events', overrideAccess: false, user: researcher, limit: 0 })
    expect(mine.totalDocs).toBeGreaterThan(0)
    expect(mine.docs.every((event) => event.user === String(researcher.id))).toBe(true)
    expect(all.totalDocs).toBeGreaterThan(mine.totalDocs)
    expect((await http.rest('GET', '/audit-events')).status).toBe(403)
  })
})
