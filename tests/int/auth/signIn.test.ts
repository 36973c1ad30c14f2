import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CLIENT_ADDRESS_HEADER } from '@/lib/auth/clientAddress'
import { newRecoveryCodes } from '@/lib/auth/recoveryCodes'
import { signInWithPassword } from '@/lib/auth/signInWithPassword'
import type { User } from '@/payload-types'
import { createAccount, currentCode, TEST_PASSWORD } from '../../helpers/accounts'
import { httpClient } from '../../helpers/http'
import { startPayload, type TestArchive } from '../../helpers/startPayload'

let archive: TestArchive
const headers = () => new Headers({ [CLIENT_ADDRESS_HEADER]: '203.0.113.77' })

beforeAll(async () => {
  archive = await startPayload()
})
afterAll(async () => archive?.stop())

const signIn = (email: string, password: string, code?: string) =>
  signInWithPassword(archive.payload, { email, password, code }, headers())

const row = (id: string | number) =>
  archive.payload.db.findOne<User>({ collection: 'users', where: { id: { equals: id } } })

describe('second factor for privileged accounts', () => {
  it('refuses an editor with the password alone, admits a valid code, refuses its replay', async () => {
    const editor = await createAccount(archive.payload, 'editor')
    expect(await signIn(editor.email, TEST_PASSWORD)).toBeNull()
    expect(await signIn(editor.email, TEST_PASSWORD, '000000')).toBeNull()
    const code = await currentCode(editor.totpSecret as string)
    const user = await signIn(editor.email, TEST_PASSWORD, code)
    expect(user?.id).toBe(editor.id)
    expect(await signIn(editor.email, TEST_PASSWORD, code)).toBeNull()
  })

  it('lets a recovery code work exactly once', async () => {
    const admin = await createAccount(archive.payload, 'admin')
    const { codes, hashes } = newRecoveryCodes()
    await archive.payload.db.updateOne({ collection: 'users', id: admin.id, data: { recoveryCodeHashes: hashes } })
    expect((await signIn(admin.email, TEST_PASSWORD, codes[3]))?.id).toBe(admin.id)
    expect(await signIn(admin.email, TEST_PASSWORD, codes[3])).toBeNull()
    expect((await row(admin.id))?.recoveryCodeHashes).toHaveLength(9)
  })

  it('lets a researcher without an authenticator in with the password', async () => {
    const researcher = await createAccount(archive.payload, 'researcher')
    expect((await signIn(researcher.email, TEST_PASSWORD))?.id).toBe(researcher.id)
  })

  it('refuses to make an account an editor before it has an authenticator', async () => {
    const researcher = await createAccount(archive.payload, 'researcher')
    const error = await archive.payload
      .update({ collection: 'users', id: researcher.id, data: { roles: ['editor'] }, overrideAccess: true })
      .then(() => null, (caught: { data?: { errors?: { path: string; message: string }[] } }) => caught)
    expect(error?.data?.errors?.[0]).toMatchObject({ path: 'roles', message: expect.stringMatching(/authenticator/) })
    expect((await row(researcher.id))?.roles).toEqual(['researcher'])
  })
})

describe('lockout and enumeration', () => {
  it('locks after five wrong passwords, then refuses even the right one', async () => {
    const researcher = await createAccount(archive.payload, 'researcher')
    for (let i = 0; i < 5; i++) expect(await signIn(researcher.email, 'wrong-password-guess')).toBeNull()
    expect((await row(researcher.id))?.lockUntil).toBeTruthy()
    expect(await signIn(researcher.email, TEST_PASSWORD)).toBeNull()
  })

  it('counts wrong authenticator codes towards the same lockout', async () => {
    const editor = await createAccount(archive.payload, 'editor')
    for (let i = 0; i < 5; i++) expect(await signIn(editor.email, TEST_PASSWORD, '123456')).toBeNull()
    expect((await row(editor.id))?.lockUntil).toBeTruthy()
    expect(await signIn(editor.email, TEST_PASSWORD, await currentCode(editor.totpSecret as string))).toBeNull()
  })

  it('answers an unknown address exactly like a wrong password, and records both', async () => {
    const researcher = await createAccount(archive.payload, 'researcher')
    expect(await signIn('nobody-here@test.local', TEST_PASSWORD)).toBeNull()
    expect(await signIn(researcher.email, 'not-the-password')).toBeNull()
    const failed = await archive.payload.find({
      collection: 'audit-events',
      where: { action: { equals: 'auth.signin-failed' } },
      overrideAccess: true,
      limit: 100,
    })
    expect(failed.docs.some((event) => event.user === String(researcher.id))).toBe(true)
    expect(failed.docs.every((event) => !event.network || event.network === '203.0.113.0/24')).toBe(true)
    expect(JSON.stringify(failed.docs)).not.toContain('not-the-password')
  })
})

describe("Payload's own doors are shut", () => {
  it('answers REST and GraphQL logins like a wrong password, even with the right one', async () => {
    const researcher = await createAccount(archive.payload, 'researcher')
    const http = httpClient(archive.config)
    const right = await http.rest('POST', '/users/login', { body: { email: researcher.email, password: TEST_PASSWORD } })
    const wrong = await http.rest('POST', '/users/login', { body: { email: researcher.email, password: 'nope-nope-nope' } })
    expect(right.status).toBe(401)
    expect(right.json).toEqual(wrong.json)
    const gql = await http.gql(`mutation { loginUser(email: "${researcher.email}", password: "${TEST_PASSWORD}") { token } }`)
    expect(gql.json.data?.loginUser?.token ?? null).toBeNull()
  })

  it('refuses first-register, forgot-password and reset-password', async () => {
    const http = httpClient(archive.config)
    const first = await http.rest('POST', '/users/first-register', {
      body: { email: 'intruder@test.local', password: TEST_PASSWORD, roles: ['admin'] },
    })
    expect(first.status).toBe(403)
    const forgot = await http.rest('POST', '/users/forgot-password', { body: { email: 'intruder@test.local' } })
    expect(forgot.status).toBe(403)
    const reset = await http.rest('POST', '/users/reset-password', { body: { token: 'x', password: TEST_PASSWORD } })
    expect(reset.status).toBe(403)
    const count = await archive.payload.count({ collection: 'users', where: { email: { equals: 'intruder@test.local' } }, overrideAccess: true })
    expect(count.totalDocs).toBe(0)
  })
})
