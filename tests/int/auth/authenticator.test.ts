import fs from 'node:fs'
import { generate } from 'otplib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { beginAuthenticatorEnrolment, completeAuthenticatorEnrolment } from '@/lib/auth/authenticatorEnrolment'
import { newRecoveryCodes } from '@/lib/auth/recoveryCodes'
import { sealAuthenticatorSecrets } from '@/lib/auth/sealAuthenticatorSecrets'
import { signInWithPassword } from '@/lib/auth/signInWithPassword'
import { verifyTotp } from '@/lib/auth/totp'
import { isSealed, openTotpSecret } from '@/lib/auth/totpSecretBox'
import type { User } from '@/payload-types'
import { createAccount, currentCode, TEST_PASSWORD } from '../../helpers/accounts'
import { startPayload, type TestArchive } from '../../helpers/startPayload'

let archive: TestArchive
beforeAll(async () => {
  archive = await startPayload()
})
afterAll(async () => archive?.stop())

const headers = () => new Headers()
const row = (id: string | number) => archive.payload.db.findOne<User>({ collection: 'users', where: { id: { equals: id } } })
const replacedEvents = (id: string | number) =>
  archive.payload.find({
    collection: 'audit-events',
    where: { and: [{ action: { equals: 'auth.authenticator-replaced' } }, { targetId: { equals: String(id) } }] },
    overrideAccess: true,
  })

/** Every byte the database keeps, wherever it keeps them (SQLite: file and WAL; MongoDB: raw documents). */
const storedBytes = async (): Promise<string> => {
  if (archive.database.kind === 'sqlite') {
    const file = archive.database.uri.replace(/^file:/, '')
    return ['', '-wal']
      .map((suffix) => file + suffix)
      .filter((candidate) => fs.existsSync(candidate))
      .map((candidate) => fs.readFileSync(candidate).toString('latin1'))
      .join('\n')
  }
  const model = (archive.payload.db as unknown as { collections: Record<string, { collection: { find: (q: object) => { toArray: () => Promise<unknown[]> } } }> }).collections.users
  return JSON.stringify(await model.collection.find({}).toArray())
}

const enrolNew = async (user: User, current?: string) => {
  const secret = await beginAuthenticatorEnrolment(archive.payload, user)
  const outcome = await completeAuthenticatorEnrolment(archive.payload, user, { code: await generate({ secret }), current }, headers())
  return { secret, outcome }
}

describe('first enrolment', () => {
  it('needs only a code from the new authenticator, and stores its secret encrypted', async () => {
    const researcher = await createAccount(archive.payload, 'researcher')
    const { secret, outcome } = await enrolNew(researcher)
    expect(outcome.ok).toBe(true)
    const stored = (await row(researcher.id))?.totpSecret as string
    expect(isSealed(stored)).toBe(true)
    expect(openTotpSecret(stored, archive.payload.secret)).toBe(secret)
    expect((await replacedEvents(researcher.id)).totalDocs).toBe(0)
  })
})

describe('replacing an authenticator', () => {
  it('is refused without a current code, and with a wrong one (which counts towards lockout)', async () => {
    const editor = await createAccount(archive.payload, 'editor')
    const before = (await row(editor.id))?.totpSecret
    expect((await enrolNew(editor)).outcome).toEqual({ ok: false, error: 'current-needed' })
    expect((await enrolNew(editor, '000000')).outcome).toEqual({ ok: false, error: 'wrong-current' })
    expect((await enrolNew(editor, 'aaaa-bbbb-cccc')).outcome).toEqual({ ok: false, error: 'wrong-current' })
    const after = await row(editor.id)
    expect(after?.totpSecret).toBe(before)
    expect(after?.loginAttempts).toBe(2)
    expect((await replacedEvents(editor.id)).totalDocs).toBe(0)
  })

  it('is allowed with a current code, writes an audit event, and the old authenticator stops working', async () => {
    const editor = await createAccount(archive.payload, 'editor')
    const { secret, outcome } = await enrolNew(editor, await currentCode(editor.totpSecret as string))
    expect(outcome.ok).toBe(true)
    const stored = await row(editor.id)
    expect(openTotpSecret(stored?.totpSecret, archive.payload.secret)).toBe(secret)
    expect(await verifyTotp(openTotpSecret(stored?.totpSecret, archive.payload.secret) as string, await currentCode(editor.totpSecret as string))).toBeNull()
    const events = await replacedEvents(editor.id)
    expect(events.totalDocs).toBe(1)
    expect(events.docs[0]).toMatchObject({ user: String(editor.id), note: 'proved with the current code' })
  })

  it('is allowed once with a recovery code, which is then spent', async () => {
    const admin = await createAccount(archive.payload, 'admin')
    const { codes, hashes } = newRecoveryCodes()
    await archive.payload.db.updateOne({ collection: 'users', id: admin.id as string, data: { recoveryCodeHashes: hashes } })
    expect((await enrolNew(admin, codes[2])).outcome.ok).toBe(true)
    expect((await replacedEvents(admin.id)).docs[0]?.note).toBe('proved with a recovery code')
    // The replacement issued fresh recovery codes: the old one is gone with the rest.
    expect((await enrolNew(admin, codes[2])).outcome).toEqual({ ok: false, error: 'wrong-current' })
  })
})

describe('authenticator secrets at rest', () => {
  it('never stores the plain secret, and seals old plain secrets at start', async () => {
    const editor = await createAccount(archive.payload, 'editor')
    const plain = editor.totpSecret as string
    expect(isSealed((await row(editor.id))?.totpSecret as string)).toBe(true)
    expect(await storedBytes()).not.toContain(plain)

    // A secret written before encryption existed, straight into the database.
    const legacy = await createAccount(archive.payload, 'researcher')
    const legacySecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'
    await archive.payload.db.updateOne({ collection: 'users', id: legacy.id as string, data: { totpSecret: legacySecret, totpEnabled: true } })
    expect(await storedBytes()).toContain(legacySecret)
    expect(await sealAuthenticatorSecrets(archive.payload)).toBe(1)
    expect(await sealAuthenticatorSecrets(archive.payload)).toBe(0)
    expect(await storedBytes()).not.toContain(legacySecret)
    // Sign-in still works with the sealed secret.
    expect((await signInWithPassword(archive.payload, { email: legacy.email, password: TEST_PASSWORD, code: await generate({ secret: legacySecret }) }, headers()))?.id).toBe(legacy.id)
  })
})
