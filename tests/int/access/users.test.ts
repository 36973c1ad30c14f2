/**
 * users: anonymous nothing; researchers (any status) their own account, changing only name,
 * affiliation and purpose; editors read everyone but change no roles or status and create or
 * delete nobody; admins everything. Also who may enter the admin panel. GraphQL: graphql.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { Users } from '@/collections/Users'
import type { User } from '@/payload-types'
import {
  buildFixtures,
  docOrNull,
  docsOrNothing,
  isStaffRole,
  ROLES,
  STAFF,
  type Fixtures,
  type Role,
} from '../../helpers/fixtures'

let f: Fixtures
beforeAll(async () => {
  f = await buildFixtures()
})
afterAll(async () => f?.stop())

const SIGNED_IN_NON_STAFF = ['pending', 'refused', 'suspended', 'expired', 'researcher'] as const
const SELF_EDITORS = [...SIGNED_IN_NON_STAFF, 'editor'] as const
const SECRET_KEYS = ['"hash"', '"salt"', '"totpSecret"', '"totpPendingSecret"', '"recoveryCodeHashes"', '"sessionVersion"']
const day = 86_400_000

/** A fresh account in the given role, so tests that try to change it leave the shared ones alone. */
const personFor = async (role: (typeof SELF_EDITORS)[number]) => {
  const base = f.actors[role].user!
  const person = await f.makeUser({
    roles: base.roles,
    researcherStatus: role === 'expired' ? 'approved' : base.researcherStatus,
    accessExpiresAt: new Date(Date.now() + 30 * day).toISOString(),
  })
  if (role === 'expired') {
    await f.payload.update({ collection: 'users', id: person.user.id, data: { accessExpiresAt: new Date(Date.now() - day).toISOString() }, overrideAccess: true })
  }
  return { ...person, user: (await f.raw<User>('users', person.user.id))! }
}
const otherEmails = (self?: User | null) =>
  ROLES.filter((role) => f.actors[role].user && f.actors[role].user!.id !== self?.id).map((role) => f.actors[role].email!)

describe('anonymous reads no account', () => {
  it('REST list, by id and me; Local API', async () => {
    const list = await f.http.rest('GET', '/users')
    expect(list.status).toBe(403)
    const one = await f.http.rest('GET', `/users/${f.actors.admin.user!.id}`)
    expect([403, 404]).toContain(one.status)
    const me = await f.http.rest('GET', '/users/me')
    expect(me.json?.user ?? null).toBeNull()
    for (const text of [list.text, one.text, me.text]) expect(text).not.toContain('@archive.test')
    expect(await docsOrNothing(f.payload.find({ collection: 'users', ...f.as('anonymous') }))).toEqual([])
  })
})

describe.each(SIGNED_IN_NON_STAFF)('%s reads only their own account', (role) => {
  it('REST list, by id and me', async () => {
    const self = f.actors[role].user!
    const list = await f.rest(role, 'GET', '/users?limit=100')
    expect(list.status).toBe(200)
    expect(list.json.docs.map((doc: User) => doc.id)).toEqual([self.id])
    expect(list.json.totalDocs).toBe(1)
    expect(otherEmails(self).filter((email) => list.text.includes(email))).toEqual([])
    for (const other of ['admin', 'editor', 'researcher', 'pending'] as const) {
      if (f.actors[other].user!.id === self.id) continue
      const res = await f.rest(role, 'GET', `/users/${f.actors[other].user!.id}`)
      expect([403, 404], other).toContain(res.status)
      expect(res.text).not.toContain(f.actors[other].email!)
    }
    expect((await f.rest(role, 'GET', `/users/${self.id}`)).json.email).toBe(f.actors[role].email)
    expect((await f.rest(role, 'GET', '/users/me')).json.user.id).toBe(self.id)
    const filtered = await f.rest(role, 'GET', '/users?where[roles][contains]=admin')
    expect(filtered.json.totalDocs).toBe(0)
  })

  it('Local API with overrideAccess: false', async () => {
    const docs = await f.payload.find({ collection: 'users', limit: 100, ...f.as(role) })
    expect(docs.docs.map((doc) => doc.id)).toEqual([f.actors[role].user!.id])
    expect(await docOrNull(f.payload.findByID({ collection: 'users', id: f.actors.admin.user!.id, ...f.as(role) }))).toBeNull()
  })
})

describe.each(STAFF)('%s reads every account', (role) => {
  it('REST and Local API list every user, without sign-in secrets', async () => {
    const list = await f.rest(role, 'GET', '/users?limit=100')
    expect(list.status).toBe(200)
    const everyone = ROLES.filter((r) => f.actors[r].user).map((r) => f.actors[r].user!.id)
    expect(list.json.docs.map((doc: User) => doc.id)).toEqual(expect.arrayContaining(everyone))
    expect(SECRET_KEYS.filter((key) => list.text.includes(key))).toEqual([])
    const local = await f.payload.find({ collection: 'users', limit: 100, ...f.as(role) })
    expect(local.docs.map((doc) => doc.id)).toEqual(expect.arrayContaining(everyone))
  })
})

describe.each(SELF_EDITORS)('%s changes their own account', (role) => {
  it('name, affiliation and purpose are saved', async () => {
    const person = await personFor(role)
    const data = { name: `New name ${role}`, affiliation: 'A university', purpose: 'A study of working conditions' }
    const res = await f.http.rest('PATCH', `/users/${person.user.id}`, { token: person.token, body: data })
    expect(res.status).toBe(200)
    expect(await f.raw<User>('users', person.user.id)).toMatchObject(data)
  })

  it('roles, researcherStatus, accessExpiresAt and email are not changed (REST and Local API)', async () => {
    const person = await personFor(role)
    const before = person.user
    const attempts: Record<string, unknown>[] = [
      { roles: ['admin'] },
      { roles: ['researcher', 'editor', 'admin'] },
      { researcherStatus: before.researcherStatus === 'approved' ? 'pending' : 'approved' },
      { accessExpiresAt: new Date(Date.now() + 3650 * day).toISOString() },
      { email: `taken-over-${Date.now()}@archive.test` },
      { totpEnabled: !before.totpEnabled, termsAcceptedAt: new Date().toISOString() },
    ]
    for (const data of attempts) {
      const res = await f.http.rest('PATCH', `/users/${person.user.id}`, { token: person.token, body: data })
      expect([200, 400, 403], JSON.stringify(data)).toContain(res.status)
      await f.payload.update({ collection: 'users', id: person.user.id, data, ...f.as(role), user: before }).catch(() => undefined)
      const after = (await f.raw<User>('users', person.user.id))!
      for (const key of ['roles', 'researcherStatus', 'accessExpiresAt', 'email', 'totpEnabled', 'termsAcceptedAt'] as const) {
        expect(after[key as keyof User] ?? null, `${JSON.stringify(data)}: ${key}`).toEqual(before[key as keyof User] ?? null)
      }
    }
  })

  it('another account is neither changed nor deleted, and no account is created', async () => {
    const person = await personFor(role)
    const target = await personFor('pending')
    const users = await f.count('users')
    const tries: [string, string, unknown][] = [
      ['PATCH', `/users/${target.user.id}`, { name: 'Renamed by someone else' }],
      ['PATCH', `/users/${target.user.id}`, { roles: ['editor'], researcherStatus: 'approved' }],
      ['PATCH', '/users?where[createdAt][exists]=true', { researcherStatus: 'approved' }],
      ['DELETE', `/users/${target.user.id}`, undefined],
      ['DELETE', `/users/${person.user.id}`, undefined],
      ['POST', '/users', { email: `made-${Date.now()}@archive.test`, password: 'Another-Password-9!', roles: ['admin'] }],
    ]
    for (const [method, path, body] of tries) {
      const res = await f.http.rest(method as 'PATCH', path, { token: person.token, body })
      expect(res.status, `${method} ${path}`).not.toBe(201)
      // A bulk update may reach the person's own account only.
      const touched = (res.json?.docs ?? []).map((doc: User) => doc.id)
      expect(touched.filter((id: string) => id !== person.user.id), `${method} ${path}`).toEqual([])
    }
    expect((await f.raw<User>('users', person.user.id))?.researcherStatus).toBe(person.user.researcherStatus)
    expect(await f.raw<User>('users', target.user.id)).toMatchObject({ name: target.user.name, roles: ['researcher'], researcherStatus: 'pending' })
    expect(await f.raw('users', person.user.id)).not.toBeNull()
    expect(await f.count('users')).toBe(users)
    await expect(
      f.payload.create({ collection: 'users', data: { email: `local-${Date.now()}@archive.test`, password: 'Another-Password-9!', roles: ['researcher'] }, ...f.as(role), user: person.user }),
    ).rejects.toMatchObject({ status: 403 })
  })
})

describe('admin manages accounts', () => {
  it('creates, approves, changes roles and email, and deletes', async () => {
    const email = `new-${Date.now()}@archive.test`
    const created = await f.rest('admin', 'POST', '/users', { email, password: 'Fresh-Password-9!', roles: ['researcher'] })
    expect(created.status).toBe(201)
    const id = created.json.doc.id as string
    expect((await f.raw<User>('users', id))?.researcherStatus).toBe('pending')

    const approved = await f.rest('admin', 'PATCH', `/users/${id}`, { researcherStatus: 'approved' })
    expect(approved.status).toBe(200)
    const stored = (await f.raw<User>('users', id))!
    expect(stored.researcherStatus).toBe('approved')
    expect(new Date(stored.accessExpiresAt!).getTime()).toBeGreaterThan(Date.now())

    const newEmail = `renamed-${Date.now()}@archive.test`
    expect((await f.rest('admin', 'PATCH', `/users/${id}`, { email: newEmail, researcherStatus: 'suspended' })).status).toBe(200)
    expect(await f.raw<User>('users', id)).toMatchObject({ email: newEmail, researcherStatus: 'suspended' })

    const editor = await personFor('editor')
    expect((await f.rest('admin', 'PATCH', `/users/${editor.user.id}`, { roles: ['researcher'] })).status).toBe(200)
    expect((await f.raw<User>('users', editor.user.id))?.roles).toEqual(['researcher'])
    // An account without an authenticator cannot become staff (collections/Users/validateStaffRoles.ts).
    const promoted = await f.rest('admin', 'PATCH', `/users/${id}`, { roles: ['editor'] })
    expect(promoted.status).toBe(400)
    expect((await f.raw<User>('users', id))?.roles).toEqual(['researcher'])

    expect((await f.rest('admin', 'DELETE', `/users/${id}`)).status).toBe(200)
    expect(await f.raw('users', id)).toBeNull()
  })
})

describe.each(ROLES)('admin panel: %s', (role) => {
  it(`${isStaffRole(role) ? 'may' : 'may not'} enter`, async () => {
    const expected = isStaffRole(role)
    const res = await f.rest(role, 'GET', '/access')
    expect(res.status).toBe(200)
    expect(Boolean(res.json.canAccessAdmin)).toBe(expected)
    const user = f.actors[role as Role].user
    const allowed = await Users.access!.admin!({ req: { user: user ? { ...user, collection: 'users' } : null, payload: f.payload } } as never)
    expect(Boolean(allowed)).toBe(expected)
  })
})
