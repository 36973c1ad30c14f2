import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { passwordMatches } from '@/lib/auth/passwordMatches'
import type { User } from '@/payload-types'
import { createAccount, TEST_PASSWORD } from '../../helpers/accounts'
import { httpClient } from '../../helpers/http'
import { sessionCookieFor } from '../../helpers/sessionCookie'
import { startPayload, type TestArchive } from '../../helpers/startPayload'

let archive: TestArchive
let http: ReturnType<typeof httpClient>
beforeAll(async () => {
  archive = await startPayload()
  http = httpClient(archive.config)
})
afterAll(async () => archive?.stop())

const NEW_PASSWORD = 'A-fresh-and-long-passphrase-42'
const row = (id: string | number) =>
  archive.payload.db.findOne<User & { hash?: string; salt?: string }>({ collection: 'users', where: { id: { equals: id } } })
const hasPassword = async (id: string | number, password: string) => {
  const stored = await row(id)
  return passwordMatches(password, stored?.hash, stored?.salt)
}
const signedIn = async (user: User) => sessionCookieFor(user.id, Number((await row(user.id))?.sessionVersion) || 0)

describe('changing one’s own password over REST', () => {
  it('is refused without the current password, naming the field, and changes nothing', async () => {
    const researcher = await createAccount(archive.payload, 'researcher')
    const cookie = await signedIn(researcher)
    const missing = await http.rest('PATCH', `/users/${researcher.id}`, { cookie, body: { password: NEW_PASSWORD } })
    expect(missing.status).toBe(400)
    expect(missing.json.errors[0].data.errors[0].path).toBe('currentPassword')
    const wrong = await http.rest('PATCH', `/users/${researcher.id}`, {
      cookie,
      body: { password: NEW_PASSWORD, currentPassword: 'not-my-password-at-all' },
    })
    expect(wrong.status).toBe(400)
    expect(wrong.json.errors[0].data.errors[0].path).toBe('currentPassword')
    expect(await hasPassword(researcher.id, TEST_PASSWORD)).toBe(true)
    expect((await row(researcher.id))?.loginAttempts).toBe(1)
  })

  it('is refused in bulk too', async () => {
    const researcher = await createAccount(archive.payload, 'researcher')
    const response = await http.rest('PATCH', `/users?where[id][equals]=${researcher.id}`, {
      cookie: await signedIn(researcher),
      body: { password: NEW_PASSWORD },
    })
    expect(response.status).toBe(400)
    expect(await hasPassword(researcher.id, TEST_PASSWORD)).toBe(true)
  })

  it.each([
    ['short', 'Short-pw-1', /at least 12/],
    ['common', 'password1234', /most common/],
    ['common in another case', 'QWERTYUIOP123', /most common/],
  ])('refuses a %s new password with 400 on the password field', async (_kind, password, message) => {
    const researcher = await createAccount(archive.payload, 'researcher')
    const response = await http.rest('PATCH', `/users/${researcher.id}`, {
      cookie: await signedIn(researcher),
      body: { password, currentPassword: TEST_PASSWORD },
    })
    expect(response.status).toBe(400)
    expect(response.json.errors[0].data.errors[0]).toMatchObject({ path: 'password', message: expect.stringMatching(message) })
    expect(await hasPassword(researcher.id, TEST_PASSWORD)).toBe(true)
  })

  it('changes it with the current password, ends old sessions and writes an audit event', async () => {
    const researcher = await createAccount(archive.payload, 'researcher')
    const cookie = await signedIn(researcher)
    const response = await http.rest('PATCH', `/users/${researcher.id}`, {
      cookie,
      body: { password: NEW_PASSWORD, currentPassword: TEST_PASSWORD },
    })
    expect(response.status).toBe(200)
    expect(response.text).not.toContain(TEST_PASSWORD)
    expect(await hasPassword(researcher.id, NEW_PASSWORD)).toBe(true)
    expect((await http.rest('GET', '/users/me', { cookie })).json.user).toBeNull()
    const events = await archive.payload.find({
      collection: 'audit-events',
      where: { and: [{ action: { equals: 'auth.password-changed' } }, { targetId: { equals: String(researcher.id) } }] },
      overrideAccess: true,
    })
    expect(events.totalDocs).toBe(1)
  })
})

describe('through GraphQL', () => {
  it('needs the current password as well', async () => {
    const researcher = await createAccount(archive.payload, 'researcher')
    const cookie = await signedIn(researcher)
    const mutation = (extra: string) =>
      http.gql(`mutation { updateUser(id: ${JSON.stringify(researcher.id)}, data: { password: "${NEW_PASSWORD}"${extra} }) { id } }`, { cookie })
    const refused = await mutation('')
    expect(refused.json.errors?.[0]?.extensions?.data?.errors?.[0]?.path ?? refused.json.errors?.[0]?.message).toMatch(/currentPassword|current password/)
    expect(await hasPassword(researcher.id, TEST_PASSWORD)).toBe(true)
    const accepted = await mutation(`, currentPassword: "${TEST_PASSWORD}"`)
    expect(accepted.json.errors).toBeUndefined()
    expect(await hasPassword(researcher.id, NEW_PASSWORD)).toBe(true)
  })
})

describe('set by an admin or the server', () => {
  it('lets an admin set another account’s password without that account’s current one, under the same policy', async () => {
    const admin = await createAccount(archive.payload, 'admin')
    const researcher = await createAccount(archive.payload, 'researcher')
    const cookie = await signedIn(admin)
    const weak = await http.rest('PATCH', `/users/${researcher.id}`, { cookie, body: { password: '123456789012' } })
    expect(weak.status).toBe(400)
    expect(weak.json.errors[0].data.errors[0].path).toBe('password')
    const set = await http.rest('PATCH', `/users/${researcher.id}`, { cookie, body: { password: NEW_PASSWORD } })
    expect(set.status).toBe(200)
    expect(await hasPassword(researcher.id, NEW_PASSWORD)).toBe(true)
  })

  it('applies the policy to the Local API as well', async () => {
    const error = await archive.payload
      .create({ collection: 'users', data: { email: 'weak@test.local', password: 'iloveyou', roles: ['researcher'] }, overrideAccess: true })
      .then(() => null, (caught: { data?: { errors?: { path: string }[] } }) => caught)
    expect(error?.data?.errors?.[0]?.path).toBe('password')
  })
})
