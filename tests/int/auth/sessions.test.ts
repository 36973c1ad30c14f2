import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { endAllSessions } from '@/lib/auth/endAllSessions'
import type { Testimony } from '@/payload-types'
import { createAccount } from '../../helpers/accounts'
import { httpClient } from '../../helpers/http'
import { sessionCookieFor } from '../../helpers/sessionCookie'
import { startPayload, type TestArchive } from '../../helpers/startPayload'

let archive: TestArchive
let http: ReturnType<typeof httpClient>
let recordId: string

const summary = {
  root: {
    type: 'root', direction: 'ltr', format: '', indent: 0, version: 1,
    children: [{ type: 'paragraph', direction: 'ltr', format: '', indent: 0, version: 1, textFormat: 0,
      children: [{ type: 'text', text: 'A summary.', version: 1, format: 0, detail: 0, mode: 'normal', style: '' }] }],
  },
} as Testimony['summary']

beforeAll(async () => {
  archive = await startPayload()
  http = httpClient(archive.config)
  const testimony = await archive.payload.create({
    collection: 'testimonies',
    data: { title: 'Published', summary, country: 'CN', _status: 'published' },
    overrideAccess: true,
  })
  const record = await archive.payload.create({
    collection: 'testimony-records',
    data: { testimony: testimony.id, sensitivity: 'researcher', consent: { scope: 'research-use' } },
    overrideAccess: true,
  })
  recordId = String(record.id)
})
afterAll(async () => archive?.stop())

const readRecords = (cookie: string) => http.rest('GET', '/testimony-records', { cookie })

describe('the next-auth session, as Payload sees it', () => {
  it('identifies the account on REST and GraphQL from the session cookie alone', async () => {
    const researcher = await createAccount(archive.payload, 'researcher')
    const cookie = await sessionCookieFor(researcher.id)
    const me = await http.rest('GET', '/users/me', { cookie })
    expect(me.json.user?.id).toBe(researcher.id)
    expect(me.text).not.toMatch(/totpSecret|sessionVersion|recoveryCodeHashes|hash|salt/)
    expect((await readRecords(cookie)).json.docs.map((doc: { id: string }) => String(doc.id))).toEqual([recordId])
    const gql = await http.gql('{ TestimonyRecords { docs { id } } }', { cookie })
    expect(gql.json.data.TestimonyRecords.docs).toHaveLength(1)
  })

  it('ignores a forged or foreign cookie', async () => {
    expect((await http.rest('GET', '/users/me', { cookie: 'archive-session=not-a-token' })).json.user).toBeNull()
  })

  it('closes restricted records at the next request after suspension, without signing out', async () => {
    const researcher = await createAccount(archive.payload, 'researcher')
    const cookie = await sessionCookieFor(researcher.id)
    expect((await readRecords(cookie)).status).toBe(200)
    await archive.payload.db.updateOne({ collection: 'users', id: researcher.id, data: { researcherStatus: 'suspended' } })
    const after = await readRecords(cookie)
    expect(after.status).toBe(403)
    expect((await http.rest('GET', '/users/me', { cookie })).json.user?.id).toBe(researcher.id)
  })

  it('closes them when access expires, without signing out', async () => {
    const researcher = await createAccount(archive.payload, 'researcher')
    const cookie = await sessionCookieFor(researcher.id)
    expect((await readRecords(cookie)).status).toBe(200)
    await archive.payload.db.updateOne({
      collection: 'users',
      id: researcher.id,
      data: { accessExpiresAt: new Date(Date.now() - 1000).toISOString() },
    })
    expect((await readRecords(cookie)).status).toBe(403)
  })

  it('ends every session when the session version is raised', async () => {
    const researcher = await createAccount(archive.payload, 'researcher')
    const cookie = await sessionCookieFor(researcher.id)
    expect((await http.rest('GET', '/users/me', { cookie })).json.user?.id).toBe(researcher.id)
    await endAllSessions(archive.payload, String(researcher.id), 'auth.signout')
    expect((await http.rest('GET', '/users/me', { cookie })).json.user).toBeNull()
    expect((await http.rest('GET', '/users/me', { cookie: await sessionCookieFor(researcher.id, 1) })).json.user?.id).toBe(researcher.id)
  })

  it('raises the session version when an admin changes status, roles or the password', async () => {
    const researcher = await createAccount(archive.payload, 'researcher')
    const cookie = await sessionCookieFor(researcher.id)
    await archive.payload.update({
      collection: 'users',
      id: researcher.id,
      data: { researcherStatus: 'suspended' },
      overrideAccess: true,
    })
    expect((await http.rest('GET', '/users/me', { cookie })).json.user).toBeNull()
    await archive.payload.update({ collection: 'users', id: researcher.id, data: { password: 'Another-long-password-1' }, overrideAccess: true })
    expect((await http.rest('GET', '/users/me', { cookie: await sessionCookieFor(researcher.id, 1) })).json.user).toBeNull()
  })

  it('grants twelve months when an admin approves without a date, and records the decision', async () => {
    const admin = await createAccount(archive.payload, 'admin')
    const pending = await createAccount(archive.payload, 'pending')
    await archive.payload.update({ collection: 'users', id: pending.id, data: { accessExpiresAt: null }, overrideAccess: true })
    const approved = await archive.payload.update({
      collection: 'users',
      id: pending.id,
      data: { researcherStatus: 'approved' },
      overrideAccess: false,
      user: admin,
    })
    const days = (new Date(approved.accessExpiresAt as string).getTime() - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(364)
    expect(days).toBeLessThan(366)
    const events = await archive.payload.find({
      collection: 'audit-events',
      where: { and: [{ action: { equals: 'account.approved' } }, { targetId: { equals: String(pending.id) } }] },
      overrideAccess: true,
    })
    expect(events.docs).toHaveLength(1)
    expect(events.docs[0].user).toBe(String(admin.id))
  })
})
